"""Boilerplate phrases, matched on normalized text, and the phrase data module."""

from __future__ import annotations

import sys
import unicodedata

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from arnews.extract import boilerplate, outlets, phrases
from arnews.extract.boilerplate import boilerplate_matcher, phrase_key
from arnews.normalization import normalize
from tests.strategies import any_text

MATCHER = boilerplate_matcher()


@pytest.mark.parametrize(
    "line",
    [
        "مقالات ذات صلة",
        "إقرأ أيضاً: الحكومة تعلن موازنة العام المقبل",
        "اقرأ ايضا",
        "اقـرأ أيضًا:",
        "شارك هذا الخبر",
        "تابعونا على فيسبوك وتويتر",
        "جميع الحقوق محفوظة © 2024",
        "© 2024 موقع الأخبار - جميع الحقوق محفوظة",
        "رئيس التحرير: فلان الفلاني",
        "الوسوم: اقتصاد، نفط",
        "إعلان",
        "  مشاركة  ",
        "أضف تعليقك",
    ],
)
def test_boilerplate_lines_are_recognised(line: str) -> None:
    """Generic Arabic boilerplate is recognised in any spelling variant."""
    assert MATCHER.is_boilerplate(line)


@pytest.mark.parametrize(
    "line",
    [
        "وقال رئيس الوزراء إن الحكومة ستعلن خطتها الأسبوع المقبل.",
        "وأشار إلى أن المشاركة في الانتخابات بلغت ستين في المئة.",
        "الوسومات",
        "",
        "إعلان الحكومة عن خطة جديدة للنقل العام في العاصمة يثير جدلاً واسعاً بين السكان.",
    ],
)
def test_prose_is_not_boilerplate(line: str) -> None:
    """Story sentences that merely contain a boilerplate word are kept."""
    assert not MATCHER.is_boilerplate(line)


def test_long_paragraph_is_never_dropped_for_its_start() -> None:
    """A long paragraph is not dropped because it begins like a boilerplate line."""
    text = "آخر الأخبار " + "تشير إلى تحسن ملحوظ في الأوضاع الاقتصادية " * 8
    assert not MATCHER.is_boilerplate(text)


def test_site_phrases_extend_the_matcher() -> None:
    """A site's own phrases are matched like the generic ones, only by that site's matcher."""
    site = boilerplate_matcher(("لمتابعة آخر التطورات اشترك في قناتنا",))
    line = "لمتابعة آخر التطورات اشترك في قناتنا على يوتيوب"
    assert site.is_boilerplate(line)
    assert not MATCHER.is_boilerplate(line)


def test_related_headings() -> None:
    """Related-article headings are recognised, with trailing punctuation."""
    assert MATCHER.is_related_heading("أخبار ذات صلة:")
    assert MATCHER.is_related_heading("إقرأ أيضاً")
    assert not MATCHER.is_related_heading("الأكثر قراءة")


def test_adversarial_input_is_handled() -> None:
    """A very long line of near-miss phrase text is classified (the patterns are linear)."""
    text = "اقرا اقرا " * 50_000 + "!"
    assert not MATCHER.is_boilerplate(text)
    assert not MATCHER.is_related_heading(text)


@given(any_text)
def test_phrase_key_is_idempotent(text: str) -> None:
    """The comparison form of a comparison form is itself."""
    assert phrase_key(phrase_key(text)) == phrase_key(text)


def test_no_letter_or_digit_is_an_edge_mark() -> None:
    """No character str.isalnum() takes is punctuation, a symbol or a space to the edge
    pattern: a key with one at both ends has nothing to trim (the shortcut phrase_key takes)."""
    edge = regex.compile(boilerplate._EDGE)
    assert not [c for c in map(chr, range(sys.maxunicode + 1)) if c.isalnum() and edge.match(c)]


@given(st.one_of(any_text, st.text(st.sampled_from(" .:-«»()©ـ\u200fab1اقرأ"), max_size=12)))
def test_phrase_key_trims_as_the_patterns_do(text: str) -> None:
    """phrase_key is the normalized, case-folded text without its edge marks, whether or
    not it takes the shortcut."""
    key = normalize(text).casefold()
    start = m.end() if (m := boilerplate._LEADING.match(key)) else 0
    end = m.start() if (m := boilerplate._TRAILING.match(key, start)) else len(key)
    assert phrase_key(text) == key[start:end]


