"""The bytes of a crawl file, decompressed: plain data, or gzip members one after another.

:class:`ByteSource` reads a binary stream front to back, a pipe as well as a file
(it never seeks). A stream that starts with the gzip magic is read as a series of
gzip members (one per record in a ``.warc.gz``, or one for the whole file), each
decompressed a step of at most :data:`OUT_SIZE` bytes at a time, so a gzip bomb
is never expanded whole. Where the data cannot be read, :meth:`ByteSource.read`
returns ``b""`` and :attr:`ByteSource.gap` says why (a member cut short, corrupt
compressed data, bytes that are no gzip member); :meth:`ByteSource.take_gap` then
goes on with the next member, so one broken member loses only itself.

>>> import gzip, io
>>> source = ByteSource(io.BytesIO(gzip.compress(b"one") + b"junk" + gzip.compress(b"two")))
>>> source.read(10), source.read(10), source.gap
(b'one', b'', Gap(reason='garbage', offset=23, size=4, detail='4 bytes that are no gzip data'))
>>> source.take_gap().size, source.read(10), source.read(10), source.gap
(4, b'two', b'', None)
"""

from __future__ import annotations

import zlib
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import IO, Final

__all__ = ["GZIP_MAGIC", "OUT_SIZE", "ByteSource", "Gap", "read_up_to"]

GZIP_MAGIC: Final = b"\x1f\x8b\x08"
"""The first bytes of a gzip member (magic number and the deflate method)."""

READ_SIZE: Final = 64 * 1024
"""Raw bytes asked of the stream at a time."""

OUT_SIZE: Final = 256 * 1024
"""At most this many decompressed bytes are made per step: memory stays bounded
whatever the compression ratio."""

FEED_SIZE: Final = 16 * 1024
"""Compressed bytes given to zlib per step (a member of a ``.warc.gz`` is often a few KB:
feeding all of :data:`READ_SIZE` would copy the rest back out each time)."""

_GZIP_WBITS: Final = 31
"""zlib's ``wbits`` for one gzip member (header and trailer checked)."""


def read_up_to(read: Callable[[int], bytes], size: int, piece: int = READ_SIZE) -> bytes:
    """Up to *size* bytes from *read* (fewer only at the end), asking at most *piece* bytes at
    a time: a stream that returns short reads (a pipe) is read until it has given them all."""
    parts: list[bytes] = []
    while size > 0:
        chunk = read(min(size, piece))
        if not chunk:
            break
        parts.append(chunk)
        size -= len(chunk)
    return b"".join(parts)


@dataclass(frozen=True, slots=True)
class Gap:
    """A stretch of the stream that could not be read, and why."""

    reason: str
    """``cut-short`` (the stream ends inside a gzip member), ``corrupt-gzip`` or
    ``garbage`` (bytes where a gzip member should start)."""
    offset: int
    """File offset where the unreadable bytes start (the member's, for a broken member)."""
    size: int
    """Bytes of the file skipped."""
    detail: str
    """One line for people."""


