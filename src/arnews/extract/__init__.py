"""The extraction engine: load → site → fields → clean → enrich → :class:`~arnews.Article`."""

from __future__ import annotations

from datetime import datetime

from arnews.model import Article

__all__ = ["parse_html", "parse_text"]


def parse_html(
    html: str | bytes, url: str | None = None, *, reference_date: datetime | None = None
) -> Article:
    """Extract the article from an HTML page given as ``str`` or undecoded ``bytes``."""
    raise NotImplementedError("parse_html is not implemented yet")


def parse_text(
    text: str, url: str | None = None, *, reference_date: datetime | None = None
) -> Article:
    """Extract the article from a plain-text dump of a news page."""
    raise NotImplementedError("parse_text is not implemented yet")
