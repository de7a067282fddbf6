"""``parse_file``: one file on disk, read the way ``arnews parse`` reads it.

The type of the file comes from its content, as on the command line: gzip data is
read as what it holds; ``<`` as the first non-blank character is an HTML page;
anything else is a text dump. A WARC/WET file holds many pages and is refused here
(read it with :func:`arnews.warc.iter_articles` or ``arnews parse``).

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.dat").write_text("<h1>عنوان الخبر هنا</h1>", encoding="utf-8")
>>> parse_file(folder / "a.dat").title
'عنوان الخبر هنا'
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Sequence
from datetime import datetime
from typing import Final, Literal, TypeAlias

from arnews._bytesource import GZIP_MAGIC
from arnews._inputs import sniff
from arnews.errors import ArgumentError, FileReadError, InputTooLargeError
from arnews.extract import DEFAULT_MAX_BYTES, parse_html, parse_text
from arnews.model import Article
from arnews.sites import Site

__all__ = ["FileFormat", "parse_file"]

FileFormat: TypeAlias = Literal["auto", "html", "text"]
"""``auto`` tells an HTML page from a text dump by the first non-blank character."""

_GZIP_WBITS: Final = 31
_SNIFF_BYTES: Final = 4096


def _read(path: str | os.PathLike[str], limit: int) -> bytes:
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise FileReadError(
            error.errno, f"cannot read {os.fspath(path)!r}: {error.strerror}"
        ) from error
    if data.startswith(GZIP_MAGIC):
        data = _gunzip(path, data, limit)
    if len(data) > limit:
        raise InputTooLargeError(len(data), limit)
    return data


def _gunzip(path: str | os.PathLike[str], data: bytes, limit: int) -> bytes:
    """The content of a gzip file, decompressed no further than one byte past *limit*."""
    inflater = zlib.decompressobj(_GZIP_WBITS)
    try:
        with open(path, "rb") as handle:
            out = inflater.decompress(handle.read(limit + 1), limit + 1)
    except (OSError, zlib.error) as error:
        raise FileReadError(None, f"{os.fspath(path)!r} is not readable gzip: {error}") from error
    if len(out) <= limit and not inflater.eof:
        raise FileReadError(None, f"{os.fspath(path)!r} is a gzip file cut short")
    return out


def parse_file(  # noqa: PLR0913 (the file, its URL, then keyword-only options as parse_html)
    path: str | os.PathLike[str],
    url: str | None = None,
    *,
    input_format: FileFormat = "auto",
    reference_date: datetime | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
    sites: Sequence[Site] | None = None,
) -> Article:
    """Extract the article from the HTML page or text dump in the file *path*.

    *input_format* forces ``"html"`` (:func:`arnews.parse_html`) or ``"text"``
    (:func:`arnews.parse_text`) instead of telling them apart from the content;
    gzip-compressed files are read as what they hold. The other arguments are as
    for :func:`arnews.parse_html`; *max_bytes* bounds the decompressed size too.

    A file that cannot be read raises :class:`~arnews.errors.FileReadError` (also an
    :class:`OSError`); a WARC/WET file raises :class:`~arnews.errors.ArgumentError`.
    """
    if input_format not in ("auto", "html", "text"):
        raise ArgumentError(
            f"parse_file(): input_format must be auto, html or text, not {input_format!r}"
        )
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 0:
        raise ArgumentError(f"parse_file(): max_bytes must be an int >= 0, not {max_bytes!r}")
    data = _read(path, max_bytes)
    kind = sniff(data[:_SNIFF_BYTES]) if input_format == "auto" else input_format
    if kind == "warc":
        raise ArgumentError(
            f"{os.fspath(path)!r} is a WARC/WET file of many pages: read it with "
            "arnews.warc.iter_articles() or `arnews parse`"
        )
    parse = parse_text if kind == "text" else parse_html
    return parse(
        data,
        url,
        reference_date=reference_date,
        max_bytes=max_bytes,
        encoding=encoding,
        sites=sites,
    )
