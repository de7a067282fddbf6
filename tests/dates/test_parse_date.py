"""Example tables for :func:`arnews.parse_date`, one family per table (our own strings)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from arnews.dates import parse_date

REF = datetime(2020, 3, 4, 12, 30)  # a Wednesday


def tz(hours: float) -> timezone:
    """A fixed UTC offset of *hours*."""
    return timezone(timedelta(hours=hours))


BYLINES = [
    ("نشر في: 04 مارس 2020 - 03:15 م", datetime(2020, 3, 4, 15, 15)),
    ("الأربعاء، 28 آب/اغسطس 2013", datetime(2013, 8, 28)),
    ("آخر تحديث: 2020/08/24 11:38 م", datetime(2020, 8, 24, 23, 38)),
    ("2020-03-04T10:15:00+03:00", datetime(2020, 3, 4, 10, 15, tzinfo=tz(3))),
    ("تاريخ النشر: الإثنين 09/مارس/2026 - 09:25 م", datetime(2026, 3, 9, 21, 25)),
    ("السبت 20 أغسطس 2016 05:08 ص", datetime(2016, 8, 20, 5, 8)),
    ("23 غشت, 2017 - 10:42:00", datetime(2017, 8, 23, 10, 42)),
    ("الأربعاء , أبريل 24 2024", datetime(2024, 4, 24)),
    ("نُشر بتاريخ ٣ تشرين الثاني ٢٠٢٢", datetime(2022, 11, 3)),
    ("حُدّث 12.05.2021 09:00", datetime(2021, 5, 12, 9)),
]


@pytest.mark.parametrize(("text", "expected"), BYLINES)
def test_bylines(text: str, expected: datetime) -> None:
    """Labelled stamps as bylines print them resolve to the stamped date and time."""
    assert parse_date(text, reference=REF) == expected


NO_DATE = [
    "",
    "   ",
    "لا تاريخ هنا",
    "القرار 2254",
    "قتل 30 جنديا",
    "عام 2011",
    "03:15 م",
    "١٤٥ طفلا",
]


@pytest.mark.parametrize("text", NO_DATE)
def test_no_date_gives_none(text: str) -> None:
    """Text without a date gives None, never a default day."""
    assert parse_date(text, reference=REF) is None
