"""Relative dates: «أمس», «منذ ثلاثة أيام», «الأسبوع الماضي», «هذا العام», a bare weekday,
each resolved against the reference date into a :class:`~arnews.dates.resolve.Candidate`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from typing import Final

from arnews.dates import words
from arnews.dates.grammar import Match
from arnews.dates.lexicon import Lexicon, lexicon, match_key
from arnews.dates.resolve import Candidate, Source, midnight, new_candidate, shift, start_of
from arnews.model import DateKind, DatePrecision

__all__ = ["relative"]

_COUNT_REACH: Final = 40
"""How much text after «منذ ساعة» is read for the noun that makes it no count."""
_WEEK: Final = 7
_DUAL: Final = 2
"""The multiplier of a dual unit («يومين»): two units, with no number before it."""
_HOURS_UNITS: Final = frozenset({"seconds", "minutes", "hours"})
_PERIOD_PRECISION: Final[Mapping[words.Unit, DatePrecision]] = {
    "weeks": "week",
    "months": "month",
    "years": "year",
}
"""What a period («الأسبوع/الشهر/العام الماضي») states."""
_NEXT_WORD: Final = re.compile(r"\s{1,2}([^\W\d_]+)")


def _count(match: Match, multiplier: int, after: str) -> int | None:
    """How many units «منذ …» counts, or ``None`` when it does not say."""
    lex = lexicon()
    if match.group("n") is not None:
        return int(match.group("n")) if multiplier == 1 else None
    if match.group("nw") is not None:
        return lex.numbers[match_key(match.group("nw"))] if multiplier == 1 else None
    if multiplier == _DUAL:
        return _DUAL
    if match_key(match.group("u")) in lex.plural_units:
        return None  # «منذ أيام»: some days, not a date
    # A bare singular is one unit («منذ ساعة»), unless a noun follows («منذ يوم الجمعة»).
    following = _NEXT_WORD.match(after)
    if following is not None and not following.group(1).startswith(lex.count_continuations):
        return None
    return 1


def _ago(match: Match, source: Source) -> tuple[datetime | None, DatePrecision]:
    """«منذ ثلاثة أيام», «قبل ساعتين»: the value, and what it states (a clock time when
    hours or less are counted, else the day that many units before the reference)."""
    unit, multiplier = source.grammar.lexicon.units[match_key(match.group("u"))]
    amount = _count(match, multiplier, source.norm[match.end() : match.end() + _COUNT_REACH])
    reference = source.reference
    if amount is None:
        return None, "day"
    if unit in _HOURS_UNITS:
        whole = reference.replace(microsecond=0) if reference.microsecond else reference
        return shift(whole, unit, -amount), "minute"
    return shift(midnight(reference), unit, -amount), "day"


def _period(match: Match, day: datetime, lex: Lexicon) -> tuple[datetime | None, DatePrecision]:
    """«الأسبوع الماضي», «العام المقبل», «هذا الشهر»: the period before, after or of the
    reference *day*, as the first day of its year or month (a week: the day a week
    away)."""
    period, marker = match.group("p") or match.group("p2"), match.group("pm")
    unit, amount = lex.periods[match_key(period)]
    key = match_key(marker) if marker else None
    sign = -1 if key in lex.past else 1 if key in lex.future else 0
    precision = _PERIOD_PRECISION[unit]
    moved = shift(day, unit, sign * amount)
    return (None if moved is None else start_of(moved, precision)), precision


def _weekday(match: Match, day: datetime, lex: Lexicon) -> datetime | None:
    """A weekday («الثلاثاء»): the last one on or before *day*, the one before that with
    a past marker, the next one after *day* with a future marker."""
    weekday = lex.weekdays[match_key(match.group("wd"))]
    marker = match_key(match.group("wm")) if match.group("wm") else None
    if marker in lex.future:
        return shift(day, "days", (weekday - day.weekday()) % _WEEK or _WEEK)
    back = (day.weekday() - weekday) % _WEEK
    if marker is not None and back == 0:
        back = _WEEK
    return shift(day, "days", -back)


def relative(form: str, match: Match, source: Source) -> Candidate | None:
    """The date a relative rule (of *form*) matched, resolved against the reference."""
    lex = source.grammar.lexicon
    day = midnight(source.reference)
    start, end, core_end = match.start(), match.end(), match.end()
    precision: DatePrecision = "day"
    value: datetime | None
    if form == "day":
        start, core_end = match.start("rd"), match.end("rd")
        written = match.group("rd")  # its own key, unless in upper case or spaced out
        offset = lex.day_offsets.get(written)
        value = shift(
            day, "days", lex.day_offsets[match_key(written)] if offset is None else offset
        )
    elif form == "ago":
        value, precision = _ago(match, source)
    elif form == "period":
        value, precision = _period(match, day, lex)
    else:
        value, core_end = _weekday(match, day, lex), match.end("wd")
    if value is None:
        return None
    kind: DateKind = "weekday" if form == "weekday" else "relative"
    return new_candidate((start, end, value, kind, precision, core_end, True))
