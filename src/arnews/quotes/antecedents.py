"""Speakers named outside the cue's sentence, for cues that name none themselves.

A cue without a subject («وأكدت أن …», «مضيفاً …») takes the latest agreeing
speaker of an earlier cue (:class:`arnews.quotes.speakers.SpeakerMemory`). Two more
ways news names that speaker are read here, lazily and once per text:

- **the subject of an earlier verb that is no cue** (:meth:`Antecedents.verb_subject`):
  «تعود الفنانة فلانة إلى السباق … . وأكدت أن …», «واستقبل سمو الشيخ فلان الوفد.
  وقال: …», «نشر النائب فلان صورة …، وعلق عليها بالقول: …». The verb opens its
  sentence (news is verb-first), agrees in gender with the cue (by its form, or by
  its subject's head when the form does not tell), and stands in the cue's sentence
  or one of the :data:`MAX_SENTENCES_BACK` before it;
- **the bearer of an honorific** written with a pronoun (:meth:`Antecedents.honorific`):
  «وشكر سيادته المنظمين» names the nearest «سيادة الرئيس فلان» before it, «أعرب جلالته»
  the nearest «جلالة الملك فلان».

Every look-up is bounded, and each sentence is read at most once, so the work stays
linear in the length of the text.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from typing import Final

from arnews.quotes._letters import (
    AND_B_PREFIX,
    CONJUNCTION_PREFIXES,
    DEFINITE_ARTICLE,
    DEFINITE_B_PREFIX,
    DEFINITE_L_PREFIX,
    FEMININE_PAST_ENDING,
    FEMININE_PRONOUN,
    MASCULINE_PRONOUN,
    NISBA_ENDINGS,
    PARTICIPLE_ENDING,
    PARTICIPLE_PREFIX,
    PLURAL_PAST_ENDING,
    PRESENT_FEMININE_PREFIX,
    PRESENT_MASCULINE_PREFIX,
    TA,
    TA_MARBUTA,
)
from arnews.quotes._lexicon import Gender
from arnews.quotes.candidates import Carry
from arnews.quotes.speakers import Span, speaker_span, speaker_stop
from arnews.quotes.subjects import object_start
from arnews.quotes.tokens import COMMAS, Doc, is_arabic_letter
from arnews.quotes.vocabulary import Vocabulary

__all__ = ["MAX_SENTENCES_BACK", "Antecedents", "honorific_pronoun"]

MAX_SENTENCES_BACK: Final = 3
"""Sentences with words read for a verb's subject: the cue's own and the two before it."""
MAX_EMPTY_SENTENCES: Final = 8
"""Empty lines and marks skipped on the way back, besides those sentences."""
MAX_VERB_SUBJECT: Final = 7
"""Longest subject taken after a sentence's first verb (in tokens); a longer run of
words is no subject that ends where it should, and gives none."""
MIN_VERB_LETTERS: Final = 3
"""Shortest word taken for a sentence's first verb once its و/ف is set aside."""
MAX_LEADING_PARTICLES: Final = 2
"""Particles and settings skipped before a sentence's verb («في حين أعلن …»)."""
MAX_DATELINE: Final = 8
"""Tokens a dateline may take at the start of a sentence («عمان - (بترا) -»)."""
DATELINE_MARKS: Final = frozenset({"-", "–", "—", ":"})
"""Marks that close a dateline before the sentence's verb."""
MAX_HONORIFIC_BACK: Final = 16
"""Earlier occurrences of an honorific looked at for one that names its bearer."""
PRONOUN_GENDERS: Final[tuple[tuple[str, Gender], ...]] = (
    (FEMININE_PRONOUN, "f"),
    (MASCULINE_PRONOUN, "m"),
)
"""The pronoun suffixes an honorific takes («سيادتها», «سيادته»), longest first."""

_Found = tuple[Span, Gender] | None
"""A subject and the gender it agrees in, or nothing."""


def honorific_pronoun(word: str, vocab: Vocabulary) -> tuple[str, Gender] | None:
    """The honorific noun and the pronoun's gender of *word* («سيادته» → («سيادة»,
    ``"m"``), «معاليها» → («معالي», ``"f"``)); ``None`` if it is no honorific pronoun."""
    for suffix, gender in PRONOUN_GENDERS:
        base = word[: -len(suffix)]
        if not word.endswith(suffix) or not base:
            continue
        noun = base[:-1] + TA_MARBUTA if base.endswith(TA) else base
        if noun in vocab.honorifics or base in vocab.honorifics:
            return (noun if noun in vocab.honorifics else base), gender
    return None


