"""Who is it, in full: the fullest earlier mention of a quote's speaker (light coreference).

A quote's speaker is kept as the sentence writes it («الوزارة», «الوزير», «الحسيني»);
:class:`Coreference` finds the fullest mention of the same speaker earlier in the
text («وزارة التربية الأردنية», «وزير الخارجية أحمد علي», «علي الحسيني وزير التموين»)
for :attr:`arnews.Quote.speaker_full`. The rules are deliberately light:

1. **Same words**: an earlier speaker *M* names the same speaker as *S* when it has more
   words and holds every word of *S* (the article set aside: «الوزير» matches «وزير
   الخارجية أحمد علي»; a surname matches the full name).
2. **Same head, not a dependent**: the first word of *S* must not stand in *M* after a
   title that governs it or a preposition («نائب وزير الزراعة» is not «الوزير»,
   «المتحدث باسم الوزارة» is not «الوزارة»). Agreement in gender and number comes
   from matching the same word form («الوزيرة» never matches «وزير …»).
3. **Nearest previous, then again**: the nearest earlier match is taken, and the
   search goes on from it, so «الوزير» → «الوزير أحمد» → «وزير الخارجية أحمد علي».
4. **A noun phrase of the text**: a one-word speaker with the article («الوزارة»)
   with no fuller earlier speaker takes the nearest earlier phrase of the text headed
   by the same noun with a complement («… أعلنت وزارة التربية الأردنية …»).

Every look-up reads at most :data:`MAX_LOOKBACK` earlier mentions through an index by
word, so the work stays linear in the length of the text.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final, NamedTuple

import regex

from arnews.normalization import normalize
from arnews.quotes._letters import (
    AND_PREFIX,
    DEFINITE_ARTICLE,
    NISBA_ENDINGS,
    PREPOSITION_PREFIXES,
)
from arnews.quotes.tokens import COMMAS, Doc
from arnews.quotes.vocabulary import Vocabulary

__all__ = ["MAX_LOOKBACK", "Coreference"]

MAX_LOOKBACK: Final = 16
"""Earlier mentions (or occurrences of a noun) looked at for one speaker."""
MAX_CHAIN: Final = 4
"""Steps from a speaker to ever fuller mentions («الوزير» → «الوزير أحمد» → …)."""
MAX_PHRASE_WORDS: Final = 5
"""Longest noun phrase taken from the text for a one-word speaker (rule 4)."""
MIN_BASE_LETTERS: Final = 2
"""Letters a word keeps once its article is set aside («الحق» → «حق»)."""
_COMMA: Final = ","
"""The comma as kept among a mention's words (appositions: «فلان، وزير …»)."""
_WORD_RE: Final = regex.compile(r"[\p{L}\p{M}\p{N}]++|[،,]")

Span = tuple[int, int]


def _base(word: str) -> str:
    """*word* without its article: «الوزارة» → «وزارة»."""
    if word.startswith(DEFINITE_ARTICLE) and len(word) - len(DEFINITE_ARTICLE) >= MIN_BASE_LETTERS:
        return word[len(DEFINITE_ARTICLE) :]
    return word


def _words(phrase: str) -> tuple[str, ...]:
    """The normalized words of *phrase*, commas kept as :data:`_COMMA`."""
    return tuple(
        _COMMA if token in COMMAS else token for token in _WORD_RE.findall(normalize(phrase))
    )


class _Mention(NamedTuple):
    """A speaker as written, read once: its words, their bases, how many words."""

    phrase: str
    words: tuple[str, ...]
    """Normalized words, commas kept as :data:`_COMMA`."""
    bases: tuple[str, ...]
    """The same words without their article."""
    content: frozenset[str]
    """The bases, commas left out."""
    head: str
    """The first base («الوزارة» → «وزارة»); empty without words."""
    size: int
    """Words, commas left out."""

    @classmethod
    def of(cls, phrase: str) -> _Mention:
        """Read *phrase*."""
        words = _words(phrase)
        bases = tuple(_base(word) for word in words)
        content = [base for base in bases if base != _COMMA]
        head = content[0] if content else ""
        return cls(phrase, words, bases, frozenset(content), head, len(content))


