"""Tests of arnews.normalization: every step by example, the tricky cases, properties,
linear time on adversarial input, the character tables, the package's structure, and the
real corpus."""

from __future__ import annotations

import ast
import re
import unicodedata
from pathlib import Path

import pytest
import regex as _regex
from hypothesis import given
from hypothesis import strategies as st

from arnews import normalization as N
from arnews.normalization import (
    NormalizeOptions,
    _offsets,
    _plan,
    _runs,
    _steps,
    _whitespace,
    deobfuscate,
    normalize,
    normalize_alef,
    normalize_digits,
    normalize_persian,
    normalize_presentation_forms,
    normalize_with_offsets,
    normalize_yeh,
    strip_diacritics,
    strip_invisible,
    strip_tatweel,
    tables,
    tidy_whitespace,
)
from tests.strategies import (
    NORMALIZE_SWITCHES,
    arabic_text,
    digit_strings,
    nfd,
    normalization_text,
    normalize_overrides,
    obfuscated_text,
    spelling_tatweel_text,
)

STEPS = (
    strip_diacritics,
    strip_tatweel,
    normalize_alef,
    normalize_yeh,
    normalize_persian,
    normalize_digits,
    normalize_presentation_forms,
    strip_invisible,
    deobfuscate,
    tidy_whitespace,
)

# ------------------------------------------------------------------ examples

# (input, search preset, display preset)
EXAMPLES = [
    # 1. NFC first, then presentation forms, hamza kept
    ("\ufef7", "لا", "لأ"),  # ﻷ
    ("\ufef9", "لا", "لإ"),  # ﻹ
    ("\ufefb", "لا", "لا"),  # ﻻ
    ("\ufdf2", "الله", "الله"),  # ﷲ
    ("\ufdfa", "صلي الله عليه وسلم", "صلى الله عليه وسلم"),  # ﷺ
    ("\ufe8d\ufedf\ufed4\ufeae\ufe8e\ufee7", "الفران", "الفران"),  # isolated/final forms
    ("\ufe70", "", "\u064b"),  # isolated fathatan: the mark, without NFKC's space
    ("\u0628\ufe7c\u064e", "ب", "\u0628\u064e\u0651"),  # re-ordered into NFC
    ("\u0627\u0654\u062d\u0645\u062f", "احمد", "أحمد"),  # decomposed hamza composed first
    ("\u0648\u0654", "ؤ", "ؤ"),
    # 2. diacritics, dagger alef, Quranic marks, tatweel
    ("مُحَمَّدٌ", "محمد", "مُحَمَّدٌ"),
    ("رحمٰن", "رحمن", "رحمٰن"),
    ("الرَّحِيمِ \u06dd ذَٰلِكَ ب\u06d6 ب\u06ed", "الرحيم ذلك ب ب", "الرَّحِيمِ \u06dd ذَٰلِكَ ب\u06d6 ب\u06ed"),
    # (U+06DD end of ayah is in U+06D6–U+06ED, so it goes too)
    ("\u0628\u065f\u0628", "بب", "\u0628\u065f\u0628"),
    ("الـــعـــربية", "العربية", "العربية"),
    # 3. alef, yeh, Persian letters; ة kept
    ("أإآٱ", "اااا", "أإآٱ"),
    ("\u0627\u0653\u0645\u0646", "امن", "آمن"),  # alef + combining madda
    ("\u0627\u0640\u0654", "ا", "أ"),  # tatweel removed, then the hamza composes
    ("مستشفى", "مستشفي", "مستشفى"),
    ("یک کتاب ھذا", "يك كتاب هذا", "یک کتاب ھذا"),
    ("مدرسة", "مدرسة", "مدرسة"),
    # 4. digits and separators
    ("٢٠٢٤ ۱۴۰۲", "2024 1402", "٢٠٢٤ ۱۴۰۲"),
    ("٣٫٥ ١٬٠٠٠", "3.5 1,000", "٣٫٥ ١٬٠٠٠"),
    # 5. invisible and bidi marks, spaces, line breaks
    (
        "\u200fمرحبا\u200e \u202bنص\u202c \u2067x\u2069 \ufeffy\u061c z\u00ad",
        "مرحبا نص x y z",
        None,
    ),
    ("ال\u200cعربية", "العربية", "العربية"),  # ZWNJ inside a word joins it
    ("مرحبا\u00a0\u2009\u202f\u3000بكم", "مرحبا بكم", "مرحبا بكم"),
    ("  سطر \r\n سطر\r\rسطر\u2028سطر\n\n\n\nسطر  ", "سطر\nسطر\n\nسطر\nسطر\n\nسطر", None),
    ("\tا\vب\fج", "ا\nب\nج", None),
    # 6. deobfuscation
    ("دا-عش", "داعش", "داعش"),
    ("القـ.ـتل", "القتل", "القتل"),
    ("سفـ.ـاحو", "سفاحو", "سفاحو"),
    ("الاحتـ.ـلال", "الاحتلال", "الاحتلال"),
    ("دا.عش", "داعش", "داعش"),
    ("قتـ-ـل", "قتل", "قتل"),
    ("دا-ع.ـش", "دا-ع.ش", "دا-ع.ش"),  # one-sided tatweel: the bare rules decide
    ("1445هـ.وقال", "1445ه.وقال", "1445هـ.وقال"),  # «هـ» (Hijri) is spelling: display keeps it
    ("الـ36 بـ«حارة» لـCNN", "ال36 ب«حارة» لCNN", "الـ36 بـ«حارة» لـCNN"),  # prefix written apart
    ("الـــعـــربية جـديد وجهـ", "العربية جديد وجه", "العربية جديد وجه"),  # decoration goes
    ("COVID-19", "COVID-19", "COVID-19"),
    ("كوفيد-19", "كوفيد-19", "كوفيد-19"),
    ("3.5", "3.5", "3.5"),
    ("أ.ف.ب", "ا.ف.ب", "أ.ف.ب"),
    (" د.ب.أ ", "د.ب.ا", "د.ب.أ"),
    ("د.محمد", "د.محمد", "د.محمد"),
    ("العربية-الإسرائيلية", "العربية-الاسرائيلية", "العربية-الإسرائيلية"),
    ("دمشق-سانا", "دمشق-سانا", "دمشق-سانا"),
    ("انتهى.وقال", "انتهي.وقال", "انتهى.وقال"),
    ("الحرب.في", "الحرب.في", "الحرب.في"),
    ("دا - عش", "دا - عش", "دا - عش"),
    ("ب-دا-عش", "ب-داعش", "ب-داعش"),  # each separator of a chain decided on its own
    ("د-ا-ع-ش", "د-ا-ع-ش", "د-ا-ع-ش"),  # single letters: read as an abbreviation, kept
    ("قـ.ـتل-الحرب", "قتل-الحرب", "قتل-الحرب"),
    # a mark removed, or a separator mapped, after the first deobfuscation (idempotence)
    ("دا\u06dd-عش", "داعش", "دا\u06dd-عش"),  # the ayah mark goes with the diacritics
    ("دا٫عش", "داعش", "دا٫عش"),  # ٫ becomes a dot with the digits
    # runs of combining marks: at most 30, the first in canonical order (fatha before shadda)
    ("ب" + "\u0651\u064e" * 40, "ب", "ب" + "\u064e" * 30),
    ("أ" + "\u064e" * 40, "ا", "ا" + "\u064e" * 30),  # the hamza sorts after the fathas
    ("أ" + "\u064e" * 29, "ا", "أ" + "\u064e" * 29),  # 30 with the hamza: kept whole
]


