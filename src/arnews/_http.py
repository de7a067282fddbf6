"""The HTTP response inside a WARC ``response`` record: its head, and its body undone.

:func:`parse_head` reads the status line and headers; :func:`decode_body` undoes
``Transfer-Encoding: chunked`` and every ``Content-Encoding`` (gzip, deflate,
brotli when the ``brotli`` module is installed), never making more than the
caller's limit: a compression bomb is refused after ``limit + 1`` bytes, not
expanded. A body that is broken, cut short or compressed with an unknown coding
raises :class:`PayloadError` instead of giving a partial page.

Crawlers sometimes store the body already decoded while keeping the original
headers: a body that does not even start like the declared coding (no chunk
size line, no gzip magic) but starts like markup is taken as it is.

>>> head = parse_head(b"HTTP/1.1 200 OK\\r\\nTransfer-Encoding: chunked\\r\\n\\r\\n")
>>> head.status, decode_body(b"3\\r\\n<p>\\r\\n0\\r\\n\\r\\n", head, limit=100)
('200', b'<p>')
"""

from __future__ import annotations

import zlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

__all__ = ["HttpHead", "PayloadError", "decode_body", "parse_head"]

HEAD_LIMIT: Final = 64 * 1024
"""The largest HTTP head read; a block without the end of its head within it has none."""

_GZIP_MAGIC: Final = b"\x1f\x8b"
_GZIP_WBITS: Final = 31
_ZLIB_WBITS: Final = 15
_RAW_DEFLATE_WBITS: Final = -15
_CHUNK_LINE_LIMIT: Final = 1024
"""The longest chunk-size line (size, extensions) accepted."""
_IDENTITY: Final = frozenset({"", "identity", "none"})


class PayloadError(Exception):
    """The body cannot be read whole: ``reason`` is ``chunked``, ``content-encoding`` or
    ``too-large``."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class HttpHead:
    """The status line and headers of an HTTP response."""

    status: str | None
    """The status code as written (``"200"``), if there is one."""
    headers: Mapping[str, str]
    """Header values by lower-cased name (repeated headers joined by ``", "``)."""
    size: int
    """Bytes of the head, blank line included: the body starts there."""

    def header(self, name: str) -> str | None:
        """A header's value (case-insensitive name), or ``None``."""
        return self.headers.get(name.lower())


def parse_head(data: bytes) -> HttpHead | None:
    """The HTTP head at the start of *data*, or ``None`` when *data* does not start with one."""
    if not data.startswith(b"HTTP/"):
        return None
    end, blank = data.find(b"\r\n\r\n", 0, HEAD_LIMIT), 4
    if end < 0:
        end, blank = data.find(b"\n\n", 0, HEAD_LIMIT), 2
    if end < 0:
        return None
    lines = data[:end].decode("latin-1").split("\n")  # not splitlines: NEL is a latin-1 byte
    parts = [part for part in lines[0].rstrip("\r").split(" ") if part]
    status = parts[1] if len(parts) > 1 else None
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, colon, value = line.rstrip("\r").partition(":")
        if colon:
            key = name.strip().lower()
            headers[key] = f"{headers[key]}, {value.strip()}" if key in headers else value.strip()
    return HttpHead(status, headers, end + blank)


def _codings(value: str | None) -> list[str]:
    return [c.strip().lower() for c in (value or "").split(",") if c.strip().lower()]


def _looks_decoded(body: bytes) -> bool:
    return body.lstrip()[:1] == b"<"


def decode_body(body: bytes, head: HttpHead, *, limit: int) -> bytes:
    """*body* with its transfer and content codings undone, at most *limit* bytes.

    :raises PayloadError: broken chunking, a broken or unknown content coding, or a
        result over *limit* bytes.
    """
    if "chunked" in _codings(head.header("Transfer-Encoding")):
        body = dechunk(body)
    for coding in reversed(_codings(head.header("Content-Encoding"))):
        body = _decode(coding, body, limit)
    if len(body) > limit:
        raise PayloadError("too-large", f"a body of {len(body)} bytes, over the limit of {limit}")
    return body


