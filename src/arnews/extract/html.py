"""The HTML pipeline: load → site → fields → clean → enrich → :class:`~arnews.Article`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Final

from lxml import etree

from arnews.extract.boilerplate import BoilerplateMatcher, phrase_key
from arnews.extract.context import Context, build_context, select
from arnews.extract.enrich import enrich
from arnews.extract.generic import Block, block_quality, main_paragraphs, text_blocks
from arnews.extract.load import check_size, decode_html, parse_tree
from arnews.extract.media import find_images, find_related, find_tags
from arnews.extract.page import Page, build_page
from arnews.extract.people import (
    agency,
    authors_of,
    byline_pattern,
    credit_at_end,
    find_authors,
    find_dateline,
)
from arnews.extract.stamps import find_modified, find_published, parse_stamp
from arnews.extract.titles import find_subtitle, find_title
from arnews.model import Article
from arnews.normalization import normalize
from arnews.sites import Site, find_site
from arnews.sites._site import Layout

__all__ = ["clean_paragraphs", "extract_html"]

_MAX_DATE_LINE_WORDS: Final = 8
_MAX_BYLINE_WORDS: Final = 6


def _dropped(root: etree._Element, layout: Layout | None) -> list[etree._Element]:
    if layout is None or not layout.drop:
        return []
    found: list[etree._Element] = []
    for selector in layout.drop:
        found.extend(e for e in select(root, (selector,)) if isinstance(e, etree._Element))
    return found


def _body_blocks(
    page: Page,
    layout: Layout | None,
    blocks: Sequence[Block],
    dropped: Sequence[etree._Element],
) -> list[Block]:
    """Body cascade: the site's paragraph or body selectors → the generic main container."""
    if layout is not None and layout.paragraphs:
        elements = [
            e for e in select(page.root, layout.paragraphs) if isinstance(e, etree._Element)
        ]
        if elements:
            return [b for e in elements for b in text_blocks(e, dropped) if not b.chrome]
    if layout is not None and layout.body:
        containers = [e for e in select(page.root, layout.body) if isinstance(e, etree._Element)]
        if containers:
            return [
                b
                for container in containers
                for b in text_blocks(container, dropped)
                if not b.chrome and not b.heading
            ]
    return main_paragraphs(blocks)


def clean_paragraphs(
    blocks: Sequence[Block],
    matcher: BoilerplateMatcher,
    *,
    skip: Sequence[str | None] = (),
) -> list[str]:
    """Paragraph texts of *blocks* in display normalization, without boilerplate, without
    repeats, and without any text in *skip* (title, subtitle…)."""
    seen = {phrase_key(s) for s in skip if s}
    out: list[str] = []
    for block in blocks:
        if block.quality == 0:
            continue
        text = normalize(block.text, preset="display")
        key = phrase_key(text)
        if not key or key in seen or matcher.is_boilerplate_key(key) or agency(text):
            continue
        seen.add(key)
        out.append(text)
    return out


def _byline_match(text: str) -> bool:
    return byline_pattern().match(text) is not None


def _split_bylines(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Byline paragraphs («حوار: آسيا العتروس», «بقلم: …») taken out of the body."""
    kept: list[str] = []
    bylines: list[str] = []
    for paragraph in paragraphs:
        if len(paragraph.split()) <= _MAX_BYLINE_WORDS and _byline_match(paragraph):
            bylines.append(paragraph)
        else:
            kept.append(paragraph)
    return kept, bylines


def _credit_line(blocks: Sequence[Block]) -> str | None:
    """An agency credited on a line of its own at the end of the body, e.g. «--(بترا)»."""
    for block in reversed(blocks[-3:]):
        found = agency(block.text)
        if found:
            return found
    return None


def _is_date_line(text: str, ctx: Context) -> bool:
    return (
        len(text.split()) <= _MAX_DATE_LINE_WORDS
        and parse_stamp(text, reference=ctx.reference, site=ctx.site) is not None
    )


def extract_html(
    html: str | bytes,
    url: str | None,
    *,
    reference_date: datetime | None,
    max_bytes: int,
    encoding: str | None,
    sites: Sequence[Site] | None,
) -> Article:
    """See :func:`arnews.parse_html`."""
    check_size(len(html), max_bytes)
    text = decode_html(html, encoding) if isinstance(html, bytes) else html
    root = parse_tree(text)
    if root is None:
        return Article(url=url)
    page = build_page(root, url)
    site = find_site(page.url, sites)
    ctx = build_context(page, site, reference=reference_date)
    layout, matcher, blocks = ctx.layout, ctx.matcher, ctx.blocks
    dropped = _dropped(page.root, layout)
    title = find_title(ctx)
    subtitle = find_subtitle(ctx, title)
    authors, byline_source = find_authors(ctx)
    published = find_published(ctx)
    body_blocks = _body_blocks(page, layout, blocks, dropped)
    paragraphs = [
        p
        for p in clean_paragraphs(body_blocks, matcher, skip=(title, subtitle))
        if not _is_date_line(p, ctx)
    ]
    paragraphs, bylines = _split_bylines(paragraphs)
    if not authors and bylines:
        authors, byline_source = authors_of(bylines, set())
    if site is not None and site.hooks.paragraphs is not None:
        paragraphs = list(site.hooks.paragraphs(tuple(paragraphs)))
    dateline, dateline_source = find_dateline(paragraphs[0] if paragraphs else None, ctx.site_name)
    source = (
        byline_source
        or dateline_source
        or _credit_line(body_blocks)
        or credit_at_end(paragraphs[-1] if paragraphs else None)
    )
    body = "\n\n".join(paragraphs)
    dates, quotes = enrich(body, published or reference_date)
    arabic = block_quality(body) > 0 if body else None
    return Article(
        url=page.canonical or page.url,
        site=ctx.site_name,
        extractor=site.id if site else "generic",
        title=normalize(title, preset="display") if title else None,
        subtitle=normalize(subtitle, preset="display") if subtitle else None,
        authors=authors,
        source=source,
        dateline=dateline,
        published=published,
        modified=find_modified(ctx),
        paragraphs=tuple(paragraphs),
        tags=find_tags(ctx, title),
        images=find_images(ctx),
        related=find_related(ctx),
        quotes=quotes,
        dates=dates,
        language="ar" if arabic else page.language,
    )
