"""What a correct extraction of each page contains: one JSON file per page.

The tests (``tests/sites/test_corpus.py`` for the site extractors,
``tests/extract/test_corpus.py`` for the generic engine) and the benchmarks
(``benchmarks/accuracy.py``, every library) read the same files, so a real page's
truth is written once. The files mirror the corpus: the expectations of
``<corpus>/html/youm7.com/youm7_4943459.html`` are in
``tests/expected/html/youm7.com/youm7_4943459.json``, those of the text dump
``<corpus>/text/pages/alsaa.net/2.txt`` in ``tests/expected/text/pages/alsaa.net/2.json``;
the seed article (``seeds/`` beside the corpus) is in ``tests/expected/seeds/``.
The golden fixtures we wrote for each site layout (``tests/sites/fixtures/``) have
theirs in ``tests/expected/fixtures/sites/``, beside the path of their snapshot in
``tests/snapshots/``: the expectation says what a human holds must be true, the
snapshot records everything the engine gives.

Every value was read off the page by hand. Body expectations are snippets of at
most twelve words, never paragraphs. The keys of a page file (all optional but
``title`` and ``published``):

``url``
    The URL a fixture is parsed with (``null``: none; corpus pages take theirs from
    the corpus manifests).
``title``
    The headline as the page prints it (headline element, else ``og:title``), without
    the outlet's name; ``null`` when the page shows none (a dump that starts mid-story).
``published``
    The publication days the page shows (``YYYY-MM-DD``), the printed one first; a
    later one is the same instant's day in UTC where the metadata gives it so. ``[]``
    when the page shows none (a date in the URL or a crawler line does not count).
``subtitle``
    The standfirst printed under the headline; absent: not checked.
``authors``
    The people credited with writing the story, without «كتب»/«حوار:» and without the
    place after a dash. Outlets and agencies are not authors: ``[]`` means the page
    credits no person. Absent: not labelled (the text dumps).
``site``, ``source``, ``paragraphs``
    The outlet named by the page, the agency credited, the number of story paragraphs;
    absent: not labelled.
``must_have`` / ``must_not``
    Snippets of the story body (start, middle, end) and of boilerplate printed on the
    same page. The benchmarks score these; on an HTML page every ``must_have`` lies
    inside ``body_xpath`` and no ``must_not`` does (``python -m benchmarks check``).
``extra_must_have`` / ``extra_must_not``
    Further snippets the tests check and the benchmarks do not score: pins of a
    particular fix (a byline left in the body, a related heading, a masthead line)
    rather than a sample of the page. They are kept out of the score so that the
    benchmark figures stay comparable between releases.
``gone``
    A fixture's related-articles block (its heading and a headline), which must not
    reach the body; every fixture has one.
``related``
    Headlines of the outlet's related-articles block, expected as ``Article.related``.
``tags``, ``image``
    The outlet's tag list in order, and the file name of the article's main image
    (expected first in ``Article.images``); absent: not checked.
``body_xpath``
    The elements holding exactly the story body of an HTML page; their words, read from
    the corpus at run time, are the reference of the benchmarks' bag-of-words score.
``gaps``
    ``{field: why}``: fields the engine does not get right yet, site extractor and
    generic engine alike; their test is a strict xfail, so it turns red once fixed.
``generic``
    Where the generic engine (``sites=()``), which knows no site, is knowingly weaker
    than the site extractor, as a named allowance: ``published`` (further days it may
    give), ``leaks`` (``must_not`` snippets it lets through), ``misses`` (fields it does
    not get on this page) and ``why``. The benchmarks score every library as such a
    reader, so they accept the allowed days too.
``notes``
    Why a choice was made, where it is not obvious.

This module needs the standard library only: the benchmarks run it in an
environment without pytest.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Final

__all__ = [
    "EXPECTED",
    "FIELDS",
    "Allowance",
    "Expected",
    "html_pages",
    "load",
    "parse",
    "saudinewsnet_authors",
    "seed",
    "text_dumps",
]

EXPECTED: Final = Path(__file__).resolve().parent
"""The folder of the expectation files."""

FIELDS: Final = frozenset(
    {"title", "subtitle", "published", "authors", "source", "related", "tags", "image"}
)
"""The fields checked one by one; a ``gaps`` or a generic ``misses`` entry names one."""

_KEYS: Final = frozenset(
    {
        "url",
        "title",
        "subtitle",
        "published",
        "authors",
        "site",
        "source",
        "paragraphs",
        "must_have",
        "must_not",
        "extra_must_have",
        "extra_must_not",
        "gone",
        "related",
        "tags",
        "image",
        "body_xpath",
        "gaps",
        "generic",
        "notes",
    }
)
_ALLOWANCE_KEYS: Final = frozenset({"published", "leaks", "misses", "why"})


@dataclass(frozen=True, slots=True, kw_only=True)
class Allowance:
    """Where the generic engine is knowingly weaker than the site extractor on one page."""

    why: str
    """What the generic engine cannot know here, and what it does instead."""
    published: tuple[date, ...] = ()
    """Further publication days it may give (a stamp the site extractor knows to skip)."""
    leaks: tuple[str, ...] = ()
    """Boilerplate snippets (from ``must_not`` / ``extra_must_not``) it lets through."""
    misses: frozenset[str] = frozenset()
    """Fields (of :data:`FIELDS`) it does not get on this page; they are not checked."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Expected:
    """The expected extraction of one page (see the module docstring for each key)."""

    file: str
    """The page's path relative to the corpus root (``seeds/…`` for the seed,
    ``fixtures/sites/…`` for a site fixture)."""
    title: str | None
    published: tuple[date, ...]
    url: str | None = None
    subtitle: str | None = None
    authors: tuple[str, ...] | None = None
    site: str | None = None
    source: str | None = None
    paragraphs: int | None = None
    must_have: tuple[str, ...] = ()
    must_not: tuple[str, ...] = ()
    extra_must_have: tuple[str, ...] = ()
    extra_must_not: tuple[str, ...] = ()
    gone: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    image: str = ""
    body_xpath: str = ""
    gaps: Mapping[str, str] = field(default_factory=dict)
    generic: Allowance | None = None
    notes: str = ""
    misses: frozenset[str] = frozenset()
    """Fields not checked for the reader this view is for (set by :meth:`for_generic`)."""

    def labels(self, name: str) -> bool:
        """Whether this page says what the field *name* must be (for the reader of this
        view)."""
        if name in self.misses:
            return False
        labelled = {
            "title": True,  # a page that shows no headline says so: null
            "published": True,  # a page that shows no date says so: []
            "subtitle": self.subtitle is not None,
            "authors": self.authors is not None,
            "source": self.source is not None,
            "related": bool(self.related),
            "tags": bool(self.tags),
            "image": bool(self.image),
        }
        return labelled[name]

    @property
    def domain(self) -> str:
        """The outlet's domain: the folder the page is in."""
        return self.file.split("/")[-2]

    @property
    def all_must_have(self) -> tuple[str, ...]:
        """Every body snippet the tests check."""
        return self.must_have + self.extra_must_have

    @property
    def all_must_not(self) -> tuple[str, ...]:
        """Every boilerplate snippet the tests check."""
        return self.must_not + self.extra_must_not + self.gone

    @property
    def accepted_days(self) -> tuple[date, ...]:
        """Every publication day a reader without site knowledge may give: the page's own,
        then the generic allowance's (what the benchmarks accept)."""
        return self.published + (self.generic.published if self.generic else ())

    def for_generic(self) -> Expected:
        """This page as the generic engine must read it: the allowance applied."""
        allowance = self.generic
        if allowance is None:
            return self
        leaks = set(allowance.leaks)
        return replace(
            self,
            published=self.accepted_days,
            must_not=tuple(s for s in self.must_not if s not in leaks),
            extra_must_not=tuple(s for s in self.extra_must_not if s not in leaks),
            misses=allowance.misses,
        )


