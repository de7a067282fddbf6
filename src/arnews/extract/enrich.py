"""The enrich stage: dates and quotes found in the cleaned body text."""

from __future__ import annotations

from datetime import datetime
from typing import Final

from arnews.dates import find_dates
from arnews.model import DateMention, Quote
from arnews.quotes import find_quotes

__all__ = ["enrich"]

# Two far-apart anchors: a mention that resolves to the same value against both
# does not depend on the reference date at all.
_PROBES: Final = (datetime(2003, 1, 15, 12, 0), datetime(2031, 7, 15, 12, 0))


def _anchored_dates(text: str, reference: datetime | None) -> tuple[DateMention, ...]:
    if reference is not None:
        return tuple(find_dates(text, reference=reference))
    # With neither a publication date nor a caller's reference, «أمس» or «الثلاثاء»
    # would be resolved against today, which is wrong for any page not published
    # today: keep only the mentions whose value is written out in full.
    first, second = (find_dates(text, reference=probe) for probe in _PROBES)
    stable = {(m.start, m.end): m.value for m in second}
    return tuple(m for m in first if stable.get((m.start, m.end)) == m.value)


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
    return _anchored_dates(text, reference), tuple(find_quotes(text))