@pytest.mark.parametrize(("text", "search", "display"), EXAMPLES)
def test_examples(text: str, search: str, display: str | None) -> None:
    """Each step and tricky case gives the documented output in both presets."""
    assert normalize(text) == search
    if display is not None:
        assert normalize(text, preset="display") == display


@pytest.mark.parametrize(
    ("options", "text", "expected"),
    [
        ({"teh_marbuta": True}, "مدرسة", "مدرسه"),
        ({"digits": "arabic"}, "2024 ۱۴۰۲ ٣٫٥ 3.5", "٢٠٢٤ ١٤٠٢ ٣٫٥ ٣.٥"),
        ({"digits": "keep"}, "٢٠٢٤ ۱", "٢٠٢٤ ۱"),
        ({"deobfuscate": False}, "دا-عش", "دا-عش"),
        ({"deobfuscate": True, "tatweel": False}, "القـ.ـتل", "القــتل"),
        ({"diacritics": False}, "\u0627\u064e\u0654", "ا\u064e"),  # أَ: the hamza goes with alef
        ({"alef": False}, "أَحمد", "أحمد"),
        ({"yeh": False}, "على", "على"),
        ({"persian": False}, "یک", "یک"),
        ({"invisible": False}, "ا\u200fب", "ا\u200fب"),
        ({"whitespace": False}, " ا\u00a0 ب ", " ا\u00a0 ب "),
        ({"presentation_forms": False}, "\ufef7", "\ufef7"),
    ],
)
def test_options(options: dict[str, bool | str], text: str, expected: str) -> None:
    """Each keyword option switches its step on or off in the search preset."""
    assert normalize(text, **options) == expected


