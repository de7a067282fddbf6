"""The region after a cue: its speaker phrase and how the reported words are introduced.

:func:`parse_region` walks at most ``MAX_REGION`` (40) tokens after a cue, jumping
over paired quotes, until it meets the introducer: «:», an «أن» form (not after
«بعد/قبل/يمكن…»), the verb's preposition («شدد على …»), a quote that ends the
clause, or another cue (then nothing is introduced here). The speaker is the
phrase from the cue up to the first comma or stop word (:mod:`arnews.quotes.speakers`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from arnews.quotes._letters import B_PREFIX, L_PREFIX
from arnews.quotes._lexicon import RELAY_VERB
from arnews.quotes.clauses import Intro, closes_clause
from arnews.quotes.cues import MAX_REGION, is_cue_prep, participle_ok
from arnews.quotes.marks import OPENERS
from arnews.quotes.speakers import apposition_end, names_ali, speaker_stop
from arnews.quotes.tokens import COMMAS, SLASH, Doc
from arnews.quotes.vocabulary import CueInfo, Vocabulary

__all__ = ["Region", "parse_region"]

MAX_WORDS_BEFORE_PREP: Final = 4
"""Words allowed between a verb and its preposition with no comma between
(«أكد الوزير اليوم على …»); none for a participle."""
MAX_HANDOVER_DISTANCE: Final = 8
"""A participle this close to its verb («وأضاف الوزير قائلاً: …») takes the verb's speaker."""
MIN_QUOTE_WORDS: Final = 2
"""Words a quote after the speaker needs to be the speech itself («قال الوزير «…».»)."""
MIN_QUOTE_WORDS_AFTER_VERB: Final = 3
"""The same right after the verb, where a quote is as often the speaker's name."""
QUOTE_WINDOW: Final = 3
"""Tokens after the opening mark in which those words are counted."""
UNCLOSED_AFTER: Final = ":،,"
"""Marks an unclosed quote may open right after, even with a space after it («قال:" …»,
«،" …»); after a space it must touch its first word."""
MIN_LONG_QUOTE_WORDS: Final = 5
"""Words that make a quote after the speaker speech even if the clause goes on after it."""
LONG_QUOTE_WINDOW: Final = 6
"""Tokens after the opening mark in which those words are counted."""


@dataclass(slots=True)
class Region:
    """What follows a cue, up to its reported words (not frozen: one is made per cue, and
    a frozen dataclass is slower to build)."""

    intro: Intro
    body: int
    """The token where the reported words start (-1 when ``intro`` is ``"none"``)."""
    speaker: tuple[int, int]
    """Tokens ``a..b-1`` that may hold the speaker."""
    next_cue: bool = False
    """Another cue ends the region and takes this speaker («قائلاً» after «وأضاف X»)."""


def parse_region(doc: Doc, i: int, info: CueInfo, vocab: Vocabulary) -> Region | None:
    """Read the speaker and the introducer after the cue at token *i*."""
    start = i + 1
    if info.phrase is not None:
        if start >= len(doc) or doc.words[start] != info.phrase:
            return None
        start += 1
    scan = _RegionScan(doc, info, vocab, start)
    limit = min(len(doc), start + MAX_REGION)
    j = start
    while j < limit and not doc.is_end[j]:
        if doc.marks[j]:
            found = scan.mark(j)
            j = doc.pair.get(j, j) + 1
        else:
            found = scan.word(j)
            j += 1
        if found is not None:
            return found
    if _slash_after_stop(doc, j):
        # «وأضاف ردا على استفسار.. /…/»: slash quotes follow their cue after a full stop.
        return Region("quote", j + 1, (start, scan.end(j)))
    return scan.finish(j)


def _slash_after_stop(doc: Doc, j: int) -> bool:
    """Whether token *j* is a full stop (not a line break) right before a slash quote."""
    return (
        j + 1 < len(doc)
        and bool(doc.is_end[j])
        and doc.marks[j] != "\n"
        and doc.marks[j + 1] == SLASH
        and doc.open_slash(j + 1)
    )


