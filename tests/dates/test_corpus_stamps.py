"""Publication stamps of the real text dumps (skipped without the corpus).

The dev set is a validation split: these tests measure that every stamp it labels
parses, they hold no rule of their own.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from arnews.dates import find_dates, parse_date

LATER = datetime(2040, 1, 1)
"""A reference far from every page: only dates written out in full may match."""


def _labels(corpus: Path, folder: str) -> list[dict[str, str]]:
    path = corpus / "text" / folder / "annotations.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [row for row in rows if row.get("published")]


def _shown(value: datetime | None, label: str) -> str | None:
    """*value* as the annotation writes it: the day, and the minute when it has a time."""
    if value is None:
        return None
    return value.strftime("%Y-%m-%dT%H:%M" if "T" in label else "%Y-%m-%d")


@pytest.mark.corpus
def test_every_dev_stamp_parses(corpus: Path) -> None:
    """Every ``published_text`` of the dev set parses with parse_date to its annotated
    date, and time when one is annotated."""
    labels = [row for row in _labels(corpus, "dev") if row.get("published_text")]
    assert len(labels) >= 20
    wrong = {
        row["published_text"]: (_shown(parse_date(row["published_text"]), row["published"]))
        for row in labels
        if _shown(parse_date(row["published_text"]), row["published"]) != row["published"]
    }
    assert wrong == {}


@pytest.mark.corpus
def test_every_seen_publication_date_is_found(corpus: Path) -> None:
    """In every dump of the seen set with a publication date (its annotations give no
    stamp text), find_dates finds that date written out, to the minute when annotated."""
    labels = _labels(corpus, "pages")
    assert len(labels) >= 20
    missed = []
    for row in labels:
        text = (corpus / "text" / "pages" / row["file"]).read_text(encoding="utf-8")
        written = (
            m
            for m in find_dates(text, reference_date=LATER)
            if m.kind not in {"relative", "weekday"}
        )
        if all(_shown(m.value, row["published"]) != row["published"] for m in written):
            missed.append(row["file"])
    assert missed == []