@pytest.mark.parametrize(
    ("step", "text", "expected"),
    [
        (strip_diacritics, "\u0627\u0654\u064e\u0646\u0627", "أنا"),
        (strip_diacritics, "ذَٰلِكَ \u06da", "ذلك "),
        (strip_tatweel, "قـــال", "قال"),
        (normalize_alef, "\u0627\u0655", "ا"),
        (normalize_alef, "ى", "ى"),
        (normalize_yeh, "ى ی ک", "ي ي ک"),
        (normalize_persian, "ی ک ھ", "ي ك ه"),
        (normalize_digits, "١٢ ۳۴ ߁ ٫", "12 34 1 ."),
        (normalize_presentation_forms, "\ufef7\ufefb\ufdf2", "لألاالله"),
        (strip_invisible, "\u200b\u2066ا\u2069\u00ad", "ا"),
        (deobfuscate, "القـ.ـتل", "القــتل"),
        (deobfuscate, "دا-\u0654عش", "دأعش"),  # the join brings the hamza to its alef
        (tidy_whitespace, " ا \u00a0 \n  ب ", "ا\nب"),
    ],
)
def test_step_functions(step: object, text: str, expected: str) -> None:
    """Each single-step public function does its step and nothing else."""
    assert callable(step)
    assert step(text) == expected


def test_digits_to_arabic() -> None:
    """normalize_digits(to="arabic") writes ASCII and Persian digits as Arabic-Indic ones."""
    assert normalize_digits("2024 ۱۴", to="arabic") == "٢٠٢٤ ١٤"


def test_offsets_example() -> None:
    """Offsets point at the input character each output character came from."""
    text = "\u200fﻷولَ  مرة ٢٠"
    out, offsets = normalize_with_offsets(text)
    assert out == "لاول مرة 20"
    assert offsets == [1, 1, 2, 3, 5, 7, 8, 9, 10, 11, 12]
    start = out.index("مرة")
    assert text[offsets[start] : offsets[start + 2] + 1] == "مرة"


def test_offsets_of_reordered_and_composed_marks() -> None:
    """Marks put into canonical order keep their positions; a composed letter points at
    its first input character."""
    assert normalize_with_offsets("\u064c\u064b", preset="display") == ("\u064b\u064c", [0, 1])
    assert normalize_with_offsets("\u0628\u0651\u064e", preset="display")[1] == [0, 1, 2]
    assert normalize_with_offsets("\u0627\u0654\u0644", preset="display") == ("أل", [0, 2])


def test_offsets_of_joined_word() -> None:
    """A span of a deobfuscated word maps back to the whole obfuscated original."""
    text = "قال القـ.ـتل"
    out, offsets = normalize_with_offsets(text)
    assert out == "قال القتل"
    assert text[offsets[4] : offsets[-1] + 1] == "القـ.ـتل"


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"preset": "fast"}, ValueError),
        ({"digits": "roman"}, ValueError),
        ({"diacritcs": True}, TypeError),
        ({"alef": "yes"}, TypeError),
    ],
)
def test_bad_options(kwargs: dict[str, str | bool], error: type[Exception]) -> None:
    """Unknown presets, options, digit styles and non-boolean switches are refused."""
    with pytest.raises(error):
        normalize("نص", **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [123, b"x", None, ["نص"]])
def test_non_str_is_an_argument_error(value: object) -> None:
    """normalize and normalize_with_offsets refuse what is not a str with ArgumentError (an
    ArnewsError and a TypeError), not an error from deep inside or a result for bytes."""
    from arnews.errors import ArgumentError

    for function in (normalize, normalize_with_offsets, N.normalize_with_offset_map):
        with pytest.raises(ArgumentError, match="takes a str"):
            function(value)  # type: ignore[arg-type]


def test_bad_digit_target() -> None:
    """normalize_digits refuses a target other than ascii or arabic."""
    with pytest.raises(ValueError, match="ascii"):
        normalize_digits("1", to="keep")  # type: ignore[arg-type]


def test_preset_options() -> None:
    """The display preset keeps every lossy step off and the search preset on."""
    display = NormalizeOptions.for_preset("display")
    assert [display.diacritics, display.alef, display.yeh, display.persian] == [False] * 4
    assert display.digits == "keep"
    assert [display.tatweel, display.invisible, display.deobfuscate] == [True] * 3
    assert NormalizeOptions.for_preset("search") == NormalizeOptions()
    assert not NormalizeOptions().teh_marbuta


def test_mark_runs_bounded_with_offsets() -> None:
    """A long run of marks keeps its first 30 in canonical order, and their offsets are the
    input positions they came from, in order."""
    text = "قال ب" + "\u0651\u064e" * 1000 + " كلام"
    out, offsets = normalize_with_offsets(text, preset="display")
    assert out == "قال ب" + "\u064e" * 30 + " كلام"
    assert offsets[5:35] == list(range(6, 66, 2))  # the fathas, every other input mark
    assert [text[i] for i in offsets[5:35]] == ["\u064e"] * 30
    assert text[offsets[-4] :] == "كلام"


