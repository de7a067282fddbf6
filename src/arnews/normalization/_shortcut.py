"""The shortcut of a pipeline: text that needs only its character mappings, mapped in C.

Most lines of news text need no composition, no presentation form undone, no split word
joined: of the whole pipeline only the character mappings of the option set (its
:class:`~arnews.normalization._steps.CharMap`) and the white-space tidying change them.
:meth:`str.translate` would map them in one call, but looks every character up in a
dictionary (about 30 ns each, more than the rest of the pipeline on a short line). So a
:class:`Shortcut` maps such a text with the three C passes of a
:class:`~arnews.normalization._codepage.CodePage` that holds only the characters the
pipeline would merely map or remove; a text with any other character fails the encoding
(one C pass that is also the check), and the caller runs the whole pipeline.

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
"""

from __future__ import annotations

import codecs
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final, TypeVar

from arnews.normalization import tables
from arnews.normalization._codepage import UNUSED, CodePage, code_page
from arnews.normalization._offsets import SHORTEST_LONG_RUN
from arnews.normalization._steps import CharMap, exposing, may_split, tidy

__all__ = ["Shortcut", "shortcut"]

R = TypeVar("R")
_LONG_MARK_RUN: Final = b"m" * SHORTEST_LONG_RUN
"""A run of marks that :func:`~arnews.normalization._offsets.nfc` may cut, in the mark
classes of a text (see :attr:`Shortcut.marks`)."""


@dataclass(frozen=True, slots=True)
class Shortcut:
    """One option set's character mappings over its code page, and what else its
    pipeline does to text made of those characters."""

    page: CodePage
    """The characters the pipeline merely maps or removes, and their mapping."""
    marks: bytes
    """A :meth:`bytes.translate` table: each byte of the code page → ``m`` for a
    combining mark, ``.`` for the other characters."""
    deobfuscate: bool
    """Whether the pipeline joins split words (then text with a candidate takes it)."""
    whitespace: bool
    """Whether the pipeline tidies white space."""
    keeps_marks: bool
    """Whether some combining marks are admitted and kept (then their order is checked)."""
    attempt: Callable[[str], str | None] = field(init=False, repr=False, compare=False)
    """``then(lambda text: None)``: *text* normalized, or ``None`` when it needs more."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "attempt", self.then(_nothing))

    def __call__(self, text: str) -> str | None:
        """*text* normalized, or ``None`` when it needs more than its mappings."""
        return self.attempt(text)

    def then(self, fallback: Callable[[str], R]) -> Callable[[str], str | R]:
        """A function giving its text normalized through the shortcut, or, when the text
        needs more than its mappings, ``fallback(text)``.

        It is one Python call for most lines: every field it reads is bound in it. A long
        text takes the shortcut too when none of its runs of marks is long (not merely
        when it loses few marks), and a line that needs no change is returned as it is."""
        page, marks = self.page, self.marks
        encoding, table, removed, characters = (
            page.encoding,
            page.table,
            page.removed,
            page.characters,
        )
        deobfuscate, whitespace, keeps_marks = self.deobfuscate, self.whitespace, self.keeps_marks

        def run(text: str) -> str | R:
            # The separators first: a long text may hold one early, and encode all the same.
            if deobfuscate and may_split(text):
                return fallback(text)
            try:
                raw = _encode(text, "strict", encoding)[0]
            except UnicodeEncodeError:
                return fallback(text)
            mapped = raw.translate(table, removed)
            if (
                keeps_marks or len(raw) - len(mapped) >= SHORTEST_LONG_RUN
            ) and _LONG_MARK_RUN in raw.translate(marks):
                return fallback(text)
            out = text if mapped is raw else _decode(mapped, "strict", characters)[0]
            if keeps_marks and not _is_normalized("NFC", out):
                return fallback(text)
            if not whitespace:
                return out
            # One line without a run of spaces is tidied by stripping it.
            return tidy(out) if "\n" in out or "  " in out else out.strip(" ")

        return run


def _nothing(_text: str) -> None:
    """The fallback of :attr:`Shortcut.attempt`."""


# Bound once: the shortcut runs once per line of text.
_encode: Final[Callable[[str, str, object], tuple[bytes, int]]] = codecs.charmap_encode  # type: ignore[assignment]
_decode: Final = codecs.charmap_decode
_is_normalized: Final = unicodedata.is_normalized


def shortcut(
    chars: CharMap, *, deobfuscate: bool, whitespace: bool, spelling_tatweel: bool
) -> Shortcut:
    """The shortcut of the pipeline that maps *chars* (with deobfuscation, white-space
    tidying and spelling tatweel as the option set says)."""
    excluded = "\r" + exposing(chars) + (tables.TATWEEL if spelling_tatweel else "")
    page = code_page(chars.table, lambda char: char not in excluded)
    used = [char for char in page.characters if char != UNUSED]
    return Shortcut(
        page=page,
        marks=bytes(
            ord("m") if unicodedata.category(char).startswith("M") else ord(".")
            for char in page.characters
        ),
        deobfuscate=deobfuscate,
        whitespace=whitespace,
        keeps_marks=any(
            unicodedata.combining(char) and chars.table.get(ord(char), char) is not None
            for char in used
        ),
    )
