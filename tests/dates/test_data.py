"""Integrity of the date language data: coverage, NFC, no tatweel, no duplicates."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping

import pytest

from arnews.dates import months, words, zones
from arnews.dates.lexicon import key

MONTH_TABLES = {**months.GREGORIAN_SYSTEMS, "hijri": months.HIJRI}
ALL_TABLES: dict[str, Iterable[str]] = {
    **MONTH_TABLES,
    "weekdays": words.WEEKDAYS,
    "ordinal_days": words.ORDINAL_DAYS,
    "day_offsets": words.DAY_OFFSETS,
    "units": words.UNITS,
    "plural_units": words.PLURAL_UNITS,
    "number_words": words.NUMBER_WORDS,
    "periods": words.PERIOD_OFFSETS,
    "past": words.PAST_MARKERS,
    "future": words.FUTURE_MARKERS,
    "this": words.THIS_MARKERS,
    "period_demonstratives": words.PERIOD_DEMONSTRATIVES,
    "number_articles": words.NUMBER_ARTICLES,
    "ago": words.AGO_MARKERS,
    "am_pm": words.AM_PM,
    "labels": words.LABELS,
    "today_before": words.TODAY_BLOCKERS_BEFORE,
    "today_after": words.TODAY_BLOCKERS_AFTER,
    "weekday_introducers": words.WEEKDAY_INTRODUCERS,
    "equivalence_markers": words.EQUIVALENCE_MARKERS,
    "equivalence_clitics": words.EQUIVALENCE_CLITICS,
    "month_words": words.MONTH_WORDS,
    "of_words": words.OF_WORDS,
    "year_words": words.YEAR_WORDS,
    "first_of_month": words.FIRST_OF_MONTH,
    "ordinal_suffixes": words.ORDINAL_SUFFIXES,
    "gregorian_era": words.GREGORIAN_ERA,
    "hijri_era": words.HIJRI_ERA,
    "approximators": words.APPROXIMATORS,
    "count_continuations": words.COUNT_CONTINUATIONS,
    "conjunctions": words.CONJUNCTIONS,
    "clock_prepositions": words.CLOCK_PREPOSITIONS,
    "exactly": words.EXACTLY,
    "hour_words": words.HOUR_WORDS,
    "date_time_links": words.DATE_TIME_LINKS,
    "homograph_months": months.HAMZA_HOMOGRAPHS,
    "homograph_words": months.HAMZA_HOMOGRAPHS.values(),
    "zone_names": zones.ZONE_NAMES,
    "zone_abbreviations": zones.ZONE_ABBREVIATIONS,
    "zone_introducers": zones.ZONE_INTRODUCERS,
    "local_time": zones.LOCAL_TIME,
}


@pytest.mark.parametrize("name", sorted(MONTH_TABLES))
def test_month_tables_cover_twelve_months(name: str) -> None:
    """Every month table names each of the twelve months, and nothing else."""
    assert set(MONTH_TABLES[name].values()) == set(range(1, 13))


def test_weekdays_cover_the_week() -> None:
    """The weekday table names all seven days."""
    assert set(words.WEEKDAYS.values()) == set(range(7))


def test_ordinal_days_cover_the_month() -> None:
    """Ordinal day words cover 1–31."""
    assert set(words.ORDINAL_DAYS.values()) == set(range(1, 32))


@pytest.mark.parametrize("name", sorted(ALL_TABLES))
def test_entries_are_clean(name: str) -> None:
    """Entries are NFC, without tatweel or diacritics, and are already trimmed."""
    for entry in ALL_TABLES[name]:
        assert unicodedata.is_normalized("NFC", entry), entry
        assert "\u0640" not in entry, entry
        assert not any(unicodedata.category(c) == "Mn" for c in entry), entry
        assert entry == " ".join(entry.split()), entry


@pytest.mark.parametrize("name", sorted(ALL_TABLES))
def test_no_duplicates_after_normalization(name: str) -> None:
    """No two entries of a table are the same word once normalized."""
    entries = list(ALL_TABLES[name])
    keys = [key(entry) for entry in entries]
    assert len(set(keys)) == len(keys), sorted(k for k in keys if keys.count(k) > 1)


def test_shared_gregorian_spellings_agree() -> None:
    """A spelling used by two naming systems («مارس», «أكتوبر») names the same month."""
    seen: dict[str, int] = {}
    for table in months.GREGORIAN_SYSTEMS.values():
        for name, month in table.items():
            assert seen.setdefault(key(name), month) == month, name


def test_hijri_and_gregorian_names_do_not_collide() -> None:
    """No Hijri month name is also a Gregorian one."""
    gregorian = {key(n) for t in months.GREGORIAN_SYSTEMS.values() for n in t}
    assert gregorian.isdisjoint(key(n) for n in months.HIJRI)


def test_zone_offsets_are_real() -> None:
    """Zone offsets are whole quarter hours within ±14 h."""
    offsets: Mapping[str, int] = {**zones.ZONE_NAMES, **zones.ZONE_ABBREVIATIONS}
    for name, minutes in offsets.items():
        assert -14 * 60 <= minutes <= 14 * 60, name
        assert minutes % 15 == 0, name


def test_past_and_future_markers_are_disjoint() -> None:
    """A marker cannot put a date both in the past and in the future."""
    assert words.PAST_MARKERS.isdisjoint(words.FUTURE_MARKERS)
    assert words.PAST_MARKERS.isdisjoint(words.THIS_MARKERS)


@pytest.mark.parametrize(
    "table", [words.CONJUNCTIONS, words.EQUIVALENCE_CLITICS, words.COUNT_CONTINUATIONS]
)
def test_glued_letters_are_single_letters(table: frozenset[str]) -> None:
    """Tables of letters glued to the next word hold single letters (they become
    character classes)."""
    assert all(len(key(entry)) == 1 for entry in table)


def test_homographs_share_letters_but_not_the_first_one() -> None:
    """A homograph month and its word normalize alike but differ in their first letter,
    which is what tells them apart in the original text."""
    for month, word in months.HAMZA_HOMOGRAPHS.items():
        assert key(month) == key(word)
        assert month[0] != word[0]


def test_plural_units_are_units() -> None:
    """Every plural unit is a unit word, with a multiplier of one."""
    for plural in words.PLURAL_UNITS:
        assert words.UNITS[plural][1] == 1


def test_today_is_a_day_offset() -> None:
    """The relative-day table has a word for today (offset 0), which the engine treats
    apart (outlet names such as «روسيا اليوم» are not today)."""
    assert 0 in words.DAY_OFFSETS.values()
