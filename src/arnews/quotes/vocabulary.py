"""The lexicon normalized for matching: :func:`vocabulary` builds it once, on first use.

The tables of :mod:`arnews.quotes._lexicon` are written the way Arabic is spelled
(«على», «إلى», «أن»); the rules compare them with words of text normalized by
:func:`arnews.normalization.normalize` (``search`` preset). :class:`Vocabulary`
holds every table in that normalized form, and :class:`CueInfo` describes each
cue word: its lemma, gender, whether it is a participle, its prepositions.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Final

import regex

from arnews.normalization import normalize
from arnews.quotes import _lexicon as lex
from arnews.quotes._letters import AND_PREFIX, CONJUNCTION_PREFIXES, PRESENT_PREFIXES

__all__ = ["CueInfo", "Vocabulary", "vocabulary"]

MIN_PREFIXED_CUE_LETTERS: Final = 4
"""Shortest word read as «و/ف + cue»: «وقال», not a three-letter word such as «فرض»."""


@dataclass(frozen=True, slots=True)
class CueInfo:
    """What a cue word is: a speech-verb form, a participle or an impersonal phrase verb."""

    lemma: str
    """The verb's lemma as the lexicon spells it («قال»)."""
    gender: lex.Gender | None
    """The form's grammatical gender; ``None`` for an impersonal phrase verb («جاء في»)."""
    participle: bool
    """An active participle («مضيفاً»): it never has a subject of its own."""
    preps: frozenset[str]
    """The normalized prepositions the verb takes («أشار إلى»)."""
    ambiguous: bool
    """A form that is also a noun («بين»): a cue only with «أن/:» close after it."""
    phrase: str | None = None
    """For «جاء في»: the normalized preposition that must follow."""
    present: bool = False
    """A present-tense form («يقول», «تنقل»): after «أن» it is no report («من المقرر أن
    تنقل القناة …», «على أن يكشف عن …»)."""


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Every table of the lexicon, normalized; fields are grouped by the stage that reads them."""

    # cues
    cues: Mapping[str, CueInfo]
    """The cue words as the lexicon lists them, without a و/ف prefix."""
    prefixed_cues: Mapping[str, CueInfo]
    """The same with their و/ف forms (:func:`_with_prefixes`), read by :meth:`cue`."""
    prefix_ambiguous: frozenset[str]
    # introducers and clauses
    introducers: frozenset[str]
    bare_introducers: frozenset[str]
    temporal: frozenset[str]
    quantities: frozenset[str]
    b_nouns: frozenset[str]
    name_introducers: frozenset[str]
    conjunctions: frozenset[str]
    writer_clauses: frozenset[str]
    writer_gloss: tuple[str, str]
    speaker_acts: Mapping[str, lex.Gender]
    """A stance verb's past form → its gender («أبدى» → ``"m"``, «أبدت» → ``"f"``)."""
    speaker_acts_re: regex.Pattern[str]
    """A stance verb's past form joined by «و», as a whole word of normalized text."""
    gloss_re: regex.Pattern[str]
    """The writer's gloss «في إشارة» in normalized text."""
    contrast_re: regex.Pattern[str]
    """A comma and a contrast word («، لكن»); group 1 is the word."""
    trailing: frozenset[str]
    consequence: frozenset[str]
    # speakers
    stopwords: frozenset[str]
    in_: str
    settings: frozenset[str]
    aside: frozenset[str]
    prep_hosts: frozenset[str]
    representation_hosts: frozenset[str]
    governing: frozenset[str]
    honorifics: frozenset[str]
    subjectless_preps: frozenset[str]
    non_subject: frozenset[str]
    fronting: frozenset[str]
    contrast: frozenset[str]
    statements: frozenset[str]
    relatives: frozenset[str]
    post_quote: frozenset[str]
    ala: str
    ala_complements: frozenset[str]
    relay_preposition: str
    relay_saying: str
    # attributions («بحسب X»)
    attributions: frozenset[str]
    prefixed_attributions: frozenset[str]
    """:attr:`attributions` and their forms with «و», read by :meth:`is_attribution`."""
    pronouns: Mapping[str, lex.Gender]
    non_source: frozenset[str]
    before_l: frozenset[str]
    before_an: frozenset[str]
    attribution_relatives: frozenset[str]
    fused_relatives: frozenset[str]
    resumptive: frozenset[str]
    on_the_tongue: tuple[str, str]
    as_put: tuple[str, str]

    def cue(self, word: str) -> CueInfo | None:
        """The cue a word is, with an optional و/ف prefix; ``None`` if it is none."""
        return self.prefixed_cues.get(word)

    def is_attribution(self, word: str) -> bool:
        """Whether *word* is an attribution word («بحسب»), with an optional «و»."""
        return word in self.prefixed_attributions


