""":func:`find_quotes`, top to bottom: normalize, tokenize, propose, choose, attribute.

1. Normalize with offsets back to the input, and cut into tokens
   (:class:`arnews.quotes.tokens.Doc`, quote marks paired once).
2. Propose candidates: speech verbs and participles
   (:mod:`arnews.quotes.verb_quotes`), attribution phrases
   (:mod:`arnews.quotes.attributions`), paragraphs that are one quote
   (:mod:`arnews.quotes.paragraphs`).
3. Choose: verb quotes first, then attributions (:class:`Priority` order), then
   paragraphs right after a chosen quote; nothing overlaps.
4. Attribute: in the order of the cues, fill the speakers of subject-less cues
   from :class:`arnews.quotes.speakers.SpeakerMemory`, and build the
   :class:`arnews.Quote` values with spans in the original text.

Every stage moves forward through the tokens or jumps over a paired quote, and
every look-ahead is bounded, so the work is linear in the length of the text.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from arnews.model import Quote
from arnews.normalization import normalize_with_offset_map, original_span
from arnews.quotes.attributions import attribution_candidates
from arnews.quotes.candidates import Candidate, Priority
from arnews.quotes.paragraphs import paragraph_candidates
from arnews.quotes.speakers import Span, SpeakerMemory
from arnews.quotes.tokens import Doc
from arnews.quotes.verb_quotes import verb_candidates
from arnews.quotes.vocabulary import vocabulary

__all__ = ["find_quotes"]

MAX_BREAKS_BEFORE_CONTINUATION: Final = 2
"""Line breaks allowed between a quote and the paragraph continuing it (one blank line)."""

_Kept = tuple[Candidate, int, int]
"""A chosen candidate with its span in the original text ((-1, -1) for a speaker only)."""


def find_quotes(text: str) -> list[Quote]:
    """Return the direct, indirect and mixed quotes in *text*, in order of position.

    Each :class:`arnews.Quote` has the reported words as ``content`` (without quote
    marks and without an introducing «أن/إن/بأن»), the ``speaker`` phrase as written
    (carried over from an earlier sentence when the cue has no subject, ``None``
    when the text never names one), the ``cue`` as written and ``kind``
    (``"direct"``, ``"indirect"`` or ``"mixed"``). ``text[q.start:q.end] ==
    q.content`` always holds, results never overlap, and the time is linear in
    ``len(text)``; any string is accepted. See the "Quotes" guide for the rules.

    >>> [(q.kind, q.speaker, q.content) for q in find_quotes("قال الوزير إن الحوار مستمر.")]
    [('indirect', 'الوزير', 'الحوار مستمر')]

    :raises TypeError: if *text* is not a string.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if not text.strip():
        return []
    norm, offsets = normalize_with_offset_map(text)
    if not norm:
        return []
    vocab = vocabulary()
    doc = Doc.build(norm, text, offsets)
    spans = _Spans(text, norm, offsets)
    verbal, speakers = verb_candidates(doc, vocab)
    taken: list[Span] = []
    kept = _without_overlaps(spans, verbal + attribution_candidates(doc, vocab), taken)
    kept += _continuations(spans, paragraph_candidates(doc), taken)
    return _quotes(spans, kept + [(cand, -1, -1) for cand in speakers])


@dataclass(frozen=True, slots=True)
class _Spans:
    """Maps spans of the normalized text back to the original one."""

    text: str
    norm: str
    offsets: Sequence[int]

    def original(self, span: Span) -> Span:
        """*span* without surrounding white space, in original characters."""
        a, b = span
        while a < b and self.norm[a].isspace():
            a += 1
        while b > a and self.norm[b - 1].isspace():
            b -= 1
        return original_span(self.text, self.offsets, a, b)

    def phrase(self, span: Span | None, *, strip: bool = True) -> str | None:
        """The original text of *span* (``None`` if it is empty or there is none)."""
        if span is None:
            return None
        a, b = self.original(span) if strip else original_span(self.text, self.offsets, *span)
        return self.text[a:b] or None

    def norm_index(self, original: int) -> int:
        """The first normalized character at or after *original*."""
        return bisect_left(self.offsets, original)


def _overlaps(taken: list[Span], start: int, end: int) -> bool:
    """Whether ``start..end`` overlaps one of the sorted, disjoint spans *taken*."""
    k = bisect_left(taken, (start, start))
    if k < len(taken) and taken[k][0] < end:
        return True
    return k > 0 and taken[k - 1][1] > start


def _without_overlaps(spans: _Spans, candidates: list[Candidate], taken: list[Span]) -> list[_Kept]:
    """The candidates that overlap no better one, in text order; *taken* gets their spans."""
    candidates.sort(key=lambda c: (c.priority, c.start))
    kept: list[_Kept] = []
    for cand in candidates:
        start, end = spans.original((cand.start, cand.end))
        if start >= end or _overlaps(taken, start, end):
            continue
        taken.insert(bisect_left(taken, (start, end)), (start, end))
        kept.append((cand, start, end))
    kept.sort(key=lambda item: item[1])
    return kept


def _continuations(spans: _Spans, candidates: list[Candidate], taken: list[Span]) -> list[_Kept]:
    """The paragraph quotes that follow a chosen quote in the paragraph before."""
    kept: list[_Kept] = []
    for cand in sorted(candidates, key=lambda c: c.start):
        start, end = spans.original((cand.start, cand.end))
        if start >= end or _overlaps(taken, start, end):
            continue
        k = bisect_left(taken, (start, end))
        if k == 0:
            continue
        breaks = spans.norm.count("\n", spans.norm_index(taken[k - 1][1]), cand.start)
        if breaks > MAX_BREAKS_BEFORE_CONTINUATION:
            continue
        taken.insert(k, (start, end))
        kept.append((cand, start, end))
    return kept


def _quotes(spans: _Spans, items: list[_Kept]) -> list[Quote]:
    """Fill carried-over speakers in order of the cues, then build the quotes."""
    items.sort(key=lambda item: item[0].anchor)
    memory = SpeakerMemory()
    quotes: list[Quote] = []
    for order, (cand, start, end) in enumerate(items):
        speaker = spans.phrase(cand.speaker)
        if speaker is not None:
            memory.remember(order, speaker, cand)
        elif cand.carry is not None:
            speaker = memory.recall(cand.carry)
        if cand.priority == Priority.SPEAKER:
            continue
        quotes.append(
            Quote(
                content=spans.text[start:end],
                speaker=speaker,
                cue=spans.phrase(cand.cue, strip=False),
                kind=cand.kind,
                start=start,
                end=end,
            )
        )
    quotes.sort(key=lambda q: q.start)
    return quotes
