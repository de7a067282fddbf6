"""Resolution: from a rule's match to a :class:`Candidate` (a span and a datetime).

Explicit dates (ISO, numeric, a month name) are resolved by :func:`explicit`, with
the weekday written before them; dates that need the reference date («أمس», «منذ
ثلاثة أيام», «الأسبوع الماضي», a bare weekday) by :func:`relative`. A clock time
and a zone written next to a date join it in :func:`attach_time`.

Every candidate says whether its value came from the reference date
(:attr:`Candidate.anchored`): relative dates and weekdays always, a day and month
without a year too (its year is the one nearest the reference).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Final, NamedTuple

from dateutil.relativedelta import relativedelta
from hijridate import Gregorian, Hijri

from arnews.dates import words
from arnews.dates.grammar import Grammar, Match
from arnews.dates.lexicon import Lexicon, lexicon, match_key
from arnews.model import DateKind

__all__ = ["Candidate", "Source", "attach_time", "explicit", "iso", "relative"]

_PREFIX_REACH: Final = 40
"""How far before a date its weekday prefix («يوم الأربعاء الموافق لـ») can start."""
_TIME_AFTER_REACH: Final = 24
"""How far after a date a clock time's first digit can be («… 2020 - الساعة 10:00»)."""
_TIME_BEFORE_REACH: Final = 48
"""How far before a date a clock time written first can start («06:52PM 12/05/2020»)."""
_COUNT_REACH: Final = 40
"""How much text after «منذ ساعة» is read for the noun that makes it no count."""
_TWO_DIGIT_YEAR_PIVOT: Final = 70
"""Two-digit years below this are 20xx, the others 19xx."""
_SHORT_YEAR_DIGITS: Final = 2
_MONTHS: Final = 12
_LAST_HOUR: Final = 23
_HALF_DAY: Final = 12
_AFTER_NOON: Final[Mapping[words.DayPart, range]] = {
    "am": range(0),
    "pm": range(12),
    "noon": range(1, 6),
    "night": range(6, 12),
}
"""The hours below 12 that a time-of-day marker puts after noon: all with «م», 1–5 with
«ظهرا» (6–11 are the morning), 6–11 with «ليلا» (1–5 are the small hours)."""
_TWELVE_IS_MIDNIGHT: Final[frozenset[words.DayPart]] = frozenset({"am", "night"})
"""The markers that make 12 midnight («12 ص», «12 ليلا»); with the others it is noon."""
_MINUTES: Final = 60
"""Minutes in an hour, seconds in a minute."""
_MAX_OFFSET: Final = 18 * 60
"""Zone offsets (minutes) from this one on, east or west, are taken as no zone."""
_DAY_MINUTES: Final = 24 * 60
"""An ISO zone offset of a day or more makes the stamp invalid."""
_WEEK: Final = 7
_DUAL: Final = 2
"""The multiplier of a dual unit («يومين»): two units, with no number before it."""
_HOURS_UNITS: Final = frozenset({"seconds", "minutes", "hours"})
_FIXED_UNITS: Final = frozenset({"seconds", "minutes", "hours", "days", "weeks"})
_HAS_DIGIT: Final = re.compile(r"[0-9]")
_NEXT_WORD: Final = re.compile(r"\s{1,2}([^\W\d_]+)")


class Candidate(NamedTuple):
    """A resolved match in the normalized text (a named tuple: cheap to make)."""

    start: int
    end: int
    value: datetime
    kind: DateKind
    has_time: bool
    core_end: int
    """Where the span ends without its optional tail (the weekday of «أمس الأحد»)."""
    anchored: bool
    """Whether the value came from the reference date."""


class Source(NamedTuple):
    """The text being scanned: normalized, as given, the map between them (when spans
    are wanted), the reference date, and the grammar it is read with."""

    norm: str
    original: str
    offsets: Sequence[int] | None
    reference: datetime
    grammar: Grammar


# ------------------------------------------------------------------ calendar helpers


def _midnight(moment: datetime) -> datetime:
    return moment.replace(hour=0, minute=0, second=0, microsecond=0)


def _safe_date(year: int, month: int, day: int) -> datetime | None:
    try:
        return datetime(year, month, day)
    except (ValueError, OverflowError):
        return None


def _hijri(year: int, month: int, day: int) -> datetime | None:
    try:
        gregorian = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return datetime(gregorian.year, gregorian.month, gregorian.day)


def _hijri_year(moment: datetime) -> int | None:
    try:
        return int(Gregorian(moment.year, moment.month, moment.day).to_hijri().year)
    except (ValueError, OverflowError):
        return None


