"""Quotes attributed by a phrase instead of a verb: «… بحسب X», «وفق ما ذكرته X», «على حد قوله».

An attribution phrase names a source (or, with a pronoun, refers to the last
speaker: «على حد قوله»). At the end of a sentence («…، بحسب وزارة الصحة.») the
sentence before it is the quote; at its start («وبحسب البيان، فإن …») the words
after the comma are. Rules and circumstances are not sources («وفقاً لقرار …»,
«حسب الحاجة»).
"""

from __future__ import annotations

from typing import Final, NamedTuple

from arnews.model import QuoteKind
from arnews.quotes._letters import AND_PREFIX, DEFINITE_ARTICLE, DEFINITE_L_PREFIX, L_PREFIX
from arnews.quotes._lexicon import Gender
from arnews.quotes.candidates import Candidate, Priority
from arnews.quotes.clauses import (
    FRAGMENT_WINDOW,
    MIN_FRAGMENT_WORDS,
    clause_end,
    embeds_quote,
    quoted_fragments,
)
from arnews.quotes.cues import is_cue_with_object
from arnews.quotes.speakers import Span, speaker_span
from arnews.quotes.tokens import COMMAS, Doc, trim_tokens
from arnews.quotes.vocabulary import Vocabulary

__all__ = ["attribution_candidates", "source_boundaries"]

MAX_ATTRIBUTION_SPEAKER: Final = 10
"""Longest source phrase after «بحسب/وفق/نقلاً عن» (in tokens)."""
MIN_SOURCED_WORDS: Final = 3
"""Words an attributed sentence needs to be a quote («… بحسب X»)."""
SOURCED_WINDOW: Final = 4
"""Tokens at the start of that sentence in which its words are counted."""


class _Phrase(NamedTuple):
    """An attribution phrase and the source it names."""

    first: int
    """The phrase's first token (the «على» of «على حد قوله»)."""
    source: int
    """The token where the source starts."""
    source_end: int
    """The token after the source."""
    cue: Span
    """The phrase's characters, pronoun included («على حد قوله»)."""
    carry: Gender | None
    """For a pronoun instead of a source («قوله»): its gender, to carry a speaker over."""


def attribution_candidates(doc: Doc, vocab: Vocabulary) -> tuple[list[Candidate], list[Candidate]]:
    """«… بحسب X», «وفق البيان، …», «نقلاً عن X», «على حد قوله»; and the sources named
    inside a sentence without a quote of their own («ويضم المهرجان، بحسب فلان، …»),
    remembered for a participle after them (start and end -1)."""
    found: list[Candidate] = []
    sources: list[Candidate] = []
    as_put, attributions = vocab.as_put[1], vocab.prefixed_attributions
    # The cheap test first: this runs for every word of the text.
    for i in doc.words_in(attributions | {as_put}):
        phrase = _phrase(doc, i, vocab)
        cand = None if phrase is None else _attribution(doc, phrase, vocab)
        if cand is not None:
            (found if cand.start >= 0 else sources).append(cand)
    return found, sources


def source_boundaries(doc: Doc, vocab: Vocabulary) -> set[int]:
    """Attribution words after a comma («…، بحسب X»): they end the reported words before."""
    words, marks, attributions = doc.words, doc.marks, vocab.prefixed_attributions
    found = [k for k in doc.words_in(attributions) if k and marks[k - 1] in COMMAS]
    return {k for k in found if not _rule(words[k + 1] if k + 1 < len(doc) else "", vocab)}


def _phrase(doc: Doc, i: int, vocab: Vocabulary) -> _Phrase | None:
    """The attribution phrase starting (or, for «على حد», ending) at token *i*."""
    word = doc.words[i]
    if vocab.is_attribution(word):
        first = i
        source = _source_start(doc, i, vocab)
        if source is None:
            return None
    elif word == vocab.as_put[1] and i > 0 and doc.words[i - 1] == vocab.as_put[0]:
        first = i - 1
        source = i + 1
    else:
        return None
    if source < len(doc) and doc.words[source] in vocab.pronouns:
        cue = (doc.starts[first], doc.ends[source])
        return _Phrase(first, source, source + 1, cue, vocab.pronouns[doc.words[source]])
    if first < i:
        return None  # «على حد» without a pronoun
    cue = (doc.starts[first], doc.ends[source - 1])
    return _Phrase(first, source, _source_end(doc, source), cue, None)


