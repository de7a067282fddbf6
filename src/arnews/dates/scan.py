"""Scanning: where dates can start, which of the rules' matches are kept, and in which
order they are resolved.

Everything is matched on text normalized by
:func:`arnews.normalization.normalize_with_offsets` (search preset, without
de-obfuscation, which would glue «آب-أغسطس» into one word), so spans map back to
the original text exactly.

A scan is one pass of :attr:`~arnews.dates.grammar.Grammar.trigger` over the text,
trying at each start word only the rules that can start there (:func:`raw_matches`):
not the day rules after a clock's minutes (:data:`_DAY`), nor the rules after one that
matched and excludes them (:attr:`~arnews.dates.grammar.Rule.excludes_rest`).
Then :func:`choose` keeps the leftmost-longest explicit matches (a tie goes to the
rule of lower :class:`~arnews.dates.grammar.Priority` value), resolves them, adds the
relative expressions that do not overlap them, and attaches clock times.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Sequence
from datetime import datetime
from typing import Final, TypeAlias

from arnews import normalization
from arnews.dates.clock import attach_time
from arnews.dates.grammar import (
    NAMED_DAY,
    NUMERIC_DAY,
    YEAR_FIRST,
    Grammar,
    Match,
    Priority,
    grammar,
)
from arnews.dates.relative import relative
from arnews.dates.resolve import Candidate, Source, explicit
from arnews.model import DateKind
from arnews.normalization import normalize, normalize_with_offset_map

__all__ = ["RawMatches", "Scan", "choose", "normalized", "raw_matches", "scan"]

_YEAR_DIGITS: Final = 4
"""A run of this many digits can start a year-first date («2020-03-04»)."""
_MAX_DAY_DIGITS: Final = 2
"""A longer run of digits cannot start a day-first date."""
_RELATIVE: Final = Priority.RELATIVE
"""Rules from this priority on are relative: resolved after the explicit ones."""
_AFTER_ANY_END: Final = sys.maxsize
"""Sorts after the end of any span that starts at the same place."""
_DAY: Final = re.compile(
    r"(?<![0-9][.,:])[0-9]{1,2}\s{0,2}(?:(?P<sep>[/.\-])\s{0,2}(?P<digit>[0-9])?|[^\W\d_]|,)"
)
"""A run of one or two digits that can start a day-first date: not the minutes of a clock
time or the decimals of a number (no day rule starts after a digit and «.», «,» or «:»,
a property test checks it), followed by a separator, a letter or a comma."""
_PLAIN: Final = re.compile(
    "[^\x20-\x7e\u0621\u0624\u0626-\u063a\u0641-\u0648\u064a\u060c\u061b\u061f\u00ab\u00bb]"
)
"""Any character the search normalization could change (its complement: printable ASCII,
Arabic letters other than alef variants and ى, and Arabic punctuation, which it keeps)."""
_LETTER_MAP: Final = tuple(
    (letter, {**normalization.ALEF_VARIANTS, **normalization.YEH_VARIANTS}[letter])
    for letter in "\u0622\u0623\u0625\u0649"
)
"""The letters «آ», «أ», «إ» and «ى», which the search normalization merely replaces (by «ا»
and «ي»): the common letters that :data:`_PLAIN` does not admit."""
_MAPPED: Final = frozenset(letter for letter, _ in _LETTER_MAP)
"""The letters of :data:`_LETTER_MAP` (a text whose first letter beyond :data:`_PLAIN` is
one of them may need only their replacement; a second search of :data:`_PLAIN`, not a
pattern of its own, tells, so that importing costs no compilation more)."""

_Explicit: TypeAlias = "tuple[int, int, Priority, DateKind, str, Match]"
"""An explicit match: start, minus its end, priority (so that sorting these tuples
puts the leftmost-longest, then highest-priority, first), kind, form, match."""


_Relative: TypeAlias = "tuple[str, Match]"
"""A relative match: the rule's form and the match."""
RawMatches: TypeAlias = "tuple[list[_Explicit], list[_Relative]]"
"""The rules' matches in a normalized text, before any is resolved: the explicit ones
sorted leftmost-longest first (see :data:`_Explicit`), the relative ones in text order.
(Plain tuples: a scan of a short string must not pay for building objects.)"""


def raw_matches(norm: str, g: Grammar) -> RawMatches:
    """The explicit and relative matches of *g*'s rules at every word or digit run that
    can start one."""
    explicit_matches: list[_Explicit] = []
    relative_matches: list[_Relative] = []
    covered = 0  # end of the longest explicit match so far: nothing starting before it can win
    starts, search = g.starts, g.trigger.search
    token = search(norm)
    while token is not None:
        following = token.end()
        word = token.group("w")
        if word is not None:  # a start word is its own key, unless written in upper case
            pos, rules = token.start("w"), starts.get(word) or starts.get(word.lower(), ())
        else:
            pos, digits = token.start(), following - token.start()
            # Which rules a run of digits can start depends on its length and what follows.
            if digits == _YEAR_DIGITS:
                rules = starts[YEAR_FIRST]
            elif digits > _MAX_DAY_DIGITS or (after := _DAY.match(norm, pos)) is None:
                token = search(norm, following)
                continue
            else:
                rules = starts[NUMERIC_DAY if after.group("digit") else NAMED_DAY]
        for kind, form, pattern, priority, excludes_rest in rules:
            match = pattern.match(norm, pos)
            if match is None:
                continue
            if priority < _RELATIVE:
                end = match.end()
                explicit_matches.append((pos, -end, priority, kind, form, match))
                covered = max(covered, end)
                if excludes_rest:
                    break
            else:
                relative_matches.append((form, match))
        # Jump past the longest explicit match so far: nothing starting inside it can win.
        token = search(norm, following if following > covered else covered)
    if len(explicit_matches) > 1:
        explicit_matches.sort(key=lambda t: t[:3])
    return explicit_matches, relative_matches


