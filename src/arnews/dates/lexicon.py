"""The date vocabulary as the engine looks it up.

The data modules (:mod:`~arnews.dates.months`, :mod:`~arnews.dates.words`,
:mod:`~arnews.dates.zones`) hold words as people write them. Here each table is keyed
by its normalized form (:func:`key`), once, on first use (:func:`lexicon`), so that
text matched in normalized text can be looked up with :func:`match_key`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, NamedTuple

import regex

from arnews import normalization
from arnews.dates import months, words, zones
from arnews.normalization import normalize

__all__ = ["Homograph", "Lexicon", "key", "lexicon", "match_key"]


def key(text: str) -> str:
    """The form of a data entry (or matched text) used for lookups."""
    return " ".join(normalize(text, deobfuscate=False).lower().split())


def match_key(matched: str) -> str:
    """The lookup form of text matched in normalized text (cheaper than :func:`key`)."""
    low = matched.lower()
    return low if "  " not in low and "\n" not in low else " ".join(low.split())


_IN_TEXT_CACHE: Final = 8
"""How many texts :meth:`Homograph.in_text` remembers its answer for (the text being
scanned is the one asked about again)."""


class Homograph(NamedTuple):
    """A month name that normalizes to the letters of a common word (see
    :data:`arnews.dates.months.HAMZA_HOMOGRAPHS`)."""

    month: str
    """The month as written («آب»)."""
    word: str
    """The word it must not be taken for («أب»)."""
    first_letters: frozenset[str]
    """The first letters the month is written with: its own («آ») and the bare one
    normalization gives («ا»); any other spelling («أب», «إب») is a word."""
    spellings: regex.Pattern[str]
    """Any spelling of the letters as a whole word in text as written (group 1: the
    first letter)."""
    normalized: regex.Pattern[str]
    """The normalized letters as a whole word."""

    def names_month(self, original: str, at: int) -> bool:
        """Whether the occurrence starting at *at* in *original* is the month."""
        return original[at] in self.first_letters

    def in_text(self, original: str, norm: str) -> bool | None:
        """Whether every occurrence in *original* (normalized: *norm*) is the month
        (``True``), none is (``False``), or they differ or cannot all be told without
        their positions (``None``). Cached (a few texts): a scan asks it once for the
        month's match and once to choose the string's date, and each answer takes two
        searches with :mod:`regex` (~4 µs)."""
        return _in_text(self, original, norm)


@lru_cache(maxsize=_IN_TEXT_CACHE)
def _in_text(homograph: Homograph, original: str, norm: str) -> bool | None:
    """:meth:`Homograph.in_text`, uncached."""
    firsts = [m.group(1) for m in homograph.spellings.finditer(original)]
    if len(firsts) != len(homograph.normalized.findall(norm)):
        return None
    if all(first in homograph.first_letters for first in firsts):
        return True
    if not any(first in homograph.first_letters for first in firsts):
        return False
    return None


def _keyed(*tables: Mapping[str, int]) -> dict[str, int]:
    return {key(name): value for table in tables for name, value in table.items()}


def _keys(entries: Iterable[str]) -> frozenset[str]:
    return frozenset(key(entry) for entry in entries)


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Every table of the data modules, keyed by :func:`key`."""

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
    am_pm: Mapping[str, words.DayPart]
    zone_names: Mapping[str, int]
    zone_abbreviations: Mapping[str, int]
    labels: Mapping[str, words.LabelKind]
    homographs: Mapping[str, Homograph]
    count_continuations: tuple[str, ...]


def _homograph(month: str, word: str) -> Homograph:
    letters = key(month)
    alefs = {
        letters[0],
        *(v for v, bare in normalization.ALEF_VARIANTS.items() if bare == letters[0]),
    }
    marks = rf"[\p{{Mn}}{normalization.TATWEEL}]*"
    rest = marks + marks.join(regex.escape(c) for c in letters[1:])
    return Homograph(
        month,
        word,
        frozenset({month[0], letters[0]}),
        regex.compile(rf"(?<!\p{{L}})([{''.join(sorted(alefs))}]){rest}{marks}(?!\p{{L}})"),
        regex.compile(rf"(?<!\p{{L}}){regex.escape(letters)}(?!\p{{L}})"),
    )


def _homographs() -> dict[str, Homograph]:
    return {key(month): _homograph(month, word) for month, word in months.HAMZA_HOMOGRAPHS.items()}


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Build (once, on first use) the normalized lookup tables."""
    return Lexicon(
        gregorian=_keyed(*months.GREGORIAN_SYSTEMS.values()),
        hijri=_keyed(months.HIJRI),
        weekdays=_keyed(words.WEEKDAYS),
        ordinal_days=_keyed(words.ORDINAL_DAYS),
        day_offsets=_keyed(words.DAY_OFFSETS),
        units={key(k): v for k, v in words.UNITS.items()},
        plural_units=_keys(words.PLURAL_UNITS),
        numbers=_keyed(words.NUMBER_WORDS),
        periods={key(k): v for k, v in words.PERIOD_OFFSETS.items()},
        past=_keys(words.PAST_MARKERS),
        future=_keys(words.FUTURE_MARKERS),
        am_pm={key(k): v for k, v in words.AM_PM.items()},
        zone_names=_keyed(zones.ZONE_NAMES),
        zone_abbreviations=_keyed(zones.ZONE_ABBREVIATIONS),
        labels={key(k): v for k, v in words.LABELS.items()},
        homographs=_homographs(),
        count_continuations=tuple(sorted(_keys(words.COUNT_CONTINUATIONS))),
    )
