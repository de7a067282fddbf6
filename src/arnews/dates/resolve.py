"""Resolution: from a rule's match to a :class:`Candidate` (a span and a datetime).

Explicit dates (ISO, numeric, a month name) are resolved here by :func:`explicit`,
with what is written before them (a weekday, a clock time); dates that need the
reference date («أمس», «منذ ثلاثة أيام», «الأسبوع الماضي», a bare weekday) by
:func:`arnews.dates.relative.relative`. A clock time and a zone written next to a
date join it in :func:`arnews.dates.clock.attach_time`. The calendar helpers here
serve all three.

Every candidate says whether its value came from the reference date
(:attr:`Candidate.anchored`): relative dates and weekdays always, a day and month
without a year too (its year is the one nearest the reference); and what it states
(:attr:`Candidate.precision`): a year, a month, a week, a day, or a clock time too.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache, partial
from typing import Final, NamedTuple

from hijridate import Gregorian, Hijri

from arnews.dates import words
from arnews.dates.grammar import Grammar, Match
from arnews.dates.lexicon import Lexicon, lexicon, match_key
from arnews.model import DateKind, DatePrecision

__all__ = [
    "MINUTES",
    "Candidate",
    "Source",
    "explicit",
    "fixed_zone",
    "iso",
    "midnight",
    "new_candidate",
    "shift",
    "start_of",
    "time_of_day",
]

_PREFIX_REACH: Final = 40
"""How far before a date its weekday prefix («يوم الأربعاء الموافق لـ») can start."""
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
MINUTES: Final = 60
"""Minutes in an hour, seconds in a minute."""
_MAX_OFFSET: Final = 18 * 60
"""Zone offsets (minutes) from this one on, east or west, are taken as no zone."""
_DAY_MINUTES: Final = 24 * 60
"""An ISO zone offset of a day or more makes the stamp invalid."""
_MONTH_FORMS: Final = frozenset({"my"})
"""The forms of the rules that name a whole month (with its year, or with a marker)."""
_FIXED_UNITS: Final[Mapping[str, timedelta]] = {
    unit: timedelta(**{unit: 1}) for unit in ("seconds", "minutes", "hours", "days", "weeks")
}
"""The units of a fixed length, each with its length (months and years are not)."""
_MIDNIGHTS: Final = (time(0), time(0, fold=1))
"""Midnight, by fold."""
_HIJRI_CACHE: Final = 4096
"""How many Hijri days :func:`_hijri` remembers (about eleven years of days)."""
_NO_TIME: Final = timedelta(0)
"""Added after a move by months, as ``relativedelta`` does (the fold goes back to 0)."""


class Candidate(NamedTuple):
    """A resolved match in the normalized text (a named tuple: cheap to make)."""

    start: int
    end: int
    value: datetime
    kind: DateKind
    precision: DatePrecision
    """What the text states (``minute`` when a clock time was written)."""
    core_end: int
    """Where the span ends without its optional tail (the weekday of «أمس الأحد»)."""
    anchored: bool
    """Whether the value came from the reference date."""


new_candidate: Final[Callable[[tuple[object, ...]], Candidate]] = partial(tuple.__new__, Candidate)
"""A :class:`Candidate` from the tuple of its fields, without the Python-level ``__new__``
of a named tuple (about 90 ns less per candidate, and a short string makes one or two)."""


class Source(NamedTuple):
    """The text being scanned: normalized, as given, the map between them (when spans
    are wanted), the reference date, the grammar it is read with, and whether the time
    of an update written after a date («، آخر تحديث 14:00») is that date's time."""

    norm: str
    original: str
    offsets: Sequence[int] | None
    reference: datetime
    grammar: Grammar
    updates: bool


# ------------------------------------------------------------------ calendar helpers


def midnight(moment: datetime) -> datetime:
    """The first moment of the day of *moment* (its zone and fold kept).

    ``datetime.combine`` is about five times as fast as :meth:`datetime.replace` with
    keywords; a subclass of :class:`datetime` takes ``replace`` (``combine`` would call its
    constructor)."""
    if type(moment) is datetime:
        return datetime.combine(moment.date(), _MIDNIGHTS[moment.fold], moment.tzinfo)
    return moment.replace(hour=0, minute=0, second=0, microsecond=0)


def start_of(moment: datetime, precision: DatePrecision) -> datetime:
    """The first moment of the year or month of *moment* (midnight for a week or a day)."""
    if precision == "year":
        return midnight(moment).replace(month=1, day=1)
    if precision == "month":
        return midnight(moment).replace(day=1)
    return midnight(moment)


def _safe_date(year: int, month: int, day: int) -> datetime | None:
    try:
        return datetime(year, month, day)
    except (ValueError, OverflowError):
        return None