def _strings(data: Mapping[str, Any], key: str) -> tuple[str, ...]:
    values = data.get(key, [])
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise TypeError(f"{key} must be a list of strings")
    return tuple(values)


def _days(values: list[str]) -> tuple[date, ...]:
    return tuple(date.fromisoformat(value) for value in values)


def _fields(names: Mapping[str, str] | list[str], where: str) -> None:
    unknown = set(names) - FIELDS
    if unknown:
        raise ValueError(f"{where}: unknown fields {sorted(unknown)}")


def _allowance(data: Mapping[str, Any]) -> Allowance:
    unknown = set(data) - _ALLOWANCE_KEYS
    if unknown or not data.get("why"):
        raise ValueError(f"generic allowance: unknown keys {sorted(unknown)} or no why")
    _fields(data.get("misses", []), "generic.misses")
    return Allowance(
        why=data["why"],
        published=_days(data.get("published", [])),
        leaks=_strings(data, "leaks"),
        misses=frozenset(_strings(data, "misses")),
    )


def parse(file: str, data: Mapping[str, Any]) -> Expected:
    """The expectation of the page *file* from its JSON object (unknown keys are an error)."""
    unknown = set(data) - _KEYS
    if unknown:
        raise ValueError(f"{file}: unknown keys {sorted(unknown)}")
    gaps = dict(data.get("gaps", {}))
    _fields(gaps, f"{file}: gaps")
    authors = data.get("authors")
    expected = Expected(
        file=file,
        title=data["title"],
        published=_days(data["published"]),
        url=data.get("url"),
        subtitle=data.get("subtitle"),
        authors=None if authors is None else _strings(data, "authors"),
        site=data.get("site"),
        source=data.get("source"),
        paragraphs=data.get("paragraphs"),
        must_have=_strings(data, "must_have"),
        must_not=_strings(data, "must_not"),
        extra_must_have=_strings(data, "extra_must_have"),
        extra_must_not=_strings(data, "extra_must_not"),
        gone=_strings(data, "gone"),
        related=_strings(data, "related"),
        tags=_strings(data, "tags"),
        image=data.get("image", ""),
        body_xpath=data.get("body_xpath", ""),
        gaps=gaps,
        generic=_allowance(data["generic"]) if "generic" in data else None,
        notes=data.get("notes", ""),
    )
    if expected.generic and not set(expected.generic.leaks) <= set(expected.all_must_not):
        raise ValueError(f"{file}: a generic leak that is no must_not snippet")
    return expected