@dataclass(slots=True)
class _RegionScan:
    """The state of the walk through one cue's region; each step may end it with a Region."""

    doc: Doc
    info: CueInfo
    vocab: Vocabulary
    start: int
    speaker_end: int | None = None
    """Where a comma or a stop word ended the speaker."""
    prep_at: int | None = None
    """The verb's preposition, once met."""
    words: int = 0
    """Words and quotes walked over so far."""
    after_comma: bool = True
    """Whether the last token walked over was a comma (or none was yet)."""

    def end(self, j: int) -> int:
        """Where the speaker ends if the region ends at token *j* (an apposition between
        commas after it included)."""
        if self.speaker_end is None:
            return j
        if self.doc.marks[self.speaker_end] in COMMAS:
            return apposition_end(self.doc, self.speaker_end, j, self.vocab)
        return self.speaker_end

    def finish(self, j: int) -> Region:
        """The region when the walk stops at token *j* without an introducer."""
        if self.prep_at is not None:
            return self.prep_region(self.prep_at, self.end(j))
        return Region("none", -1, (self.start, self.end(j)))

    def prep_region(self, prep_at: int, speaker_end: int) -> Region:
        """The reported words start after the verb's preposition at *prep_at* («شدد على
        ضرورة …»), or at the word it is joined to («طالب بالإفراج …»)."""
        word = self.doc.words[prep_at]
        body = prep_at if word.startswith(B_PREFIX) and len(word) > 1 else prep_at + 1
        return Region("prep", body, (self.start, min(speaker_end, prep_at)))

    def mark(self, j: int) -> Region | None:
        """Step over the punctuation or quote at token *j*."""
        doc, mark = self.doc, self.doc.marks[j]
        if self.prep_at is not None and (
            mark == ":"
            or (
                j == self.prep_at + 1
                and j in doc.pair
                and closes_clause(doc, doc.pair[j], self.vocab)
            )
        ):
            return self.prep_region(self.prep_at, self.end(j))
        if mark == ":":
            return Region("colon", j + 1, (self.start, self.end(j)))
        if mark in COMMAS:
            if self.speaker_end is None:
                self.speaker_end = j
            self.after_comma = True
        elif (mark == SLASH and doc.open_slash(j)) or j in doc.pair or _opens_unclosed(doc, j):
            if _quote_introduced(doc, j, self.start, self.vocab):
                end = self.end(j) if self.prep_at is None else min(self.end(j), self.prep_at)
                return Region("quote", j, (self.start, end))
            if self.speaker_end is None and j > 0 and doc.words[j - 1] == L_PREFIX:
                self.speaker_end = j - 1  # «لـ"بلدي نيوز"»: the addressee ends the speaker
            elif self.speaker_end is None and _speech_in_speaker(doc, j, self.start, self.vocab):
                self.speaker_end = j  # «وأضاف الوزير " لا نستهلك " …»: quoted words end it
            self.words += 1
            self.after_comma = False
        return None

    def word(self, j: int) -> Region | None:
        """Step over the word at token *j*."""
        vocab, word = self.vocab, self.doc.words[j]
        other = vocab.cue(word)
        if other is not None and self._interrupts(j, other):
            if self.prep_at is not None:  # «أعرب X، اليوم، عن ترحيبه، مؤكداً …»
                return self.prep_region(self.prep_at, self.end(j))
            # «وأضاف الوزير قائلا: …»: the speaker is handed to the participle.
            handed = other.participle and (
                j - self.start <= MAX_HANDOVER_DISTANCE or self.speaker_end is not None
            )
            return Region("none", -1, (self.start, self.end(j)), next_cue=handed)
        if word in vocab.introducers:
            found = self._introducer(j)
            if found is not None:
                return found
        elif (
            self.prep_at is None
            and is_cue_prep(word, self.info, vocab)
            and self._close_to_verb(j)
            and not (word == vocab.ala and names_ali(self.doc, j))
        ):
            self.prep_at = j
        if self.speaker_end is None:
            stop = speaker_stop(self.doc, j, self.start, vocab)
            self.speaker_end = stop if stop is not None else self._source_at(j)
        self.words += 1
        self.after_comma = False
        return None

    def _interrupts(self, j: int, other: CueInfo) -> bool:
        """Whether the cue *other* at token *j* starts speech of its own, ending this region."""
        return (
            (j > self.start or self.info.participle or other.participle)
            and not other.ambiguous
            and other.phrase is None
            and (not other.participle or participle_ok(self.doc, j, self.vocab))
        )

    def _introducer(self, j: int) -> Region | None:
        """The region an «أن» form at token *j* ends, if it introduces speech here."""
        doc, vocab, end = self.doc, self.vocab, self.end(j)
        prev = doc.words[j - 1] if j > self.start else ""
        ali = prev == vocab.ala and self._ali(j - 1)
        if prev and prev in self.info.preps and not ali:  # «أشار إلى أن …»
            return Region("an", j + 1, (self.start, min(end, j - 1)))
        if prev in vocab.temporal and not ali:
            return None  # «بعد أن …», «يمكن أن …»; «علي أن» is the name Ali
        # A joined «ب» noun is a weaker sign than «أن» («نوه باسم … أن»).
        if self.prep_at is not None and doc.words[self.prep_at] in self.info.preps:
            return self.prep_region(self.prep_at, end)
        return Region("an", j + 1, (self.start, end))

    def _source_at(self, j: int) -> int | None:
        """«تساءل آخرون عن سبب …»: «عن» after the subject ends it, unless the verb relays
        («نقلت Y عن X») or a word takes it («النائب عن حزب …», «صادر عن …»)."""
        doc = self.doc
        if (
            j > self.start
            and doc.words[j] == self.vocab.relay_preposition
            and self.info.lemma != RELAY_VERB
            and doc.words[j - 1] not in self.vocab.prep_hosts
            and doc.words[j - 1] not in self.vocab.representation_hosts
        ):
            return j
        return None

    def _ali(self, k: int) -> bool:
        """Whether the «علي» at token *k*, just before «أن», is the name Ali: spelled so, or,
        where the text does not tell ي from ى, when the verb does not take «على» (no one
        writes «قال على أن»), which «وقال أحمد علي إن …» needs."""
        spelling = self.doc.final_letter(k)
        if spelling is not None:
            return spelling == "yeh"
        return self.vocab.ala not in self.info.preps

    def _close_to_verb(self, j: int) -> bool:
        """Whether a preposition at token *j* is close enough to the verb to be its own:
        after a comma or a few words, and not the complement of «صادر عن», «المبعوث إلى»."""
        max_words = 0 if self.info.participle else MAX_WORDS_BEFORE_PREP
        return (self.after_comma or self.words <= max_words) and (
            j == self.start or self.doc.words[j - 1] not in self.vocab.prep_hosts
        )