def dechunk(body: bytes) -> bytes:
    """Undo ``Transfer-Encoding: chunked`` (a body that starts unchunked is kept as it is).

    :raises PayloadError: a chunk-size line that is not one, a chunk cut short, or no
        final zero-size chunk.
    """
    parts: list[bytes] = []
    position = 0
    while True:
        line_end = body.find(b"\n", position, position + _CHUNK_LINE_LIMIT)
        size_text = body[position : max(line_end, position)].split(b";")[0].strip()
        try:
            size = int(size_text, 16) if line_end >= 0 and size_text.isalnum() else -1
        except ValueError:
            size = -1
        if size < 0:
            if not parts and position == 0:
                return body  # not chunked at all: stored already decoded
            raise PayloadError("chunked", f"a broken chunk-size line at byte {position}")
        if size == 0:
            return b"".join(parts)
        start = line_end + 1
        chunk = body[start : start + size]
        if len(chunk) < size:
            raise PayloadError("chunked", f"a chunk cut short at byte {start}")
        parts.append(chunk)
        position = start + size
        if body[position : position + 2] == b"\r\n":
            position += 2
        elif body[position : position + 1] == b"\n":
            position += 1
        elif position < len(body):
            raise PayloadError("chunked", f"no line end after the chunk at byte {start}")
        if position >= len(body):
            raise PayloadError("chunked", "the body ends before its final zero-size chunk")


def _decode(coding: str, body: bytes, limit: int) -> bytes:
    if coding in _IDENTITY:
        return body
    if coding in ("gzip", "x-gzip"):
        if not body.startswith(_GZIP_MAGIC) and _looks_decoded(body):
            return body
        return _inflate(body, _GZIP_WBITS, limit, coding)
    if coding == "deflate":
        try:
            return _inflate(body, _ZLIB_WBITS, limit, coding)
        except PayloadError as error:
            if error.reason == "too-large":
                raise
            return _inflate(body, _RAW_DEFLATE_WBITS, limit, coding)  # raw deflate, as IIS sends
    if coding == "br":
        return _unbrotli(body, limit)
    raise PayloadError("content-encoding", f"an unsupported content coding {coding!r}")


def _inflate(body: bytes, wbits: int, limit: int, coding: str) -> bytes:
    """Decompress zlib/gzip/deflate *body* (gzip members one after another), bounded."""
    out = bytearray()
    data = body
    while data:
        inflater = zlib.decompressobj(wbits)
        try:
            out += inflater.decompress(data, limit + 1 - len(out))
        except zlib.error as error:
            raise PayloadError("content-encoding", f"corrupt {coding} data ({error})") from None
        if len(out) > limit:
            raise PayloadError("too-large", f"{coding} data that expands past {limit} bytes")
        if not inflater.eof:
            raise PayloadError("content-encoding", f"{coding} data cut short")
        data = inflater.unused_data if wbits == _GZIP_WBITS else b""
        if data and not data.startswith(_GZIP_MAGIC):
            break  # padding after the last member
    return bytes(out)


def _unbrotli(body: bytes, limit: int) -> bytes:
    try:
        import brotli  # type: ignore[import-not-found]  # noqa: PLC0415 (optional)
    except ImportError:
        raise PayloadError(
            "content-encoding", "content coding 'br' needs the brotli module"
        ) from None
    decompressor = brotli.Decompressor()
    try:
        out: bytes = decompressor.process(body, output_buffer_limit=limit + 1)
    except TypeError:  # an old brotli without a bounded decompression
        raise PayloadError(
            "content-encoding", "content coding 'br' needs brotli >= 1.1 (bounded output)"
        ) from None
    except brotli.error as error:
        raise PayloadError("content-encoding", f"corrupt br data ({error})") from None
    if len(out) > limit:
        raise PayloadError("too-large", f"br data that expands past {limit} bytes")
    if not decompressor.is_finished():
        raise PayloadError("content-encoding", "br data cut short")
    return out
