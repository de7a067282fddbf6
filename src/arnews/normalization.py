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
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, Literal

import regex

__all__ = [
    "DigitStyle",
    "NormalizeOptions",
    "Preset",
    "deobfuscate",
    "normalize",
    "normalize_alef",
    "normalize_digits",
    "normalize_presentation_forms",
    "normalize_with_offsets",
    "normalize_yeh",
    "strip_diacritics",
    "strip_invisible",
    "strip_tatweel",
    "tidy_whitespace",
]

Preset = Literal["search", "display"]
"""The name of a preset: ``"search"`` or ``"display"``."""

DigitStyle = Literal["ascii", "arabic", "keep"]
"""``"ascii"``: Arabic-Indic and Persian digits → 0-9; ``"arabic"``: 0-9 and Persian → ٠-٩;
``"keep"``: digits as written."""

# --------------------------------------------------------------------------- data

TATWEEL: Final = "\u0640"
_DIACRITICS: Final[str] = (
    "".join(chr(c) for c in range(0x064B, 0x0660))
    + "\u0670"
    + "".join(chr(c) for c in range(0x06D6, 0x06EE))
)
_ALEF_VARIANTS: Final[Mapping[str, str]] = {
    "\u0622": "\u0627",  # آ
    "\u0623": "\u0627",  # أ
    "\u0625": "\u0627",  # إ
    "\u0671": "\u0627",  # ٱ wasla
    "\u0672": "\u0627",  # ٲ wavy hamza above
    "\u0673": "\u0627",  # ٳ wavy hamza below
    "\u0675": "\u0627",  # ٵ high hamza alef
}
_YEH_VARIANTS: Final[Mapping[str, str]] = {"\u0649": "\u064a"}  # ى → ي
_PERSIAN_LETTERS: Final[Mapping[str, str]] = {
    "\u06cc": "\u064a",  # ی Farsi yeh
    "\u06a9": "\u0643",  # ک keheh
    "\u06be": "\u0647",  # ھ heh doachashmee
}
_TEH_MARBUTA: Final[Mapping[str, str]] = {"\u0629": "\u0647"}
_ARABIC_INDIC: Final = "٠١٢٣٤٥٦٧٨٩"
_PERSIAN: Final = "۰۱۲۳۴۵۶۷۸۹"
_ASCII: Final = "0123456789"
_INVISIBLE: Final[str] = (
    "".join(chr(c) for c in range(0x200B, 0x2010))
    + "".join(chr(c) for c in range(0x202A, 0x202F))
    + "".join(chr(c) for c in range(0x2060, 0x2065))
    + "".join(chr(c) for c in range(0x2066, 0x206A))
    + "\ufeff\u061c\u00ad"
)
_SPACES: Final[str] = "\t\v\f\u00a0\u1680\u180e\u202f\u205f\u3000" + "".join(
    chr(c) for c in range(0x2000, 0x200B)
)
_LINE_BREAKS: Final = "\r\x1c\x1d\x1e\x85\u2028\u2029"

_ARABIC_LETTER: Final = (
    r"[\u0620-\u063F\u0641-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06EE\u06EF"
    r"\u06FA-\u06FC\u06FF\u0750-\u077F\u08A0-\u08C9]"
)
# What may sit inside a split word without being part of the separator itself.
_FILL: Final = r"[\u0640\p{Mn}\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u061C\u00AD]"

_PRESENTATION_RE: Final = regex.compile(r"[\uFB50-\uFDFF\uFE70-\uFEFE]")
_OBFUSCATION_RE: Final = regex.compile(
    rf"(?<!{_ARABIC_LETTER}|{_FILL})"
    rf"(?P<left>{_ARABIC_LETTER}(?:{_ARABIC_LETTER}|\p{{Mn}})*+)"
    rf"(?P<sep>{_FILL}*[-.]{_FILL}*)"
    rf"(?=(?P<right>{_ARABIC_LETTER}(?:{_ARABIC_LETTER}|\p{{Mn}})*+))"
)
_MARK_RE: Final = regex.compile(r"\p{Mn}")
_LETTER_RE: Final = regex.compile(_ARABIC_LETTER)
_SPACE_RUN_RE: Final = regex.compile(r" {2,}")
_SPACE_AROUND_NL_RE: Final = regex.compile(r" *\n *")
_BLANK_LINES_RE: Final = regex.compile(r"\n{3,}")
_GRAPHEME_RE: Final = regex.compile(r"\X", regex.DOTALL)


