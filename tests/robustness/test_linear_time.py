"""Adversarial strings for the regular expressions that would be quadratic on their own.

Every ``regex.compile``/``re.compile`` in src/arnews was reviewed (``fuzz/README.md`` lists
the review). The patterns below backtrack quadratically on some input when applied to raw
text; each test feeds that input, 200,000 characters long, through the code that uses the
pattern. A quadratic path takes minutes on such input and trips the 60 s hang guard; the
linear ones take milliseconds. No timing is asserted.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

import arnews
from arnews.extract.credits import read_credit_line
from arnews.extract.people import authors_of, find_dateline, split_authors
from arnews.extract.sitename import Outlet
from tests.robustness.hostile import SENTENCE, finish, page

pytestmark = pytest.mark.slow

N = 200_000
WHITESPACE_RUNS = {
    "spaces": " " * N,
    "tabs": "\t" * N,
    "newlines": "\n" * N,
    "mixed": " \t\n\u00a0" * (N // 4),
}


def _jsonld(value: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(value)}</script>'


AUTHOR_SLOTS: dict[str, Callable[[str], str]] = {
    "jsonld-author": lambda name: page(head=_jsonld({"@type": "NewsArticle", "author": name})),
    "jsonld-author-object": lambda name: page(
        head=_jsonld({"@type": "NewsArticle", "author": [{"name": name}, {"name": name}]})
    ),
    "meta-author": lambda name: page(head=f'<meta name="author" content="{name}">'),
}


@pytest.mark.parametrize("slot", AUTHOR_SLOTS)
@pytest.mark.parametrize("run", WHITESPACE_RUNS.values(), ids=WHITESPACE_RUNS)
def test_author_with_a_long_white_space_run(slot: str, run: str) -> None:
    """An author name holding 200,000 white-space characters with no dash after them
    (``\\s+[-–—]\\s+`` used to retry the run from every position: 7 s at 20,000, quadratic)."""
    article = finish(lambda: arnews.parse_html(AUTHOR_SLOTS[slot](f"سامر{run}الحلبي")))
    assert SENTENCE in article.text


@pytest.mark.parametrize("run", WHITESPACE_RUNS.values(), ids=WHITESPACE_RUNS)
def test_byline_helpers_on_white_space_runs(run: str) -> None:
    """The byline splitters (``\\s*…\\s*`` patterns, safe only on tidied text) finish on raw
    white-space runs, and a name on either side survives."""
    byline = f"سامر الحلبي{run}وكالة الأنباء"
    assert finish(lambda: authors_of([byline], set())) is not None
    assert finish(lambda: split_authors(byline)) is not None
    assert finish(lambda: read_credit_line(byline, Outlet())) is None


@pytest.mark.parametrize("unit", ["بب", "ال", "ال ", "ب،", "ب-"])
def test_dateline_on_a_long_arabic_run(unit: str) -> None:
    """The dateline pattern (nested Arabic-word repetitions) sees at most 120 characters of
    a 200,000-character first paragraph."""
    paragraph = unit * (N // len(unit))
    assert finish(lambda: find_dateline(paragraph, None)) is not None


@pytest.mark.parametrize(
    "unit", ["بب", "ب-", "ب.", "بب-ب.", "ـ", "ـ.", "\u200f", "ب\u200c", " ", " \n", "a-"]
)
def test_deobfuscation_chains(unit: str) -> None:
    """Normalization with de-obfuscation (word chains joined by - and ., spaces around
    newlines) is linear on long runs of the pieces chains are made of."""
    text = unit * (N // len(unit))
    out = finish(lambda: arnews.normalize(text, deobfuscate=True))
    assert finish(lambda: arnews.normalize(out, deobfuscate=True)) == out
    shown, offsets = finish(lambda: arnews.normalize_with_offsets(text, preset="display"))
    assert len(offsets) == len(shown)


@pytest.mark.parametrize(
    "unit", ["1/", "1 ", "1-", "2020-", "١/", "12:", ": ", "يوم ", "أمس ", "1 مارس ", "هـ "]
)
def test_date_finder_on_long_runs(unit: str) -> None:
    """The date patterns (bounded pieces behind look-behinds) are linear on long runs of
    date-like pieces; every mention found indexes into the text."""
    text = unit * (N // len(unit))
    for mention in finish(lambda: arnews.find_dates(text)):
        assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize("unit", ["«", "»", '"', "“", "قال: «", "» ", "قال ", "، ", "\n"])
def test_quote_finder_on_long_runs(unit: str) -> None:
    """The quote scanner (a stack of marks, one token pattern) is linear on long runs of
    marks, cues and separators; every quote found indexes into the text."""
    text = unit * (N // len(unit))
    for quote in finish(lambda: arnews.find_quotes(text)):
        assert text[quote.start : quote.end] == quote.content
