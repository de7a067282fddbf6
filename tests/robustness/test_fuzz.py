"""Hypothesis fuzzing of every entry point: generated HTML trees and bytes, arbitrary text
(lone surrogates included). No exception but ArnewsError, valid spans, deterministic output."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import arnews
from arnews.errors import ArnewsError
from tests.strategies import any_text, fuzz_urls, html_bytes, html_trees, surrogate_text

REFERENCE = datetime(2024, 3, 5, 12, 0)
"""A fixed reference date: relative dates («أمس») would otherwise depend on the clock."""

texts = st.one_of(any_text, surrogate_text)


def html_result(data: str | bytes, url: str | None = None) -> arnews.Article | ArnewsError:
    """``parse_html(data, url)`` with the fixed reference date, or the ArnewsError raised."""
    try:
        return arnews.parse_html(data, url, reference_date=REFERENCE)
    except ArnewsError as error:
        return error


def assert_well_formed(article: arnews.Article) -> None:
    """Paragraphs are tidy and non-empty; quote and date spans index into the text; the
    article round-trips through JSON, which encodes as UTF-8."""
    for paragraph in article.paragraphs:
        assert paragraph
        assert paragraph == paragraph.strip()
    text = article.text
    for quote in article.quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.content
    for mention in article.dates:
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
    assert arnews.Article.from_json(article.to_json().encode("utf-8").decode("utf-8")) == article


def assert_same(first: arnews.Article | ArnewsError, second: arnews.Article | ArnewsError) -> None:
    """Two results of the same call are equal (same article, or same error and message)."""
    if isinstance(first, ArnewsError):
        assert type(second) is type(first)
        assert str(second) == str(first)
    else:
        assert second == first


@pytest.mark.slow
@settings(max_examples=settings().max_examples // 2)
@given(html_trees(), fuzz_urls)
def test_parse_html_on_generated_trees(html: str, url: str | None) -> None:
    """Any generated tree, with any url=, gives a well-formed Article or an ArnewsError, the
    same one twice. Half the profile's examples: the bytes test below draws the same trees
    (encoded, perhaps damaged) and checks the same properties, so this one adds the str
    input and the url= argument."""
    first = html_result(html, url)
    if isinstance(first, arnews.Article):
        assert_well_formed(first)
    assert_same(first, html_result(html, url))


@pytest.mark.slow
@given(html_bytes())
def test_parse_html_on_generated_bytes(data: bytes) -> None:
    """Any generated page in any encoding, damaged or not, gives a well-formed Article or an
    ArnewsError, the same one twice."""
    first = html_result(data)
    if isinstance(first, arnews.Article):
        assert_well_formed(first)
    assert_same(first, html_result(data))


@pytest.mark.slow
@given(st.lists(texts, max_size=8).map("\n".join), fuzz_urls)
def test_parse_text_on_arbitrary_text(text: str, url: str | None) -> None:
    """Any text dump, with any url=, gives a well-formed Article (never an exception), the
    same one twice."""
    article = arnews.parse_text(text, url, reference_date=REFERENCE)
    assert_well_formed(article)
    assert arnews.parse_text(text, url, reference_date=REFERENCE) == article


@given(texts)
def test_find_dates_on_arbitrary_text(text: str) -> None:
    """find_dates gives mentions whose spans index into the text, in order, the same twice."""
    mentions = arnews.find_dates(text, reference_date=REFERENCE)
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text)
        assert text[mention.start : mention.end] == mention.text
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    assert arnews.find_dates(text, reference_date=REFERENCE) == mentions


@given(texts)
def test_parse_date_on_arbitrary_text(text: str) -> None:
    """parse_date gives a datetime or None, the same twice."""
    value = arnews.parse_date(text, reference_date=REFERENCE)
    assert value is None or isinstance(value, datetime)
    assert arnews.parse_date(text, reference_date=REFERENCE) == value


@given(texts)
def test_find_quotes_on_arbitrary_text(text: str) -> None:
    """find_quotes gives quotes whose spans index into the text, the same twice."""
    quotes = arnews.find_quotes(text)
    for quote in quotes:
        assert 0 <= quote.start <= quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.content
    assert arnews.find_quotes(text) == quotes


@given(texts, st.sampled_from(["search", "display"]))
def test_normalize_on_arbitrary_text(text: str, preset: str) -> None:
    """normalize and normalize_with_offsets agree, offsets point into the input, the same
    result twice."""
    out = arnews.normalize(text, preset=preset)  # type: ignore[arg-type]
    again, offsets = arnews.normalize_with_offsets(text, preset=preset)  # type: ignore[arg-type]
    assert again == out
    assert len(offsets) == len(out)
    assert all(0 <= offset < len(text) for offset in offsets)
    assert offsets == sorted(offsets)
    assert arnews.normalize(text, preset=preset) == out  # type: ignore[arg-type]
