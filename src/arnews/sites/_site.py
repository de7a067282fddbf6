"""The :class:`Site` value: what arnews knows about one outlet.

A site module holds one ``Site`` value, data and not control flow::

    Site
    ├── id, name, domains ............ who the outlet is and where it publishes
    ├── layouts: (Layout, ...) ....... XPath selectors per field, newest layout first
    ├── boilerplate .................. the outlet's own phrases to drop (matched normalized)
    ├── dates: DateRules ............. time zone and which stamps to trust
    ├── hooks: Hooks ................. at most a few small named functions for oddities
    └── text: TextProfile | None ..... how the outlet's plain-text dumps look

The engine tries a site's selectors first in every field cascade, then JSON-LD,
then ``<meta>``, then the generic extractor, so a selector only has to be given
where the generic result is wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta

import regex

__all__ = ["DateRules", "Hooks", "Layout", "Site", "TextProfile"]


def _check_selectors(owner: str, name: str, selectors: tuple[str, ...]) -> None:
    if not isinstance(selectors, tuple):
        raise TypeError(f"{owner}: {name} must be a tuple of XPath strings")
    for selector in selectors:
        if not selector.strip():
            raise ValueError(f"{owner}: empty selector in {name}")


@dataclass(frozen=True, slots=True, kw_only=True)
class Layout:
    """One version of an outlet's article markup: XPath selectors for each field.

    Every selector field is a tuple of XPath 1.0 expressions tried in order; the
    first one that yields something wins. Selectors pick *elements* (or
    attribute values for :attr:`published`, :attr:`modified` and :attr:`images`);
    phrases are never written into XPath — put them in :attr:`arnews.sites.Site.boilerplate`.
    """

    name: str = "default"
    """A label for the layout, e.g. ``"2020"`` or ``"amp"``."""
    since: date | None = None
    """The first day the layout was seen, if known (documentation only)."""
    match: tuple[str, ...] = ()
    """Selectors that identify the layout; empty means: the layout matches when one of its
    :attr:`body` selectors finds an element."""
    title: tuple[str, ...] = ()
    """The headline element(s)."""
    subtitle: tuple[str, ...] = ()
    """The standfirst / sub-headline element."""
    body: tuple[str, ...] = ()
    """The element holding the story; its paragraphs are taken in document order."""
    paragraphs: tuple[str, ...] = ()
    """Optional: the paragraph elements themselves (instead of splitting :attr:`body`)."""
    authors: tuple[str, ...] = ()
    """Byline elements; «بقلم» / «كتب:» prefixes are stripped by the engine."""
    published: tuple[str, ...] = ()
    """The publication stamp: an element (its text is parsed) or an attribute (``…/@datetime``)."""
    modified: tuple[str, ...] = ()
    """The update stamp, like :attr:`published`."""
    tags: tuple[str, ...] = ()
    """Tag or keyword elements (each element's text is one tag)."""
    images: tuple[str, ...] = ()
    """``<img>`` elements of the article (captions come from an enclosing ``<figure>``)."""
    related: tuple[str, ...] = ()
    """Containers of related-article links; their ``<a>`` elements become
    :attr:`arnews.Article.related`."""
    drop: tuple[str, ...] = ()
    """Elements whose whole subtree is boilerplate (share bars, ad slots, widgets)."""

    def __post_init__(self) -> None:
        owner = f"layout {self.name!r}"
        for name in (
            "match",
            "title",
            "subtitle",
            "body",
            "paragraphs",
            "authors",
            "published",
            "modified",
            "tags",
            "images",
            "related",
            "drop",
        ):
            _check_selectors(owner, name, getattr(self, name))

    @property
    def probes(self) -> tuple[str, ...]:
        """The selectors that decide whether this layout fits a page."""
        return self.match or self.body or self.paragraphs


@dataclass(frozen=True, slots=True, kw_only=True)
class DateRules:
    """An outlet's date conventions."""

    utc_offset: timedelta | None = None
    """The outlet's local offset from UTC, given to stamps printed without a time zone."""
    trust_meta: bool = True
    """Whether ``<meta>`` and JSON-LD dates are right; ``False`` for outlets whose
    metadata carries the crawl or cache date (only the page's own stamp is used)."""
    prefixes: tuple[str, ...] = ()
    """Words the outlet prints before a stamp («نشر في», «آخر تحديث»), removed before parsing."""
    url_date: str | None = None
    """A regular expression with the named groups ``year``, ``month`` and ``day`` that
    dates a story from its URL when the outlet's URLs do not use the common
    ``/YYYY/MM/DD/`` shape (e.g. ``/2013/middle_east/8/3/``)."""

    def __post_init__(self) -> None:
        if self.url_date is not None:
            groups = set(regex.compile(self.url_date).groupindex)
            if not {"year", "month", "day"} <= groups:
                raise ValueError(f"url_date {self.url_date!r} needs the groups year, month and day")


@dataclass(frozen=True, slots=True, kw_only=True)
class Hooks:
    """Small named functions for genuine oddities; each is optional and pure.

    Keep them short and module-level (never lambdas) so a site stays readable.
    """

    title: Callable[[str], str] | None = None
    """Fix the extracted title (after site-name suffixes are removed)."""
    paragraphs: Callable[[tuple[str, ...]], tuple[str, ...]] | None = None
    """Fix the body paragraphs after boilerplate removal."""


@dataclass(frozen=True, slots=True, kw_only=True)
class TextProfile:
    """How an outlet's plain-text dumps look, for :func:`arnews.parse_text`.

    Lines are compared after :func:`arnews.normalize` (``"search"`` preset), so
    spelling variants (أ/ا, ى/ي, tatweel, diacritics) do not matter.
    """

    title_suffixes: tuple[str, ...] = ()
    """Site names that follow the headline on the title line («… - اليوم السابع»); a dump
    whose first title line ends with one of them is routed to this site."""
    source: str | None = None
    """The source line the outlet prints under the headline (e.g. «بلدي نيوز»), if fixed."""
    header_lines: tuple[str, ...] = ()
    """Lines (or line starts) of the outlet's header and navigation to drop."""
    footer_lines: tuple[str, ...] = ()
    """Lines (or line starts) that end the story: everything from the first one on is dropped."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Site:
    """A news outlet arnews has a dedicated extractor for.

    A site module holds one ``Site`` value: data, not control flow.
    """

    id: str
    """The outlet's main domain, e.g. ``"youm7.com"``; also :attr:`arnews.Article.extractor`."""
    name: str
    """The outlet's name as it prints it, e.g. «اليوم السابع»."""
    domains: tuple[str, ...]
    """Every hostname the outlet serves articles from (www, mobile, amp variants…)."""
    layouts: tuple[Layout, ...] = ()
    """Markup versions, newest first; the first whose :attr:`arnews.sites.Layout.probes`
    match is used (old layouts are kept for archived pages)."""
    boilerplate: tuple[str, ...] = ()
    """The outlet's own boilerplate phrases: a paragraph equal to one, or starting with one,
    is dropped (matched on normalized text, like the generic phrases)."""
    dates: DateRules = field(default_factory=DateRules)
    """Date conventions."""
    hooks: Hooks = field(default_factory=Hooks)
    """Named fix-up functions, if any."""
    text: TextProfile | None = None
    """How the outlet's plain-text dumps look, if arnews knows."""

    def __post_init__(self) -> None:
        if not self.domains:
            raise ValueError(f"site {self.id!r} lists no domains")
        if not isinstance(self.domains, tuple):
            raise TypeError(f"site {self.id!r}: domains must be a tuple of hostnames")
        if any(d != d.lower().strip(".") for d in self.domains):
            raise ValueError(
                f"site {self.id!r}: domains must be lower-case, without dots at the ends"
            )
        if not isinstance(self.boilerplate, tuple):
            raise TypeError(f"site {self.id!r}: boilerplate must be a tuple of phrases")

    def matches(self, hostname: str) -> bool:
        """Whether *hostname* is one of this site's domains or a subdomain of one."""
        host = hostname.lower().rstrip(".")
        return any(host == d or host.endswith("." + d) for d in self.domains)
