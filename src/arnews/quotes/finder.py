""":func:`find_quotes`, top to bottom: normalize, tokenize, propose, choose, attribute.

1. Normalize with offsets back to the input, and cut into tokens
   (:class:`arnews.quotes.tokens.Doc`, quote marks paired once).
2. Propose candidates: speech verbs and participles
   (:mod:`arnews.quotes.verb_quotes`), attribution phrases
   (:mod:`arnews.quotes.attributions`), paragraphs that are one quote
   (:mod:`arnews.quotes.paragraphs`).
3. Choose: verb quotes first, then attributions (:class:`Priority` order), then
   paragraphs right after a chosen quote; nothing overlaps (the quoted fragments of a
   ``mixed`` quote are added inside it at the end, as ``direct`` quotes).
4. Attribute: in the order of the cues, fill the speakers of subject-less cues
   from :class:`arnews.quotes.speakers.SpeakerMemory`, find each speaker's fullest
   earlier mention (:class:`arnews.quotes.coreference.Coreference`), and build the
   :class:`arnews.Quote` values with spans in the original text.

Every stage moves forward through the tokens or jumps over a paired quote, and
every look-ahead is bounded, so the work is linear in the length of the text.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

from arnews.model import Quote, QuoteKind
from arnews.normalization import normalize_with_offset_map, original_span
from arnews.quotes.antecedents import Antecedents
from arnews.quotes.attributions import attribution_candidates
from arnews.quotes.candidates import Candidate
from arnews.quotes.coreference import Coreference
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


def find_quotes(text: str) -> tuple[Quote, ...]:
    """Return the direct, indirect and mixed quotes in *text*, in order of position.

    Each :class:`arnews.Quote` has the reported words as ``content`` (without quote
    marks and without an introducing «أن/إن/بأن»), the ``speaker`` phrase as written
    (carried over from an earlier sentence when the cue has no subject, ``None``
    when the text never names one), the ``cue`` as written and ``kind``
    (``"direct"``, ``"indirect"`` or ``"mixed"``); ``speaker_full`` is the fullest
    earlier mention of the same speaker (``speaker`` itself if none is fuller).
    ``text[q.start:q.end] ==
    q.content`` always holds; results never overlap, except that each quoted fragment
    of a ``mixed`` quote follows it as a ``direct`` quote nested in its span, with the
    same speaker and cue. The time is linear in ``len(text)``; any string is accepted.
    See the "Quotes" guide for the rules.

    >>> [(q.kind, q.speaker, q.content) for q in find_quotes("قال الوزير إن الحوار مستمر.")]
    [('indirect', 'الوزير', 'الحوار مستمر')]

    :raises TypeError: if *text* is not a string.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if not text.strip():
        return ()
    norm, offsets = normalize_with_offset_map(text)
    if not norm:
        return ()
    vocab = vocabulary()
    doc = Doc.build(norm, text, offsets, vocab)
    spans = _Spans(text, norm, offsets)
    verbal, speakers = verb_candidates(doc, vocab)
    taken: list[Span] = []
    sourced, sources = attribution_candidates(doc, vocab)
    kept = _without_overlaps(spans, verbal + sourced, taken)
    kept += _continuations(spans, paragraph_candidates(doc), taken)
    coreference = Coreference(doc, vocab, spans.phrase)
    antecedents = Antecedents(doc, vocab)
    items = kept + [(cand, -1, -1) for cand in speakers + sources]
    return tuple(_quotes(spans, items, coreference, antecedents))


@dataclass(frozen=True, slots=True)
class _Spans:
    """Maps spans of the normalized text back to the original one."""

    text: str
    norm: str
    offsets: Sequence[int]
    phrases: dict[str, str] = field(default_factory=dict)
    """One string per distinct phrase: a long text repeats its cues and speakers («قال»,
    «الوزير») in quote after quote, and each would otherwise be a copy of its own."""

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
        phrase = self.text[a:b]
        return self.phrases.setdefault(phrase, phrase) or None

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


def _speaker(
    spans: _Spans, cand: Candidate, memory: SpeakerMemory, antecedents: Antecedents
) -> tuple[str | None, str | None]:
    """The speaker of *cand* and the phrase it writes for the cues after it: its own
    (an honorific with a pronoun, «سيادته», stands for its bearer), else the latest
    agreeing speaker or a later source of the same sentence («ويضم المهرجان، بحسب
    فلان، …، موضحاً أنه …»), else the subject of its sentence's verb (for a
    participle) or of an earlier verb that is no cue («تعود الفنانة فلانة …. وأكدت
    …»)."""
    at = cand.anchor
    span, gender = antecedents.bearer(cand.speaker, at)
    carry = cand.carry if gender is None else gender
    if span is not None or carry is None:
        written = spans.phrase(span)
        return written, written
    found, source = memory.recall(carry), memory.source
    doc = antecedents.doc
    later = source is not None and (found is None or source[0] > found[0])
    if later and source and doc.same_sentence(doc.token_at(source[2]), doc.token_at(at)):
        return source[1], None
    if found is not None:
        return found[1], None
    span = cand.fallback or antecedents.verb_subject(at, carry)
    span, _ = antecedents.bearer(span, at)
    written = spans.phrase(span)
    return written, written


def _quotes(
    spans: _Spans, items: list[_Kept], coreference: Coreference, antecedents: Antecedents
) -> list[Quote]:
    """Fill carried-over speakers in order of the cues, find each speaker's fullest
    mention, then build the quotes."""
    items.sort(key=lambda item: item[0].anchor)
    memory = SpeakerMemory()
    quotes: list[Quote] = []
    for order, (cand, start, end) in enumerate(items):
        speaker, written = _speaker(spans, cand, memory, antecedents)
        if written is not None:
            memory.remember(order, written, cand)
        full = None if start < 0 else coreference.resolve(speaker, cand.anchor)
        if written is not None:
            coreference.add(written)
        if start < 0:
            continue  # a speaker met without a quote, remembered for the cues after it
        cue = spans.phrase(cand.cue, strip=False)
        parts: list[tuple[QuoteKind, int, int]] = [(cand.kind, start, end)]
        parts += [("direct", *spans.original(fragment)) for fragment in cand.fragments]
        quotes += [
            Quote(
                content=spans.text[a:b],
                speaker=speaker,
                speaker_full=full,
                cue=cue,
                kind=kind,
                start=a,
                end=b,
            )
            for kind, a, b in parts
            if a < b
        ]
    quotes.sort(key=lambda q: (q.start, -q.end))
    return quotes
