"""Scoring of :func:`arnews.find_quotes` against our annotated sentences.

``annotated.json`` is the development set (the rules were tuned on it);
``heldout.json`` and, later, ``heldout2.json`` were written after the rules and
first scored untouched (the docs give those first numbers and the current ones).
Run ``python -m tests.quotes.evaluation`` from the repository root to print the
numbers and every disagreement.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from arnews import Quote, find_quotes

ANNOTATED = Path(__file__).with_name("annotated.json")
HELDOUT = Path(__file__).with_name("heldout.json")
HELDOUT2 = Path(__file__).with_name("heldout2.json")


@dataclass(frozen=True)
class Gold:
    """One expected quote."""

    content: str
    speaker: str | None
    cue: str | None
    kind: str


@dataclass(frozen=True)
class Item:
    """One annotated text and the quotes it holds."""

    id: str
    text: str
    quotes: tuple[Gold, ...]


@dataclass
class Scores:
    """Counts over the whole set; a match is a predicted quote whose content overlaps a gold
    quote's by at least half of the longer of the two (``strict`` counts identical content)."""

    gold: int = 0
    predicted: int = 0
    matched: int = 0
    strict: int = 0
    speaker_right: int = 0
    kind_right: int = 0
    cue_right: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Matched predictions over all predictions."""
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Matched gold quotes over all gold quotes."""
        return self.matched / self.gold if self.gold else 1.0

    @property
    def strict_precision(self) -> float:
        """Predictions with exactly the gold content over all predictions."""
        return self.strict / self.predicted if self.predicted else 1.0

    @property
    def strict_recall(self) -> float:
        """Gold quotes found with exactly their content over all gold quotes."""
        return self.strict / self.gold if self.gold else 1.0

    @property
    def speaker_accuracy(self) -> float:
        """Matched quotes with the right speaker (``None`` included) over matched quotes."""
        return self.speaker_right / self.matched if self.matched else 1.0

    @property
    def kind_accuracy(self) -> float:
        """Matched quotes with the right kind over matched quotes."""
        return self.kind_right / self.matched if self.matched else 1.0


def load(path: Path = ANNOTATED) -> list[Item]:
    """Read an annotated set; every gold content must occur in its text."""
    items = []
    for record in json.loads(path.read_text(encoding="utf-8")):
        golds = tuple(Gold(**quote) for quote in record["quotes"])
        for gold in golds:
            if gold.content not in record["text"]:
                raise ValueError(f"{record['id']}: gold content not in text: {gold.content!r}")
        items.append(Item(record["id"], record["text"], golds))
    return items


def _overlap(a: str, b: str, text: str) -> bool:
    """Whether the spans of *a* and *b* in *text* overlap by half the longer one."""
    start_a, start_b = text.find(a), text.find(b)
    common = min(start_a + len(a), start_b + len(b)) - max(start_a, start_b)
    return common * 2 >= max(len(a), len(b))


def score(items: list[Item]) -> Scores:
    """Compare :func:`find_quotes` with the gold quotes of *items*."""
    scores = Scores()
    for item in items:
        predicted: list[Quote] = find_quotes(item.text)
        scores.gold += len(item.quotes)
        scores.predicted += len(predicted)
        unmatched = list(predicted)
        for gold in item.quotes:
            hit = next((q for q in unmatched if _overlap(q.content, gold.content, item.text)), None)
            if hit is None:
                scores.errors.append(f"{item.id}: missed {gold}")
                continue
            unmatched.remove(hit)
            scores.matched += 1
            scores.strict += hit.content == gold.content
            scores.speaker_right += hit.speaker == gold.speaker
            scores.kind_right += hit.kind == gold.kind
            scores.cue_right += hit.cue == gold.cue
            if (hit.content, hit.speaker, hit.kind, hit.cue) != (
                gold.content,
                gold.speaker,
                gold.kind,
                gold.cue,
            ):
                scores.errors.append(f"{item.id}: got {hit} for {gold}")
        scores.errors.extend(f"{item.id}: spurious {q}" for q in unmatched)
    return scores


def main() -> None:
    """Print the scores and every disagreement, for both sets."""
    for path in (ANNOTATED, HELDOUT, HELDOUT2):
        scores = score(load(path))
        print(f"== {path.name}")
        for error in scores.errors:
            print(error)
        print(
            f"gold={scores.gold} predicted={scores.predicted} matched={scores.matched}\n"
            f"precision={scores.precision:.3f} recall={scores.recall:.3f} "
            f"strict P={scores.strict_precision:.3f} R={scores.strict_recall:.3f}\n"
            f"speaker accuracy={scores.speaker_accuracy:.3f} "
            f"kind accuracy={scores.kind_accuracy:.3f} cue accuracy="
            f"{scores.cue_right / scores.matched if scores.matched else 1.0:.3f}"
        )


if __name__ == "__main__":
    main()
