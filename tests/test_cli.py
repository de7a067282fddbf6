"""The ``arnews`` command line, run as a user runs it: the real console script in a subprocess.

Cheap checks of the parts (sniffing, walking, escaping, option types) run in
process; everything a user sees (exit codes, standard error, output files) is
checked on the real console script. Processes, signals and streaming are in
tests/test_cli_processes.py; crawl faults in tests/test_crawl_faults.py.
"""

from __future__ import annotations

import gzip
import json
import os
import stat
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

import arnews
from arnews._display import printable
from arnews._inputs import is_input_name, sniff, walk
from arnews.cli import _build_parser, _byte_size, _iso_datetime, main
from tests.cli_helpers import DUMP, DUMP_TITLE, err_lines, records, run, write_pages
from tests.warc_builder import (
    CRAWL_URLS,
    PAGE_1,
    PAGE_3,
    SITE,
    TITLE_1,
    TITLE_2,
    TITLE_3,
    crawl_records,
    http_response,
    language_records,
    record,
    response,
    write_records,
)


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A directory with one input of every page kind (see cli_helpers.write_pages)."""
    root = tmp_path_factory.mktemp("pages")
    write_pages(root)
    return root


# --- the parts, in process ----------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the package version and exits 0."""
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert arnews.__version__ in capsys.readouterr().out


