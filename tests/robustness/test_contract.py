"""The numbers of the robustness contract (docs/guide/robustness.md) are the code's.

The guide states limits, bounds and measured figures; each one the code defines is
compared with it here, so that neither changes without the other. (The measured
figures themselves are checked against their bound by test_memory.py and
test_mark_runs.py.) Skipped where docs/ is absent (the wheel build runs tests/ alone).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from arnews.extract import load
from arnews.extract.urls import WEB_SCHEMES
from arnews.normalization.tables import MAX_NON_STARTERS
from tests.robustness import test_memory

GUIDE = Path(__file__).resolve().parents[2] / "docs" / "guide" / "robustness.md"
MIB = 1024 * 1024


@pytest.fixture(scope="module")
def guide() -> str:
    """The Robustness guide, with line breaks as spaces."""
    if not GUIDE.is_file():
        pytest.skip("docs/ is not beside tests/")
    return " ".join(GUIDE.read_text(encoding="utf-8").split())


def test_limits_are_the_code_s(guide: str) -> None:
    """The size limit, the bound on runs of marks, the share of broken UTF-8 and the URL
    schemes the guide states are the constants the code uses."""
    assert f"default {load.DEFAULT_MAX_BYTES // MIB} MiB" in guide
    assert f"more than {MAX_NON_STARTERS} marks" in guide
    assert f"more than {MAX_NON_STARTERS} combining marks" in guide
    assert f"at most {load._MAX_BROKEN_UTF8_RATIO:.0%} of the non-ASCII" in guide
    assert sorted(WEB_SCHEMES) == ["http", "https"]
    assert "absolute `http` or `https` URL" in guide


def test_memory_table_within_the_stated_bound(guide: str) -> None:
    """The guide states the bound the memory test checks, and every figure of its memory
    table is within it."""
    assert f"under {test_memory.MAX_RATIO} times" in guide
    rows = re.findall(r"\| [^|]+ \| (\d+) MB \| ([\d.]+) \| [\d.]+ s \| [\d.]+ s \|", guide)
    assert len(rows) == len(test_memory.SHAPES)
    assert all(float(ratio) <= test_memory.MAX_RATIO for _, ratio in rows)
