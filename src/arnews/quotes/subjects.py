"""Subjects written before or around their verb, for cues without a subject after them.

A cue's speaker is normally the phrase after it (:mod:`arnews.quotes.speakers`).
When none is written there, the subject may stand elsewhere in the sentence:

- before the verb (:func:`fronted_subject`): «وزارة الصحة تعلن أن …», «وكانت مصادر
  محلية أفادت بأن …», «…، لكن مصادر طبية أكدت …»;
- as the author of a statement the cue describes (:func:`statement_subject`):
  «أصدرت الوزارة بياناً يؤكد أن …», «نشر موقع X تقريراً يفيد …»;
- after the sentence's own verb, for a participle (:func:`sentence_subject`):
  «وقدّم وزير الثقافة عرضاً …، مؤكداً أن …».

:func:`object_start` tells where a verb's object starts after its subject («نفى
المتحدث صحة الأنباء»). Every search is bounded by a few tokens.
"""

from __future__ import annotations

from bisect import bisect_left
from typing import Final

from arnews.quotes._letters import (
    AND_B_PREFIX,
    AND_PREFIX,
    CONJUNCTION_PREFIXES,
    DEFINITE_ARTICLE,
    FEMININE_PAST_ENDING,
    NISBA_ENDINGS,
    OBJECT_ENDINGS,
    PARTICIPLE_ENDING,
    PLURAL_PAST_ENDING,
    PRESENT_FEMININE_PREFIX,
    PRESENT_PREFIXES,
    PRONOUN_SUFFIXES,
)
from arnews.quotes.speakers import Span, speaker_span, speaker_stop
from arnews.quotes.tokens import COMMAS, Doc, is_arabic_letter
from arnews.quotes.vocabulary import Vocabulary

__all__ = [
    "MAX_FRONTED",
    "fronted_subject",
    "object_start",
    "sentence_subject",
    "statement_subject",
]

MAX_FRONTED: Final = 6
"""Longest subject looked for before its verb (in tokens)."""
MIN_PREFIXED_VERB_LETTERS: Final = 5
"""Shortest «و» + present-tense word read as a verb by its shape («وتتابع»)."""
MAX_STATEMENT_SENTENCE: Final = 20
"""How far before a statement noun («تحذيراً يفيد») its sentence may start (in tokens)."""
_CONTRASTS: Final = "contrasts"
"""The key of :func:`_contrasts` in :attr:`arnews.quotes.tokens.Doc.cache`."""
_DATE_SEPARATORS: Final = "-/"
"""Marks of a crawler's date line, skipped before a headline's subject."""


def fronted_subject(doc: Doc, i: int, vocab: Vocabulary) -> Span | None:
    """The subject before the verb («ترامب، في تغريدة، قال إن …», headlines «المحكمة
    العليا تدعو إلى …»): the sentence's first words, up to a comma or a stop word."""
    s = _subject_start(doc, i, vocab)
    if s is None or _looks_like_past_verb(doc.words[s]):
        return None
    end = s
    while end < i and doc.words[end] and end - s <= MAX_FRONTED:
        word = doc.words[end]
        if end > s and (word in vocab.stopwords or word[1:] in vocab.non_subject):
            break
        if vocab.cue(word) is not None:
            return None  # «البلدية تعلن … وتطالب …»: the subject belongs to the first cue
        end += 1
    if end - s > MAX_FRONTED or (end == i and i - s > MAX_FRONTED):
        return None  # too long to be a subject («ونشر الجيش لقطات من … قال إنها …»)
    if end < i and not _aside(doc, end, i, vocab):
        return None  # «نشر موقع X، أن خبراً يفيد …»: the words before the cue are no aside
    return speaker_span(doc, s, end, vocab)


def _aside(doc: Doc, end: int, i: int, vocab: Vocabulary) -> bool:
    """Whether tokens ``end..i-1``, between a fronted subject and its verb, are an aside:
    opened by a comma («ترامب، في تغريدة، قال …») or a particle («ترامب وفي تغريدة …،
    قال», «الوزارة في بيان لها أكدت …»), and closed by a comma, a particle or a stop
    word; or one
    particle («أما الائتلاف فقد دعا …»). Words that only end in a particle («اجتمع
    الرئيس أمس بالوزير، حيث شدد …») are the sentence going on, not an aside."""
    before = doc.marks[i - 1] or doc.words[i - 1]
    closed = before in COMMAS or before in vocab.non_subject or before in vocab.stopwords
    opened = doc.marks[end] in COMMAS or doc.words[end] in vocab.non_subject or end == i - 1
    return closed and opened


def statement_subject(doc: Doc, i: int, vocab: Vocabulary) -> Span | None:
    """«أصدرت الوزارة بياناً يؤكد أن …», «وكان المعهد قد أصدر تحذيراً يفيد بأن …»: a cue
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


def object_start(doc: Doc, a: int, b: int, endings: tuple[str, ...] = OBJECT_ENDINGS) -> int:
    """Where the object of a verb starts among the words ``a..b-1`` after it, or *b*: the
    first word without the article, ending in «ة» or «ا» (a feminine noun, an accusative;
    or one of *endings*), right after a word with the article («نفى المتحدث صحة الأنباء»,
    «أكد المكتب الإعلامي زيارة …»). A name after a title does not end so as often
    («المتحدث أحمد»)."""
    for k in range(a + 1, b):
        word, before = doc.words[k], doc.words[k - 1]
        if word and before and _definite(before) and not _definite(word) and word.endswith(endings):
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
    («…، لكن مصادر طبية أكدت أن …»), if it starts within *reach*. Found by
    bisection in the sentence ends and the contrast words of the text, so a cue deep
    in a long sentence costs no walk."""
    ends = doc.sentence_ends()
    k = bisect_left(ends, i)
    start = ends[k - 1] + 1 if k else 0
    contrasts = _contrasts(doc, vocab)
    c = bisect_left(contrasts, i) - 1
    if c >= 0 and contrasts[c] >= max(start, i - reach):
        return contrasts[c] + 1
    return start if i - start < reach else None


def _contrasts(doc: Doc, vocab: Vocabulary) -> list[int]:
    """The tokens of «لكن/ولكن» after a comma, in order (read once per text)."""
    found = doc.cache.get(_CONTRASTS)
    if found is None:
        found = doc.cache[_CONTRASTS] = [
            doc.token_at(match.start(1)) for match in vocab.contrast_re.finditer(doc.text)
        ]
    return found


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


def _looks_like_past_verb(word: str) -> bool:
    """«ووصفت», «وأعلنوا»: «و/ف» and a word without the article ending like a feminine
    or plural past verb open a verb-first sentence, whose subject follows the verb."""
    base = word[1:]
    return (
        len(word) >= MIN_PREFIXED_VERB_LETTERS - 1
        and word[0] in CONJUNCTION_PREFIXES
        and not base.startswith(DEFINITE_ARTICLE)
        and base.endswith((FEMININE_PAST_ENDING, PLURAL_PAST_ENDING))
    )


def _looks_like_present_verb(word: str) -> bool:
    """«وتتابع», «ويقوم», «تتابع»: «و» and a present-tense prefix, or a doubled one
    («تت», «يت»: nouns hardly start so), start a verb, not a subject."""
    if len(word) < MIN_PREFIXED_VERB_LETTERS:
        return False
    prefixed = word[0] == AND_PREFIX and word[1] in PRESENT_PREFIXES
    return prefixed or (word[0] in PRESENT_PREFIXES and word[1] == PRESENT_FEMININE_PREFIX)
