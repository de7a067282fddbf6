"""The normalization shortcut (``arnews.normalization._shortcut``): text that needs only its
character mappings gives, through the shortcut, exactly what the whole pipeline gives."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arnews.normalization import Preset, _plan, normalize, tables
from tests.strategies import (
    code_page_text,
    mark_runs,
    normalization_text,
    normalize_overrides,
    obfuscated_text,
    spelling_tatweel_text,
)

_presets = st.sampled_from(["search", "display"])
_CODE_PAGE_SIZE = 256


def _pipeline(preset: Preset, options: dict[str, bool | str]) -> _plan.Pipeline:
    return _plan.resolve(preset, tuple(sorted(options.items())))


@given(
    st.one_of(
        code_page_text, normalization_text, obfuscated_text(), mark_runs, spelling_tatweel_text
    ),
    _presets,
    normalize_overrides,
)
def test_shortcut_gives_what_every_step_gives(
    text: str, preset: Preset, options: dict[str, bool | str]
) -> None:
    """Where the shortcut answers, its answer is the result of every step of the pipeline,
    and so is what normalize runs (the shortcut, which may join split words first, or
    every step)."""
    pipeline = _pipeline(preset, options)
    assert pipeline.shortcut is not None
    full = str(pipeline.with_offsets(text))
    quick = pipeline.shortcut(text)
    assert quick is None or quick == full
    assert pipeline.run(text) == full


def test_shortcut_answers_for_news_lines() -> None:
    """Plain news lines (hamzas, alef maqsura, Arabic-Indic digits, harakat, a full stop
    without its space, tatweel) take the shortcut in both presets, and lines that need
    more (a split word, harakat out of canonical order) do not."""
    search, display = _pipeline("search", {}), _pipeline("display", {})
    assert search.shortcut is not None
    assert display.shortcut is not None
    line = "قال الوزير إنّ الحكومة ستعلن خطتها في ٢٠٢٤ «قريباً»، على ما أفاد."
    expected = "قال الوزير ان الحكومة ستعلن خطتها في 2024 «قريبا»، علي ما افاد."
    assert search.shortcut(line) == normalize(line) == expected
    assert display.shortcut("قال الوزير إن الخطة جاهزة.") == "قال الوزير إن الخطة جاهزة."
    for needs_more in ("دا-عش", "ﻷول", "a\r\nb", "ا\u0654", "ب" + "\u064e" * 14):
        assert search.shortcut(needs_more) is None
        assert display.shortcut(needs_more) is None
    assert search.shortcut("انتهى.وقال") == "انتهي.وقال"  # a full stop: nothing joined
    assert display.shortcut("الـ36 الـــعـــربية") == "الـ36 العربية"  # spelling tatweel kept
    assert display.shortcut("قالَ") == "قالَ"  # … and harakat, when in NFC order
    assert display.shortcut("رب\u0651\u064e") is None  # shadda before fatha: NFC swaps them
    assert display.shortcut("ب" + "\u064e" * 14) is None  # a run NFC may cut, kept


@pytest.mark.parametrize("preset", ["search", "display"])
def test_joined_word_beside_a_long_run_of_marks(preset: Preset) -> None:
    """A split word joined beside a run of marks longer than the Stream-Safe bound gives
    what every step gives (the run is cut before anything else)."""
    pipeline = _pipeline(preset, {})
    for text in ("دا-عش ب" + "\u064e" * 40, "دا-عش ب" + "\u0651\u064e" * 20):
        assert pipeline.run(text) == str(pipeline.with_offsets(text))


def test_code_page() -> None:
    """The code page fits in a byte, starts with ASCII in place, and no two of its
    characters compose (or change in any way but the order of two marks) under NFC."""
    page = tables.CODE_PAGE
    assert len(page) == len(set(page)) <= _CODE_PAGE_SIZE
    assert page[:128] == "".join(map(chr, range(128)))
    for first in page:
        assert unicodedata.is_normalized("NFC", first)
        for second in page:
            pair = first + second
            composed = unicodedata.normalize("NFC", pair)
            assert composed in (pair, second + first), (first, second)


def test_marks_brought_together_by_a_removed_character() -> None:
    """Harakat that meet only once an invisible mark between them is removed are checked
    for canonical order as they stand in the output, not in the input."""
    display = _pipeline("display", {})
    assert display.shortcut is not None
    assert display.shortcut("قالُ\u200bَ") is None  # damma, fatha: NFC swaps them
    assert display.shortcut("قالَ\u200bُ") == "قالَُ"  # already in canonical order
    assert normalize("قالُ\u200bَ", preset="display") == "قالَُ"


@pytest.mark.parametrize("preset", ["search", "display"])
def test_split_words_joined_through_the_shortcut(preset: Preset) -> None:
    """A composed line with a split word is joined, then mapped, by the shortcut itself,
    with what every step gives, tatweel and harakat included."""
    pipeline = _pipeline(preset, {})
    assert pipeline.shortcut is not None
    for text in ("تنظيم «دا-عش» في", "القـ.ـتل الـ36", "دَا-عُش قالَ", "دا-عش  و\u200bلا "):
        assert pipeline.shortcut(text) is None  # the shortcut alone does not join…
        assert pipeline.run(text) == str(pipeline.with_offsets(text))  # … run does
    assert pipeline.run("تنظيم «دا-عش» في") == "تنظيم «داعش» في"
