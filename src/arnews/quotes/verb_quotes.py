"""Quotes introduced by speech verbs and participles: «قال X إن …», «قال X: «…»», «مضيفاً أن …».

For every cue word (:mod:`arnews.quotes.cues`) the region after it is read
(:mod:`arnews.quotes.regions`): the speaker, then the introducer. The reported
words (:mod:`arnews.quotes.clauses`) run to the end of the sentence or to the
next cue that opens new speech. A cue with no introducer may follow its quote
(««…»، قال X»), or hand its speaker to the participle after it («وأضاف الوزير
قائلاً: …»). Cues inside reported words already taken are skipped.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from dataclasses import replace
from typing import Final

from arnews.model import QuoteKind
from arnews.quotes._letters import AND_PREFIX, CONJUNCTION_PREFIXES
from arnews.quotes._lexicon import RELAY_VERB, Gender
from arnews.quotes.attributions import source_boundaries
from arnews.quotes.candidates import Candidate, Carry, Priority
from arnews.quotes.clauses import Boundaries, reported_words, writer_boundaries
from arnews.quotes.cues import participle_ok
from arnews.quotes.regions import Region, parse_region
from arnews.quotes.speakers import Span, relayed_source, speaker_span
from arnews.quotes.subjects import (
    fronted_subject,
    object_start,
    sentence_subject,
    statement_subject,
)
from arnews.quotes.tokens import COMMAS, Doc
from arnews.quotes.vocabulary import CueInfo, Vocabulary

__all__ = ["verb_candidates"]

MAX_PARTICIPLE_REGION: Final = 8
"""Tokens allowed between a participle («مضيفاً») and its introducer."""
MAX_AMBIGUOUS_REGION: Final = 4
"""Tokens allowed between an ambiguous verb form («بين») and its introducer."""
MAX_HANDED_SPEAKER: Final = 6
"""Longest speaker (in tokens) a verb without an introducer hands to the participle after it."""
MIN_PRECEDING_QUOTE_WORDS: Final = 3
"""Words a quote before its verb needs («"…"، قال X»); shorter ones name the speaker
(«"الخارجية السودانية" توضح»)."""
PRECEDING_QUOTE_WINDOW: Final = 5
"""Tokens after that quote's opening mark in which its words are counted."""


_Cue = tuple[int, CueInfo, Region]
"""A cue word's token, what it is, and the region after it (a plain tuple: one is made
for every cue, and a run of 40,000 cues must stay fast)."""

_Who = tuple[Span | None, Gender | None, Carry | None]
"""Who speaks after a cue as far as its own sentence says: the speaker, the gender it is
remembered under, and (when none is written) the gender of the earlier speaker to take."""


def verb_candidates(doc: Doc, vocab: Vocabulary) -> tuple[list[Candidate], list[Candidate]]:
    """Quotes introduced by speech verbs and participles, plus speakers met without a quote
    (:attr:`Priority.SPEAKER`, for carry-over only)."""
    cues = _cues(doc, vocab)
    ends = {cue[0] for cue in cues if _opens_clause(doc, cue)}
    ends |= source_boundaries(doc, vocab) | writer_boundaries(doc, vocab)
    ends |= _speaker_acts(doc, cues, vocab)
    boundaries = Boundaries(ends, [cue[0] for cue in cues if _breaks_quote(doc, cue)])
    found: list[Candidate] = []
    speakers: list[Candidate] = []
    covered = -1
    for cue in cues:
        at, _, region = cue
        if doc.starts[at] < covered:
            continue
        who = _who(doc, cue, vocab)
        if who is None:
            continue
        if region.intro == "none":
            cand = _without_introducer(doc, cue, who, vocab)
            if cand is not None:
                (speakers if cand.priority == Priority.SPEAKER else found).append(cand)
            continue
        clause = reported_words(doc, region.intro, region.body, boundaries, vocab)
        if clause is None:
            continue
        cand = _candidate(doc, at, who, (clause.start, clause.end), clause.kind)
        cand.fallback = _fallback(doc, cue, who, vocab)
        cand.fragments = clause.fragments
        found.append(cand)
        covered = doc.starts[clause.last] if clause.last < len(doc) else len(doc.text)
    return found, speakers


def _cues(doc: Doc, vocab: Vocabulary) -> list[_Cue]:
    """Every cue word with its parsed region, less the ones whose region rules it out."""
    cues: list[_Cue] = []
    table = vocab.prefixed_cues  # the cheap test first: one look-up per word of the text
    for i in doc.words_in(table):
        info = table[doc.words[i]]
        if info.participle and not participle_ok(doc, i, vocab):
            continue
        if info.ambiguous and doc.final_letter(i) == "maksura":
            info = replace(info, ambiguous=False)  # «نفى» spelled so is the verb, not «نفي»
        if i > 0 and _not_a_report(doc.words[i - 1], info, vocab):
            continue
        region = parse_region(doc, i, info, vocab)
        if region is not None and _region_fits(i, info, region):
            cues.append((i, info, region))
    return cues


