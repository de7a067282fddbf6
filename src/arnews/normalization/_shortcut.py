"""The shortcut of a pipeline: text that needs only its character mappings, mapped in C.

Most lines of news text need no composition, no presentation form undone, no split word
joined: of the whole pipeline only the character mappings of the option set (its
:class:`~arnews.normalization._steps.CharMap`) and the white-space tidying change them.
:meth:`str.translate` would map them in one call, but looks every character up in a
dictionary (about 30 ns each, more than the rest of the pipeline on a short line). So a
:class:`Shortcut` maps such a text with the three C passes of a
:class:`~arnews.normalization._codepage.CodePage` that holds only the characters the
pipeline would merely map or remove; a text with any other character fails the encoding
(one C pass that is also the check), and the caller runs the whole pipeline. When the
option set keeps the harakat (``"display"``), most lines need no change at all: one
translation of their bytes to kinds (mark, changed, other) tells it, and where the marks
are, and the mapping and decoding passes are skipped.

Why the result is the pipeline's, for a text made of those characters:

- it is NFC, and stays NFC once mapped: no two characters of the code page compose, all
  targets are starters, and when the option set keeps the harakat, a result whose marks
  are out of canonical order takes the whole pipeline (two marks that stand in the wrong
  order in the text still do once it is mapped; only two marks side by side in the result
  can be, so ``is_normalized`` runs only then); a text with a run of marks long enough
  for :func:`~arnews.normalization._offsets.nfc` to cut takes it too (when every mark is
  removed, only a text that loses that many characters is looked at);
- it has no presentation form and no ``\\r``;
- deobfuscation changes nothing: the text has no ``-`` or ``.`` between two characters
  beyond U+00A0 (:func:`~arnews.normalization._steps.may_split`; tested on the encoded
  bytes first, where ``byte in raw`` is one ``memchr``), or deobfuscation
  leaves it as it is; or it joins split words in a composed text (the steps before it
  change nothing then) and what follows runs on the joined words, as in the pipeline
  (otherwise the whole pipeline runs); and no character that could expose a split word
  when removed or mapped (:func:`~arnews.normalization._steps.exposing`) is admitted, so
  the pipeline's second deobfuscation (:class:`~arnews.normalization._steps.Settle`)
  has nothing to do;
- when the option set keeps the spelling tatweel, the decorative one is removed first,
  as the pipeline does after deobfuscation (what that brings together is checked as
  above: runs of marks, their order).

The byte table is derived from the option set's own character table, so nothing here
repeats a rule; a Hypothesis property checks the equality on arbitrary text.
"""

from __future__ import annotations

import codecs
import operator
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final, TypeVar

from arnews.normalization._codepage import CodePage, code_page
from arnews.normalization._offsets import SHORTEST_LONG_RUN
from arnews.normalization._steps import (
    DOT_CANDIDATE_RE,
    HYPHEN_CANDIDATE_RE,
    CharMap,
    exposing,
    strip_decorative_tatweel,
)
from arnews.normalization._steps import deobfuscate as join_split_words
from arnews.normalization._whitespace import tidy
from arnews.normalization.tables import TATWEEL

__all__ = ["Shortcut", "shortcut"]

R = TypeVar("R")
_LONG_MARK_RUN: Final = b"m" * SHORTEST_LONG_RUN
"""A run of marks that :func:`~arnews.normalization._offsets.nfc` may cut, in the mark
classes of a text (see :attr:`Shortcut.marks`)."""
_MARK: Final = ord("m")
_CHANGE: Final = ord("c")
_TWO_MARKS: Final = b"mm"


