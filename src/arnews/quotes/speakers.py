"""Speakers: where a speaker phrase ends, its apposition, and carry-over.

A speaker is the phrase after the cue up to the first comma or stop word
(:func:`speaker_stop`; «في» and «علي» need a look at their neighbours), with one
apposition between commas (:func:`apposition_end`), or for «نقلت Y عن X قوله» the
source X (:func:`relayed_source`). Subjects written elsewhere in the sentence are
found by :mod:`arnews.quotes.subjects`. A cue with none takes an earlier speaker:
:class:`SpeakerMemory` keeps the latest speaker of each grammatical gender in the
order of the cues, and gives it back to a subject-less cue of that gender.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from arnews.normalization import normalize
from arnews.quotes._letters import (
    DEFINITE_ARTICLE,
    PARTICIPLE_ENDING,
    PREPOSITION_PREFIXES,
    PRONOUN_LETTER,
    PRONOUN_SUFFIXES,
    SOUND_PLURAL_ENDINGS,
    SUBJECT_ENDING_SUFFIXES,
    TA,
    TA_MARBUTA,
)
from arnews.quotes._lexicon import Gender
from arnews.quotes.candidates import Candidate, Carry, Priority
from arnews.quotes.cues import MAX_REGION
from arnews.quotes.tokens import COMMAS, Doc, trim_tokens
from arnews.quotes.vocabulary import Vocabulary

__all__ = [
    "MAX_APPOSITION",
    "SpeakerMemory",
    "apposition_end",
    "names_ali",
    "relayed_source",
    "speaker_span",
    "speaker_stop",
]

MAX_APPOSITION: Final = 10
"""Longest apposition between commas kept in a speaker (in tokens)."""
APPOSITION_MARKS: Final = frozenset({"-", "–", ".", "(", ")"})
"""Marks an apposition may hold: «د. خالد», «(كونا)», «- لم تسمه -»."""
MIN_PLURAL_HEAD_LETTERS: Final = 5
"""Shortest head noun taken for a sound plural by its ending («المتظاهرون», not «بين»)."""
MIN_ON_BEHALF_LETTERS: Final = 5
"""Shortest preposition + noun + pronoun word skipped before a speaker («باسمهم»)."""

Span = tuple[int, int]


def speaker_stop(doc: Doc, j: int, start: int, vocab: Vocabulary) -> int | None:
    """Where the speaker ends if the word at *j* stops it («في بيان», «اليوم», «لوكالة»)."""
    word = doc.words[j]
    if word == vocab.in_ and j > start and not _setting_follows(doc, j, vocab):
        return None  # «مصدر في الشرطة», «الخبير في الشؤون الإيرانية»: part of the speaker
    cue = vocab.cue(word)
    if j > start and cue is not None and cue.participle:
        return j  # «وقالت X محذرةً من …»: a participle clause follows the speaker
    if word in vocab.stopwords:
        # «على حسابه»: «على» normalizes to «علي» (also a name), so it ends the
        # speaker only together with the stop word after it.
        before = j - 1
        ala = before > start and doc.words[before] == vocab.ala
        return before if ala and word in vocab.ala_complements and not names_ali(doc, before) else j
    if j > start and PRONOUN_LETTER in word[-3:] and _object_with_pronoun(word, vocab):
        return j  # «دعت النقابة أعضاءها إلى …», «وختم الوزير كلمته بقوله: …»
    if j == start and word in vocab.subjectless_preps and not _ali_at_start(doc, j, vocab):
        return j  # «قال في بيان …»: no subject after the verb
    return None


def _object_with_pronoun(word: str, vocab: Vocabulary) -> bool:
    """Whether *word*, after the subject, is the verb's object with a pronoun: «أعضاءها»,
    «مواطنيهم», or the speaker's own speech («كلمته», «حديثها»), which end the subject."""
    if word.endswith(SUBJECT_ENDING_SUFFIXES) and word[0] not in PREPOSITION_PREFIXES:
        return True
    return _own_setting(word, vocab)