@dataclass(slots=True)
class Antecedents:
    """The subjects of sentence-initial verbs and the bearers of honorifics of one text,
    read on first need."""

    doc: Doc
    vocab: Vocabulary
    _subjects: dict[int, _Found] = field(default_factory=dict)
    """Sentence start token → its first verb's subject (read once)."""
    _honorifics: dict[str, list[int]] | None = None
    """An honorific noun → the tokens where it stands."""

    def verb_subject(self, anchor: int, carry: Carry) -> Span | None:
        """The subject of the nearest verb opening the sentence of the cue at normalized
        character *anchor* (before it) or one of the sentences before, that agrees with
        *carry*; ``None`` also when the cue does not open a clause (:meth:`_opens_clause`)."""
        i = self.doc.token_at(anchor)
        if not self._opens_clause(i):
            return None
        ends = self.doc.sentence_ends()
        k = bisect_left(ends, i)
        limit = i
        read = empty = 0
        while read < MAX_SENTENCES_BACK and empty <= MAX_EMPTY_SENTENCES:
            start = ends[k - 1] + 1 if k > 0 else 0
            if any(self.doc.words[t] for t in range(start, min(limit, start + 2))):
                read += 1
                found = self._subject(start, limit)
                if found is not None and (carry in ("any", found[1])):
                    return found[0]
            else:
                empty += 1
            if k == 0:
                break
            k -= 1
            limit = ends[k]
        return None

    def bearer(self, span: Span | None, anchor: int) -> tuple[Span | None, Gender | None]:
        """*span* itself, or, when it is one honorific with a pronoun («سيادته»), the phrase
        naming its bearer before the normalized character *anchor* (``None`` if none is
        written) and the pronoun's gender, to carry a speaker over by when no bearer is
        named."""
        doc = self.doc
        if span is None or MASCULINE_PRONOUN not in doc.text[span[1] - 2 : span[1]]:
            return span, None  # the cheap test first: this runs for every speaker
        k = bisect_left(doc.starts, span[0])
        if k >= len(doc) or doc.ends[k] != span[1]:
            return span, None
        found = honorific_pronoun(doc.words[k], self.vocab)
        if found is None:
            return span, None
        return self.honorific(found[0], doc.token_at(anchor)), found[1]

    def _opens_clause(self, i: int) -> bool:
        """Whether the cue at token *i* opens a clause of its own, so that its subject may
        be the sentence's: at a sentence start, joined by و/ف, after a comma or a particle
        («، حيث شدد …»). Right after a noun it is a relative clause of that noun («حسابات
        تبين بأنها …»), whose subject no earlier verb gives."""
        doc = self.doc
        if i == 0 or doc.is_end[i - 1] or doc.marks[i - 1] in COMMAS:
            return True
        word = doc.words[i]
        info = self.vocab.cue(word)
        joined = info is not None and word not in self.vocab.cues
        return (
            joined
            or doc.words[i - 1] in self.vocab.non_subject
            or (info is not None and info.participle)
        )

    def honorific(self, noun: str, i: int) -> Span | None:
        """The nearest phrase before token *i* headed by the honorific *noun* and naming its
        bearer («سيادة الرئيس فلان»)."""
        if self._honorifics is None:
            self._honorifics = {}
            honorifics = self.vocab.honorifics
            for k in self.doc.words_in(honorifics):
                self._honorifics.setdefault(self.doc.words[k], []).append(k)
        places = self._honorifics.get(noun, [])
        before = bisect_left(places, i)
        for k in reversed(places[max(0, before - MAX_HONORIFIC_BACK) : before]):
            end = self._phrase_end(k + 1, i)
            if end is not None and end > k + 1:
                return speaker_span(self.doc, k, end, self.vocab)
        return None

    def _subject(self, start: int, limit: int) -> _Found:
        """The subject of the verb opening the sentence at *start*, read before *limit*."""
        if start not in self._subjects:
            self._subjects[start] = self._read_subject(start)
        found = self._subjects[start]
        if found is None or (limit < len(self.doc) and found[0][1] > self.doc.starts[limit]):
            return None  # the subject must stand before the cue
        return found

    def _read_subject(self, start: int) -> _Found:
        """The first word of the sentence at *start*, if it looks like a verb, and the
        noun phrase after it («تعود الفنانة فلانة إلى …» gives «الفنانة فلانة»)."""
        doc, vocab = self.doc, self.vocab
        s = _after_dateline(doc, start)
        while s < len(doc) and not doc.words[s] and not doc.is_end[s]:
            s += 1  # a crawler's date line or a dash before the sentence
        for _ in range(MAX_LEADING_PARTICLES):
            if s + 1 < len(doc) and (
                doc.words[s] in vocab.non_subject or doc.words[s] in vocab.settings
            ):
                s += 1  # «في حين أعلن فلان …»: the verb follows
        if s >= len(doc) or not self._verb_like(doc.words[s]):
            return None
        a = s + 1
        honorific = honorific_pronoun(doc.words[a], vocab) if a < len(doc) else None
        if honorific is not None:  # «وشكر سيادته المنظمين»: resolved by the finder
            return speaker_span_or_none(doc, a, a + 1, vocab, honorific[1])
        end = self._phrase_end(a, len(doc))
        if end is None:
            return None
        # Only an accusative ends the subject early: after a verb that may take no object
        # («تعود الفنانة سارة …»), a name may end in «ة».
        end = _definite_object(doc, a, object_start(doc, a, end, (PARTICIPLE_ENDING,)))
        gender = _gender_of(doc.words[s], doc.words[a])
        return speaker_span_or_none(doc, a, end, vocab, gender)

    def _phrase_end(self, a: int, limit: int) -> int | None:
        """The end of a name or title phrase starting at token *a*: up to a comma, a mark,
        a stop word, a preposition or a cue; ``None`` if it runs past
        :data:`MAX_VERB_SUBJECT` tokens."""
        doc, vocab = self.doc, self.vocab
        end = a
        while end < limit and doc.words[end] and end - a <= MAX_VERB_SUBJECT:
            word = doc.words[end]
            if (
                word in vocab.subjectless_preps
                or word in vocab.introducers
                or word in vocab.non_subject
                or word.startswith((DEFINITE_B_PREFIX, DEFINITE_L_PREFIX))
                or vocab.cue(word) is not None
                or speaker_stop(doc, end, a, vocab) is not None
            ):
                break
            end += 1
        return None if end - a > MAX_VERB_SUBJECT else end

    def _verb_like(self, word: str) -> bool:
        """Whether the first word of a sentence may be its verb: an Arabic word without
        the article, no particle, title or auxiliary, and not shaped like a noun (a
        participle's «م», a feminine «ة»). A cue may be («أعلن فلان إصابتها …» names
        the speaker of «حيث كتب …» after it)."""
        vocab = self.vocab
        if not word or not is_arabic_letter(word[0]):
            return False
        joined = word[0] in CONJUNCTION_PREFIXES and len(word) > MIN_VERB_LETTERS
        base = word[1:] if joined else word
        accusative = base.endswith(PARTICIPLE_ENDING) and not base.endswith(PLURAL_PAST_ENDING)
        return not (
            len(base) < MIN_VERB_LETTERS
            or accusative  # «وحديثاً», «أيضاً»: an adverb, not a verb
            or _definite(base)
            or base[0] == PARTICIPLE_PREFIX
            or base.endswith(TA_MARBUTA)
            or word in vocab.non_subject
            or word in vocab.fronting
            or word in vocab.attributions
            or base in vocab.governing
            or word.startswith(AND_B_PREFIX)
        )