@lru_cache(maxsize=_HIJRI_CACHE)
def _hijri(year: int, month: int, day: int) -> datetime | None:
    """The Gregorian day of a Hijri date (Umm al-Qura), or ``None`` if there is none.
    Cached: the conversion takes ~2 µs, and news repeats the days of its own years."""
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
def fixed_zone(minutes: int) -> tzinfo | None:
    """The fixed-offset zone of *minutes* east of UTC (``None`` beyond ±18 h)."""
    if not -_MAX_OFFSET < minutes < _MAX_OFFSET:
        return None
    return timezone(timedelta(minutes=minutes))


def shift(base: datetime, unit: words.Unit, amount: int) -> datetime | None:
    """*base* moved by *amount* (negative: back) *unit*; ``None`` out of range."""
    try:
        step = _FIXED_UNITS.get(unit)
        if step is not None:
            return base + step * amount
        return _add_months(base, amount * _MONTHS if unit == "years" else amount)
    except (ValueError, OverflowError):
        return None


def _add_months(base: datetime, months: int) -> datetime:
    """``base + relativedelta(months=months)`` (the day cut to the month's last), without
    building a ``relativedelta`` (five times slower)."""
    years, month = divmod(base.month - 1 + months, _MONTHS)
    year = base.year + years
    day = min(calendar.monthrange(year, month + 1)[1], base.day)
    return base.replace(year=year, month=month + 1, day=day) + _NO_TIME


def _hour(hour: int, marker: words.DayPart | None) -> int | None:
    """The 24-hour hour of *hour* followed by a time-of-day *marker*."""
    if hour > _LAST_HOUR:
        return None
    if marker is None or hour > _HALF_DAY:
        return hour
    if hour == _HALF_DAY:
        return 0 if marker in _TWELVE_IS_MIDNIGHT else hour
    return hour + _HALF_DAY if hour in _AFTER_NOON[marker] else hour


def time_of_day(
    hour: str, minute: str | None, second: str | None, marker: str | None, lex: Lexicon
) -> tuple[int, int, int] | None:
    """The 24-hour time of a written clock time, or ``None`` if it is no time of day."""
    hours = _hour(int(hour), lex.am_pm.get(match_key(marker or "")))
    minutes, seconds = int(minute or 0), int(second or 0)
    if hours is None or minutes >= MINUTES or seconds >= MINUTES:
        return None
    return hours, minutes, seconds


# ------------------------------------------------------------------ explicit dates


def iso(groups: Mapping[str, str | None]) -> datetime | None:
    """The datetime of an ISO 8601 match (its shape is already checked by the pattern)."""
    zone: tzinfo | None = None
    if groups["utc"]:
        zone = timezone.utc
    elif groups["zs"]:
        minutes = int(groups["zh"] or 0) * MINUTES + int(groups["zm"] or 0)
        if minutes >= _DAY_MINUTES:
            return None
        zone = fixed_zone(minutes if groups["zs"] == "+" else -minutes)
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


def _prefix(start: int, floor: int, source: Source) -> tuple[int, Match | None]:
    """Where a date starting at *start* really starts, with what is written before it
    («الأربعاء، 28 آب», «الخميس 09:40 6-3-2025») if anything (*start* is after one of
    :attr:`Grammar.prefix_ends`)."""
    g = source.grammar
    prefix = g.prefix_before.search(source.norm, max(floor, start - _PREFIX_REACH), start)
    if prefix is None:
        return start, None
    return prefix.start(), prefix


def _prefix_weekday(prefix: Match | None, lex: Lexicon) -> int | None:
    """The weekday written before a date, if any."""
    weekday = prefix.group("wd") if prefix is not None else None
    return lex.weekdays[match_key(weekday)] if weekday else None


def _prefix_clock(candidate: Candidate | None, prefix: Match, lex: Lexicon) -> Candidate | None:
    """*candidate* at the clock time written between its weekday and itself (*prefix*)."""
    if candidate is None or candidate.precision != "day":
        return candidate
    time = time_of_day(
        prefix.group("h"), prefix.group("mi"), prefix.group("s"), prefix.group("ap"), lex
    )
    if time is None:
        return candidate
    value = candidate.value.replace(hour=time[0], minute=time[1], second=time[2])
    return candidate._replace(value=value, precision="minute")


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
    return new_candidate((start, match.end(), value, kind, "day", match.end(), False))


def _month(match: Match, table: Mapping[str, int], source: Source) -> int | None:
    """The month named by group ``m1`` of *match* (not «أب», father, for «آب»). Only the
    letters as written tell them apart: at the match's position when the offsets are
    known, else when all occurrences are spelled alike (when they are not,
    :func:`arnews.dates.readers.best` scans again with the offsets)."""
    written = match.group("m1")
    name = written if written in table else match_key(written)  # a key is its own match_key
    homograph = source.grammar.lexicon.homographs.get(name)
    if homograph is not None and not (
        homograph.names_month(source.original, source.offsets[match.start("m1")])
        if source.offsets is not None
        else homograph.in_text(source.original, source.norm) is not False
    ):
        return None
    return table.get(name)


