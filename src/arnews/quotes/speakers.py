"""Speakers: where a speaker phrase ends, subjects before their verb, and carry-over.

A speaker is the phrase after the cue up to the first comma or stop word
(:func:`speaker_stop`), a subject written before its verb
(:func:`fronted_subject`: «وزارة الصحة تعلن أن …»), or for «نقلت Y عن X قوله» the
source X (:func:`relayed_source`). A cue with none takes an earlier speaker:
:class:`SpeakerMemory` keeps the latest speaker of each grammatical gender in the
order of the cues, and gives it back to a subject-less cue of that gender.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from arnews.normalization import normalize
from arnews.quotes._letters import (
    AND_B_PREFIX,
    AND_PREFIX,
    DEFINITE_ARTICLE,
    NISBA_ENDINGS,
    OBJECT_ENDINGS,
    PARTICIPLE_ENDING,
    PREPOSITION_PREFIXES,
    PRESENT_PREFIXES,
    PRONOUN_SUFFIXES,
    SOUND_PLURAL_ENDINGS,
    SUBJECT_ENDING_SUFFIXES,
    TA,
    TA_MARBUTA,
)
from arnews.quotes._lexicon import Gender
from arnews.quotes.candidates import Candidate, Carry, Priority
from arnews.quotes.cues import MAX_REGION
from arnews.quotes.tokens import COMMAS, Doc, is_arabic_letter, trim_tokens
from arnews.quotes.vocabulary import Vocabulary

__all__ = [
    "MAX_APPOSITION",
    "MAX_FRONTED",
    "SpeakerMemory",
    "apposition_end",
    "fronted_subject",
    "names_ali",
    "object_start",
    "relayed_source",
    "sentence_subject",
    "speaker_span",
    "speaker_stop",
    "statement_subject",
]

MAX_APPOSITION: Final = 10
"""Longest apposition between commas kept in a speaker (in tokens)."""
APPOSITION_MARKS: Final = frozenset({"-", "–", ".", "(", ")"})
"""Marks an apposition may hold: «د. خالد», «(كونا)», «- لم تسمه -»."""
MAX_FRONTED: Final = 6
"""Longest subject looked for before its verb (in tokens)."""
MIN_PLURAL_HEAD_LETTERS: Final = 5
"""Shortest head noun taken for a sound plural by its ending («المتظاهرون», not «بين»)."""
MIN_PREFIXED_VERB_LETTERS: Final = 5
"""Shortest «و» + present-tense word read as a verb by its shape («وتتابع»)."""
MIN_ON_BEHALF_LETTERS: Final = 5
"""Shortest preposition + noun + pronoun word skipped before a speaker («باسمهم»)."""
MAX_STATEMENT_SENTENCE: Final = 20
"""How far before a statement noun («تنبيهاً يفيد») its sentence may start (in tokens)."""
_DATE_SEPARATORS: Final = "-/"
"""Marks of a crawler's date line, skipped before a headline's subject."""

Span = tuple[int, int]


def speaker_stop(doc: Doc, j: int, start: int, vocab: Vocabulary) -> int | None:
    """Where the speaker ends if the word at *j* stops it («في بيان», «اليوم», «لوكالة»)."""
    word = doc.words[j]
    if word == vocab.in_ and j > start and not _setting_follows(doc, j, vocab):
        return None  # «مصدر في الشرطة», «الخبير في الشؤون الإيرانية»: part of the speaker
    cue = vocab.cue(word)
    if j > start and cue is not None and cue.participle:
        return j  # «وقالت X محذرةً من …»: a participle clause follows the speaker
    if j > start and word.endswith(SUBJECT_ENDING_SUFFIXES) and word[0] not in PREPOSITION_PREFIXES:
        return j  # «دعت النقابة أعضاءها إلى …»: an object with a pronoun ends the subject
    if word in vocab.stopwords:
        # «على حسابه»: «على» normalizes to «علي» (also a name), so it ends the
        # speaker only together with the stop word after it.
        before = j - 1
        ala = before > start and doc.words[before] == vocab.ala
        return before if ala and word in vocab.ala_complements and not names_ali(doc, before) else j
    if j == start and word in vocab.subjectless_preps and not _ali_at_start(doc, j, vocab):
        return j  # «قال في بيان …»: no subject after the verb
    return None


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
    for suffix in PRONOUN_SUFFIXES:
        base = word[: -len(suffix)]
        if word.endswith(suffix) and len(base) > len(suffix):
            feminine = base[:-1] + TA_MARBUTA if base.endswith(TA) else base
            return base in vocab.settings or feminine in vocab.settings
    return False


def apposition_end(doc: Doc, comma: int, stop: int, vocab: Vocabulary) -> int:
    """Where a speaker that a comma at token *comma* ended really ends: after the
    apposition that follows it («رئيس الوزراء، عبد الحميد دبيبة، إن …», «سعد الدين
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
                word[0].isdigit()  # «، قبيل 3 أيام على …»: a time, not a title
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
            k = doc.pair[k]  # a name in quote marks («مدير "منسقو الاستجابة"»)
            words += 1
        elif doc.marks[k] not in APPOSITION_MARKS:
            return comma
        k += 1
    introduced = k < len(doc) and (doc.marks[k] == ":" or doc.words[k] in vocab.introducers)
    # «أعلنت X، خلو الولاية من الوباء "…"»: a phrase before a quote is the verb's object.
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


def fronted_subject(doc: Doc, i: int, vocab: Vocabulary) -> Span | None:
    """The subject before the verb («ترامب، في تغريدة، قال إن …», headlines «المحكمة
    العليا تدعو إلى …»): the sentence's first words, up to a comma or a stop word."""
    s = _subject_start(doc, i, vocab)
    if s is None:
        return None
    end = s
    while end < i and doc.words[end] and end - s <= MAX_FRONTED:
        word = doc.words[end]
        if end > s and (word in vocab.stopwords or word[1:] in vocab.non_subject):
            break
        if vocab.cue(word) is not None:
            return None  # «الوزارة تؤكد … وتدعو …»: the subject belongs to the first cue
        end += 1
    if end - s > MAX_FRONTED or (end == i and i - s > MAX_FRONTED):
        return None  # too long to be a subject («ونشر الجيش لقطات من … قال إنها …»)
    before = doc.marks[i - 1] or doc.words[i - 1]
    if end < i and not (
        before in COMMAS or before in vocab.non_subject or before in vocab.stopwords
    ):
        return None  # «نشر موقع X، أن خبراً يفيد …»: the words before the cue are no aside
    return speaker_span(doc, s, end, vocab)


def statement_subject(doc: Doc, i: int, vocab: Vocabulary) -> Span | None:
    """«أصدرت الوزارة بياناً يؤكد أن …», «وكان المركز قد أصدر تنبيهاً يفيد بأن …»: a cue
    right after a statement noun in the accusative describes that statement, and the
    speaker is the subject of the sentence: after its verb («أصدرت الوزارة»), after an
    auxiliary («وكان المركز … قد أصدر»), or before a verb standing right before the noun
    («الوزارة أصدرت بياناً»)."""
    noun = i - 1
    if noun < 1 or doc.words[noun] not in vocab.statements:
        return None
    s = _subject_start(doc, noun, vocab, MAX_STATEMENT_SENTENCE)
    if s is None or s >= noun:
        return None
    limit = noun
    if s > 0 and doc.words[s - 1] in vocab.fronting:
        pass  # «وكان المركز … قد أصدر»: the subject comes first
    elif _definite(doc.words[noun - 2]) and not _definite(doc.words[noun - 1]):
        limit = noun - 1  # «وزارة الصحة الأردنية نشرت تقريراً»: the verb before the noun
    else:
        s += 1  # «أصدرت الوزارة بياناً»: the sentence's verb comes first
    end = s
    while end < limit and doc.words[end] and end - s < MAX_FRONTED:
        word = doc.words[end]
        particle = (
            word in vocab.non_subject and word != vocab.in_ and not _ali_name(doc, end, vocab)
        )
        if end > s and (particle or speaker_stop(doc, end, s, vocab) is not None):
            break
        end += 1
    return speaker_span(doc, s, end, vocab) if end > s else None


def _ali_name(doc: Doc, k: int, vocab: Vocabulary) -> bool:
    """Whether «علي» at token *k*, inside a subject, is the name: not spelled «على»."""
    return doc.words[k] == vocab.ala and doc.final_letter(k) != "maksura"


def object_start(doc: Doc, a: int, b: int) -> int:
    """Where the object of a verb starts among the words ``a..b-1`` after it, or *b*: the
    first word without the article, ending in «ة» or «ا» (a feminine noun, an accusative),
    right after a word with the article («نفى المتحدث صحة الأنباء», «أكد الديوان الملكي
    وفاة …»). A name after a title does not end so as often («المتحدث أحمد»)."""
    for k in range(a + 1, b):
        word, before = doc.words[k], doc.words[k - 1]
        if (
            word
            and before
            and _definite(before)
            and not _definite(word)
            and word.endswith(OBJECT_ENDINGS)
        ):
            return k
    return b


def sentence_subject(doc: Doc, i: int, vocab: Vocabulary) -> Span | None:
    """The subject of the verb that starts the sentence of the cue at *i*, for a cue
    without a subject when no earlier speaker agrees: «وقدّم وزير الثقافة عرضاً …، مؤكداً
    أن …» gives «وزير الثقافة» (the verb «قدّم» is no speech verb). The first word is
    taken for the verb unless it has the article («المديرة استقبلت …»: the subject then
    runs to the verb); after it, the subject is a short noun phrase (:func:`_noun_phrase`).
    ``None`` if a cue comes before *i* in the sentence."""
    s = _subject_start(doc, i, vocab, MAX_STATEMENT_SENTENCE, clause_verb=True)
    if s is None or s + 1 >= i or any(vocab.cue(w) is not None for w in doc.words[s:i] if w):
        return None
    if _definite(doc.words[s]):
        return _subject_before_verb(doc, s, i, vocab)
    a = s + 1
    end = _noun_phrase(doc, a, i)
    return speaker_span(doc, a, end, vocab) if end > a else None


def _noun_phrase(doc: Doc, a: int, limit: int) -> int:
    """The end of a short noun phrase starting at token *a*: a noun, its complement if it
    has no article («وزير الثقافة»), then adjectives of relation («الأردنية»). A word with
    a pronoun («سيادته») or in the accusative («عرضاً») starts none."""
    head = doc.words[a]
    if not head or head.endswith((PARTICIPLE_ENDING, *PRONOUN_SUFFIXES)):
        return a
    end = a + 1
    if not _definite(head) and end < limit and _definite(doc.words[end]):
        end += 1  # «وزير الثقافة»
    while end < limit and end - a < MAX_FRONTED and _definite(doc.words[end]):
        if not doc.words[end].endswith(NISBA_ENDINGS):
            break
        end += 1  # «وزير الثقافة السوري»
    return end


def _subject_before_verb(doc: Doc, s: int, i: int, vocab: Vocabulary) -> Span | None:
    """«المديرة التقت الوفد، موضحة …»: the subject runs to the first word without the
    article after one with it (the verb), if that comes before token *i*."""
    for end in range(s + 1, min(i, s + MAX_FRONTED + 1)):
        if _definite(doc.words[end - 1]) and doc.words[end] and not _definite(doc.words[end]):
            return speaker_span(doc, s, end, vocab)
    return None


def _definite(word: str) -> bool:
    """Whether *word* carries the article, with or without «و» («الوزارة», «والبلديات»)."""
    return word.startswith(DEFINITE_ARTICLE) or word[1:].startswith(DEFINITE_ARTICLE)


def _sentence_start(doc: Doc, i: int, reach: int, vocab: Vocabulary) -> int | None:
    """The first token of the sentence holding token *i*, or of its clause after «، لكن»
    («…، لكن وسائل إعلام محلية أفادت بأن …»), if it starts within *reach*."""
    s = i - 1
    while s >= 0 and i - s <= reach and not doc.is_end[s]:
        if doc.words[s] in vocab.contrast and s > 0 and doc.marks[s - 1] in COMMAS:
            return s + 1
        s -= 1
    if not (s < 0 or doc.is_end[s]):
        return None
    return s + 1


def _subject_start(
    doc: Doc,
    i: int,
    vocab: Vocabulary,
    reach: int = 2 * MAX_FRONTED,
    *,
    clause_verb: bool = False,
) -> int | None:
    """The token where a subject before the cue at *i* would start: the sentence's first
    Arabic word, after an auxiliary or «أما» (or, looking for the sentence's verb with
    *clause_verb*, after a particle such as «كما»); ``None`` if that word cannot be one."""
    s = _sentence_start(doc, i, reach, vocab)
    if s is None:
        return None
    while s < i and not (doc.words[s] and is_arabic_letter(doc.words[s][0])):
        if doc.marks[s] and doc.marks[s] not in _DATE_SEPARATORS:
            return None  # a quote («"…"، أضاف» is handled as a quote before its verb)
        s += 1  # a crawler's « date 2025-12-05» before a headline
    if s < i and doc.words[s] in vocab.fronting:
        s += 1
    elif s + 1 < i and clause_verb and doc.words[s] in vocab.trailing:
        s += 1  # «كما قدّم الوزير …»
    first = doc.words[s] if s < i else ""
    if (
        not first
        or _looks_like_present_verb(first)
        or first in vocab.non_subject
        or first.startswith(AND_B_PREFIX)
        or vocab.cue(first) is not None
        or first in vocab.attributions
    ):
        return None
    return s


def _looks_like_present_verb(word: str) -> bool:
    """«وتتابع», «ويقوم»: «و» and a present-tense prefix start a verb, not a subject."""
    return (
        len(word) >= MIN_PREFIXED_VERB_LETTERS
        and word[0] == AND_PREFIX
        and word[1] in PRESENT_PREFIXES
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

    def remember(self, order: int, speaker: str, cand: Candidate) -> None:
        """Note *speaker*, met at position *order*, for the cues that follow."""
        if cand.gender is not None:
            self.last[cand.gender] = (order, speaker)
        elif cand.priority == Priority.VERB:  # a «بحسب X» source is rarely the next speaker
            self.last["?"] = (order, speaker)
        if looks_plural(speaker):
            self.last["p"] = (order, speaker)
        self.last["any"] = (order, speaker)

    def recall(self, carry: Carry) -> str | None:
        """The most recent speaker a subject-less cue of gender *carry* can refer to."""
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
        return None if found is None else found[1]