def _after_dateline(doc: Doc, start: int) -> int:
    """The token after a dateline opening the sentence at *start* («عمان - (بترا) -
    بعث …», «القاهرة - أ ش أ: …»): after the last dash or colon among its first
    :data:`MAX_DATELINE` tokens; *start* itself when there is none."""
    after = start
    for k in range(start, min(len(doc), start + MAX_DATELINE)):
        if doc.is_end[k]:
            break
        if doc.marks[k] in DATELINE_MARKS:
            after = k + 1
    return after


def speaker_span_or_none(doc: Doc, a: int, b: int, vocab: Vocabulary, gender: Gender) -> _Found:
    """The speaker over tokens ``a..b-1`` with *gender*, or ``None`` without a word."""
    span = speaker_span(doc, a, b, vocab) if a < b else None
    return None if span is None else (span, gender)


def _definite_object(doc: Doc, a: int, b: int) -> int:
    """Where a definite object starts among the subject words ``a..b-1``: a word with the
    article after another that is no adjective («ووصفت المعارضة القرار …»: «القرار»);
    adjectives of relation and feminine ones («الرئيس الفرنسي», «الحكومة الجديدة»)
    belong to the subject."""
    for k in range(a + 1, b):
        word = doc.words[k]
        adjective = word.endswith((*NISBA_ENDINGS, TA_MARBUTA))
        if _definite(doc.words[k - 1]) and _definite(word) and not adjective:
            return k
    return b


def _definite(word: str) -> bool:
    """Whether *word* carries the article (not «آل» of a family name, «ال» once
    normalized)."""
    return word.startswith(DEFINITE_ARTICLE) and len(word) > len(DEFINITE_ARTICLE)


def _gender_of(verb: str, subject: str) -> Gender:
    """The gender a sentence-initial verb shows: plural «…وا», feminine past «…ت» or
    present «تت…», masculine present «ي…»; a present «ت…» (also a masculine past:
    «تفقّد») takes its subject's: feminine when its head ends in «ة»."""
    base = verb[1:] if verb[0] in CONJUNCTION_PREFIXES else verb
    if base.endswith(PLURAL_PAST_ENDING):
        return "p"
    if base.endswith(FEMININE_PAST_ENDING) or base.startswith(PRESENT_FEMININE_PREFIX * 2):
        return "f"
    if base.startswith(PRESENT_MASCULINE_PREFIX) or not base.startswith(PRESENT_FEMININE_PREFIX):
        return "m"
    return "f" if subject.endswith(TA_MARBUTA) else "m"
