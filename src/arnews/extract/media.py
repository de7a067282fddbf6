"""What surrounds the story on an HTML page: tags, images and related links.

One cascade each: the site's selector, then JSON-LD and ``<meta>``, then generic
markup (``<figure>`` images, links under «مقالات ذات صلة»-style headings).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Final

import regex
from lxml import etree

from arnews.extract.boilerplate import boilerplate_matcher, phrase_key
from arnews.extract.context import Context, first, jsonld, select, site_texts, tidy
from arnews.extract.generic import block_quality
from arnews.extract.limits import (
    MAX_DATE_LINK_WORDS,
    MAX_RELATED,
    MIN_KEYWORD_TITLE_COVER,
    MIN_KEYWORD_TITLE_WORDS,
    MIN_LINK_WORDS,
    MIN_RELATED_LINK_DENSITY,
)
from arnews.extract.page import elements, node_text
from arnews.extract.vocabulary import (
    FIGCAPTION,
    IMAGE_JSONLD,
    IMAGE_MARKUP,
    IMAGE_META,
    KEYWORDS_META,
    TAG_JSONLD,
    TAG_META,
)
from arnews.model import Image, Link

__all__ = ["find_images", "find_related", "find_tags"]

_KEYWORD_SEPARATORS: Final = regex.compile(r"[،,;؛|]")
_DATE_LIKE: Final = regex.compile(r"^[^0-9]*[0-9]+[^0-9]+[0-9]{4}\b")

# ------------------------------------------------------------------------------ tags


def _split_keywords(text: str) -> list[str]:
    return [tidy(t) for t in _KEYWORD_SEPARATORS.split(text) if tidy(t)]


def _title_as_keywords(tags: Sequence[str], title: str | None) -> bool:
    """Whether *tags* are only the headline again: the whole title as one keyword, or the
    title cut into its words (what some CMSs put in ``<meta name="keywords">``)."""
    if not tags or not title:
        return False
    words = {phrase_key(word) for word in title.split()} - {""}
    tag_words = {phrase_key(word) for tag in tags for word in tag.split()} - {""}
    # Tags that name a few of the headline's words («كورونا», «مصر») are real tags;
    # only keywords that are nothing but the headline, nearly all of it, are dropped.
    return (
        len(words) >= MIN_KEYWORD_TITLE_WORDS
        and tag_words <= words
        and len(tag_words) >= MIN_KEYWORD_TITLE_COVER * len(words)
    )


def _jsonld_tags(ctx: Context) -> list[str]:
    value = jsonld(ctx, *TAG_JSONLD)
    if isinstance(value, list):
        return [t for v in value if isinstance(v, str) for t in _split_keywords(v)]
    return _split_keywords(value) if isinstance(value, str) else []


def _meta_tags(ctx: Context) -> list[str]:
    tags = [tag for key in TAG_META for tag in ctx.page.meta.get(key, ())]
    if not tags:
        keywords = ctx.page.first_meta(*KEYWORDS_META)
        tags = _split_keywords(keywords) if keywords else []
    return [tidy(t) for t in tags if tidy(t)]


def find_tags(ctx: Context, title: str | None = None) -> tuple[str, ...]:
    """Tags cascade: site selector → JSON-LD ``keywords`` → ``article:tag`` / keywords meta.

    Keywords that merely repeat the *title* (whole, or word by word) are not tags."""
    found = (
        first(
            lambda: site_texts(ctx, ctx.rules.tags),
            lambda: _jsonld_tags(ctx),
            lambda: _meta_tags(ctx),
        )
        or []
    )
    if _title_as_keywords(found, title):
        return ()
    return tuple(dict.fromkeys(found))


# ---------------------------------------------------------------------------- images


def _image(ctx: Context, element: object) -> Image | None:
    if not isinstance(element, etree._Element):
        url = ctx.page.absolute(element)
        return Image(url=url) if url else None
    src = element.get("src") or element.get("data-src") or element.get("data-original")
    url = ctx.page.absolute(src)
    if not url:  # no http(s) URL: a data: URL, javascript:, or nothing to resolve against
        return None
    caption = None
    for ancestor in element.iterancestors("figure"):
        captions = elements(FIGCAPTION(ancestor))
        if captions:
            caption = tidy(node_text(captions[0])) or None
        break
    alt = tidy(element.get("alt") or "") or None
    return Image(url=url, caption=caption, alt=alt)


def _site_images(ctx: Context) -> list[Image]:
    return [i for e in select(ctx.page, ctx.rules.images) if (i := _image(ctx, e))]


def _meta_images(ctx: Context) -> list[Image]:
    value = jsonld(ctx, *IMAGE_JSONLD)
    items = value if isinstance(value, list) else [value]
    urls = [i.get("url") if isinstance(i, dict) else i for i in items]
    for key in IMAGE_META:
        urls.extend(ctx.page.meta.get(key, ()))
    return [Image(url=u) for u in dict.fromkeys(ctx.page.absolute(x) for x in urls) if u]


def _markup_images(ctx: Context) -> list[Image]:
    return [i for e in elements(IMAGE_MARKUP(ctx.page.root)) if (i := _image(ctx, e))]


def find_images(ctx: Context) -> tuple[Image, ...]:
    """Images cascade: site selector → JSON-LD ``image`` / ``og:image`` → images in
    ``<figure>`` or ``<article>``."""
    images = (
        first(lambda: _site_images(ctx), lambda: _meta_images(ctx), lambda: _markup_images(ctx))
        or []
    )
    unique: dict[str, Image] = {}
    for image in images:
        unique.setdefault(image.url, image)
    return tuple(unique.values())


# ----------------------------------------------------------------------- related links


def _is_heading_text(text: str) -> bool:
    if boilerplate_matcher().is_boilerplate(text):
        return True
    # A date used as link text («ديسمبر 25, 2020»), not a headline.
    return len(text.split()) <= MAX_DATE_LINK_WORDS and _DATE_LIKE.search(text) is not None


def _links_of(ctx: Context, pairs: Iterable[tuple[str, str | None]]) -> list[Link]:
    return [
        Link(text=text, url=ctx.page.absolute(href))
        for text, href in pairs
        if len(text.split()) >= MIN_LINK_WORDS
        and block_quality(text) > 0
        and not _is_heading_text(text)
    ]


def _site_related(ctx: Context) -> list[Link]:
    pairs: list[tuple[str, str | None]] = []
    for container in select(ctx.page, ctx.rules.related):
        if isinstance(container, etree._Element):
            anchors = container.iter("a") if container.tag != "a" else [container]
            pairs.extend((tidy(node_text(a)), a.get("href")) for a in anchors)
    return _links_of(ctx, pairs)


def _generic_related(ctx: Context) -> list[Link]:
    links: list[Link] = []
    blocks = ctx.blocks
    # A page repeats its menus (a third of its short blocks are a text seen before): each
    # text is judged once.
    headings: dict[str, bool] = {}
    for index, block in enumerate(blocks):
        heading = headings.get(block.text)
        if heading is None:
            heading = headings[block.text] = ctx.matcher.is_related_heading(block.text)
        if not heading:
            continue
        if block.links:
            # An inline «اقرأ أيضاً: <a>…</a>» paragraph.
            links.extend(_links_of(ctx, block.links))
            continue
        # A heading: the links of the blocks that follow, up to the next non-link block.
        for following in blocks[index + 1 : index + 1 + MAX_RELATED]:
            if not following.links or following.link_density < MIN_RELATED_LINK_DENSITY:
                break
            links.extend(_links_of(ctx, following.links))
    return links


def find_related(ctx: Context) -> tuple[Link, ...]:
    """Related-links cascade: site selector → links under «مقالات ذات صلة»-style headings
    and in «اقرأ أيضاً» paragraphs."""
    links = first(lambda: _site_related(ctx), lambda: _generic_related(ctx)) or []
    unique: dict[tuple[str, str | None], Link] = {}
    for link in links:
        unique.setdefault((phrase_key(link.text), link.url), link)
    return tuple(unique.values())[:MAX_RELATED]