def _not_a_report(before: str, info: CueInfo, vocab: Vocabulary) -> bool:
    """Whether the word *before* a cue shows it reports nothing: a word of quantity («15
    ألف طالب»: students), or «أن» before a present tense («من المقرر أن تعلن الوزارة …»:
    a plan, not a report). A bare number is no sign: a date may stand before a verb."""
    if before in vocab.quantities:
        return True
    return info.present and before in vocab.bare_introducers


def _region_fits(i: int, info: CueInfo, region: Region) -> bool:
    """An ambiguous form («بين») needs «أن/:» close after it; a participle, its introducer
    close after it."""
    if info.ambiguous and (
        region.intro not in ("an", "colon") or region.body - i > MAX_AMBIGUOUS_REGION + 1
    ):
        return False
    return not (
        info.participle and region.intro != "none" and region.body - i > MAX_PARTICIPLE_REGION
    )


def _opens_clause(doc: Doc, cue: _Cue) -> bool:
    """Whether *cue* starts a new piece of speech that ends the clause before it:
    a participle, a cue at a sentence start, or a cue with «أن»/«:» after a comma or
    with و/ف («، وأكد أيضاً أنه …»), also when it hands its speaker to a participle
    («، وختمت بقولها: …»). A verb inside reported words («إن الاجتماع شدد على …»)
    does not."""
    i, info, region = cue
    if region.intro == "none" and not region.next_cue:
        return False
    if info.participle or i == 0 or doc.is_end[i - 1]:
        return True
    if region.intro == "prep":  # «…، تطالب بخفض التصعيد» continues the reported words
        return False
    return doc.marks[i - 1] in COMMAS or doc.words[i][0] in CONJUNCTION_PREFIXES


def _speaker_acts(doc: Doc, cues: list[_Cue], vocab: Vocabulary) -> set[int]:
    """The speaker's next act after reported words: a verb joined by «و», in the past
    tense, agreeing in gender with the cue before it in its sentence — a stance verb
    («وقال X إن … وأبدى ترحيبه بـ…») or a cue taking its preposition («…، وأعرب عن
    …»). Its subject is the speaker, so the reported words end before it; a verb that
    agrees with another subject («قال إن الوزارة … وأعلنت …») does not end them."""
    found: set[int] = set()
    for before, (k, info, region) in itertools.pairwise(cues):
        joined = doc.words[k][0] == AND_PREFIX and not info.present and region.intro == "prep"
        if joined and info.gender == before[1].gender and doc.same_sentence(before[0], k):
            found.add(k)
    at = [cue[0] for cue in cues]
    for match in vocab.speaker_acts_re.finditer(doc.text):
        k = doc.token_at(match.start())
        j = bisect_left(at, k) - 1
        gender = vocab.speaker_acts[match.group()[1:]]
        if j >= 0 and cues[j][1].gender == gender and doc.same_sentence(at[j], k):
            found.add(k)
    return found


def _breaks_quote(doc: Doc, cue: _Cue) -> bool:
    """Whether *cue* is a participle opening speech after a comma («…، مشيراً إلى أن …»),
    which ends a quote in marks holding it (:class:`arnews.quotes.clauses.Boundaries`)."""
    i, info, region = cue
    return info.participle and region.intro != "none" and i > 0 and doc.marks[i - 1] in COMMAS


def _who(doc: Doc, cue: _Cue, vocab: Vocabulary) -> _Who | None:
    """The speaker written after the cue (or before it, as a fronted subject), or the
    gender to carry one over by; ``None`` when the cue gives no quote at all."""
    i, info, region = cue
    speaker = None if info.participle else speaker_span(doc, *region.speaker, vocab)
    gender = info.gender
    if info.lemma == RELAY_VERB and speaker is not None:
        speaker, gender = relayed_source(doc, region.speaker, region.body, gender, vocab)
    elif speaker is not None and region.intro != "none" and info.phrase is None and i > 0:
        fronted = fronted_subject(doc, i, vocab)
        if fronted is not None and fronted[1] == doc.ends[i - 1]:
            return fronted, gender, None  # «محفوض يدعو النواب إلى …»: «النواب» is the object
    if speaker is None and not info.participle and info.phrase is None:
        if i > 0 and doc.words[i - 1] in vocab.relatives:
            return None  # «الأنباء التي تحدثت عن …»
        speaker = statement_subject(doc, i, vocab)
        if speaker is not None:
            gender = None  # «أصدرت الوزارة بياناً يؤكد»: the cue agrees with «بيان»
        else:
            speaker = fronted_subject(doc, i, vocab)
    carry: Carry | None = None if speaker is not None else (info.gender or "any")
    return speaker, gender, carry


