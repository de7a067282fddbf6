"""The WARC record reader: record boundaries, checked, with damage found and reported.

This is the one backend :mod:`arnews.warc` reads through; its interface is small
on purpose, so that another reader (warcio, FastWARC) can be put behind it:
:func:`read_records` turns a binary stream into :class:`Record` (its headers and
its block, read a piece at a time), :class:`BrokenRecord` (a record whose header
cannot be read) and :class:`Damage` (bytes that are no record) items, in file
order. After reading what it wants of a record's block, the caller calls
:meth:`Record.finish`, which reads the rest and says whether the record was
whole.

How damage is told apart and got over, with no byte read twice and no seek:

- ``cut-short``: the stream (or its gzip member) ends inside the record.
- ``length-too-long``: the next record starts inside the block that
  ``Content-Length`` announced; reading goes back to it (the bytes after the
  marker ``CRLF CRLF WARC/`` inside the block are kept, up to
  :data:`RESYNC_KEEP`).
- ``length-too-short``: the block does not end with ``CRLF CRLF`` and the next
  record, where ``Content-Length`` says; reading skips to the next ``WARC/``
  line.
- ``bad-header``: a ``WARC/`` line whose header block is too long or has no
  valid ``Content-Length``.
- ``garbage``, ``corrupt-gzip``, ``cut-short`` gaps between records come from
  :class:`~arnews._bytesource.ByteSource` or from bytes that are no record;
  adjacent ones are merged into one :class:`Damage`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import IO, Final

from arnews._bytesource import ByteSource, Gap, read_up_to

__all__ = ["BrokenRecord", "Damage", "NotWarcError", "Record", "Truncation", "read_records"]

HEAD_LIMIT: Final = 64 * 1024
"""The largest WARC header block read; a longer one is a ``bad-header`` record."""

READ_CHUNK: Final = 1024 * 1024
"""Bytes read at a time when a block is drained or the stream scanned."""

RESYNC_KEEP: Final = 16 * 1024 * 1024
"""Bytes kept after a record-start marker met inside a block, to read them again as
the next record if ``Content-Length`` proves too long."""

_MARKER: Final = b"\r\n\r\nWARC/"
_LINE_START: Final = b"\nWARC/"
_TRAILER: Final = b"\r\n\r\n"
_VERSION_PREFIX: Final = b"WARC/"
_BLANK: Final = b"\r\n"


class NotWarcError(Exception):
    """The stream does not start with a WARC record."""


@dataclass(frozen=True, slots=True)
class Damage:
    """Bytes between records that hold no record (already skipped)."""

    reason: str
    """``garbage``, ``corrupt-gzip`` or ``cut-short``."""
    offset: int
    """File offset where the damage starts."""
    size: int
    """Bytes skipped (of the file, or of decompressed data for garbage inside a member)."""
    detail: str
    """One line for people."""


@dataclass(frozen=True, slots=True)
class BrokenRecord:
    """A record whose header block could not be read (what follows it was skipped)."""

    offset: int
    reason: str
    """``cut-short``, ``corrupt-gzip`` or ``bad-header``."""
    detail: str
    headers: Mapping[str, str] = field(default_factory=dict)
    """What was read of its headers (names lower-cased)."""


@dataclass(frozen=True, slots=True)
class Truncation:
    """Why a record was not read whole."""

    reason: str
    """``cut-short``, ``corrupt-gzip``, ``length-too-long`` or ``length-too-short``."""
    detail: str


def _parse_headers(head: bytes) -> dict[str, str]:
    headers: dict[str, str] = {}
    # Lines end at LF only: str.splitlines would also cut at NEL, LS, FS … inside a value.
    for line in head.decode("utf-8", errors="replace").split("\n")[1:]:
        name, colon, value = line.partition(":")
        if colon:
            key = name.strip().lower()
            headers[key] = f"{headers[key]}, {value.strip()}" if key in headers else value.strip()
    return headers


def _content_length(headers: Mapping[str, str]) -> int | None:
    value = headers.get("content-length", "").strip()
    return int(value) if value.isascii() and value.isdigit() else None


def _is_record_start(data: bytes) -> bool:
    return data.startswith(_VERSION_PREFIX) and data[5:6].isdigit()


class Record:
    """One record: its headers, and its block read a piece at a time (see the module)."""

    def __init__(
        self, source: ByteSource, offset: int, headers: dict[str, str], length: int
    ) -> None:
        self.offset = offset
        """File offset of the record (of its gzip member, in a gzipped file)."""
        self.headers: Mapping[str, str] = headers
        """Its WARC headers, names lower-cased."""
        self.length = length
        """Its ``Content-Length``."""
        self._source = source
        self._remaining = length
        self._seen = 0
        self._tail = b""  # the last bytes scanned, for a marker across two reads
        self._marker_at: int | None = None
        self._kept = bytearray()
        self._kept_whole = True
        self._cut = False
        self._done = False
        self._truncation: Truncation | None = None

    def header(self, name: str) -> str | None:
        """A header's value (case-insensitive name), or ``None``."""
        return self.headers.get(name.lower())

    def read(self, size: int) -> bytes:
        """Up to *size* bytes of the block; fewer only at its end or where it is cut short."""
        parts = []
        while size > 0 and self._remaining > 0 and not self._cut:
            data = self._source.read(min(size, self._remaining, READ_CHUNK))
            if not data:
                self._cut = True
                break
            self._scan(data)
            size -= len(data)
            parts.append(data)
        return b"".join(parts)

    def _scan(self, data: bytes) -> None:
        self._remaining -= len(data)
        if self._marker_at is None:
            window = self._tail + data
            index = window.find(_MARKER)
            if index >= 0:
                self._marker_at = self._seen - len(self._tail) + index
                self._kept = bytearray(window[index:])
            else:
                self._tail = window[-(len(_MARKER) - 1) :]
        elif self._kept_whole:
            self._kept += data
            if len(self._kept) > RESYNC_KEEP:
                self._kept_whole = False
                self._kept = bytearray()
        self._seen += len(data)

    def finish(self) -> Truncation | None:
        """Read the rest of the block and the record's end: ``None`` if it was whole.

        In a gzipped file the record's member is checked to its end (CRC included):
        a record in a corrupt member is never whole.
        """
        if not self._done:
            self._done = True
            while self._remaining > 0 and not self._cut:
                self.read(READ_CHUNK)
            truncation = self._check_end()
            if truncation is None:
                self._source.settle()
            gap = self._source.gap
            if gap is not None and gap.offset == self.offset and gap.reason != "garbage":
                self._source.take_gap()  # the record's own member broke: reported with it
                truncation = Truncation(gap.reason, f"{gap.detail} (in this record's member)")
            self._truncation = truncation
        return self._truncation

    def _check_end(self) -> Truncation | None:
        source = self._source
        after = b""
        if not self._cut:
            after = _read_exactly(source, len(_TRAILER))
            if after == _TRAILER or (len(after) < len(_TRAILER) and _TRAILER.startswith(after)):
                return None  # whole: the trailer, or the stream ends after the block
            rest = after.lstrip(_BLANK)
            if len(rest) < len(after):  # a sloppy trailer, then the next record?
                rest += _read_exactly(source, len(_VERSION_PREFIX) + 1 - len(rest))
                if _is_record_start(rest):
                    source.unread(rest)
                    return None
                after = after[: len(after) - len(after.lstrip(_BLANK))] + rest
            source.unread(after)
        if self._marker_at is not None and self._kept_whole:
            source.unread(bytes(self._kept[len(_TRAILER) :]))
            return Truncation(
                "length-too-long",
                f"Content-Length is {self.length} but the next record starts "
                f"after {self._marker_at} bytes",
            )
        if self._cut:
            missing = f"{self._remaining} of its {self.length} bytes are missing"
            gap = source.take_gap()  # the truncation reports it
            if gap is not None and gap.reason != "cut-short":
                return Truncation("corrupt-gzip", f"{gap.detail}; {missing}")
            return Truncation("cut-short", missing)
        skipped = _skip_to_record(source)
        return Truncation(
            "length-too-short",
            f"Content-Length is {self.length} but the record goes on for {skipped} more bytes",
        )