def _opens_unclosed(doc: Doc, j: int) -> bool:
    """Whether the mark at token *j* opens a quote that never closes (a dump cut inside
    it, a writer who forgot the closing mark): an opening mark before a word, after a
    space or «:», with no closing mark paired to it. After a space it must touch the
    word, unless it stands free between spaces («قال الوزير " نحن …»)."""
    if doc.marks[j] not in OPENERS or j in doc.closer_of or j + 1 >= len(doc):
        return False
    text, at = doc.text, doc.starts[j]
    after_mark = at > 0 and text[at - 1] in UNCLOSED_AFTER
    glued = doc.ends[j] == doc.starts[j + 1]
    after_space = at == 0 or text[at - 1].isspace()
    free = after_space and text[doc.ends[j]] == " "
    return bool(doc.words[j + 1]) and (after_mark or (after_space and glued) or free)


def _speech_in_speaker(doc: Doc, j: int, start: int, vocab: Vocabulary) -> bool:
    """Whether the quote at token *j*, after the speaker's first word, holds words too many
    for a name in quote marks, with no name introducer before it («صحيفة "…"»)."""
    if j <= start or j not in doc.pair or doc.words[j - 1] in vocab.name_introducers:
        return False
    return doc.word_count(j + 1, min(doc.pair[j], j + 1 + QUOTE_WINDOW)) >= QUOTE_WINDOW


def _quote_introduced(doc: Doc, j: int, start: int, vocab: Vocabulary) -> bool:
    """Whether the quote opening at token *j* in a cue's region is the speech itself
    («قال الوزير «…».») rather than a name inside the speaker («جريدة “عكاظ”»). An
    unclosed quote counts as closing its clause."""
    close = doc.pair.get(j)
    glued = j > 0 and doc.starts[j] == doc.ends[j - 1] and bool(doc.words[j - 1])
    named = j > start and doc.words[j - 1] in vocab.name_introducers
    if glued or named:
        return False
    # Right after the verb, a quote is as often the speaker («ذكرت «وكالة الأنباء»
    # أن …», «وأشار "حسب الله"»), so it must close the clause and be longer.
    limit = min(len(doc) if close is None else close, j + 1 + LONG_QUOTE_WINDOW)
    words = doc.word_count(j + 1, limit)
    if j > start and words >= MIN_LONG_QUOTE_WORDS:
        return True  # «وقال X "…" وعضوية …»: a long quote after the speaker is speech
    needed = MIN_QUOTE_WORDS if j > start else MIN_QUOTE_WORDS_AFTER_VERB
    ends = close is None or closes_clause(doc, close, vocab)
    return doc.word_count(j + 1, min(limit, j + 1 + QUOTE_WINDOW)) >= needed and ends