def _presentation_table() -> dict[str, str]:
    """Map each Arabic presentation form to its letters (NFKC, minus the spacing of marks)."""
    table: dict[str, str] = {}
    for block in (range(0xFB50, 0xFE00), range(0xFE70, 0xFEFF)):
        for code in block:
            char = chr(code)
            decomposed = unicodedata.normalize("NFKC", char)
            if decomposed != char:
                # Isolated forms of marks (U+FE70…) decompose to a space + the mark.
                table[char] = decomposed.lstrip(" ") or decomposed
    return table


_PRESENTATION: Final[Mapping[str, str]] = _presentation_table()


# --------------------------------------------------------------------- options


@dataclass(frozen=True, slots=True, kw_only=True)
class NormalizeOptions:
    """Which steps :func:`normalize` runs. Build one with :meth:`for_preset`."""

    presentation_forms: bool = True
    deobfuscate: bool = True
    diacritics: bool = True
    tatweel: bool = True
    alef: bool = True
    yeh: bool = True
    persian: bool = True
    teh_marbuta: bool = False
    digits: DigitStyle = "ascii"
    invisible: bool = True
    whitespace: bool = True

    @classmethod
    def for_preset(cls, preset: Preset = "search", **overrides: bool | str) -> NormalizeOptions:
        """Return the options of *preset* with *overrides* applied."""
        if preset == "search":
            base = cls()
        elif preset == "display":
            base = cls(diacritics=False, alef=False, yeh=False, persian=False, digits="keep")
        else:
            raise ValueError(f"unknown preset {preset!r}; expected 'search' or 'display'")
        unknown = set(overrides) - set(cls.__dataclass_fields__)
        if unknown:
            raise TypeError(f"unknown normalization option(s): {', '.join(sorted(unknown))}")
        if "digits" in overrides and overrides["digits"] not in ("ascii", "arabic", "keep"):
            raise ValueError(
                f"digits must be 'ascii', 'arabic' or 'keep', not {overrides['digits']!r}"
            )
        values = {name: getattr(base, name) for name in cls.__dataclass_fields__}
        values.update(overrides)
        return cls(**values)


@lru_cache(maxsize=64)
def _char_table(options: NormalizeOptions) -> dict[int, str | None]:
    """One :meth:`str.translate` table for every character-level step of *options*."""
    table: dict[int, str | None] = {}

    def put(mapping: Mapping[str, str | None]) -> None:
        for source, target in mapping.items():
            table[ord(source)] = target

    if options.whitespace:
        put(dict.fromkeys(_SPACES, " "))
        put(dict.fromkeys(_LINE_BREAKS, "\n"))
    if options.invisible:
        put(dict.fromkeys(_INVISIBLE))
    if options.digits == "ascii":
        put(dict(zip(_ARABIC_INDIC + _PERSIAN, _ASCII * 2, strict=True)))
        put({"\u066b": ".", "\u066c": ","})
    elif options.digits == "arabic":
        put(dict(zip(_ASCII + _PERSIAN, _ARABIC_INDIC * 2, strict=True)))
    if options.persian:
        put(_PERSIAN_LETTERS)
    if options.yeh:
        put(_YEH_VARIANTS)
    if options.alef:
        put(_ALEF_VARIANTS)
    if options.teh_marbuta:
        put(_TEH_MARBUTA)
    if options.tatweel:
        put({TATWEEL: None})
    if options.diacritics:
        put(dict.fromkeys(_DIACRITICS))
    return table


# ------------------------------------------------------------ tracked strings
#
# Every step works on a ``_Text``: the string and, when offsets are wanted, the
# index in the original input of each of its characters. With ``offsets=None``
# the steps take their fast path (``str.translate`` / ``regex.sub``).


@dataclass(frozen=True, slots=True)
class _Text:
    value: str
    offsets: list[int] | None


def _align(replacement: str, source: str, offsets: list[int]) -> list[int]:
    """Offsets for *replacement* of *source* (whose offsets are given): kept characters keep
    theirs, new characters take the offset of the source character they stand for."""
    result: list[int] = []
    j = 0
    for char in replacement:
        k = source.find(char, j)
        if k >= 0:
            result.append(offsets[k])
            j = k + 1
        else:
            result.append(offsets[min(j, len(offsets) - 1)])
    return result


