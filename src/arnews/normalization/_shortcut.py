"""The shortcut of a pipeline: text that needs only its character mappings, mapped in C.

Most lines of news text need no composition, no presentation form undone, no split word
joined: of the whole pipeline only the character mappings of the option set (its
:class:`~arnews.normalization._steps.CharMap`) and the white-space tidying change them.
:meth:`str.translate` would map them in one call, but looks every character up in a
dictionary (about 30 ns each, more than the rest of the pipeline on a short line). So a
:class:`Shortcut` maps such a text with three C passes instead: it encodes the text into
a private single-byte code page (:data:`~arnews.normalization.tables.CODE_PAGE`: ASCII
and the commonest other characters of Arabic news), translates the bytes, and decodes
them. The code page of an option set holds only the characters the pipeline would
merely map or remove; a text with any other character fails the encoding (one C pass
that is also the check), and the caller runs the whole pipeline.

Why the result is the pipeline's, for a text made of those characters:

- it is NFC, and stays NFC once mapped: no two characters of the code page compose, all
  targets are starters, and when the option set keeps the harakat, a result whose marks
  are out of canonical order takes the whole pipeline (two marks that stand in the wrong
  order in the text still do once it is mapped); a text with a run of marks long enough
  for :func:`~arnews.normalization._offsets.nfc` to cut takes it too;
- it has no presentation form and no ``\\r``;
- deobfuscation finds nothing: the text has no ``-`` or ``.`` between two characters
  beyond U+00A0 (:func:`~arnews.normalization._steps.may_split`; else the whole pipeline
  runs), and no character that could expose one when removed or mapped
  (:func:`~arnews.normalization._steps.exposing`) is admitted;
- tatweel is not admitted when the option set keeps the spelling one.

The byte table is derived from the option set's own character table, so nothing here
repeats a rule; a Hypothesis property checks the equality on arbitrary text.
(``codecs.charmap_build``, ``charmap_encode`` and ``charmap_decode`` are the functions
every single-byte codec of the standard library is made of.)
"""

from __future__ import annotations

import codecs
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from arnews.normalization import tables
from arnews.normalization._offsets import SHORTEST_LONG_RUN
from arnews.normalization._steps import CharMap, exposing, may_split, tidy

__all__ = ["Shortcut", "shortcut"]

_UNUSED: Final = "\ufffe"
"""What an unused byte decodes to in a code page: a noncharacter, never encoded."""
_CODES: Final = 256


_MARK_CLASSES: Final = bytes(
    ord("m") if unicodedata.category(char).startswith("M") else ord(".")
    for char in tables.CODE_PAGE.ljust(_CODES, _UNUSED)
)
"""A :meth:`bytes.translate` table: each byte of the code page → ``m`` for a combining
mark, ``.`` for the other characters."""
_LONG_MARK_RUN: Final = b"m" * SHORTEST_LONG_RUN
"""A run of marks that :func:`~arnews.normalization._offsets.nfc` may cut, in the mark
classes of a text."""


@dataclass(frozen=True, slots=True)
class Shortcut:
    """One option set's character mappings over its code page, and what else its
    pipeline does to text made of those characters."""

    characters: str
    """The 256 characters of the code page, by byte (``U+FFFE`` for an unused byte)."""
    encoding: object
    """``codecs.charmap_build(characters)``."""
    table: bytes
    """Each byte → the byte of the character it maps to."""
    removed: bytes
    """The bytes of the characters removed."""
    deobfuscate: bool
    """Whether the pipeline joins split words (then text with a candidate takes it)."""
    whitespace: bool
    """Whether the pipeline tidies white space."""
    keeps_marks: bool
    """Whether some combining marks are admitted and kept (then their order is checked)."""

    def __call__(self, text: str) -> str | None:
        """*text* normalized, or ``None`` when it needs more than its mappings.

        A long text takes it too when none of its runs of marks is long (not merely when
        it loses few marks), and a line that needs no change is returned as it is."""
        # The separators first: a long text may hold one early, and encode all the same.
        if self.deobfuscate and may_split(text):
            return None
        try:
            raw = _encode(text, "strict", self.encoding)[0]
        except UnicodeEncodeError:
            return None
        mapped = raw.translate(self.table, self.removed)
        if (
            self.keeps_marks or len(raw) - len(mapped) >= SHORTEST_LONG_RUN
        ) and _LONG_MARK_RUN in raw.translate(_MARK_CLASSES):
            return None
        out = text if mapped is raw else _decode(mapped, "strict", self.characters)[0]
        if self.keeps_marks and not _is_normalized("NFC", out):
            return None
        if not self.whitespace:
            return out
        # One line without a run of spaces is tidied by stripping it.
        return tidy(out) if "\n" in out or "  " in out else out.strip(" ")


# Bound once: the call runs once per line of text.
_encode: Final[Callable[[str, str, object], tuple[bytes, int]]] = codecs.charmap_encode  # type: ignore[assignment]
_decode: Final = codecs.charmap_decode
_is_normalized: Final = unicodedata.is_normalized


def _merely_mapped(char: str, chars: CharMap, excluded: str) -> bool:
    """Whether the pipeline of *chars* only maps or removes *char* (see the module)."""
    return char != "\r" and char not in excluded


def shortcut(
    chars: CharMap, *, deobfuscate: bool, whitespace: bool, spelling_tatweel: bool
) -> Shortcut:
    """The shortcut of the pipeline that maps *chars* (with deobfuscation, white-space
    tidying and spelling tatweel as the option set says)."""
    excluded = exposing(chars) + (tables.TATWEEL if spelling_tatweel else "")
    mapped = {c for c in tables.CODE_PAGE if _merely_mapped(c, chars, excluded)}
    targets = {c: chars.table.get(ord(c), c) for c in mapped}
    # A character is admitted when what it becomes is in the code page too.
    characters = "".join(
        char if char in mapped and (targets[char] or char) in mapped else _UNUSED
        for char in tables.CODE_PAGE
    ).ljust(_CODES, _UNUSED)
    table = bytearray(range(_CODES))
    removed = bytearray()
    for code, char in enumerate(characters):
        if char == _UNUSED:
            continue
        target = targets[char]
        if target is None:
            removed.append(code)
        else:
            table[code] = characters.index(target)
    return Shortcut(
        characters=characters,
        encoding=codecs.charmap_build(characters),
        table=bytes(table),
        removed=bytes(removed),
        deobfuscate=deobfuscate,
        whitespace=whitespace,
        keeps_marks=any(
            unicodedata.combining(char) and targets[char] is not None
            for char in characters
            if char != _UNUSED
        ),
    )
