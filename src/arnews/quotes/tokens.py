"""The normalized text cut into tokens: :class:`Doc`, with sentence ends and paired quotes.

A token is a word (letters, marks and digits), a line break, or one other
character. Every rule of the quote finder reads tokens by index; spans are
character offsets in the normalized text until :mod:`arnews.quotes.finder` maps
them back to the original.
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final

import regex

from arnews.quotes._letters import ALEF_MAKSURA, ARABIC_LETTER_FIRST, ARABIC_LETTER_LAST, YEH
from arnews.quotes.marks import pair_quote_marks
from arnews.quotes.vocabulary import Vocabulary

__all__ = ["COMMAS", "Doc", "is_arabic_letter", "trim_tokens"]

COMMAS: Final = frozenset({"،", ","})
"""The Arabic and the Latin comma."""
SENTENCE_ENDS: Final = frozenset({"!", "?", "؟", "…"})
"""Marks that always end a sentence («.» ends one only in some places)."""
TRAILING_MARKS: Final = frozenset({"،", ",", "؛", ";", ":", "-", "–", "—"})
"""Punctuation trimmed off both ends of reported words and speakers."""
_AFTER_FULL_STOP: Final = '»”“"’)'
"""Closing marks that may follow a sentence's full stop."""
_MAX_SMALL_INDEX: Final = 2**32
_TOKEN_RE: Final = regex.compile(r"(?P<w>[\p{L}\p{M}\p{N}]++)|\n|\S")


def is_arabic_letter(char: str) -> bool:
    """Whether *char* is one of the basic Arabic letters (ء to ي)."""
    return ARABIC_LETTER_FIRST <= char <= ARABIC_LETTER_LAST


@dataclass(slots=True)
class Doc:
    """The normalized text cut into tokens, with the paired quotes by token index."""

    text: str
    original: str
    """The text as given, before normalization."""
    offsets: Sequence[int]
    """For each normalized character, its offset in :attr:`original`."""
    starts: array[int] = field(default_factory=lambda: array("I"))
    """Where each token starts (arrays of machine integers: a long text has many tokens)."""
    ends: array[int] = field(default_factory=lambda: array("I"))
    words: list[str] = field(default_factory=list)
    """The token text ("" for a non-word token)."""
    marks: list[str] = field(default_factory=list)
    """The token text for a non-word token ("" for a word)."""
    is_end: bytearray = field(default_factory=bytearray)
    """Whether the token ends a sentence (a line break, «!», «؟», a full stop…): one byte
    per token."""
    pair: dict[int, int] = field(default_factory=dict)
    """Opener token → closer token."""
    closer_of: dict[int, int] = field(default_factory=dict)
    """Closer token → opener token."""
    newlines: list[int] = field(default_factory=list)
    """Token indices of line breaks."""
    writes_maksura: bool = False
    """Whether the original text writes ى anywhere (see :meth:`spelled_with_yeh`)."""

    @classmethod
    def build(cls, text: str, original: str, offsets: Sequence[int]) -> Doc:
        """Tokenize the normalized *text*; *offsets* map it back to *original*."""
        doc = cls(text, original, offsets, writes_maksura=ALEF_MAKSURA in original)
        if len(text) >= _MAX_SMALL_INDEX:  # "I" holds indexes below 2**32 only
            doc.starts, doc.ends = array("Q"), array("Q")
        starts, ends, words, marks = doc.starts, doc.ends, doc.words, doc.marks
        seen: dict[str, str] = {}  # one string per distinct token: words repeat
        for match in _TOKEN_RE.finditer(text):
            start, end = match.span()
            token = seen.setdefault(match.group(), match.group())
            starts.append(start)
            ends.append(end)
            if match.lastgroup == "w":
                words.append(token)
                marks.append("")
            else:
                if token == "\n":
                    doc.newlines.append(len(marks))
                words.append("")
                marks.append(token)
        doc.is_end = bytearray(
            char == "\n" or char in SENTENCE_ENDS or (char == "." and _is_full_stop(doc, k))
            for k, char in enumerate(doc.marks)
        )
        for opener, closer in pair_quote_marks(text).items():
            a, b = doc.mark_at(opener), doc.mark_at(closer)
            if a is not None and b is not None:
                doc.pair[a] = b
                doc.closer_of[b] = a
        return doc

    def __len__(self) -> int:
        return len(self.starts)

    def mark_at(self, start: int) -> int | None:
        """The index of the non-word token at character *start*, if there is one (a binary
        search: a table of every mark would cost as much as the text)."""
        k = bisect_left(self.starts, start)
        return k if k < len(self) and self.starts[k] == start and self.marks[k] else None

    def word_count(self, a: int, b: int) -> int:
        """Words among tokens ``a..b-1``; bounded callers only."""
        return sum(1 for k in range(a, b) if self.words[k])

    def sentence_initial(self, k: int) -> bool:
        """Whether token *k* starts a sentence (or follows a «:»)."""
        return k == 0 or bool(self.is_end[k - 1]) or self.marks[k - 1] == ":"

    def paragraph_end(self, k: int) -> int:
        """The first line break at or after token *k* (the end of the text if none)."""
        i = bisect_left(self.newlines, k)
        return self.newlines[i] if i < len(self.newlines) else len(self)

    def spelled_with_yeh(self, k: int) -> bool:
        """Whether word token *k* ends in ي in a text that writes ى elsewhere: its «علي»
        is then the name Ali, not the preposition «على» (one word once normalized)."""
        return self.writes_maksura and self.original[self.offsets[self.ends[k] - 1]] == YEH


def _is_full_stop(doc: Doc, k: int) -> bool:
    """Whether the «.» at token *k* ends a sentence: followed by a space, a line break, a
    mark or the end."""
    if k > 0 and len(doc.words[k - 1]) == 1 and doc.words[k - 1].isalpha():
        return False  # «د. محمد», «م. أحمد»: an abbreviated title
    after = doc.ends[k]
    if after >= len(doc.text) or doc.text[after].isspace() or doc.text[after] in _AFTER_FULL_STOP:
        return True
    # «بالمنطقة.وأفادت»: a missing space after a full stop, not «أ.ف.ب» or «3.5».
    return is_arabic_letter(doc.text[after]) and k > 0 and len(doc.words[k - 1]) > 1


def trim_tokens(doc: Doc, a: int, b: int, vocab: Vocabulary) -> tuple[int, int]:
    """Drop trailing punctuation and particles («، كما») from tokens ``a..b-1``, and
    leading punctuation."""
    while b > a and (doc.marks[b - 1] in TRAILING_MARKS or doc.words[b - 1] in vocab.trailing):
        b -= 1
    while a < b and doc.marks[a] in TRAILING_MARKS:
        a += 1
    return a, b