def _day(groups: Mapping[str, str | None], lex: Lexicon) -> int:
    """The day of the month written without digits: an ordinal word («الخامس»), «غرة»,
    or none (the 1st)."""
    if groups.get("od"):
        return lex.ordinal_days[match_key(groups["od"] or "")]
    return 1


def _short_year(groups: Mapping[str, str | None]) -> int | None:
    """The two-digit year written with a month name before a clock time, if any."""
    short = groups.get("y2")
    return _two_digit_year(int(short)) if short else None


def _dual_end(
    match: Match, groups: Mapping[str, str | None], table: Mapping[str, int], month: int
) -> int:
    """Where the span ends: before the dual partner if it names another month."""
    partner = groups.get("m2") or groups.get("m3") or groups.get("m4")
    if partner is not None and table.get(match_key(partner)) != month:
        return match.end("m1")
    return match.end()


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
    today = midnight(reference).replace(tzinfo=None)
    if modifier is not None and modifier not in lex.past and modifier not in lex.future:
        return make(around)  # «الجاري»
    options = [m for year in (around - 1, around, around + 1) if (m := make(year)) is not None]
    if weekday is not None:
        options = [m for m in options if m.weekday() == weekday] or options
    if modifier in lex.past:
        return max((m for m in options if m <= today), default=None)
    if modifier in lex.future:
        return min((m for m in options if m >= today), default=None)
    return min(options, key=lambda m: (abs(m - today), m), default=None)


def _nearest_month(month: int, reference: datetime, modifier: str) -> datetime | None:
    """The first day of *month* written with a marker and no year: the last such month
    before the reference's own («مارس الماضي» in March is last year's), the next one
    after it, or the one of the reference's year («أكتوبر الجاري»)."""
    lex = lexicon()
    this_month = start_of(reference, "month").replace(tzinfo=None)
    options = [
        m
        for year in range(reference.year - 1, reference.year + 2)
        if (m := _safe_date(year, month, 1))
    ]
    if modifier in lex.past:
        return max((m for m in options if m < this_month), default=None)
    if modifier in lex.future:
        return min((m for m in options if m > this_month), default=None)
    return _safe_date(reference.year, month, 1)


def _iso_date(match: Match, start: int) -> Candidate | None:
    """An ISO 8601 date, with its time and zone if written."""
    groups = match.groupdict()
    value = iso(groups)
    if value is None:
        return None
    precision: DatePrecision = "day" if groups["H"] is None else "minute"
    return new_candidate((start, match.end(), value, "iso", precision, match.end(), False))


def explicit(
    kind: DateKind, form: str, match: Match, floor: int, source: Source
) -> Candidate | None:
    """The date an explicit rule (of *kind* and *form*) matched, extended over what is
    written before it (not before *floor*); ``None`` when it is no real date
    («30 فبراير 2021», «أب» the father). A day and month without a year get the year
    nearest the reference."""
    start, prefix = match.start(), None
    if start and source.norm[start - 1] in source.grammar.prefix_ends:
        start, prefix = _prefix(start, floor, source)
    if kind == "iso":
        candidate = _iso_date(match, start)
    elif kind == "numeric":
        candidate = _numeric(match, form, start)
    else:
        candidate = _named(kind, form, match, (start, prefix), source)
    if prefix is None or prefix.group("h") is None:
        return candidate
    return _prefix_clock(candidate, prefix, source.grammar.lexicon)


def _named(
    kind: DateKind, form: str, match: Match, written: tuple[int, Match | None], source: Source
) -> Candidate | None:
    """A date with a month name (Gregorian or Hijri), and where it starts with what is
    *written* before it (a start and the prefix match, see :func:`_prefix`)."""
    lex = source.grammar.lexicon
    start, prefix = written
    table = lex.hijri if kind == "hijri" else lex.gregorian
    month = _month(match, table, source)
    if month is None:
        return None
    groups = match.groupdict()
    end = _dual_end(match, groups, table, month)
    day = int(digits) if (digits := groups.get("d")) else _day(groups, lex)
    convert = _hijri if kind == "hijri" else _safe_date
    # «حزيران 2019», «أكتوبر الماضي»: a whole month, as its first day
    precision: DatePrecision = "month" if form in _MONTH_FORMS else "day"
    value: datetime | None
    written_year = int(year) if (year := groups.get("y")) else _short_year(groups)
    if written_year is not None:
        value = convert(written_year, month, day)
    else:
        modifier = match_key(groups["mod"]) if groups.get("mod") else None
        make: Callable[[int], datetime | None] = lambda year: convert(year, month, day)  # noqa: E731
        value = (
            _nearest(make, kind, source.reference, modifier, _prefix_weekday(prefix, lex))
            if precision == "day" or modifier is None
            else _nearest_month(month, source.reference, modifier)
        )
    if value is None:
        return None
    anchored = written_year is None
    if anchored and prefix is not None and prefix.group("rd"):
        start = match.start()  # «أعلن اليوم 15 مارس موعدا»: today is not the 15th
    return new_candidate((start, end, value, kind, precision, end, anchored))
