"""The date grammar: every pattern of the engine, compiled from the data modules.

Patterns match text normalized by :func:`arnews.normalization.normalize` (search
preset, without de-obfuscation), so word lists come in through
:func:`arnews.dates.patterns.alt`, which normalizes them too. Each pattern is a
sequence of bounded pieces anchored by look-behinds, so every attempt does a bounded
amount of work and a scan is linear in the length of the text.

A :class:`Rule` finds one kind of date; :attr:`Grammar.starts` says which rules can
start at a given word (or run of digits), so a scan tries a rule only there.
:class:`Priority` breaks ties between rules that match the same span.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import IntEnum
from functools import lru_cache
from typing import Final, NamedTuple, get_args

import regex

from arnews.dates import months, words, zones
from arnews.dates.lexicon import Lexicon, key, lexicon
from arnews.dates.patterns import (
    NOT_LETTER_AFTER,
    NOT_LETTER_BEFORE,
    S1,
    Match,
    Pattern,
    S,
    alt,
    any_of,
    compile_pattern,
    first_words,
    letters,
    word,
)
from arnews.model import DateKind

__all__ = [
    "NAMED_DAY",
    "NUMERIC_DAY",
    "YEAR_FIRST",
    "Grammar",
    "Match",
    "Pattern",
    "Priority",
    "Rule",
    "grammar",
]


YEAR_FIRST: Final = "#year"
"""The start of a rule that begins with a four-digit year."""
NUMERIC_DAY: Final = "#day/"
"""The start of a rule that begins with a day number followed by a separator and a digit."""
NAMED_DAY: Final = "#day"
"""The start of a rule that begins with a day number followed by a word."""


class Priority(IntEnum):
    """Which rule wins when two match the same span (lower wins). Rules from
    :attr:`RELATIVE` on need the reference date and are resolved after the others."""

    ISO = 0
    NUMERIC = 1
    ABSOLUTE = 2
    HIJRI = 3
    RELATIVE = 4
    WEEKDAY = 5

    @classmethod
    def of(cls, kind: DateKind) -> Priority:
        """The priority of the rules that find *kind* («iso» → :attr:`ISO` …)."""
        return _PRIORITIES[kind]


_PRIORITIES: Final[Mapping[DateKind, Priority]] = {
    kind: Priority[kind.upper()] for kind in get_args(DateKind)
}
"""Each kind's priority (a dict lookup: an enum's ``[name]`` takes ten times longer)."""


class Rule(NamedTuple):
    """One pattern: the kind of date it finds, its form (which groups it fills), the
    pattern, its priority, and whether the rules after it need not be tried where it
    matched."""

    kind: DateKind
    form: str
    pattern: Pattern
    priority: Priority
    excludes_rest: bool = False
    """Where it matches, the rules after it at the same start cannot (a Gregorian month
    name after a day is no Hijri one): the scan does not try them (a property test
    checks it)."""


# ------------------------------------------------------------------ pieces


class _Pieces(NamedTuple):
    """Regex fragments shared by several rules."""

    month: str
    """A Gregorian month name, as a whole word."""
    hijri_month: str
    weekday: str
    marker: str
    """A past or future marker («الماضي», «المقبل»)."""
    am_pm: str
    dual: str
    """A second month name after the first («آذار/مارس», «حزيران (يونيو)»)."""
    day: str
    """A day number (group ``d``)."""
    day_month: str
    """Between a day and its month («5 من شهر مارس»)."""
    ordinal: str
    """An ordinal day word and what joins it to the month («الخامس من»)."""
    month_year: str
    """Between a month and its year («مارس من عام 2020»)."""
    gregorian_era: str
    """An optional era mark after a Gregorian year (group ``gs``)."""
    hijri_era: str
    """An era mark after a Hijri year (group ``hs``)."""
    word_start: str
    """Where a word starts, perhaps after a glued conjunction («وأمس», «فاليوم»)."""
    time_link: str
    """Between a date and its clock time: a separator, «في» or «at»."""
    update_link: str
    """Between a date and the clock time of its last update («، آخر تحديث 14:00»)."""


def _pieces(lex: Lexicon) -> _Pieces:
    month = word(lex.gregorian)
    of_month = rf"{any_of(words.OF_WORDS)}{S1}"
    month_word = rf"{any_of(words.MONTH_WORDS)}{S1}"
    return _Pieces(
        month=month,
        hijri_month=word(months.HIJRI),
        weekday=word(words.WEEKDAYS),
        marker=alt(words.PAST_MARKERS | words.FUTURE_MARKERS) + NOT_LETTER_AFTER,
        am_pm=alt(words.AM_PM) + r"(?![\p{L}.])",
        dual=(
            rf"(?:{S}[/\-]{S}(?P<m2>{month})|{S}\({S}(?P<m3>{month}){S}\)"
            rf"|{S1}(?P<m4>{month}))?"
        ),
        day=(
            r"(?<![0-9])(?<![0-9][.,:])(?P<d>[0-9]{1,2})(?![0-9])"
            rf"{any_of(words.ORDINAL_SUFFIXES)}?"
        ),
        day_month=rf"(?:{S}[\-/.,]{S}|{S})(?:{of_month}(?:{month_word})?|{month_word})?",
        ordinal=(
            rf"{NOT_LETTER_BEFORE}(?:(?P<od>{alt(words.ORDINAL_DAYS)}){S1}{of_month}"
            rf"(?:{month_word})?|(?P<od1>{alt(words.FIRST_OF_MONTH)}){S1}(?:{month_word})?)"
        ),
        month_year=rf"{S}[\-/.,،]?{S}(?:(?:{of_month})?{any_of(words.YEAR_WORDS)}{S1})?",
        gregorian_era=rf"(?P<gs>{S}{any_of(words.GREGORIAN_ERA)}\.?{NOT_LETTER_AFTER})?",
        hijri_era=rf"(?P<hs>{S}{any_of(words.HIJRI_ERA)}\.?{NOT_LETTER_AFTER})",
        word_start=(
            rf"(?:{NOT_LETTER_BEFORE}|(?<={NOT_LETTER_BEFORE}{letters(words.CONJUNCTIONS)}))"
        ),
        time_link=rf"{S}[,،\-–—|@•·/]?{S}(?:{any_of(words.DATE_TIME_LINKS)}{S1})?",
        update_link=(
            rf"{S}[,،\-–—|@•·/]?{S}"
            rf"{any_of(k for k, kind in words.LABELS.items() if kind == 'modified')}{S}:?{S}"
        ),
    )


# ------------------------------------------------------------------ rules

_YEAR: Final = r"(?P<y>[0-9]{4})(?![0-9])"
_HIJRI_YEAR: Final = r"(?P<y>[0-9]{3,4})(?![0-9])"
_NUMBER_START: Final = r"(?<![0-9])(?<![0-9][.,/\-:])"
_NUMBER_END: Final = r"(?![0-9])(?![.,/\-:][0-9])"
ISO_DATE: Final = r"(?P<Y>[0-9]{4})-(?P<Mo>[0-9]{2})-(?P<D>[0-9]{2})"
"""The date of an ISO 8601 stamp."""


def _iso_time(fraction_marks: str) -> str:
    """The clock time of an ISO 8601 stamp, with *fraction_marks* before fractions of a
    second."""
    return (
        r"(?P<H>[0-9]{2}):(?P<Mi>[0-9]{2})"
        rf"(?::(?P<Se>[0-9]{{2}})(?:[{fraction_marks}](?P<F>[0-9]{{1,9}}))?)?"
    )


_ISO_ZONE: Final = r"(?:(?P<utc>Z)|(?P<zs>[+-])(?P<zh>[0-9]{2})(?::?(?P<zm>[0-9]{2}))?)"


def _iso_rule(p: _Pieces) -> Rule:
    return Rule(
        "iso",
        "iso",
        compile_pattern(
            rf"(?<![0-9])(?P<iso>{ISO_DATE}(?:[T ]{_iso_time('.,')}{_ISO_ZONE}?"
            # «2025-09-13 10:22 م»: a 12-hour time is left to the clock-time step
            rf"(?!{S}{p.am_pm}))?)(?![0-9])"
        ),
        Priority.ISO,
    )


def _numeric_rules(p: _Pieces) -> tuple[tuple[Rule, frozenset[str]], ...]:
    era = rf"(?:{p.hijri_era}|{p.gregorian_era})?"
    dmy = (
        _NUMBER_START + r"(?P<d>[0-9]{1,2})\s?(?P<sep>[/.\-])\s?"
        r"(?P<m>[0-9]{1,2})\s?(?P=sep)\s?(?P<y>[0-9]{4}|[0-9]{2})" + _NUMBER_END + era
    )
    ymd = (
        _NUMBER_START + r"(?P<y>[0-9]{4})\s?(?P<sep>[/.\-])\s?"
        r"(?P<m>[0-9]{1,2})\s?(?P=sep)\s?(?P<d>[0-9]{1,2})" + _NUMBER_END + era
    )
    return (
        (Rule("numeric", "dmy", compile_pattern(dmy), Priority.NUMERIC), frozenset({NUMERIC_DAY})),
        (Rule("numeric", "ymd", compile_pattern(ymd), Priority.NUMERIC), frozenset({YEAR_FIRST})),
    )


def _named_rules(p: _Pieces, lex: Lexicon) -> tuple[tuple[Rule, frozenset[str]], ...]:
    """Dates with a month name, Gregorian and Hijri, in the order they are tried."""
    named_day, ordinal_starts = frozenset({NAMED_DAY}), first_words(words.ORDINAL_DAYS)
    gregorian_starts, hijri_starts = first_words(lex.gregorian), first_words(months.HIJRI)
    day_month = p.day + p.day_month
    modifier = alt(words.PAST_MARKERS | words.FUTURE_MARKERS | words.THIS_MARKERS)
    month, hijri_month = rf"(?P<m1>{p.month})", rf"(?P<m1>{p.hijri_month})"
    year = p.month_year + _YEAR + p.gregorian_era
    marked = rf"{S1}(?P<mod>{modifier}){NOT_LETTER_AFTER}"
    tail = rf"(?:{year}|{marked})?"
    hijri_year = p.month_year + _HIJRI_YEAR
    # «Mar 3 23 at 09:10 PM»: a two-digit year only where a clock time follows
    short_year = rf"(?P<y2>[0-9]{{2}})(?![0-9])(?={p.time_link}[0-9]{{1,2}}:[0-9]{{2}})"
    mdy = (
        rf"{month}\.?{p.dual}{S}[,،]?{S}{p.day}{S}[,،]?{S}"
        rf"(?:{_YEAR}{p.gregorian_era}|{short_year})"
    )
    my = rf"{month}{p.dual}(?:{year}|{marked})"

    def rule(kind: DateKind, form: str, pattern: str, excludes_rest: bool = False) -> Rule:
        return Rule(kind, form, compile_pattern(pattern), Priority.of(kind), excludes_rest)

    return (
        # A day and a Gregorian month: then the Hijri rule of the same start (below) fails.
        (rule("absolute", "dmy", day_month + month + p.dual + tail, True), named_day),
        (rule("absolute", "dmy", p.ordinal + month + p.dual + tail), ordinal_starts),
        (
            rule("hijri", "dmy", rf"{p.ordinal}{hijri_month}(?:{hijri_year}{p.hijri_era}?)?"),
            ordinal_starts,
        ),
        (rule("absolute", "mdy", mdy), gregorian_starts),
        (rule("absolute", "my", my), gregorian_starts),
        (rule("hijri", "dmy", f"{day_month}{hijri_month}{hijri_year}{p.hijri_era}?"), named_day),
        (rule("hijri", "my", hijri_month + hijri_year + p.hijri_era), hijri_starts),
    )


def _relative_rules(p: _Pieces) -> tuple[tuple[Rule, frozenset[str]], ...]:
    """Dates that need the reference date, in the order they are tried."""
    today = [k for k, offset in words.DAY_OFFSETS.items() if offset == 0]
    other_days = [k for k, offset in words.DAY_OFFSETS.items() if offset != 0]
    weekday_after = (
        rf"(?:(?:{S1}|{S}[(/]{S})(?P<rwd>{p.weekday})(?:{S}[)/])?(?!{S}[,،\-(]?{S}[0-9]))?"
    )
    conjunction = p.word_start
    not_an_outlet = rf"(?<!{alt(words.TODAY_BLOCKERS_BEFORE)}\s{{1,2}})"
    ordinals = set(words.ORDINAL_DAYS) - words.FIRST_OF_MONTH
    not_a_day_name = (
        rf"(?!{S1}(?:{alt(words.TODAY_BLOCKERS_AFTER | ordinals)}{NOT_LETTER_AFTER}"
        rf"|{alt(words.NUMBER_ARTICLES)}[0-9]))"
    )
    count = rf"(?:(?P<n>[0-9]{{1,3}})(?![0-9]){S}|(?P<nw>{alt(words.NUMBER_WORDS)}){S1})?"
    ago = (
        rf"{NOT_LETTER_BEFORE}(?P<ago>{alt(words.AGO_MARKERS)}){S1}"
        rf"(?:{any_of(words.APPROXIMATORS)}{S1})?{count}"
        rf"(?P<u>{alt(words.UNITS)}){NOT_LETTER_AFTER}(?!{S}[0-9])"
    )
    periods = alt(words.PERIOD_OFFSETS)
    period_marker = alt(words.PAST_MARKERS | words.FUTURE_MARKERS | words.THIS_MARKERS)
    period = (
        rf"{conjunction}(?:(?P<p>{periods}){S1}(?P<pm>{period_marker})"
        rf"|{alt(words.PERIOD_DEMONSTRATIVES)}{S1}(?P<p2>{periods})){NOT_LETTER_AFTER}"
    )

    def rule(kind: DateKind, form: str, pattern: str) -> Rule:
        return Rule(kind, form, compile_pattern(pattern), Priority.of(kind))

    return (
        (
            rule(
                "relative",
                "day",
                rf"{not_an_outlet}{conjunction}(?P<rd>{alt(today)}){NOT_LETTER_AFTER}"
                + not_a_day_name
                + weekday_after,
            ),
            first_words(today),
        ),
        (
            rule(
                "relative",
                "day",
                rf"{conjunction}(?P<rd>{alt(other_days)}){NOT_LETTER_AFTER}{weekday_after}",
            ),
            first_words(other_days),
        ),
        (rule("relative", "ago", ago), first_words(words.AGO_MARKERS)),
        (
            rule("relative", "period", period),
            first_words({*words.PERIOD_OFFSETS, *words.PERIOD_DEMONSTRATIVES}),
        ),
        (
            rule("weekday", "weekday", rf"(?P<wd>{p.weekday})(?:{S1}(?P<wm>{p.marker}))?"),
            first_words(words.WEEKDAYS),
        ),
    )


# ------------------------------------------------------------------ around a date


def _clock(p: _Pieces) -> str:
    """A clock time: «10:30», «10:30:15 م», «الساعة 10 مساء» (groups ``h``/``mi``/``s``/``ap``
    or ``h2``/``ap2``)."""
    o_clock = (
        rf"(?:{any_of(words.CLOCK_PREPOSITIONS)}{S1})?(?:{any_of(words.EXACTLY)}{S1})?"
        rf"{any_of(words.HOUR_WORDS)}{S1}"
    )
    return (
        rf"(?:{o_clock})?"
        r"(?<![0-9])(?<![0-9][.,:/])(?P<h>[0-9]{1,2}):(?P<mi>[0-9]{2})(?::(?P<s>[0-9]{2}))?"
        rf"(?![0-9])(?![.:][0-9])(?:{S}(?P<ap>{p.am_pm}))?"
        rf"|{o_clock}(?P<h2>[0-9]{{1,2}})(?![0-9:])(?:{S}(?P<ap2>{p.am_pm}))?"
    )


def _zone_abbreviation() -> str:
    return alt(zones.ZONE_ABBREVIATIONS, space=r"[\s.]{1,2}")


def _zone() -> str:
    """A time zone after a clock time: an abbreviation with an optional offset, a bare
    offset, or «بتوقيت» and a place (groups ``abbr``/``sg``/``zh``/``zm``, ``sg2``/``zh2``/
    ``zm2``, ``zname``, ``local``)."""
    introducer = any_of(zones.ZONE_INTRODUCERS)
    return (
        rf"{S}[,،]?{S}(?:\({S})?(?:"
        rf"(?:{introducer}{S1})?(?P<abbr>{_zone_abbreviation()})(?![\p{{L}}])"
        rf"(?:{S}(?P<sg>[+-]){S}(?P<zh>[0-9]{{1,2}})(?::?(?P<zm>[0-9]{{2}}))?(?![0-9]))?"
        r"|(?P<sg2>[+-])(?P<zh2>[0-9]{2}):?(?P<zm2>[0-9]{2})(?![0-9])"
        rf"|{introducer}{S1}(?:(?P<zname>{alt(zones.ZONE_NAMES)})"
        rf"|(?P<local>{alt(zones.LOCAL_TIME)}))"
        rf"{NOT_LETTER_AFTER})(?:{S}\))?"
    )


def _zone_start() -> Pattern:
    """What a zone can start with: a cheap test before :attr:`Grammar.zone`."""
    firsts = {key(entry)[0] for entry in (*zones.ZONE_INTRODUCERS, *zones.ZONE_ABBREVIATIONS)}
    letters = "".join(sorted(regex.escape(char) for char in firsts | {c.upper() for c in firsts}))
    return re.compile(rf"\s{{0,2}}[,،]?\s{{0,2}}[(+\-{letters}]")


def _date_prefix(p: _Pieces) -> str:
    """What can stand right before a date and belongs to it: a weekday («الأربعاء، »,
    «يوم الأربعاء الموافق لـ», with a clock time after it: «الخميس 09:40 »), a relative
    day that the date spells out («اليوم الأحد 21 نوفمبر 2021», «يوم أمس 4 سبتمبر»), or
    the word «شهر» (groups ``wd``, ``h``, ``mi``, ``s``, ``ap``; ``rd`` for a relative day
    without a weekday, which belongs only to a date with its year)."""
    clock = (
        r"(?<![0-9])(?P<h>[0-9]{1,2}):(?P<mi>[0-9]{2})(?::(?P<s>[0-9]{2}))?(?![0-9])"
        rf"(?:{S}(?P<ap>{p.am_pm}))?{S}[,،\-|]?{S}"
    )
    day = rf"{any_of(words.DAY_OFFSETS)}{S}[,،]?{S}"
    weekday = (
        rf"(?P<wd>{p.weekday}){S}[,،\-(]?{S}(?:{clock})?"
        rf"(?:{any_of(words.EQUIVALENCE_MARKERS)}{S}(?:{any_of(words.EQUIVALENCE_CLITICS)}{S})?)?"
    )
    starts = (*words.WEEKDAY_INTRODUCERS, *words.DAY_OFFSETS, *words.WEEKDAYS, *words.MONTH_WORDS)
    # The search tries every position of a short window: a first letter skips most at once.
    return (
        rf"(?={letters({key(entry)[0] for entry in starts})})"
        rf"(?:{p.word_start}(?:{any_of(words.WEEKDAY_INTRODUCERS)}{S1})?"
        rf"(?:(?:{day})??{weekday}|(?P<rd>{day}))"
        rf"|{NOT_LETTER_BEFORE}{any_of(words.MONTH_WORDS)}{S1})$"
    )


# ------------------------------------------------------------------ the grammar


@dataclass(frozen=True, slots=True)
class Grammar:
    """Every compiled pattern of the engine, and the lookup tables its matches are read
    with."""

    lexicon: Lexicon
    starts: Mapping[str, tuple[Rule, ...]]
    """The rules that can start at a word (normalized), or at a run of digits
    (:data:`YEAR_FIRST`, :data:`NUMERIC_DAY`, :data:`NAMED_DAY`)."""
    trigger: Pattern
    """Every place a rule can start: a run of digits, or a start word (group ``w``)."""
    time_after: Pattern
    """A clock time right after a date."""
    update_time_after: Pattern
    """The clock time of an update right after a date («، آخر تحديث 14:00»)."""
    time_before: Pattern
    """A clock time (and a zone abbreviation) right before a date, up to its start."""
    prefix_before: Pattern
    """What belongs to a date right before it (see :func:`_date_prefix`)."""
    prefix_ends: frozenset[str]
    """The characters a date's prefix can end with (a cheap test first)."""
    zone: Pattern
    """A time zone after a clock time."""
    zone_start: Pattern
    """What a zone can start with (a cheap test first)."""
    label: Pattern
    """A publication or update label («نشر في:») right before a date, up to its start."""
    stamp_iso: Pattern
    """A whole text that is one ISO 8601 stamp in its web variants (a space before the
    zone, ``+0300``), with the groups of the ISO rule."""
    iso: Pattern
    """The ISO 8601 rule's pattern (the same compiled object as the rule's)."""


