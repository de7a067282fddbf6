"""The calendar helpers of the resolver equal the slower standard forms they replace."""

from __future__ import annotations

from datetime import datetime, timedelta

from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from arnews.dates.grammar import Priority
from arnews.dates.resolve import midnight, shift
from tests.strategies import any_moments, unit_counts


def _same(got: datetime | None, expected: datetime | None) -> bool:
    """Equal, and alike in everything equality ignores (type, zone object, fold)."""
    if got is None or expected is None:
        return got is expected
    return (got, type(got), got.tzinfo, got.fold) == (
        expected,
        type(expected),
        expected.tzinfo,
        expected.fold,
    )


class _Moment(datetime):
    """A caller's own datetime class."""


@given(any_moments)
def test_midnight_is_the_day_replaced_to_zero(moment: datetime) -> None:
    """midnight() equals replace(hour=0, …) for any datetime, zone and fold."""
    expected = moment.replace(hour=0, minute=0, second=0, microsecond=0)
    assert _same(midnight(moment), expected)


@given(any_moments)
def test_midnight_keeps_a_datetime_subclass(moment: datetime) -> None:
    """A datetime subclass keeps its class and fold at midnight, as replace() gives it."""
    mine = _Moment.combine(moment.date(), moment.timetz()).replace(fold=moment.fold)
    expected = mine.replace(hour=0, minute=0, second=0, microsecond=0)
    assert _same(midnight(mine), expected)


def _standard_shift(base: datetime, unit: str, amount: int) -> datetime | None:
    """The move shift() stands for: timedelta or relativedelta, None out of range."""
    try:
        if unit in {"months", "years"}:
            return base + relativedelta(**{unit: amount})  # type: ignore[arg-type]
        return base + timedelta(**{unit: amount})
    except (ValueError, OverflowError):
        return None


@given(
    any_moments,
    st.sampled_from(["seconds", "minutes", "hours", "days", "weeks", "months", "years"]),
    unit_counts,
)
def test_shift_equals_timedelta_and_relativedelta(base: datetime, unit: str, amount: int) -> None:
    """shift() moves like timedelta/relativedelta (month ends cut, fold reset), or gives
    None where they raise."""
    assert _same(shift(base, unit, amount), _standard_shift(base, unit, amount))  # type: ignore[arg-type]


def test_priority_of_every_kind() -> None:
    """Each date kind has the priority of the same name."""
    kinds = ["iso", "numeric", "absolute", "hijri", "relative", "weekday"]
    assert [Priority.of(kind) for kind in kinds] == sorted(Priority)  # type: ignore[arg-type]