def load(file: str) -> Expected:
    """The expectation of the page *file* (a path relative to the corpus root)."""
    path = EXPECTED / Path(file).with_suffix(".json")
    return parse(file, json.loads(path.read_text(encoding="utf-8")))


def _folder(folder: str, suffix: str) -> tuple[Expected, ...]:
    root = EXPECTED / folder
    return tuple(
        load(path.relative_to(EXPECTED).with_suffix(suffix).as_posix())
        for path in sorted(root.glob("*/*.json"))
    )


@cache
def html_pages() -> tuple[Expected, ...]:
    """The expectations of the corpus's HTML pages (``html/<domain>/<page>.html``)."""
    return _folder("html", ".html")


@cache
def text_dumps() -> tuple[Expected, ...]:
    """The expectations of the corpus's text dumps (``text/pages/<domain>/<n>.txt``)."""
    return _folder("text/pages", ".txt")


@cache
def seed() -> Expected:
    """The expectation of the seed article (a Baladi News story republished by a blog)."""
    return load("seeds/000_5a16510d4bb6253d.txt")


@cache
def saudinewsnet_authors() -> Mapping[str, tuple[str, ...]]:
    """The persons named in each SaudiNewsNet record's ``author`` line, by ``source``."""
    path = EXPECTED / "text" / "saudinewsnet_sample_2015-07-21.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {source: tuple(names) for source, names in data["authors"].items()}