def _sub(
    text: _Text, pattern: regex.Pattern[str], repl: Callable[[regex.Match[str]], str]
) -> _Text:
    if text.offsets is None:
        return _Text(pattern.sub(repl, text.value), None)
    parts: list[str] = []
    offsets: list[int] = []
    position = 0
    for match in pattern.finditer(text.value):
        start, end = match.span()
        parts.append(text.value[position:start])
        offsets.extend(text.offsets[position:start])
        replacement = repl(match)
        parts.append(replacement)
        if replacement:
            offsets.extend(_align(replacement, match.group(), text.offsets[start:end]))
        position = end
    parts.append(text.value[position:])
    offsets.extend(text.offsets[position:])
    return _Text("".join(parts), offsets)


def _translate(text: _Text, table: Mapping[int, str | None]) -> _Text:
    if text.offsets is None:
        return _Text(text.value.translate(table), None)
    parts: list[str] = []
    offsets: list[int] = []
    for char, offset in zip(text.value, text.offsets, strict=True):
        target = table.get(ord(char), char)
        if target:
            parts.append(target)
            offsets.extend([offset] * len(target))
    return _Text("".join(parts), offsets)


def _nfc(text: _Text) -> _Text:
    if unicodedata.is_normalized("NFC", text.value):
        return text
    composed = unicodedata.normalize("NFC", text.value)
    if text.offsets is None:
        return _Text(composed, None)
    # Composition never crosses a grapheme cluster, so normalize cluster by cluster.
    parts: list[str] = []
    offsets: list[int] = []
    for match in _GRAPHEME_RE.finditer(text.value):
        cluster = unicodedata.normalize("NFC", match.group())
        parts.append(cluster)
        source = text.offsets[match.start() : match.end()]
        offsets.extend(_align(cluster, match.group(), source))
    if "".join(parts) == composed:
        return _Text(composed, offsets)
    # Defensive fallback (never seen): spread the output evenly over the input.
    n_in, n_out = len(text.offsets), len(composed)
    return _Text(composed, [text.offsets[i * n_in // n_out] for i in range(n_out)])


def _presentation(text: _Text) -> _Text:
    if _PRESENTATION_RE.search(text.value) is None:
        return text
    return _sub(text, _PRESENTATION_RE, lambda m: _PRESENTATION.get(m.group(), m.group()))


def _join_split_word(match: regex.Match[str]) -> str:
    sep = match.group("sep")
    left, right = match.group("left"), match.group("right")
    if TATWEEL not in sep:
        shortest = min(len(_LETTER_RE.findall(left)), len(_LETTER_RE.findall(right)))
        if shortest > 2:
            return match.group()
    return left + "".join(_MARK_RE.findall(sep))


def _deobfuscate(text: _Text) -> _Text:
    if "-" not in text.value and "." not in text.value:
        return text
    return _sub(text, _OBFUSCATION_RE, _join_split_word)


def _whitespace(text: _Text) -> _Text:
    if text.offsets is None:
        value = text.value
        if "\r" in value:
            value = value.replace("\r\n", "\n")
        return _Text(value, None)
    if "\r\n" in text.value:
        return _sub(text, regex.compile(r"\r\n"), lambda m: "\n")
    return text


def _tidy(text: _Text) -> _Text:
    text = _sub(text, _SPACE_RUN_RE, lambda m: " ")
    text = _sub(text, _SPACE_AROUND_NL_RE, lambda m: "\n")
    text = _sub(text, _BLANK_LINES_RE, lambda m: "\n\n")
    stripped = text.value.strip(" \n")
    if stripped == text.value:
        return text
    if text.offsets is None:
        return _Text(stripped, None)
    start = len(text.value) - len(text.value.lstrip(" \n"))
    return _Text(stripped, text.offsets[start : start + len(stripped)])


def _pipeline(text: _Text, options: NormalizeOptions) -> _Text:
    text = _nfc(text)
    if options.presentation_forms:
        text = _presentation(text)
    if options.whitespace:
        text = _whitespace(text)
    if options.deobfuscate:
        text = _deobfuscate(text)
    table = _char_table(options)
    if table:
        text = _translate(text, table)
    if options.whitespace:
        text = _tidy(text)
    return text


# ---------------------------------------------------------------- public API


def normalize(
    text: str,
    *,
    preset: Preset = "search",
    **options: bool | str,
) -> str:
    """Normalize Arabic *text* with *preset*, adjusted by keyword *options*.

    The options are the fields of :class:`~arnews.normalization.NormalizeOptions`:
    ``presentation_forms``, ``deobfuscate``, ``diacritics``, ``tatweel``, ``alef``,
    ``yeh``, ``persian``, ``teh_marbuta``, ``digits`` (``"ascii"``, ``"arabic"`` or
    ``"keep"``), ``invisible`` and ``whitespace``.

    >>> normalize("القـ.ـتل في دا-عش")
    'القتل في داعش'
    >>> normalize("إِلى مُسْتَشفى", preset="display")
    'إِلى مُسْتَشفى'
    """
    return _pipeline(_Text(text, None), NormalizeOptions.for_preset(preset, **options)).value


def normalize_with_offsets(
    text: str,
    *,
    preset: Preset = "search",
    **options: bool | str,
) -> tuple[str, list[int]]:
    """Return ``normalize(text, ...)`` and the input index each output character came from.

    The offsets are non-decreasing, one per output character, so a span ``(i, j)``
    found in the normalized text maps back to ``text[offsets[i]:offsets[j - 1] + 1]``.

    >>> out, offsets = normalize_with_offsets("قَالَ")
    >>> out, offsets
    ('قال', [0, 2, 3])
    """
    result = _pipeline(
        _Text(text, list(range(len(text)))), NormalizeOptions.for_preset(preset, **options)
    )
    assert result.offsets is not None
    return result.value, result.offsets


def _single(**step: bool | str) -> NormalizeOptions:
    """Options that run only the given character-level step."""
    off: dict[str, bool | str] = dict.fromkeys(
        (
            "presentation_forms",
            "deobfuscate",
            "diacritics",
            "tatweel",
            "alef",
            "yeh",
            "persian",
            "invisible",
            "whitespace",
        ),
        False,
    )
    off.update(step)
    off.setdefault("digits", "keep")
    return NormalizeOptions(**off)  # type: ignore[arg-type]


def strip_diacritics(text: str) -> str:
    """Remove harakat, tanwin, shadda, sukun, dagger alef (U+0670) and Quranic marks.

    >>> strip_diacritics("مُحَمَّدٌ")
    'محمد'
    """
    return text.translate(_char_table(_single(diacritics=True)))


def strip_tatweel(text: str) -> str:
    """Remove tatweel (kashida, U+0640).

    >>> strip_tatweel("الـــعـــربية")
    'العربية'
    """
    return text.replace(TATWEEL, "")


def normalize_alef(text: str) -> str:
    """Turn أ إ آ ٱ (and the wavy-hamza alefs) into a bare alef ا; ى is left alone.

    >>> normalize_alef("أإآٱ")
    'اااا'
    """
    return unicodedata.normalize("NFC", text).translate(_char_table(_single(alef=True)))


def normalize_yeh(text: str) -> str:
    """Turn alef maqsura ى and Farsi yeh ی into yeh ي.

    >>> normalize_yeh("مستشفى")
    'مستشفي'
    """
    return text.translate(_char_table(_single(yeh=True, persian=True)))


def normalize_digits(text: str, *, to: Literal["ascii", "arabic"] = "ascii") -> str:
    """Convert Arabic-Indic and Persian digits to ASCII (or ASCII and Persian to Arabic-Indic).

    >>> normalize_digits("٢٠٢٤/۱۱")
    '2024/11'
    >>> normalize_digits("2024", to="arabic")
    '٢٠٢٤'
    """
    return text.translate(_char_table(_single(digits=to)))


def normalize_presentation_forms(text: str) -> str:
    """Replace presentation forms and ligatures by their letters, keeping hamzas.

    >>> normalize_presentation_forms("ﻷ ﷲ")
    'لأ الله'
    """
    return _presentation(_Text(text, None)).value


def strip_invisible(text: str) -> str:
    """Remove zero-width, bidi-control and soft-hyphen characters.

    >>> strip_invisible("\\u200fمرحبا\\u200c")
    'مرحبا'
    """
    return text.translate(_char_table(_single(invisible=True)))


def deobfuscate(text: str) -> str:
    """Join words split by a hyphen or dot to dodge filters («دا-عش» → «داعش»).

    >>> deobfuscate("دا-عش و القـ.ـتل و COVID-19 و 3.5")
    'داعش و القتل و COVID-19 و 3.5'
    """
    return _deobfuscate(_Text(text, None)).value


def tidy_whitespace(text: str) -> str:
    """Map every space to ' ', collapse runs, keep line breaks as '\\n', strip the ends.

    >>> tidy_whitespace("  مرحبا\\u00a0\\u00a0بكم \\r\\n ")
    'مرحبا بكم'
    """
    return _pipeline(_Text(text, None), _single(whitespace=True)).value