def _norm(words: Iterable[str]) -> frozenset[str]:
    return frozenset(normalize(word) for word in words)


def _pair(words: tuple[str, str]) -> tuple[str, str]:
    return normalize(words[0]), normalize(words[1])


def _words_re(phrases: Iterable[str]) -> regex.Pattern[str]:
    """A pattern matching any of *phrases* (normalized: no marks, no tatweel) as whole
    words."""
    alternatives = "|".join(regex.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return regex.compile(rf"\b(?:{alternatives})\b")


def _acts() -> dict[str, lex.Gender]:
    """Every past form of :data:`arnews.quotes._lexicon.SPEAKER_ACTS` with its gender."""
    genders: tuple[lex.Gender, ...] = ("m", "f", "p")
    return {
        normalize(form): gender
        for forms in lex.SPEAKER_ACTS.values()
        for gender, form in zip(genders, forms, strict=True)
    }


def _with_prefixes(
    cues: Mapping[str, CueInfo], prefix_ambiguous: frozenset[str]
) -> dict[str, CueInfo]:
    """*cues* and their forms with «و» or «ف» («وقال», «فأكد»), for words of at least
    :data:`MIN_PREFIXED_CUE_LETTERS` letters that are no cue themselves: a participle
    takes «و» only («ومضيفاً»), and an ambiguous form is plainly a verb once prefixed
    («ورأى»), unless listed in :data:`arnews.quotes._lexicon.AMBIGUOUS_WITH_PREFIX`
    («وبين» is also «and between»)."""
    table = dict(cues)
    for key, info in cues.items():
        for prefix in CONJUNCTION_PREFIXES:
            word = prefix + key
            if len(word) < MIN_PREFIXED_CUE_LETTERS or word in cues:
                continue
            if info.participle and prefix != AND_PREFIX:
                continue
            plain = info.ambiguous and key not in prefix_ambiguous
            table[word] = replace(info, ambiguous=False) if plain else info
    return table


def _cue_table() -> dict[str, CueInfo]:
    """Every verb form, participle and phrase verb by its normalized spelling."""
    cues: dict[str, CueInfo] = {}
    ambiguous = _norm(lex.AMBIGUOUS_VERB_FORMS)
    for lemma, forms in lex.SPEECH_VERBS.items():
        preps = _norm(lex.VERB_PREPOSITIONS[lemma])
        groups: tuple[tuple[lex.Gender, tuple[str, ...]], ...] = (
            ("m", forms.masculine),
            ("f", forms.feminine),
            ("p", forms.plural),
        )
        for gender, group in groups:
            for index, form in enumerate(group):
                key = normalize(form)
                cues[key] = CueInfo(
                    lemma,
                    gender,
                    participle=False,
                    preps=preps,
                    ambiguous=key in ambiguous,
                    present=index > 0 and key[0] in PRESENT_PREFIXES,
                )
    for form, (lemma, gender) in {**lex.PARTICIPLES, **lex.SAYING_NOUNS}.items():
        preps = _norm(lex.VERB_PREPOSITIONS[lemma])
        cues[normalize(form)] = CueInfo(
            lemma, gender, participle=True, preps=preps, ambiguous=False
        )
    for word, prep in lex.PHRASE_VERBS.items():
        cues[normalize(word)] = CueInfo(
            word, None, participle=False, preps=frozenset(), ambiguous=False, phrase=normalize(prep)
        )
    return cues


@lru_cache(maxsize=1)
def vocabulary() -> Vocabulary:
    """Normalize the lexicon once, on first use (not at import time)."""
    cues = _cue_table()
    prefix_ambiguous = _norm(lex.AMBIGUOUS_WITH_PREFIX)
    attributions = _norm(lex.ATTRIBUTION_WORDS)
    return Vocabulary(
        cues=cues,
        prefixed_cues=_with_prefixes(cues, prefix_ambiguous),
        prefix_ambiguous=prefix_ambiguous,
        introducers=_norm(lex.INTRODUCERS),
        bare_introducers=_norm(lex.BARE_INTRODUCERS),
        temporal=_norm(lex.TEMPORAL_PARTICLES),
        quantities=_norm(lex.QUANTITY_WORDS),
        b_nouns=_norm(lex.JOINED_B_NOUNS),
        name_introducers=_norm(lex.NAME_INTRODUCERS),
        conjunctions=_norm(lex.CLAUSE_CONJUNCTIONS),
        writer_clauses=_norm(lex.WRITER_CLAUSES),
        writer_gloss=_pair(lex.WRITER_GLOSS),
        speaker_acts=_acts(),
        speaker_acts_re=_words_re([AND_PREFIX + form for form in _acts()]),
        gloss_re=_words_re([" ".join(_pair(lex.WRITER_GLOSS))]),
        contrast_re=regex.compile(rf"[،,][^\S\n]*({_words_re(_norm(lex.CONTRAST_WORDS)).pattern})"),
        trailing=_norm(lex.TRAILING_PARTICLES),
        consequence=_norm(lex.CONSEQUENCE_PARTICLES),
        stopwords=_norm(lex.SPEAKER_STOPWORDS),
        in_=normalize(lex.IN),
        settings=_norm(lex.UTTERANCE_SETTINGS),
        aside=_norm(lex.APPOSITION_BREAKERS),
        prep_hosts=_norm(lex.SPEAKER_PREPOSITION_HOSTS),
        representation_hosts=_norm(lex.REPRESENTATION_HOSTS),
        governing=_norm(lex.GOVERNING_TITLES),
        honorifics=_norm(lex.HONORIFICS),
        subjectless_preps=_norm(lex.SUBJECTLESS_PREPOSITIONS),
        non_subject=_norm(lex.NON_SUBJECT_WORDS),
        fronting=_norm(lex.FRONTING_WORDS),
        contrast=_norm(lex.CONTRAST_WORDS),
        statements=_norm(lex.STATEMENT_NOUNS),
        relatives=_norm(lex.RELATIVE_PRONOUNS),
        post_quote=_norm(lex.POST_QUOTE_ADVERBS),
        ala=normalize(lex.ALA),
        ala_complements=_norm(lex.ALA_COMPLEMENTS),
        relay_preposition=normalize(lex.RELAY_PREPOSITION),
        relay_saying=normalize(lex.RELAY_SAYING),
        attributions=attributions,
        prefixed_attributions=attributions | {AND_PREFIX + word for word in attributions},
        pronouns={normalize(word): gender for word, gender in lex.PRONOUN_SPEAKERS.items()},
        non_source=_norm(lex.NON_SOURCE_HEADS),
        before_l=_norm(lex.ATTRIBUTIONS_BEFORE_L),
        before_an=_norm(lex.ATTRIBUTIONS_BEFORE_AN),
        attribution_relatives=_norm(lex.ATTRIBUTION_RELATIVES),
        fused_relatives=_norm(lex.FUSED_ATTRIBUTION_RELATIVES),
        resumptive=_norm(lex.RESUMPTIVE_PRONOUNS),
        on_the_tongue=_pair(lex.ON_THE_TONGUE),
        as_put=_pair(lex.AS_PUT),
    )
