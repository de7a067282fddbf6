"""Arabic text normalization.

:func:`normalize` runs a fixed pipeline of small steps; each step is also a
public function, and each can be switched on or off by a keyword option. Two
presets choose the defaults:

``"search"`` (the default), for matching and indexing:
    NFC and presentation forms → undo obfuscation → strip diacritics and tatweel
    → unify alef, yeh and Persian letters → ASCII digits → drop invisible and
    bidi marks → tidy white space.

``"display"``, for text shown to people (nothing lossy):
    NFC and presentation forms → undo obfuscation → strip tatweel → drop
    invisible and bidi marks → tidy white space.

>>> normalize("أَعْلَنَ الوزيرُ ﻷول مرة ٢٠٢٤")
'اعلن الوزير لاول مرة 2024'

``ة`` is kept unless asked for:

>>> normalize("مرة", teh_marbuta=True)
'مره'

:func:`normalize_with_offsets` returns the same string and, for every output
character, the index of the input character it came from.

The output is always NFC, and normalizing twice changes nothing. Runs of combining marks
are cut to 30 before anything is composed (see :func:`normalize`). The character
tables are the ``Final`` constants of ``arnews.normalization.tables``, re-exported
here. Compiled patterns and the pipeline of steps of each option set are built once
(at import, or on first use of an option combination), never per call; both
functions run the same pipeline, :func:`normalize_with_offsets` on a string that
carries its offsets along.

Inside the package: ``tables`` holds the character data; ``_plan`` turns
:class:`NormalizeOptions` into the ordered steps; ``_steps`` writes each step once (the
last one, white space, in ``_whitespace``); ``_offsets`` holds the edits the steps make,
which move the offsets of a tracked string, and :func:`original_span` (``_runs`` stores
the offsets); ``_shortcut`` gives the same result as the steps, in one pass, for text
that needs only its character mappings (most lines of news text), through a
``_codepage``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Final, Literal, TypeAlias

from arnews.errors import ArgumentError
from arnews.normalization import _plan, tables
from arnews.normalization._offsets import original_span
from arnews.normalization._plan import (
    DEOBFUSCATE_ONLY,
    PRESENTATION_ONLY,
    YEH_ONLY,
    NormalizeFlags,
    NormalizeOptions,
    Pipeline,
    _items,
    only,
    resolve,
)

if TYPE_CHECKING:
    from typing_extensions import Unpack

__all__ = [
    "DigitStyle",
    "NormalizeFlags",
    "NormalizeOptions",
    "Preset",
    "deobfuscate",
    "normalize",
    "normalize_alef",
    "normalize_digits",
    "normalize_persian",
    "normalize_presentation_forms",
    "normalize_with_offset_map",
    "normalize_with_offsets",
    "normalize_yeh",
    "original_span",
    "strip_diacritics",
    "strip_invisible",
    "strip_tatweel",
    "tidy_whitespace",
]

# The character tables are public too (``from arnews.normalization import DIACRITICS``),
# re-exported here but kept out of ``__all__`` and the API reference, as before.
ALEF_VARIANTS: Final = tables.ALEF_VARIANTS
ARABIC_INDIC_DIGITS: Final = tables.ARABIC_INDIC_DIGITS
ARABIC_SEPARATORS: Final = tables.ARABIC_SEPARATORS
DIACRITICS: Final = tables.DIACRITICS
DIGIT_ZEROS: Final = tables.DIGIT_ZEROS
INVISIBLE: Final = tables.INVISIBLE
LINE_BREAKS: Final = tables.LINE_BREAKS
PERSIAN_DIGITS: Final = tables.PERSIAN_DIGITS
PERSIAN_LETTERS: Final = tables.PERSIAN_LETTERS
PRESENTATION_FORMS: Final = tables.PRESENTATION_FORMS
SPACES: Final = tables.SPACES
TATWEEL: Final = tables.TATWEEL
TEH_MARBUTA: Final = tables.TEH_MARBUTA
YEH_VARIANTS: Final = tables.YEH_VARIANTS

Preset: TypeAlias = _plan.Preset
"""The name of a preset: ``"search"`` or ``"display"``."""

DigitStyle: TypeAlias = _plan.DigitStyle
"""``"ascii"``: every decimal digit (Arabic-Indic ٠-٩, Persian ۰-۹, …) → 0-9, and the
Arabic separators ٫ ٬ → ``.`` ``,``; ``"arabic"``: every other decimal digit → ٠-٩
(separators untouched, since ``.`` is also a full stop); ``"keep"``: digits as written."""


_preset_run: Final = {name: pipeline.run for name, pipeline in _plan.PRESET_PIPELINES.items()}.get
"""The function each preset's pipeline runs (its shortcut, see ``_shortcut``) by name, or
``None``: most calls (one per line of text) take a preset as it is."""


def _pipeline_for(text: object, preset: Preset, options: Mapping[str, object]) -> Pipeline:
    """The pipeline of *preset* with *options* (validated), for *text*, which must be a
    ``str`` (:class:`~arnews.errors.ArgumentError`, also a ``TypeError``, otherwise)."""
    if not isinstance(text, str):
        raise ArgumentError(f"normalization takes a str, not {type(text).__name__}")
    pipeline = _plan.PRESET_PIPELINES.get(preset) if not options else None
    return pipeline or resolve(preset, _items(options))


def normalize(text: str, *, preset: Preset = "search", **options: Unpack[NormalizeFlags]) -> str:
    """Normalize Arabic *text* with *preset*, adjusted by keyword *options*.

    The options are the fields of :class:`~arnews.normalization.NormalizeOptions`:
    ``presentation_forms``, ``deobfuscate``, ``diacritics``, ``tatweel``,
    ``spelling_tatweel``, ``alef``, ``yeh``, ``persian``, ``teh_marbuta``, ``digits``
    (``"ascii"``, ``"arabic"`` or ``"keep"``), ``invisible`` and ``whitespace``. The
    result is NFC, and normalizing it again changes nothing.

    A run of more than 30 combining marks in a row (no language writes one: it is "Zalgo"
    text or an attack, and ``unicodedata.normalize`` takes time quadratic in its
    length) keeps the 30 marks that come first in canonical order and drops the others.
    That is the bound of Unicode's Stream-Safe Text Format (UAX #15), which would insert
    U+034F COMBINING GRAPHEME JOINER instead; arnews drops the excess so that no invisible
    character lands in the text, and so that NFC and NFD spellings still give the same
    result. Time stays linear in the input.

    >>> normalize("القـ.ـتل في دا-عش")
    'القتل في داعش'
    >>> normalize("إِلى مُسْتَشفى", preset="display")
    'إِلى مُسْتَشفى'
    >>> normalize("٣٫٥ مليون", digits="arabic")
    '٣٫٥ مليون'
    """
    # Most calls (one per line of text) take a preset as it is: one dictionary lookup; a
    # blank line (between two paragraphs) is returned as every step would return it.
    if options or text.__class__ is not str or (run := _preset_run(preset)) is None:
        run = _pipeline_for(text, preset, options).run
    return run(text) if text else text


def normalize_with_offsets(
    text: str, *, preset: Preset = "search", **options: Unpack[NormalizeFlags]
) -> tuple[str, list[int]]:
    """Return ``normalize(text, ...)`` and the input index each output character came from.

    The offsets are non-decreasing, one per output character, so a span ``(i, j)``
    found in the normalized text maps back to ``text[offsets[i]:offsets[j - 1] + 1]``.
    A character made of several input characters (a letter composed with its
    combining hamza) points at the first of them; the characters a ligature
    expands to all point at the ligature; marks that NFC puts in canonical order
    keep their positions (offsets never decrease).

    >>> out, offsets = normalize_with_offsets("قَالَ")
    >>> out, offsets
    ('قال', [0, 2, 3])
    """
    result = _pipeline_for(text, preset, options).with_offsets(text)
    return str(result), result.offsets.tolist()


def normalize_with_offset_map(
    text: str, *, preset: Preset = "search", **options: Unpack[NormalizeFlags]
) -> tuple[str, Sequence[int]]:
    """:func:`normalize_with_offsets`, with the offsets as a read-only sequence stored as
    runs (two integers per edit, where the list takes about 40 bytes per character): for
    long texts, such as a whole article body searched for dates and quotes.

    >>> out, offsets = normalize_with_offset_map("قَالَ")
    >>> out, list(offsets)
    ('قال', [0, 2, 3])
    """
    result = _pipeline_for(text, preset, options).with_offsets(text)
    return str(result), result.offsets


def strip_diacritics(text: str) -> str:
    """Remove harakat, tanwin, shadda, sukun, dagger alef (U+0670) and Quranic marks.

    The text is composed (NFC) first, so a hamza written as a combining mark stays
    on its letter:

    >>> strip_diacritics("مُحَمَّدٌ")
    'محمد'
    >>> strip_diacritics("\\u0627\\u0654\\u064e\\u0646\\u0627")  # decomposed أَنا
    'أنا'
    """
    return only(diacritics=True)(text)


def strip_tatweel(text: str) -> str:
    """Remove tatweel (kashida, U+0640).

    >>> strip_tatweel("الـــعـــربية")
    'العربية'
    """
    return only(tatweel=True)(text)


def normalize_alef(text: str) -> str:
    """Turn أ إ آ ٱ (and the wavy-hamza alefs, and an alef with a combining hamza or
    madda) into a bare alef ا; ى is left alone.

    >>> normalize_alef("أإآٱ")
    'اااا'
    >>> normalize_alef("\\u0627\\u0653")  # alef + combining madda
    'ا'
    """
    return only(alef=True)(text)


def normalize_yeh(text: str) -> str:
    """Turn alef maqsura ى and Farsi yeh ی into yeh ي (see also :func:`normalize_persian`).

    >>> normalize_yeh("مستشفى")
    'مستشفي'
    """
    return YEH_ONLY(text)


def normalize_persian(text: str) -> str:
    """Turn the Persian/Urdu letters ی ک ھ into the Arabic ي ك ه.

    >>> normalize_persian("یک")
    'يك'
    """
    return only(persian=True)(text)


def normalize_digits(text: str, *, to: Literal["ascii", "arabic"] = "ascii") -> str:
    """Convert every decimal digit to ASCII (or to Arabic-Indic with ``to="arabic"``).

    Arabic-Indic ٠-٩ and Persian ۰-۹ are the ones met in Arabic text, but any Unicode
    decimal digit is converted, so ``int()`` reads the same number before and after.
    With ``to="ascii"`` the Arabic separators ٫ ٬ become ``.`` ``,``.

    >>> normalize_digits("٢٠٢٤/۱۱ ٣٫٥")
    '2024/11 3.5'
    >>> normalize_digits("2024", to="arabic")
    '٢٠٢٤'
    """
    if to not in ("ascii", "arabic"):
        raise ValueError(f"to must be 'ascii' or 'arabic', not {to!r}")
    return only(digits=to)(text)


def normalize_presentation_forms(text: str) -> str:
    """Replace presentation forms and ligatures by their letters, keeping hamzas.

    >>> normalize_presentation_forms("ﻷ ﷲ")
    'لأ الله'
    """
    return PRESENTATION_ONLY(text)


def strip_invisible(text: str) -> str:
    """Remove zero-width, bidi-control and soft-hyphen characters (a ZWNJ inside a word
    joins it).

    >>> strip_invisible("\\u200fمرحبا\\u200c")
    'مرحبا'
    """
    return only(invisible=True)(text)


def deobfuscate(text: str) -> str:
    """Join words split by a hyphen or dot to dodge filters («دا-عش» → «داعش»).

    A separator between two tatweels always joins (القـ.ـتل); otherwise a hyphen joins
    when one side is a two-letter piece, a dot when both are. Abbreviations (أ.ف.ب),
    compounds (العربية-الإسرائيلية), a missing space after a full stop (انتهى.وقال),
    and anything with digits or Latin letters (COVID-19, 3.5) are kept. Tatweel itself is
    left for :func:`strip_tatweel`.

    >>> deobfuscate("دا-عش و القـ.ـتل و COVID-19 و 3.5 و أ.ف.ب")
    'داعش و القــتل و COVID-19 و 3.5 و أ.ف.ب'
    """
    return DEOBFUSCATE_ONLY(text)


def tidy_whitespace(text: str) -> str:
    """Map every space to ' ', collapse runs, keep line breaks as '\\n', strip the ends.

    >>> tidy_whitespace("  مرحبا\\u00a0\\u00a0بكم \\r\\n ")
    'مرحبا بكم'
    """
    return only(whitespace=True)(text)
