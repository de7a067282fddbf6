"""The enrich stage: dates and quotes found in the cleaned body text."""

from __future__ import annotations

from datetime import datetime

from arnews.dates import find_dates
from arnews.model import DateMention, Quote
from arnews.quotes import find_quotes

__all__ = ["enrich"]


def enrich(
    text: str, reference: datetime | None
) -> tuple[tuple[DateMention, ...], tuple[Quote, ...]]:
    """The date mentions (resolved against *reference*, normally the publication date) and
    the quotes of *text*; both index into *text*."""
    if not text:
        return (), ()
    return tuple(find_dates(text, reference=reference)), tuple(find_quotes(text))
