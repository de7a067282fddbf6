"""The normalized text cut into tokens: :class:`Doc`, with sentence ends and paired quotes.

A token is a word (letters, marks and digits), a line break, or one other
character. Every rule of the quote finder reads tokens by index; spans are
character offsets in the normalized text until :mod:`arnews.quotes.finder` maps
them back to the original.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Container, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, compress, count
from operator import mul, not_
from typing import Final, Literal, TypeAlias

import regex

from arnews.quotes._letters import (
    ALA_WITH_MAKSURA,
    ALEF_MAKSURA,
    ARABIC_LETTER_FIRST,
    ARABIC_LETTER_LAST,
    FI_WITH_MAKSURA,
    FI_WITH_YEH,
    YEH,
)
from arnews.quotes.marks import pair_quote_marks
from arnews.quotes.vocabulary import Vocabulary

__all__ = ["COMMAS", "SLASH", "Doc", "FinalLetter", "is_arabic_letter", "trim_tokens"]

COMMAS: Final = frozenset({"،", ","})
"""The Arabic and the Latin comma."""
SENTENCE_ENDS: Final = frozenset({"!", "?", "؟", "…"})
"""Marks that always end a sentence («.» ends one only in some places)."""
TRAILING_MARKS: Final = frozenset({"،", ",", "؛", ";", ":", "-", "–", "—"})
"""Punctuation trimmed off both ends of reported words and speakers."""
_AFTER_FULL_STOP: Final = '»”“"’)'
"""Closing marks that may follow a sentence's full stop."""
_CLOSING_MARKS: Final = '»”“"’'
"""Quote marks that may close a quote; one left dangling at the end of reported words
or a speaker (its opener before them, or none) is trimmed off."""
_ASCII_QUOTE: Final = '"'
"""The ASCII quote mark, whose direction is guessed from its neighbours."""
_QUOTE_MARKS: Final = '«»“”„‘’"'
"""Every quote mark."""
SLASH: Final = "/"
"""The slash, which an agency convention uses as quote marks: «قال: /نحن هنا/»."""
MIN_SLASH_QUOTE_WORDS: Final = 2
"""Words a pair of slashes must hold to be quote marks."""
_BEFORE_SLASH_OPENER: Final = ":."
"""Marks an opening slash may follow (besides a space): «قال: /…/», «…الظروف.. /…/»."""
_BEFORE_SLASH_CLOSER: Final = ".!?؟…"
"""Marks a closing slash may follow (besides a letter): «/… أهلنا./»."""
_AFTER_SLASH_CLOSER: Final = ".،,:;؛!?؟)»”\"'"
"""Marks a closing slash may precede (besides a space or the end)."""
_MAX_SMALL_INDEX: Final = 2**32
_TOKEN_RE: Final = regex.compile(r"([\p{L}\p{M}\p{N}]++|\n|\S)")
"""A token: a word, a line break or one other character (a group: ``split`` gives the white
space between tokens and the tokens, in turn)."""
_WORD_START: Final = regex.compile(r"[\p{L}\p{M}\p{N}]")
_COMMON_RANGES: Final = (
    (0x00, 0x1B),  # ASCII and Latin, but the separators 1C-1F
    (0x20, 0x2FF),
    (0x600, 0x60F),  # Arabic, but its combining marks
    (0x61B, 0x64A),
    (0x660, 0x66F),
    (0x671, 0x6D5),
    (0x6DD, 0x6DE),
    (0x6E5, 0x6E6),
    (0x6E9, 0x6E9),
    (0x6EE, 0x6FF),
    (0x2000, 0x206F),  # general punctuation
)
"""Code points (first, last) that ``re`` and ``regex`` class alike (word, white space or
other): a test checks each one. Not the combining marks (``re`` has no ``\\p{M}``), not
1C-1F (``re`` takes them for white space), not the rest, whose classes differ between
Unicode versions."""
_COMMON_CHARS: Final = "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in _COMMON_RANGES)
""":data:`_COMMON_RANGES` in a character class."""
_OUTSIDE_COMMON: Final = re.compile(f"[^{_COMMON_CHARS}]")
_COMMON_TOKEN_RE: Final = re.compile(r"([^\W_]+|\n|\S)")
""":data:`_TOKEN_RE` for text of :data:`_COMMON_CHARS` only, in ``re`` (where its words are
the tokens that are :meth:`str.isalnum`)."""
_ENDING_MARKS: Final = SENTENCE_ENDS | {"\n"}
"""Tokens that always end a sentence."""
TOKEN_CHUNK: Final = 16_384
"""Characters tokenized at a time: the per-token lists of one chunk are let go before the
next (a dense 2 MB text has about 400,000 tokens)."""


