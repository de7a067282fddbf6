"""Cue words in context: when a speech-verb form, a participle or a preposition counts.

The lexicon lookup itself is :meth:`arnews.quotes.vocabulary.Vocabulary.cue`; the
checks here look at a cue's neighbours: a participle («مضيفاً») cues speech only in
some places, a verb's preposition may be joined to its noun («طالب بالإفراج»), and
a verb may carry an object pronoun («وفق ما ذكرته»).
"""

from __future__ import annotations

from typing import Final

from arnews.quotes._letters import (
    AND_PREFIX,
    B_PREFIX,
    DEFINITE_B_PREFIX,
    OBJECT_SUFFIXES,
    PARTICIPLE_ENDING,
    PARTICIPLE_PREFIX,
)
from arnews.quotes.tokens import COMMAS, Doc
from arnews.quotes.vocabulary import CueInfo, Vocabulary

__all__ = ["MAX_REGION", "is_circumstantial", "is_cue_prep", "is_cue_with_object", "participle_ok"]

MAX_REGION: Final = 40
"""Tokens looked at after a cue for the speaker and the introducing «أن»/«:»."""
MIN_JOINED_B_LETTERS: Final = 4
"""Shortest word read as «ب + noun» after a verb taking «ب» («بفتح»); shorter ones
(«بها») are not its complement."""
MIN_PARTICIPLE_LETTERS: Final = 4
"""Shortest word taken for an accusative participle by its shape («محملاً»)."""


def participle_ok(doc: Doc, i: int, vocab: Vocabulary) -> bool:
    """A participle cues speech after a comma, at a sentence start, after a verb, or before
    «:»; a masculine one in the accusative («مضيفاً», which is nothing else) anywhere, as
    its introducer must follow close by (``verb_quotes``)."""
    if i == 0 or doc.is_end[i - 1] or doc.marks[i - 1] in COMMAS:
        return True
    word = doc.words[i]
    info = vocab.cue(word)
    masculine = info is not None and info.gender == "m" and word.endswith(PARTICIPLE_ENDING)
    if word[0] == AND_PREFIX or masculine:
        return True
    if doc.words[i - 1] and vocab.cue(doc.words[i - 1]) is not None:
        return True
    if i + 1 >= len(doc):
        return False
    nxt = doc.marks[i + 1] or doc.words[i + 1]
    return nxt == ":" or nxt in vocab.introducers or i + 1 in doc.pair


def is_cue_prep(word: str, info: CueInfo, vocab: Vocabulary) -> bool:
    """Whether *word* is the verb's preposition, or a noun joined to its «ب» («بالإفراج»,
    «بفتح»; not «بيان», which is a subject in «أفاد بيان …»)."""
    if word in info.preps:
        return True
    if B_PREFIX not in info.preps or not word.startswith(B_PREFIX) or word in vocab.introducers:
        return False
    return word.startswith(DEFINITE_B_PREFIX) or (
        len(word) >= MIN_JOINED_B_LETTERS and word not in vocab.b_nouns
    )


def is_circumstantial(word: str) -> bool:
    """An accusative active participle («محملاً», «مطالباً», «معتبراً»): م…ا, at least 4
    letters; it opens a new clause describing the speaker."""
    return (
        len(word) >= MIN_PARTICIPLE_LETTERS
        and word[0] == PARTICIPLE_PREFIX
        and word[-1] == PARTICIPLE_ENDING
        and word[-2] != PARTICIPLE_ENDING
    )


def is_cue_with_object(word: str, vocab: Vocabulary) -> bool:
    """«ذكرته», «نقلتها»: a speech verb, possibly with an object pronoun."""
    if len(word) > 1 and vocab.cue(word) is not None:
        return True
    return any(
        word.endswith(suffix)
        and len(word) > len(suffix) + 1
        and vocab.cue(word[: len(word) - len(suffix)]) is not None
        for suffix in OBJECT_SUFFIXES
    )