def test_mark_runs_bound_before_composing() -> None:
    """bound_marks leaves stream-safe text alone and cuts a long run, counting the marks of
    the letter before it, on plain and tracked strings alike."""
    short = "أ" + "\u064e" * 29
    assert _offsets.bound_marks(short) is short
    cut = _offsets.bound_marks("أ" + "\u064e" * 30)
    assert cut == "ا" + "\u064e" * 30  # decomposed, and the hamza sorted out of the 30
    tracked = _offsets.bound_marks(_offsets.Tracked.of_input("xأ" + "\u064e" * 30 + "y"))
    assert tracked == "xا" + "\u064e" * 30 + "y"
    assert tracked.offsets.tolist() == [0, 1, *range(2, 32), 32]


# ------------------------------------------------------------------ properties

presets = st.sampled_from(["search", "display"])


@given(normalization_text, presets)
def test_idempotent(text: str, preset: N.Preset) -> None:
    """Normalizing twice gives the same as normalizing once, in both presets."""
    once = normalize(text, preset=preset)
    assert normalize(once, preset=preset) == once


@given(normalization_text, presets, normalize_overrides)
def test_idempotent_any_options(
    text: str, preset: N.Preset, options: dict[str, bool | str]
) -> None:
    """Normalizing twice changes nothing for any combination of options."""
    once = normalize(text, preset=preset, **options)
    assert normalize(once, preset=preset, **options) == once


@given(obfuscated_text(), presets)
def test_idempotent_obfuscated(text: str, preset: N.Preset) -> None:
    """Deobfuscation decides the same way on its own output (no second round of joins)."""
    once = normalize(text, preset=preset)
    assert normalize(once, preset=preset) == once
    assert deobfuscate(deobfuscate(text)) == deobfuscate(text)


@given(normalization_text, presets, normalize_overrides)
def test_nfc_nfd_invariant(text: str, preset: N.Preset, options: dict[str, bool | str]) -> None:
    """NFC and NFD spellings of a text normalize to the same string."""
    composed = unicodedata.normalize("NFC", text)
    assert normalize(nfd(text), preset=preset, **options) == normalize(
        composed, preset=preset, **options
    )


@given(normalization_text, presets, normalize_overrides)
def test_output_is_nfc(text: str, preset: N.Preset, options: dict[str, bool | str]) -> None:
    """The output is always in Unicode NFC."""
    out = normalize(text, preset=preset, **options)
    assert unicodedata.is_normalized("NFC", out)


def _non_ascii_digits(text: str) -> list[str]:
    return [c for c in text if c.isdecimal() and not c.isascii()]


@given(normalization_text)
def test_search_removes_classes(text: str) -> None:
    """No character of a class the search preset removes or unifies is left."""
    out = normalize(text)
    removed = (
        set(N.DIACRITICS)
        | {N.TATWEEL}
        | set(N.INVISIBLE)
        | set(N.ALEF_VARIANTS)
        | set(N.YEH_VARIANTS)
        | set(N.PERSIAN_LETTERS)
        | set(N.SPACES)
        | set(N.LINE_BREAKS)
        | set(N.ARABIC_SEPARATORS)
        | set(N.PRESENTATION_FORMS)
    )
    assert not removed & set(out)
    assert not _non_ascii_digits(out)
    assert "  " not in out
    assert "\n\n\n" not in out
    assert out == out.strip(" \n")


@given(normalization_text)
def test_display_removes_classes(text: str) -> None:
    """The display preset leaves no invisible mark or presentation form, and no tatweel
    once the spelling one («هـ», «الـ36») is not kept either."""
    out = normalize(text, preset="display")
    assert not (set(N.INVISIBLE) | set(N.PRESENTATION_FORMS)) & set(out)
    assert N.TATWEEL not in normalize(text, preset="display", spelling_tatweel=False)


@given(
    st.text(
        st.sampled_from("ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىيیکھٱ ٠١٢٣۴۵٫" + N.DIACRITICS[:9]),
        max_size=60,
    )
)
def test_display_is_lossless(text: str) -> None:
    """On letters, harakat and digits, the display preset changes nothing but NFC and the
    spaces: diacritics, alef forms, ى, ة, Persian letters and digits stay as written."""
    expected = " ".join(filter(None, unicodedata.normalize("NFC", text).split(" ")))
    assert normalize(text, preset="display") == expected


