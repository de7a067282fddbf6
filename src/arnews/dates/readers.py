"""What callers read from one scan: every mention (:func:`mentions`, behind
:func:`arnews.find_dates`), the date a short string denotes (:func:`best`, behind
:func:`arnews.parse_date`), mentions that say whether they depend on the reference date
(:func:`scan_dates`), and the date a stamp states (:func:`read_stamp`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from arnews.dates.grammar import grammar
from arnews.dates.lexicon import lexicon, match_key
from arnews.dates.resolve import Candidate, iso
from arnews.dates.scan import RawMatches, choose, scan
from arnews.model import DateMention
from arnews.normalization import original_span

__all__ = ["Found", "best", "mentions", "read_stamp", "scan_dates"]

_LABEL_REACH: Final = 24
"""How far before a date a publication label («تاريخ النشر:») can start."""
_GREGORIAN_KINDS: Final = frozenset({"iso", "numeric", "absolute"})
_HIJRI_KINDS: Final = frozenset({"hijri"})
_WRITTEN_KINDS: Final = _GREGORIAN_KINDS | _HIJRI_KINDS
"""Dates written out (month names, digits, ISO, Hijri), as opposed to relative ones."""
_MIN_RELATIVE_COVER: Final = 0.6
"""A stamp with only relative dates counts when they cover at least this share of it
(a headline mentioning «العام المقبل» is no stamp)."""


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


def _names_homograph(raw: RawMatches) -> bool:
    """Whether a month name that is also a word («آب»/«أب») was matched: the only case
    where :func:`best` and :func:`mentions` may resolve the same matches differently."""
    homographs = lexicon().homographs
    return any(
        "m1" in match.re.groupindex and match_key(match.group("m1")) in homographs
        for *_, match in raw[0]
    )


def read_stamp(
    text: str, reference: datetime | None, *, prefix: Callable[[str], str] | None = None
) -> datetime | None:
    """The date a stamp (a byline, a ``<time>`` text, a meta value) states, in one scan.

    A whole-text ISO 8601 stamp is read first. Otherwise a written date (month name,
    digits, ISO, Hijri) anywhere in the text counts, as :func:`arnews.parse_date`
    picks it («تم نشره الجمعة 24 نيسان 2020»); a relative one («منذ ساعتين») only
    with a *reference* and when dates cover most of the text (a headline mentioning
    «العام المقبل» is no stamp). *prefix*, if given, removes label words from *text*
    before the written date is looked for (not before the ISO stamp).

    >>> read_stamp("2024-02-07 10:30:00 +0300", None).isoformat()
    '2024-02-07T10:30:00+03:00'
    >>> read_stamp("منذ ساعتين", datetime(2020, 3, 4, 12, 30))
    datetime.datetime(2020, 3, 4, 10, 30)
    """
    stamp = grammar().stamp_iso.fullmatch(text)
    if stamp is not None and (value := iso(stamp.groupdict())) is not None:
        return value
    if prefix is not None:
        text = prefix(text)
    now = datetime.now() if reference is None else reference
    source, raw, candidates = scan(text, now, spans=True)
    if not candidates:
        return None
    if any(candidate.kind in _WRITTEN_KINDS for candidate in candidates):
        if _names_homograph(raw):  # resolve them as parse_date does, without offsets
            candidates = choose(raw, source._replace(offsets=None))
        return _pick(candidates, source.norm)
    if reference is None:
        return None
    offsets = source.offsets
    assert offsets is not None  # scan(spans=True) always maps its spans
    spans = (original_span(text, offsets, c.start, c.end) for c in candidates)
    if sum(end - start for start, end in spans) < _MIN_RELATIVE_COVER * len(text):
        return None
    return candidates[0].value