@dataclass(slots=True)
class Coreference:
    """The speakers met so far in one text, in the order of their cues.

    :meth:`resolve` gives the fullest earlier mention of a speaker; :meth:`add` records
    a speaker written in the text. One instance serves one text.
    """

    doc: Doc
    vocab: Vocabulary
    phrase_of: Callable[[Span], str | None]
    """Maps normalized characters to the original phrase (:class:`arnews.quotes.finder`)."""
    mentions: list[_Mention] = field(default_factory=list)
    """Each speaker written so far, in order."""
    by_word: dict[str, list[int]] = field(default_factory=dict)
    """A word without its article → the mentions holding it, in order."""
    _read: dict[str, _Mention] = field(default_factory=dict)
    """Phrases already read (a speaker is often repeated)."""
    _occurrences: dict[str, list[int]] | None = None
    """A word → the tokens where it stands, built on first need (rule 4)."""

    def _mention(self, phrase: str) -> _Mention:
        """*phrase* read once per text."""
        mention = self._read.get(phrase)
        if mention is None:
            mention = self._read[phrase] = _Mention.of(phrase)
        return mention

    def add(self, speaker: str) -> None:
        """Record *speaker*, written at the current cue, for the cues after it."""
        mention = self._mention(speaker)
        index = len(self.mentions)
        self.mentions.append(mention)
        for base in mention.content:
            self.by_word.setdefault(base, []).append(index)

    def resolve(self, speaker: str | None, anchor: int) -> str | None:
        """The fullest earlier mention of *speaker*, cued at normalized character
        *anchor*; *speaker* itself when there is none."""
        if speaker is None:
            return None
        current = self._mention(speaker)
        if current.size == 0:
            return speaker
        best, before = current, len(self.mentions)
        for _ in range(MAX_CHAIN):
            found = self._fuller(best, before)
            if found is None:
                break
            before = found
            best = self.mentions[found]
        if best is current and current.size == 1 and current.head not in current.words:
            return self._text_phrase(current.head, anchor) or speaker  # «الوزارة»
        return best.phrase

    def _fuller(self, current: _Mention, before: int) -> int | None:
        """The nearest mention before index *before* that names the speaker *current*
        with more words (rules 1–3)."""
        head = current.head
        candidates = self.by_word.get(head, [])
        k = bisect_left(candidates, before)
        for index in reversed(candidates[max(0, k - MAX_LOOKBACK) : k]):
            mention = self.mentions[index]
            if (
                mention.size > current.size
                and current.content <= mention.content
                and not self._governed(mention.words, mention.bases.index(head))
            ):
                return index
        return None

    def _governed(self, words: tuple[str, ...] | list[str], k: int) -> bool:
        """Whether the word at *k* of a mention depends on the word before it: a title
        that governs it («نائب وزير»), a preposition («في الوزارة») or a word with a
        joined one («باسم الوزارة», «لوزارة»). «علي» before it is the name Ali."""
        if k == 0 or not words[k - 1] or words[k - 1] == _COMMA:
            return False
        before = words[k - 1]
        vocab = self.vocab
        return (
            _base(before) in vocab.governing
            or (before in vocab.subjectless_preps and before != vocab.ala)
            or (before[0] in PREPOSITION_PREFIXES and not before.startswith(DEFINITE_ARTICLE))
        )

    def _text_phrase(self, noun: str, anchor: int) -> str | None:
        """The nearest phrase before *anchor* headed by *noun* without its article and
        followed by its complement («وزارة التربية الأردنية») (rule 4)."""
        doc = self.doc
        if self._occurrences is None:
            self._occurrences = {}
            for k, word in enumerate(doc.words):
                if word:
                    self._occurrences.setdefault(word, []).append(k)
        places = self._occurrences.get(noun, [])
        limit = bisect_left(places, bisect_left(doc.starts, anchor))
        for k in reversed(places[max(0, limit - MAX_LOOKBACK) : limit]):
            end = _noun_phrase_end(doc, k)
            if end > k + 1 and not self._governed(doc.words, k):
                return self.phrase_of((doc.starts[k], doc.ends[end - 1]))
        return None


def _noun_phrase_end(doc: Doc, k: int) -> int:
    """The token after the noun phrase headed at *k*: its complement with the article,
    then words with the article that are adjectives of relation or joined by «و»
    («وزارة الصحة والسكان المصرية»); *k* + 1 when no complement follows."""
    end = k + 1
    limit = min(len(doc), k + MAX_PHRASE_WORDS)
    if end >= limit or not doc.words[end].startswith(DEFINITE_ARTICLE):
        return end
    end += 1
    while end < limit and doc.words[end]:
        word = doc.words[end]
        coordinated = word[0] == AND_PREFIX and word[1:].startswith(DEFINITE_ARTICLE)
        if not (
            (word.startswith(DEFINITE_ARTICLE) and word.endswith(NISBA_ENDINGS)) or coordinated
        ):
            break
        end += 1
    return end
