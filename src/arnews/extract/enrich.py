"""The enrich stage: dates and quotes found in the cleaned body text."""

from __future__ import annotations

from datetime import datetime

from arnews.dates import scan_dates
from arnews.dates.readers import STAND_IN
from arnews.model import DateMention, Quote
from arnews.quotes import find_quotes

__all__ = ["enrich"]


def _dates(text: str, reference: datetime | None) -> tuple[DateMention, ...]:
    if reference is not None:
        return tuple(found.mention for found in scan_dates(text, reference))
    # With neither a publication date nor a caller's reference, «أمس» or «الثلاثاء»
    # would be resolved against a day unrelated to the page: keep only the mentions
    # whose value is written out in full.
    return tuple(found.mention for found in scan_dates(text, STAND_IN) if not found.anchored)


def enrich(
    text: str, reference: datetime | None
) -> tuple[tuple[DateMention, ...], tuple[Quote, ...]]:
    """The date mentions and the quotes of *text*; both index into *text*.

    Dates are resolved against *reference* (normally the publication date). When
    it is ``None``, only the dates that need no reference are kept: relative ones
    («أمس», «منذ ثلاثة أيام», a bare weekday, a day and month without a year) are
    left out rather than resolved against the day the page happens to be parsed.
    """
    if not text:
        return (), ()
    # Quotes first: their scan needs the most memory on a long text (its tokens), and the
    # date mentions found first would sit on top of that peak (the other way round, the
    # quotes sit on top of the smaller peak of the date scan).
    quotes = find_quotes(text)
    return _dates(text, reference), quotes
