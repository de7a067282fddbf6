"""What callers read from one scan: every mention (:func:`mentions`, behind
:func:`arnews.find_dates`), the date a short string denotes (:func:`best`, behind
:func:`arnews.parse_date`), mentions that say whether they depend on the reference date
(:func:`scan_dates`), and the date a stamp states (:func:`read_stamp`).

None of them reads the clock: each is given its reference date.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Final, NamedTuple

from arnews.dates.grammar import grammar
from arnews.dates.lexicon import lexicon, match_key
from arnews.dates.resolve import Candidate, iso
from arnews.dates.scan import RawMatches, scan
from arnews.model import DateMention, DatePrecision
from arnews.normalization import original_span

__all__ = ["STAND_IN", "Found", "Stamp", "best", "mentions", "read_stamp", "scan_dates"]

STAND_IN: Final = datetime(2003, 1, 15, 12, 0)
"""The reference a text is scanned against when there is none. Only the dates that do
not depend on it are kept (:attr:`Found.anchored`), so any date would do; a fixed one
keeps the result independent of the day the text is read."""

_DIGITS: Final = frozenset("0123456789")
"""What an ISO 8601 stamp starts with."""
_LABEL_REACH: Final = 24
"""How far before a date a publication label («تاريخ النشر:») can start."""
_GREGORIAN_KINDS: Final = frozenset({"iso", "numeric", "absolute"})
_HIJRI_KINDS: Final = frozenset({"hijri"})
_WRITTEN_KINDS: Final = _GREGORIAN_KINDS | _HIJRI_KINDS
"""Dates written out (month names, digits, ISO, Hijri), as opposed to relative ones."""
_MIN_RELATIVE_COVER: Final = 0.6
"""A stamp with only relative dates counts when they cover at least this share of it
(a headline mentioning «العام المقبل» is no stamp)."""
_STAMP_PRECISIONS: Final[frozenset[DatePrecision]] = frozenset({"day", "minute"})
"""What a date must state to be a stamp: a day at least («مارس 2020» dates no story)."""


class Stamp(NamedTuple):
    """The date a stamp states, and what it states (a day, or a clock time too)."""

    value: datetime
    precision: DatePrecision


@dataclass(frozen=True, slots=True)
class Found:
    """A date mention, and whether its value depended on the reference date."""

    mention: DateMention
    anchored: bool
    """``True`` for relative expressions («أمس», «منذ ساعتين», «الأسبوع الماضي»), bare
    weekdays, and a day and month written without a year (the year came from the
    reference); ``False`` when the text states the whole date."""


def _mentions(text: str, reference: datetime) -> tuple[list[Candidate], tuple[DateMention, ...]]:
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
                precision=candidate.precision,
            )
        )
    return candidates, tuple(result)


def mentions(text: str, reference: datetime) -> tuple[DateMention, ...]:
    """The public :func:`arnews.find_dates`, on a resolved *reference*."""
    return _mentions(text, reference)[1]


def scan_dates(text: str, reference: datetime) -> tuple[Found, ...]:
    """:func:`mentions`, each with whether it depended on *reference* (one scan)."""
    candidates, found = _mentions(text, reference)
    return tuple(Found(m, c.anchored) for c, m in zip(candidates, found, strict=True))


def _pick(candidates: list[Candidate], norm: str) -> Candidate:
    """The date of a string with these (one or more) *candidates*: the one after a
    publication label, else the first Gregorian one, else the first Hijri one, else
    the first."""
    if len(candidates) == 1:
        return candidates[0]
    g, lex = grammar(), lexicon()
    for candidate in candidates:
        label = g.label.search(norm, max(0, candidate.start - _LABEL_REACH), candidate.start)
        if label is not None and lex.labels.get(match_key(label.group("label"))) == "published":
            return candidate
    for kinds in (_GREGORIAN_KINDS, _HIJRI_KINDS):
        for candidate in candidates:
            if candidate.kind in kinds:
                return candidate
    return candidates[0]


def _mixed_homograph(raw: RawMatches, text: str, norm: str, key_: str) -> bool:
    """Whether the month name *key_* that is also a word was matched («آب»/«أب») where
    the text spells it both ways: only the letters at each position tell them apart
    then, so the text must be scanned with its offsets."""
    matched = any(
        "m1" in match.re.groupindex and match_key(match.group("m1")) == key_ for *_, match in raw[0]
    )  # first: the spellings are searched only when the name was read as a month
    return matched and lexicon().homographs[key_].in_text(text, norm) is None


def best(text: str, reference: datetime, *, shortcut: bool = True) -> datetime | None:
    """The public :func:`arnews.parse_date`, on a resolved *reference*.

    A text that is one ISO 8601 stamp as the ISO rule reads it (a meta value, a
    ``datetime`` attribute) is that stamp's date: a scan would find it and nothing else,
    since it is ASCII, normalizes to itself and leaves no room for a clock time, a zone
    or a prefix. Without *shortcut* it is scanned too (a property test compares both)."""
    if (
        shortcut
        and text[:1] in _DIGITS
        and (stamp := grammar().iso.match(text))
        and stamp.end() == len(text)
    ):
        return iso(stamp.groupdict())
    source, raw, candidates = scan(text, reference, spans=False)
    for key_ in source.grammar.lexicon.homographs:
        if key_ in source.norm and _mixed_homograph(raw, text, source.norm, key_):
            source, raw, candidates = scan(text, reference, spans=True)  # rare: «1 أب و5 آب»
            break
    if len(candidates) == 1:  # the common case, without the choice
        return candidates[0].value
    return _pick(candidates, source.norm).value if candidates else None


def _covers_most(text: str, offsets: Sequence[int] | None, candidates: list[Candidate]) -> bool:
    """Whether *candidates* cover most of *text* (a stamp, not a headline with a date)."""
    assert offsets is not None  # scan(spans=True) always maps its spans
    spans = (original_span(text, offsets, c.start, c.end) for c in candidates)
    return sum(end - start for start, end in spans) >= _MIN_RELATIVE_COVER * len(text)


def read_stamp(
    text: str,
    reference: datetime | None,
    *,
    prefix: Callable[[str], str] | None = None,
    updated: bool = False,
) -> Stamp | None:
    """The date a stamp (a byline, a ``<time>`` text, a meta value) states, in one scan.

    A whole-text ISO 8601 stamp is read first. Otherwise a written date (month name,
    digits, ISO, Hijri) anywhere in the text counts, as :func:`arnews.parse_date`
    picks it («تم نشره الجمعة 24 نيسان 2020»); a relative one («منذ ساعتين») only
    when dates cover most of the text (a headline mentioning «العام المقبل» is no
    stamp). Whatever depends on the reference date (a relative date, a day and month
    without a year) counts only with a *reference*: without one, nothing is resolved
    against the clock. A stamp states a day at least. *prefix*, if given, removes label
    words from *text* before the written date is looked for (not before the ISO stamp).
    The time of an update written after a date («28 آب 2013، آخر تحديث 14:00») is the
    stamp's time only for an update stamp (*updated*).

    >>> stamp = read_stamp("2024-02-07 10:30:00 +0300", None)
    >>> stamp.value.isoformat(), stamp.precision
    ('2024-02-07T10:30:00+03:00', 'minute')
    >>> read_stamp("منذ ساعتين", datetime(2020, 3, 4, 12, 30))
    Stamp(value=datetime.datetime(2020, 3, 4, 10, 30), precision='minute')
    >>> read_stamp("21 يوليو", None) is None
    True
    """
    stamp = grammar().stamp_iso.fullmatch(text)
    if stamp is not None and (value := iso(stamp.groupdict())) is not None:
        return Stamp(value, "day" if stamp.group("H") is None else "minute")
    if prefix is not None:
        text = prefix(text)
    source, _raw, found = scan(
        text, STAND_IN if reference is None else reference, spans=True, updates=updated
    )
    candidates = [
        c
        for c in found
        if c.precision in _STAMP_PRECISIONS and (reference is not None or not c.anchored)
    ]
    if not candidates:
        return None
    if any(candidate.kind in _WRITTEN_KINDS for candidate in candidates):
        chosen = _pick(candidates, source.norm)
    elif _covers_most(text, source.offsets, candidates):
        chosen = candidates[0]
    else:
        return None
    return Stamp(chosen.value, chosen.precision)
