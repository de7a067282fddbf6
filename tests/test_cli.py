"""The arnews command line."""

from __future__ import annotations

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