@given(digit_strings)
def test_digits_property(digits: str) -> None:
    """normalize_digits leaves no non-ASCII digit and int() reads the same number."""
    ascii_digits = normalize_digits(digits)
    assert ascii_digits.isascii()
    assert int(ascii_digits) == int(digits)
    arabic = normalize_digits(digits, to="arabic")
    assert set(arabic) <= set("٠١٢٣٤٥٦٧٨٩")
    assert int(arabic) == int(digits)


@given(normalization_text)
def test_normalize_digits_any_text(text: str) -> None:
    """normalize_digits leaves no non-ASCII decimal digit in any text."""
    assert not _non_ascii_digits(normalize_digits(text))


@given(normalization_text, presets, normalize_overrides)
def test_offsets(text: str, preset: N.Preset, options: dict[str, bool | str]) -> None:
    """Offsets have the output's length, never decrease, index into the input, and come
    with exactly the string normalize() returns."""
    out, offsets = normalize_with_offsets(text, preset=preset, **options)
    assert out == normalize(text, preset=preset, **options)
    assert len(offsets) == len(out)
    assert offsets == sorted(offsets)
    assert all(0 <= offset < len(text) for offset in offsets)


@given(normalization_text, presets)
def test_offset_map_agrees_with_offsets(text: str, preset: N.Preset) -> None:
    """normalize_with_offset_map gives the same string and offsets as
    normalize_with_offsets, stored as few runs."""
    out, offsets = N.normalize_with_offset_map(text, preset=preset)
    assert (out, list(offsets)) == normalize_with_offsets(text, preset=preset)
    assert isinstance(offsets, _runs.Offsets)
    assert offsets.runs <= len(offsets)


def test_offset_map_of_news_text_is_small() -> None:
    """A long text with few edits is stored as few runs, not one integer per character."""
    text = "قال الوزير إن الخطة جاهزة. " * 10_000
    out, offsets = N.normalize_with_offset_map(text)
    assert len(offsets) == len(out) > 200_000
    assert offsets.runs == 1


@given(st.lists(st.integers(0, 50), max_size=40), st.data())
def test_offset_runs_behave_as_a_list(values: list[int], data: st.DataObject) -> None:
    """Offsets built from any values read back as those values: item by item, by slice,
    in whole, and copied by range into another builder."""
    builder = _runs.Builder()
    builder.add_values(values)
    offsets = builder.build()
    assert list(offsets) == offsets.tolist() == values
    assert [offsets[i] for i in range(len(values))] == values
    start = data.draw(st.integers(0, len(values)))
    end = data.draw(st.integers(start, len(values)))
    assert offsets[start:end] == values[start:end]
    copy = _runs.Builder()
    offsets.copy_into(copy, start, end)
    assert list(copy.build()) == values[start:end]
    if values:
        assert offsets[-1] == values[-1]
        with pytest.raises(IndexError):
            offsets[len(values)]


@given(normalization_text)
def test_offsets_point_at_kept_characters(text: str) -> None:
    """A Latin letter in the output points at the same letter in the input."""
    out, offsets = normalize_with_offsets(text)
    for char, offset in zip(out, offsets, strict=True):
        if char.isascii() and char.isalpha():
            assert text[offset] == char


def _assert_words_map_back(text: str, preset: N.Preset) -> None:
    out, offsets = normalize_with_offsets(text, preset=preset)
    for word in _WORD_RE.finditer(out):
        start, end = word.span()
        source = text[offsets[start] : offsets[end - 1] + 1]
        assert normalize(source, preset=preset) == word.group()


_WORD_RE = re.compile(r"[^ \n]+")


@given(st.one_of(arabic_text, obfuscated_text()), presets)
def test_offsets_map_words_back(text: str, preset: N.Preset) -> None:
    """Each word of the output maps back to an input span that normalizes to that word."""
    _assert_words_map_back(text, preset)


@given(normalization_text)
def test_never_raises(text: str) -> None:
    """No function raises on any str, lone surrogates included."""
    for step in STEPS:
        assert isinstance(step(text), str)
    assert isinstance(normalize(text, preset="display", digits="arabic"), str)
    assert isinstance(normalize_with_offsets(text)[0], str)


@given(normalization_text, st.sampled_from(STEPS))
def test_steps_nfc_nfd_invariant_and_idempotent(text: str, step: object) -> None:
    """Every single-step function gives the same for NFC and NFD input, and is idempotent."""
    assert callable(step)
    once = step(text)
    assert step(nfd(text)) == step(unicodedata.normalize("NFC", text)) == once
    assert step(once) == once