class ByteSource:
    """An uncompressed, forward-only view of a binary stream (see the module docstring).

    Positions (:meth:`tell`) count uncompressed bytes; :meth:`offset_of` turns one
    into the file offset of the gzip member it lies in (the offset CDX indexes
    use), or returns it unchanged for a plain stream.
    """

    def __init__(self, stream: IO[bytes]) -> None:
        self._read_raw = getattr(stream, "read1", stream.read)
        self._raw = bytearray()  # raw bytes read and not consumed yet
        self._raw_offset = 0  # file offset of _raw[0]
        self._raw_eof = False
        self._out = bytearray()  # decompressed bytes not read yet, from _out_start on
        self._out_start = 0
        self._produced = 0  # uncompressed bytes made so far
        self._inflater: zlib._Decompress | None = None
        self._pending = False  # zlib may hold output it could not return yet
        self._member_start = 0
        self._members: list[int] = []  # uncompressed start of each member still of use
        self._member_offsets: list[int] = []  # and its file offset
        self._eof = False
        self.gap: Gap | None = None
        """Why the last :meth:`read` returned ``b""`` before the end, else ``None``."""
        self._need_raw(len(GZIP_MAGIC))
        self.compressed = self._raw.startswith(GZIP_MAGIC)
        """Whether the stream is gzip data."""

    # --- reading ------------------------------------------------------------------------

    def read(self, size: int) -> bytes:
        """Up to *size* bytes (at least one unless at a gap or the end, then ``b""``)."""
        if self._out_start >= len(self._out):
            self._out.clear()
            self._out_start = 0
            if self.gap is None and not self._eof:
                self._fill()
        start = self._out_start
        data = bytes(self._out[start : start + size])
        self._out_start += len(data)
        return data

    def unread(self, data: bytes) -> None:
        """Put back *data*, the bytes read last, to be read again (before any pending gap)."""
        if data:
            self._out = bytearray(data) + self._out[self._out_start :]
            self._out_start = 0

    def take_gap(self) -> Gap | None:
        """The pending gap, cleared so that reading goes on after it."""
        gap, self.gap = self.gap, None
        return gap

    def tell(self) -> int:
        """The uncompressed position of the next byte :meth:`read` returns."""
        return self._produced - (len(self._out) - self._out_start)

    def offset_of(self, position: int) -> int:
        """The file offset of the data at uncompressed *position* (see the class docstring)."""
        if not self.compressed:
            return position
        index = bisect_right(self._members, position) - 1
        return self._member_offsets[max(index, 0)] if self._members else 0

    def forget_before(self, position: int) -> None:
        """Drop what :meth:`offset_of` needs only for positions before *position*."""
        keep = max(bisect_right(self._members, position) - 1, 0)
        del self._members[:keep], self._member_offsets[:keep]

    # --- raw stream ---------------------------------------------------------------------

    def _need_raw(self, size: int) -> None:
        while len(self._raw) < size and not self._raw_eof:
            chunk = self._read_raw(READ_SIZE)
            if chunk:
                self._raw += chunk
            else:
                self._raw_eof = True

    def _consume_raw(self, size: int) -> None:
        del self._raw[:size]
        self._raw_offset += size

    def _skip_to_magic(self) -> None:
        """Drop raw bytes up to the next gzip magic (or to the end)."""
        while True:
            index = self._raw.find(GZIP_MAGIC)
            if index >= 0:
                self._consume_raw(index)
                return
            if self._raw_eof:
                self._consume_raw(len(self._raw))
                return
            self._consume_raw(max(len(self._raw) - len(GZIP_MAGIC) + 1, 0))
            self._need_raw(len(self._raw) + 1)

    # --- decompression ------------------------------------------------------------------

    def _fill(self) -> None:
        """Add data to the empty output buffer, or set :attr:`gap`, or reach the end."""
        if not self.compressed:
            if self._raw:
                chunk = bytes(self._raw)
                self._consume_raw(len(chunk))
            else:
                chunk = self._read_raw(READ_SIZE)
            self._eof = not chunk
            self._emit(chunk)
            return
        while self.gap is None and not self._eof:
            if self._inflater is None and not self._start_member():
                return
            if self._inflate_step():
                return

    def _emit(self, data: bytes) -> None:
        self._out += data
        self._produced += len(data)

    def _start_member(self) -> bool:
        """Begin the member at the raw position; ``False`` at the end or at garbage."""
        self._need_raw(len(GZIP_MAGIC))
        if not self._raw:
            self._eof = True
            return False
        if not self._raw.startswith(GZIP_MAGIC):
            start = self._raw_offset
            self._skip_to_magic()
            size = self._raw_offset - start
            self.gap = Gap("garbage", start, size, f"{size} bytes that are no gzip data")
            return False
        self._inflater = zlib.decompressobj(_GZIP_WBITS)
        self._pending = False
        self._member_start = self._raw_offset
        self._members.append(self._produced)
        self._member_offsets.append(self._raw_offset)
        return True

    def _broken_member(self, reason: str, detail: str) -> None:
        start = self._member_start
        self._inflater = None
        if self._raw_offset == start:  # not one byte of it consumed: step over its magic
            self._consume_raw(min(1, len(self._raw)))
        self._skip_to_magic()
        size = self._raw_offset - start
        more = "the next gzip member" if self._raw else "the end"
        self.gap = Gap(reason, start, size, f"{detail}: {size} bytes up to {more} skipped")

    def _inflate_step(self) -> bool:
        """Decompress one step of the current member; whether it made any data.

        The input is always topped up to :data:`READ_SIZE` bytes first, so the steps
        (and where a corrupt member is noticed) do not depend on how the stream
        happens to deliver its bytes (a pipe, a file).
        """
        inflater = self._inflater
        assert inflater is not None
        self._need_raw(READ_SIZE)
        data = bytes(self._raw[:FEED_SIZE])
        try:
            out = inflater.decompress(data, OUT_SIZE)
        except zlib.error as error:
            self._broken_member("corrupt-gzip", f"corrupt gzip data ({error})")
            return False
        rest = inflater.unused_data if inflater.eof else inflater.unconsumed_tail
        consumed = len(data) - len(rest)
        self._consume_raw(consumed)
        self._pending = len(out) == OUT_SIZE
        if inflater.eof:
            self._inflater = None
        elif not out and not self._pending and not self._raw:  # the stream ends in the member
            self._broken_member("cut-short", "the stream ends inside a gzip member")
            return False
        self._emit(out)
        return bool(out)

    def settle(self) -> None:
        """When everything made so far has been read, go one step further, so that a gzip
        member whose data has all been read is checked (its CRC) now, not later."""
        if self._out_start >= len(self._out) and self.gap is None and not self._eof:
            self._out.clear()
            self._out_start = 0
            self._fill()
