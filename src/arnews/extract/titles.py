"""The headline and the standfirst of an HTML page: one cascade each.

Each cascade tries the site's selector, then JSON-LD, then ``<meta>``, then the
generic markup, and returns early. Site names are cut from titles here; the site's
title hook runs later, at assembly (:mod:`arnews.extract.assemble`).
"""

from __future__ import annotations

from collections.abc import Iterable

from arnews.extract.boilerplate import phrase_key
from arnews.extract.context import (
    Context,
    first,
    jsonld_str,
    site_texts,
    texts_of,
    tidy,
)
from arnews.extract.generic import block_quality, word_count
from arnews.extract.limits import (
    MAX_SITE_TAIL_WORDS,
    MAX_SUBTITLE_WORDS,
    MIN_H1_IN_TITLE_WORDS,
    MIN_H1_WORDS,
    MIN_REST_EXTRA_WORDS,
    MIN_REST_PER_TAIL_WORD,
    MIN_TITLE_PARTS,
)
from arnews.extract.page import elements
from arnews.extract.vocabulary import (
    HEADLINE,
    SUBTITLE_JSONLD,
    TITLE_JSONLD,
    TITLE_META,
    TITLE_SEPARATORS,
)

__all__ = ["clean_title", "find_subtitle", "find_title"]


def _names_site(key: str, names: set[str]) -> bool:
    return bool(key) and any(
        key == n or (n and (key.startswith(n) or n.startswith(key))) for n in names
    )


def _short_tail(parts: list[str]) -> bool:
    """Whether the last part is short beside the rest: a site name no one told us about."""
    tail_words = len(parts[-1].split())
    rest_words = sum(len(p.split()) for p in parts[:-1])
    return (
        tail_words <= MAX_SITE_TAIL_WORDS
        and rest_words >= MIN_REST_PER_TAIL_WORD * tail_words + MIN_REST_EXTRA_WORDS
    )


def clean_title(title: str, site_names: Iterable[str], *, trim_short_tail: bool) -> str:
    """Remove a site-name suffix or prefix («… - اليوم السابع», «الجزيرة نت | …»).

    A segment is removed when it names the site; with *trim_short_tail* (for
    ``<title>`` and meta titles) a trailing segment of at most three words is removed
    too when the rest is clearly longer.

    >>> clean_title("خبر مهم عن الاقتصاد - اليوم السابع", ["اليوم السابع"], trim_short_tail=False)
    'خبر مهم عن الاقتصاد'
    >>> clean_title("الجزيرة نت | أسعار النفط ترتفع", ["الجزيرة نت"], trim_short_tail=False)
    'أسعار النفط ترتفع'
    """
    title = tidy(title)
    names = {phrase_key(n) for n in site_names if n and n.strip()}
    parts = TITLE_SEPARATORS.split(title)
    if len(parts) < MIN_TITLE_PARTS:
        return title
    seps = TITLE_SEPARATORS.findall(title)
    keep = [True] * len(parts)
    for index in (0, len(parts) - 1):
        if _names_site(phrase_key(parts[index]), names):
            keep[index] = False
    if all(keep) and trim_short_tail and _short_tail(parts):
        keep[-1] = False
    if not any(keep):
        return title
    start = keep.index(True)
    end = len(keep) - keep[::-1].index(True)
    pieces = [parts[start]]
    for i in range(start + 1, end):
        pieces.append(seps[i - 1] + parts[i])
    return tidy("".join(pieces))


def _generic_title(ctx: Context) -> str | None:
    meta_title = ctx.page.title or ""
    meta_key = phrase_key(meta_title)
    candidates = texts_of(elements(HEADLINE(ctx.page.root)))
    for text in candidates:
        key = phrase_key(text)
        if key and len(key.split()) >= MIN_H1_IN_TITLE_WORDS and key in meta_key:
            return text
    for text in candidates:
        if len(text.split()) >= MIN_H1_WORDS and block_quality(text) > 0:
            return text
    return None


def _only_heading(ctx: Context, names: set[str]) -> str | None:
    """The page's one ``<h1>``, however short, unless it names the site: a fragment (a CMS
    export, an archived story) may have no ``<title>`` and no metadata, and its only
    heading is then its headline."""
    headings = [text for text in texts_of(elements(HEADLINE(ctx.page.root))) if word_count(text)]
    if len(headings) != 1 or phrase_key(headings[0]) in names:
        return None
    return headings[0]


def find_title(ctx: Context) -> str | None:
    """Title cascade: site selector → h1 matching ``<title>`` → JSON-LD → meta → ``<title>``
    → the page's only ``<h1>``."""
    names = [n for n in (ctx.site_name, ctx.site.name if ctx.site else None) if n]
    from_markup = first(
        lambda: next(iter(site_texts(ctx, ctx.rules.title)), None), lambda: _generic_title(ctx)
    )
    if from_markup:
        title = clean_title(from_markup, names, trim_short_tail=False)
    else:
        from_meta = first(
            lambda: jsonld_str(ctx, *TITLE_JSONLD),
            lambda: ctx.page.first_meta(*TITLE_META),
            lambda: ctx.page.title,
        )
        if from_meta:
            title = clean_title(from_meta, names, trim_short_tail=True)
        else:
            title = _only_heading(ctx, {phrase_key(name) for name in names}) or ""
    return title or None


def _generic_subtitle(ctx: Context, title: str | None) -> str | None:
    if not title:
        return None
    for index, block in enumerate(ctx.blocks):
        if block.heading and block.text == title:
            following = ctx.blocks[index + 1 : index + 2]
            if following and following[0].heading and not following[0].chrome:
                text = following[0].text
                if len(text.split()) <= MAX_SUBTITLE_WORDS and not ctx.matcher.is_boilerplate(text):
                    return text
            return None
    return None


def find_subtitle(ctx: Context, title: str | None) -> str | None:
    """Subtitle cascade: site selector → JSON-LD ``alternativeHeadline`` → the heading
    right after the title."""
    subtitle = first(
        lambda: next(iter(site_texts(ctx, ctx.rules.subtitle)), None),
        lambda: jsonld_str(ctx, *SUBTITLE_JSONLD),
        lambda: _generic_subtitle(ctx, title),
    )
    if subtitle and title and phrase_key(subtitle) == phrase_key(title):
        return None
    return subtitle
