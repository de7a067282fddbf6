"""Tables and properties for :func:`arnews.dates.read_stamp` (our own stamps)."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import arnews.dates
from arnews.dates import Stamp, find_dates, parse_date, read_stamp
from arnews.dates.grammar import grammar
from tests.strategies import arabic_text, date_junk, rendered_dates

REF = datetime(2020, 3, 4, 12, 30)  # a Wednesday
UTC = timezone.utc
PLUS_3 = timezone(timedelta(hours=3))


def value(stamp: Stamp | None) -> datetime | None:
    """The datetime of a stamp reading, or ``None``."""
    return None if stamp is None else stamp.value


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
        got = value(read_stamp(stamp, reference))
        assert got == expected
        if got is not None and expected is not None:
            assert got.utcoffset() == expected.utcoffset()


def test_iso_precision_says_whether_a_time_was_written() -> None:
    """An ISO date alone states a day; with a time, a minute."""
    assert read_stamp("2024-02-07") == Stamp(datetime(2024, 2, 7), "day")
    assert read_stamp("2024-02-07T00:00") == Stamp(datetime(2024, 2, 7), "minute")


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
    assert value(read_stamp(stamp, REF)) == expected
    assert value(read_stamp(stamp, None)) == expected


RELATIVE_STAMPS = [
    ("منذ ساعتين", datetime(2020, 3, 4, 10, 30)),
    ("أمس", datetime(2020, 3, 3)),
    ("21 يوليو", datetime(2020, 7, 21)),
    ("الاتفاق سيدخل حيز التنفيذ العام المقبل", None),
    ("تاريخ النشر: منذ ساعتين", None),
    ("لا تاريخ هنا", None),
    ("", None),
]


@pytest.mark.parametrize(("stamp", "expected"), RELATIVE_STAMPS)
def test_relative_dates_need_a_reference_and_most_of_the_text(
    stamp: str, expected: datetime | None
) -> None:
    """A stamp with only relative dates (or a day and month without a year) counts with a
    reference and when they cover most of it (not in a headline); without a reference
    it never counts."""
    assert value(read_stamp(stamp, REF)) == expected
    assert read_stamp(stamp, None) is None


@pytest.mark.parametrize("stamp", ["مارس 2020", "العام الماضي", "الأسبوع الماضي", "رمضان 1441 هـ"])
def test_a_stamp_states_a_day(stamp: str) -> None:
    """A month, a year or a week dates no story: such a stamp reads as none."""
    assert read_stamp(stamp, REF) is None


def test_never_reads_the_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without a reference, read_stamp resolves nothing against today (the clock is
    never read), and its answers do not change with the day."""

    def stopped() -> datetime:
        raise AssertionError("the clock was read")

    monkeypatch.setattr(arnews.dates, "_now", stopped)
    assert read_stamp("21 يوليو", None) is None
    assert read_stamp("الأحد 21 يوليو 2019 10:00", None) == Stamp(
        datetime(2019, 7, 21, 10), "minute"
    )


def test_prefix_is_removed_before_the_written_date_only() -> None:
    """*prefix* strips label words before the scan (so a relative stamp can cover the
    rest), but an ISO stamp is read on the whole text."""
    label = re.compile(r"^\s*تاريخ النشر\s*:?\s*")

    def strip(text: str) -> str:
        return label.sub("", text)

    assert value(read_stamp("تاريخ النشر: منذ ساعتين", REF, prefix=strip)) == datetime(
        2020, 3, 4, 10, 30
    )
    assert value(read_stamp("تاريخ النشر: 2024-02-07 10:30 Z", REF, prefix=strip)) == datetime(
        2024, 2, 7, 10, 30
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("5 إب 2020", None),
        ("5 أب 2020", None),
        ("5 آب 2020", datetime(2020, 8, 5)),
        ("5 اب 2020", datetime(2020, 8, 5)),
        ("1 أب 2020 و5 آب 2020", datetime(2020, 8, 5)),
    ],
)
def test_father_is_read_alike_by_every_reader(text: str, expected: datetime | None) -> None:
    """«آب» (August) and «أب»/«إب» (father, the city of Ibb) normalize alike; the letter as
    written decides, the same way for read_stamp, parse_date and find_dates."""
    assert value(read_stamp(text, REF)) == expected
    assert parse_date(text, reference_date=REF) == expected
    assert [m.value for m in find_dates(text, reference_date=REF)] == (
        [] if expected is None else [expected]
    )


def test_rejects_non_strings() -> None:
    """A non-string text raises TypeError, as parse_date does."""
    with pytest.raises(TypeError):
        read_stamp(b"2020-03-04", REF)  # type: ignore[arg-type]


def _two_scans(text: str, reference: datetime) -> datetime | None:
    """The stamp reading that read_stamp replaces: find_dates, then parse_date on the
    mentions that state a day."""
    mentions = [
        m for m in find_dates(text, reference_date=reference) if m.precision in {"day", "minute"}
    ]
    if not mentions:
        return None
    if any(m.kind in {"absolute", "numeric", "iso", "hijri"} for m in mentions):
        if len(mentions) == len(find_dates(text, reference_date=reference)):
            return parse_date(text, reference_date=reference)
        return next(m.value for m in mentions if m.kind in {"absolute", "numeric", "iso"})
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
    assert value(read_stamp(text, REF)) == _two_scans(text, REF)
