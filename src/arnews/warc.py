"""Articles out of WARC and WET files: a Common Crawl segment or your own crawl.

Reading WARC needs the optional reader: ``pip install 'arnews[warc]'`` installs
`warcio <https://github.com/webrecorder/warcio>`_, imported only when a file is
read (``import arnews`` does not import it).

Which records become articles:

- ``response`` records with HTTP status 2xx and an HTML content type go through
  :func:`arnews.parse_html`, with the URL from ``WARC-Target-URI`` and the
  charset of the HTTP ``Content-Type`` header as its ``encoding`` (see
  :func:`parse_page`).
- ``resource`` records whose own content type is HTML go through
  :func:`arnews.parse_html` too (crawls made with ``wget --warc-file``).
- WET ``conversion`` records (``text/plain``, always UTF-8) go through
  :func:`arnews.parse_text`.
- Everything else is skipped and counted by reason in :class:`WarcStats`:
  ``record-type`` (``warcinfo``, ``request``, ``metadata``, ``revisit`` …),
  ``status`` (redirects, errors), ``robots`` (``/robots.txt``), ``content-type``
  (images, PDF, JSON …), ``empty`` (no payload) and ``language`` (when a
  language filter is asked for).

The files are streamed record by record, so memory stays flat however large
the file. A record that fails to parse is logged (logger ``arnews.warc``, with
its ``WARC-Record-ID``) and counted, and the run goes on (``errors="skip"``), or
its exception propagates (``errors="raise"``). A stream that is not WARC at
all, or that is cut short (a truncated download), raises
:class:`arnews.errors.InputError` once the pages before the break are yielded.

>>> from arnews.warc import declared_charset
>>> declared_charset('text/html; charset="Windows-1256"')
'cp1256'
"""

from __future__ import annotations

import codecs
import io
import logging
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Final, Literal, Protocol, TypeAlias
from urllib.parse import urlsplit

from arnews.errors import InputError
from arnews.extract import parse_html, parse_text
from arnews.model import Article

__all__ = [
    "WARC_SUFFIXES",
    "Errors",
    "PageKind",
    "Source",
    "WarcPage",
    "WarcStats",
    "declared_charset",
    "failure_message",
    "find_warc_files",
    "is_warc_path",
    "iter_articles",
    "iter_pages",
    "parse_page",
]

logger = logging.getLogger(__name__)

Source: TypeAlias = "str | os.PathLike[str] | IO[bytes]"
"""A WARC/WET file: a path, or a binary stream (gzip-compressed or not)."""

Errors: TypeAlias = Literal["skip", "raise"]
"""What a failing record does: ``skip`` logs and counts it, ``raise`` propagates its error."""

PageKind: TypeAlias = Literal["html", "text"]
"""``html``: an HTML payload for :func:`arnews.parse_html`; ``text``: a WET text for
:func:`arnews.parse_text`."""

WARC_SUFFIXES: Final[tuple[str, ...]] = (".warc", ".warc.gz", ".wet", ".wet.gz")
"""File names ending like this are read as WARC/WET (case-insensitive)."""

_HTML_TYPES: Final[frozenset[str]] = frozenset({"text/html", "application/xhtml+xml"})
_TEXT_TYPES: Final[frozenset[str]] = frozenset({"text/plain"})
_SNIFF_BYTES: Final[int] = 512
_HTML_SIGNATURES: Final[tuple[bytes, ...]] = (b"<!doctype html", b"<html")
_SNIFF: Final = "sniff"


class _Headers(Protocol):
    def get_header(self, name: str) -> str | None: ...


class _HttpHeaders(_Headers, Protocol):
    def get_statuscode(self) -> str | None: ...


class _Record(Protocol):
    """What arnews uses of a ``warcio`` record (warcio ships no type information)."""

    format: str
    rec_type: str
    rec_headers: _Headers
    http_headers: _HttpHeaders | None
    raw_stream: object

    def content_stream(self) -> IO[bytes]: ...


