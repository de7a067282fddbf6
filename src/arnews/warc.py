"""Articles out of WARC and WET files: a Common Crawl segment or your own crawl.

Reading needs nothing beyond arnews: the reader is arnews's own
(``arnews._warc_records``), plain or gzipped, from a file or a pipe.

Which records become pages:

- ``response`` records with HTTP status 2xx and an HTML content type go through
  :func:`arnews.parse_html`, with the URL from ``WARC-Target-URI`` and the
  charset of the HTTP ``Content-Type`` header as its ``encoding`` (see
  :func:`parse_page`).
- ``resource`` records whose own content type is HTML go through
  :func:`arnews.parse_html` too (crawls made with ``wget --warc-file``).
- WET ``conversion`` records (``text/plain``) go through :func:`arnews.parse_text`.
- Everything else is skipped and counted by reason in :class:`WarcStats`:
  ``record-type`` (``warcinfo``, ``request``, ``metadata``, ``revisit`` …),
  ``status`` (redirects, errors), ``robots`` (``/robots.txt``), ``content-type``
  (images, PDF, JSON …), ``empty`` (no payload) and ``language`` (when a
  language filter is asked for).

Nothing is lost or cut short without a word. The files are streamed record by
record, and a page's payload is read only up to ``max_bytes`` (its
``Content-Length`` is checked first, and decompression stops one byte past the
limit), so memory stays bounded whatever the file holds. Each record that gives
no page for another reason than a skip is a :class:`WarcProblem`, reported with
its reason, ``WARC-Record-ID`` and byte offset, and counted:

- ``truncated``: not read whole — ``cut-short`` (the file or its gzip member
  ends inside it), ``length-too-long`` / ``length-too-short`` (its
  ``Content-Length`` is wrong; reading goes on at the next record),
  ``corrupt-gzip``, ``bad-header``;
- ``failed``: read whole but its payload is unusable — ``too-large``,
  ``chunked`` (broken chunked transfer coding), ``content-encoding`` (corrupt,
  cut short or unknown compression) — or its parse failed;
- ``damaged``: bytes between records that hold none (garbage, a broken gzip
  member), skipped up to the next record.

With ``errors="skip"`` (the default) problems are logged (logger
``arnews.warc``) and the run goes on; with ``errors="raise"`` the first one
raises :class:`arnews.errors.CrawlError`. A stream that is not WARC at all, and
a file that cannot be opened, raise :class:`~arnews.errors.CrawlError` either way.

>>> from arnews.warc import declared_charset
>>> declared_charset('text/html; charset="Windows-1256"')
'cp1256'
"""

from __future__ import annotations

import codecs
import logging
import os
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import IO, Final, Literal, TypeAlias, get_args

from arnews._display import printable
from arnews._http import PayloadError, decode_body
from arnews._warc_pages import final_kind, read_payload
from arnews._warc_records import BrokenRecord, Damage, NotWarcError, Record, read_records
from arnews.errors import CrawlError
from arnews.extract import DEFAULT_MAX_BYTES, parse_html, parse_text
from arnews.extract.load import decode_html
from arnews.model import Article

__all__ = [
    "WARC_SUFFIXES",
    "Errors",
    "PageKind",
    "ProblemKind",
    "Source",
    "WarcPage",
    "WarcProblem",
    "WarcStats",
    "declared_charset",
    "find_warc_files",
    "is_warc_path",
    "iter_articles",
    "iter_entries",
    "iter_pages",
    "parse_page",
]

logger = logging.getLogger(__name__)

Source: TypeAlias = "str | os.PathLike[str] | IO[bytes]"
"""A WARC/WET file: a path, or a binary stream (gzip-compressed or not, seekable or not)."""

Errors: TypeAlias = Literal["skip", "raise"]
"""What a problem does: ``skip`` logs and counts it, ``raise`` raises it."""

PageKind: TypeAlias = Literal["html", "text"]
"""``html``: an HTML payload for :func:`arnews.parse_html`; ``text``: a text for
:func:`arnews.parse_text`."""

ProblemKind: TypeAlias = Literal["failed", "truncated", "damaged"]
"""How a :class:`WarcProblem` is counted in :class:`WarcStats`."""

