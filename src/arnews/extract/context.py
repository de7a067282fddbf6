"""The :class:`Context` every HTML field cascade reads, and the readers they share.

:func:`build_context` is the one place that wires a page to its site: the layout
whose probes match, the subtrees the layout drops, the page's text blocks (one walk
of the tree, :func:`arnews.extract.generic.text_blocks`), the boilerplate matcher
and the outlet's name. The engine and the tests build contexts with it alike.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final, TypeVar

import regex
from lxml import etree

from arnews.extract.boilerplate import BoilerplateMatcher, boilerplate_matcher, phrase_key
from arnews.extract.generic import Block, collapse_space, text_blocks
from arnews.extract.limits import MIN_TITLE_PARTS
from arnews.extract.page import Page, elements, node_text
from arnews.extract.selectors import evaluate
from arnews.extract.vocabulary import (
    HEADLINE,
    PUBLISHER_JSONLD,
    SITE_NAME_META,
    TITLE_SEPARATORS,
)
from arnews.sites import Site
from arnews.sites._site import Layout

__all__ = [
    "Context",
    "build_context",
    "choose_layout",
    "first",
    "jsonld",
    "jsonld_str",
    "select",
    "site_texts",
    "texts_of",
    "tidy",
]

T = TypeVar("T")

_SPACE: Final = regex.compile(r"\s+")
_OTHER_SPACE: Final = regex.compile(r"[^\S ]")
_NO_LAYOUT: Final = Layout(name="none")
"""The layout of a page without a site module: no selectors, so every site step passes."""


@dataclass(frozen=True, slots=True)
class Context:
    """What the cascades read: the page, the chosen site and layout, and the text blocks."""

    page: Page
    site: Site | None
    layout: Layout | None
    blocks: tuple[Block, ...]
    """Every text block of the page, in document order (the layout's ``drop`` left out)."""
    matcher: BoilerplateMatcher
    """The generic boilerplate phrases plus the site's own."""
    reference: datetime | None
    """The caller's ``reference_date``: relative stamps («منذ ساعتين») resolve against it."""
    site_name: str | None
    """The outlet's name (:func:`find_site_name`)."""

    @property
    def rules(self) -> Layout:
        """The layout's selectors, or an empty layout when the page has no site module."""
        return self.layout or _NO_LAYOUT


def build_context(page: Page, site: Site | None, *, reference: datetime | None = None) -> Context:
    """The context of *page* read as *site*: its layout, blocks, matcher and outlet name."""
    layout = choose_layout(site, page)
    # Every drop selector counts (not only the first that finds something).
    dropped = [
        e
        for selector in (layout.drop if layout is not None else ())
        for e in select(page, (selector,))
        if isinstance(e, etree._Element)
    ]
    return Context(
        page=page,
        site=site,
        layout=layout,
        blocks=tuple(text_blocks(page.root, dropped)),
        matcher=boilerplate_matcher(site.boilerplate if site else ()),
        reference=reference,
        site_name=find_site_name(page, site),
    )


def first(*steps: Callable[[], T | None]) -> T | None:
    """The first result of *steps* that is not ``None`` or empty (a cascade of early returns)."""
    for step in steps:
        value = step()
        if value:
            return value
    return None


def tidy(text: str) -> str:
    """Collapse white space (NBSP included) and strip."""
    return collapse_space(text, _SPACE, _OTHER_SPACE)


def select(page: Page, selectors: Sequence[str]) -> list[etree._Element | str]:
    """The results (elements or strings) of the first selector in *selectors* that yields
    any, evaluated on the page's tree once per page (:attr:`Page.selected`)."""
    for selector in selectors:
        found = page.selected.get(selector)
        if found is None:
            found = page.selected[selector] = [
                item if isinstance(item, etree._Element) else str(item)
                for item in evaluate(page, selector)
            ]
        if found:
            return list(found)
    return []


def texts_of(values: Iterable[object]) -> list[str]:
    """The tidied, non-empty texts of *values* (elements or attribute strings)."""
    out: list[str] = []
    for value in values:
        text = tidy(node_text(value) if isinstance(value, etree._Element) else str(value))
        if text:
            out.append(text)
    return out


def site_texts(ctx: Context, selectors: Sequence[str]) -> list[str]:
    """The texts the site's *selectors* (one field of :attr:`Context.rules`) pick."""
    return texts_of(select(ctx.page, selectors)) if selectors else []


def choose_layout(site: Site | None, page: Page) -> Layout | None:
    """The first layout of *site* whose probe selectors match *page* (else its first layout)."""
    if site is None or not site.layouts:
        return None
    for layout in site.layouts:
        if layout.probes and select(page, layout.probes):
            return layout
    return site.layouts[0]


def jsonld(ctx: Context, *keys: str) -> object:
    """The first non-empty value of *keys* in the page's JSON-LD objects."""
    for obj in ctx.page.jsonld:
        for key in keys:
            value = obj.get(key)
            if value:
                return value
    return None


def jsonld_str(ctx: Context, *keys: str) -> str | None:
    """:func:`jsonld` as tidied text (the first string of a list)."""
    value = jsonld(ctx, *keys)
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    return tidy(value) if isinstance(value, str) and value.strip() else None


def find_site_name(page: Page, site: Site | None) -> str | None:
    """The outlet's name: the site's own name, else ``og:site_name`` / JSON-LD publisher."""
    if site is not None:
        return site.name
    name = page.first_meta(*SITE_NAME_META)
    if name:
        return tidy(name)
    for obj in page.jsonld:
        publisher = obj.get(PUBLISHER_JSONLD)
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            return tidy(str(publisher["name"])) or None
    return _name_in_title(page)


def _name_in_title(page: Page) -> str | None:
    """«HEADLINE - SITE» in ``<title>`` where HEADLINE is the page's ``<h1>``: SITE."""
    parts = TITLE_SEPARATORS.split(page.title or "")
    if len(parts) < MIN_TITLE_PARTS:
        return None
    headings = {phrase_key(t) for t in texts_of(elements(HEADLINE(page.root)))}
    if phrase_key(parts[0]) in headings:
        return tidy(parts[-1]) or None
    if phrase_key(parts[-1]) in headings:
        return tidy(parts[0]) or None
    return None