@dataclass(frozen=True, slots=True)
class WarcPage:
    """One page found in a WARC/WET file, not parsed yet (it pickles, for worker processes)."""

    kind: PageKind
    """Which parser the payload goes to."""
    url: str | None
    """The ``WARC-Target-URI`` of the record."""
    record_id: str | None
    """The ``WARC-Record-ID`` of the record, for error messages."""
    payload: bytes
    """The HTTP body (transfer and content encodings undone) or the WET text, undecoded."""
    charset: str | None = None
    """The Python codec name of the charset the HTTP header declares, if valid."""


@dataclass(slots=True)
class WarcStats:
    """What a run saw; after a complete run ``records == parsed + skipped + failed``.

    Pass one to :func:`iter_articles` (or :func:`iter_pages`) and read it during or
    after the iteration; the same object can collect the counts of several files.
    """

    records: int = 0
    """WARC records read."""
    parsed: int = 0
    """Pages turned into an :class:`~arnews.Article`."""
    failed: int = 0
    """Pages whose payload or parse failed (logged with their record id)."""
    skip_reasons: Counter[str] = field(default_factory=Counter)
    """Skipped records by reason (``record-type``, ``status``, ``robots``, ``content-type``,
    ``empty``, ``language``)."""

    @property
    def skipped(self) -> int:
        """Records that are not pages (sum of :attr:`skip_reasons`)."""
        return sum(self.skip_reasons.values())

    def summary(self) -> str:
        """One line for people, e.g. ``5 records read, 2 parsed, 3 skipped (…), 0 failed``."""
        reasons = ", ".join(f"{n} {reason}" for reason, n in sorted(self.skip_reasons.items()))
        skipped = f"{self.skipped} skipped" + (f" ({reasons})" if reasons else "")
        return f"{self.records} records read, {self.parsed} parsed, {skipped}, {self.failed} failed"


def is_warc_path(path: str | os.PathLike[str]) -> bool:
    """Whether *path* is named like a WARC/WET file (see :data:`WARC_SUFFIXES`).

    >>> is_warc_path("CC-MAIN-2024-10/segment.warc.wet.gz"), is_warc_path("page.html")
    (True, False)
    """
    return os.fspath(path).lower().endswith(WARC_SUFFIXES)


def find_warc_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """List the WARC/WET files among *paths*, recursing into directories (sorted within each).

    Files given explicitly are kept whatever their name; inside directories only
    names matching :data:`WARC_SUFFIXES` are picked up.
    """
    found: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and is_warc_path(p)))
        else:
            found.append(path)
    return found


