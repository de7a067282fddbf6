"""Tables and properties for :func:`arnews.dates.read_stamp` (our own stamps)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from arnews.dates import find_dates, parse_date, read_stamp
from arnews.dates.grammar import grammar
from tests.strategies import arabic_text, date_junk, rendered_dates

REF = datetime(2020, 3, 4, 12, 30)  # a Wednesday
UTC = timezone.utc
PLUS_3 = timezone(timedelta(hours=3))

ISO_STAMPS = [
    ("2024-02-07T10:30:00Z", datetime(2024, 2, 7, 10, 30, tzinfo=UTC)),
    ("2024-02-07 10:30:00 +0300", datetime(2024, 2, 7, 10, 30, tzinfo=PLUS_3)),
    ("2024-02-07T10:30:00.5+03:00", datetime(2024, 2, 7, 10, 30, 0, 500000, tzinfo=PLUS_3)),
    ("2024-02-07T10:30 Z", datetime(2024, 2, 7, 10, 30, tzinfo=UTC)),
    ("  2024-02-07  ", datetime(2024, 2, 7)),
    ("2024-02-07t10:30z", datetime(2024, 2, 7, 10, 30, tzinfo=UTC)),
    ("2024-02-07T10:30:00,25", datetime(2024, 2, 7, 10, 30, 0, 250000)),
    ("٢٠٢٤-٠٢-٠٧", datetime(2024, 2, 7)),
    ("2024-02-30", None),
    ("2024-02-07T24:00", None),
]


@pytest.mark.parametrize(("stamp", "expected"), ISO_STAMPS)
def test_iso_stamps(stamp: str, expected: datetime | None) -> None:
    """ISO 8601 stamps in their web variants (space before the zone, ``+0300``) are read
    with their zone, with or without a reference; impossible ones give ``None``."""
    for reference in (REF, None):
        got = read_stamp(stamp, reference)
        assert got == expected
        if got is not None and expected is not None:
            assert got.utcoffset() == expected.utcoffset()


WRITTEN_STAMPS = [
    ("تم نشره الجمعة 24 نيسان 2020", datetime(2020, 4, 24)),
    ("نشر في: 04 مارس 2020 - 03:15 م", datetime(2020, 3, 4, 15, 15)),
    ("آخر تحديث: 5 مارس 2020 نشر في: 4 مارس 2020", datetime(2020, 3, 4)),
    ("10 رجب 1441 هـ", datetime(2020, 3, 5)),
    ("1441/07/10 هـ", datetime(2020, 3, 5)),
    ("منذ ساعتين - 4 مارس 2020", datetime(2020, 3, 4)),
    ("Wed, 04 Mar 2020 10:15:00 +0300", datetime(2020, 3, 4, 10, 15, tzinfo=PLUS_3)),
]


@pytest.mark.parametrize(("stamp", "expected"), WRITTEN_STAMPS)
def test_written_dates_win_with_or_without_reference(stamp: str, expected: datetime) -> None:
    """A written date anywhere in a stamp is the date parse_date picks, even next to a
    relative one and without a reference."""
    assert read_stamp(stamp, REF) == expected
    assert read_stamp(stamp, None) == expected


RELATIVE_STAMPS = [
    ("منذ ساعتين", datetime(2020, 3, 4, 10, 30)),
    ("أمس", datetime(2020, 3, 3)),
    ("الاتفاق سيدخل حيز التنفيذ العام المقبل", None),
    ("تاريخ النشر: منذ ساعتين", None),
    ("لا تاريخ هنا", None),
    ("", None),
]


@pytest.mark.parametrize(("stamp", "expected"), RELATIVE_STAMPS)
def test_relative_dates_need_a_reference_and_most_of_the_text(
    stamp: str, expected: datetime | None
) -> None:
    """A stamp with only relative dates counts with a reference and when they cover most
    of it (not in a headline); without a reference it never counts."""
    assert read_stamp(stamp, REF) == expected
    assert read_stamp(stamp, None) is None


def test_prefix_is_removed_before_the_written_date_only() -> None:
    """*prefix* strips label words before the scan (so a relative stamp can cover the
    rest), but an ISO stamp is read on the whole text."""
    label = re.compile(r"^\s*تاريخ النشر\s*:?\s*")

    def strip(text: str) -> str:
        return label.sub("", text)

    assert read_stamp("تاريخ النشر: منذ ساعتين", REF, prefix=strip) == datetime(2020, 3, 4, 10, 30)
    assert read_stamp("تاريخ النشر: 2024-02-07 10:30 Z", REF, prefix=strip) == datetime(
        2024, 2, 7, 10, 30
    )


def test_father_is_read_as_parse_date_reads_it() -> None:
    """Where find_dates and parse_date disagree on «آب»/«أب», the stamp is what parse_date
    says."""
    for text in ("5 إب 2020", "1 أب 2020 و5 آب 2020"):
        assert read_stamp(text, REF) == parse_date(text, reference=REF)


def test_rejects_non_strings() -> None:
    """A non-string text raises TypeError, as parse_date does."""
    with pytest.raises(TypeError):
        read_stamp(b"2020-03-04", REF)  # type: ignore[arg-type]


def _two_scans(text: str, reference: datetime) -> datetime | None:
    """The stamp reading that read_stamp replaces: find_dates, then parse_date."""
    mentions = find_dates(text, reference=reference)
    if not mentions:
        return None
    if any(m.kind in {"absolute", "numeric", "iso", "hijri"} for m in mentions):
        return parse_date(text, reference=reference)
    if sum(m.end - m.start for m in mentions) < 0.6 * len(text):
        return None
    return mentions[0].value


@given(
    st.one_of(
        rendered_dates().map(lambda pair: pair[0]),
        date_junk,
        st.tuples(rendered_dates(), arabic_text).map(lambda t: f"{t[1]} {t[0][0]}"),
    )
)
def test_one_scan_agrees_with_two(text: str) -> None:
    """Outside whole-text ISO stamps, one scan gives what find_dates + parse_date gave."""
    assume(grammar().stamp_iso.fullmatch(text) is None)
    assert read_stamp(text, REF) == _two_scans(text, REF)