def _source_start(doc: Doc, i: int, vocab: Vocabulary) -> int | None:
    """Where the source after the attribution word at *i* starts: after «لـ» of «وفقاً
    لـ», «عن» of «نقلاً عن», or «ما ذكرته (به) (على لسان)»; ``None`` if it is no source."""
    n = len(doc)
    word = doc.words[i]
    j = i + 1
    bare = word[1:] if word[0] == AND_PREFIX and word not in vocab.attributions else word
    if bare in vocab.before_l:
        if j >= n or not doc.words[j].startswith(L_PREFIX):
            return None
    elif bare in vocab.before_an:
        if j >= n or doc.words[j] != vocab.relay_preposition:
            return None
        j += 1
    if j < n and doc.words[j] in vocab.attribution_relatives and j + 1 < n:
        return _after_relative(doc, j, vocab)
    if bare in vocab.fused_relatives:
        if j >= n or not is_cue_with_object(doc.words[j], vocab):
            return None
        j += 1
    return j


def _after_relative(doc: Doc, j: int, vocab: Vocabulary) -> int | None:
    """After «ما» at token *j*: a speech verb, then an optional «به» and «على لسان»."""
    n = len(doc)
    if not is_cue_with_object(doc.words[j + 1], vocab):
        return None
    j += 2
    if j < n and doc.words[j] in vocab.resumptive:
        j += 1
    tongue = vocab.on_the_tongue
    if j + 1 < n and doc.words[j] == tongue[0] and doc.words[j + 1] == tongue[1]:
        j += 2
    return j


def _source_end(doc: Doc, j: int) -> int:
    """The token after a source starting at *j*: the next comma or sentence end, bounded."""
    end = j
    limit = min(len(doc), j + MAX_ATTRIBUTION_SPEAKER)
    while end < limit and not doc.is_end[end] and doc.marks[end] not in COMMAS:
        end += 1
    return end


def _attribution(doc: Doc, phrase: _Phrase, vocab: Vocabulary) -> Candidate | None:
    """The quote *phrase* attributes: the words after it when it starts a sentence, the
    sentence before it when it ends one; else only its source (start -1)."""
    speaker = None
    if phrase.carry is None:
        speaker = _source_speaker(doc, phrase, vocab)
        if speaker is None:
            return None
    if doc.sentence_initial(phrase.first):
        cand = _preposed(doc, phrase, speaker, vocab)
    else:
        cand = _postposed(doc, phrase, speaker, vocab)
    if cand is None and speaker is not None and _parenthetical(doc, phrase):
        return _candidate(phrase, speaker, (-1, -1), "indirect")  # a source only
    return cand


def _parenthetical(doc: Doc, phrase: _Phrase) -> bool:
    """Whether *phrase* stands between commas inside its sentence («ويضم المهرجان، بحسب
    فلان، عروضاً …»), unlike a name that holds an attribution word («"حسب الله"»)."""
    first, end = phrase.first, phrase.source_end
    return (
        first > 0 and doc.marks[first - 1] in COMMAS and end < len(doc) and doc.marks[end] in COMMAS
    )


def _source_speaker(doc: Doc, phrase: _Phrase, vocab: Vocabulary) -> Span | None:
    """The source as a speaker, without a joined «ل» («وفقاً لمصادر» → «مصادر»); ``None``
    for a rule or a circumstance («وفقاً لقرار …»)."""
    j = phrase.source
    head = doc.words[j] if j < len(doc) else ""
    if _rule(head, vocab):
        return None
    speaker = speaker_span(doc, j, phrase.source_end, vocab)
    if speaker is None:
        return None
    if doc.words[j].startswith(L_PREFIX) and not doc.words[j].startswith(DEFINITE_L_PREFIX):
        speaker = (speaker[0] + 1, speaker[1])
    return speaker


