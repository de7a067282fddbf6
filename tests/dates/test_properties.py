"""Hypothesis properties of the date finder, and its behaviour on adversarial input."""

from __future__ import annotations

from datetime import datetime, time

import pytest
from hijridate import Gregorian
from hypothesis import example, given
from hypothesis import strategies as st

from arnews.dates import find_dates, parse_date
from tests.strategies import (
    any_text,
    arabic_text,
    date_junk,
    digit_strings,
    homograph_junk,
    iso_like,
    period_junk,
    rendered_dates,
)

REF = datetime(2020, 3, 4, 12, 30)


@given(rendered_dates())
def test_rendered_dates_parse_back(pair: tuple[str, datetime]) -> None:
    """A date rendered in any month system, digit set and separator parses back to itself."""
    text, expected = pair
    assert parse_date(text, reference_date=REF) == expected


@given(rendered_dates(), arabic_text, arabic_text)
def test_rendered_dates_are_found_in_running_text(
    pair: tuple[str, datetime], before: str, after: str
) -> None:
    """A rendered date inside surrounding text is found with a span that indexes back.

    The date ends its clause («؛»): after «، » a clock time would belong to it, as in a
    stamp («الأربعاء، 28 آب 2013، 14:00»), and random text can start with one."""
    text, expected = pair
    haystack = f"{before} في {text}؛ {after}"
    mentions = find_dates(haystack, reference_date=REF)
    for mention in mentions:
        assert haystack[mention.start : mention.end] == mention.text
    offset = len(before) + 4  # « في »
    covering = [m for m in mentions if m.start <= offset + len(text) and m.end >= offset]
    assert any(m.value == expected for m in covering), (haystack, mentions)


@given(st.one_of(any_text, date_junk))
def test_spans_index_back(text: str) -> None:
    """Every mention's span indexes back into the input, in order and without overlap."""
    mentions = find_dates(text, reference_date=REF)
    end = 0
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.start >= end
        end = mention.end


@given(st.one_of(any_text, date_junk, st.text()))
def test_never_raises(text: str) -> None:
    """Neither function raises on any string; parse_date gives one of the dates find_dates
    finds (the same reading of «آب»/«أب» too), and None exactly when it finds none."""
    mentions = find_dates(text, reference_date=REF)
    value = parse_date(text, reference_date=REF)
    assert (value is None) == (not mentions)
    assert value is None or value in {m.value for m in mentions}


@given(homograph_junk)
def test_august_and_father_are_read_alike(text: str) -> None:
    """However «آب», «أب», «إب» and «اب» are mixed, parse_date and find_dates read each
    occurrence the same way."""
    mentions = find_dates(text, reference_date=REF)
    value = parse_date(text, reference_date=REF)
    assert (value is None) == (not mentions)
    assert value is None or value in {m.value for m in mentions}


@given(st.one_of(any_text, date_junk, rendered_dates().map(lambda pair: pair[0]), period_junk))
@example("رمضآن1400ه")
def test_values_are_the_start_of_what_they_state(text: str) -> None:
    """A year is its 1 January, a month its 1st (a Hijri month the 1st of that month), a
    week or a day its midnight; only a mention with a clock time has one."""
    for mention in find_dates(text, reference_date=REF):
        value = mention.value
        if mention.precision != "minute":
            assert value.time() == time(), mention
        if mention.precision in {"year", "month"}:
            day = (
                Gregorian(value.year, value.month, value.day).to_hijri().day
                if mention.kind == "hijri"
                else value.day
            )
            assert day == 1, mention
        if mention.precision == "year":
            assert value.month == 1, mention


@given(st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31)))
def test_extreme_references_do_not_raise(reference: datetime) -> None:
    """Relative arithmetic near datetime.min/max gives no mention rather than an error."""
    text = "أمس وغداً ومنذ 999 عاما والأسبوع المقبل والثلاثاء و5 مارس ورمضان 1441 هـ"
    for mention in find_dates(text, reference_date=reference):
        assert text[mention.start : mention.end] == mention.text


ADVERSARIAL = [
    "1/" * 100_000,
    "7" * 2_000_000,
    "1-2-" * 50_000,
    "12:12:" * 50_000,
    "منذ " * 50_000,
    "الثلاثاء " * 30_000,
    "5 مارس/" * 30_000,
    "أمس 5 مارس " * 20_000,  # many relative mentions beside many explicit ones
    "الأحد 5 مارس 2020 منذ يومين " * 10_000,
    "٢٠٢٠-" * 50_000,
    " " * 200_000 + "4 مارس 2020",
]


@pytest.mark.slow
def test_adversarial_inputs_finish() -> None:
    """Long repetitive inputs are scanned without blow-up (patterns are linear-time); the
    speed itself is measured in benchmarks/bench_dates.py, not asserted here."""
    for text in ADVERSARIAL:
        for mention in find_dates(text, reference_date=REF):
            assert text[mention.start : mention.end] == mention.text
    assert parse_date(ADVERSARIAL[-1], reference_date=REF) == datetime(2020, 3, 4)


PLAIN_ALPHABET = "".join(map(chr, range(0x20, 0x7F))) + "ءؤئابةتثجحخدذرزسشصضطظعغفقكلمنهوي،؛؟«»"


@given(st.one_of(iso_like, date_junk, digit_strings))
def test_whole_iso_stamp_shortcut_is_exact(text: str) -> None:
    """parse_date's shortcut for a text that is one ISO 8601 stamp gives what a scan gives."""
    from arnews.dates.readers import best

    assert best(text, REF) == best(text, REF, shortcut=False)


MAPPED_LETTERS = "آأإى"
"""The letters the second shortcut replaces itself (alef with madda or hamza, alef maqsura)."""


@given(
    st.one_of(
        any_text,
        st.text(PLAIN_ALPHABET, max_size=80),
        st.text(PLAIN_ALPHABET + MAPPED_LETTERS * 8, max_size=80),
    )
)
def test_normalization_shortcut_is_exact(text: str) -> None:
    """The shortcuts parse_date takes for plain text, and for plain text with «آ», «أ», «إ»
    or «ى», give exactly what normalize gives."""
    from arnews.dates.scan import normalized
    from arnews.normalization import normalize

    assert normalized(text) == normalize(text, deobfuscate=False)


@given(
    st.integers(3, 999),
    st.sampled_from(["0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"]),
    st.sampled_from([("أيام", "days"), ("ساعات", "hours"), ("دقيقة", "minutes")]),
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
)
def test_ago_counts_back_from_the_reference(
    n: int, digits: str, unit: tuple[str, str], reference: datetime
) -> None:
    """«منذ N <unit>» in any digit set is the reference minus N units (days at midnight)."""
    from datetime import timedelta

    word, name = unit
    number = str(n).translate(str.maketrans("0123456789", digits))
    got = parse_date(f"منذ {number} {word}", reference_date=reference)
    step = timedelta(**{name: n})
    if name == "days":
        expected = reference.replace(hour=0, minute=0, second=0, microsecond=0) - step
    else:
        expected = reference.replace(microsecond=0) - step
    assert got == expected