def declared_charset(content_type: str | None) -> str | None:
    """The Python codec name of the ``charset`` parameter of a ``Content-Type`` value.

    ``None`` when there is no charset parameter or it names no text encoding
    Python knows.

    >>> declared_charset("text/html; charset=ISO-8859-6"), declared_charset("text/html")
    ('iso8859-6', None)
    """
    if not content_type:
        return None
    for param in content_type.split(";")[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() != "charset":
            continue
        value = value.strip().strip("\"'").strip()
        try:
            b"a".decode(value, "replace")  # LookupError: unknown, or a bytes-to-bytes codec
            return codecs.lookup(value).name
        except (LookupError, ValueError):
            return None
    return None


def _mime_type(content_type: str | None) -> str | None:
    if not content_type:
        return None
    return content_type.split(";", 1)[0].strip().lower() or None


def _looks_like_html(payload: bytes) -> bool:
    head = payload[:_SNIFF_BYTES].lstrip().lower()
    return head.startswith(b"<") and any(sig in head for sig in _HTML_SIGNATURES)


def _is_robots(url: str | None) -> bool:
    return url is not None and urlsplit(url).path.lower() == "/robots.txt"


def parse_page(page: WarcPage, *, reference_date: datetime | None = None) -> Article:
    """Parse a page from :func:`iter_pages` with :func:`arnews.parse_html` or :func:`.parse_text`.

    HTML payloads go to :func:`arnews.parse_html` undecoded, with the charset of
    the HTTP header as its ``encoding``: a byte-order mark wins over it, and when
    the bytes do not decode with it the parser falls back to ``<meta>`` and
    detection. WET text is UTF-8 (undecodable bytes become U+FFFD).
    """
    if page.kind == "text":
        text = page.payload.decode("utf-8", errors="replace")
        return parse_text(text, page.url, reference_date=reference_date)
    return parse_html(page.payload, page.url, reference_date=reference_date, encoding=page.charset)


def _page_kind(record: _Record, url: str | None) -> PageKind | str:
    """Which parser *record* goes to (``html``/``text``), else why it is skipped."""
    rec_type = record.rec_type
    if rec_type == "conversion":
        mime = _mime_type(record.rec_headers.get_header("Content-Type"))
        return "text" if mime is None or mime in _TEXT_TYPES else "content-type"
    if rec_type not in ("response", "resource"):
        return "record-type"
    if _is_robots(url):
        return "robots"
    if rec_type == "resource":
        mime = _mime_type(record.rec_headers.get_header("Content-Type"))
        return "html" if mime in _HTML_TYPES else "content-type"
    http = record.http_headers
    if http is None:
        return "content-type"
    status = http.get_statuscode()
    if not (status and status.isdigit() and 200 <= int(status) < 300):
        return "status"
    mime = _mime_type(http.get_header("Content-Type")) or _mime_type(
        record.rec_headers.get_header("WARC-Identified-Payload-Type")
    )
    if mime is None:
        return _SNIFF  # no declared type: decided from the payload
    return "html" if mime in _HTML_TYPES else "content-type"


def failure_message(page: WarcPage, error: BaseException) -> str:
    """How a failing page is logged: its record id, URL and the error, on one line."""
    return f"record {page.record_id} ({page.url}) failed: {type(error).__name__}: {error}"


def _fail(stats: WarcStats, page: WarcPage, error: Exception) -> None:
    stats.failed += 1
    logger.warning("%s", failure_message(page, error))
    logger.debug("traceback of record %s", page.record_id, exc_info=error)


def iter_pages(
    source: Source,
    *,
    errors: Errors = "skip",
    stats: WarcStats | None = None,
    languages: Iterable[str] | None = None,
) -> Iterator[WarcPage]:
    """Yield the pages of a WARC/WET file in file order, skipping records that are not pages.

    Every record read and every skip is counted in *stats*; a payload that cannot
    be read (broken chunked or gzip content encoding) is logged and counted as
    failed, or raised with ``errors="raise"``. Parsing is left to the caller
    (:func:`parse_page`), which lets it happen in another process.

    *languages* (e.g. ``{"ara"}``) keeps only the records whose
    ``WARC-Identified-Content-Language`` header (Common Crawl WET files carry one)
    names one of them; records without that header are kept. Skipped ones are
    counted as ``language``.

    :raises arnews.errors.InputError: the stream is not WARC/WET, or it ends with a
        record cut short (a truncated download), after the pages before the break.
    """
    # The optional dependency, imported on use only.
    from warcio.archiveiterator import ArchiveIterator  # noqa: PLC0415

    counts = stats if stats is not None else WarcStats()
    wanted = None if languages is None else frozenset(code.lower() for code in languages)
    name = os.fspath(source) if isinstance(source, (str, os.PathLike)) else "<stream>"
    with ExitStack() as stack:
        stream: IO[bytes] = (
            stack.enter_context(open(source, "rb"))
            if isinstance(source, (str, os.PathLike))
            else source
        )
        archive = ArchiveIterator(stream)
        records: Iterator[_Record] = iter(archive)
        while True:
            try:
                record = next(records, None)
            except Exception as error:  # warcio raises anything on garbage (even AttributeError)
                message = f"{name}: unreadable WARC/WET data after {counts.records} records"
                raise InputError(f"{message}: {error}") from error
            if record is None:
                _check_complete(stream, int(archive.offset), name)
                return
            counts.records += 1
            if record.format != "warc":
                raise InputError(f"{name}: not a WARC/WET file (found {record.format} data)")
            page = _read_page(record, errors, counts, wanted)
            if page is not None:
                yield page


def _check_complete(stream: IO[bytes], end_of_records: int, name: str) -> None:
    """Raise if bytes follow the last record: warcio ends quietly at a gzip member cut short."""
    try:
        size = stream.seek(0, io.SEEK_END)
    except (OSError, ValueError):  # a pipe: nothing to compare with
        return
    if end_of_records < size:
        raise InputError(
            f"{name}: {size - end_of_records} bytes after the last complete record "
            f"(a truncated download?)"
        )


def _language_matches(header: str | None, wanted: frozenset[str] | None) -> bool:
    """Whether a ``WARC-Identified-Content-Language`` value (``ara,eng``) names a wanted code."""
    if wanted is None or header is None:
        return True
    return not wanted.isdisjoint(code.strip().lower() for code in header.split(","))


def _read_page(
    record: _Record, errors: Errors, counts: WarcStats, wanted: frozenset[str] | None
) -> WarcPage | None:
    """The page in *record*, or ``None`` after counting why there is none."""
    url = record.rec_headers.get_header("WARC-Target-URI")
    kind = _page_kind(record, url)
    if kind not in (_SNIFF, "html", "text"):
        counts.skip_reasons[kind] += 1
        return None
    language = record.rec_headers.get_header("WARC-Identified-Content-Language")
    if not _language_matches(language, wanted):
        counts.skip_reasons["language"] += 1
        return None
    record_id = record.rec_headers.get_header("WARC-Record-ID")
    try:
        payload = record.content_stream().read()
        missing = getattr(record.raw_stream, "limit", 0)
        if missing:
            raise InputError(f"record truncated, {missing} bytes missing")
    except Exception as error:  # zlib.error, brotli.error, truncation …
        if errors == "raise":
            raise
        _fail(counts, WarcPage("html", url, record_id, b""), error)
        return None
    if not payload.strip():
        counts.skip_reasons["empty"] += 1
        return None
    if kind == _SNIFF:
        if not _looks_like_html(payload):
            counts.skip_reasons["content-type"] += 1
            return None
        kind = "html"
    http = record.http_headers
    charset = declared_charset(None if http is None else http.get_header("Content-Type"))
    return WarcPage("text" if kind == "text" else "html", url, record_id, payload, charset)


def iter_articles(
    source: Source,
    *,
    errors: Errors = "skip",
    stats: WarcStats | None = None,
    reference_date: datetime | None = None,
    languages: Iterable[str] | None = None,
) -> Iterator[Article]:
    """Yield the article of every page of a WARC/WET file, streaming, in file order.

    :param source: a ``.warc``, ``.warc.gz``, ``.wet`` or ``.wet.gz`` path, or a binary
        stream of one.
    :param errors: ``"skip"`` logs a failing record with its ``WARC-Record-ID``, counts
        it in *stats* and goes on; ``"raise"`` lets its exception propagate.
    :param stats: a :class:`WarcStats` to fill in (records read, parsed, skipped, failed).
    :param reference_date: passed to the parsers, for relative dates («أمس»).
    :param languages: keep only records identified as one of these languages, e.g.
        ``{"ara"}`` (see :func:`iter_pages`).
    :raises arnews.errors.InputError: the stream is not WARC/WET, or it is cut short.
    """
    counts = stats if stats is not None else WarcStats()
    for page in iter_pages(source, errors=errors, stats=counts, languages=languages):
        try:
            article = parse_page(page, reference_date=reference_date)
        except Exception as error:  # a crawl holds anything; one page never stops the run
            if errors == "raise":
                raise
            _fail(counts, page, error)
            continue
        counts.parsed += 1
        yield article
