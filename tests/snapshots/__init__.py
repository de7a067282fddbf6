"""Golden snapshots: the whole ``Article.to_dict()`` of every fixture and corpus page.

Each input the project can parse (our own site and extraction fixtures, the bundled
demo page, and every real page of the shared corpus) has a JSON file under
``tests/snapshots/`` holding the article it gives. The test compares the file whole,
so any change of behaviour, wanted or not, shows up as a diff to review. After a
wanted change, regenerate and commit the diff with the change::

    python -m tests.snapshots --update      # rewrite every snapshot
    python -m tests.snapshots               # list the inputs whose article changed

Corpus pages were written by their outlets, not by us, and must not be copied into
the repository: in their snapshots every string longer than twelve words is
replaced by a digest line («⟨N words sha1:…⟩ first words … last words»), so a
changed paragraph still shows up (its digest changes) without the paragraph itself
being stored.
"""

from __future__ import annotations

import csv
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Final

import arnews
from arnews.model import JSONValue
from tests.conftest import REPO, corpus_dir

__all__ = ["SNAPSHOTS", "Input", "inputs", "render", "snapshot"]

SNAPSHOTS: Final = Path(__file__).resolve().parent
MAX_QUOTED_WORDS: Final = 12
"""Corpus strings up to this many words are kept verbatim (a title, a short snippet)."""
_HEAD_WORDS: Final = 5
_TAIL_WORDS: Final = 3


@dataclass(frozen=True, slots=True)
class Input:
    """One page to snapshot."""

    name: str
    """The snapshot's path under :data:`SNAPSHOTS`, without ``.json``."""
    path: Path
    url: str | None
    text: bool
    """Whether it is a text dump (``parse_text``) rather than HTML (``parse_html``)."""
    redact: bool
    """Whether long strings are replaced by digests (pages we did not write)."""

    def parse(self) -> arnews.Article:
        """The article this input gives today."""
        if self.text:
            return arnews.parse_text(self.path.read_text(encoding="utf-8"), self.url)
        return arnews.parse_html(self.path.read_bytes(), self.url)

    @property
    def file(self) -> Path:
        """The snapshot file."""
        return SNAPSHOTS / f"{self.name}.json"


def _own_inputs() -> Iterator[Input]:
    from tests.sites.cases import CASES

    for case in CASES:
        yield Input(
            f"fixtures/sites/{case.fixture.stem}",
            case.fixture,
            case.url,
            text=case.layout is None,
            redact=False,
        )
    for path in sorted((REPO / "tests" / "extract" / "fixtures").iterdir()):
        yield Input(
            f"fixtures/extract/{path.stem}",
            path,
            None,
            text=path.suffix == ".txt",
            redact=False,
        )
    demo = Path(str(files("arnews.data") / "demo.html"))
    yield Input("fixtures/demo", demo, "https://example.com/demo", text=False, redact=False)


def _manifest(path: Path) -> dict[str, str]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {row["file"]: row.get("url") or row.get("original_url") or "" for row in rows}


def _corpus_inputs(corpus: Path) -> Iterator[Input]:
    html = _manifest(corpus / "MANIFEST.tsv")
    for file, url in sorted(html.items()):
        if file.startswith("html/"):
            yield Input(f"corpus/{file}", corpus / file, url or None, text=False, redact=True)
    for folder in ("pages", "dev"):
        root = corpus / "text" / folder
        for file, url in sorted(_manifest(root / "MANIFEST.tsv").items()):
            yield Input(
                f"corpus/text/{folder}/{file.removeprefix('pages/')}",
                root / file,
                url or None,
                text=True,
                redact=True,
            )


def inputs(*, corpus: bool = True) -> list[Input]:
    """Every input: our fixtures, then the corpus pages when the corpus is present."""
    found = list(_own_inputs())
    root = corpus_dir()
    if corpus and root.is_dir():
        found.extend(_corpus_inputs(root))
    return found


def _digest(text: str) -> str:
    words = text.split()
    if len(words) <= MAX_QUOTED_WORDS:
        return text
    sha = hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]
    head = " ".join(words[:_HEAD_WORDS])
    tail = " ".join(words[-_TAIL_WORDS:])
    return f"⟨{len(words)} words sha1:{sha}⟩ {head} … {tail}"


def _redacted(value: JSONValue) -> JSONValue:
    if isinstance(value, str):
        return _digest(value)
    if isinstance(value, list):
        return [_redacted(item) for item in value]
    if isinstance(value, dict):
        return {key: _redacted(item) for key, item in value.items()}
    return value


def snapshot(item: Input) -> JSONValue:
    """The snapshot value of *item*: its article's ``to_dict()``, redacted for the corpus."""
    data: JSONValue = item.parse().to_dict()
    return _redacted(data) if item.redact else data


def render(value: JSONValue) -> str:
    """The file text of a snapshot (stable key order, Arabic readable, one final newline)."""
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
