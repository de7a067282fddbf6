"""The date vocabulary as the engine looks it up.

The data modules (:mod:`~arnews.dates.months`, :mod:`~arnews.dates.words`,
:mod:`~arnews.dates.zones`) hold words as people write them. Here each table is keyed
by its normalized form (:func:`key`), once, on first use (:func:`lexicon`), so that
text matched in normalized text can be looked up with :func:`match_key`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, NamedTuple

from arnews.dates import months, words, zones
from arnews.normalization import normalize

__all__ = ["Homograph", "Lexicon", "key", "lexicon", "match_key"]

_NO_LETTER_BEFORE: Final = r"(?<![^\W\d_])"
_NO_LETTER_AFTER: Final = r"(?![^\W\d_])"


def key(text: str) -> str:
    """The form of a data entry (or matched text) used for lookups."""
    return " ".join(normalize(text, deobfuscate=False).lower().split())


def match_key(matched: str) -> str:
    """The lookup form of text matched in normalized text (cheaper than :func:`key`)."""
    low = matched.lower()
    return low if "  " not in low and "\n" not in low else " ".join(low.split())


class Homograph(NamedTuple):
    """A month name that normalizes to the letters of a common word (see
    :data:`arnews.dates.months.HAMZA_HOMOGRAPHS`)."""

    month: str
    """The month as written («آب»)."""
    word: str
    """The word it must not be taken for («أب»)."""
    bare: re.Pattern[str]
    """The normalized letters as a whole word («اب»)."""

    def names_month(self, original: str, at: int | None) -> bool:
        """Whether the occurrence at *at* in *original* is the month. Without a
        position, whether *original* writes the month, or its bare letters, anywhere."""
        if at is not None:
            return original[at] != self.word[0]
        return self.month in original or self.bare.search(original) is not None


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


def _homographs() -> dict[str, Homograph]:
    return {
        key(month): Homograph(
            month, word, re.compile(_NO_LETTER_BEFORE + re.escape(key(month)) + _NO_LETTER_AFTER)
        )
        for month, word in months.HAMZA_HOMOGRAPHS.items()
    }


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