def _rule(head: str, vocab: Vocabulary) -> bool:
    """Whether the source's first word is a rule or a circumstance, not a speaker
    («قرار», «لقرار», «للقانون», whose «لل» is «ل» + «ال»)."""
    if head.startswith(DEFINITE_L_PREFIX):
        head = DEFINITE_ARTICLE + head[len(DEFINITE_L_PREFIX) :]
    elif head.startswith(L_PREFIX):
        head = head[len(L_PREFIX) :]
    return head in vocab.non_source


def _preposed(
    doc: Doc, phrase: _Phrase, speaker: Span | None, vocab: Vocabulary
) -> Candidate | None:
    """«وفق البيان، فقد …»: the reported words follow the comma after the source."""
    after = phrase.source_end
    if after >= len(doc) or doc.marks[after] not in COMMAS or phrase.carry is not None:
        return None
    end = clause_end(doc, after + 1, ())
    a, b = trim_tokens(doc, after + 1, end, vocab)
    if a < b and doc.words[a] in vocab.consequence:
        a += 1
    if not _long_enough(doc, a, b):
        return None
    return _candidate(phrase, speaker, (doc.starts[a], doc.ends[b - 1]), "indirect")


def _postposed(
    doc: Doc, phrase: _Phrase, speaker: Span | None, vocab: Vocabulary
) -> Candidate | None:
    """«… بحسب X.»: the phrase closes its sentence, which is the quote (a quote in marks
    right before it is a direct quote)."""
    if phrase.source_end < len(doc) and not doc.is_end[phrase.source_end]:
        return None
    k = phrase.first - 1
    if k >= 0 and doc.marks[k] in COMMAS:
        k -= 1
    opener = doc.closer_of.get(k) if k >= 0 else None
    if opener is not None and _quoted_speech(doc, opener, k, vocab):
        return _candidate(phrase, speaker, (doc.ends[opener], doc.starts[k]), "direct")
    begin = k
    while begin >= 0 and not doc.is_end[begin]:
        begin -= 1
    a, b = trim_tokens(doc, begin + 1, k + 1, vocab)
    if not _long_enough(doc, a, b):
        return None
    if not embeds_quote(doc, a, b, vocab):
        return _candidate(phrase, speaker, (doc.starts[a], doc.ends[b - 1]), "indirect")
    cand = _candidate(phrase, speaker, (doc.starts[a], doc.ends[b - 1]), "mixed")
    cand.fragments = quoted_fragments(doc, a, b, vocab)
    return cand


def _quoted_speech(doc: Doc, opener: int, close: int, vocab: Vocabulary) -> bool:
    """Whether the quote right before a closing attribution is the speech it attributes:
    it starts its sentence («"…"، بحسب X»), or it has three words or more and no name
    introducer before it («وشهدت المسابقة مشاركة "أكثر من مئة فريق …"، مثلما أوضحته X»)."""
    if doc.sentence_initial(opener):
        return True
    named = opener > 0 and doc.words[opener - 1] in vocab.name_introducers
    words = doc.word_count(opener + 1, min(close, opener + 1 + FRAGMENT_WINDOW))
    return not named and words >= MIN_FRAGMENT_WORDS


def _long_enough(doc: Doc, a: int, b: int) -> bool:
    """Whether tokens ``a..b-1`` start with enough words to be an attributed quote."""
    return doc.word_count(a, min(b, a + SOURCED_WINDOW)) >= MIN_SOURCED_WORDS


def _candidate(phrase: _Phrase, speaker: Span | None, chars: Span, kind: QuoteKind) -> Candidate:
    """The quote over the normalized characters *chars* attributed by *phrase*."""
    return Candidate(
        priority=Priority.SOURCE,
        anchor=phrase.cue[0],
        start=chars[0],
        end=chars[1],
        kind=kind,
        cue=phrase.cue,
        speaker=speaker,
        carry=phrase.carry,
        gender=None,
    )
