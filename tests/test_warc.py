"""Reading WARC/WET files (arnews.warc): pages, skips, counts, encodings.

The files are written by hand (tests/warc_builder.py); the faults a reader must
survive have their own suite (tests/test_crawl_faults.py), and the crawl mode of
``arnews parse`` is tested with the rest of the command line (tests/test_cli.py).
"""

from __future__ import annotations

import codecs
import gzip
import io
import logging
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import arnews
import arnews.warc
from arnews._warc_pages import looks_like_html as _looks_like_html
from arnews._warc_pages import mime_type as _mime_type
from arnews.errors import CrawlError, InputError
from arnews.model import Article
from arnews.warc import (
    WARC_SUFFIXES,
    WarcPage,
    WarcStats,
    declared_charset,
    find_warc_files,
    is_warc_path,
    iter_articles,
    iter_pages,
    parse_page,
)
from tests.strategies import content_types
from tests.warc_builder import (
    CRAWL_SKIPS,
    CRAWL_URLS,
    PAGE_1,
    PAGE_2,
    PAGE_3,
    SITE,
    TITLE_1,
    TITLE_2,
    TITLE_3,
    WET_TEXT_2,
    crawl_records,
    http_response,
    language_records,
    record,
    response,
    wet_records,
    write_records,
)