def _stamp_iso() -> Pattern:
    """A whole text that is one ISO 8601 stamp as web pages print it in attributes and
    meta values: upper-case ``T`` and ``Z``, perhaps a space before the zone, a zone
    offset with its minutes (``+0300``, ``+03:00``). In running text the ISO rule finds
    the same stamps but leaves a zone after a space to the clock-time step, which does
    not read ``Z``."""
    zone = r"(?:(?P<utc>Z)|(?P<zs>[+-])(?P<zh>[0-9]{2}):?(?P<zm>[0-9]{2}))"
    return regex.compile(rf"\s*{ISO_DATE}(?:[T ]{_iso_time('.')}\s*{zone}?)?\s*")


def _trigger(start_words: Iterable[str]) -> Pattern:
    """One pattern for every place a date can start: a run of digits, or a start word
    (with a conjunction «و»/«ف» glued to it, kept out of group ``w``)."""
    return compile_pattern(
        rf"[0-9]+|{NOT_LETTER_BEFORE}{letters(words.CONJUNCTIONS)}?(?P<w>{alt(start_words)})"
        + NOT_LETTER_AFTER,
        regex.IGNORECASE,
    )


def _starts(rules: Iterable[tuple[Rule, frozenset[str]]]) -> dict[str, tuple[Rule, ...]]:
    starts: dict[str, list[Rule]] = {}
    for rule, words_ in rules:
        for start in words_:
            starts.setdefault(start, []).append(rule)
    return {start: tuple(entries) for start, entries in starts.items()}


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    """Build (once, on first use) every pattern."""
    lex = lexicon()
    p = _pieces(lex)
    iso_rule = _iso_rule(p)
    rules = (
        (iso_rule, frozenset({YEAR_FIRST})),
        *_numeric_rules(p),
        *_named_rules(p, lex),
        *_relative_rules(p),
    )
    starts = _starts(rules)
    clock, zone_abbreviation = _clock(p), _zone_abbreviation()
    return Grammar(
        lexicon=lex,
        starts=starts,
        trigger=_trigger(start for start in starts if not start.startswith("#")),
        time_after=compile_pattern(rf"{p.time_link}(?:{clock})"),
        update_time_after=compile_pattern(rf"{p.update_link}(?:{clock})"),
        time_before=compile_pattern(
            rf"(?:(?P<pz>{zone_abbreviation}){S})?(?:{clock}){S}[,،\-–—|@•·]?{S}$"
        ),
        prefix_before=compile_pattern(_date_prefix(p)),
        prefix_ends=frozenset(" \n,،-(") | {key(c) for c in words.EQUIVALENCE_CLITICS},
        zone=compile_pattern(_zone()),
        zone_start=_zone_start(),
        label=compile_pattern(
            rf"{NOT_LETTER_BEFORE}(?P<label>{alt(words.LABELS)}){NOT_LETTER_AFTER}{S}:?{S}$"
        ),
        stamp_iso=_stamp_iso(),
        iso=iso_rule.pattern,
    )