def _two_digit_year(year: int) -> int:
    return 2000 + year if year < _TWO_DIGIT_YEAR_PIVOT else 1900 + year


@lru_cache(maxsize=128)
def _fixed_zone(minutes: int) -> tzinfo | None:
    """The fixed-offset zone of *minutes* east of UTC (``None`` beyond ±18 h)."""
    if not -_MAX_OFFSET < minutes < _MAX_OFFSET:
        return None
    return timezone(timedelta(minutes=minutes))


def _shift(base: datetime, unit: words.Unit, amount: int) -> datetime | None:
    try:
        if unit in _FIXED_UNITS:
            return base + timedelta(**{unit: amount})
        return base + relativedelta(**{unit: amount})  # type: ignore[arg-type]
    except (ValueError, OverflowError):
        return None


# ------------------------------------------------------------------ explicit dates


def iso(groups: Mapping[str, str | None]) -> datetime | None:
    """The datetime of an ISO 8601 match (its shape is already checked by the pattern)."""
    zone: tzinfo | None = None
    if groups["utc"]:
        zone = timezone.utc
    elif groups["zs"]:
        minutes = int(groups["zh"] or 0) * _MINUTES + int(groups["zm"] or 0)
        if minutes >= _DAY_MINUTES:
            return None
        zone = _fixed_zone(minutes if groups["zs"] == "+" else -minutes)
    try:
        return datetime(
            int(groups["Y"] or 0),
            int(groups["Mo"] or 0),
            int(groups["D"] or 0),
            int(groups["H"] or 0),
            int(groups["Mi"] or 0),
            int(groups["Se"] or 0),
            int((groups["F"] or "0")[:6].ljust(6, "0")),
            tzinfo=zone,
        )
    except ValueError:
        return None


def _prefix(start: int, floor: int, source: Source) -> tuple[int, int | None]:
    """Where a date starting at *start* really starts, with the weekday written before
    it («الأربعاء، 28 آب») if any (*start* is after one of :attr:`Grammar.prefix_ends`)."""
    g = source.grammar
    prefix = g.prefix_before.search(source.norm, max(floor, start - _PREFIX_REACH), start)
    if prefix is None:
        return start, None
    weekday = prefix.group("wd")
    return prefix.start(), g.lexicon.weekdays[match_key(weekday)] if weekday else None


def _numeric(match: Match, form: str, start: int) -> Candidate | None:
    """«13-09-2025», «2020/08/24», «10/07/1441 هـ»; month first when the day-first
    reading is impossible («12/25/2020»)."""
    groups = match.groupdict()
    d, m, y = int(groups["d"]), int(groups["m"]), int(groups["y"])
    if len(groups["y"]) == _SHORT_YEAR_DIGITS:
        y = _two_digit_year(y)
    kind: DateKind = "numeric"
    if groups.get("hs"):
        kind, value = "hijri", _hijri(y, m, d)
    else:
        if form == "dmy" and m > _MONTHS >= d:
            d, m = m, d
        value = _safe_date(y, m, d)
    if value is None:
        return None
    return Candidate(start, match.end(), value, kind, False, match.end(), False)


def _month(match: Match, table: Mapping[str, int], source: Source) -> int | None:
    """The month named by group ``m1`` of *match* (not «أب», father, for «آب»)."""
    name = match_key(match.group("m1"))
    homograph = source.grammar.lexicon.homographs.get(name)
    if homograph is not None:
        at = None if source.offsets is None else source.offsets[match.start("m1")]
        if not homograph.names_month(source.original, at):
            return None
    return table.get(name)


def _day(groups: Mapping[str, str | None], lex: Lexicon) -> int:
    """The day of the month: digits, an ordinal word («الخامس»), «غرة», or the 1st."""
    if groups.get("d"):
        return int(groups["d"] or 1)
    if groups.get("od"):
        return lex.ordinal_days[match_key(groups["od"] or "")]
    return 1


def _dual_end(
    match: Match, groups: Mapping[str, str | None], table: Mapping[str, int], month: int
) -> int | None:
    """If the dual partner names another month, the span must stop before it."""
    partner = groups.get("m2") or groups.get("m3") or groups.get("m4")
    if partner is not None and table.get(match_key(partner)) != month:
        return match.end("m1")
    return None