def _whole_word(word: str) -> str:
    """A pattern for *word* standing alone, diacritics allowed after each letter."""
    letters = r"\p{M}*+".join(regex.escape(char) for char in word)
    return rf"(?<![\p{{L}}\p{{M}}]){letters}\p{{M}}*+(?![\p{{L}}\p{{M}}])"


_ALA_RE: Final = regex.compile(_whole_word(ALA_WITH_MAKSURA))
_FI_RE: Final = regex.compile(_whole_word(FI_WITH_YEH))
_FI_MAKSURA_RE: Final = regex.compile(_whole_word(FI_WITH_MAKSURA))

FinalLetter: TypeAlias = Literal["yeh", "maksura"] | None
"""How a word's final ي/ى is spelled where the text tells them apart (:meth:`Doc.final_letter`)."""


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
    writes_ala: bool = False
    """Whether the original text writes «على» with ى (see :meth:`final_letter`)."""
    writes_fi: bool = False
    """Whether the original text writes «في» with ي and never «فى» (see :meth:`final_letter`)."""
    _ends: array[int] | None = None
    """The tokens that end a sentence (:meth:`sentence_ends`)."""
    cache: dict[str, list[int]] = field(default_factory=dict)
    """Lists of token positions other stages read once per text, by name."""
    slashes: dict[int, int] = field(default_factory=dict)
    """Opening slash token → closing slash token, for pairs shaped like quote marks
    («/…/» around words, not «1/2» or a URL); they join :attr:`pair` only where a cue
    or a «:» introduces them (:meth:`open_slash`)."""

    @classmethod
    def build(cls, text: str, original: str, offsets: Sequence[int], vocab: Vocabulary) -> Doc:
        """Tokenize the normalized *text*; *offsets* map it back to *original*."""
        doc = cls(
            text,
            original,
            offsets,
            writes_ala=_ALA_RE.search(original) is not None,
            writes_fi=bool(_FI_RE.search(original)) and not _FI_MAKSURA_RE.search(original),
        )
        if len(text) >= _MAX_SMALL_INDEX:  # "I" holds indexes below 2**32 only
            doc.starts, doc.ends = array("Q"), array("Q")
        dots = _tokenize(doc)
        doc.is_end = bytearray(map(_ENDING_MARKS.__contains__, doc.marks))
        for k in dots:
            doc.is_end[k] = _is_full_stop(doc, k)
        for opener, closer in pair_quote_marks(text).items():
            a, b = doc.mark_at(opener), doc.mark_at(closer)
            if a is not None and b is not None:
                doc.pair[a] = b
                doc.closer_of[b] = a
        _reopen_after_cues(doc, vocab)
        if SLASH in text:
            doc.slashes = _slash_pairs(doc, list(_tokens_at(doc, SLASH)))
        return doc

    def sentence_ends(self) -> array[int]:
        """The tokens that end a sentence, in order (read once, on first need; machine
        integers, as :attr:`starts`)."""
        if self._ends is None:
            self._ends = array(self.starts.typecode, compress(count(), self.is_end))
        return self._ends

    def same_sentence(self, a: int, b: int) -> bool:
        """Whether no sentence ends among tokens ``a..b-1``."""
        ends = self.sentence_ends()
        return bisect_left(ends, a) == bisect_left(ends, b)

    def token_at(self, char: int) -> int:
        """The first token starting at or after the normalized character *char*."""
        return bisect_left(self.starts, char)

    def open_slash(self, k: int) -> bool:
        """Pair the slash at token *k* with its closing slash as quote marks, if they are
        shaped so (:attr:`slashes`); called where a cue or a «:» introduces the quote.
        Whether token *k* is now a paired opening mark."""
        close = self.slashes.get(k)
        if close is not None and k not in self.pair:
            self.pair[k] = close
            self.closer_of[close] = k
        return k in self.pair

    def __len__(self) -> int:
        return len(self.starts)

    def mark_at(self, start: int) -> int | None:
        """The index of the non-word token at character *start*, if there is one (a binary
        search: a table of every mark would cost as much as the text)."""
        k = bisect_left(self.starts, start)
        return k if k < len(self) and self.starts[k] == start and self.marks[k] else None

    def words_in(self, table: Container[str]) -> list[int]:
        """The word tokens found in *table*, in order (one C call a token: this runs over
        every word of the text, several times)."""
        return list(compress(count(), map(table.__contains__, self.words)))

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

    def final_letter(self, k: int) -> FinalLetter:
        """How word token *k*, which ends in ي once normalized, is spelled, where the text's
        spelling can be trusted: ``"yeh"`` for ي in a text that writes the preposition
        «على» with ى (its «علي» is then the name Ali), ``"maksura"`` for ى in a text that
        writes «في», never «فى» (its «نفى» is then the verb, not the noun «نفي»);
        ``None`` when the text does not tell them apart (many write every final ى as ي,
        Egyptian typography every final ي as ى, some mix both).
        """
        last = self.original[self.offsets[self.ends[k] - 1]]
        if last == YEH and self.writes_ala:
            return "yeh"
        if last == ALEF_MAKSURA and self.writes_fi:
            return "maksura"
        return None