WARC_SUFFIXES: Final[tuple[str, ...]] = (".warc", ".warc.gz", ".wet", ".wet.gz")
"""File names ending like this are WARC/WET files (case-insensitive)."""


@dataclass(frozen=True, slots=True)
class WarcPage:
    """One page found in a WARC/WET file, not parsed yet (it pickles, for worker processes)."""

    kind: PageKind
    """Which parser the payload goes to."""
    url: str | None
    """The ``WARC-Target-URI`` of the record."""
    record_id: str | None
    """The ``WARC-Record-ID`` of the record."""
    payload: bytes
    """The HTTP body (transfer and content codings undone) or the WET text, undecoded."""
    charset: str | None = None
    """The Python codec name of the charset the HTTP header declares, if valid."""
    offset: int | None = None
    """The byte offset of the record in the file (of its gzip member, in a gzipped file)."""
    date: str | None = None
    """The ``WARC-Date`` of the record, as written."""


@dataclass(frozen=True, slots=True)
class WarcProblem:
    """A record, or a stretch of a file, that gave no page for another reason than a skip."""

    kind: ProblemKind
    """``truncated``, ``failed`` or ``damaged`` (see the module docstring)."""
    reason: str
    """A short name: ``cut-short``, ``length-too-long``, ``too-large``, ``garbage`` …"""
    detail: str
    """One line for people."""
    offset: int | None = None
    """The byte offset in the file (of the gzip member, in a gzipped file)."""
    record_id: str | None = None
    """The ``WARC-Record-ID``, if a record header was read."""
    url: str | None = None
    """The ``WARC-Target-URI``, if a record header was read."""

    def message(self) -> str:
        """One line naming what, where and why, control characters escaped.

        >>> print(WarcProblem("truncated", "cut-short", "12 of its 40 bytes are missing", 96,
        ...                   "<urn:uuid:1>", "https://example.org/a").message())
        truncated record <urn:uuid:1> at offset 96 (https://example.org/a): cut-short: 12 of its
        40 bytes are missing
        """
        if self.kind == "damaged":
            what = "damaged data"
        else:
            what = f"{self.kind} record {self.record_id or '(without WARC-Record-ID)'}"
        where = "" if self.offset is None else f" at offset {self.offset}"
        url = f" ({self.url})" if self.url else ""
        return printable(f"{what}{where}{url}: {self.reason}: {self.detail}")

    def error(self, path: str | None = None) -> CrawlError:
        """This problem as the exception ``errors="raise"`` raises."""
        prefix = f"{printable(path)}: " if path else ""
        return CrawlError(
            prefix + self.message(),
            reason=self.reason,
            path=path,
            record_id=self.record_id,
            offset=self.offset,
        )


@dataclass(slots=True)
class WarcStats:
    """What a run saw; ``records == parsed + skipped + failed + truncated`` once it is over.

    Pass one to :func:`iter_articles` (or :func:`iter_pages`) and read it during or
    after the iteration; the same object can collect the counts of several files.
    """

    records: int = 0
    """WARC records read (or begun)."""
    parsed: int = 0
    """Pages turned into an :class:`~arnews.Article`."""
    failed: int = 0
    """Records whose payload or parse failed."""
    truncated: int = 0
    """Records not read whole."""
    damaged: int = 0
    """Stretches of bytes between records that hold no record."""
    skip_reasons: Counter[str] = field(default_factory=Counter)
    """Skipped records by reason (``record-type``, ``status``, ``robots``, ``content-type``,
    ``empty``, ``language``)."""

    @property
    def skipped(self) -> int:
        """Records that are not pages (sum of :attr:`skip_reasons`)."""
        return sum(self.skip_reasons.values())

    def count(self, problem: WarcProblem) -> None:
        """Count *problem* under its kind."""
        if problem.kind == "failed":
            self.failed += 1
        elif problem.kind == "truncated":
            self.truncated += 1
        else:
            self.damaged += 1

    def summary(self) -> str:
        """One line for people, e.g. ``5 records read, 2 parsed, 3 skipped (…), 0 failed, …``."""
        reasons = ", ".join(f"{n} {reason}" for reason, n in sorted(self.skip_reasons.items()))
        skipped = f"{self.skipped} skipped" + (f" ({reasons})" if reasons else "")
        damaged = f", {self.damaged} damaged spans" if self.damaged else ""
        return (
            f"{self.records} records read, {self.parsed} parsed, {skipped}, "
            f"{self.failed} failed, {self.truncated} truncated{damaged}"
        )


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


