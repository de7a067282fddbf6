"""Runs of combining marks cost linear time from every public function (issue #19, item 1).

Python's :func:`unicodedata.normalize` sorts a run of combining marks by insertion: 80,000
marks after one letter took 8.5 s in ``normalize`` and 18.9 s in ``find_quotes``. arnews cuts
every run to Unicode's Stream-Safe bound (30 marks) before composing. The first test counts
what reaches :func:`unicodedata.normalize`; the slow ones measure that doubling the input
at most about doubles the time (a ratio, never a number of seconds).
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable

import pytest

import arnews
from arnews.normalization.tables import MAX_NON_STARTERS
from tests.robustness.hostile import finish

RUNS = {
    "shadda-fatha": "\u0651\u064e",  # out of canonical order: what NFC has to sort
    "hamza-and-accents": "\u0654\u0301\u0316\u064e\u0651",
    "decomposing": "\u0f73\u0344",  # one character, two marks each
    "quranic": "\u06e1\u08f0\u0670\u06d6",
}

ENTRY_POINTS: dict[str, Callable[[str], object]] = {
    "normalize": arnews.normalize,
    "normalize-display": lambda text: arnews.normalize(text, preset="display"),
    "normalize_with_offsets": arnews.normalize_with_offsets,
    "find_quotes": arnews.find_quotes,
    "find_dates": arnews.find_dates,
    "parse_date": arnews.parse_date,
    "parse_html": lambda text: arnews.parse_html(f"<h1>{text}</h1><p>{text}</p>".encode()),
    "parse_text": lambda text: arnews.parse_text(f"عنوان\n\n{text}"),
}


_NORMALIZE = unicodedata.normalize
"""The real function, kept before a test replaces it with a spy."""


def _longest_run(text: str) -> int:
    """The most non-starters in a row in *text*, counted in canonical decomposition."""
    longest = run = 0
    for char in text:
        classes = [unicodedata.combining(c) for c in _NORMALIZE("NFD", char)]
        if all(classes):
            run += len(classes)
        else:  # a starter: the run starts again with the marks it ends with
            run = next(i for i, combining in enumerate(reversed(classes)) if not combining)
        longest = max(longest, run)
    return longest


def _story(unit: str, repeats: int) -> str:
    return f"قال الوزير: «ب{unit * repeats}» في بيان. ب{unit * repeats}"


@pytest.mark.parametrize("unit", RUNS.values(), ids=RUNS)
@pytest.mark.parametrize("name", ENTRY_POINTS)
def test_no_normalization_sees_a_long_run(
    monkeypatch: pytest.MonkeyPatch, name: str, unit: str
) -> None:
    """No call of unicodedata.normalize made by a public function gets more than 30 marks in
    a row, whatever runs the input holds."""
    seen: list[int] = []

    def spy(form: str, text: str) -> str:
        seen.append(_longest_run(text))
        return _NORMALIZE(form, text)  # type: ignore[arg-type]

    text = _story(unit, 400)
    monkeypatch.setattr(unicodedata, "normalize", spy)
    finish(lambda: ENTRY_POINTS[name](text))
    monkeypatch.undo()
    assert seen, "the spy saw no call"
    assert max(seen) <= MAX_NON_STARTERS


def test_longest_run_counts_decompositions() -> None:
    """The spy's measure counts the marks a character decomposes into and those a letter
    ends with (so the test above can fail)."""
    assert _longest_run("ب" + "\u064e" * 31) == 31
    assert _longest_run("أ" + "\u064e" * 30) == 31
    assert _longest_run("\u0f73" * 16) == 32
    assert _longest_run("ب\u064eب\u064e") == 1


SMALL = 500_000
"""Characters of the smaller input of a scaling measure; the larger has twice as many."""
MAX_RATIO = 2.5
"""Twice the input may take at most this many times as long (a quadratic step takes 4×)."""
REPEATS = 5
"""Each size is timed this many times and its fastest run kept (noise only slows a run)."""
ATTEMPTS = 3
"""A ratio above :data:`MAX_RATIO` is measured again up to this many times in all: a
quadratic step fails every attempt, a busy machine rarely two in a row."""


def _fastest(call: Callable[[str], object], text: str) -> float:
    best = float("inf")
    for _ in range(REPEATS):
        start = time.perf_counter()
        finish(lambda: call(text))
        best = min(best, time.perf_counter() - start)
    return best


def _scaling_ratio(call: Callable[[str], object], unit: str) -> float:
    """How much longer *call* takes on twice the marks (the lowest of :data:`ATTEMPTS`)."""
    repeats = SMALL // len(unit)
    small, large = "ب" + unit * repeats, "ب" + unit * (2 * repeats)
    ratios: list[float] = []
    for _ in range(ATTEMPTS):
        ratios.append(_fastest(call, large) / _fastest(call, small))
        if ratios[-1] <= MAX_RATIO:
            break
    return min(ratios)


SCALED: dict[str, Callable[[str], object]] = {
    "normalize": arnews.normalize,
    "find_quotes": arnews.find_quotes,
    "parse_html": lambda text: arnews.parse_html(f"<p>{text}</p>".encode()),
}


@pytest.mark.slow
@pytest.mark.parametrize("unit", list(RUNS.values())[:2], ids=list(RUNS)[:2])
@pytest.mark.parametrize("name", SCALED)
def test_time_linear_in_mark_runs(name: str, unit: str) -> None:
    """normalize, find_quotes and parse_html on 1 MB of combining marks take at most 2.5×
    the time of 500 KB (they took 4× and more before the Stream-Safe bound)."""
    assert _scaling_ratio(SCALED[name], unit) <= MAX_RATIO
