"""The date finder: patterns built from the data modules, candidates, resolution.

Everything is matched on text normalized by
:func:`arnews.normalization.normalize_with_offsets` (search preset, without
de-obfuscation, which would glue «آب-أغسطس» into one word), so spans map back to
the original text exactly. Each pattern is a sequence of bounded pieces anchored
by look-behinds, so every attempt does a bounded amount of work and a scan is
linear in the length of the text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Any, Final, NamedTuple, TypeAlias

import regex
from dateutil.relativedelta import relativedelta
from hijridate import Gregorian, Hijri

from arnews.dates import months, words, zones
from arnews.model import DateKind, DateMention
from arnews.normalization import normalize, normalize_with_offsets, original_span

S: Final = r"\s{0,2}"
S1: Final = r"\s{1,2}"
NOT_LETTER_AFTER: Final = r"(?!\p{L})"
NOT_LETTER_BEFORE: Final = r"(?<!\p{L})"
_PRIORITY: Final[Mapping[str, int]] = {
    "iso": 0,
    "numeric": 1,
    "absolute": 2,
    "hijri": 3,
    "relative": 4,
    "weekday": 5,
}
_RELATIVE_PRIORITY: Final = _PRIORITY["relative"]
_PREFIX_ENDS: Final = frozenset(" \n,،-(ل")
"""What can stand right before a date that has a prefix («الأربعاء، », «شهر », «الموافق لـ»)."""
_GREGORIAN_KINDS: Final = frozenset({"iso", "numeric", "absolute"})
_HIJRI_KINDS: Final = frozenset({"hijri"})
_HOURS_UNITS: Final = frozenset({"seconds", "minutes", "hours"})
_FIXED_UNITS: Final = frozenset({"seconds", "minutes", "hours", "days", "weeks"})
_HAS_DIGIT: Final = re.compile(r"[0-9]")
_ZONE_START: Final = re.compile(r"\s{0,2}[,،]?\s{0,2}[(+\-بتاgueacGUEAC]")
"""What a zone after a clock time can start with (a cheap test before the zone pattern)."""
_PLAIN: Final = re.compile(
    "[^\x20-\x7e\u0621\u0624\u0626-\u063a\u0641-\u0648\u064a\u060c\u061b\u061f\u00ab\u00bb]"
)
"""Any character the search normalization could change (its complement: printable ASCII,
Arabic letters other than alef variants and ى, and Arabic punctuation, which it keeps)."""
_NEXT_WORD: Final = re.compile(r"\s{1,2}([^\W\d_]+)")
_BARE_AB: Final = re.compile(r"(?<![^\W\d_])اب(?![^\W\d_])")


def key(text: str) -> str:
    """The form of a data entry (or matched text) used for lookups."""
    return " ".join(normalize(text, deobfuscate=False).lower().split())


def _k(matched: str) -> str:
    """The lookup form of text matched in normalized text (cheaper than :func:`key`)."""
    low = matched.lower()
    return low if "  " not in low and "\n" not in low else " ".join(low.split())


def _alt(entries: Iterable[str], space: str = S1) -> str:
    """A regex matching any of *entries* (normalized), longer entries first.

    The alternation is factored into a trie («ي(?:ناير|ون(?:يو|يه))…»), so a failed
    attempt costs one comparison per character rather than one per entry.
    """
    trie: dict[str, Any] = {}
    for entry in {key(entry) for entry in entries}:
        node = trie
        for char in entry:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie, space)


def _trie_regex(node: dict[str, Any], space: str) -> str:
    branches = [
        (space if char == " " else regex.escape(char)) + _trie_regex(child, space)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


def _table(*tables: Mapping[str, int]) -> dict[str, int]:
    return {key(name): value for table in tables for name, value in table.items()}


Pattern: TypeAlias = "re.Pattern[str] | regex.Pattern[str]"
Match: TypeAlias = "re.Match[str] | regex.Match[str]"


def _compile(pattern: str, flags: int) -> Pattern:
    """Compile with the standard :mod:`re` (about twice as fast per match) when the pattern
    needs nothing of :mod:`regex`; letters as ``[^\\W\\d_]`` stand for ``\\p{L}``."""
    plain = (
        pattern.replace(r"(?![\p{L}.])", r"(?![^\W\d_]|\.)")
        .replace(r"[\p{L}]", r"[^\W\d_]")
        .replace(r"\p{L}", r"[^\W\d_]")
    )
    try:
        return re.compile(plain, re.IGNORECASE if flags & regex.IGNORECASE else 0)
    except re.error:  # variable-width look-behind: only regex has it
        return regex.compile(pattern, flags)


_Entry: TypeAlias = "tuple[DateKind, str, Pattern, frozenset[str]]"
"""A pattern: the kind it finds, its form, the pattern, and the words it can start with
(markers such as ``_NAMED_DAY`` for runs of digits). A scan tries a pattern only where
such a word starts."""
_YEAR_FIRST: Final = "#year"
_NUMERIC_DAY: Final = "#day/"
_NAMED_DAY: Final = "#day"
_AFTER_DAY: Final = re.compile(r"\s{0,2}(?:(?P<sep>[/.\-])\s{0,2}(?P<digit>[0-9])?|[^\W\d_]|,)")


def _first_words(entries: Iterable[str]) -> frozenset[str]:
    """The normalized first words of *entries*."""
    return frozenset(key(entry).split(" ")[0] for entry in entries)


@dataclass(frozen=True, slots=True)
class _Patterns:
    explicit: tuple[_Entry, ...]
    relative: tuple[_Entry, ...]
    starts: Mapping[str, tuple[tuple[DateKind, str, Pattern, int], ...]]
    trigger: Pattern
    time_after: Pattern
    time_before: Pattern
    prefix_before: Pattern
    zone: Pattern
    label: Pattern
    gregorian: Mapping[str, int]
    hijri: Mapping[str, int]
    weekdays: Mapping[str, int]
    ordinal_days: Mapping[str, int]
    day_offsets: Mapping[str, int]
    units: Mapping[str, tuple[words.Unit, int]]
    plural_units: frozenset[str]
    numbers: Mapping[str, int]
    periods: Mapping[str, tuple[words.Unit, int]]
    past: frozenset[str]
    future: frozenset[str]
    am_pm: Mapping[str, str]
    zone_names: Mapping[str, int]
    zone_abbreviations: Mapping[str, int]
    labels: Mapping[str, words.LabelKind]


@lru_cache(maxsize=1)
def patterns() -> _Patterns:
    """Build (once, on first use) every pattern and lookup table."""
    gregorian = _table(*months.GREGORIAN_SYSTEMS.values())
    mon = NOT_LETTER_BEFORE + _alt(gregorian) + NOT_LETTER_AFTER
    hmon = NOT_LETTER_BEFORE + _alt(months.HIJRI) + NOT_LETTER_AFTER
    wd = NOT_LETTER_BEFORE + _alt(words.WEEKDAYS) + NOT_LETTER_AFTER
    past_future = _alt(words.PAST_MARKERS | words.FUTURE_MARKERS) + NOT_LETTER_AFTER
    modifier = _alt(words.PAST_MARKERS | words.FUTURE_MARKERS | words.THIS_MARKERS)

    dual = rf"(?:{S}[/\-]{S}(?P<m2>{mon})|{S}\({S}(?P<m3>{mon}){S}\)|{S1}(?P<m4>{mon}))?"
    prefix = (
        rf"(?:(?:{NOT_LETTER_BEFORE}يوم{S1})?(?P<wd>{wd}){S}[,،\-(]?{S}(?:الموافق{S}(?:ل{S})?)?"
        rf"|{NOT_LETTER_BEFORE}شهر{S1})$"
    )

    day = r"(?<![0-9])(?<![0-9][.,:])(?P<d>[0-9]{1,2})(?![0-9])(?:st|nd|rd|th)?"
    dm_sep = rf"(?:{S}[\-/.,]{S}|{S})(?:من{S1}(?:شهر{S1})?|شهر{S1})?"
    ordinal = (
        rf"{NOT_LETTER_BEFORE}(?:(?P<od>{_alt(words.ORDINAL_DAYS)}){S1}من{S1}(?:شهر{S1})?"
        rf"|(?P<od1>غرة){S1}(?:شهر{S1})?)"
    )
    my_sep = rf"{S}[\-/.,،]?{S}(?:(?:من{S1})?(?:عام|العام|سنة){S1})?"
    year = r"(?P<y>[0-9]{4})(?![0-9])"
    gsuf = rf"(?P<gs>{S}(?:م|ميلادي|ميلادية|للميلاد)\.?{NOT_LETTER_AFTER})?"
    hsuf = rf"(?P<hs>{S}(?:ه|هجري|هجرية|للهجرة)\.?{NOT_LETTER_AFTER})"
    num_start = r"(?<![0-9])(?<![0-9][.,/\-:])"
    num_end = r"(?![0-9])(?![.,/\-:][0-9])"

    flags = regex.IGNORECASE | regex.VERSION0

    def compile_(pattern: str) -> Pattern:
        return _compile(pattern, flags)

    am_pm = _alt(words.AM_PM) + r"(?![\p{L}.])"
    year_first, numeric_day, named_day = (
        frozenset({_YEAR_FIRST}),
        frozenset({_NUMERIC_DAY}),
        frozenset({_NAMED_DAY}),
    )
    gregorian_starts = _first_words(gregorian)
    ordinal_starts = _first_words(words.ORDINAL_DAYS)
    dmy_tail = rf"(?:{my_sep}{year}{gsuf}|{S1}(?P<mod>{modifier}){NOT_LETTER_AFTER})?"
    hijri_year = r"(?P<y>[0-9]{3,4})(?![0-9])"
    explicit: tuple[_Entry, ...] = (
        (
            "iso",
            "iso",
            compile_(
                r"(?<![0-9])(?P<iso>(?P<Y>[0-9]{4})-(?P<Mo>[0-9]{2})-(?P<D>[0-9]{2})"
                r"(?:[T ](?P<H>[0-9]{2}):(?P<Mi>[0-9]{2})"
                r"(?::(?P<Se>[0-9]{2})(?:[.,](?P<F>[0-9]{1,9}))?)?"
                r"(?:(?P<utc>Z)|(?P<zs>[+-])(?P<zh>[0-9]{2})(?::?(?P<zm>[0-9]{2}))?)?"
                # «2025-09-13 10:22 م»: a 12-hour time is left to the clock-time step
                rf"(?!{S}{am_pm}))?)(?![0-9])"
            ),
            year_first,
        ),
        (
            "numeric",
            "dmy",
            compile_(
                num_start + r"(?P<d>[0-9]{1,2})\s?(?P<sep>[/.\-])\s?"
                r"(?P<m>[0-9]{1,2})\s?(?P=sep)\s?(?P<y>[0-9]{4}|[0-9]{2})"
                + num_end
                + rf"(?:{hsuf}|{gsuf})?"
            ),
            numeric_day,
        ),
        (
            "numeric",
            "ymd",
            compile_(
                num_start + r"(?P<y>[0-9]{4})\s?(?P<sep>[/.\-])\s?"
                r"(?P<m>[0-9]{1,2})\s?(?P=sep)\s?(?P<d>[0-9]{1,2})"
                + num_end
                + rf"(?:{hsuf}|{gsuf})?"
            ),
            year_first,
        ),
        (
            "absolute",
            "dmy",
            compile_(day + dm_sep + rf"(?P<m1>{mon})" + dual + dmy_tail),
            named_day,
        ),
        (
            "absolute",
            "dmy",
            compile_(ordinal + rf"(?P<m1>{mon})" + dual + dmy_tail),
            ordinal_starts,
        ),
        (
            "hijri",
            "dmy",
            compile_(ordinal + rf"(?P<m1>{hmon})(?:{my_sep}{hijri_year}{hsuf}?)?"),
            ordinal_starts,
        ),
        (
            "absolute",
            "mdy",
            compile_(
                rf"(?P<m1>{mon})\.?" + dual + rf"{S}[,،]?{S}" + day + rf"{S}[,،]?{S}{year}{gsuf}"
            ),
            gregorian_starts,
        ),
        (
            "absolute",
            "my",
            compile_(rf"(?P<m1>{mon})" + dual + my_sep + year + gsuf),
            gregorian_starts,
        ),
        (
            "hijri",
            "dmy",
            compile_(day + dm_sep + rf"(?P<m1>{hmon}){my_sep}{hijri_year}{hsuf}?"),
            named_day,
        ),
        (
            "hijri",
            "my",
            compile_(rf"(?P<m1>{hmon}){my_sep}{hijri_year}{hsuf}"),
            _first_words(months.HIJRI),
        ),
    )

    today_before = _alt(words.TODAY_BLOCKERS_BEFORE)
    today_after = _alt(words.TODAY_BLOCKERS_AFTER)
    weekday_suffix = rf"(?:(?:{S1}|{S}[(/]{S})(?P<rwd>{wd})(?:{S}[)/])?(?!{S}[,،\-(]?{S}[0-9]))?"
    conj = rf"(?:{NOT_LETTER_BEFORE}|(?<={NOT_LETTER_BEFORE}[وف]))"
    day_words = _alt(k for k in words.DAY_OFFSETS if key(k) != "اليوم")
    count = rf"(?:(?P<n>[0-9]{{1,3}})(?![0-9]){S}|(?P<nw>{_alt(words.NUMBER_WORDS)}){S1})?"
    relative: tuple[_Entry, ...] = (
        (
            "relative",
            "day",
            compile_(
                rf"(?<!{today_before}\s{{1,2}}){conj}(?P<rd>اليوم){NOT_LETTER_AFTER}"
                rf"(?!{S1}{today_after}{NOT_LETTER_AFTER})" + weekday_suffix
            ),
            frozenset({"اليوم"}),
        ),
        (
            "relative",
            "day",
            compile_(rf"{conj}(?P<rd>{day_words}){NOT_LETTER_AFTER}" + weekday_suffix),
            _first_words(k for k in words.DAY_OFFSETS if key(k) != "اليوم"),
        ),
        (
            "relative",
            "ago",
            compile_(
                rf"{NOT_LETTER_BEFORE}(?P<ago>{_alt(words.AGO_MARKERS)}){S1}(?:(?:نحو|حوالي|قرابة){S1})?"
                + count
                + rf"(?P<u>{_alt(words.UNITS)}){NOT_LETTER_AFTER}(?!{S}[0-9])"
            ),
            _first_words(words.AGO_MARKERS),
        ),
        (
            "relative",
            "period",
            compile_(
                rf"{NOT_LETTER_BEFORE}(?P<p>{_alt(words.PERIOD_OFFSETS)}){S1}(?P<pm>{past_future})"
            ),
            _first_words(words.PERIOD_OFFSETS),
        ),
        (
            "weekday",
            "weekday",
            compile_(rf"(?P<wd>{wd})(?:{S1}(?P<wm>{past_future}))?"),
            _first_words(words.WEEKDAYS),
        ),
    )

    time = (
        rf"(?:(?:(?:في|عند){S1})?(?:تمام{S1})?(?:ال)?ساعة{S1})?"
        r"(?<![0-9])(?<![0-9][.,:/])(?P<h>[0-9]{1,2}):(?P<mi>[0-9]{2})(?::(?P<s>[0-9]{2}))?"
        rf"(?![0-9])(?![.:][0-9])(?:{S}(?P<ap>{am_pm}))?"
        rf"|(?:(?:في|عند){S1})?(?:تمام{S1})?(?:ال)?ساعة{S1}(?P<h2>[0-9]{{1,2}})(?![0-9:])"
        rf"(?:{S}(?P<ap2>{am_pm}))?"
    )
    gap = rf"{S}[,،\-–—|@•·/]?{S}(?:(?:في|على){S1})?"
    zone_names = _alt(zones.ZONE_NAMES)
    zone_abbr = _alt(zones.ZONE_ABBREVIATIONS, space=r"[\s.]{1,2}")
    zone = (
        rf"{S}[,،]?{S}(?:\({S})?(?:"
        rf"(?:ب?(?:ال)?توقيت{S1})?(?P<abbr>{zone_abbr})(?![\p{{L}}])"
        rf"(?:{S}(?P<sg>[+-]){S}(?P<zh>[0-9]{{1,2}})(?::?(?P<zm>[0-9]{{2}}))?(?![0-9]))?"
        r"|(?P<sg2>[+-])(?P<zh2>[0-9]{2}):?(?P<zm2>[0-9]{2})(?![0-9])"
        rf"|ب?(?:ال)?توقيت{S1}(?:(?P<zname>{zone_names})|(?P<local>{_alt(zones.LOCAL_TIME)}))"
        rf"{NOT_LETTER_AFTER})(?:{S}\))?"
    )
    label = rf"{NOT_LETTER_BEFORE}(?P<label>{_alt(words.LABELS)}){NOT_LETTER_AFTER}{S}:?{S}$"
    starts: dict[str, list[tuple[DateKind, str, Pattern, int]]] = {}
    for kind, form, pattern, first_words in (*explicit, *relative):
        for word in first_words:
            starts.setdefault(word, []).append((kind, form, pattern, _PRIORITY[kind]))
    return _Patterns(
        explicit=explicit,
        relative=relative,
        starts={word: tuple(entries) for word, entries in starts.items()},
        trigger=_trigger(word for word in starts if not word.startswith("#")),
        time_after=compile_(gap + "(?:" + time + ")"),
        prefix_before=compile_(prefix),
        time_before=compile_(rf"(?:(?P<pz>{zone_abbr}){S})?(?:" + time + rf"){S}[,،\-–—|@•·]?{S}$"),
        zone=compile_(zone),
        label=compile_(label),
        gregorian=gregorian,
        hijri=_table(months.HIJRI),
        weekdays=_table(words.WEEKDAYS),
        ordinal_days=_table(words.ORDINAL_DAYS),
        day_offsets=_table(words.DAY_OFFSETS),
        units={key(k): v for k, v in words.UNITS.items()},
        plural_units=frozenset(key(k) for k in words.PLURAL_UNITS),
        numbers=_table(words.NUMBER_WORDS),
        periods={key(k): v for k, v in words.PERIOD_OFFSETS.items()},
        past=frozenset(key(k) for k in words.PAST_MARKERS),
        future=frozenset(key(k) for k in words.FUTURE_MARKERS),
        am_pm={key(k): v for k, v in words.AM_PM.items()},
        zone_names=_table(zones.ZONE_NAMES),
        zone_abbreviations=_table(zones.ZONE_ABBREVIATIONS),
        labels={key(k): v for k, v in words.LABELS.items()},
    )


# ------------------------------------------------------------------ resolution


class Candidate(NamedTuple):
    """A resolved match in the normalized text (a named tuple: cheap to make)."""

    start: int
    end: int
    value: datetime
    kind: DateKind
    has_time: bool
    core_end: int


def _midnight(moment: datetime) -> datetime:
    return moment.replace(hour=0, minute=0, second=0, microsecond=0)


def _safe_date(year: int, month: int, day: int) -> datetime | None:
    try:
        return datetime(year, month, day)
    except (ValueError, OverflowError):
        return None


def _nearest(
    make: Callable[[int], datetime | None],
    around: int,
    reference: datetime,
    modifier: str | None,
    weekday: int | None,
) -> datetime | None:
    """The date ``make(year)`` for a date written without a year: the year *around* the
    reference, moved to the past («الماضي»), the future («المقبل») or, unmarked, to the
    nearest such day, preferring a year where the written *weekday* fits."""
    p = patterns()
    today = _midnight(reference).replace(tzinfo=None)
    if modifier is not None and modifier not in p.past and modifier not in p.future:
        return make(around)  # «الجاري»
    options = [m for year in (around - 1, around, around + 1) if (m := make(year)) is not None]
    if weekday is not None:
        options = [m for m in options if m.weekday() == weekday] or options
    if modifier in p.past:
        options = [m for m in options if m <= today]
        return max(options, default=None)
    if modifier in p.future:
        options = [m for m in options if m >= today]
        return min(options, default=None)
    return min(options, key=lambda m: (abs(m - today), m), default=None)


def _iso(groups: Mapping[str, str | None]) -> datetime | None:
    """The datetime of an ISO 8601 match (its shape is already checked by the pattern)."""
    zone: tzinfo | None = None
    if groups["utc"]:
        zone = timezone.utc
    elif groups["zs"]:
        minutes = int(groups["zh"] or 0) * 60 + int(groups["zm"] or 0)
        if minutes >= 24 * 60:
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


def _two_digit_year(year: int) -> int:
    return 2000 + year if year < 70 else 1900 + year


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


def _month(
    match: Match, table: Mapping[str, int], original: str, offsets: list[int] | None
) -> int | None:
    """The month named by group ``m1`` of *match*."""
    name = _k(match.group("m1"))
    if name == "اب":
        # «أب» is «father»; the month is written «آب» (or, carelessly, «اب»).
        if offsets is not None:
            if original[offsets[match.start("m1")]] == "أ":
                return None
        elif "آب" not in original and _BARE_AB.search(original) is None:
            return None
    return table.get(name)


def _day(groups: Mapping[str, str | None]) -> int:
    """The day of the month: digits, an ordinal word («الخامس»), «غرة», or the 1st."""
    if groups.get("d"):
        return int(groups["d"] or 1)
    if groups.get("od"):
        return patterns().ordinal_days[_k(groups["od"] or "")]
    return 1


def _dual_end(
    match: Match, groups: Mapping[str, str | None], table: Mapping[str, int], month: int
) -> int | None:
    """If the dual partner names another month, the span must stop before it."""
    partner = groups.get("m2") or groups.get("m3") or groups.get("m4")
    if partner is not None and table.get(_k(partner)) != month:
        return match.end("m1")
    return None


def _explicit(
    kind: DateKind,
    form: str,
    match: Match,
    *,
    floor: int,
    reference: datetime,
    norm: str,
    original: str,
    offsets: list[int] | None,
) -> Candidate | None:
    p = patterns()
    groups = match.groupdict()
    start, end = match.start(), match.end()
    prefix = (
        p.prefix_before.search(norm, max(floor, start - 40), start)
        if start and norm[start - 1] in _PREFIX_ENDS
        else None
    )
    written_weekday = None
    if prefix is not None:
        start = prefix.start()
        if prefix.group("wd"):
            written_weekday = p.weekdays[_k(prefix.group("wd"))]
    has_time = False
    value: datetime | None
    if kind == "iso":
        value, has_time = _iso(groups), groups["H"] is not None
    elif kind == "numeric":
        d, m, y = int(groups["d"]), int(groups["m"]), int(groups["y"])
        if len(groups["y"]) == 2:
            y = _two_digit_year(y)
        if groups.get("hs"):
            kind = "hijri"
            value = _hijri(y, m, d)
        else:
            if form == "dmy" and m > 12 >= d:
                d, m = m, d  # month-first (US order), since the day-first reading is impossible
            value = _safe_date(y, m, d)
    else:
        table = p.hijri if kind == "hijri" else p.gregorian
        month = _month(match, table, original, offsets)
        if month is None:
            return None
        end = _dual_end(match, groups, table, month) or end
        day = _day(groups)
        make: Callable[[int], datetime | None]
        if kind == "hijri":
            make = lambda year: _hijri(year, month, day)  # noqa: E731
        else:
            make = lambda year: _safe_date(year, month, day)  # noqa: E731
        if written_year := groups.get("y"):
            value = make(int(written_year))
        elif (around := _hijri_year(reference) if kind == "hijri" else reference.year) is None:
            value = None
        else:
            modifier = _k(groups["mod"]) if groups.get("mod") else None
            value = _nearest(make, around, reference, modifier, written_weekday)
    if value is None:
        return None
    return Candidate(start, end, value, kind, has_time, end)


def _count(match: Match, unit_mult: int, after: str) -> int | None:
    """How many units «منذ …» counts, or ``None`` when it does not say."""
    p = patterns()
    unit = _k(match.group("u"))
    if match.group("n") is not None:
        return int(match.group("n")) if unit_mult == 1 else None
    if match.group("nw") is not None:
        return p.numbers[_k(match.group("nw"))] if unit_mult == 1 else None
    if unit_mult == 2:
        return 2
    if unit in {
        "ساعات",
        "ايام",
        "اسابيع",
        "اشهر",
        "شهور",
        "سنوات",
        "سنين",
        "اعوام",
        "دقائق",
        "ثوان",
        "ثواني",
    }:
        return None  # «منذ أيام»: some days, not a date
    # A bare singular is one unit («منذ ساعة»), unless a noun follows («منذ يوم الجمعة»).
    following = _NEXT_WORD.match(after)
    if following is not None and not following.group(1).startswith("و"):
        return None
    return 1


def _shift(base: datetime, unit: words.Unit, amount: int) -> datetime | None:
    try:
        if unit in _FIXED_UNITS:
            return base + timedelta(**{unit: amount})
        return base + relativedelta(**{unit: amount})  # type: ignore[arg-type]
    except (ValueError, OverflowError):
        return None


def _relative(form: str, match: Match, reference: datetime, text: str) -> Candidate | None:
    p = patterns()
    day = _midnight(reference)
    start, end, core_end = match.start(), match.end(), match.end()
    has_time = False
    value: datetime | None
    if form == "day":
        start = match.start("rd")
        core_end = match.end("rd")
        value = _shift(day, "days", p.day_offsets[_k(match.group("rd"))])
    elif form == "ago":
        unit, mult = p.units[_k(match.group("u"))]
        amount = _count(match, mult, text[end : end + 40])
        if amount is None:
            return None
        if unit in _HOURS_UNITS:
            has_time = True
            value = _shift(reference.replace(microsecond=0), unit, -amount)
        else:
            value = _shift(day, unit, -amount)
    elif form == "period":
        unit, amount = p.periods[_k(match.group("p"))]
        sign = -1 if _k(match.group("pm")) in p.past else 1
        value = _shift(day, unit, sign * amount)
    else:
        weekday = p.weekdays[_k(match.group("wd"))]
        back = (day.weekday() - weekday) % 7
        marker = _k(match.group("wm")) if match.group("wm") else None
        if marker in p.future:
            value = _shift(day, "days", (weekday - day.weekday()) % 7 or 7)
        else:
            if marker is not None and back == 0:
                back = 7
            value = _shift(day, "days", -back)
        core_end = match.end("wd")
    if value is None:
        return None
    kind: DateKind = "weekday" if form == "weekday" else "relative"
    return Candidate(start, end, value, kind, has_time, core_end)


def _core(form: str, match: Match) -> tuple[int, int]:
    """The span a relative match keeps when its optional weekday must go."""
    if form == "day":
        return match.start("rd"), match.end("rd")
    if form == "weekday":
        return match.start(), match.end("wd")
    return match.start(), match.end()


def _hour(hour: int, marker: str | None) -> int | None:
    if hour > 23:
        return None
    if marker is None or hour > 12:
        return hour
    if marker == "am":
        return 0 if hour == 12 else hour
    if marker == "pm":
        return hour if hour == 12 else hour + 12
    if marker == "noon":
        return hour + 12 if 1 <= hour <= 5 else hour
    # night
    if hour == 12:
        return 0
    return hour + 12 if hour >= 6 else hour


def _attach_time(candidate: Candidate, text: str, floor: int, limit: int) -> Candidate:
    """Extend *candidate* over a clock time written right after it (or, failing that,
    right before it, as in «06:52PM 12/05/2020»), and over a zone after the time."""
    p = patterns()
    start, end, value, kind, has_time, _core = candidate
    if not has_time:
        # Cheap checks first: a clock time needs digits after (or a colon before) the date.
        match = before = None
        if _HAS_DIGIT.search(text, end, min(limit, end + 24)):
            match = p.time_after.match(text, end, limit)
        if match is None and ":" in text[max(floor, start - 48) : start]:
            before = match = p.time_before.search(text, max(floor, start - 48), start)
        if match is not None:
            h, mi, sec, ap, h2, ap2 = match.group("h", "mi", "s", "ap", "h2", "ap2")
            marker_text = ap if h is not None else ap2
            hour = _hour(int(h if h is not None else h2), p.am_pm.get(_k(marker_text or "")))
            minute, second = int(mi or 0), int(sec or 0)
            if hour is not None and minute < 60 and second < 60:
                zone = value.tzinfo
                if before is None:
                    end = match.end()
                else:  # «06:52PM 12/05/2020», «GMT 17:27 17.03.2020»
                    start = match.start()
                    if prefix_zone := before.group("pz"):
                        zone_name = _k(prefix_zone.replace(".", " "))
                        zone = _fixed_zone(p.zone_abbreviations[zone_name])
                value = datetime(value.year, value.month, value.day, hour, minute, second, 0, zone)
                has_time = True
    if (
        has_time
        and (value.tzinfo is None or kind == "relative")
        and _ZONE_START.match(text, end, limit)
    ):
        zone_match = p.zone.match(text, end, limit)
        if zone_match is not None:
            tz = _zone(zone_match)
            if tz is not None:
                value = value.replace(tzinfo=tz)
            end = zone_match.end()
    if start == candidate.start and end == candidate.end:
        return candidate
    return Candidate(start, end, value, kind, has_time, end)


def _zone(match: Match) -> tzinfo | None:
    p = patterns()
    groups = match.groupdict()
    minutes: int
    if groups["abbr"] is not None:
        minutes = p.zone_abbreviations[_k(groups["abbr"].replace(".", " "))]
        if groups["sg"] is not None:
            offset = int(groups["zh"]) * 60 + int(groups["zm"] or 0)
            minutes += offset if groups["sg"] == "+" else -offset
    elif groups["sg2"] is not None:
        offset = int(groups["zh2"]) * 60 + int(groups["zm2"])
        minutes = offset if groups["sg2"] == "+" else -offset
    elif groups["zname"] is not None:
        minutes = p.zone_names[_k(groups["zname"])]
    else:
        return None
    return _fixed_zone(minutes)


@lru_cache(maxsize=128)
def _fixed_zone(minutes: int) -> tzinfo | None:
    """The fixed-offset zone of *minutes* east of UTC (``None`` beyond ±18 h)."""
    if not -18 * 60 < minutes < 18 * 60:
        return None
    return timezone(timedelta(minutes=minutes))


class _Spans:
    """Sorted, non-overlapping spans, added left to right; overlap tests by bisection (so a
    text with many dates is not scanned quadratically)."""

    __slots__ = ("ends", "starts")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []

    def add(self, start: int, end: int) -> None:
        self.starts.append(start)
        self.ends.append(end)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start) - 1
        if i >= 0 and self.ends[i] > start:
            return True
        return i + 1 < len(self.starts) and self.starts[i + 1] < end


def _select(candidates: list[Candidate], taken: _Spans) -> list[Candidate]:
    """Leftmost-longest choice of non-overlapping candidates, avoiding *taken* spans
    (a candidate that overlaps one may fall back to its core, e.g. «أمس» of «أمس الأحد»)."""
    chosen: list[Candidate] = []
    last_end = -1
    for cand in sorted(candidates, key=lambda c: (c.start, -(c.end - c.start), _PRIORITY[c.kind])):
        for span_end in (cand.end, cand.core_end):
            if cand.start < last_end:
                break
            if not taken.overlaps(cand.start, span_end):
                chosen.append(
                    cand
                    if span_end == cand.end
                    else Candidate(
                        cand.start, span_end, cand.value, cand.kind, cand.has_time, span_end
                    )
                )
                last_end = span_end
                break
    return chosen


_Raw: TypeAlias = "tuple[int, int, int, DateKind, str, Match]"


def _trigger(words_: Iterable[str]) -> Pattern:
    """One pattern for every place a date can start: a run of digits, or a trigger word
    (with a conjunction «و»/«ف» glued to it, kept out of group ``w``)."""
    return _compile(
        rf"[0-9]+|{NOT_LETTER_BEFORE}[وف]?(?P<w>{_alt(words_)}){NOT_LETTER_AFTER}",
        regex.IGNORECASE,
    )


def _raw_matches(p: _Patterns, norm: str) -> tuple[list[_Raw], list[tuple[str, Match]]]:
    """The explicit and relative matches at every word or digit run that can start one."""
    matches: list[_Raw] = []
    relative_matches: list[tuple[str, Match]] = []
    covered = 0  # end of the longest explicit match so far: nothing starting before it can win
    starts, search = p.starts, p.trigger.search
    token = search(norm)
    while token is not None:
        following = token.end()
        word = token.group("w")
        if word is not None:
            word, pos = word.lower(), token.start("w")
        else:
            pos, digits = token.start(), token.end() - token.start()
            # Which patterns a run of digits can start depends on its length and what follows.
            if digits == 4:
                word = _YEAR_FIRST
            elif digits > 2 or (after := _AFTER_DAY.match(norm, following)) is None:
                token = search(norm, following)
                continue
            elif after.group("digit"):
                word = _NUMERIC_DAY
            else:
                word = _NAMED_DAY
        for kind, form, pattern, priority in starts.get(word, ()):
            match = pattern.match(norm, pos)
            if match is None:
                continue
            if priority < _RELATIVE_PRIORITY:
                matches.append((pos, -match.end(), priority, kind, form, match))
                covered = max(covered, match.end())
            else:
                relative_matches.append((form, match))
        # Jump past the longest explicit match so far: nothing starting inside it can win.
        token = search(norm, max(following, covered))
    return matches, relative_matches


def scan(
    text: str, reference: datetime, *, spans: bool
) -> tuple[str, list[int] | None, list[Candidate]]:
    """Every date in *text*: the normalized text, its offsets (when *spans* are wanted)
    and the chosen candidates."""
    p = patterns()
    offsets: list[int] | None
    if spans:
        norm, offsets = normalize_with_offsets(text, deobfuscate=False)
    else:
        norm, offsets = normalized(text), None
    if not norm:
        return norm, offsets, []
    matches, relative_matches = _raw_matches(p, norm)
    if len(matches) == 1:  # the common byline: one date, perhaps a weekday before it
        _start, neg_end, _priority, kind, form, match = matches[0]
        cand = _explicit(
            kind,
            form,
            match,
            floor=0,
            reference=reference,
            norm=norm,
            original=text,
            offsets=offsets,
        )
        first, last = (match.start(), -neg_end) if cand is None else (cand.start, cand.end)
        # Done unless a relative expression lies outside the date («الأربعاء» of
        # «الأربعاء، 28 آب 2013» is inside it once the weekday prefix is taken).
        if all(
            core_start < last and first < core_end
            for core_start, core_end in (_core(f, m) for f, m in relative_matches)
        ):
            return norm, offsets, [] if cand is None else [_attach_time(cand, norm, 0, len(norm))]
    # Leftmost-longest choice among the raw matches; only the chosen ones are resolved. One
    # that fails («30 صفر 1441») still hides the shorter matches inside it («صفر 1441»).
    chosen: list[Candidate] = []
    taken = _Spans()
    last_end = -1
    if len(matches) > 1:
        matches.sort(key=lambda t: t[:3])
    for start, neg_end, _priority, kind, form, match in matches:
        if start < last_end:
            continue
        floor, last_end = max(last_end, 0), -neg_end
        cand = _explicit(
            kind,
            form,
            match,
            floor=floor,
            reference=reference,
            norm=norm,
            original=text,
            offsets=offsets,
        )
        if cand is None:
            taken.add(start, last_end)
        else:
            taken.add(cand.start, cand.end)
            chosen.append(cand)
    if not relative_matches and len(chosen) < 2:
        return norm, offsets, [_attach_time(c, norm, 0, len(norm)) for c in chosen]
    relative: list[Candidate] = []
    for form, match in relative_matches:
        # Resolve only what can still be chosen: a relative expression whose core
        # («أمس» of «أمس الأحد») overlaps an explicit date is dropped unresolved.
        core_start, core_end = _core(form, match)
        if taken.overlaps(core_start, core_end):
            continue
        if (rel := _relative(form, match, reference, norm)) is not None:
            relative.append(rel)
    chosen = sorted(chosen + _select(relative, taken), key=lambda c: c.start)
    result: list[Candidate] = []
    for i, cand in enumerate(chosen):
        floor = result[-1].end if result else 0
        limit = chosen[i + 1].start if i + 1 < len(chosen) else len(norm)
        result.append(_attach_time(cand, norm, floor, limit))
    return norm, offsets, result


def normalized(text: str) -> str:
    """``normalize(text, deobfuscate=False)``, with a shortcut for text that only the
    white-space step would change (meta values, ISO stamps, plain bylines)."""
    if _PLAIN.search(text) is None:
        return " ".join(text.split())
    if "-" not in text and "." not in text:
        return normalize(text)  # nothing to de-obfuscate: the default options are cheaper
    return normalize(text, deobfuscate=False)


def mentions(text: str, reference: datetime) -> list[DateMention]:
    """The public :func:`arnews.find_dates`, on a resolved *reference*."""
    _norm, offsets, found = scan(text, reference, spans=True)
    assert offsets is not None
    result: list[DateMention] = []
    for cand in found:
        start, end = original_span(text, offsets, cand.start, cand.end)
        result.append(
            DateMention(
                text=text[start:end],
                start=start,
                end=end,
                value=cand.value,
                kind=cand.kind,
                has_time=cand.has_time,
            )
        )
    return result


def best(text: str, reference: datetime) -> datetime | None:
    """The public :func:`arnews.parse_date`, on a resolved *reference*."""
    p = patterns()
    norm, _offsets, found = scan(text, reference, spans=False)
    if len(found) < 2:
        return found[0].value if found else None
    for cand in found:
        label = p.label.search(norm, max(0, cand.start - 24), cand.start)
        if label is not None and p.labels.get(_k(label.group("label"))) == "published":
            return cand.value
    for kinds in (_GREGORIAN_KINDS, _HIJRI_KINDS):
        for cand in found:
            if cand.kind in kinds:
                return cand.value
    return found[0].value
