"""Bad input gives an Article or an ArnewsError, never another exception or a hang."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

import arnews
from arnews.errors import ArnewsError, InputTooLargeError, UndecodableInputError
from arnews.extract.boilerplate import boilerplate_matcher
from tests.strategies import any_text, html_pages

BODY = "<p>قال المتحدث باسم الحكومة إن الاجتماع سيعقد غداً في مقر الوزارة.</p>"


def parse_or_error(data: str | bytes) -> arnews.Article | ArnewsError:
    try:
        return arnews.parse_html(data)
    except ArnewsError as error:
        return error


@pytest.mark.parametrize("data", [b"", "", "   \n\t", "\x00", b"\xff\xfe", b"<html></html>"])
def test_empty_like_input_gives_an_empty_article(data: str | bytes) -> None:
    """Empty, blank and NUL-only input give an article without a title."""
    article = arnews.parse_html(data)
    assert article.title is None
    assert article.paragraphs == ()


def test_control_bytes_are_undecodable() -> None:
    """Bytes that are nothing but control characters are not text."""
    with pytest.raises(UndecodableInputError):
        arnews.parse_html(b"\x00\x01\x02" * 100)


def test_random_bytes() -> None:
    """Random bytes give an Article or an ArnewsError."""
    for seed in range(5):
        data = random.Random(seed).randbytes(5_000)
        assert isinstance(parse_or_error(data), arnews.Article | ArnewsError)


def test_nul_bytes_inside_a_page() -> None:
    """NUL characters inside markup are dropped, the story survives."""
    article = arnews.parse_html("<div>" + BODY.replace("الاجتماع", "الاج\x00تماع") + "</div>")
    assert "الاجتماع" in article.text


def test_absurd_nesting() -> None:
    """100,000 nested elements do not crash the interpreter."""
    result = parse_or_error("<div>" * 100_000 + BODY + "</div>" * 100_000)
    assert isinstance(result, arnews.Article | ArnewsError)


def test_giant_attribute() -> None:
    """A 20 MB attribute value is handled."""
    result = parse_or_error('<div data-x="' + "a" * 20_000_000 + '">' + BODY + "</div>")
    assert isinstance(result, arnews.Article | ArnewsError)


def test_size_limit_is_enforced() -> None:
    """Input over max_bytes raises InputTooLargeError, for HTML and text."""
    with pytest.raises(InputTooLargeError):
        arnews.parse_html(b"x" * 101, max_bytes=100)
    with pytest.raises(InputTooLargeError):
        arnews.parse_text("x" * 101, max_bytes=100)


@pytest.mark.parametrize("encoding", ["cp1256", "iso8859_6"])
def test_arabic_code_page_without_declaration(encoding: str) -> None:
    """A windows-1256 or ISO-8859-6 page with no charset anywhere comes out as Arabic."""
    article = arnews.parse_html(("<html><body>" + BODY * 3 + "</body></html>").encode(encoding))
    assert "قال المتحدث باسم الحكومة" in article.text


def test_not_html_at_all() -> None:
    """Plain prose without tags still gives its text as the body."""
    article = arnews.parse_html("قال المتحدث باسم الحكومة إن الاجتماع سيعقد غداً في مقر الوزارة.")
    assert article.paragraphs


@given(st.binary(max_size=300))
def test_any_bytes(data: bytes) -> None:
    """Arbitrary bytes never raise anything but ArnewsError."""
    assert isinstance(parse_or_error(data), arnews.Article | ArnewsError)


@given(any_text)
def test_any_text_dump(text: str) -> None:
    """Any text dump gives an Article whose paragraphs are non-empty lines of it."""
    article = arnews.parse_text(text)
    for paragraph in article.paragraphs:
        assert paragraph.strip() == paragraph
        assert paragraph


@given(html_pages())
def test_any_page(html: str) -> None:
    """Random tag soup gives an Article whose paragraphs are tidy, non-empty and free of the
    generic boilerplate, and whose quotes and dates index into its text."""
    article = arnews.parse_html(html)
    matcher = boilerplate_matcher()
    for paragraph in article.paragraphs:
        assert paragraph
        assert paragraph == paragraph.strip()
        assert not matcher.is_boilerplate(paragraph)
    text = article.text
    for quote in article.quotes:
        assert text[quote.start : quote.end] == quote.content
    for mention in article.dates:
        assert text[mention.start : mention.end] == mention.text


def test_http_charset_wins() -> None:
    """The charset of the HTTP response (encoding=) wins over a wrong <meta charset>."""
    page = '<html><head><meta charset="iso-8859-1"></head><body>' + BODY + "</body></html>"
    article = arnews.parse_html(page.encode("cp1256"), encoding="windows-1256")
    assert "قال المتحدث باسم الحكومة" in article.text