def _tokenize(doc: Doc) -> list[int]:
    """Fill the tokens of *doc* (:attr:`Doc.starts` … :attr:`Doc.newlines`) from its text;
    return the tokens that are a «.».

    Per token the work is in C: ``split`` gives the white space before each token and the
    token, the offsets are the running sum of their lengths, a word is a token of word
    characters, and in a text longer than a chunk one string is kept per distinct token
    (words repeat, and a mark such as «،» would otherwise be a copy each time). Nothing per
    token is a container the garbage collector would have to walk. A text of the common
    characters (:data:`_OUTSIDE_COMMON`) is cut with the standard library's ``re``, twice
    as fast as ``regex`` here and cutting those characters the same way."""
    text = doc.text
    common = _OUTSIDE_COMMON.search(text) is None
    split = (_COMMON_TOKEN_RE if common else _TOKEN_RE).split
    seen: dict[str, str] = {}
    interned = len(text) > TOKEN_CHUNK  # a short text's copies cost less than the look-ups
    starts, ends, words, marks, newlines = doc.starts, doc.ends, doc.words, doc.marks, doc.newlines
    pos, size = 0, TOKEN_CHUNK
    while pos < len(text):
        last = min(pos + size, len(text))
        parts = split(text[pos:last])  # space, token, space, token, …, space
        tokens = parts[1::2]
        if last < len(text):  # the last token may be cut at the chunk's end: read it again
            if len(tokens) <= 1:  # one token, maybe cut: read a longer chunk
                size *= 2
                continue
            tokens.pop()
        elif not tokens:
            break
        size = TOKEN_CHUNK
        bounds = list(accumulate(map(len, parts), initial=pos))
        cut = 2 * len(tokens)
        starts.extend(bounds[1:cut:2])
        ends.extend(bounds[2 : cut + 1 : 2])
        is_word = list(map(str.isalnum if common else _starts_word, tokens))
        got = list(map(mul, tokens, is_word))  # the token, or "" for a mark
        words.extend(map(seen.setdefault, got, got) if interned else got)
        got = list(map(mul, tokens, map(not_, is_word)))
        marks.extend(map(seen.setdefault, got, got) if interned else got)
        pos = bounds[cut]
    newlines.extend(_tokens_at(doc, "\n"))
    return list(_tokens_at(doc, "."))


def _tokens_at(doc: Doc, mark: str) -> Iterator[int]:
    """The tokens that are *mark*, a character that is always a token of its own («.»,
    «/», a line break), in order (found with :meth:`str.find`: marks are few, and this is
    cheaper than a look at every token)."""
    text, starts, at = doc.text, doc.starts, doc.text.find(mark)
    while at >= 0:
        yield bisect_left(starts, at)
        at = text.find(mark, at + 1)


def _starts_word(token: str) -> bool:
    """Whether a token of :data:`_TOKEN_RE` is a word."""
    return _WORD_START.match(token) is not None