class _Spans(list[tuple[int, int]]):
    """Sorted, non-overlapping ``(start, end)`` spans, appended left to right; overlap
    tests by bisection (so a text with many dates is not scanned quadratically)."""

    __slots__ = ()

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self, (start, _AFTER_ANY_END)) - 1  # the last span starting by *start*
        if i >= 0 and self[i][1] > start:
            return True
        return i + 1 < len(self) and self[i + 1][0] < end


def _core(form: str, match: Match) -> tuple[int, int]:
    """The span a relative match keeps when its optional weekday must go."""
    if form == "day":
        return match.start("rd"), match.end("rd")
    if form == "weekday":
        return match.start(), match.end("wd")
    return match.start(), match.end()


def _relative_candidates(
    matches: list[_Relative], source: Source, taken: _Spans
) -> list[Candidate]:
    """The relative matches resolved, but only those that can still be chosen: one whose
    core («أمس» of «أمس الأحد») overlaps an explicit date is dropped unresolved."""
    found: list[Candidate] = []
    for form, match in matches:
        if taken and taken.overlaps(*_core(form, match)):
            continue
        candidate = relative(form, match, source)
        if candidate is not None:
            found.append(candidate)
    return found


def _select(candidates: list[Candidate], taken: _Spans) -> list[Candidate]:
    """Leftmost-longest choice of non-overlapping candidates, avoiding *taken* spans
    (a candidate that overlaps one may fall back to its core, e.g. «أمس» of «أمس الأحد»)."""
    chosen: list[Candidate] = []
    last_end = -1
    if len(candidates) > 1:
        candidates = sorted(
            candidates, key=lambda c: (c.start, -(c.end - c.start), Priority.of(c.kind))
        )
    for cand in candidates:
        for span_end in (cand.end, cand.core_end):
            if cand.start < last_end:
                break
            if not (taken and taken.overlaps(cand.start, span_end)):
                chosen.append(
                    cand if span_end == cand.end else cand._replace(end=span_end, core_end=span_end)
                )
                last_end = span_end
                break
    return chosen


def choose(raw: RawMatches, source: Source) -> list[Candidate]:
    """The dates of *source*, in text order, each extended over a clock time written
    next to it.

    First the leftmost-longest choice among the explicit matches; only the chosen ones
    are resolved, and one that fails («30 صفر 1441») still hides the shorter matches
    inside it («صفر 1441»). Then the relative matches that overlap none of them."""
    explicit_matches, relative_matches = raw
    taken = _Spans() if relative_matches else None
    chosen: list[Candidate] = []
    last_end = 0
    for start, neg_end, _priority, kind, form, match in explicit_matches:
        if start < last_end:
            continue
        floor, last_end = last_end, -neg_end
        candidate = explicit(kind, form, match, floor, source)
        if candidate is not None:
            chosen.append(candidate)
        if taken is not None:  # the span of a failed match is taken too
            taken.append(
                (start, last_end) if candidate is None else (candidate.start, candidate.end)
            )
    if taken is not None and (
        relative_found := _relative_candidates(relative_matches, source, taken)
    ):
        selected = _select(relative_found, taken)  # in text order, as *chosen* is
        chosen = sorted(chosen + selected, key=lambda c: c.start) if chosen else selected
    result: list[Candidate] = []
    for i, cand in enumerate(chosen):
        floor = result[-1].end if result else 0
        limit = chosen[i + 1].start if i + 1 < len(chosen) else len(source.norm)
        result.append(attach_time(cand, source, floor, limit))
    return result


def normalized(text: str) -> str:
    """``normalize(text, deobfuscate=False)``, with a shortcut for text that only the
    white-space step would change (meta values, ISO stamps, plain bylines), and one for
    text that it changes only by the letters of :data:`_LETTER_MAP` as well."""
    first = _PLAIN.search(text)
    if first is None:
        return " ".join(text.split())
    if first.group() in _MAPPED:  # most Arabic bylines: a few str.replace calls, if enough
        mapped = text
        for letter, bare in _LETTER_MAP:
            mapped = mapped.replace(letter, bare)
        if _PLAIN.search(mapped, first.start()) is None:
            return " ".join(mapped.split())
    if "-" not in text and "." not in text:
        return normalize(text)  # nothing to de-obfuscate: the default options are cheaper
    return normalize(text, deobfuscate=False)


Scan: TypeAlias = "tuple[Source, RawMatches, list[Candidate]]"
"""A scanned text: the text (normalized, as given, with its offsets when spans are
wanted), the rules' raw matches, and the dates chosen among them."""


def scan(text: str, reference: datetime, *, spans: bool, updates: bool = True) -> Scan:
    """Every date in *text*; with *spans*, the offsets to map them back to *text*. With
    *updates*, a date takes the clock time of an update written after it («28 آب 2013،
    آخر تحديث 14:00»): right for a mention or an update stamp, not for the publication."""
    offsets: Sequence[int] | None
    if spans:
        norm, offsets = normalize_with_offset_map(text, deobfuscate=False)
    else:
        norm, offsets = normalized(text), None
    g = grammar()
    # tuple.__new__ skips NamedTuple's Python-level __new__: a scan of a byline takes ~10 µs.
    source = tuple.__new__(Source, (norm, text, offsets, reference, g, updates))
    raw = raw_matches(norm, g) if norm else ([], [])
    return source, raw, choose(raw, source)