def _fallback(doc: Doc, cue: _Cue, who: _Who, vocab: Vocabulary) -> Span | None:
    """For a participle without a speaker, the subject of its sentence's verb."""
    i, info, _ = cue
    return sentence_subject(doc, i, vocab) if info.participle and who[0] is None else None


def _without_introducer(doc: Doc, cue: _Cue, who: _Who, vocab: Vocabulary) -> Candidate | None:
    """A cue that introduces nothing after it: the quote before it («"…"، قال X»), or a
    speaker for the participle after it («وأضاف الوزير قائلاً: …»)."""
    at, info, region = cue
    post = _preceding_quote(doc, at, vocab)
    if post is not None:
        opener, close = post
        return _candidate(doc, at, who, (doc.ends[opener], doc.starts[close]), "direct")
    speaker, gender, _ = who
    fronted = fronted_subject(doc, at, vocab) if at > 0 and doc.words[at - 1] else None
    if fronted is not None and fronted[1] == doc.ends[at - 1]:
        speaker = fronted  # «البلدية تعلن إغلاق الطريق»: the word after it is the object
    elif speaker is not None and info.lemma != RELAY_VERB:
        speaker = _subject_only(doc, region, speaker, vocab)
    if speaker is None:
        return None
    # Remembered for the cues after it: «نفى X صحة الأنباء، وأكد أن …», «وأضاف X قائلاً».
    return Candidate(
        priority=Priority.SPEAKER,
        anchor=doc.starts[at],
        start=0,
        end=0,
        kind="direct",
        cue=(doc.starts[at], doc.ends[at]),
        speaker=speaker,
        carry=None,
        gender=gender,
    )


def _subject_only(doc: Doc, region: Region, speaker: Span, vocab: Vocabulary) -> Span | None:
    """The subject of a verb that introduces nothing, without its object: «نفى X صحة
    الأنباء» gives X, and «وأعلنت النقابة الدخول في إضراب» is cut at «في» when too long
    to be a subject; ``None`` if it is still longer than :data:`MAX_HANDED_SPEAKER`."""
    a, b = region.speaker
    if not (a < b and doc.starts[a] <= speaker[0] and speaker[1] <= doc.ends[b - 1]):
        return speaker  # a subject before the verb («الوزارة تعلن …»)
    if not (region.next_cue and b < len(doc) and vocab.cue(doc.words[b]) is not None):
        # Not «وغردت الناشطة سارة خالد قائلة»: words running up to the participle are
        # its subject, and a name may end in «ة» there.
        b = object_start(doc, a, b)
    if b - a > MAX_HANDED_SPEAKER:
        b = next((k for k in range(a + 1, a + MAX_HANDED_SPEAKER) if doc.words[k] == vocab.in_), b)
    return speaker_span(doc, a, b, vocab) if b - a <= MAX_HANDED_SPEAKER else None


def _candidate(doc: Doc, at: int, who: _Who, chars: Span, kind: QuoteKind) -> Candidate:
    """A verb quote of *kind* over the normalized characters *chars*, cued at token *at*."""
    speaker, gender, carry = who
    return Candidate(
        priority=Priority.VERB,
        anchor=doc.starts[at],
        start=chars[0],
        end=chars[1],
        kind=kind,
        cue=(doc.starts[at], doc.ends[at]),
        speaker=speaker,
        carry=carry,
        gender=gender,
    )


def _preceding_quote(doc: Doc, i: int, vocab: Vocabulary) -> tuple[int, int] | None:
    """For «…»، قال X: the quote (opener, closer tokens) the cue at *i* follows."""
    k = i - 1
    if k >= 0 and doc.words[k] in vocab.post_quote:
        k -= 1  # «"…" هكذا قال القائد»
    if k >= 0 and doc.marks[k] in COMMAS:
        k -= 1
    opener = doc.closer_of.get(k) if k >= 0 else None
    if opener is None or not doc.sentence_initial(opener):
        return None
    if (
        doc.word_count(opener + 1, min(k, opener + 1 + PRECEDING_QUOTE_WINDOW))
        < MIN_PRECEDING_QUOTE_WORDS
    ):
        return None  # «"الخارجية السودانية" توضح» is a headline naming a speaker
    return opener, k
