"""The arnews command line."""

from __future__ import annotations

import json
import pathlib

import pytest

import arnews
from arnews.cli import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the package version and exits 0."""
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert arnews.__version__ in capsys.readouterr().out


def test_help_lists_commands(capsys: pytest.CaptureFixture[str]) -> None:
    """--help names the parse and demo commands."""
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert "parse" in out
    assert "demo" in out


def test_missing_file_is_reported(capsys: pytest.CaptureFixture[str], tmp_path: object) -> None:
    """A path that does not exist gives exit code 1 and a message, not a traceback."""
    assert main(["parse", "/nonexistent/page.html"]) == 1
    assert "page.html" in capsys.readouterr().err


def test_url_needs_single_page(capsys: pytest.CaptureFixture[str]) -> None:
    """--url with several pages is refused (a URL belongs to one page)."""
    assert main(["parse", "a.html", "b.html", "--url", "https://x"]) == 2


def test_demo_prints_a_clean_article(capsys: pytest.CaptureFixture[str]) -> None:
    """`arnews demo` prints the bundled page as a clean article in JSON."""
    assert main(["demo"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["title"] == "افتتاح معرض الكتاب الدولي بمشاركة 40 دولة"
    assert data["authors"] == ["سامر الحلبي"]
    assert data["published"] == "2024-02-07T10:30:00+03:00"
    assert len(data["paragraphs"]) == 5
    assert "اقرأ أيضاً" not in data["text"]
    assert "جميع الحقوق محفوظة" not in data["text"]
    assert data["related"][0]["text"] == "إعلان القائمة القصيرة لجائزة الرواية"
    assert data["quotes"]


def test_parse_html_and_text_files(
    capsys: pytest.CaptureFixture[str], tmp_path: pathlib.Path
) -> None:
    """`arnews parse` reads .html as HTML (any encoding) and .txt as a text dump, one JSON
    line per page."""
    page = tmp_path / "page.html"
    page.write_bytes(
        "<h1>افتتاح مكتبة جديدة في المدينة</h1><div><p>افتتح المحافظ اليوم مكتبة عامة "
        "جديدة تضم آلاف الكتب، وقال إنها مفتوحة للجميع.</p></div>".encode("cp1256")
    )
    dump = tmp_path / "dump.txt"
    dump.write_text(
        "افتتاح مكتبة جديدة في المدينة - موقع المثال\n\nافتتاح مكتبة جديدة في المدينة\n\n"
        "افتتح المحافظ اليوم مكتبة عامة جديدة تضم آلاف الكتب، وقال إنها مفتوحة للجميع.\n",
        encoding="utf-8",
    )
    assert main(["parse", str(page), str(dump)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    html_article, text_article = (json.loads(line) for line in lines)
    assert html_article["title"] == "افتتاح مكتبة جديدة في المدينة"
    assert text_article["title"] == "افتتاح مكتبة جديدة في المدينة"
    assert text_article["site"] == "موقع المثال"
    assert html_article["paragraphs"] == text_article["paragraphs"]
