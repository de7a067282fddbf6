"""Which WARC records are pages, and their payloads read within the size limit.

The part of :mod:`arnews.warc` that looks at one record: its WARC headers (type,
content type, target URI, identified language), then for a ``response`` its HTTP
head (status, content type). A record that is no page gives the reason it is
skipped; a page gives its block (read whole only when it is within the limit),
its codings not undone yet.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final
from urllib.parse import urlsplit

from arnews._http import HEAD_LIMIT as HTTP_HEAD_LIMIT
from arnews._http import HttpHead, PayloadError, parse_head
from arnews._warc_records import Record

__all__ = ["SNIFF", "Payload", "final_kind", "looks_like_html", "mime_type", "read_payload"]

_HTML_TYPES: Final[frozenset[str]] = frozenset({"text/html", "application/xhtml+xml"})
_TEXT_TYPES: Final[frozenset[str]] = frozenset({"text/plain"})
_SNIFF_BYTES: Final[int] = 512
_HTML_SIGNATURES: Final[tuple[bytes, ...]] = (b"<!doctype html", b"<html")
SNIFF: Final = "sniff"
_OK_STATUS: Final = range(200, 300)


def mime_type(content_type: str | None) -> str | None:
    """The bare media type of a ``Content-Type`` value, lower-cased (``None`` if none).

    >>> mime_type("Text/HTML; charset=utf-8")
    'text/html'
    """
    if not content_type:
        return None
    return content_type.split(";", 1)[0].strip().lower() or None


def looks_like_html(payload: bytes) -> bool:
    """Whether a payload of no declared type starts like an HTML document."""
    head = payload[:_SNIFF_BYTES].lstrip().lower()
    return head.startswith(b"<") and any(sig in head for sig in _HTML_SIGNATURES)


def _is_robots(url: str | None) -> bool:
    try:
        return url is not None and urlsplit(url).path.lower() == "/robots.txt"
    except ValueError:  # not a URL at all ("http://[bad"): no robots.txt either
        return False


@dataclass(slots=True)
class Payload:
    """A page's block, read whole (within the limit), its codings not undone yet."""

    kind: str
    body: bytes
    http: HttpHead | None


def _record_kind(record: Record, url: str | None) -> str:
    """``html``/``text``/sniff for a page record, else why it is skipped (WARC headers only)."""
    rec_type = (record.header("WARC-Type") or "").lower()
    mime = mime_type(record.header("Content-Type"))
    if rec_type == "conversion":
        return "text" if mime is None or mime in _TEXT_TYPES else "content-type"
    if rec_type not in ("response", "resource"):
        return "record-type"
    if _is_robots(url):
        return "robots"
    if rec_type == "resource":
        return "html" if mime in _HTML_TYPES else "content-type"
    return "response"


def _http_kind(record: Record, http: HttpHead) -> str:
    status = http.status or ""
    if not (status.isascii() and status.isdigit() and int(status) in _OK_STATUS):
        return "status"
    mime = mime_type(http.header("Content-Type")) or mime_type(
        record.header("WARC-Identified-Payload-Type")
    )
    if mime is None:
        return SNIFF  # no declared type: decided from the payload
    return "html" if mime in _HTML_TYPES else "content-type"


def _too_large(size: int, limit: int) -> PayloadError:
    return PayloadError("too-large", f"a payload of {size} bytes, over the limit of {limit}")


def read_payload(
    record: Record, wanted: frozenset[str] | None, limit: int
) -> Payload | PayloadError | str:
    """The page in *record* (not decoded), a failure, or the reason it is skipped."""
    kind = _record_kind(record, record.header("WARC-Target-URI"))
    if kind not in ("html", "text", "response"):
        return kind
    if not _language_matches(record.header("WARC-Identified-Content-Language"), wanted):
        return "language"
    if kind == "response":
        return _read_response(record, limit)
    if record.length > limit:
        return _too_large(record.length, limit)
    return Payload(kind, record.read(record.length), None)


def _read_response(record: Record, limit: int) -> Payload | PayloadError | str:
    """The HTTP body of a ``response`` record, or why there is none to parse."""
    start = record.read(HTTP_HEAD_LIMIT)
    http = parse_head(start)
    kind = "content-type" if http is None else _http_kind(record, http)
    if http is None or kind not in ("html", SNIFF):
        return kind
    size = record.length - http.size
    if size > limit:
        return _too_large(size, limit)
    body = start[http.size :] + record.read(size - (len(start) - http.size))
    return Payload(kind, body, http)


def _language_matches(header: str | None, wanted: frozenset[str] | None) -> bool:
    """Whether a ``WARC-Identified-Content-Language`` value (``ara,eng``) names a wanted code."""
    if wanted is None or header is None:
        return True
    return not wanted.isdisjoint(code.strip().lower() for code in header.split(","))


def final_kind(kind: str, body: bytes) -> str:
    """``html``/``text``, or why a payload read whole is skipped after all."""
    if not body.strip():
        return "empty"
    if kind == SNIFF:
        return "html" if looks_like_html(body) else "content-type"
    return kind
