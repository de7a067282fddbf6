"""What callers read from one scan: every mention (:func:`mentions`, behind
:func:`arnews.find_dates`), the date a short string denotes (:func:`best`, behind
:func:`arnews.parse_date`), and mentions that say whether they depend on the reference
date (:func:`scan_dates`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Final

from arnews.dates.grammar import grammar
from arnews.dates.lexicon import lexicon, match_key
from arnews.dates.resolve import Candidate
from arnews.dates.scan import scan
from arnews.model import DateMention
from arnews.normalization import original_span

__all__ = ["Found", "best", "mentions", "scan_dates"]

_LABEL_REACH: Final = 24
"""How far before a date a publication label («تاريخ النشر:») can start."""
_GREGORIAN_KINDS: Final = frozenset({"iso", "numeric", "absolute"})
_HIJRI_KINDS: Final = frozenset({"hijri"})


@dataclass(frozen=True, slots=True)
class Found:
    """A date mention, and whether its value depended on the reference date."""

    mention: DateMention
    anchored: bool
    """``True`` for relative expressions («أمس», «منذ ساعتين», «الأسبوع الماضي»), bare
    weekdays, and a day and month written without a year (the year came from the
    reference); ``False`` when the text states the whole date."""


def _mentions(text: str, reference: datetime) -> tuple[list[Candidate], list[DateMention]]:
    """The dates of *text*, as the engine chose them and as mentions of *text*."""
    source, _raw, candidates = scan(text, reference, spans=True)
    offsets = source.offsets
    assert offsets is not None  # scan(spans=True) always maps its spans
    result: list[DateMention] = []
    for candidate in candidates:
        start, end = original_span(text, offsets, candidate.start, candidate.end)
        result.append(
            DateMention(
                text=text[start:end],
                start=start,
                end=end,
                value=candidate.value,
                kind=candidate.kind,
                has_time=candidate.has_time,
            )
        )
    return candidates, result


def mentions(text: str, reference: datetime) -> list[DateMention]:
    """The public :func:`arnews.find_dates`, on a resolved *reference*."""
    return _mentions(text, reference)[1]


def scan_dates(text: str, reference: datetime) -> list[Found]:
    """:func:`mentions`, each with whether it depended on *reference* (one scan)."""
    candidates, found = _mentions(text, reference)
    return [Found(m, c.anchored) for c, m in zip(candidates, found, strict=True)]


def _pick(candidates: list[Candidate], norm: str) -> datetime | None:
    """The date of a string with these *candidates*: the one after a publication label,
    else the first Gregorian one, else the first Hijri one, else the first."""
    if len(candidates) <= 1:
        return candidates[0].value if candidates else None
    g, lex = grammar(), lexicon()
    for candidate in candidates:
        label = g.label.search(norm, max(0, candidate.start - _LABEL_REACH), candidate.start)
        if label is not None and lex.labels.get(match_key(label.group("label"))) == "published":
            return candidate.value
    for kinds in (_GREGORIAN_KINDS, _HIJRI_KINDS):
        for candidate in candidates:
            if candidate.kind in kinds:
                return candidate.value
    return candidates[0].value


def best(text: str, reference: datetime) -> datetime | None:
    """The public :func:`arnews.parse_date`, on a resolved *reference*."""
    source, _raw, candidates = scan(text, reference, spans=False)
    if len(candidates) == 1:  # the common case, without the choice
        return candidates[0].value
    return _pick(candidates, source.norm)
