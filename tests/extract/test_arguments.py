"""Wrong arguments to parse_html / parse_text raise ArgumentError at the door."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

import arnews
from arnews.errors import ArgumentError

PAGE = "<html><body><h1>عنوان الخبر هنا اليوم</h1><p>قال الوزير إن الخطة جاهزة.</p></body></html>"
DUMP = "عنوان الخبر الجديد في المدينة\n\nقال الوزير إن الخطة جاهزة للتنفيذ في الأسبوع المقبل.\n"


@pytest.mark.parametrize("parse", [arnews.parse_html, arnews.parse_text])
def test_a_path_is_refused_not_parsed(parse: object, tmp_path: Path) -> None:
    """A Path, or a short string naming an existing file, is a mistake, not a page."""
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    assert callable(parse)
    with pytest.raises(ArgumentError, match="not a path"):
        parse(page)
    with pytest.raises(ArgumentError, match="not a file name"):
        parse(str(page))


def test_a_string_that_merely_looks_like_a_path_is_parsed() -> None:
    """Text naming no existing file is parsed as content, even without markup."""
    article = arnews.parse_html("/no/such/file.html")
    assert article.title is None


@pytest.mark.parametrize("wrap", [bytearray, memoryview])
def test_bytes_like_input_is_accepted(wrap: type) -> None:
    """bytearray and memoryview are read like bytes."""
    data = PAGE.encode("utf-8")
    assert arnews.parse_html(wrap(data)) == arnews.parse_html(data)


def test_parse_text_decodes_bytes_with_the_charset_cascade() -> None:
    """A windows-1256 dump given as bytes reads as the same text."""
    assert arnews.parse_text(DUMP.encode("cp1256")) == arnews.parse_text(DUMP)


@pytest.mark.parametrize(
    ("keyword", "value"),
    [
        ("max_bytes", None),
        ("max_bytes", -1),
        ("max_bytes", True),
        ("encoding", 123),
        ("sites", [None]),
        ("sites", "youm7.com"),
        ("reference_date", "2024-01-01"),
        ("url", 42),
    ],
)
@pytest.mark.parametrize("parse", [arnews.parse_html, arnews.parse_text])
def test_wrong_option_types_raise_argument_error(
    parse: object, keyword: str, value: object
) -> None:
    """Each option of the wrong type or value is named in an ArgumentError (also a TypeError)."""
    assert callable(parse)
    with pytest.raises(ArgumentError, match=keyword) as caught:
        parse(PAGE, **{keyword: value})
    assert isinstance(caught.value, TypeError)
    assert isinstance(caught.value, ValueError)


def test_a_content_of_the_wrong_type_raises_argument_error() -> None:
    """An int is neither text nor bytes."""
    with pytest.raises(ArgumentError, match="str or bytes"):
        arnews.parse_html(12)  # type: ignore[arg-type]


def test_a_date_reference_means_its_midnight() -> None:
    """reference_date=date(…) resolves like the datetime at midnight of that day."""
    text = "قال الوزير أمس إن الخطة جاهزة للتنفيذ في الأسبوع المقبل بعد موافقة الحكومة."
    by_date = arnews.parse_text(text, reference_date=date(2024, 3, 5))
    by_datetime = arnews.parse_text(text, reference_date=datetime(2024, 3, 5))
    assert by_date == by_datetime