@given(normalization_text, normalize_overrides)
def test_translation_matches_table(text: str, options: dict[str, bool | str]) -> None:
    """The character-mapping step gives exactly str.translate with its full table, on a
    plain string and on a tracked one, whose offsets are those of the characters not
    removed."""
    chars = _plan.char_map_for(NormalizeOptions.for_preset("search", **options))
    expected = text.translate(chars.table)
    assert _steps.translate(text, chars) == expected
    tracked = _steps.translate(_offsets.Tracked.of_input(text), chars)
    assert tracked == expected
    kept = [i for i, char in enumerate(text) if chars.table.get(ord(char), char) is not None]
    assert tracked.offsets.tolist() == kept


def _spelling_tatweel_left_to_right() -> re.Pattern[str]:
    """The spelling tatweel read as written: the word before a run of tatweel matched from
    its start, left to right (the engine's pattern looks behind each run instead)."""
    data = tables.SPELLING_TATWEEL
    letter, tatweel = r"[\p{L}\p{M}]", tables.TATWEEL
    prefixes = "|".join(sorted(data["prefixes"], key=len, reverse=True))
    followers = _regex.escape("".join(data["followers"]))
    return _regex.compile(
        rf"(?<!{letter}|{tatweel})(?P<keep>(?:{'|'.join(data['hijri'])}){tatweel}++(?!{letter})"
        rf"|[{''.join(data['conjunctions'])}]?(?:{prefixes}){tatweel}++"
        rf"(?=[0-9\u0660-\u0669A-Za-z{followers}]))|{tatweel}++"
    )


@given(st.one_of(spelling_tatweel_text, normalization_text))
def test_spelling_tatweel_kept_where_read_left_to_right(text: str) -> None:
    """Decorative tatweel is removed and spelling tatweel kept exactly where a left-to-right
    reading of the word before each run says so."""
    expected = _spelling_tatweel_left_to_right().sub(
        lambda m: m.group() if m.group("keep") is not None else "", text
    )
    assert _steps.strip_decorative_tatweel(text) == expected


def _first_matches(source: str, kept: str) -> list[int]:
    """For each character of *kept* (a subsequence of *source*), the index of the first
    equal character of *source* after the previous one's."""
    indexes: list[int] = []
    for char in kept:
        indexes.append(source.index(char, indexes[-1] + 1 if indexes else 0))
    return indexes


@given(
    st.one_of(
        st.text(st.sampled_from(" \n\nab"), max_size=40),
        st.lists(st.sampled_from([" ", "  ", "\n", "\n\n\n", " \n ", "ب", "كلمة"])).map("".join),
        normalization_text,
    )
)
def test_tidy_tracked_keeps_first_of_each_run(text: str) -> None:
    """Tidying a tracked string gives what tidying the plain string gives, each kept
    character with the offset of the first input character it can be matched to."""
    result = _whitespace.tidy(_offsets.Tracked.of_input(text))
    assert result == _whitespace.tidy(text)
    assert list(result.offsets) == _first_matches(text, result)


def test_tidy_keeps_first_of_each_run() -> None:
    """Tidying white space keeps, of each run, the first space or the first line breaks."""
    text = "  ا  ب \n \n\n ج  "
    out, offsets = normalize_with_offsets(text, preset="display")
    assert out == "ا ب\n\nج"
    assert offsets == [2, 3, 5, 7, 9, 12]


# ------------------------------------------------------ adversarial inputs (linear)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "ب" * 2_000_000,
        "-" * 100_000,
        ".-" * 50_000,
        "ب-" * 100_000,
        "بـ.ـ" * 50_000,
        "ب" * 100_000 + "-",
        ("ب" * 100_000 + "-") * 5,
        "ـ" * 100_000 + "." + "ـ" * 100_000,
        "\u200c" * 100_000 + "-ب",
        "ب\u064e" * 200_000,
        " " * 200_000 + "\n" + " " * 200_000,
        "\n \n" * 100_000,
        "\u0627\u0654\u0653" * 100_000,
    ],
    ids=lambda text: f"{text[:4]!r}x{len(text)}",
)
def test_adversarial_inputs_complete(text: str) -> None:
    """Every pattern finishes on long adversarial input (linear time, no catastrophic
    backtracking), and the result is still idempotent."""
    out = normalize(text)
    assert normalize(out) == out
    assert len(out) <= len(text)


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        "ب-" * 20_000,
        "بـ.ـ" * 10_000,
        "ب" * 200_000,
        "ا\u0640\u0654" * 10_000,
        " " * 100_000 + "\n" * 100_000 + " " * 100_000,
        "\ufef7" * 50_000,
        "\u0628\u0651\u064e" * 30_000,
    ],
    ids=lambda text: f"{text[:4]!r}x{len(text)}",
)
def test_adversarial_offsets_complete(text: str) -> None:
    """The offset-tracking path also finishes on long adversarial input."""
    out, offsets = normalize_with_offsets(text)
    assert len(offsets) == len(out) == len(normalize(text))