def _setting_follows(doc: Doc, j: int, vocab: Vocabulary) -> bool:
    """Whether the word after «في» at token *j* is the setting of the utterance («في
    بيان», «في كلمته», «في المؤتمر الصحفي», «في هذا السياق»), a stop word or a number:
    then «في» ends the speaker."""
    word = doc.words[j + 1] if j + 1 < len(doc) else ""
    if not word or word in vocab.stopwords or word[0].isdigit():
        return True
    if word.startswith(DEFINITE_ARTICLE):
        word = word[len(DEFINITE_ARTICLE) :]
    if word in vocab.settings or (word.endswith(PARTICIPLE_ENDING) and word[:-1] in vocab.settings):
        return True  # «في بيان», and «في بلاغاً» as some write it
    return _own_setting(word, vocab)


def _own_setting(word: str, vocab: Vocabulary) -> bool:
    """Whether *word* is a setting of the utterance with a pronoun: «كلمته», «حديثها»,
    «تصريحاته»."""
    for suffix in PRONOUN_SUFFIXES:
        base = word[: -len(suffix)]
        if word.endswith(suffix) and len(base) > len(suffix):
            feminine = base[:-1] + TA_MARBUTA if base.endswith(TA) else base
            return base in vocab.settings or feminine in vocab.settings
    return False


def apposition_end(doc: Doc, comma: int, stop: int, vocab: Vocabulary) -> int:
    """Where a speaker that a comma at token *comma* ended really ends: after the
    apposition that follows it («رئيس الوزراء، سالم حمدان، إن …», «سعد الدين
    العثماني، رئيس الحكومة، إن …»), or at the comma if the words up to the next comma or
    to *stop* (the introducer) are no apposition: longer than :data:`MAX_APPOSITION`
    tokens, or holding a stop word («، اليوم،»), an aside («فضّل عدم الكشف عن اسمه») or
    a cue. Bounded: at most :data:`MAX_APPOSITION` tokens are read."""
    k = comma + 1
    words = 0
    limit = min(stop, k + MAX_APPOSITION)
    while k < limit:
        word = doc.words[k]
        if word:
            if (
                word[0].isdigit()  # «، بعد 5 ساعات من …»: a time, not a title
                or word in vocab.aside
                or word in vocab.relatives
                or vocab.cue(word) is not None
                or speaker_stop(doc, k, comma + 1, vocab) is not None
            ):
                return comma
            words += 1
        elif doc.marks[k] in COMMAS:
            return k if words else comma
        elif k in doc.pair:
            k = doc.pair[k]  # a name in quote marks («مدير "فريق الإغاثة"»)
            words += 1
        elif doc.marks[k] not in APPOSITION_MARKS:
            return comma
        k += 1
    introduced = k < len(doc) and (doc.marks[k] == ":" or doc.words[k] in vocab.introducers)
    # «أعلنت X، انتهاء موسم الحصاد "…"»: a phrase before a quote is the verb's object.
    return stop if k == stop and words and introduced else comma


def names_ali(doc: Doc, k: int) -> bool:
    """Whether the word «علي» at token *k* is spelled as the name Ali (ي in a text that
    writes ى elsewhere), not as the preposition «على» it normalizes onto."""
    return doc.final_letter(k) == "yeh"


def _ali_at_start(doc: Doc, j: int, vocab: Vocabulary) -> bool:
    """Whether «علي» right after a verb is the name Ali: spelled so, or, where the text
    does not tell ي from ى, not followed by a word that «على» takes («قال على هامش …»)."""
    if doc.words[j] != vocab.ala:
        return False
    spelling = doc.final_letter(j)
    if spelling is not None:
        return spelling == "yeh"
    nxt = doc.words[j + 1] if j + 1 < len(doc) else ""
    return bool(nxt) and nxt not in vocab.ala_complements and nxt not in vocab.stopwords


