"""Paragraphs that are one quote: «…». on a line of its own continues the quote before it.

Arabic news runs a long quote over several paragraphs, each in its own quote
marks, with the cue and speaker given once before the first. A paragraph made of
one quote is a candidate here; :mod:`arnews.quotes.finder` keeps it only right
after another quote, and gives it that quote's speaker.
"""

from __future__ import annotations

from typing import Final

from arnews.quotes.candidates import Candidate, Priority
from arnews.quotes.tokens import Doc

__all__ = ["paragraph_candidates"]

MIN_PARAGRAPH_QUOTE_WORDS: Final = 4
"""Words a paragraph in quote marks needs to be speech, not a quoted title."""
PARAGRAPH_QUOTE_WINDOW: Final = 7
"""Tokens after the opening mark in which those words are counted."""


def paragraph_candidates(doc: Doc) -> list[Candidate]:
    """Every paragraph that is one paired quote, with at most a full stop after it."""
    found: list[Candidate] = []
    n = len(doc)
    for opener, close in doc.pair.items():
        if opener > 0 and doc.marks[opener - 1] != "\n":
            continue
        k = close + 1
        if k < n and doc.is_end[k] and doc.marks[k] != "\n":
            k += 1
        if k < n and doc.marks[k] != "\n":
            continue
        words = doc.word_count(opener + 1, min(close, opener + 1 + PARAGRAPH_QUOTE_WINDOW))
        if words < MIN_PARAGRAPH_QUOTE_WORDS:
            continue
        start, end = doc.ends[opener], doc.starts[close]
        found.append(
            Candidate(
                priority=Priority.PARAGRAPH,
                anchor=start,
                start=start,
                end=end,
                kind="direct",
                cue=None,
                speaker=None,
                carry="any",
                gender=None,
            )
        )
    return found