# ------------------------------------------------------------ data integrity


def test_diacritics_table() -> None:
    """The diacritics are exactly U+064B–U+065F, U+0670, U+06D6–U+06ED, all marks."""
    expected = {*map(chr, range(0x064B, 0x0660)), "\u0670", *map(chr, range(0x06D6, 0x06EE))}
    assert set(N.DIACRITICS) == expected
    assert len(N.DIACRITICS) == len(expected)
    assert all(unicodedata.name(c).startswith("ARABIC") for c in N.DIACRITICS)


def test_non_starter_tables() -> None:
    """The Stream-Safe tables agree with the running Python's Unicode database: every
    character whose canonical decomposition is all non-starters is in the class, the
    decomposing ones are listed, and no letter decomposes into more trailing marks."""
    import regex

    non_starter = regex.compile(f"[{tables.NON_STARTER_RANGES}]")
    mark = regex.compile(r"\p{M}")
    for code in range(0x110000):
        char = chr(code)
        if unicodedata.category(char) in ("Cs", "Cn"):
            continue
        parts = unicodedata.normalize("NFD", char)
        classes = [unicodedata.combining(c) for c in parts]
        if all(classes):
            assert non_starter.match(char), hex(code)
            assert mark.match(char), hex(code)
            assert (parts != char) == (char in tables.DECOMPOSING_NON_STARTERS), hex(code)
        else:
            trailing = next(i for i, combining in enumerate(reversed(classes)) if not combining)
            assert trailing <= tables.MAX_TRAILING_NON_STARTERS, hex(code)


def test_letter_tables() -> None:
    """Letter tables map NFC letters to NFC Arabic letters, and no target is a source."""
    tables = (N.ALEF_VARIANTS, N.YEH_VARIANTS, N.PERSIAN_LETTERS, N.TEH_MARBUTA)
    sources = [c for table in tables for c in table]
    assert len(sources) == len(set(sources))
    for table in tables:
        for source, target in table.items():
            assert unicodedata.is_normalized("NFC", source)
            assert unicodedata.category(source) == unicodedata.category(target) == "Lo"
            assert target not in sources
            assert target != N.TATWEEL


def test_character_classes_disjoint_and_typed() -> None:
    """Spaces, line breaks, invisibles and diacritics are disjoint and of the right kind."""
    groups = [N.SPACES, N.LINE_BREAKS, N.INVISIBLE, N.DIACRITICS, N.TATWEEL]
    merged = "".join(groups)
    assert len(merged) == len(set(merged))
    assert all(c.isspace() and c != "\n" for c in N.SPACES)
    assert all(f"a{c}b".splitlines() == ["a", "b"] for c in N.LINE_BREAKS)
    assert all(unicodedata.category(c) == "Cf" for c in N.INVISIBLE)


def test_every_plan_is_idempotent() -> None:
    """For every option set, no translation target is itself translated."""
    for bits in range(2 ** len(NORMALIZE_SWITCHES)):
        if bits % 7:  # a spread sample of the 1024 switch combinations
            continue
        for digits in ("ascii", "arabic", "keep"):
            switches = {name: bool(bits >> i & 1) for i, name in enumerate(NORMALIZE_SWITCHES)}
            options = NormalizeOptions(digits=digits, **switches)  # type: ignore[arg-type]
            table = _plan.char_map_for(options).table
            targets = {c for target in table.values() if target for c in target}
            assert not targets & {chr(code) for code in table}


_MIN_PRESENTATION_FORMS = 700  # Unicode maps about 800 Arabic presentation forms
_FORMS_A = range(0xFB50, 0xFE00)  # Arabic Presentation Forms-A
_FORMS_B = range(0xFE70, 0xFEFF)  # Arabic Presentation Forms-B


def test_presentation_forms_table() -> None:
    """Presentation forms map to NFC letters with no presentation form, no leading space,
    and keep the hamza of the lam-alef ligatures."""
    forms = N.PRESENTATION_FORMS
    assert len(forms) > _MIN_PRESENTATION_FORMS
    for source, letters in forms.items():
        assert ord(source) in _FORMS_A or ord(source) in _FORMS_B
        assert letters
        assert not letters.startswith(" ")
        assert unicodedata.is_normalized("NFC", letters)
        assert not set(letters) & set(forms)
    # The pipeline relies on this: no form brings a mark that composes with a letter.
    assert not {c for letters in forms.values() for c in letters} & set("\u0653\u0654\u0655")
    assert forms["\ufef7"] == "لأ"
    assert forms["\ufef9"] == "لإ"
    assert forms["\ufef5"] == "لآ"
    assert forms["\ufdf2"] == "الله"