def speaker_span(doc: Doc, a: int, b: int, vocab: Vocabulary) -> Span | None:
    """The characters of the speaker in tokens ``a..b-1``, trimmed; ``None`` without a word."""
    a, b = trim_tokens(doc, a, b, vocab)
    if a + 1 < b and _on_behalf(doc.words[a]):
        a += 1  # «تحدث باسمهم النائب …»: the speaker follows
    for k in range(a, b):
        if doc.marks[k] == "(" and ")" not in doc.marks[k:b]:
            # «المجلس الأعلى (أعلى سلطة»: drop the open aside
            a, b = trim_tokens(doc, a, k, vocab)
            break
    if a >= b or not any(doc.words[t] for t in range(a, b)):
        return None
    return doc.starts[a], doc.ends[b - 1]


def _on_behalf(word: str) -> bool:
    """«باسمهم», «لهم»-like words: a joined preposition and a pronoun, no subject."""
    return (
        len(word) >= MIN_ON_BEHALF_LETTERS
        and word[0] in PREPOSITION_PREFIXES
        and word.endswith(SUBJECT_ENDING_SUFFIXES)
    )


def relayed_source(
    doc: Doc, speaker: tuple[int, int], body: int, gender: Gender | None, vocab: Vocabulary
) -> tuple[Span | None, Gender | None]:
    """«نقلت Y عن X قوله إن …»: the speaker is X, between «عن» and «قوله» or the
    introducer; its gender is the pronoun's («قولها» → feminine), unknown without one.

    *speaker* holds the tokens after the verb, *body* is where the reported words start
    (-1 if none do); without «عن» the speaker is Y, of the verb's *gender*.
    """
    a, b = speaker
    limit = body - 1 if body > 0 else b
    for k in range(a, min(limit, a + MAX_REGION)):
        if doc.words[k] == vocab.relay_preposition:
            stop = k + 1
            while (
                stop < limit
                and doc.words[stop] not in vocab.pronouns
                and doc.words[stop] != vocab.relay_saying
            ):
                stop += 1
            pronoun = vocab.pronouns.get(doc.words[stop]) if stop < limit else None
            return speaker_span(doc, k + 1, stop, vocab), pronoun
    return speaker_span(doc, a, b, vocab), gender


def looks_plural(speaker: str) -> bool:
    """A head noun in a sound plural («المتظاهرون»، «مسؤولين»): a verb before a plural
    subject is singular in Arabic, so «وأكد المتظاهرون … وقالوا» needs this."""
    head = normalize(speaker).split(" ", 1)[0]
    return len(head) >= MIN_PLURAL_HEAD_LETTERS and head.endswith(SOUND_PLURAL_ENDINGS)


@dataclass(slots=True)
class SpeakerMemory:
    """The latest speaker of each gender, with its position among the cues.

    Keys are the genders ``"m"``, ``"f"``, ``"p"``; ``"?"`` for speakers whose
    gender no word shows («جاء في X», «نقل عن X القول»), which agree with any cue;
    ``"any"`` for the latest speaker at all. One memory serves one text.
    """

    last: dict[str, tuple[int, str]] = field(default_factory=dict)
    source: tuple[int, str, int] | None = None
    """The latest source of an attribution phrase («بحسب X»): its position, the speaker
    and the normalized character where the phrase stands."""

    def remember(self, order: int, speaker: str, cand: Candidate) -> None:
        """Note *speaker*, met at position *order*, for the cues that follow."""
        if cand.priority == Priority.SOURCE:
            self.source = (order, speaker, cand.anchor)
        if cand.gender is not None:
            self.last[cand.gender] = (order, speaker)
        elif cand.priority == Priority.VERB:  # a «بحسب X» source is rarely the next speaker
            self.last["?"] = (order, speaker)
        if looks_plural(speaker):
            self.last["p"] = (order, speaker)
        self.last["any"] = (order, speaker)

    def recall(self, carry: Carry) -> tuple[int, str] | None:
        """The most recent speaker a subject-less cue of gender *carry* can refer to, with
        its position."""
        if carry == "any":
            found = self.last.get("any")
        elif carry == "p":
            # A verb before its subject is singular even for a plural subject («وقال شهود …
            # مشيرين»), so a plural cue falls back to the latest speaker.
            found = self.last.get("p", self.last.get("any"))
        else:
            candidates = (self.last.get(carry), self.last.get("?"))
            options = [entry for entry in candidates if entry is not None]
            found = max(options) if options else None
        return found
