"""Locate and load the evaluation corpus (read-only, never copied into the repository)."""

from __future__ import annotations

import csv
import functools
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TypeVar

T = TypeVar("T")

REPO = Path(__file__).resolve().parent.parent


def corpus_root() -> Path:
    """Return ``$ARNEWS_CORPUS`` when set, else ``../shared/corpus`` beside the repository."""
    env = os.environ.get("ARNEWS_CORPUS")
    root = Path(env) if env else REPO.parent / "shared" / "corpus"
    if not (root / "html").is_dir():
        raise SystemExit(f"corpus not found at {root} (set ARNEWS_CORPUS)")
    return root


def package_version(dist: str, missing: str = "-") -> str:
    """The installed version of *dist*, or *missing* when it is not installed."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return missing


def seed_path() -> Path | None:
    """Return the seed article (a plain-text page dump) when it is present."""
    root = corpus_root()
    for folder in (root / "seeds", root.parent / "seeds"):
        found = sorted(folder.glob("*.txt")) if folder.is_dir() else []
        if found:
            return found[0]
    return None


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """One HTML page of the corpus with the URL it was published at."""

    file: str
    url: str
    html: str
    raw: bytes


def _manifest(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def page_encodings(root: Path | None = None) -> dict[str, str]:
    """The charset of every HTML page of ``MANIFEST.tsv`` (``utf-8`` where none is given)."""
    rows = _manifest((root or corpus_root()) / "MANIFEST.tsv")
    return {row["file"]: row.get("encoding") or "utf-8" for row in rows}


def html_pages(root: Path | None = None) -> list[HtmlPage]:
    """Return every HTML page listed in ``MANIFEST.tsv``, in manifest order."""
    root = root or corpus_root()
    pages = []
    for row in _manifest(root / "MANIFEST.tsv"):
        raw = (root / row["file"]).read_bytes()
        encoding = row.get("encoding") or "utf-8"
        pages.append(
            HtmlPage(row["file"], row["original_url"], raw.decode(encoding, "replace"), raw)
        )
    return pages


@dataclass(frozen=True, slots=True)
class TextDump:
    """One plain-text dump of a page (``text/pages/<domain>/<n>.txt``)."""

    file: str
    url: str
    text: str


def text_dumps(root: Path | None = None) -> list[TextDump]:
    """Return the crawler text dumps listed in ``text/pages/MANIFEST.tsv``."""
    root = root or corpus_root()
    manifest = root / "text" / "pages" / "MANIFEST.tsv"
    if not manifest.is_file():
        return []
    base = root / "text" / "pages"
    return [
        TextDump(row["file"], row["url"], (base / row["file"]).read_text(encoding="utf-8"))
        for row in _manifest(manifest)
        if (base / row["file"]).is_file()
    ]


def saudinewsnet(root: Path | None = None) -> list[dict[str, str]]:
    """Return the SaudiNewsNet sample records (title, author, content, url, source)."""
    root = root or corpus_root()
    path = root / "text" / "saudinewsnet_sample_2015-07-21.json"
    if not path.is_file():
        return []
    records: list[dict[str, str]] = json.loads(path.read_text(encoding="utf-8"))
    return records


def with_reference(func: Callable[..., T], reference: datetime) -> Callable[[str], T]:
    """*func* (``arnews.parse_date``, ``find_dates``) bound to *reference* as its
    ``reference_date``."""
    return functools.partial(func, reference_date=reference)
