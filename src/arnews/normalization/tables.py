"""The character tables of :mod:`arnews.normalization`: what each step removes or maps.

Pure data, plus the two builders that derive a table from the Unicode database of the
running Python (presentation forms at import, decimal digits when a plan needs them).
Every Arabic character the engine looks at is named here; the engine modules hold no
Arabic literals. The public constants
are re-exported by :mod:`arnews.normalization`.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from typing import Final, Literal

__all__ = [
    "ALEF_VARIANTS",
    "ARABIC_INDIC_DIGITS",
    "ARABIC_SEPARATORS",
    "DIACRITICS",
    "DIGIT_ZEROS",
    "INVISIBLE",
    "LINE_BREAKS",
    "PERSIAN_DIGITS",
    "PERSIAN_LETTERS",
    "PRESENTATION_FORMS",
    "SPACES",
    "SPELLING_TATWEEL",
    "TATWEEL",
    "TEH_MARBUTA",
    "YEH_VARIANTS",
]

# ------------------------------------------------------------------ removed or mapped

TATWEEL: Final = "\u0640"
"""Tatweel (kashida), removed by :func:`~arnews.normalization.strip_tatweel`."""

SPELLING_TATWEEL: Final[Mapping[str, tuple[str, ...]]] = {
    # After a lone heh, the Hijri year's mark: «1444 هـ», «1444هـ».
    "hijri": ("\u0647",),
    # After the article or a one-letter preposition written apart from a number, a Latin
    # word or a quotation: «الـ36», «بـ«حارة»», «لـCNN», «والـ5».
    "prefixes": (
        "\u0627\u0644",  # ال
        "\u0628\u0627\u0644",  # بال
        "\u0644\u0644",  # لل
        "\u0628",  # ب
        "\u0644",  # ل
        "\u0643",  # ك
    ),
    "conjunctions": ("\u0648", "\u0641"),  # و ف before a prefix: «والـ5»
    "followers": ("«", '"', "\u201c", "\u2018", "'"),  # what the prefix is written apart from
}
"""Where a tatweel is spelling, not decoration: the ``"display"`` preset keeps it there
(``spelling_tatweel``) and drops every other one."""

DIACRITICS: Final[str] = (
    "".join(chr(c) for c in range(0x064B, 0x0660))  # harakat, tanwin, shadda, sukun, hamzas
    + "\u0670"  # dagger (superscript) alef
    + "".join(chr(c) for c in range(0x06D6, 0x06EE))  # Quranic annotation marks
)
"""Characters removed by :func:`~arnews.normalization.strip_diacritics` (U+064B–U+065F,
U+0670, U+06D6–U+06ED)."""

ALEF_VARIANTS: Final[Mapping[str, str]] = {
    "\u0622": "\u0627",  # آ alef with madda above
    "\u0623": "\u0627",  # أ alef with hamza above
    "\u0625": "\u0627",  # إ alef with hamza below
    "\u0671": "\u0627",  # ٱ alef wasla
    "\u0672": "\u0627",  # ٲ alef with wavy hamza above
    "\u0673": "\u0627",  # ٳ alef with wavy hamza below
    "\u0675": "\u0627",  # ٵ high hamza alef
}
"""Alef forms unified to a bare alef ا (an alef followed by a combining hamza or madda is
first composed by NFC, then unified)."""

YEH_VARIANTS: Final[Mapping[str, str]] = {"\u0649": "\u064a"}  # ى alef maqsura → ي
"""Alef maqsura ى → yeh ي."""

PERSIAN_LETTERS: Final[Mapping[str, str]] = {
    "\u06cc": "\u064a",  # ی Farsi yeh
    "\u06a9": "\u0643",  # ک keheh
    "\u06be": "\u0647",  # ھ heh doachashmee
}
"""Persian/Urdu letters common in Arabic web text → their Arabic letters."""

YEH_FORMS: Final[Mapping[str, str]] = {**YEH_VARIANTS, "\u06cc": "\u064a"}  # ى ی → ي
"""What :func:`~arnews.normalization.normalize_yeh` maps: alef maqsura and Farsi yeh → yeh."""

TEH_MARBUTA: Final[Mapping[str, str]] = {"\u0629": "\u0647"}  # ة → ه
"""Teh marbuta ة → heh ه (only with ``teh_marbuta=True``)."""

DIGIT_ZEROS: Final[tuple[int, ...]] = (
    0x0030, 0x0660, 0x06F0, 0x07C0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6,
    0x0C66, 0x0CE6, 0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x1090, 0x17E0,
    0x1810, 0x1946, 0x19D0, 0x1A80, 0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620,
    0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50, 0xABF0, 0xFF10, 0x104A0, 0x10D30, 0x10D40,
    0x11066, 0x110F0, 0x11136, 0x111D0, 0x112F0, 0x11450, 0x114D0, 0x11650, 0x116C0,
    0x116D0, 0x116DA, 0x11730, 0x118E0, 0x11950, 0x11BF0, 0x11C50, 0x11D50, 0x11DA0,
    0x11F50, 0x16130, 0x16A60, 0x16AC0, 0x16B50, 0x16D70, 0x1CCF0, 0x1D7CE, 0x1D7D8,
    0x1D7E2, 0x1D7EC, 0x1D7F6, 0x1E140, 0x1E2F0, 0x1E4F0, 0x1E5F1, 0x1E950, 0x1FBF0,
)  # fmt: skip
"""Code point of the zero of every run of ten decimal digits (Unicode up to 16.0); runs the
running Python does not know are skipped when the digit tables are built."""

ASCII_DIGITS: Final = "0123456789"
ARABIC_INDIC_DIGITS: Final = "٠١٢٣٤٥٦٧٨٩"
PERSIAN_DIGITS: Final = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_SEPARATORS: Final[Mapping[str, str]] = {"\u066b": ".", "\u066c": ","}  # ٫ ٬
"""Arabic decimal and thousands separators → ASCII (with ``digits="ascii"``)."""

INVISIBLE: Final[str] = (
    "".join(chr(c) for c in range(0x200B, 0x2010))  # ZWSP, ZWNJ, ZWJ, LRM, RLM
    + "".join(chr(c) for c in range(0x202A, 0x202F))  # LRE RLE PDF LRO RLO
    + "".join(chr(c) for c in range(0x2060, 0x2065))  # word joiner, invisible operators
    + "".join(chr(c) for c in range(0x2066, 0x2070))  # isolates, deprecated format chars
    + "\ufeff\u061c\u00ad\u180e"  # BOM/ZWNBSP, Arabic letter mark, soft hyphen, MVS
)
"""Invisible and bidi control characters removed by
:func:`~arnews.normalization.strip_invisible`."""

SPACES: Final[str] = "\t\u00a0\u1680\u202f\u205f\u3000" + "".join(
    chr(c) for c in range(0x2000, 0x200B)
)
"""Characters turned into a plain space."""

LINE_BREAKS: Final = "\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
"""Characters turned into ``\\n`` (``\\r\\n`` becomes one ``\\n``)."""

# ------------------------------------------------------------ what the engine looks for

PRESENTATION_BLOCKS: Final[tuple[range, ...]] = (range(0xFB50, 0xFE00), range(0xFE70, 0xFEFF))
"""Arabic Presentation Forms-A (U+FB50–U+FDFF) and -B (U+FE70–U+FEFE)."""

ARABIC_LETTER_RANGES: Final = (
    r"\u0620-\u063F\u0641-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06EE\u06EF"
    r"\u06FA-\u06FC\u06FF\u0750-\u077F\u08A0-\u08C9"
)
"""Arabic letters (no tatweel, no marks, no digits) of the basic and supplement blocks, as
the body of a regular-expression character class."""

FREQUENT: Final = "\u0623\u0625\u0622\u0649\u0629\u00a0"  # أ إ آ ى ة, no-break space
"""Characters common enough in news text to be mapped with :meth:`str.replace` (a fast C
loop) before the others go through one regular-expression pass."""

CODE_PAGE: Final = (
    "".join(chr(c) for c in range(0x80))  # ASCII, each at its own byte
    + "\u00a0\u00ad"  # no-break space, soft hyphen
    + "".join(chr(c) for c in range(0x0621, 0x063B))  # ء … غ
    + "".join(chr(c) for c in range(0x0640, 0x0653))  # tatweel, ف … ي, harakat to sukun
    + "".join(chr(c) for c in range(0x0660, 0x066E))  # ٠ … ٩, ٪ ٫ ٬ ٭
    + "\u060c\u061b\u061f"  # ، ؛ ؟
    + "\u0671\u067e\u0686\u0698\u06a4\u06a9\u06af\u06be\u06cc"  # ٱ پ چ ژ ڤ ک گ ھ ی
    + "«»“”‘’„–—…•·°×÷"
    + "\u200b\u200c\u200d\u200e\u200f\u061c\ufeff"  # zero-width and bidi marks
    + "àâçèéêëîïôùûüœ"  # French names and words in Maghreb news
)
"""The characters of the private single-byte code page of the normalization shortcut
(:mod:`arnews.normalization._shortcut`): ASCII, then the commonest other characters of
Arabic news text, at most 256 in all. Only those an option set merely maps or removes
are used for it; a text with any other character takes the whole pipeline."""

FATHA: Final = "\u064e"
"""Fatha, the commonest haraka: how often it occurs tells fully vowelled text."""

MAX_NON_STARTERS: Final = 30
"""The most non-starters (combining characters, canonical combining class other than 0) a
run may hold: Unicode's Stream-Safe Text Format (UAX #15, section 13). No language needs
more; :func:`unicodedata.normalize` is quadratic in the length of a longer run."""

MAX_TRAILING_NON_STARTERS: Final = 3
"""The most non-starters the canonical decomposition of a starter ends with (ᾂ: α + three
marks), so a run of marks after it counts from that many."""

DECOMPOSING_NON_STARTERS: Final = "\u0340\u0341\u0343\u0344\u0f73\u0f75\u0f81"
"""The characters whose canonical decomposition is other non-starters (U+0344 → U+0308
U+0301; U+0F73, U+0F75 and U+0F81, though of class 0, decompose into two marks)."""

NON_STARTER_RANGES: Final = r"\P{ccc=0}\u0f73\u0f75\u0f81"
"""The body of a ``regex`` character class matching every character whose canonical
decomposition is all non-starters."""

SPAN_TAIL: Final[frozenset[str]] = frozenset({TATWEEL, "\u200c", "\u200d"})  # ـ ZWNJ ZWJ
"""Characters (besides combining marks) that
:func:`~arnews.normalization.original_span` widens a span over after its last letter."""


# -------------------------------------------------------------------------- builders


def _presentation_table() -> dict[str, str]:
    """Map each Arabic presentation form to its letters (NFKC, without the leading space
    NFKC gives the isolated forms of marks). About 800 code points: cheap at import."""
    table: dict[str, str] = {}
    for block in PRESENTATION_BLOCKS:
        for code in block:
            char = chr(code)
            letters = unicodedata.normalize("NFKC", char)
            if letters != char:
                table[char] = letters.lstrip(" ") or letters
    return table


PRESENTATION_FORMS: Final[Mapping[str, str]] = _presentation_table()
"""Presentation forms U+FB50–U+FDFF and U+FE70–U+FEFE → their letters (ﻷ → لأ, ﷲ → الله)."""


def digit_table(to: Literal["ascii", "arabic"]) -> dict[int, str]:
    """Every decimal digit the running Python knows → *to* (Arabic-Indic and Persian first),
    as a :meth:`str.translate` table."""
    target = ASCII_DIGITS if to == "ascii" else ARABIC_INDIC_DIGITS
    table: dict[int, str] = {}
    for zero in DIGIT_ZEROS:
        for value, digit in enumerate(target):
            char = chr(zero + value)
            if unicodedata.decimal(char, None) == value and char != digit:
                table[zero + value] = digit
    return table
