"""Integrity of the quote lexicon: NFC, no tatweel or diacritics, no duplicates, no
Arabic words in the engine's code."""

from __future__ import annotations

import ast
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import pytest

import arnews.quotes
from arnews.normalization import normalize
from arnews.quotes import _letters as letters
from arnews.quotes import _lexicon as lex

VERB_FORMS = [form for forms in lex.SPEECH_VERBS.values() for group in forms for form in group]
WORD_TABLES: dict[str, Iterable[str]] = {
    "verb forms": VERB_FORMS,
    "participles": lex.PARTICIPLES,
    "saying nouns": lex.SAYING_NOUNS,
    "prepositions": {p for preps in lex.VERB_PREPOSITIONS.values() for p in preps},
    "ambiguous": lex.AMBIGUOUS_VERB_FORMS,
    "phrase verbs": {*lex.PHRASE_VERBS, *lex.PHRASE_VERBS.values()},
    "introducers": lex.INTRODUCERS,
    "temporal": lex.TEMPORAL_PARTICLES,
    "speaker stopwords": lex.SPEAKER_STOPWORDS,
    "preposition hosts": lex.SPEAKER_PREPOSITION_HOSTS,
    "attribution": lex.ATTRIBUTION_WORDS,
    "pronoun speakers": lex.PRONOUN_SPEAKERS,
    "non-source heads": lex.NON_SOURCE_HEADS,
    "name introducers": lex.NAME_INTRODUCERS,
    "ambiguous with prefix": lex.AMBIGUOUS_WITH_PREFIX,
    "joined b nouns": lex.JOINED_B_NOUNS,
    "non-subject words": lex.NON_SUBJECT_WORDS,
    "fronting words": lex.FRONTING_WORDS,
    "clause conjunctions": lex.CLAUSE_CONJUNCTIONS,
    "relative pronouns": lex.RELATIVE_PRONOUNS,
    "trailing particles": lex.TRAILING_PARTICLES,
    "consequence particles": lex.CONSEQUENCE_PARTICLES,
    "bare introducers": lex.BARE_INTRODUCERS,
    "subjectless prepositions": lex.SUBJECTLESS_PREPOSITIONS,
    "post-quote adverbs": lex.POST_QUOTE_ADVERBS,
    "attributions before l": lex.ATTRIBUTIONS_BEFORE_L,
    "attributions before an": lex.ATTRIBUTIONS_BEFORE_AN,
    "attribution relatives": lex.ATTRIBUTION_RELATIVES,
    "fused attribution relatives": lex.FUSED_ATTRIBUTION_RELATIVES,
    "resumptive pronouns": lex.RESUMPTIVE_PRONOUNS,
    "on the tongue": lex.ON_THE_TONGUE,
    "as put": lex.AS_PUT,
    "writer gloss": lex.WRITER_GLOSS,
    "honorifics": lex.HONORIFICS,
    "speaker acts": [form for forms in lex.SPEAKER_ACTS.values() for form in forms],
    "single words": (
        lex.ALA,
        lex.RELAY_VERB,
        lex.RELAY_PREPOSITION,
        lex.RELAY_SAYING,
    ),
}
ORIGINAL_SPELLINGS = {"ALEF_MAKSURA", "YEH", "ALA_WITH_MAKSURA", "FI_WITH_YEH", "FI_WITH_MAKSURA"}
"""Letters and words looked up in the original text, so not written normalized."""
LETTERS: dict[str, str | tuple[str, ...]] = {
    name: getattr(letters, name) for name in letters.__all__ if name not in ORIGINAL_SPELLINGS
}
ENGINE = sorted(
    path
    for path in Path(arnews.quotes.__file__).parent.glob("*.py")
    if path.name not in {"_lexicon.py", "_letters.py"}
)
DIACRITICS = {chr(c) for c in range(0x064B, 0x0660)} | {"\u0670"}


@pytest.mark.parametrize("name", sorted(WORD_TABLES))
def test_words_are_clean(name: str) -> None:
    """Every word is NFC, one word, without tatweel or diacritics."""
    for word in WORD_TABLES[name]:
        assert unicodedata.is_normalized("NFC", word), word
        assert "\u0640" not in word, word
        assert not DIACRITICS & set(word), word
        assert word, name
        assert word == word.strip(), word
        assert " " not in word, word


@pytest.mark.parametrize("name", sorted(WORD_TABLES))
def test_no_duplicates_after_normalization(name: str) -> None:
    """No two spellings in a table normalize to the same key."""
    counts = Counter(normalize(word) for word in WORD_TABLES[name])
    assert [key for key, n in counts.items() if n > 1] == []


