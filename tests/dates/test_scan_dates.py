"""Tables and properties for :func:`arnews.dates.scan_dates` (our own sentences)."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arnews.dates import find_dates, scan_dates
from tests.strategies import any_text, date_junk, rendered_dates

REF = datetime(2020, 3, 4, 12, 30)  # a Wednesday

ANCHORING = [
    ("أمس", True),
    ("منذ ثلاثة أيام", True),
    ("الأسبوع الماضي", True),
    ("الثلاثاء الماضي", True),
    ("أمس 10:00", True),
    ("5 مارس", True),
    ("3 يناير الجاري", True),
    ("يوم الأربعاء 4 مارس", True),
    ("غرة رمضان", True),
    ("5 مارس 2020", False),
    ("مارس 2020", False),
    ("2020-03-04", False),
    ("12/05/20", False),
    ("10 رجب 1441 هـ", False),
    ("5 مارس 2020 10:00 بتوقيت مكة", False),
]


@pytest.mark.parametrize(("text", "anchored"), ANCHORING)
def test_anchored_means_the_reference_was_used(text: str, anchored: bool) -> None:
    """Relative dates, weekdays and a day and month without a year are anchored; dates
    written out in full are not."""
    (found,) = scan_dates(text, REF)
    assert found.mention.text == text
    assert found.anchored is anchored


def test_mixed_sentence() -> None:
    """Each mention of a sentence carries its own flag."""
    text = "وصل أمس، وغادر في 5 آذار 2020 ثم عاد الثلاثاء الماضي"
    assert [(f.mention.text, f.anchored) for f in scan_dates(text, REF)] == [
        ("أمس", True),
        ("5 آذار 2020", False),
        ("الثلاثاء الماضي", True),
    ]


@given(st.one_of(any_text, date_junk, rendered_dates().map(lambda pair: pair[0])))
def test_mentions_are_those_of_find_dates(text: str) -> None:
    """scan_dates reports exactly the mentions find_dates reports."""
    assert tuple(f.mention for f in scan_dates(text, REF)) == find_dates(text, reference_date=REF)


@given(
    st.one_of(date_junk, rendered_dates().map(lambda pair: pair[0])),
    st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2050, 12, 31)),
)
def test_unanchored_mentions_do_not_depend_on_the_reference(text: str, other: datetime) -> None:
    """A mention that is not anchored is found with the same span and value against any
    other reference."""
    elsewhere = {(m.start, m.end): m.value for m in find_dates(text, reference_date=other)}
    for found in scan_dates(text, REF):
        if not found.anchored:
            assert elsewhere.get((found.mention.start, found.mention.end)) == found.mention.value
