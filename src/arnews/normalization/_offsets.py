"""Offset tracking: the edits every step makes, on a plain string or on a tracked one.

A step is a function ``T -> T`` where ``T`` is :class:`str` or :class:`Tracked`, a
:class:`str` that also carries, for each of its characters, the index of the input
character it came from. A step reads its text with ordinary string operations (``in``,
:meth:`~str.count`, regular expressions) and changes it only with the edits defined here:
:func:`sub`, :func:`sub_matches`, :func:`replace_chars` and :func:`nfc`.
Given a plain string (:func:`arnews.normalize`), an edit is the fastest string operation;
given a :class:`Tracked` one (:func:`arnews.normalize_with_offsets`), the same edit also
moves the offsets. So each step is written once, and both entry points run the same
steps. (A :class:`str` method called on a :class:`Tracked` string returns a plain one
without offsets; mypy checks each step for both types, so a step that returned one would
not type-check.)

Offsets follow these rules: a kept character keeps its offset; a character that stands
for other ones (a mapped letter, a letter composed with its hamza, the letters a
ligature expands to) takes the offset of the first character it comes from; offsets
never decrease. :func:`original_span` maps a span of the output back to the input.

:func:`nfc` composes only stream-safe text (:func:`bound_marks` first): Python's
:func:`unicodedata.normalize` sorts a run of combining marks by insertion, quadratic in
its length, and runs of 100,000 marks are cheap to send.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import Final, TypeAlias, TypeVar

import regex

from arnews.normalization._runs import Builder, Offsets
from arnews.normalization.tables import (
    DECOMPOSING_NON_STARTERS,
    MAX_NON_STARTERS,
    MAX_TRAILING_NON_STARTERS,
    NON_STARTER_RANGES,
    SPAN_TAIL,
)

__all__ = [
    "SHORTEST_LONG_RUN",
    "Offsets",
    "Replacement",
    "T",
    "Tracked",
    "bound_marks",
    "nfc",
    "original_span",
    "replace_chars",
    "sub",
    "sub_matches",
]

_GRAPHEME_RE: Final = regex.compile(r"\X", regex.DOTALL)


class Tracked(str):
    """A string that knows, for each of its characters, the input index it came from.

    Immutable like any string; its offsets are never modified once built. The
    :class:`str` methods return plain strings: edit it with the functions of this module.
    """

    offsets: Offsets
    """One input index per character."""

    def __new__(cls, value: str, offsets: Offsets) -> Tracked:
        """*value* whose characters came from the input indexes *offsets*."""
        text = super().__new__(cls, value)
        text.offsets = offsets
        return text

    @classmethod
    def of_input(cls, value: str) -> Tracked:
        """*value* as an input: each character at its own index."""
        return cls(value, Offsets.identity(len(value)))


T = TypeVar("T", str, Tracked)
"""The text a step edits: a plain string, or a tracked one."""

Match: TypeAlias = "re.Match[str] | regex.Match[str]"
Replacement: TypeAlias = "str | Callable[[Match], str]"
"""What :func:`sub` puts in place of a match: a literal, or a function of the match."""


def sub(text: T, pattern: re.Pattern[str] | regex.Pattern[str], repl: Replacement) -> T:
    """Replace every match of *pattern* by *repl*, as :func:`re.sub` does: a literal string
    (without backslash escapes), or a function of the match."""
    if isinstance(text, Tracked):
        if isinstance(repl, str):
            literal = repl
            return sub_matches(text, pattern.finditer(text), lambda _: literal)
        return sub_matches(text, pattern.finditer(text), repl)
    return pattern.sub(repl, text)  # the same object when nothing matched


def sub_matches(text: T, matches: Iterable[Match], repl: Callable[[Match], str]) -> T:
    """Replace each of *matches* (in order, not overlapping) by ``repl(match)``."""
    tracked = text.offsets if isinstance(text, Tracked) else None
    offsets = Builder() if tracked is not None else None  # (none for a plain string)
    parts: list[str] = []
    position = 0
    for match in matches:
        start, end = match.span()
        parts.append(text[position:start])
        replacement = repl(match)
        parts.append(replacement)
        if tracked is not None and offsets is not None:
            tracked.copy_into(offsets, position, start)
            if end - start == len(replacement) == 1:  # one character for one (most edits)
                offsets.add_run(tracked[start], 1)
            elif replacement:
                offsets.add_values(_align(replacement, match.group(), tracked[start:end]))
        position = end
    if not parts:
        return text
    parts.append(text[position:])
    if tracked is None or offsets is None:
        return "".join(parts)
    tracked.copy_into(offsets, position, len(text))
    return Tracked("".join(parts), offsets.build())


def replace_chars(text: T, pairs: Iterable[tuple[str, str]]) -> T:
    """Replace every *old* character by the character *new*, for each ``(old, new)`` of
    *pairs* (one character by one: positions do not move)."""
    value: str = text
    changed = False
    for old, new in pairs:
        if old in value:
            value = value.replace(old, new)
            changed = True
    if not changed:
        return text
    if isinstance(text, Tracked):
        return Tracked(value, text.offsets)
    return value


SHORTEST_LONG_RUN: Final = (MAX_NON_STARTERS - MAX_TRAILING_NON_STARTERS) // 2 + 1
"""Runs of marks shorter than this never exceed the bound, even after the marks of a
decomposed letter and with every mark decomposing into two."""
_MARK_RUN_RE: Final = regex.compile(rf"\p{{M}}{{{SHORTEST_LONG_RUN}}}+")
"""A cheap first look (every non-starter is a mark, and ``regex`` tests one property fast)."""
_LONG_RUN_RE: Final = regex.compile(f"[{NON_STARTER_RANGES}]{{{SHORTEST_LONG_RUN},}}+")
_DECOMPOSING_RE: Final = regex.compile(f"[{DECOMPOSING_NON_STARTERS}]")


def _decomposed(match: Match) -> str:
    return unicodedata.normalize("NFD", match.group())


def _split_marks(char: str) -> tuple[str, str]:
    """The canonical decomposition of *char* as its starters and the marks it ends with."""
    decomposed = unicodedata.normalize("NFD", char)
    end = len(decomposed)
    while end and unicodedata.combining(decomposed[end - 1]):
        end -= 1
    return decomposed[:end], decomposed[end:]


def bound_marks(text: T) -> T:
    """*text* with each run of combining marks longer than
    :data:`~arnews.normalization.tables.MAX_NON_STARTERS` cut to the marks that come first
    in canonical order.

    A run counts the marks of the letter before it (أ is ا + U+0654, and is decomposed when
    its run is cut), and the marks kept are those NFD puts first, so canonically equivalent
    texts (NFC, NFD, marks in any canonically equivalent order) give canonically equivalent
    results. Linear time: one scan, and a sort of each run that is too long. Text without
    such a run is returned as it is.
    """
    if _MARK_RUN_RE.search(text) is None:
        return text
    tracked = text.offsets if isinstance(text, Tracked) else None
    parts: list[str] = []
    offsets = Builder()
    position = 0
    for run in _LONG_RUN_RE.finditer(text):
        start, end = run.span()
        stem, trailing = _split_marks(text[start - 1]) if start else ("", "")
        marks = trailing + _DECOMPOSING_RE.sub(_decomposed, run.group())
        if len(marks) <= MAX_NON_STARTERS:
            continue
        classes = list(map(unicodedata.combining, marks))
        kept = sorted(range(len(marks)), key=classes.__getitem__)[:MAX_NON_STARTERS]
        cut = start - 1 if start else start
        parts += [text[position:cut], stem, "".join(marks[i] for i in kept)]
        if tracked is not None:
            tracked.copy_into(offsets, position, cut)
            offsets.add_values([tracked[cut]] * len(stem))
            sources = _mark_sources(tracked, run, len(trailing))
            offsets.add_values(sorted(sources[i] for i in kept))
        position = end
    if not parts:
        return text
    parts.append(text[position:])
    if tracked is None:
        return "".join(parts)
    tracked.copy_into(offsets, position, len(text))
    return Tracked("".join(parts), offsets.build())


def _mark_sources(offsets: Offsets, run: Match, trailing: int) -> list[int]:
    """The input index of each mark of *run*: the letter before it for the *trailing* marks
    of its decomposition, then the run's own indexes (twice for a mark that decomposes into
    two)."""
    start, end = run.span()
    sources = [offsets[start - 1]] * trailing
    if _DECOMPOSING_RE.search(run.group()) is None:
        return sources + offsets[start:end]
    for char, offset in zip(run.group(), offsets[start:end], strict=True):
        sources += [offset] * len(unicodedata.normalize("NFD", char))
    return sources


def nfc(text: T) -> T:
    """The text in Unicode NFC, its runs of combining marks bounded first (:func:`bound_marks`)."""
    text = bound_marks(text)
    if unicodedata.is_normalized("NFC", text):
        return text
    composed = unicodedata.normalize("NFC", text)
    if isinstance(text, Tracked):
        return Tracked(composed, _nfc_offsets(text, composed))
    return composed


def _nfc_offsets(text: Tracked, composed: str) -> Offsets:
    """The offsets of *composed*, the NFC of *text*."""
    # Composition stays inside a grapheme cluster, so compose cluster by cluster.
    parts: list[str] = []
    offsets = Builder()
    for match in _GRAPHEME_RE.finditer(text):
        cluster = unicodedata.normalize("NFC", match.group())
        parts.append(cluster)
        start, end = match.span()
        if len(cluster) == end - start:  # marks re-ordered: keep the positions
            text.offsets.copy_into(offsets, start, end)
        else:  # composed (or, rarely, expanded): each character finds its source
            offsets.add_values(_align(cluster, match.group(), text.offsets[start:end]))
    if "".join(parts) == composed:
        return offsets.build()
    # Defensive fallback for exotic scripts: spread the output evenly over the input.
    n_in, n_out = len(text.offsets), len(composed)
    offsets = Builder()
    offsets.add_values(text.offsets[i * n_in // n_out] for i in range(n_out))
    return offsets.build()


def _align(replacement: str, source: str, offsets: Sequence[int]) -> list[int]:
    """Offsets for *replacement* of *source* (whose offsets are given): kept characters keep
    theirs, new characters take the offset of the source character they stand for."""
    result: list[int] = []
    j = 0
    for char in replacement:
        k = source.find(char, j)
        if k >= 0:
            result.append(offsets[k])
            j = k + 1
        else:
            result.append(offsets[min(j, len(offsets) - 1)])
    return result


def original_span(text: str, offsets: Sequence[int], start: int, end: int) -> tuple[int, int]:
    """Map the span ``(start, end)`` of a normalized string back to its original *text*.

    *offsets* come from :func:`~arnews.normalization.normalize_with_offsets` of *text*. The
    span is widened over the marks, tatweel and joiners that normalization removed after
    its last letter, so a word found in the normalized text comes back whole, diacritics
    included. An empty span maps to an empty span at the matching position.

    >>> from arnews.normalization import normalize_with_offsets
    >>> text = "قالَ الوزيرُ"
    >>> normalized, offsets = normalize_with_offsets(text)
    >>> start, end = original_span(text, offsets, 4, 10)
    >>> normalized[4:10], text[start:end]
    ('الوزير', 'الوزيرُ')
    """
    if start >= end:
        position = offsets[start] if start < len(offsets) else len(text)
        return position, position
    first, last = offsets[start], offsets[end - 1] + 1
    while last < len(text) and (
        text[last] in SPAN_TAIL or unicodedata.category(text[last]) == "Mn"
    ):
        last += 1
    return first, last