def _read_exactly(source: ByteSource, size: int) -> bytes:
    return read_up_to(source.read, size, size)


def _skip_to_record(source: ByteSource) -> int:
    """Skip to the next ``WARC/`` line (or gap, or end); the number of bytes skipped."""
    skipped = 0
    window = b""
    start_size = len(_LINE_START) + 1  # a line end, "WARC/" and the version's first digit
    while True:
        data = source.read(READ_CHUNK)
        if not data:
            return skipped + len(window)
        window += data
        index = window.find(_LINE_START)
        while index >= 0 and len(window) - index >= start_size:
            if _is_record_start(window[index + 1 : index + start_size]):
                source.unread(window[index + 1 :])
                return skipped + index + 1
            index = window.find(_LINE_START, index + 1)
        keep = len(window) - index if index >= 0 else len(_LINE_START) - 1
        keep = min(keep, len(window))
        skipped += len(window) - keep
        window = window[len(window) - keep :]


def _read_head(source: ByteSource) -> tuple[bytes, bool]:
    """The header block at the position (without its blank line), and whether it ended."""
    data = b""
    while True:
        end = data.find(_TRAILER)
        if end >= 0:
            source.unread(data[end + len(_TRAILER) :])
            return data[:end], True
        if len(data) > HEAD_LIMIT:
            return data, False
        chunk = source.read(READ_CHUNK)
        if not chunk:
            return data, False
        data += chunk