def test_help_states_the_input_rule(capsys: pytest.CaptureFixture[str]) -> None:
    """`arnews parse --help` states how the input type is decided and lists every option."""
    with pytest.raises(SystemExit):
        main(["parse", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "from the content and not the name" in out
    for option in ("--input-format", "--jobs", "--output", "--max-bytes", "--reference-date"):
        assert option in out


@pytest.mark.parametrize(
    ("head", "kind"),
    [
        (b"", "empty"),
        (b" \r\n\t ", "empty"),
        (b"<!DOCTYPE html><html>", "html"),
        (b"\xef\xbb\xbf\n  <p>", "html"),
        ("\ufeff<p>".encode("utf-16-le"), "html"),
        (b"WARC/1.1\r\nWARC-Type: warcinfo", "warc"),
        ("عنوان الخبر\n\nنص فيه <وسم>".encode(), "text"),
        ("عنوان".encode("cp1256"), "text"),
    ],
)
def test_sniffing_reads_the_first_bytes(head: bytes, kind: str) -> None:
    """The type comes from the first non-blank bytes (after a BOM), never from a name."""
    assert sniff(head) == kind


def test_the_walk_is_sorted_recursive_and_picks_input_names(tmp_path: Path) -> None:
    """A walk yields input-named regular files, depth first in name order; hidden names,
    other names and pipes are left out, and so is an excluded file."""
    names = ["b.html", "a/z.txt.gz", "a/y.WARC", "a.htm", ".hidden.html", "notes.json", "c.txt"]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    os.mkfifo(tmp_path / "pipe.html")
    info = (tmp_path / "c.txt").stat()
    found = list(walk(str(tmp_path), frozenset({(info.st_dev, info.st_ino)})))
    assert found == [str(tmp_path / n) for n in ("a/y.WARC", "a/z.txt.gz", "a.htm", "b.html")]
    assert is_input_name("page.SHTML.gz")
    assert not is_input_name("archive.tar.gz")


def test_control_characters_are_escaped_for_the_terminal() -> None:
    """Escape sequences, bidi overrides, line breaks and lone surrogates become visible
    escapes; Arabic text and ordinary punctuation stay as they are."""
    assert printable("\x1b[2J\u202e\n\udcff\x7f\u0085") == "\\x1b[2J\\u202e\\n\\udcff\\x7f\\x85"
    assert printable("عنوان «الخبر» — 2024") == "عنوان «الخبر» — 2024"


def test_reference_dates_are_iso_8601() -> None:
    """--reference-date takes a date, a date and time, an offset, or a Z for UTC."""
    assert _iso_datetime("2020-03-04") == datetime(2020, 3, 4)
    assert _iso_datetime("2020-03-04T09:30") == datetime(2020, 3, 4, 9, 30)
    utc = timezone.utc
    assert _iso_datetime("2020-03-04T09:30Z") == datetime(2020, 3, 4, 9, 30, tzinfo=utc)
    plus2 = timezone(timedelta(hours=2))
    assert _iso_datetime("2020-03-04 09:30+02:00") == datetime(2020, 3, 4, 9, 30, tzinfo=plus2)


def test_byte_sizes_take_units() -> None:
    """--max-bytes takes a number of bytes or one with K, M or G (powers of 1024)."""
    assert [_byte_size(s) for s in ("4096", "64K", "50M", "1g", "2MiB")] == [
        4096,
        64 * 1024,
        50 * 1024**2,
        1024**3,
        2 * 1024**2,
    ]


# --- the console script: inputs -------------------------------------------------------------


@pytest.mark.slow
def test_a_directory_of_every_kind_is_read_in_order(pages: Path) -> None:
    """A directory is walked recursively; HTML, UTF-8 and windows-1256 dumps and gzip files of
    them all come out right, in walk order, each saying where it came from; exit 0."""
    expected = write_pages(pages)
    result = run(["parse", str(pages)])
    assert result.returncode == 0, result.stderr
    got = records(result.stdout)
    assert [r["@input"]["path"] for r in got] == [str(pages / p) for p in expected]
    assert [r["title"] for r in got] == list(expected.values())
    assert [r["@input"]["type"] for r in got] == ["html", "text", "text", "html", "text"]
    assert [r["@input"].get("compression") for r in got][-2:] == ["gzip", "gzip"]
    assert got[1]["paragraphs"] == got[2]["paragraphs"] == got[4]["paragraphs"]
    assert err_lines(result.stderr) == [
        "arnews: 5 records read, 5 parsed, 0 skipped, 0 failed, 0 truncated"
    ]


@pytest.mark.slow
def test_inputs_are_sniffed_from_content_not_names(tmp_path: Path) -> None:
    """A page named .dat, a dump without a suffix, HTML named .txt, gzip named .bin and a WARC
    named .data are each read as what they hold; --input-format forces a type."""
    files = {
        "page.dat": PAGE_1.encode(),
        "seed": DUMP.encode(),
        "page.txt": PAGE_3.encode(),
        "dump.bin": gzip.compress(DUMP.encode("cp1256")),
        "crawl.data": b"".join(crawl_records()),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    result = run(["parse", *files], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    got = records(result.stdout)
    assert [(r["@input"]["path"], r["@input"]["type"]) for r in got] == [
        ("page.dat", "html"),
        ("seed", "text"),
        ("page.txt", "html"),
        ("dump.bin", "text"),
        *[("crawl.data", "warc")] * 3,
    ]
    assert [r["title"] for r in got] == [TITLE_1, DUMP_TITLE, TITLE_3, DUMP_TITLE, TITLE_1, TITLE_2,
                                         TITLE_3]  # fmt: skip
    forced = run(["parse", "page.txt", "--input-format", "text"], cwd=tmp_path)
    assert json.loads(forced.stdout)["@input"]["type"] == "text"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("data", "kind", "title"),
    [
        (DUMP.encode("cp1256"), "text", DUMP_TITLE),
        (PAGE_1.encode(), "html", TITLE_1),
        (gzip.compress(DUMP.encode()), "text", DUMP_TITLE),
        (gzip.compress(b"".join(crawl_records())), "warc", TITLE_1),
    ],
    ids=["cp1256-dump", "html", "gzip-dump", "warc-gz"],
)
def test_standard_input_is_sniffed_too(data: bytes, kind: str, title: str) -> None:
    """`arnews parse -` reads a dump, a page, gzip or a WARC from a pipe, by its content."""
    result = run(["parse", "-", "--format", "jsonl"], stdin=data)
    assert result.returncode == 0, result.stderr
    first = records(result.stdout)[0]
    assert (first["@input"]["path"], first["@input"]["type"], first["title"]) == ("-", kind, title)


@pytest.mark.slow
def test_mojibake_gives_a_warning_not_a_failure(tmp_path: Path) -> None:
    """A dump stored as UTF-8 that was once misread as windows-1256 parses, with one warning
    line on standard error naming the file; exit 0."""
    broken = DUMP.encode("utf-8").decode("cp1256")
    (tmp_path / "mojibake.txt").write_text(broken, encoding="utf-8")
    result = run(["parse", "mojibake.txt"], cwd=tmp_path)
    assert result.returncode == 0
    assert err_lines(result.stderr) == [
        "arnews: mojibake.txt: warning: the text reads like UTF-8 decoded as cp1256 (mojibake)"
    ]


@pytest.mark.slow
def test_an_empty_file_is_reported_and_counted_as_failed(tmp_path: Path) -> None:
    """An empty file found in a directory gets one line on standard error and counts as a
    failed record; the other inputs are written; exit 1."""
    (tmp_path / "a.html").write_text(PAGE_1, encoding="utf-8")
    (tmp_path / "b.html").write_bytes(b"")
    result = run(["parse", "."], cwd=tmp_path)
    assert result.returncode == 1
    assert [r["title"] for r in records(result.stdout)] == [TITLE_1]
    assert err_lines(result.stderr) == [
        "arnews: ./b.html: failed: empty: the file holds nothing to parse",
        "arnews: 2 records read, 1 parsed, 0 skipped, 1 failed, 0 truncated",
    ]


# --- the console script: records ------------------------------------------------------------


def _warc_with_odd_uri(path: Path) -> Path:
    block = http_response(PAGE_3.encode())
    evil = "https://news.example.org/\x1b]0;owned\x07\u202eevil"
    return write_records(
        path,
        [
            response(f"{SITE}/a", http_response(PAGE_1.encode()), 1),
            record("response", block[:300], uri=evil, content_type="application/http", number=2,
                   length=len(block)),
        ],
    )  # fmt: skip


@pytest.mark.slow
def test_records_say_where_they_came_from(tmp_path: Path) -> None:
    """Every record has an "@input" key (path, type; for WARC also offset, record id, target
    URI and date) that Article.from_dict ignores: the rest is the page's article."""
    write_records(tmp_path / "crawl.warc.gz", crawl_records())
    (tmp_path / "page.html").write_text(PAGE_1, encoding="utf-8")
    result = run(["parse", "crawl.warc.gz", "page.html"], cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    got = records(result.stdout)
    warc = got[0]["@input"]
    assert warc == {
        "path": "crawl.warc.gz",
        "type": "warc",
        "offset": warc["offset"],
        "record_id": "<urn:uuid:00000000-0000-4000-8000-000000000003>",
        "target_uri": CRAWL_URLS[0],
        "date": "2024-02-07T10:00:00Z",
    }
    members = [gzip.compress(r) for r in crawl_records()]
    assert warc["offset"] == sum(len(m) for m in members[:2])
    assert got[3]["@input"] == {"path": "page.html", "type": "html"}
    article = arnews.Article.from_dict(got[3])
    assert article == arnews.parse_html(PAGE_1.encode())
    assert article.to_dict() == {k: v for k, v in got[3].items() if k != "@input"}


@pytest.mark.slow
def test_control_characters_never_reach_standard_error_raw(tmp_path: Path) -> None:
    """An escape sequence or a bidi override in a WARC-Target-URI or a file name is written
    escaped on standard error, never raw."""
    _warc_with_odd_uri(tmp_path / "odd.warc")
    (tmp_path / "bad\x1b[31mname\n.html").write_bytes(b"")
    result = run(["parse", "odd.warc", "bad\x1b[31mname\n.html"], cwd=tmp_path)
    assert result.returncode == 1
    assert b"\x1b" not in result.stderr
    assert "\u202e".encode() not in result.stderr
    lines = err_lines(result.stderr)
    assert len(lines) == 3
    assert "/\\x1b]0;owned\\x07\\u202eevil): cut-short" in lines[0]
    assert lines[1].startswith("arnews: bad\\x1b[31mname\\n.html: failed: empty")


# --- the console script: errors a user makes -----------------------------------------------

_USER_ERRORS = [
    (["-o", "/nonexistent/dir/out.json"], "no such directory"),
    (["-o", "{tmp}"], "is a directory"),
    (["-o", "/dev/full"], "No space left on device"),
    (["--reference-date", "04/03/2020"], "expected an ISO 8601 date"),
    (["--jobs", "0"], "expected a number of processes"),
    (["--url", "https://example.org/a", "{tmp}"], "--url applies to a single page"),
    (["{tmp}/missing.html"], "no such file or directory"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("extra", "message"), _USER_ERRORS, ids=[m for _, m in _USER_ERRORS])
def test_user_errors_give_one_line_and_exit_2(
    pages: Path, tmp_path: Path, extra: list[str], message: str
) -> None:
    """A usage or output error is one line on standard error (no traceback, no usage block),
    exit code 2, and nothing on standard output."""
    if "/dev/full" in extra and not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    args = [a.replace("{tmp}", str(tmp_path)) for a in extra]
    result = run(["parse", str(pages / "a.html"), *args])
    lines = err_lines(result.stderr)
    assert (result.returncode, len(lines), result.stdout) == (2, 1, b""), lines
    assert message in lines[0]
    assert lines[0].startswith("arnews")


@pytest.mark.slow
def test_url_is_refused_for_a_warc_file(tmp_path: Path) -> None:
    """--url names one page; given with a WARC file (whose records carry their URLs) it is a
    usage error."""
    path = write_records(tmp_path / "crawl.warc", crawl_records())
    result = run(["parse", str(path), "--url", "https://example.org/a"])
    assert (result.returncode, err_lines(result.stderr)) == (
        2,
        ["arnews: --url applies to a single page (WARC records carry their own)"],
    )


# --- the console script: the output file ----------------------------------------------------


@pytest.mark.slow
def test_the_output_file_is_replaced_whole_keeping_its_mode(pages: Path, tmp_path: Path) -> None:
    """-o writes a temporary file beside the target and renames it: the old content is gone,
    the mode is kept, and no temporary file is left."""
    out = tmp_path / "out.jsonl"
    out.write_text("old\n")
    out.chmod(0o640)
    result = run(["parse", str(pages / "a.html"), str(pages / "b.txt"), "-o", str(out)])
    assert result.returncode == 0, result.stderr
    assert [r["title"] for r in records(out.read_bytes())] == [TITLE_1, DUMP_TITLE]
    assert stat.S_IMODE(out.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


@pytest.mark.slow
@pytest.mark.parametrize("case", ["same-file", "missing-input", "only-failures"])
def test_the_output_file_is_left_alone_when_the_run_cannot_write_it(
    tmp_path: Path, case: str
) -> None:
    """-o never truncates an input (exit 2), a missing input does not empty an existing output
    (exit 2), and a run that only failed leaves the old output as it was (exit 1)."""
    crawl = write_records(tmp_path / "crawl.warc", crawl_records())
    (tmp_path / "empty.html").write_bytes(b"")
    out = tmp_path / "out.jsonl"
    out.write_text("old\n")
    args, target, code = {
        "same-file": (["crawl.warc"], crawl, 2),
        "missing-input": (["missing.html"], out, 2),
        "only-failures": (["empty.html"], out, 1),
    }[case]
    before = target.read_bytes()
    result = run(["parse", *args, "-o", target.name], cwd=tmp_path)
    assert result.returncode == code
    assert target.read_bytes() == before
    assert not list(tmp_path.glob(".*.part"))


@pytest.mark.slow
def test_an_output_inside_an_input_directory_is_not_read_back(tmp_path: Path) -> None:
    """The output file (named like an input) inside the directory being read is left out of
    the walk, so a second run gives the same output as the first."""
    (tmp_path / "a.html").write_text(PAGE_1, encoding="utf-8")
    first = run(["parse", ".", "-o", "out.txt", "--format", "jsonl"], cwd=tmp_path)
    written = (tmp_path / "out.txt").read_bytes()
    second = run(["parse", ".", "-o", "out.txt", "--format", "jsonl"], cwd=tmp_path)
    assert (first.returncode, second.returncode) == (0, 0)
    assert (tmp_path / "out.txt").read_bytes() == written
    assert len(records(written)) == 1


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "shape"),
    [([], "object"), (["{dir}", "--format", "json"], "list"), (["{dir}"], "lines")],
    ids=["one-page", "json-list", "jsonl-default"],
)
def test_formats(pages: Path, args: list[str], shape: str) -> None:
    """One page gives one indented object; --format json over several gives one indented
    list; several pages default to JSON Lines."""
    paths = [a.replace("{dir}", str(pages / "sub")) for a in args]
    result = run(["parse", str(pages / "a.html"), *paths])
    text = result.stdout.decode()
    if shape == "object":
        assert json.loads(text)["title"] == TITLE_1
        assert text.startswith('{\n  "@input"')
    elif shape == "list":
        assert [r["title"] for r in json.loads(text)] == [TITLE_1, TITLE_3, DUMP_TITLE]
    else:
        assert [r["title"] for r in records(result.stdout)] == [TITLE_1, TITLE_3, DUMP_TITLE]


@pytest.mark.slow
def test_warc_reading_needs_no_extra(tmp_path: Path) -> None:
    """WARC files are read with arnews's own reader: a run where warcio cannot be imported
    reads a crawl all the same."""
    blocker = tmp_path / "blocker" / "warcio"
    blocker.mkdir(parents=True)
    (blocker / "__init__.py").write_text("raise ImportError('warcio is not installed')\n")
    path = write_records(tmp_path / "crawl.warc.gz", crawl_records())
    from tests.cli_helpers import environment

    env = environment()
    env["PYTHONPATH"] = os.pathsep.join([str(blocker.parent), env["PYTHONPATH"]])
    result = run(["parse", str(path)], env=env)
    assert result.returncode == 0, result.stderr
    assert [r["target_uri"] for r in (x["@input"] for x in records(result.stdout))] == CRAWL_URLS


def test_url_and_language_reach_the_parser(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--url becomes the page's URL; --language ara leaves out the WET records identified
    as another language and counts them (in process: the same main as the script)."""
    page = tmp_path / "page.html"
    page.write_text(PAGE_1, encoding="utf-8")
    assert main(["parse", str(page), "--url", f"{SITE}/culture/1"]) == 0
    assert json.loads(capsys.readouterr().out)["url"] == f"{SITE}/culture/1"
    wet = write_records(tmp_path / "lang.wet", language_records())
    assert main(["parse", str(wet), "--language", "ara"]) == 0
    captured = capsys.readouterr()
    assert [r["url"] for r in records(captured.out.encode())] == [f"{SITE}/{n}" for n in (1, 3, 4)]
    assert "1 language" in captured.err


def test_the_demo_prints_a_clean_article(capsys: pytest.CaptureFixture[str]) -> None:
    """`arnews demo` prints the bundled page as a clean article in JSON."""
    assert main(["demo"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    assert data["title"] == "افتتاح معرض الكتاب الدولي بمشاركة 40 دولة"
    assert data["authors"] == ["سامر الحلبي"]
    assert data["published"] == "2024-02-07T10:30:00+03:00"
    assert len(data["paragraphs"]) == 5
    assert "اقرأ أيضاً" not in data["text"]
    assert data["related"][0]["text"] == "إعلان القائمة القصيرة لجائزة الرواية"
    assert data["quotes"]


# --- the CLI page ---------------------------------------------------------------------------

CLI_PAGE = Path(__file__).resolve().parent.parent / "docs" / "cli.md"


def test_the_cli_page_documents_every_option() -> None:
    """docs/cli.md names every option of `arnews parse` with its help text, the input rule,
    and every exit code: the page cannot drift from the parser."""
    page = " ".join(CLI_PAGE.read_text(encoding="utf-8").split())
    parser = _build_parser()
    subparsers = next(a for a in parser._actions if a.choices and "parse" in a.choices)
    parse = subparsers.choices["parse"]
    for action in parse._actions:
        if action.help in (None, "==SUPPRESS=="):
            continue
        for option in action.option_strings:
            assert f"`{option}" in page or f"{option}`" in page, option
        if action.option_strings and action.dest != "help":
            assert " ".join(action.help.split()) in page, action.dest
    from arnews.cli import EXIT_CODES, INPUT_RULE

    assert " ".join(INPUT_RULE.split()) in page
    for code, meaning in EXIT_CODES.items():
        assert f"| {code} | {meaning} |" in page, code
