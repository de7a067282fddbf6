"""A private single-byte code page: text mapped character by character in three C passes.

:meth:`str.translate` looks every character up in a dictionary (about 30 ns each). A
:class:`CodePage` maps a text with three C passes instead: it encodes the text into a
single-byte code page made of :data:`~arnews.normalization.tables.CODE_PAGE` (ASCII and the
commonest other characters of Arabic news), translates the bytes, and decodes them.
``codecs.charmap_build``, ``charmap_encode`` and ``charmap_decode`` are the functions every
single-byte codec of the standard library is made of. The normalization shortcut
(``_shortcut``) uses one to map whole lines, and the character mappings of an option set
that removes harakat (``_steps``) use one to map long texts.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Final

from arnews.normalization import tables

__all__ = ["UNUSED", "CodePage", "code_page", "keeps_references"]

UNUSED: Final = "\ufffe"
"""What an unused byte decodes to in a code page: a noncharacter, never encoded."""
_CODES: Final = 256
_REFERENCE_RE: Final = re.compile(r"&#([0-9]+);")
"""A character the code page does not hold, as ``xmlcharrefreplace`` writes it."""
_REFERENCE_CHARS: Final = "&#;0123456789"


@dataclass(frozen=True, slots=True)
class CodePage:
    """A code page of some characters of ``CODE_PAGE``, with a mapping of them."""

    characters: str
    """The 256 characters of the code page, by byte (``U+FFFE`` for an unused byte)."""
    encoding: object
    """``codecs.charmap_build(characters)``."""
    table: bytes
    """Each byte → the byte of the character it maps to."""
    removed: bytes
    """The bytes of the characters removed."""

    def byte(self, char: str) -> int:
        """The byte of *char*, or, when the code page does not hold it, a byte no encoded
        text holds (an unused one: ``CODE_PAGE`` has fewer than 256 characters)."""
        return self.characters.index(char if char in self.characters else UNUSED)

    def translate(self, text: str, table: Mapping[int, str | None]) -> str | None:
        """``text.translate(table)``, *table* being the mapping of the code page and more
        (and :func:`keeps_references`), or ``None`` when *text* holds an ``&`` (which
        could read as a reference).

        The characters the code page does not hold are encoded as character references
        (``&#1600;``), which go through the byte table unchanged and are mapped one by one
        once decoded (news text has few)."""
        if "&" in text:
            return None
        raw = _encode(text, "xmlcharrefreplace", self.encoding)[0]
        out = _decode(raw.translate(self.table, self.removed), "strict", self.characters)[0]
        if "&#" not in out:
            return out
        return _REFERENCE_RE.sub(lambda ref: _target(table, int(ref[1])), out)


def keeps_references(table: Mapping[int, str | None]) -> bool:
    """Whether *table* leaves the characters of a character reference as they are (else
    :meth:`CodePage.translate` cannot be used with it: it would map the references)."""
    return not any(ord(char) in table for char in _REFERENCE_CHARS)


def _target(table: Mapping[int, str | None], code: int) -> str:
    return table.get(code, chr(code)) or ""


# Bound once: a shortcut runs once per line of text.
_encode: Final[Callable[[str, str, object], tuple[bytes, int]]] = codecs.charmap_encode  # type: ignore[assignment]
_decode: Final = codecs.charmap_decode


def _held(char: str, admitted: Callable[[str], bool]) -> bool:
    return char in tables.CODE_PAGE and admitted(char)


def code_page(table: Mapping[int, str | None], admitted: Callable[[str], bool]) -> CodePage:
    """The code page of the characters of ``CODE_PAGE`` that *admitted* accepts and whose
    target in *table* (each one character or ``None``) it accepts too, mapped by *table*."""
    targets = {char: table.get(ord(char), char) for char in tables.CODE_PAGE}
    characters = "".join(
        char if admitted(char) and _held(targets[char] or char, admitted) else UNUSED
        for char in tables.CODE_PAGE
    ).ljust(_CODES, UNUSED)
    codes = bytearray(range(_CODES))
    removed = bytearray()
    for code, char in enumerate(characters):
        if char == UNUSED:
            continue
        target = targets[char]
        if target is None:
            removed.append(code)
        else:
            codes[code] = characters.index(target)
    return CodePage(
        characters=characters,
        encoding=codecs.charmap_build(characters),
        table=bytes(codes),
        removed=bytes(removed),
    )
