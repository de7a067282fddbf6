"""The arguments of :func:`arnews.parse_html` and :func:`arnews.parse_text`, checked at the door.

A wrong argument raises :class:`~arnews.errors.ArgumentError` (also a ``TypeError`` and a
``ValueError``) with a message that names it, instead of a ``TypeError`` or an
``AttributeError`` from deep inside the engine, or, worse, a silently empty article:
``parse_html("/data/page.html")`` would otherwise parse the *path* as a page.

>>> page_content(bytearray(b"<p>x</p>"), "parse_html")
b'<p>x</p>'
>>> page_content(__file__, "parse_html")
Traceback (most recent call last):
...
arnews.errors.ArgumentError: parse_html() takes the page's content, not a file name ...
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Final

from arnews.errors import ArgumentError
from arnews.sites._site import Site

__all__ = ["Options", "check_options", "page_content"]

MAX_PATH_CHARS: Final = 4096
"""A ``str`` longer than this is never taken for a file name (PATH_MAX on Linux)."""


def page_content(value: object, function: str) -> str | bytes:
    """*value* as ``str`` or ``bytes``: bytes-like objects are copied to ``bytes``; a path, or
    a short markup-free string naming an existing file, is refused."""
    if isinstance(value, (bytearray, memoryview)):
        return bytes(value)
    if isinstance(value, (str, bytes)):
        if isinstance(value, str) and _names_a_file(value):
            raise ArgumentError(
                f"{function}() takes the page's content, not a file name ({value!r}); "
                "read the file first, or use arnews.parse_file()"
            )
        return value
    if isinstance(value, os.PathLike):
        raise ArgumentError(
            f"{function}() takes the page's content, not a path ({os.fspath(value)!r}); "
            "read the file first, or use arnews.parse_file()"
        )
    raise ArgumentError(f"{function}() takes str or bytes, not {type(value).__name__}")


def _names_a_file(text: str) -> bool:
    if len(text) > MAX_PATH_CHARS or "<" in text or "\n" in text or not text.strip():
        return False
    return os.path.isfile(text)


@dataclass(frozen=True, slots=True)
class Options:
    """The checked keyword arguments of one parse."""

    url: str | None
    reference_date: datetime | None
    max_bytes: int
    encoding: str | None
    sites: tuple[Site, ...] | None


def check_options(  # noqa: PLR0913 (one keyword per public option, all keyword-only)
    function: str,
    *,
    url: object,
    reference_date: object,
    max_bytes: object,
    encoding: object,
    sites: object,
) -> Options:
    """The keyword arguments of *function*, checked; a ``date`` reference becomes midnight."""
    if url is not None and not isinstance(url, str):
        raise ArgumentError(f"{function}(): url must be a str or None, not {type(url).__name__}")
    if isinstance(reference_date, date) and not isinstance(reference_date, datetime):
        reference_date = datetime(reference_date.year, reference_date.month, reference_date.day)
    if reference_date is not None and not isinstance(reference_date, datetime):
        raise ArgumentError(
            f"{function}(): reference_date must be a datetime or None, "
            f"not {type(reference_date).__name__}"
        )
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes < 0:
        raise ArgumentError(f"{function}(): max_bytes must be an int >= 0, not {max_bytes!r}")
    if encoding is not None and not isinstance(encoding, str):
        raise ArgumentError(
            f"{function}(): encoding must be a str or None, not {type(encoding).__name__}"
        )
    return Options(url, reference_date, max_bytes, encoding, _sites(function, sites))


def _sites(function: str, sites: object) -> tuple[Site, ...] | None:
    if sites is None:
        return None
    if isinstance(sites, (str, bytes)) or not isinstance(sites, Iterable):
        raise ArgumentError(f"{function}(): sites must be a sequence of Site values or None")
    found = tuple(sites)
    wrong = [s for s in found if not isinstance(s, Site)]
    if wrong:
        raise ArgumentError(
            f"{function}(): sites must hold Site values, not {type(wrong[0]).__name__}"
        )
    return found
