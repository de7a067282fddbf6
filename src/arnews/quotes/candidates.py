"""A quote found by one of the rules, before overlaps and speakers are resolved.

Three rule sets propose :class:`Candidate` quotes: speech verbs and participles
(:mod:`arnews.quotes.verb_quotes`), attribution phrases such as «بحسب X»
(:mod:`arnews.quotes.attributions`) and paragraphs that are one quote
(:mod:`arnews.quotes.paragraphs`). :mod:`arnews.quotes.finder` keeps the
non-overlapping ones by :class:`Priority`, then fills carried-over speakers.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from typing import Literal

from arnews.model import QuoteKind
from arnews.quotes._lexicon import Gender

__all__ = ["Candidate", "Carry", "Priority"]

Carry = Literal["m", "f", "p", "any"]
"""Which earlier speaker a quote without one takes: the latest of that gender (``"m"``,
``"f"``, ``"p"``) or the latest at all (``"any"``)."""


class Priority(IntEnum):
    """Which candidates win an overlap (lower first), and how their speakers are remembered."""

    VERB = 0
    """Introduced by a speech verb or participle («قال X إن …»)."""
    SOURCE = 1
    """Attributed by a phrase («… بحسب X»): its speaker is rarely the next cue's."""
    PARAGRAPH = 2
    """A paragraph that is one quote, continuing the quote before it."""
    SPEAKER = 3
    """No quote, only a speaker handed to the participle after it («وأضاف X قائلاً: …»)."""


@dataclass(slots=True, kw_only=True)
class Candidate:
    """A quote found before overlaps are resolved; spans are in normalized characters."""

    priority: Priority
    anchor: int
    """Where the cue (or the quote, without one) starts: speakers carry over in this order."""
    start: int
    end: int
    kind: QuoteKind
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None
    carry: Carry | None
    """Set when the speaker is to be carried over from an earlier quote."""
    gender: Gender | None
    """The cue's gender, under which its speaker is remembered."""
    fallback: tuple[int, int] | None = None
    """For a carried-over speaker: the subject of the cue's own sentence, taken when no
    earlier speaker agrees («وقدّم الوزير عرضاً …، مؤكداً أن …»)."""
    fragments: tuple[tuple[int, int], ...] = ()
    """For a ``mixed`` quote, the quoted fragments of the speaker's words inside it, each
    also given as a ``direct`` quote with the same speaker and cue."""