def _reopen_after_cues(doc: Doc, vocab: Vocabulary) -> None:
    """«وتابع X " … المحصول مضيفا " 300 … الموسم".»: an ASCII ``"`` with a space on
    each side closes the line's open ``"`` (:func:`arnews.quotes.marks.pair_quote_marks`),
    but right after a cue word it opens that cue's quote, as no quote ends with its own
    cue. It is paired instead with the next ``"`` of its line when that one is unpaired
    and no other quote mark stands between; the mark it closed is left open (a quote
    whose writer forgot to close it)."""
    for opener, close in list(doc.pair.items()):
        if not _loose_after_cue(doc, close, vocab):
            continue
        k = close + 1
        while k < len(doc) and (not doc.marks[k] or doc.marks[k] not in _QUOTE_MARKS + "\n"):
            k += 1
        if k < len(doc) and doc.marks[k] == _ASCII_QUOTE and k not in doc.closer_of:
            del doc.pair[opener]
            del doc.closer_of[close]
            doc.pair[close] = k
            doc.closer_of[k] = close


def _loose_after_cue(doc: Doc, k: int, vocab: Vocabulary) -> bool:
    """Whether token *k* is an ASCII ``"`` with a space on each side, right after a cue."""
    if doc.marks[k] != _ASCII_QUOTE or k == 0 or not doc.words[k - 1]:
        return False
    at, after = doc.starts[k], doc.ends[k]
    spaced = doc.text[at - 1] == " " and after < len(doc.text) and doc.text[after] == " "
    return spaced and vocab.cue(doc.words[k - 1]) is not None


def _slash_pairs(doc: Doc, slashes: list[int]) -> dict[int, int]:
    """Each of the *slashes* (tokens, in order) that opens words («/جلالة») with the next
    slash of its paragraph when
    that one closes them («أهلنا/»): after a space, «:» or «.», before a letter, and
    before a space or a mark, with at least :data:`MIN_SLASH_QUOTE_WORDS` words between.
    Digits and URLs («1/2», «2020/05/01», «…com/ar/») never qualify."""
    pairs: dict[int, int] = {}
    opener = None
    for k in slashes:
        if opener is not None and doc.paragraph_end(opener) > k and _closes_slash(doc, k):
            if doc.word_count(opener + 1, k) >= MIN_SLASH_QUOTE_WORDS:
                pairs[opener] = k
            opener = None
        else:
            opener = k if _opens_slash(doc, k) else None
    return pairs


def _opens_slash(doc: Doc, k: int) -> bool:
    """Whether the slash at token *k* may open a quote: after a space, «:» or «.», and
    glued to the Arabic word after it."""
    at = doc.starts[k]
    before = doc.text[at - 1] if at > 0 else " "
    if not (before.isspace() or before in _BEFORE_SLASH_OPENER):
        return False
    nxt = k + 1
    return (
        nxt < len(doc)
        and bool(doc.words[nxt])
        and doc.starts[nxt] == doc.ends[k]
        and is_arabic_letter(doc.words[nxt][0])
    )


def _closes_slash(doc: Doc, k: int) -> bool:
    """Whether the slash at token *k* may close a quote: glued to a letter or a full stop
    before it, and followed by a space, a mark or the end."""
    at, after = doc.starts[k], doc.ends[k]
    before = doc.text[at - 1] if at > 0 else " "
    if not (before.isalpha() or before in _BEFORE_SLASH_CLOSER):
        return False
    return (
        after >= len(doc.text)
        or doc.text[after].isspace()
        or doc.text[after] in (_AFTER_SLASH_CLOSER)
    )


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


def _dangling(doc: Doc, a: int, k: int) -> bool:
    """Whether token *k* is a closing quote mark whose opener is not among tokens from *a*."""
    mark = doc.marks[k]
    return bool(mark) and mark in _CLOSING_MARKS and doc.closer_of.get(k, -1) < a


def trim_tokens(doc: Doc, a: int, b: int, vocab: Vocabulary) -> tuple[int, int]:
    """Drop trailing punctuation, particles («، كما») and dangling closing quote marks
    from tokens ``a..b-1``, and leading punctuation."""
    while b > a and (
        doc.marks[b - 1] in TRAILING_MARKS
        or doc.words[b - 1] in vocab.trailing
        or _dangling(doc, a, b - 1)
    ):
        b -= 1
    while a < b and doc.marks[a] in TRAILING_MARKS:
        a += 1
    return a, b
