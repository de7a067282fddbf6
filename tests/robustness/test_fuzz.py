"""Hypothesis fuzzing of every entry point: generated HTML trees and bytes, arbitrary text
(lone surrogates included). No exception but ArnewsError, valid spans, deterministic output."""

from __future__ import annotations

from datetime import datetime

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import arnews
from arnews.errors import ArnewsError
from tests.robustness.hostile import assert_urls_safe
from tests.strategies import (
    any_text,
    charset_labels,
    fuzz_urls,
    hostile_hrefs,
    html_bytes,
    html_trees,
    pages_with_urls,
    surrogate_text,
)

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


@given(pages_with_urls(), st.one_of(st.none(), hostile_hrefs))
def test_parse_html_keeps_only_safe_urls(html: str, url: str | None) -> None:
    """Hostile URLs in every slot of a page (canonical, og:url, base, og:image, JSON-LD
    image, <img>, related links), with any url=, leave only http(s) URLs without control
    or bidi characters in the article; Article.url stays the caller's."""
    result = html_result(html, url)
    if isinstance(result, arnews.Article):
        assert_urls_safe(result, url)
        assert_well_formed(result)


STORY = "قال الوزير إن الخطة الجديدة ستنفذ على مراحل خلال العام المقبل."
UNICODE_LABELS = ("utf-16", "utf-32")
"""Codecs an HTTP header may rightly name for bytes that are not UTF-8 (a <meta> cannot)."""


def _meta_labels(label: str) -> tuple[str, ...]:
    return (
        f'<meta charset="{label}">',
        f'<meta http-equiv="Content-Type" content="text/html; charset={label}">',
    )


@given(charset_labels, st.one_of(st.none(), charset_labels), st.sampled_from(["utf-8", "cp1256"]))
def test_any_charset_label(label: str, header: str | None, encoding: str) -> None:
    """Any charset label, in <meta charset>, in http-equiv or as encoding=, on UTF-8 or
    windows-1256 bytes, gives a well-formed Article or an ArnewsError."""
    for meta in _meta_labels(label):
        data = (meta + f"<p>{STORY}</p>").encode(encoding, errors="replace")
        result = html_result(data) if header is None else _with_header(data, header)
        if isinstance(result, arnews.Article):
            assert_well_formed(result)


@given(charset_labels, st.one_of(st.none(), charset_labels))
def test_utf8_reads_right_under_any_label(label: str, header: str | None) -> None:
    """UTF-8 bytes read as the Arabic they are whatever a <meta> label claims, and whatever
    an HTTP label claims short of UTF-16 or UTF-32."""
    assume(header is None or not _names(header, UNICODE_LABELS))
    for meta in _meta_labels(label):
        data = (meta + f"<p>{STORY}</p>").encode("utf-8", errors="surrogatepass")
        result = html_result(data) if header is None else _with_header(data, header)
        assert isinstance(result, arnews.Article)
        assert result.paragraphs == (STORY,)


def _with_header(data: bytes, header: str) -> arnews.Article | ArnewsError:
    try:
        return arnews.parse_html(data, encoding=header, reference_date=REFERENCE)
    except ArnewsError as error:
        return error


def _names(label: str, codecs_named: tuple[str, ...]) -> bool:
    """Whether *label* names a Python codec whose name starts with one of *codecs_named*."""
    import codecs

    try:
        return codecs.lookup(label.strip().lower()).name.startswith(codecs_named)
    except (LookupError, ValueError):
        return False