@dataclass(frozen=True, slots=True)
class Shortcut:
    """One option set's character mappings over its code page, and what else its
    pipeline does to text made of those characters."""

    page: CodePage
    """The characters the pipeline merely maps or removes, and their mapping."""
    marks: bytes
    """A :meth:`bytes.translate` table: each byte of the code page → ``m`` for a
    combining mark, ``.`` for the other characters."""
    kinds: bytes
    """A :meth:`bytes.translate` table: each byte → ``m`` for a combining mark, ``c`` for a
    character the mapping changes or removes, ``.`` for the others (when the marks are
    kept, they map to themselves)."""
    deobfuscate: bool
    """Whether the pipeline joins split words (then text with a candidate is checked)."""
    spelling_tatweel: bool
    """Whether the pipeline removes only the decorative tatweel (then the shortcut does)."""
    whitespace: bool
    """Whether the pipeline tidies white space."""
    keeps_marks: bool
    """Whether the combining marks admitted are kept (then their order is checked), or
    removed: every one of them, either way."""
    attempt: Callable[[str], str | None] = field(init=False, repr=False, compare=False)
    """``then(lambda text: None)``: *text* normalized, or ``None`` when it needs more."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "attempt", self.then(_nothing))

    def __call__(self, text: str) -> str | None:
        """*text* normalized, or ``None`` when it needs more than its mappings."""
        return self.attempt(text)

    def then(
        self, fallback: Callable[[str], R], *, joins: bool = False
    ) -> Callable[[str], str | R]:
        """A function giving its text normalized through the shortcut, or, when the text
        needs more than its mappings, ``fallback(text)``. With *joins*, a text that needs
        only its split words joined besides is joined, and its words are mapped here too.

        It is one Python call for most lines: every field it reads is bound in it. A long
        text takes the shortcut too when none of its runs of marks is long (not merely
        when it loses few marks), and a line that needs no change is returned as it is.

        The joined words are what the steps after deobfuscation get; those steps are the
        shortcut's own on them (no character of the code page exposes a split word, so no
        second deobfuscation runs), and a check that fails sends the whole *text* to
        *fallback*, which is right whatever the words are. (The function is longer than
        most: each piece split out would cost one more Python call per line.)"""
        page, marks, kinds = self.page, self.marks, self.kinds
        encoding, table, removed, characters = (
            page.encoding,
            page.table,
            page.removed,
            page.characters,
        )
        deobfuscate, whitespace, keeps_marks = self.deobfuscate, self.whitespace, self.keeps_marks
        spelling_tatweel = self.spelling_tatweel
        # The bytes of ``.``, ``-`` and tatweel: ``byte in raw`` is one C scan, cheaper
        # than the same test on the text (and than ``bytes in bytes``).
        dot, hyphen, tatweel = (page.byte(char) for char in (".", "-", TATWEEL))
        dot_candidate, hyphen_candidate = DOT_CANDIDATE_RE.search, HYPHEN_CANDIDATE_RE.search

        def run(text: str) -> str | R:
            if not text:  # a blank line between two paragraphs: every step keeps it so
                return text
            try:
                raw = _encode(text, "strict", encoding)[0]
            except UnicodeEncodeError:
                return fallback(text)
            kept = text
            inner = raw[:-1]  # (no separator at the end splits a word: most lines end in one)
            if deobfuscate and (
                (dot in inner and dot_candidate(text) is not None)
                or (hyphen in inner and hyphen_candidate(text) is not None)
            ):
                kept = join_split_words(text)
                if kept is not text:  # the steps before deobfuscation change nothing…
                    if not joins or not _composed(text, raw, marks):
                        return fallback(text)
                    raw = _encode(kept, "strict", encoding)[0]  # … when text is composed
            if spelling_tatweel and tatweel in raw:
                kept, raw = _strip_decorative_tatweel(kept, raw, encoding)
            if keeps_marks:  # (display) most lines change nothing: their kinds tell it
                classes = raw.translate(kinds)
                if _CHANGE in classes:
                    mapped = raw.translate(table, removed)
                    classes, out = mapped.translate(kinds), _decode(mapped, "strict", characters)[0]
                else:
                    out = kept
                # Marks out of canonical order are next to another, as a long run is (and
                # ``find`` only when there is a mark: it is slower than an ``in``).
                more = (
                    _MARK in classes
                    and classes.find(_TWO_MARKS) >= 0
                    and (_long_run(raw, marks) or not _is_normalized("NFC", out))
                )
            else:  # every mark removed: a long run removes at least as many characters
                mapped = raw.translate(table, removed)
                out = kept if mapped is raw else _decode(mapped, "strict", characters)[0]
                more = len(raw) - len(mapped) >= SHORTEST_LONG_RUN and _long_run(raw, marks)
            if more:
                return fallback(text)
            if whitespace:  # one line without a run of spaces is tidied by stripping it
                out = tidy(out) if "\n" in out or "  " in out else out.strip(" ")
            return out

        return run


def _strip_decorative_tatweel(text: str, raw: bytes, encoding: object) -> tuple[str, bytes]:
    """*text* (encoded as *raw* with *encoding*) without its decorative tatweel, encoded."""
    stripped = strip_decorative_tatweel(text)
    return (text, raw) if stripped is text else (stripped, _encode(stripped, "strict", encoding)[0])


def _composed(text: str, raw: bytes, marks: bytes) -> bool:
    """Whether composition leaves *text* (encoded as *raw*) as it is: NFC already, and no
    run of marks that :func:`~arnews.normalization._offsets.nfc` may cut."""
    return _is_normalized("NFC", text) and not _long_run(raw, marks)


def _long_run(raw: bytes, marks: bytes) -> bool:
    """Whether *raw* holds a run of marks that :func:`~arnews.normalization._offsets.nfc`
    may cut (*marks* its :attr:`Shortcut.marks`; ``find``, as ``bytes in bytes`` raises
    and clears a ``TypeError`` inside CPython before it searches)."""
    return raw.translate(marks).find(_LONG_MARK_RUN) >= 0


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
    excluded = "\r" + exposing(chars)
    page = code_page(chars.table, lambda char: char not in excluded)
    is_mark = [unicodedata.category(char).startswith("M") for char in page.characters]
    targets = [chars.table.get(ord(char), char) for char in page.characters]
    kept = {target is not None for target, mark in zip(targets, is_mark, strict=True) if mark}
    if len(kept) > 1:  # pragma: no cover - every option set removes all harakat or none
        raise ValueError("the shortcut needs the marks of its code page all kept or all removed")
    changes = [target != char for char, target in zip(page.characters, targets, strict=True)]
    if True in kept and any(map(operator.and_, is_mark, changes)):  # pragma: no cover
        raise ValueError("the shortcut needs the marks it keeps kept as they are")
    return Shortcut(
        page=page,
        marks=bytes(ord("m") if mark else ord(".") for mark in is_mark),
        kinds=bytes(
            ord("m") if mark else ord("c") if change else ord(".")
            for mark, change in zip(is_mark, changes, strict=True)
        ),
        deobfuscate=deobfuscate,
        spelling_tatweel=spelling_tatweel,
        whitespace=whitespace,
        keeps_marks=True in kept,
    )
