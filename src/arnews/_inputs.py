"""The inputs of ``arnews parse``: paths walked, content sniffed, pages and problems in order.

:func:`read_inputs` turns the command line's paths into one stream of
:class:`PageJob` (a page to parse, with where it came from) and :class:`Report`
(a problem already known: an empty or unreadable file, a truncated record …),
in input order, reading each file once, front to back, with every payload
bounded by ``max_bytes`` before it is held whole.

The input type comes from the content, not the name (:func:`sniff`): gzip data
is read as what it holds; ``WARC/`` at the start is a WARC/WET file; ``<`` as
the first non-blank character is HTML; anything else is a text dump. Inside a
directory, only files named like a supported type are read (:func:`is_input_name`).
"""

from __future__ import annotations

import io
import os
import stat
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Final, Literal, TypeAlias

from arnews._bytesource import GZIP_MAGIC, ByteSource, read_up_to
from arnews._display import printable
from arnews.errors import CrawlError
from arnews.model import JSONValue
from arnews.warc import PageKind, WarcPage, WarcProblem, WarcStats, iter_entries

if TYPE_CHECKING:
    from _typeshed import WriteableBuffer

__all__ = [
    "INPUT_NAME_SUFFIXES",
    "InputFormat",
    "PageJob",
    "ReadOptions",
    "Report",
    "is_input_name",
    "read_inputs",
    "sniff",
    "walk",
]

InputFormat: TypeAlias = Literal["auto", "html", "text", "warc"]
"""``auto`` sniffs each input; the others force a type (gzip is still undone)."""

Sniffed: TypeAlias = Literal["empty", "warc", "html", "text"]

INPUT_NAME_SUFFIXES: Final = (".html", ".htm", ".xhtml", ".shtml", ".txt", ".text", ".warc", ".wet")
"""Inside a directory, files named like this (or like this plus ``.gz``) are read."""

SNIFF_SIZE: Final = 4096
"""Bytes looked at to tell the type of an input (after gzip is undone)."""

_BOMS: Final = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_GZIP_WBITS: Final = 31
_WHITESPACE: Final = b" \t\r\n\f\v"
_READ_CHUNK: Final = 1024 * 1024


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How inputs are read."""

    input_format: InputFormat = "auto"
    max_bytes: int = 50 * 1024 * 1024
    languages: tuple[str, ...] | None = None
    url: str | None = None
    """The URL of a single page (``--url``); refused for a WARC/WET input."""
    exclude: frozenset[tuple[int, int]] = frozenset()
    """``(st_dev, st_ino)`` of files a directory walk leaves out (the output file)."""


@dataclass(frozen=True, slots=True)
class PageJob:
    """A page to parse (it pickles, for worker processes)."""

    kind: PageKind
    payload: bytes
    url: str | None
    charset: str | None
    origin: dict[str, JSONValue]
    """Where it came from: the record's ``"@input"`` value."""


@dataclass(frozen=True, slots=True)
class Report:
    """A problem found while reading, reported in input order."""

    kind: Literal["failed", "truncated", "damaged"]
    message: str
    counted: bool = field(default=True)
    """Whether the problem is already counted in the :class:`WarcStats` (WARC problems)."""


class WarcUrlError(Exception):
    """``--url`` was given for a WARC/WET input (its records carry their URLs)."""


def sniff(head: bytes) -> Sniffed:
    """The type of an input from its first bytes (gzip already undone).

    >>> sniff(b"\\xef\\xbb\\xbf  <!DOCTYPE html>"), sniff(b"WARC/1.0\\r\\n"), sniff(b"  \\n")
    ('html', 'warc', 'empty')
    >>> sniff("عنوان الخبر\\n<p> في النص".encode())
    'text'
    """
    for bom, codec in _BOMS:
        if head.startswith(bom):
            text = head[len(bom) :].decode(codec, errors="ignore").lstrip()
            head = text[:8].encode("utf-8") if text else b""
            break
    head = head.lstrip(_WHITESPACE)
    if not head:
        return "empty"
    if head.startswith(b"WARC/"):
        return "warc"
    return "html" if head.startswith(b"<") else "text"


def _gunzip_head(data: bytes) -> bytes:
    try:
        return zlib.decompressobj(_GZIP_WBITS).decompress(data, SNIFF_SIZE)
    except zlib.error:
        return b"<"  # corrupt: read as a page, where the damage is reported


def is_input_name(name: str) -> bool:
    """Whether a directory walk reads a file of this name (see :data:`INPUT_NAME_SUFFIXES`).

    >>> [is_input_name(n) for n in ("a.HTML", "b.warc.gz", "c.txt.gz", "d.json", ".e.html")]
    [True, True, True, False, False]
    """
    lower = name.lower().removesuffix(".gz")
    return not name.startswith(".") and lower.endswith(INPUT_NAME_SUFFIXES)


def walk(root: str, exclude: frozenset[tuple[int, int]] = frozenset()) -> Iterator[str | Report]:
    """The input files under *root*, depth first, sorted by name within each directory.

    Hidden names, files not named like an input, files that are not regular (pipes,
    devices) and *exclude* are left out; symbolic links to directories are not
    followed (no loops). A directory that cannot be listed is a :class:`Report`.
    """
    try:
        with os.scandir(root) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError as error:
        message = f"{root}: cannot list the directory: {error.strerror or error}"
        yield Report("failed", message, counted=False)
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from walk(entry.path, exclude)
        elif is_input_name(entry.name) and _wanted(entry, exclude):
            yield entry.path


