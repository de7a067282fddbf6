"""Accuracy of :func:`arnews.find_quotes` on our annotated sentences (floors we reach)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from tests.quotes.evaluation import HELDOUT, HELDOUT2, load, score


def test_annotated_set_is_large_and_varied() -> None:
    """At least 60 texts, with every kind of quote and with negatives."""
    items = load()
    assert len(items) >= 60
    kinds = Counter(q.kind for item in items for q in item.quotes)
    assert kinds["direct"] >= 10
    assert kinds["indirect"] >= 10
    assert kinds["mixed"] >= 3
    assert sum(1 for item in items if not item.quotes) >= 10
    assert sum(1 for item in items if any(q.cue is None or "\n" in item.text for q in item.quotes))


def test_precision_recall_and_speakers() -> None:
    """Precision, recall and speaker accuracy stay above the floors the docs report."""
    scores = score(load())
    assert scores.precision >= 0.95, scores.errors
    assert scores.recall >= 0.95, scores.errors
    assert scores.strict_precision >= 0.95, scores.errors
    assert scores.speaker_accuracy >= 0.95, scores.errors
    assert scores.kind_accuracy >= 0.95, scores.errors


@pytest.mark.parametrize("path", [HELDOUT, HELDOUT2], ids=["heldout", "heldout2"])
def test_heldout_sets(path: Path) -> None:
    """On sentences written after the rules, the floors are lower but still high."""
    items = load(path)
    assert len(items) >= 30
    scores = score(items)
    assert scores.precision >= 0.95, scores.errors
    assert scores.recall >= 0.9, scores.errors
    assert scores.speaker_accuracy >= 0.9, scores.errors
