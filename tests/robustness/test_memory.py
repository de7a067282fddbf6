"""Peak memory per page stays within the documented bound (issue #19, item 6).

A 51.6 MB page used to peak at 2.5 GB and a 20 MB text node at 1.77 GB (48× and 88× the
input). Each shape of :mod:`tests.robustness.memory` is parsed in a fresh process and the
growth of its peak resident set is compared with the input's size; the Robustness guide
lists the figures at 10 MB.
"""

from __future__ import annotations

import sys

import pytest

from tests.robustness.memory import SHAPES, measured

MAX_RATIO = 20
"""The documented bound: peak memory of one parse at most 20× the input's bytes."""
MEGABYTES = 2
"""Input size of the test (the ratio is flat from 2 MB to 40 MB; the guide gives 10 MB)."""

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc (Linux)"),
]


@pytest.mark.parametrize("shape", [s for s in SHAPES if s != "html-script"])
def test_peak_memory_within_bound(shape: str) -> None:
    """Parsing a dense page or dump (a quote and two dates every sentence, many paragraphs,
    one huge text node, thousands of links) grows the peak memory by at most 20× the
    input."""
    result = measured(shape, MEGABYTES)
    assert result["paragraphs"] > 0
    assert result["ratio"] <= MAX_RATIO, result


def test_measure_sees_the_parse() -> None:
    """The measure is not blind: the page it parses costs memory (at least the input
    itself), so a leak or a copy would show."""
    result = measured("html-script", MEGABYTES)
    assert result["growth"] >= result["bytes"]