@pytest.fixture(params=["crawl.warc", "crawl.warc.gz"])
def crawl_file(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """The small crawl, uncompressed and gzipped per record."""
    return write_records(tmp_path / request.param, crawl_records())


@pytest.fixture(params=["crawl.wet", "crawl.wet.gz"])
def wet_file(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """The small WET file, uncompressed and gzipped per record."""
    return write_records(tmp_path / request.param, wet_records())


# --- record iteration and skipping ------------------------------------------------------------


def test_pages_of_a_crawl_are_found_in_order(crawl_file: Path) -> None:
    """Only HTML pages with status 2xx become pages, in file order, with their record URL."""
    pages = list(iter_pages(crawl_file))
    assert [p.url for p in pages] == CRAWL_URLS
    assert [p.kind for p in pages] == ["html", "html", "html"]
    assert pages[0].record_id == "<urn:uuid:00000000-0000-4000-8000-000000000003>"
    assert pages[0].payload == PAGE_1.encode()


def test_skipped_records_are_counted_by_reason(crawl_file: Path) -> None:
    """Every record is counted: warcinfo/request/metadata/revisit, robots, images, redirects…"""
    stats = WarcStats()
    assert len(list(iter_pages(crawl_file, stats=stats))) == 3
    assert stats.records == 12
    assert dict(stats.skip_reasons) == CRAWL_SKIPS
    assert stats.skipped == 9
    assert stats.failed == 0


def test_wet_conversion_records_are_text_pages(wet_file: Path) -> None:
    """WET conversion records become text pages; the warcinfo record is skipped."""
    stats = WarcStats()
    pages = list(iter_pages(wet_file, stats=stats))
    assert [(p.kind, p.url) for p in pages] == [("text", CRAWL_URLS[0]), ("text", CRAWL_URLS[1])]
    assert pages[1].payload.decode() == WET_TEXT_2
    assert (stats.records, stats.skipped) == (3, 1)


def test_a_language_filter_keeps_identified_and_unidentified_records(tmp_path: Path) -> None:
    """languages keeps records naming a wanted code (any case) and those naming none at all."""
    path = write_records(tmp_path / "lang.wet.gz", language_records())
    stats = WarcStats()
    pages = list(iter_pages(path, stats=stats, languages=["ARA"]))
    assert [p.url for p in pages] == [f"{SITE}/1", f"{SITE}/3", f"{SITE}/4"]
    assert dict(stats.skip_reasons) == {"language": 1}
    assert len(list(iter_pages(path))) == 4  # no filter by default


def test_a_binary_stream_is_accepted(tmp_path: Path) -> None:
    """An open binary stream (here gzipped) reads like a path."""
    path = write_records(tmp_path / "c.warc.gz", crawl_records())
    with path.open("rb") as stream:
        assert [p.url for p in iter_pages(stream)] == CRAWL_URLS


def test_an_html_response_without_content_type_is_sniffed(tmp_path: Path) -> None:
    """A 200 response with no declared type is a page only if its payload looks like HTML."""
    path = write_records(
        tmp_path / "s.warc",
        [
            response(f"{SITE}/a", http_response(PAGE_1.encode(), None), 1),
            response(f"{SITE}/b", http_response(b"GIF89a\x00\x01", None), 2),
        ],
    )
    stats = WarcStats()
    assert [p.url for p in iter_pages(path, stats=stats)] == [f"{SITE}/a"]
    assert dict(stats.skip_reasons) == {"content-type": 1}


def test_chunked_and_gzipped_payloads_are_decoded(tmp_path: Path) -> None:
    """Chunked transfer encoding and gzip content encoding are undone, not seen as truncation."""
    body = PAGE_1.encode()
    chunked = b"".join(
        b"%x\r\n%s\r\n" % (len(body[i : i + 500]), body[i : i + 500])
        for i in range(0, len(body), 500)
    )
    packed = gzip.compress(body)
    path = write_records(
        tmp_path / "enc.warc",
        [
            response(
                f"{SITE}/a",
                http_response(chunked + b"0\r\n\r\n", extra=["Transfer-Encoding: chunked"]),
                1,
            ),
            response(f"{SITE}/b", http_response(packed, extra=["Content-Encoding: gzip"]), 2),
        ],
    )
    stats = WarcStats()
    assert [p.payload for p in iter_pages(path, stats=stats)] == [body, body]
    assert stats.failed == 0


def test_a_truncated_record_is_logged_and_counted(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A record cut short by the end of the file is logged with its record id and offset and
    counted as truncated; errors="raise" raises CrawlError with the same facts."""
    block = http_response(PAGE_3.encode())
    path = write_records(
        tmp_path / "t.warc",
        [
            response(f"{SITE}/a", http_response(PAGE_1.encode()), 1),
            record(
                "response",
                block[:200],
                uri=f"{SITE}/b",
                number=2,
                length=len(block),
                content_type="application/http; msgtype=response",
            ),
        ],
    )
    stats = WarcStats()
    with caplog.at_level(logging.WARNING, logger="arnews.warc"):
        assert [p.url for p in iter_pages(path, stats=stats)] == [f"{SITE}/a"]
    assert (stats.records, stats.failed, stats.truncated) == (2, 0, 1)
    offset = len(response(f"{SITE}/a", http_response(PAGE_1.encode()), 1))
    assert f"<urn:uuid:00000000-0000-4000-8000-000000000002> at offset {offset}" in caplog.text
    with pytest.raises(CrawlError, match="cut-short") as raised:
        list(iter_pages(path, errors="raise"))
    assert (raised.value.reason, raised.value.offset) == ("cut-short", offset)
    assert raised.value.record_id == "<urn:uuid:00000000-0000-4000-8000-000000000002>"


def test_a_gzip_member_cut_in_its_header_is_damage_at_the_end(tmp_path: Path) -> None:
    """A .gz download cut inside the gzip header of its last member yields every page before
    it and counts the broken tail as one damaged span (no record header was readable)."""
    members = [gzip.compress(rec) for rec in crawl_records()]
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(b"".join(members[:-1]) + members[-1][:12])
    stats = WarcStats()
    assert [p.url for p in iter_pages(path, stats=stats)] == CRAWL_URLS
    assert (stats.records, stats.damaged, stats.truncated) == (11, 1, 0)
    with pytest.raises(CrawlError, match="cut-short") as raised:
        list(iter_pages(path, errors="raise"))
    assert raised.value.offset == len(b"".join(members[:-1]))


@pytest.mark.parametrize(
    "data",
    [b"hello, this is not a WARC file\n", bytes(range(256)) * 8],
    ids=["text", "binary"],
)
def test_a_file_that_is_not_warc_raises_input_error(tmp_path: Path, data: bytes) -> None:
    """Text or binary data that is not WARC is refused with InputError, not read as pages."""
    path = tmp_path / "bad.warc"
    path.write_bytes(data)
    with pytest.raises(InputError, match=r"bad\.warc"):
        list(iter_pages(path))


def test_an_empty_file_has_no_records(tmp_path: Path) -> None:
    """An empty WARC file is a crawl of zero records, not an error."""
    path = tmp_path / "empty.warc.gz"
    path.write_bytes(b"")
    stats = WarcStats()
    assert list(iter_pages(path, stats=stats)) == []
    assert stats.records == 0


def test_finding_warc_files_recurses_into_directories(tmp_path: Path) -> None:
    """Directories are searched recursively for WARC/WET names; explicit files are kept."""
    (tmp_path / "crawl" / "b").mkdir(parents=True)
    for name in ("crawl/b/2.warc.gz", "crawl/1.WET", "crawl/notes.txt", "page.html"):
        (tmp_path / name).write_bytes(b"")
    found = find_warc_files([tmp_path / "crawl", tmp_path / "page.html"])
    assert found == [
        tmp_path / "crawl/1.WET",
        tmp_path / "crawl/b/2.warc.gz",
        tmp_path / "page.html",
    ]
    assert is_warc_path("x.warc.wet.gz")
    assert not is_warc_path("x.warc.zip")


def test_importing_arnews_does_not_import_warcio_or_dask() -> None:
    """warcio and Dask are imported on use, not by ``import arnews``, the CLI or arnews.dask."""
    code = (
        "import sys, arnews, arnews.warc, arnews.cli, arnews.dask;"
        "print(sorted({'warcio', 'dask', 'distributed', 'fsspec'} & set(sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


# --- charset of the HTTP header ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("content_type", "expected"),
    [
        ("text/html; charset=UTF-8", "utf-8"),
        ('text/html;charset="windows-1256"', "cp1256"),
        ("text/html; Charset='iso-8859-6'", "iso8859-6"),
        ("text/html", None),
        ("text/html; charset=no-such-charset", None),
        ("text/html; charset=base64", None),  # a codec, but not a text encoding
        ("text/html; charset=", None),
        (None, None),
    ],
)
def test_declared_charset(content_type: str | None, expected: str | None) -> None:
    """The charset parameter is read case-insensitively and only kept if it is a text encoding."""
    assert declared_charset(content_type) == expected


@given(content_types())
def test_declared_charset_is_none_or_a_text_codec(content_type: str) -> None:
    """Whatever the header says, the result is None or a codec that decodes bytes to text."""
    name = declared_charset(content_type)
    if name is not None:
        assert codecs.lookup(name).name == name
        assert isinstance(b"abc".decode(name, errors="replace"), str)


@given(st.text(max_size=40), st.sampled_from(WARC_SUFFIXES), st.booleans())
def test_warc_names_are_recognised_in_any_case(stem: str, suffix: str, upper: bool) -> None:
    """Any name ending in a WARC/WET suffix, in any letter case, is a WARC path."""
    assert is_warc_path(stem + (suffix.upper() if upper else suffix))


@given(st.binary(max_size=600))
def test_html_sniffing_needs_a_tag_first(payload: bytes) -> None:
    """Sniffing never raises, and only calls a payload HTML if it starts with '<'."""
    if _looks_like_html(payload):
        assert payload.lstrip().startswith(b"<")


@given(st.text(max_size=60))
def test_mime_type_is_a_lowercase_bare_type(content_type: str) -> None:
    """The media type of any header value is None or lowercase, trimmed, without parameters."""
    mime = _mime_type(content_type)
    assert mime is None or (mime == mime.strip().lower() and ";" not in mime and mime)


class _Recorder:
    """Stands in for parse_html to see exactly what parse_page hands it."""

    def __init__(self) -> None:
        self.calls: list[tuple[str | bytes, object]] = []

    def __call__(self, html: str | bytes, url: str | None = None, **options: object) -> Article:
        self.calls.append((html, options.get("encoding")))
        return Article(url=url)


def test_parse_page_hands_over_bytes_and_the_header_charset(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The payload goes to parse_html undecoded, the header's charset as its encoding."""
    recorder = _Recorder()
    monkeypatch.setattr(arnews.warc, "parse_html", recorder)
    payload = PAGE_2.encode("cp1256")
    parse_page(WarcPage("html", f"{SITE}/x", "<urn:x>", payload, "cp1256"))
    parse_page(WarcPage("html", f"{SITE}/y", "<urn:y>", payload, None))
    assert recorder.calls == [(payload, "cp1256"), (payload, None)]


@pytest.mark.parametrize(
    ("payload", "charset"),
    [
        (PAGE_2.encode("cp1256"), "cp1256"),  # only the header names the charset
        (codecs.BOM_UTF8 + PAGE_2.encode(), "cp1256"),  # a byte-order mark wins
        (PAGE_1.replace(TITLE_1, TITLE_2).encode(), "iso8859-6"),  # the header lies
    ],
    ids=["header", "bom-wins", "lying-header"],
)
def test_the_real_parser_gets_the_title_right_whatever_the_charset(
    payload: bytes, charset: str
) -> None:
    """With the real parse_html the Arabic title comes out right in every charset situation."""
    article = parse_page(WarcPage("html", f"{SITE}/x", "<urn:x>", payload, charset))
    assert article.title == TITLE_2
    assert article.url == f"{SITE}/x"


# --- articles and error accounting ------------------------------------------------------------


def _failing_on(url: str, real: object) -> object:
    def parse(html: str | bytes, page_url: str | None = None, **options: object) -> Article:
        if page_url == url:
            raise ValueError("boom")
        return real(html, page_url, **options)  # type: ignore[operator,no-any-return]

    return parse


def test_articles_of_a_crawl(crawl_file: Path) -> None:
    """iter_articles gives the real parse_html result of each page, in file order."""
    stats = WarcStats()
    articles = list(iter_articles(crawl_file, stats=stats))
    assert [a.title for a in articles] == [TITLE_1, TITLE_2, TITLE_3]
    assert [a.url for a in articles] == CRAWL_URLS
    assert articles[1].paragraphs[0].startswith("شهدت المحافظات الشمالية")
    assert (stats.records, stats.parsed, stats.skipped, stats.failed) == (12, 3, 9, 0)


def test_articles_of_a_wet_file(wet_file: Path) -> None:
    """WET conversion records go through the real parse_text."""
    articles = list(iter_articles(wet_file))
    assert [(a.url, a.title) for a in articles] == [
        (CRAWL_URLS[0], TITLE_1),
        (CRAWL_URLS[1], TITLE_2),
    ]
    assert "أمطاراً غزيرة" in articles[1].text


def test_relative_dates_use_the_reference_date(tmp_path: Path) -> None:
    """reference_date reaches the parser: «أمس» in an undated page resolves near it, not today."""
    path = write_records(
        tmp_path / "r.warc", [response(f"{SITE}/sport/3", http_response(PAGE_3.encode()), 1)]
    )
    reference = datetime(2024, 2, 7, 12, 0)
    (article,) = iter_articles(path, reference_date=reference)
    assert article.dates
    assert all(timedelta(0) < reference - m.value <= timedelta(days=3) for m in article.dates)


def test_a_failing_page_is_logged_counted_and_skipped(
    crawl_file: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """With errors="skip" a page whose parse raises is logged with its record id and counted."""
    monkeypatch.setattr(arnews.warc, "parse_html", _failing_on(CRAWL_URLS[1], _Recorder()))
    stats = WarcStats()
    with caplog.at_level(logging.WARNING, logger="arnews.warc"):
        articles = list(iter_articles(crawl_file, stats=stats))
    assert [a.url for a in articles] == [CRAWL_URLS[0], CRAWL_URLS[2]]
    assert (stats.records, stats.parsed, stats.skipped, stats.failed) == (12, 2, 9, 1)
    assert stats.records == stats.parsed + stats.skipped + stats.failed
    assert "<urn:uuid:00000000-0000-4000-8000-000000000005>" in caplog.text
    assert "ValueError: boom" in caplog.text


def test_errors_raise_propagates_the_failure(
    crawl_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With errors="raise" the first failing page's exception stops the iteration."""
    monkeypatch.setattr(arnews.warc, "parse_html", _failing_on(CRAWL_URLS[1], _Recorder()))
    with pytest.raises(ValueError, match="boom"):
        list(iter_articles(crawl_file, errors="raise"))


def test_stats_summary_names_every_count() -> None:
    """The summary line gives records, parsed, skipped by reason, failed and truncated, and
    damaged spans when there are any."""
    stats = WarcStats(records=6, parsed=2, failed=1, truncated=1)
    stats.skip_reasons.update({"status": 1, "record-type": 1})
    assert stats.summary() == (
        "6 records read, 2 parsed, 2 skipped (1 record-type, 1 status), 1 failed, 1 truncated"
    )
    stats.damaged = 2
    assert stats.summary().endswith(", 1 truncated, 2 damaged spans")


def test_the_stream_form_is_the_path_form(crawl_file: Path) -> None:
    """Reading from a BytesIO gives the same pages as reading the path."""
    from_path = list(iter_pages(crawl_file))
    from_stream = list(iter_pages(io.BytesIO(crawl_file.read_bytes())))
    assert from_stream == from_path


# --- the real corpus through WARC and WET files ----------------------------------------------


def _manifest(path: Path) -> list[dict[str, str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    header = lines[0].split("\t")
    return [dict(zip(header, line.split("\t"), strict=True)) for line in lines[1:]]


@pytest.mark.corpus
def test_real_pages_read_from_a_warc_equal_parse_html(corpus: Path, tmp_path: Path) -> None:
    """Every real HTML page wrapped in a WARC gives what parse_html gives on its bytes."""
    pages = _manifest(corpus / "MANIFEST.tsv")
    records = [
        response(page["original_url"], http_response((corpus / page["file"]).read_bytes()), n)
        for n, page in enumerate(pages)
    ]
    path = write_records(tmp_path / "corpus.warc.gz", records)
    stats = WarcStats()
    articles = list(iter_articles(path, stats=stats, errors="raise"))
    expected = [
        arnews.parse_html((corpus / p["file"]).read_bytes(), p["original_url"], encoding="utf-8")
        for p in pages
    ]
    assert (stats.records, stats.parsed) == (len(pages), len(pages))
    assert [a.to_dict() for a in articles] == [e.to_dict() for e in expected]
    assert sum(bool(a.title) for a in articles) == len(pages)


@pytest.mark.corpus
def test_real_pages_in_windows_1256_declared_only_in_the_header(
    corpus: Path, tmp_path: Path
) -> None:
    """Real pages re-encoded to windows-1256 (their <meta> still says utf-8) keep their title."""
    pages = _manifest(corpus / "MANIFEST.tsv")
    records = []
    for n, page in enumerate(pages):
        html = (corpus / page["file"]).read_text(encoding="utf-8")
        body = html.encode("cp1256", errors="xmlcharrefreplace")  # the <meta> still says utf-8
        block = http_response(body, "text/html; charset=windows-1256")
        records.append(response(page["original_url"], block, n))
    path = write_records(tmp_path / "cp1256.warc", records)
    titles = [a.title for a in iter_articles(path, errors="raise")]
    expected = [
        arnews.parse_html((corpus / p["file"]).read_bytes(), p["original_url"]).title for p in pages
    ]
    assert titles == expected


@pytest.mark.corpus
def test_real_text_dumps_read_from_a_wet_file_equal_parse_text(
    corpus: Path, tmp_path: Path
) -> None:
    """Every real text dump wrapped in a WET conversion record gives what parse_text gives."""
    root = corpus / "text" / "pages"
    dumps = _manifest(root / "MANIFEST.tsv")
    texts = [(root / d["file"]).read_text(encoding="utf-8") for d in dumps]
    records = [
        record("conversion", text.encode(), uri=d["url"], content_type="text/plain", number=n)
        for n, (d, text) in enumerate(zip(dumps, texts, strict=True))
    ]
    path = write_records(tmp_path / "corpus.wet.gz", records)
    articles = list(iter_articles(path, errors="raise"))
    expected = [arnews.parse_text(t, d["url"]) for d, t in zip(dumps, texts, strict=True)]
    assert len(articles) == len(dumps) > 100
    assert [a.to_dict() for a in articles] == [e.to_dict() for e in expected]