def _nearest(
    make: Callable[[int], datetime | None],
    kind: DateKind,
    reference: datetime,
    modifier: str | None,
    weekday: int | None,
) -> datetime | None:
    """The date ``make(year)`` for a date written without a year: the year of the
    reference (in the calendar of *kind*), moved to the past («الماضي»), the future
    («المقبل») or, unmarked, to the nearest such day, preferring a year where the
    written *weekday* fits."""
    around = _hijri_year(reference) if kind == "hijri" else reference.year
    if around is None:
        return None
    lex = lexicon()
    today = _midnight(reference).replace(tzinfo=None)
    if modifier is not None and modifier not in lex.past and modifier not in lex.future:
        return make(around)  # «الجاري»
    options = [m for year in (around - 1, around, around + 1) if (m := make(year)) is not None]
    if weekday is not None:
        options = [m for m in options if m.weekday() == weekday] or options
    if modifier in lex.past:
        options = [m for m in options if m <= today]
        return max(options, default=None)
    if modifier in lex.future:
        options = [m for m in options if m >= today]
        return min(options, default=None)
    return min(options, key=lambda m: (abs(m - today), m), default=None)


def _iso_date(match: Match, start: int) -> Candidate | None:
    """An ISO 8601 date, with its time and zone if written."""
    groups = match.groupdict()
    value = iso(groups)
    if value is None:
        return None
    has_time = groups["H"] is not None
    return Candidate(start, match.end(), value, "iso", has_time, match.end(), False)


def explicit(
    kind: DateKind, form: str, match: Match, floor: int, source: Source
) -> Candidate | None:
    """The date an explicit rule (of *kind* and *form*) matched, extended over what is
    written before it (not before *floor*); ``None`` when it is no real date
    («30 فبراير 2021», «أب» the father). A day and month without a year get the year
    nearest the reference."""
    start, weekday = match.start(), None
    if start and source.norm[start - 1] in source.grammar.prefix_ends:
        start, weekday = _prefix(start, floor, source)
    if kind == "iso":
        return _iso_date(match, start)
    if kind == "numeric":
        return _numeric(match, form, start)
    lex = source.grammar.lexicon
    table = lex.hijri if kind == "hijri" else lex.gregorian
    month = _month(match, table, source)
    if month is None:
        return None
    groups = match.groupdict()
    end = _dual_end(match, groups, table, month) or match.end()
    day = _day(groups, lex)
    convert = _hijri if kind == "hijri" else _safe_date
    value: datetime | None
    if written_year := groups.get("y"):
        value = convert(int(written_year), month, day)
    else:
        modifier = match_key(groups["mod"]) if groups.get("mod") else None
        make: Callable[[int], datetime | None] = lambda year: convert(year, month, day)  # noqa: E731
        value = _nearest(make, kind, source.reference, modifier, weekday)
    if value is None:
        return None
    return Candidate(start, end, value, kind, False, end, not written_year)


# ------------------------------------------------------------------ relative dates


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


def _ago(match: Match, source: Source) -> tuple[datetime | None, bool]:
    """«منذ ثلاثة أيام», «قبل ساعتين»: the value, and whether it has a time."""
    unit, multiplier = source.grammar.lexicon.units[match_key(match.group("u"))]
    amount = _count(match, multiplier, source.norm[match.end() : match.end() + _COUNT_REACH])
    reference = source.reference
    if amount is None:
        return None, False
    if unit in _HOURS_UNITS:
        return _shift(reference.replace(microsecond=0), unit, -amount), True
    return _shift(_midnight(reference), unit, -amount), False


def _weekday(match: Match, day: datetime, lex: Lexicon) -> datetime | None:
    """A weekday («الثلاثاء»): the last one on or before *day*, the one before that with
    a past marker, the next one after *day* with a future marker."""
    weekday = lex.weekdays[match_key(match.group("wd"))]
    marker = match_key(match.group("wm")) if match.group("wm") else None
    if marker in lex.future:
        return _shift(day, "days", (weekday - day.weekday()) % _WEEK or _WEEK)
    back = (day.weekday() - weekday) % _WEEK
    if marker is not None and back == 0:
        back = _WEEK
    return _shift(day, "days", -back)


def relative(form: str, match: Match, source: Source) -> Candidate | None:
    """The date a relative rule (of *form*) matched, resolved against the reference."""
    lex = source.grammar.lexicon
    day = _midnight(source.reference)
    start, end, core_end = match.start(), match.end(), match.end()
    has_time = False
    value: datetime | None
    if form == "day":
        start, core_end = match.start("rd"), match.end("rd")
        value = _shift(day, "days", lex.day_offsets[match_key(match.group("rd"))])
    elif form == "ago":
        value, has_time = _ago(match, source)
    elif form == "period":
        unit, amount = lex.periods[match_key(match.group("p"))]
        sign = -1 if match_key(match.group("pm")) in lex.past else 1
        value = _shift(day, unit, sign * amount)
    else:
        value, core_end = _weekday(match, day, lex), match.end("wd")
    if value is None:
        return None
    kind: DateKind = "weekday" if form == "weekday" else "relative"
    return Candidate(start, end, value, kind, has_time, core_end, True)


