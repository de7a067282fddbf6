"""parse_file reads one file as `arnews parse` does: type from content, gzip undone."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

import arnews
from arnews.errors import ArgumentError, FileReadError, InputTooLargeError

PAGE = (
    "<html><body><h1>افتتاح مكتبة جديدة في المدينة</h1><p>افتتح المحافظ المكتبة.</p></body></html>"
)
DUMP = (
    "افتتاح مكتبة جديدة في المدينة\n\n"
    "افتتح المحافظ اليوم المكتبة العامة الجديدة في وسط المدينة بحضور عدد من المسؤولين.\n"
)


def test_html_and_dumps_are_told_apart_by_content_not_name(tmp_path: Path) -> None:
    """A page named .txt is still HTML, a dump named .html is still a dump."""
    page, dump = tmp_path / "page.txt", tmp_path / "dump.html"
    page.write_text(PAGE, encoding="utf-8")
    dump.write_text(DUMP, encoding="utf-8")
    assert arnews.parse_file(page) == arnews.parse_html(PAGE)
    assert arnews.parse_file(dump) == arnews.parse_text(DUMP)


def test_input_format_forces_the_parser(tmp_path: Path) -> None:
    """input_format='text' reads even markup as a dump."""
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    assert arnews.parse_file(page, input_format="text") == arnews.parse_text(PAGE)


def test_gzip_is_read_as_what_it_holds(tmp_path: Path) -> None:
    """A gzip-compressed cp1256 dump gives the same article as the text itself."""
    path = tmp_path / "dump.txt.gz"
    path.write_bytes(gzip.compress(DUMP.encode("cp1256")))
    assert arnews.parse_file(path) == arnews.parse_text(DUMP)


def test_max_bytes_bounds_the_decompressed_size(tmp_path: Path) -> None:
    """A small gzip file expanding past max_bytes is refused, not inflated whole."""
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(gzip.compress(b"<p>" + b"a" * 1_000_000))
    with pytest.raises(InputTooLargeError):
        arnews.parse_file(path, max_bytes=10_000)


def test_unreadable_files_raise_file_read_error(tmp_path: Path) -> None:
    """A missing file, a directory and corrupt gzip raise FileReadError (an OSError too)."""
    broken = tmp_path / "broken.gz"
    broken.write_bytes(b"\x1f\x8b\x08\x00garbage")
    for path in (tmp_path / "missing.html", tmp_path, broken):
        with pytest.raises(FileReadError) as caught:
            arnews.parse_file(path)
        assert isinstance(caught.value, OSError)


def test_a_warc_file_is_refused_with_a_pointer(tmp_path: Path) -> None:
    """A WARC file holds many pages: parse_file says what to use instead."""
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"WARC/1.0\r\nWARC-Type: warcinfo\r\n\r\n")
    with pytest.raises(ArgumentError, match="iter_articles"):
        arnews.parse_file(path)


def test_an_empty_file_gives_an_empty_article(tmp_path: Path) -> None:
    """Like an empty string given to parse_html, an empty file is no error."""
    path = tmp_path / "empty.html"
    path.write_bytes(b"")
    assert arnews.parse_file(path) == arnews.Article()