def _skip_blank(source: ByteSource) -> bytes:
    """Skip blank bytes before a record; the first bytes after them (put back)."""
    while True:
        data = source.read(len(_VERSION_PREFIX) + 1)
        stripped = data.lstrip(_BLANK)
        if stripped or not data:
            more = _read_exactly(source, len(_VERSION_PREFIX) + 1 - len(stripped))
            source.unread(stripped + more)
            return stripped + more


def _gap_damage(gap: Gap) -> Damage:
    return Damage(gap.reason, gap.offset, gap.size, gap.detail)


def _merge(first: Damage | None, second: Damage) -> Damage:
    if first is None:
        return second
    size = second.offset + second.size - first.offset
    detail = f"{size} bytes unreadable ({first.detail}; then {second.detail})"
    return Damage(first.reason, first.offset, size, detail)


def read_records(stream: IO[bytes]) -> Iterator[Record | BrokenRecord | Damage]:
    """The records and the damage of a WARC/WET stream, in file order (see the module).

    :raises NotWarcError: the first readable bytes are not a WARC record.
    """
    source = ByteSource(stream)
    damage: Damage | None = None
    started = False
    while True:
        source.forget_before(source.tell())
        first = _skip_blank(source)
        offset = source.offset_of(source.tell())  # after reading: a new member has begun
        if not first:
            gap = source.take_gap()
            if gap is None:
                break
            damage = _merge(damage, _gap_damage(gap))
            continue
        if not _is_record_start(first):
            if not started and damage is None:
                raise NotWarcError(f"not a WARC/WET file (it starts with {first[:6]!r})")
            skipped = _skip_to_record(source)
            garbage = Damage("garbage", offset, skipped, f"{skipped} bytes that are no record")
            damage = _merge(damage, garbage)
            continue
        started = True
        if damage is not None:
            yield damage
            damage = None
        yield from _record_at(source, offset)
    if damage is not None:
        yield damage


def _record_at(source: ByteSource, offset: int) -> Iterator[Record | BrokenRecord]:
    head, ended = _read_head(source)
    headers = _parse_headers(head)
    if not ended:
        if len(head) > HEAD_LIMIT:
            skipped = _skip_to_record(source)
            detail = f"a header block over {HEAD_LIMIT} bytes ({skipped} bytes skipped)"
            yield BrokenRecord(offset, "bad-header", detail, headers)
            return
        gap = source.take_gap()  # reported with the record
        if gap is not None and gap.reason != "cut-short":
            yield BrokenRecord(offset, "corrupt-gzip", f"{gap.detail} in its header", headers)
        else:
            yield BrokenRecord(offset, "cut-short", "the stream ends inside its header", headers)
        return
    length = _content_length(headers)
    if length is None:
        skipped = _skip_to_record(source)
        detail = f"no valid Content-Length ({skipped} bytes skipped)"
        yield BrokenRecord(offset, "bad-header", detail, headers)
        return
    record = Record(source, offset, headers, length)
    yield record
    record.finish()