def test_digit_tables_cover_unicode() -> None:
    """Every decimal digit Python knows is converted, to the digit of the same value."""
    ascii_table = tables.digit_table("ascii")
    arabic_table = tables.digit_table("arabic")
    for code in range(0x110000):
        char = chr(code)
        if unicodedata.category(char) != "Nd":
            continue
        value = unicodedata.decimal(char)
        if char.isascii():
            assert arabic_table[code] == N.ARABIC_INDIC_DIGITS[value]
        elif char in N.ARABIC_INDIC_DIGITS:
            assert ascii_table[code] == str(value)
        else:
            assert ascii_table[code] == str(value)
            assert arabic_table[code] == N.ARABIC_INDIC_DIGITS[value]


# ------------------------------------------------------------------ package structure

_ENGINE_MODULES = sorted(
    path.name for path in Path(N.__file__).parent.glob("*.py") if path.name != "tables.py"
)
_ARABIC_BLOCKS = (
    range(0x0600, 0x0700),  # Arabic
    range(0x0750, 0x0780),  # Arabic Supplement
    range(0x08A0, 0x0900),  # Arabic Extended-A
    _FORMS_A,
    _FORMS_B,
)


@pytest.mark.parametrize("name", _ENGINE_MODULES)
def test_no_arabic_literals_in_engine(name: str) -> None:
    """Outside docstrings, the engine modules hold no Arabic character: every one they
    look for is named in arnews.normalization.tables."""
    tree = ast.parse((Path(N.__file__).parent / name).read_text(encoding="utf-8"))
    docstrings = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
    literals = [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]
    assert literals  # the walk sees the module's strings
    arabic = [s for s in literals if any(ord(c) in block for c in s for block in _ARABIC_BLOCKS)]
    assert not arabic


# ------------------------------------------------------------------ real corpus


_MIN_CORPUS_PAGES = 100  # the corpus has 109 text dumps


def _corpus_texts(corpus: Path) -> list[str]:
    return [
        p.read_text(encoding="utf-8") for p in sorted((corpus / "text" / "pages").glob("*/*.txt"))
    ]


@pytest.mark.corpus
def test_corpus_pages(corpus: Path) -> None:
    """On every real page: idempotent, offsets agree and map every word back, and no
    hyphenated or dotted pair of real words (datelines, agency names, missing spaces after
    full stops) is joined."""
    texts = _corpus_texts(corpus)
    assert len(texts) > _MIN_CORPUS_PAGES
    for text in texts:
        out = normalize(text)
        assert normalize(out) == out
        assert normalize_with_offsets(text)[0] == out
        assert deobfuscate(text) == unicodedata.normalize("NFC", text)
        _assert_words_map_back(text, "search")
        _assert_words_map_back(text, "display")


@pytest.mark.corpus
def test_corpus_display_keeps_letters(corpus: Path) -> None:
    """On every real page the display preset keeps every diacritic, hamza form, ى, ة and
    Arabic or Persian digit of the page."""
    kept = set(N.DIACRITICS) | set("أإآىة") | set(N.ARABIC_INDIC_DIGITS + N.PERSIAN_DIGITS)
    for text in _corpus_texts(corpus):
        source = unicodedata.normalize("NFC", text)
        shown = normalize(text, preset="display")
        assert all(shown.count(char) >= source.count(char) for char in kept)


@pytest.mark.corpus
def test_corpus_real_separators_kept(corpus: Path) -> None:
    """Pairs of words the corpus joins with a hyphen or dot stay apart after normalization."""
    joined = "\n".join(_corpus_texts(corpus))
    for pair in ("دمشق-سانا", "بغداد-سانا", "الدولة.اضافة"):
        assert pair in joined
        assert pair in normalize(joined)


def test_pyarabic_differences_documented() -> None:
    """The pyarabic behaviour the normalization guide compares against is still true."""
    from pyarabic import araby

    assert araby.normalize_ligature("\ufef7") == "لا"  # the hamza of ﻷ is lost
    assert araby.normalize_ligature("\ufdf2") == "\ufdf2"
    assert araby.strip_tashkeel("رحمٰن") == "رحمٰن"  # dagger alef kept
    assert araby.normalize_alef("مستشفى") == "مستشفا"
    decomposed = "\u0627\u0654\u062d\u0645\u062f"
    assert araby.strip_tashkeel(decomposed) != araby.strip_tashkeel(nfd_to_nfc(decomposed))
    assert araby.strip_tatweel("القـ.ـتل") == "الق.تل"
    assert normalize(decomposed) == normalize(nfd_to_nfc(decomposed)) == "احمد"


def nfd_to_nfc(text: str) -> str:
    """*text* in NFC."""
    return unicodedata.normalize("NFC", text)
