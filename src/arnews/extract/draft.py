"""The :class:`Draft`: what either pipeline found, handed to the shared last steps.

The HTML pipeline (:mod:`arnews.extract.html`) and the text pipeline
(:mod:`arnews.extract.text`) each fill one; :mod:`arnews.extract.times` and
:mod:`arnews.extract.assemble` read it. It lives apart from both so that data flows
one way: pipelines → draft → times → assemble.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from arnews.model import DatePrecision, Image, Link

__all__ = ["Draft"]


@dataclass(frozen=True, slots=True, kw_only=True)
class Draft:
    """What a pipeline found, before the shared last steps."""

    url: str | None
    canonical_url: str | None = None
    """The canonical URL the page declares (HTML only)."""
    site_name: str | None
    """The outlet's name (for :attr:`arnews.Article.site`, and a dateline naming it)."""
    title: str | None
    subtitle: str | None = None
    authors: tuple[str, ...] = ()
    byline_source: str | None = None
    """An agency or outlet named with the authors (it beats every other source)."""
    byline_place: str | None = None
    """A city named with the authors or the source («الرباط-فلان»): the dateline when the
    story's first line names none."""
    credit: str | None = None
    """An agency credited on a line of its own (weaker than the dateline's)."""
    published: datetime | None = None
    published_precision: DatePrecision | None = None
    """What the publication stamp states (``None``: a clock time unless at midnight)."""
    modified: datetime | None = None
    modified_precision: DatePrecision | None = None
    paragraphs: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    images: tuple[Image, ...] = ()
    related: tuple[Link, ...] = ()
    language: str | None = None
    """The language the page declares, used when the body is not Arabic."""
