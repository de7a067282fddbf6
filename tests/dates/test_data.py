"""Integrity of the date language data: coverage, NFC, no tatweel, no duplicates."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping

import pytest

from arnews.dates import months, words, zones
from arnews.dates._engine import key

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
    "ago": words.AGO_MARKERS,
    "am_pm": words.AM_PM,
    "labels": words.LABELS,
    "today_before": words.TODAY_BLOCKERS_BEFORE,
    "today_after": words.TODAY_BLOCKERS_AFTER,
    "zone_names": zones.ZONE_NAMES,
    "zone_abbreviations": zones.ZONE_ABBREVIATIONS,
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