def _wanted(entry: os.DirEntry[str], exclude: frozenset[tuple[int, int]]) -> bool:
    try:
        info = entry.stat()
    except OSError:
        return True  # a broken link: reported when it is read
    return stat.S_ISREG(info.st_mode) and (info.st_dev, info.st_ino) not in exclude


class _Prefixed(io.RawIOBase):
    """A stream with bytes already read from it put back in front."""

    def __init__(self, prefix: bytes, rest: IO[bytes]) -> None:
        self._prefix = prefix
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: WriteableBuffer) -> int:
        view = memoryview(buffer).cast("B")
        if self._prefix:
            size = min(len(view), len(self._prefix))
            view[:size] = self._prefix[:size]
            self._prefix = self._prefix[size:]
            return size
        read = getattr(self._rest, "read1", self._rest.read)
        data = read(len(view))
        view[: len(data)] = data
        return len(data)


def read_inputs(
    paths: Iterable[str], options: ReadOptions, stats: WarcStats, stdin: IO[bytes]
) -> Iterator[PageJob | Report]:
    """The pages and problems of every input, in order (see the module docstring).

    A page file counts as one record in *stats*; an empty file, one over
    ``max_bytes`` or one cut short counts as a failed or truncated record.

    :raises WarcUrlError: ``options.url`` is set and an input is WARC/WET.
    """
    for given in paths:
        if given == "-":
            yield from _read_stream(stdin, "-", options, stats)
        elif os.path.isdir(given):
            for found in walk(given, options.exclude):
                if isinstance(found, Report):
                    yield found
                else:
                    yield from _read_file(found, options, stats)
        else:
            yield from _read_file(given, options, stats)


def _read_file(path: str, options: ReadOptions, stats: WarcStats) -> Iterator[PageJob | Report]:
    try:
        with open(path, "rb") as stream:
            info = os.fstat(stream.fileno())
            size = info.st_size if stat.S_ISREG(info.st_mode) else None  # a pipe has no size
            yield from _read_stream(stream, path, options, stats, size)
    except OSError as error:
        stats.records += 1
        stats.failed += 1
        yield Report("failed", f"{path}: failed: unreadable: {error.strerror or error}")


def _failed(stats: WarcStats, kind: Literal["failed", "truncated"], message: str) -> Report:
    stats.records += 1
    if kind == "failed":
        stats.failed += 1
    else:
        stats.truncated += 1
    return Report(kind, message)


def _read_stream(
    stream: IO[bytes], name: str, options: ReadOptions, stats: WarcStats, size: int | None = None
) -> Iterator[PageJob | Report]:
    head = read_up_to(stream.read, SNIFF_SIZE)
    compressed = head.startswith(GZIP_MAGIC)
    sniffed = sniff(_gunzip_head(head) if compressed else head)
    kind = sniffed if options.input_format == "auto" or sniffed == "empty" else options.input_format
    if kind == "empty":
        yield _failed(stats, "failed", f"{name}: failed: empty: the file holds nothing to parse")
        return
    rest: IO[bytes] = io.BufferedReader(_Prefixed(head, stream))
    if kind == "warc":
        if options.url is not None:
            raise WarcUrlError(name)
        yield from _warc_entries(rest, name, options, stats)
        return
    payload = _read_payload(rest, name, compressed, options.max_bytes, size)
    if isinstance(payload, tuple):
        yield _failed(stats, payload[0], payload[1])
        return
    stats.records += 1
    origin: dict[str, JSONValue] = {"path": name, "type": kind}
    if compressed:
        origin["compression"] = "gzip"
    yield PageJob(kind, payload, options.url, None, origin)


def _read_payload(
    stream: IO[bytes], name: str, compressed: bool, limit: int, size: int | None
) -> bytes | tuple[Literal["failed", "truncated"], str]:
    """The whole page, at most *limit* bytes, or why it cannot be had."""
    too_large = f"{name}: failed: too-large: over the limit of {limit} bytes"
    if not compressed:
        if size is not None and size > limit:
            return "failed", f"{name}: failed: too-large: {size} bytes, over the limit of {limit}"
        wanted = limit + 1 if size is None else min(size, limit) + 1
        data = read_up_to(stream.read, wanted, _READ_CHUNK)  # never a buffer of *limit* up front
        return ("failed", too_large) if len(data) > limit else data
    source = ByteSource(stream)
    parts: list[bytes] = []
    total = 0
    while total <= limit:
        chunk = source.read(limit + 1 - total)
        if not chunk:
            break
        parts.append(chunk)
        total += len(chunk)
    if total > limit:
        return "failed", too_large + " once decompressed"
    gap = source.take_gap()
    if gap is not None:
        reason = "cut-short" if gap.reason == "cut-short" else "corrupt-gzip"
        return "truncated", f"{name}: truncated: {reason}: {gap.detail} at offset {gap.offset}"
    return b"".join(parts)


def _warc_entries(
    stream: IO[bytes], name: str, options: ReadOptions, stats: WarcStats
) -> Iterator[PageJob | Report]:
    entries = iter_entries(
        stream, stats=stats, languages=options.languages, max_bytes=options.max_bytes, name=name
    )
    try:
        for entry in entries:
            if isinstance(entry, WarcProblem):
                yield Report(entry.kind, f"{printable(name)}: {entry.message()}", counted=True)
            else:
                origin = _origin(name, entry)
                yield PageJob(entry.kind, entry.payload, entry.url, entry.charset, origin)
    except CrawlError as error:
        yield Report("failed", str(error), counted=False)


def _origin(name: str, page: WarcPage) -> dict[str, JSONValue]:
    return {
        "path": name,
        "type": "warc",
        "offset": page.offset,
        "record_id": page.record_id,
        "target_uri": page.url,
        "date": page.date,
    }
