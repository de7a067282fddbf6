"""The expectation files themselves: they load, quote at most twelve words, and quote the page.

The HTML pages' snippets are also checked against ``body_xpath`` by
``python -m benchmarks check``; here every snippet, title, author and related
headline of every page (real or fixture) must occur in the page's text (HTML: its
text and ``<meta>`` values): a snippet that is not there could never fail.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Final

import pytest
from lxml import etree
from lxml import html as lxml_html

from arnews.extract.boilerplate import phrase_key
from tests.expected import (
    EXPECTED,
    Expected,
    html_pages,
    load,
    parse,
    saudinewsnet_authors,
    seed,
    text_dumps,
)
from tests.sites.cases import CASES, Case

MAX_SNIPPET_WORDS: Final = 12
"""Corpus text we may quote: a title, or a snippet of up to twelve words."""
SAUDINEWSNET_SOURCES: Final = 11
"""The outlets of the SaudiNewsNet sample, one record each."""

PAGES: Final = (*html_pages(), *text_dumps())


def _page_text(path: Path) -> str:
    """The searchable text of a page: a dump as is; an HTML page's text and meta values."""
    if path.suffix != ".html":
        return path.read_text(encoding="utf-8")
    doc = lxml_html.document_fromstring(path.read_bytes())
    metas = [str(meta.get("content", "")) for meta in doc.iter("meta")]
    etree.strip_elements(doc, "script", "style", "noscript", with_tail=False)
    return " ".join([*map(str, doc.itertext()), *metas])


def _key(text: str) -> str:
    """*text* compared as the engine compares phrases, with every white-space run one space."""
    return " ".join(phrase_key(text).split())


def test_every_file_loads() -> None:
    """Every JSON file under tests/expected is a page's expectation the loader accepts."""
    files = sorted(EXPECTED.rglob("*.json"))
    pages = {exp.file for exp in PAGES} | {seed().file} | {c.expected.file for c in CASES}
    others = {EXPECTED / "text" / "saudinewsnet_sample_2015-07-21.json"}
    assert {EXPECTED / Path(file).with_suffix(".json") for file in pages} | others == set(files)
    assert len(saudinewsnet_authors()) == SAUDINEWSNET_SOURCES


def test_unknown_keys_are_refused(tmp_path: Path) -> None:
    """A misspelt key (or allowance key, or field name) is an error, not a silent no-op."""
    good: dict[str, object] = {"title": None, "published": []}
    assert parse("x.txt", good).title is None
    for bad in (
        {**good, "must_hav": []},
        {**good, "generic": {"why": "…", "leak": []}},
        {**good, "generic": {"misses": ["body"], "why": "…"}},
        {**good, "gaps": {"dateline": "…"}},
        {**good, "generic": {"leaks": ["x"], "why": "…"}},
    ):
        with pytest.raises(ValueError, match=r"unknown|leak"):
            parse("x.txt", json.loads(json.dumps(bad)))


@pytest.mark.parametrize("exp", [*PAGES, seed()], ids=lambda exp: exp.file)
def test_snippets_quote_at_most_twelve_words(exp: Expected) -> None:
    """No body snippet quotes more than twelve words of the page."""
    for snippet in (*exp.all_must_have, *exp.all_must_not):
        assert len(snippet.split()) <= MAX_SNIPPET_WORDS, snippet


def _assert_quoted(exp: Expected, page: Path) -> None:
    text = _key(_page_text(page))
    quoted = (*exp.all_must_have, *exp.all_must_not, *exp.related, *(exp.authors or ()))
    for value in (*quoted, *([exp.title] if exp.title else [])):
        assert _key(value) in text, value


@pytest.mark.corpus
@pytest.mark.parametrize("exp", PAGES, ids=lambda exp: exp.file)
def test_everything_quoted_is_on_the_page(exp: Expected, corpus: Path) -> None:
    """Every snippet, the title, the authors and the related headlines of a real page occur
    in it."""
    _assert_quoted(exp, corpus / exp.file)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_everything_quoted_is_in_the_fixture(case: Case) -> None:
    """Every snippet, the title, the authors and the related headlines of a golden fixture
    occur in it."""
    _assert_quoted(case.expected, case.fixture)


def test_seed_matches_its_file() -> None:
    """The seed's expectation is the file named after the seed article."""
    assert load(seed().file) == seed()
