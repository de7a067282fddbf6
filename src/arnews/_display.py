"""Text for a terminal: untrusted strings made inert, and the progress line.

A URL from ``WARC-Target-URI``, a file name or an error message quoting page
bytes can hold escape sequences (which a terminal obeys: colours, a cleared
screen, a rewritten title), bidi overrides (which reorder what follows), lone
surrogates (file names that are not UTF-8) or line breaks (which forge a line of
output). :func:`printable` writes each of them as a visible ``\\x1b``-style escape.

>>> printable("https://evil.example/\\x1b[2Jpage\\u202eexe.txt\\nfake line")
'https://evil.example/\\\\x1b[2Jpage\\\\u202eexe.txt\\\\nfake line'
"""

from __future__ import annotations

import time
import unicodedata
from typing import IO, Final

__all__ = ["Progress", "printable"]

_UNSAFE_CATEGORIES: Final = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
"""Controls, format characters (bidi, zero-width), surrogates, private use, unassigned,
and line/paragraph separators."""

_NAMED: Final = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_BYTE_LIMIT: Final = 0x100
"""Code points written as ``\\xNN``."""
_BMP_LIMIT: Final = 0x10000
"""Code points written as ``\\uNNNN`` (above: ``\\UNNNNNNNN``)."""

PROGRESS_INTERVAL: Final = 0.2
"""Seconds between two rewrites of the progress line."""

_CLEAR_LINE: Final = "\r\x1b[K"


def _escape(char: str) -> str:
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    if code < _BYTE_LIMIT:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code < _BMP_LIMIT else f"\\U{code:08x}"


def printable(text: str) -> str:
    """*text* with every control, format, surrogate or unassigned character escaped."""
    if text.isprintable():
        return text
    return "".join(_escape(c) if unicodedata.category(c) in _UNSAFE_CATEGORIES else c for c in text)


class Progress:
    """A progress line on standard error, rewritten at most every :data:`PROGRESS_INTERVAL`
    seconds, only when *stream* is a terminal."""

    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.enabled = stream.isatty()
        self.start = time.monotonic()
        self._last = self.start - PROGRESS_INTERVAL  # the first update shows at once
        self._shown = False

    def elapsed(self) -> float:
        """Seconds since the start."""
        return time.monotonic() - self.start

    def update(self, line: str) -> None:
        """Show *line* (if the last rewrite is old enough)."""
        now = time.monotonic()
        if self.enabled and now - self._last >= PROGRESS_INTERVAL:
            self._last = now
            self._shown = True
            self.stream.write(f"\r{line}\x1b[K")
            self.stream.flush()

    def clear(self) -> None:
        """Remove the progress line (before a message, and at the end)."""
        if self._shown:
            self._shown = False
            self.stream.write(_CLEAR_LINE)
            self.stream.flush()
