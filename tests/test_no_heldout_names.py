"""No name of a held-out (dev) outlet in the library's code, data or docstrings.

``text/dev/`` of the corpus is the validation split: its outlets must be ones the library
has never been told about. This test reads the dev set's manifest and labels at run time
(so the names are never written into the repository) and looks for each outlet's web
address stem and each name credited on its pages (the ``source`` and ``authors`` labels)
in every file under ``src/arnews``. A credited name is left out of the check when the seen
corpus uses it too (it is then not known from the dev set alone: «وكالات», a country's
agency) or when it is a news agency the library lists in
:data:`arnews.extract.phrases.AGENCIES` (an agency's wire is credited by many outlets,
whether or not its own site is in the dev set).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from arnews import normalize
from arnews.extract.phrases import AGENCIES

SRC = Path(__file__).resolve().parent.parent / "src" / "arnews"
_CLITICS = "[وفبل]?"
"""One conjunction or preposition letter a name may be written joined to («وصدى …»)."""


def _dev_dir(corpus: Path) -> Path:
    dev = corpus / "text" / "dev"
    if not (dev / "annotations.jsonl").is_file():
        pytest.skip(f"dev set not found at {dev}")
    return dev


def _stems(dev: Path) -> set[str]:
    """The first label of each dev outlet's domain («example» of example.com), and the
    same without its hyphens."""
    with (dev / "MANIFEST.tsv").open(encoding="utf-8") as manifest:
        domains = {row["domain"] for row in csv.DictReader(manifest, delimiter="\t")}
    stems = {domain.split(".")[0].lower() for domain in domains}
    return stems | {stem.replace("-", "") for stem in stems}


def _credited(dev: Path) -> set[str]:
    """Every source and author the dev labels give, normalized."""
    names: set[str] = set()
    for line in (dev / "annotations.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        for name in [label["source"], *label["authors"]]:
            if name:
                names.add(normalize(name))
    return names


def _seen_texts(corpus: Path) -> Iterator[str]:
    """The seen corpus (dumps, their labels, HTML pages, other sets), normalized."""
    text = corpus / "text"
    for path in [*text.glob("pages/*/*.txt"), *text.glob("*.json"), *text.glob("*.tsv")]:
        yield normalize(path.read_text(encoding="utf-8", errors="replace"))
    yield normalize((text / "pages" / "annotations.jsonl").read_text(encoding="utf-8"))
    for path in corpus.glob("html/*/*.html"):
        yield normalize(path.read_bytes().decode("utf-8", errors="replace"))


def _arabic_name(name: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![^\W\d_]){_CLITICS}{re.escape(name)}(?![^\W\d_])")


def _dev_only(names: Iterable[str], corpus: Path) -> set[str]:
    """The *names* that neither the seen corpus nor the agency table knows (a name that is
    an agency's, or part of an agency's full name, is the agency's)."""
    agencies = [normalize(agency) for agency in AGENCIES]
    left = {name for name in names if not any(_arabic_name(name).search(a) for a in agencies)}
    for text in _seen_texts(corpus):
        left = {name for name in left if not _arabic_name(name).search(text)}
    return left


def _stem_pattern(stems: set[str]) -> re.Pattern[str]:
    """Any of *stems* as a word of its own in lowercased text («example» in «example.com»)."""
    alternatives = "|".join(map(re.escape, sorted(stems, key=len, reverse=True)))
    return re.compile(rf"(?<![a-z0-9])({alternatives})(?![a-z0-9])")


def _hits(line: str, stems: re.Pattern[str], names: list[tuple[str, re.Pattern[str]]]) -> list[str]:
    """The dev stems and names on one *line*."""
    folded = normalize(line)
    found = [m.group(1) for m in stems.finditer(line.lower())]
    return found + [name for name, pattern in names if pattern.search(folded)]


def _found(stems: set[str], names: set[str]) -> list[str]:
    """``file:line: name`` for every dev stem or name in a file under ``src/arnews``."""
    stem_re = _stem_pattern(stems)
    name_res = [(name, _arabic_name(name)) for name in sorted(names)]
    out = []
    for path in sorted(SRC.rglob("*")):
        if not path.is_file() or path.suffix not in {".py", ".html", ".json", ".txt", ".md"}:
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, 1):
            where = f"{path.relative_to(SRC.parent)}:{number}"
            out += [f"{where}: {hit}" for hit in _hits(line, stem_re, name_res)]
    return out


def test_no_dev_outlet_is_named_in_the_library(corpus: Path) -> None:
    """No dev outlet's web address stem or credited name appears anywhere in ``src/``."""
    dev = _dev_dir(corpus)
    stems, names = _stems(dev), _dev_only(_credited(dev), corpus)
    assert _found(stems, names) == []


def test_the_check_reads_the_dev_set_and_would_see_a_name(corpus: Path) -> None:
    """The check is not empty: it reads every dev outlet and finds a planted stem and name."""
    dev = _dev_dir(corpus)
    stems, names = _stems(dev), _dev_only(_credited(dev), corpus)
    assert len(stems) >= len(list((dev / "pages").iterdir()))
    assert names
    stem, name = sorted(stems)[0], sorted(names)[0]
    planted = f"x = 'https://www.{stem}.com/1'  # «و{name}»"
    named = [(name, _arabic_name(name))]
    assert _hits(planted, _stem_pattern(stems), named) == [stem, name]