def parse_page(
    page: WarcPage, *, reference_date: datetime | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Article:
    """Parse a page from :func:`iter_pages` with :func:`arnews.parse_html` or :func:`.parse_text`.

    HTML payloads go to :func:`arnews.parse_html` undecoded, with the charset of
    the HTTP header as its ``encoding``: a byte-order mark wins over it, and when
    the bytes do not decode with it the parser falls back to ``<meta>`` and
    detection. Texts are decoded with the same cascade (UTF-8, then windows-1256
    / ISO-8859-6 told apart by how Arabic they read, then detection).
    """
    if page.kind == "text":
        text = decode_html(page.payload) if page.payload else ""
        return parse_text(text, page.url, reference_date=reference_date, max_bytes=max_bytes)
    return parse_html(
        page.payload,
        page.url,
        reference_date=reference_date,
        encoding=page.charset,
        max_bytes=max_bytes,
    )


def _problem(
    counts: WarcStats, record: Record, kind: ProblemKind, reason: str, detail: str
) -> WarcProblem:
    problem = WarcProblem(
        kind,
        reason,
        detail,
        record.offset,
        record.header("WARC-Record-ID"),
        record.header("WARC-Target-URI"),
    )
    counts.count(problem)
    return problem


def _record_entry(
    record: Record, counts: WarcStats, wanted: frozenset[str] | None, limit: int
) -> WarcPage | WarcProblem | None:
    outcome = read_payload(record, wanted, limit)
    truncation = record.finish()  # a record not read whole is never a page
    if truncation is not None:
        return _problem(counts, record, "truncated", truncation.reason, truncation.detail)
    if isinstance(outcome, PayloadError):
        return _problem(counts, record, "failed", outcome.reason, str(outcome))
    if isinstance(outcome, str):
        counts.skip_reasons[outcome] += 1
        return None
    http = outcome.http
    try:
        body = outcome.body if http is None else decode_body(outcome.body, http, limit=limit)
    except PayloadError as error:
        return _problem(counts, record, "failed", error.reason, str(error))
    kind = final_kind(outcome.kind, body)
    if kind not in ("html", "text"):
        counts.skip_reasons[kind] += 1
        return None
    return WarcPage(
        "text" if kind == "text" else "html",
        record.header("WARC-Target-URI"),
        record.header("WARC-Record-ID"),
        body,
        declared_charset(None if http is None else http.header("Content-Type")),
        record.offset,
        record.header("WARC-Date"),
    )


def _entry(
    item: Record | BrokenRecord | Damage,
    counts: WarcStats,
    wanted: frozenset[str] | None,
    limit: int,
) -> WarcPage | WarcProblem | None:
    if isinstance(item, Damage):
        problem = WarcProblem("damaged", item.reason, item.detail, item.offset)
    elif isinstance(item, BrokenRecord):
        counts.records += 1
        problem = WarcProblem(
            "truncated",
            item.reason,
            item.detail,
            item.offset,
            item.headers.get("warc-record-id"),
            item.headers.get("warc-target-uri"),
        )
    else:
        counts.records += 1
        return _record_entry(item, counts, wanted, limit)
    counts.count(problem)
    return problem


def _name(source: Source) -> str:
    return os.fspath(source) if isinstance(source, (str, os.PathLike)) else "<stream>"


@contextmanager
def _opened(source: Source) -> Iterator[IO[bytes]]:
    if not isinstance(source, (str, os.PathLike)):
        yield source
        return
    try:
        stream = open(source, "rb")  # noqa: SIM115 (closed below; errors wrapped)
    except OSError as error:
        name = _name(source)
        message = f"{printable(name)}: cannot open: {error.strerror or error}"
        raise CrawlError(message, reason="unreadable", path=name) from error
    with stream:
        yield stream


def iter_entries(
    source: Source,
    *,
    stats: WarcStats | None = None,
    languages: Iterable[str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    name: str | None = None,
) -> Iterator[WarcPage | WarcProblem]:
    """Yield the pages and the problems of a WARC/WET file, in file order.

    The lower level of :func:`iter_pages`, for callers that report problems
    themselves (as ``arnews parse`` does, in input order). Skipped records are
    only counted in *stats*. *name* is how error messages call the file (default:
    the path, or ``<stream>``).

    :raises arnews.errors.CrawlError: the file cannot be opened or read, or the
        stream is not WARC/WET at all.
    """
    counts = stats if stats is not None else WarcStats()
    wanted = None if languages is None else frozenset(code.lower() for code in languages)
    name = name or _name(source)
    with _opened(source) as stream:
        try:
            for item in read_records(stream):
                entry = _entry(item, counts, wanted, max_bytes)
                if entry is not None:
                    yield entry
        except NotWarcError as error:
            raise CrawlError(f"{printable(name)}: {error}", reason="not-warc", path=name) from None
        except OSError as error:
            message = f"{printable(name)}: read error: {error.strerror or error}"
            raise CrawlError(message, reason="unreadable", path=name) from error


def _check_errors(errors: str) -> None:
    if errors not in get_args(Errors):
        raise ValueError(f"errors must be 'skip' or 'raise', not {errors!r}")


def iter_pages(
    source: Source,
    *,
    errors: Errors = "skip",
    stats: WarcStats | None = None,
    languages: Iterable[str] | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[WarcPage]:
    """Yield the pages of a WARC/WET file in file order, skipping records that are not pages.

    Every record read, every skip and every problem is counted in *stats*; a
    problem (see the module docstring) is logged with its record id and offset,
    or raised with ``errors="raise"``. Parsing is left to the caller
    (:func:`parse_page`), which lets it happen in another process.

    *languages* (e.g. ``{"ara"}``) keeps only the records whose
    ``WARC-Identified-Content-Language`` header (Common Crawl WET files carry one)
    names one of them; records without that header are kept. Skipped ones are
    counted as ``language``. *max_bytes* bounds each payload, before and after
    decompression.

    :raises arnews.errors.CrawlError: with ``errors="raise"``, the first problem;
        always, a file that cannot be opened or read, or that is not WARC/WET.
    """
    _check_errors(errors)
    name = _name(source)
    for entry in iter_entries(source, stats=stats, languages=languages, max_bytes=max_bytes):
        if isinstance(entry, WarcPage):
            yield entry
        elif errors == "raise":
            raise entry.error(name)
        else:
            logger.warning("%s: %s", printable(name), entry.message())


def iter_articles(
    source: Source,
    *,
    errors: Errors = "skip",
    stats: WarcStats | None = None,
    reference_date: datetime | None = None,
    languages: Iterable[str] | None = None,
) -> Iterator[Article]:
    """Yield the article of every page of a WARC/WET file, streaming, in file order.

    Payloads are held to the default size limit; for another one, pair
    :func:`iter_pages` and :func:`parse_page`, which take ``max_bytes``.

    :param source: a ``.warc``, ``.warc.gz``, ``.wet`` or ``.wet.gz`` path, or a binary
        stream of one.
    :param errors: ``"skip"`` logs a problem or a failing parse with its
        ``WARC-Record-ID`` and offset, counts it in *stats* and goes on; ``"raise"``
        raises it (:class:`~arnews.errors.CrawlError`, or the parser's error).
    :param stats: a :class:`WarcStats` to fill in (records read, parsed, skipped,
        failed, truncated).
    :param reference_date: passed to the parsers, for relative dates («أمس»).
    :param languages: keep only records identified as one of these languages, e.g.
        ``{"ara"}`` (see :func:`iter_pages`).
    :raises arnews.errors.CrawlError: see :func:`iter_pages`.
    """
    counts = stats if stats is not None else WarcStats()
    for page in iter_pages(source, errors=errors, stats=counts, languages=languages):
        try:
            article = parse_page(page, reference_date=reference_date)
        except Exception as error:  # a crawl holds anything; one page never stops the run
            if errors == "raise":
                raise
            counts.failed += 1
            problem = WarcProblem(
                "failed", "parse", f"{type(error).__name__}: {error}", page.offset,
                page.record_id, page.url,
            )  # fmt: skip
            logger.warning("%s: %s", printable(_name(source)), problem.message())
            logger.debug("traceback of record %s", page.record_id, exc_info=error)
            continue
        counts.parsed += 1
        yield article