@given(any_text)
def test_matcher_never_fails(text: str) -> None:
    """Any text can be classified."""
    assert MATCHER.is_boilerplate(text) in (True, False)


DATA = {
    "RELATED_HEADINGS": sorted(phrases.RELATED_HEADINGS),
    "BOILERPLATE_PREFIXES": sorted(phrases.BOILERPLATE_PREFIXES),
    "BOILERPLATE_EXACT": sorted(phrases.BOILERPLATE_EXACT),
    "BOILERPLATE_CONTAINS": sorted(phrases.BOILERPLATE_CONTAINS),
    "END_MARKERS": sorted(phrases.END_MARKERS),
    "AUTHOR_PREFIXES": list(phrases.AUTHOR_PREFIXES),
    "DATE_PREFIXES": list(phrases.DATE_PREFIXES),
    "DATE_LABELS": sorted(phrases.DATE_LABELS),
    "UPDATE_LABELS": sorted(phrases.UPDATE_LABELS),
    "FUNCTION_WORDS": sorted(phrases.FUNCTION_WORDS),
    "AGENCIES": list(phrases.AGENCIES) + list(phrases.AGENCIES.values()),
    "PLACES": sorted(phrases.PLACES),
    "COMMENT_POLICY_WORDS": sorted(phrases.COMMENT_POLICY_WORDS),
    "CONJUNCTION_PREFIXES": list(phrases.CONJUNCTION_PREFIXES),
    "PREPOSITION_PREFIXES": list(phrases.PREPOSITION_PREFIXES),
    "FREQUENT_PARTICLES": list(phrases.FREQUENT_PARTICLES),
    "WORD_SHAPES": [phrases.DEFINITE_ARTICLE, phrases.FEMININE_PLURAL],
    "SENTENCE_ENDS": list(phrases.SENTENCE_ENDS),
    "FULL_STOPS": list(phrases.FULL_STOPS),
    "PROSE_ENDS": list(phrases.PROSE_ENDS),
    "GLUED_PREFIXES": sorted(phrases.GLUED_PREFIXES),
    "READ_MORE": sorted(phrases.READ_MORE),
    "TODAY_WORDS": list(phrases.TODAY_WORDS),
    "LEAD_TIME_WORDS": sorted(phrases.LEAD_TIME_WORDS),
    "MASTHEAD": sorted(phrases.MASTHEAD),
    "SOURCE_LABELS": sorted(phrases.SOURCE_LABELS),
    "AGENCY_END": list(phrases.AGENCY_END),
    "OUTLET_WORDS": sorted(outlets.OUTLET_WORDS),
    "LATIN_OUTLET_WORDS": list(outlets.LATIN_OUTLET_WORDS),
    "CREDIT_FILLERS": sorted(outlets.CREDIT_FILLERS),
    "PHOTO_CREDITS": sorted(outlets.PHOTO_CREDITS),
    "NOT_A_NAME_WORDS": sorted(outlets.NOT_A_NAME_WORDS),
    "COUNTRIES": sorted(outlets.COUNTRIES),
    "LETTER_SOUNDS": list(outlets.LETTER_SOUNDS),
}


@pytest.mark.parametrize("name", sorted(DATA))
def test_phrase_data_is_clean(name: str) -> None:
    """Every phrase is NFC, has no tatweel and no outer spaces."""
    for phrase in DATA[name]:
        assert unicodedata.is_normalized("NFC", phrase), phrase
        assert "\u0640" not in phrase, phrase
        assert phrase, name
        assert phrase == phrase.strip(), phrase


@pytest.mark.parametrize("name", sorted(set(DATA) - {"AGENCIES"}))
def test_phrase_data_has_no_duplicates_after_normalization(name: str) -> None:
    """No two phrases of one table collapse to the same normalized form."""
    keys = [normalize(p).casefold() for p in DATA[name]]
    assert len(keys) == len(set(keys))


def test_spaced_tatweel_is_a_tatweel_between_spaces() -> None:
    """The one datum that must hold a tatweel is exactly one, standing alone."""
    assert phrases.SPACED_TATWEEL == " \u0640 "


def test_agency_keys_are_unique_after_normalization() -> None:
    """No two agency spellings collapse to the same normalized form."""
    keys = [phrase_key(p) for p in phrases.AGENCIES]
    assert len(keys) == len(set(keys))