def test_verb_forms_and_participles_never_collide() -> None:
    """A spelling is one cue only: no verb form is also a participle, a saying noun or
    another verb's form."""
    keys = [normalize(w) for w in (*VERB_FORMS, *lex.PARTICIPLES, *lex.SAYING_NOUNS)]
    assert len(keys) == len(set(keys))


def test_every_verb_has_all_genders_and_a_preposition_entry() -> None:
    """Each verb lists masculine, feminine and plural forms and has a preposition entry."""
    assert set(lex.SPEECH_VERBS) == set(lex.VERB_PREPOSITIONS)
    for lemma, forms in lex.SPEECH_VERBS.items():
        assert all(forms), lemma
        assert forms.masculine[0] == lemma, lemma


def test_participles_and_ambiguous_forms_point_at_known_verbs() -> None:
    """Participles and saying nouns name a listed lemma; ambiguous forms are listed forms."""
    for table in (lex.PARTICIPLES, lex.SAYING_NOUNS):
        assert {lemma for lemma, _ in table.values()} <= set(lex.SPEECH_VERBS)
        assert {g for _, g in table.values()} <= {"m", "f", "p"}
    assert set(lex.AMBIGUOUS_VERB_FORMS) <= set(VERB_FORMS)
    assert set(lex.AMBIGUOUS_WITH_PREFIX) <= set(lex.AMBIGUOUS_VERB_FORMS)


def test_issue_cues_are_covered() -> None:
    """The cues the issue names are all in the lexicon (in some gender and tense)."""
    wanted = {
        "قال",
        "أكد",
        "أضاف",
        "أوضح",
        "أشار",
        "لفت",
        "شدد",
        "صرح",
        "ذكر",
        "كشف",
        "أعلن",
        "اعتبر",
        "رأى",
        "تابع",
        "بين",
        "نفى",
        "حذر",
        "دعا",
        "طالب",
        "تساءل",
        "كتب",
        "غرد",
        "نقل",
    }
    assert wanted <= set(lex.SPEECH_VERBS)
    assert {"مضيفا", "مضيفة", "مشيرا", "مؤكدا"} <= set(lex.PARTICIPLES)
    assert {"بحسب", "وفق", "حسب"} <= lex.ATTRIBUTION_WORDS
    assert lex.PHRASE_VERBS["جاء"] == "في"


def test_derived_tables_agree_with_the_main_ones() -> None:
    """The narrower tables are parts of the tables they refine."""
    assert lex.BARE_INTRODUCERS <= lex.INTRODUCERS
    assert lex.ATTRIBUTIONS_BEFORE_L | lex.ATTRIBUTIONS_BEFORE_AN <= lex.ATTRIBUTION_WORDS
    assert lex.FUSED_ATTRIBUTION_RELATIVES <= lex.ATTRIBUTION_WORDS
    assert lex.ALA in lex.SUBJECTLESS_PREPOSITIONS
    assert lex.RELAY_VERB in lex.SPEECH_VERBS
    assert lex.ON_THE_TONGUE[0] == lex.AS_PUT[0] == lex.ALA


@pytest.mark.parametrize("name", sorted(LETTERS))
def test_letters_are_written_normalized(name: str) -> None:
    """Letters and affixes are compared with normalized words, so normalizing changes none."""
    value = LETTERS[name]
    for piece in (value,) if isinstance(value, str) else value:
        assert piece, name
        assert normalize(piece) == piece, name
        assert not DIACRITICS & set(piece), name


def test_maksura_and_yeh_are_the_two_letters() -> None:
    """The letters looked up in the original text are ى and ي, which normalize to one."""
    assert (letters.ALEF_MAKSURA, letters.YEH) == ("\u0649", "\u064a")
    assert normalize(letters.ALEF_MAKSURA) == letters.YEH


def _documentation(tree: ast.AST) -> set[int]:
    """The ids of the string constants that are docstrings or attribute docstrings."""
    return {
        id(node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant)
    }


@pytest.mark.parametrize("path", ENGINE, ids=[path.name for path in ENGINE])
def test_engine_code_holds_no_arabic_words(path: Path) -> None:
    """Arabic letters appear in the engine's code only in docstrings and comments: words
    and affixes live in the data modules, where the checks above see them."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = _documentation(tree)
    found = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docs
        and any(
            unicodedata.category(char).startswith("L") and "ARABIC" in unicodedata.name(char, "")
            for char in node.value
        )
    ]
    assert found == []