# ------------------------------------------------------------------ times and zones


def _hour(hour: int, marker: words.DayPart | None) -> int | None:
    """The 24-hour hour of *hour* followed by a time-of-day *marker*."""
    if hour > _LAST_HOUR:
        return None
    if marker is None or hour > _HALF_DAY:
        return hour
    if hour == _HALF_DAY:
        return 0 if marker in _TWELVE_IS_MIDNIGHT else hour
    return hour + _HALF_DAY if hour in _AFTER_NOON[marker] else hour


def _timed(
    candidate: Candidate, match: Match, before: bool, lex: Lexicon
) -> tuple[int, int, datetime] | None:
    """The span and value of *candidate* with the clock time *match* written right
    after it or, if *before*, right before it («06:52PM 12/05/2020», «GMT 17:27
    17.03.2020»); ``None`` if the match is no time of day."""
    start, end, value = candidate.start, candidate.end, candidate.value
    h, mi, sec, ap, h2, ap2 = match.group("h", "mi", "s", "ap", "h2", "ap2")
    marker = ap if h is not None else ap2
    hour = _hour(int(h if h is not None else h2), lex.am_pm.get(match_key(marker or "")))
    minute, second = int(mi or 0), int(sec or 0)
    if hour is None or minute >= _MINUTES or second >= _MINUTES:
        return None
    zone = value.tzinfo
    if not before:
        end = match.end()
    else:
        start = match.start()
        if prefix_zone := match.group("pz"):
            zone_name = match_key(prefix_zone.replace(".", " "))
            zone = _fixed_zone(lex.zone_abbreviations[zone_name])
    return start, end, datetime(value.year, value.month, value.day, hour, minute, second, 0, zone)


def _zone(match: Match) -> tzinfo | None:
    """The zone a zone match names (``None`` for local time)."""
    lex = lexicon()
    groups = match.groupdict()
    minutes: int
    if groups["abbr"] is not None:
        minutes = lex.zone_abbreviations[match_key(groups["abbr"].replace(".", " "))]
        if groups["sg"] is not None:
            offset = int(groups["zh"]) * _MINUTES + int(groups["zm"] or 0)
            minutes += offset if groups["sg"] == "+" else -offset
    elif groups["sg2"] is not None:
        offset = int(groups["zh2"]) * _MINUTES + int(groups["zm2"])
        minutes = offset if groups["sg2"] == "+" else -offset
    elif groups["zname"] is not None:
        minutes = lex.zone_names[match_key(groups["zname"])]
    else:
        return None
    return _fixed_zone(minutes)


def _with_zone(end: int, value: datetime, source: Source, limit: int) -> tuple[int, datetime]:
    """The end and value of a date with a clock time ending at *end*, extended over a
    zone written after the time («10:00 بتوقيت مكة», «10:00 GMT+3»), if there is one."""
    zone_match = source.grammar.zone.match(source.norm, end, limit)
    if zone_match is None:
        return end, value
    zone = _zone(zone_match)
    return zone_match.end(), value if zone is None else value.replace(tzinfo=zone)


def attach_time(candidate: Candidate, source: Source, floor: int, limit: int) -> Candidate:
    """Extend *candidate* over a clock time written next to it (after it, or failing
    that before it) and over a zone after the time, within ``source.norm[floor:limit]``."""
    start, end, value, kind, has_time, _core_end, anchored = candidate
    g, norm = source.grammar, source.norm
    if not has_time:
        # Cheap checks first: a clock time needs digits after (or a colon before) the date.
        match = None
        if _HAS_DIGIT.search(norm, end, min(limit, end + _TIME_AFTER_REACH)):
            match = g.time_after.match(norm, end, limit)
        before = match is None
        if before and ":" in norm[(reach := max(floor, start - _TIME_BEFORE_REACH)) : start]:
            match = g.time_before.search(norm, reach, start)
        if match is not None and (timed := _timed(candidate, match, before, g.lexicon)):
            start, end, value = timed
            has_time = True
    if (
        has_time
        and (value.tzinfo is None or kind == "relative")
        and g.zone_start.match(norm, end, limit)  # a cheap test first
    ):
        end, value = _with_zone(end, value, source, limit)
    if start == candidate.start and end == candidate.end:
        return candidate
    return Candidate(start, end, value, kind, has_time, end, anchored)
