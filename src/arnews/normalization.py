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

The output is always NFC, and normalizing twice changes nothing. The character
tables are the ``Final`` constants of this module; compiled patterns and the
per-option translation plans are built once (at import, or on first use of an
option combination), never per call.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields, replace
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
    "normalize_persian",
    "normalize_presentation_forms",
    "normalize_with_offsets",
    "normalize_yeh",
    "original_span",
    "strip_diacritics",
    "strip_invisible",
    "strip_tatweel",
    "tidy_whitespace",
]

Preset = Literal["search", "display"]
"""The name of a preset: ``"search"`` or ``"display"``."""

DigitStyle = Literal["ascii", "arabic", "keep"]
"""``"ascii"``: every decimal digit (Arabic-Indic ٠-٩, Persian ۰-۹, …) → 0-9, and the
Arabic separators ٫ ٬ → ``.`` ``,``; ``"arabic"``: every other decimal digit → ٠-٩
(separators untouched, since ``.`` is also a full stop); ``"keep"``: digits as written."""

# --------------------------------------------------------------------------- data

TATWEEL: Final = "\u0640"
"""Tatweel (kashida), removed by :func:`strip_tatweel`."""

DIACRITICS: Final[str] = (
    "".join(chr(c) for c in range(0x064B, 0x0660))  # harakat, tanwin, shadda, sukun, hamzas
    + "\u0670"  # dagger (superscript) alef
    + "".join(chr(c) for c in range(0x06D6, 0x06EE))  # Quranic annotation marks
)
"""Characters removed by :func:`strip_diacritics` (U+064B–U+065F, U+0670, U+06D6–U+06ED)."""

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
"""Invisible and bidi control characters removed by :func:`strip_invisible`."""

SPACES: Final[str] = "\t\u00a0\u1680\u202f\u205f\u3000" + "".join(
    chr(c) for c in range(0x2000, 0x200B)
)
"""Characters turned into a plain space."""

LINE_BREAKS: Final = "\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
"""Characters turned into ``\\n`` (``\\r\\n`` becomes one ``\\n``)."""

# Arabic letters (no tatweel, no marks, no digits), in the basic and supplement blocks.
_LETTER_CLASS: Final = (
    r"\u0620-\u063F\u0641-\u064A\u066E\u066F\u0671-\u06D3\u06D5\u06EE\u06EF"
    r"\u06FA-\u06FC\u06FF\u0750-\u077F\u08A0-\u08C9"
)
_INVISIBLE_CLASS: Final = (
    r"\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\u061C\u00AD\u180E"
)
# What a word split by an obfuscating separator is made of.
_WORD: Final = rf"[{_LETTER_CLASS}\p{{Mn}}\u0640{_INVISIBLE_CLASS}]"

# One range covering both blocks (what is between maps to itself): ``regex`` scans a single
# range several times faster than ``re`` scans a class.
_PRESENTATION_RE: Final = regex.compile(r"[\uFB50-\uFEFE]")
# Obfuscation: a hyphen or dot with a word character on both sides, then the whole chain
# of words it belongs to (each word possessive, so both are linear-time).
_SEPARATOR_RE: Final = regex.compile(rf"(?<={_WORD})[-.](?={_WORD})")
# Cheap pre-filters for _SEPARATOR_RE: a literal first character lets ``re`` skip ahead fast.
_DOT_CANDIDATE_RE: Final = re.compile(r"\.(?<=[^\x00-\x7f].)(?=[^\x00-\x7f])")
_HYPHEN_CANDIDATE_RE: Final = re.compile(r"-(?<=[^\x00-\x7f]-)(?=[^\x00-\x7f])")
_WORD_BACK_RE: Final = regex.compile(rf"{_WORD}*+", flags=regex.REVERSE)
_CHAIN_RE: Final = regex.compile(rf"{_WORD}++(?:[-.]{_WORD}++)+")
_CHAIN_SPLIT_RE: Final = re.compile(r"([-.])")
_LETTER_RE: Final = re.compile(rf"[{_LETTER_CLASS}]")
_TATWEEL_END_RE: Final = regex.compile(rf"\u0640[\p{{Mn}}{_INVISIBLE_CLASS}]*+$")
_TATWEEL_START_RE: Final = regex.compile(rf"^[\p{{Mn}}{_INVISIBLE_CLASS}]*+\u0640")
# White space (plain ``re``: no Unicode properties needed, and it is faster here).
_SPACE_RUN_RE: Final = re.compile(r"  +")  # a literal prefix: faster than " {2,}"
_SPACE_AROUND_NL_RE: Final = re.compile(r" *\n *")
_BLANK_LINES_RE: Final = re.compile(r"\n\n\n+")
_CRLF_RE: Final = re.compile(r"\r\n")
_ASTRAL_RE: Final = regex.compile("[\U00010000-\U0010ffff]")  # faster in regex than in re
_GRAPHEME_RE: Final = regex.compile(r"\X", regex.DOTALL)

# Characters common enough in news text to be replaced with str.replace (a fast C loop)
# before the remaining ones go through one regular-expression pass.
_FREQUENT: Final = "\u0623\u0625\u0622\u0649\u0629\u00a0"


def _presentation_table() -> dict[str, str]:
    """Map each Arabic presentation form to its letters (NFKC, without the leading space
    NFKC gives the isolated forms of marks). About 800 code points: cheap at import."""
    table: dict[str, str] = {}
    for block in (range(0xFB50, 0xFE00), range(0xFE70, 0xFEFF)):
        for code in block:
            char = chr(code)
            letters = unicodedata.normalize("NFKC", char)
            if letters != char:
                table[char] = letters.lstrip(" ") or letters
    return table


PRESENTATION_FORMS: Final[Mapping[str, str]] = _presentation_table()
"""Presentation forms U+FB50–U+FDFF and U+FE70–U+FEFE → their letters (ﻷ → لأ, ﷲ → الله)."""


def _digit_table(to: Literal["ascii", "arabic"]) -> dict[int, str]:
    """Every decimal digit the running Python knows → *to* (Arabic-Indic and Persian first)."""
    target = "0123456789" if to == "ascii" else ARABIC_INDIC_DIGITS
    table: dict[int, str] = {}
    for zero in DIGIT_ZEROS:
        for value in range(10):
            char = chr(zero + value)
            if unicodedata.decimal(char, None) == value and char != target[value]:
                table[zero + value] = target[value]
    return table


# --------------------------------------------------------------------- options


@dataclass(frozen=True, slots=True, kw_only=True)
class NormalizeOptions:
    """Which steps :func:`~arnews.normalization.normalize` runs.

    Build one with :meth:`for_preset`; every field is also a keyword option of
    :func:`~arnews.normalization.normalize`.
    """

    presentation_forms: bool = True
    """Presentation forms and ligatures → letters (ﻷ → لأ)."""
    deobfuscate: bool = True
    """Join words split by ``-``/``.`` to dodge filters (دا-عش → داعش)."""
    diacritics: bool = True
    """Remove harakat, tanwin, shadda, sukun, dagger alef and Quranic marks."""
    tatweel: bool = True
    """Remove tatweel."""
    alef: bool = True
    """أ إ آ ٱ → ا."""
    yeh: bool = True
    """ى → ي."""
    persian: bool = True
    """ی → ي, ک → ك, ھ → ه."""
    teh_marbuta: bool = False
    """ة → ه (off in both presets)."""
    digits: DigitStyle = "ascii"
    """Digit conversion, see :data:`~arnews.normalization.DigitStyle`."""
    invisible: bool = True
    """Remove zero-width, bidi-control and soft-hyphen characters."""
    whitespace: bool = True
    """Other spaces → space, collapse runs, line breaks → ``\\n``, strip the ends."""

    @classmethod
    def for_preset(cls, preset: Preset = "search", **overrides: bool | str) -> NormalizeOptions:
        """Return the options of *preset* with *overrides* applied.

        Raises :class:`ValueError` for an unknown preset or digit style and
        :class:`TypeError` for an unknown option or a non-boolean switch.

        >>> NormalizeOptions.for_preset("display", teh_marbuta=True).teh_marbuta
        True
        """
        if preset not in _PRESETS:
            raise ValueError(f"unknown preset {preset!r}; expected 'search' or 'display'")
        if not overrides:
            return _PRESETS[preset]
        return _with_overrides(preset, tuple(sorted(overrides.items())))


_OPTION_NAMES: Final = frozenset(f.name for f in fields(NormalizeOptions))
_PRESETS: Final[Mapping[str, NormalizeOptions]] = {
    "search": NormalizeOptions(),
    "display": NormalizeOptions(
        diacritics=False, alef=False, yeh=False, persian=False, digits="keep"
    ),
}


@lru_cache(maxsize=256)
def _with_overrides(preset: str, overrides: tuple[tuple[str, bool | str], ...]) -> NormalizeOptions:
    """Validated options of *preset* with *overrides* (memoized: callers repeat them)."""
    unknown = {name for name, _ in overrides} - _OPTION_NAMES
    if unknown:
        raise TypeError(f"unknown normalization option(s): {', '.join(sorted(unknown))}")
    values: dict[str, bool | str] = {
        f.name: getattr(_PRESETS[preset], f.name) for f in fields(NormalizeOptions)
    }
    for name, value in overrides:
        if name == "digits":
            if value not in ("ascii", "arabic", "keep"):
                raise ValueError(f"digits must be 'ascii', 'arabic' or 'keep', not {value!r}")
        elif not isinstance(value, bool):
            raise TypeError(f"option {name} must be True or False, not {value!r}")
        values[name] = value
    return NormalizeOptions(**values)  # type: ignore[arg-type]


# ----------------------------------------------------------------- translation


@dataclass(frozen=True, slots=True)
class _Plan:
    """Every character-level step of one option set, compiled once."""

    table: Mapping[int, str | None]
    """All mappings at once (used when offsets are tracked)."""
    frequent: tuple[tuple[str, str], ...]
    """Common single characters, replaced with :meth:`str.replace`."""
    rest: re.Pattern[str] | None
    """Every other character of the Basic Multilingual Plane to map or remove."""
    delete: re.Pattern[str] | None
    """The characters removed."""
    other: re.Pattern[str] | None
    """The characters of *rest* that are not removed."""
    astral: re.Pattern[str] | None
    """Everything beyond U+FFFF that maps to something (digits of rare scripts)."""
    every: re.Pattern[str] | None
    """Every character of the Basic Multilingual Plane to map or remove (offsets path)."""
    mapping: Mapping[str, str]
    """Every character of the table → its replacement (``""`` when removed)."""

    def apply(self, value: str) -> str:
        """``value.translate(self.table)``, but several times faster on Arabic text."""
        for source, target in self.frequent:
            if source in value:
                value = value.replace(source, target)
        mapping = self.mapping
        if self.delete is not None and value.count("\u064e") * 64 > len(value):
            # Fully vowelled text: one callback per mark would be slow, remove them in C.
            value = self.delete.sub("", value)
            if self.other is not None:
                value = self.other.sub(lambda m: mapping[m.group()], value)
        elif self.rest is not None:  # news text: one pass, few matches
            value = self.rest.sub(lambda m: mapping[m.group()], value)
        # ``re`` tests a class of astral ranges one range at a time: look for any astral
        # character first (one range, fast), which Arabic text almost never has.
        if self.astral is not None and _ASTRAL_RE.search(value) is not None:
            value = self.astral.sub(lambda m: mapping[m.group()], value)
        return value


def _char_class(chars: Iterable[str]) -> re.Pattern[str]:
    """One character class for *chars*, written as ranges (``re`` scans a long list of
    single astral characters slowly)."""
    codes = sorted({ord(c) for c in chars})
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    body = "".join(
        re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}"
        for lo, hi in ranges
    )
    return re.compile(f"[{body}]")


@lru_cache(maxsize=64)
def _plan(options: NormalizeOptions) -> _Plan:
    """The translation plan of *options* (memoized: there are few option sets in use)."""
    table: dict[int, str | None] = {}

    def put(mapping: Mapping[str, str | None]) -> None:
        table.update((ord(source), target) for source, target in mapping.items())

    if options.whitespace:
        put(dict.fromkeys(SPACES, " "))
        put(dict.fromkeys(LINE_BREAKS, "\n"))
    if options.invisible:
        put(dict.fromkeys(INVISIBLE))
    if options.digits == "ascii":
        table.update(_digit_table("ascii"))
        put(ARABIC_SEPARATORS)
    elif options.digits == "arabic":
        table.update(_digit_table("arabic"))
    if options.persian:
        put(PERSIAN_LETTERS)
    if options.yeh:
        put(YEH_VARIANTS)
    if options.alef:
        put(ALEF_VARIANTS)
    if options.teh_marbuta:
        put(TEH_MARBUTA)
    if options.tatweel:
        put({TATWEEL: None})
    if options.diacritics:
        put(dict.fromkeys(DIACRITICS))
    return _plan_from_table(table)


def _plan_from_table(table: dict[int, str | None]) -> _Plan:
    frequent = tuple(
        (char, target) for char in _FREQUENT if (target := table.get(ord(char))) is not None
    )
    mapping = {chr(code): target or "" for code, target in table.items()}
    deleted = [char for char, target in mapping.items() if not target]
    kept = [c for c, target in mapping.items() if target and "\uffff" >= c not in _FREQUENT]
    astral = [char for char in mapping if char > "\uffff"]
    return _Plan(
        table=table,
        frequent=frequent,
        rest=_char_class(deleted + kept) if deleted or kept else None,
        delete=_char_class(deleted) if deleted else None,
        other=_char_class(kept) if kept else None,
        astral=_char_class(astral) if astral else None,
        every=_char_class(c for c in mapping if c <= "\uffff")
        if len(astral) < len(mapping)
        else None,
        mapping=mapping,
    )


@lru_cache(maxsize=256)
def _resolve(
    preset: Preset, overrides: tuple[tuple[str, bool | str], ...]
) -> tuple[NormalizeOptions, _Plan]:
    """The options and plan for *preset* and *overrides* (memoized: callers repeat them)."""
    options = NormalizeOptions.for_preset(preset, **dict(overrides))
    return options, _plan(options)


_YEH_PLAN: Final = _plan_from_table({0x0649: "\u064a", 0x06CC: "\u064a"})
_PRESET_PLANS: Final[Mapping[str, _Plan]] = {name: _plan(o) for name, o in _PRESETS.items()}

# ------------------------------------------------------------ tracked strings
#
# Every step works on a ``_Text``: the string and, when offsets are wanted, the
# index in the original input of each of its characters. With ``offsets=None``
# the steps take their fast path (``str.replace`` / ``re.sub``); both paths give
# the same string, which the test suite checks.


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
    text: _Text,
    matches: Iterable[regex.Match[str] | re.Match[str]],
    repl: Callable[[str], str],
) -> _Text:
    """Replace each of *matches* (in order, not overlapping) by ``repl(matched text)``."""
    parts: list[str] = []
    offsets: list[int] = []
    tracked = text.offsets
    position = 0
    for match in matches:
        start, end = match.span()
        parts.append(text.value[position:start])
        replacement = repl(match.group())
        parts.append(replacement)
        if tracked is not None:
            offsets.extend(tracked[position:start])
            if replacement:
                offsets.extend(_align(replacement, match.group(), tracked[start:end]))
        position = end
    if position == 0 and not parts:
        return text
    parts.append(text.value[position:])
    if tracked is not None:
        offsets.extend(tracked[position:])
        return _Text("".join(parts), offsets)
    return _Text("".join(parts), None)


def _sub_all(text: _Text, pattern: re.Pattern[str], replacement: str) -> _Text:
    """Replace every match of *pattern* by the constant *replacement*."""
    if text.offsets is None:
        return _Text(pattern.sub(replacement, text.value), None)
    return _sub(text, pattern.finditer(text.value), lambda _: replacement)


def _nfc(text: _Text) -> _Text:
    if unicodedata.is_normalized("NFC", text.value):
        return text
    composed = unicodedata.normalize("NFC", text.value)
    if text.offsets is None:
        return _Text(composed, None)
    # Composition stays inside a grapheme cluster, so compose cluster by cluster.
    parts: list[str] = []
    offsets: list[int] = []
    for match in _GRAPHEME_RE.finditer(text.value):
        cluster = unicodedata.normalize("NFC", match.group())
        parts.append(cluster)
        source = text.offsets[match.start() : match.end()]
        if len(cluster) == len(source):  # marks re-ordered: keep the positions
            offsets.extend(source)
        else:  # composed (or, rarely, expanded): each character finds its source
            offsets.extend(_align(cluster, match.group(), source))
    if "".join(parts) == composed:
        return _Text(composed, offsets)
    # Defensive fallback for exotic scripts: spread the output evenly over the input.
    n_in, n_out = len(text.offsets), len(composed)
    return _Text(composed, [text.offsets[i * n_in // n_out] for i in range(n_out)])


def _presentation(text: _Text) -> _Text:
    if _PRESENTATION_RE.search(text.value) is None:
        return text
    forms = PRESENTATION_FORMS
    # The isolated forms of marks may leave marks out of canonical order: the pipeline
    # restores NFC after the character mappings (no form expands to a hamza or madda
    # mark, so nothing composes differently).
    if text.offsets is None:
        value = _PRESENTATION_RE.sub(lambda m: forms.get(m.group(), m.group()), text.value)
        return _Text(value, None)
    return _sub(text, _PRESENTATION_RE.finditer(text.value), lambda c: forms.get(c, c))


def _chains(value: str, candidates: list[int]) -> Iterator[regex.Match[str]]:
    """Each chain of words joined by ``-`` or ``.``, found from the *candidates* (sorted
    positions of possible separators), then matched whole from its first word."""
    end = 0
    for position in candidates:
        if position < end or _SEPARATOR_RE.match(value, position) is None:
            continue
        back = _WORD_BACK_RE.match(value, end, position)
        chain = _CHAIN_RE.match(value, back.start() if back else position)
        if chain is None:  # pragma: no cover - a separator always starts a chain
            continue
        yield chain
        end = chain.end()


def _letters(word: str) -> int:
    return len(_LETTER_RE.findall(word))


def _joins(left: int, right: int, separator: str) -> bool:
    """Whether a bare *separator* between words of *left* and *right* letters is an
    obfuscation: a hyphen next to a two-letter piece (دا-عش), a dot between two two-letter
    pieces (دا.عش). A one-letter piece is an abbreviation (أ.ف.ب, د.محمد); longer words on
    both sides are a compound (العربية-الإسرائيلية) or a full stop without its space
    (انتهى.وقال)."""
    if min(left, right) < 2:
        return False
    if separator == "-":
        return min(left, right) == 2
    return left == right == 2


def _join_chain(chain: str) -> str:
    """Drop the separators of *chain* that split one word; keep the others."""
    parts = _CHAIN_SPLIT_RE.split(chain)
    words, separators = parts[0::2], parts[1::2]
    # A separator between two tatweels (القـ.ـتل) is never legitimate: join first. A tatweel
    # on one side only is not enough: «هـ» (Hijri year) is written with one, and may meet
    # the next sentence without a space (1445هـ.وقال).
    by_tatweel = [
        _TATWEEL_END_RE.search(words[i]) is not None
        and _TATWEEL_START_RE.search(words[i + 1]) is not None
        for i in range(len(separators))
    ]
    groups = [_letters(words[0])]
    for i, joined in enumerate(by_tatweel):
        if joined:
            groups[-1] += _letters(words[i + 1])
        else:
            groups.append(_letters(words[i + 1]))
    # Then decide the bare separators left to right on the growing words, so that the
    # decision stays the same when the output is normalized again.
    out = [words[0]]
    left, group = groups[0], 0
    for i, separator in enumerate(separators):
        if not by_tatweel[i]:
            group += 1
            if _joins(left, groups[group], separator):
                left += groups[group]
            else:
                out.append(separator)
                left = groups[group]
        out.append(words[i + 1])
    return "".join(out)


def _deobfuscate(text: _Text) -> _Text:
    value = text.value
    if "-" not in value and "." not in value:
        return text
    # Separators with a non-ASCII character on both sides: news text has few.
    candidates = [m.start() for m in _DOT_CANDIDATE_RE.finditer(value)]
    candidates += [m.start() for m in _HYPHEN_CANDIDATE_RE.finditer(value)]
    if not candidates:
        return text
    candidates.sort()
    # Most chains in news text are legitimate (a full stop without its space): rebuild the
    # text only around the chains that change.
    changed = [c for c in _chains(value, candidates) if _join_chain(c.group()) != c.group()]
    if not changed:
        return text
    return _sub(text, changed, _join_chain)


def _translate(text: _Text, plan: _Plan) -> _Text:
    if text.offsets is None:
        return _Text(plan.apply(text.value), None)
    # Only the characters that change cost Python work; the rest is copied in slices.
    replace = plan.mapping.__getitem__
    if plan.every is not None:
        text = _sub(text, plan.every.finditer(text.value), replace)
    if plan.astral is not None and _ASTRAL_RE.search(text.value) is not None:
        text = _sub(text, plan.astral.finditer(text.value), replace)
    return text


def _translate_nfc(text: _Text, plan: _Plan) -> _Text:
    """Translate, then restore NFC: removing a tatweel or a mark can bring a letter and a
    combining hamza together (ا ـ ٔ → أ), and the composed letter may need mapping again
    (→ ا). Each round shortens the text, so the loop ends."""
    text = _translate(text, plan)
    while not unicodedata.is_normalized("NFC", text.value):
        text = _translate(_nfc(text), plan)
    return text


def _whitespace(text: _Text) -> _Text:
    if "\r" not in text.value or "\r\n" not in text.value:
        return text
    return _sub_all(text, _CRLF_RE, "\n")


def _tidy_lines(value: str) -> str:
    """What :func:`_tidy` does, line by line: the same result, a few times faster."""
    if (
        "  " not in value
        and " \n" not in value
        and "\n " not in value
        and "\n\n\n" not in value
        and value.strip(" \n") == value
    ):
        return value
    lines: list[str] = []
    blank = False
    for raw in value.split("\n"):
        line = (_SPACE_RUN_RE.sub(" ", raw) if "  " in raw else raw).strip(" ")
        if line:
            if blank and lines:
                lines.append("")
            lines.append(line)
            blank = False
        else:
            blank = True
    return "\n".join(lines)


def _tidy(text: _Text) -> _Text:
    if text.offsets is None:
        return _Text(_tidy_lines(text.value), None)
    if "  " in text.value:
        text = _sub_all(text, _SPACE_RUN_RE, " ")
    if " \n" in text.value or "\n " in text.value:
        text = _sub_all(text, _SPACE_AROUND_NL_RE, "\n")
    if "\n\n\n" in text.value:
        text = _sub_all(text, _BLANK_LINES_RE, "\n\n")
    stripped = text.value.strip(" \n")
    if len(stripped) == len(text.value):
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
    text = _translate_nfc(text, _plan(options))
    if options.whitespace:
        text = _tidy(text)
    return text


def _pipeline_str(value: str, options: NormalizeOptions, plan: _Plan) -> str:
    """:func:`_pipeline` without offsets, on plain strings: the same steps in the same order
    (the test suite checks both agree), with less overhead per call on short texts."""
    if not unicodedata.is_normalized("NFC", value):
        value = unicodedata.normalize("NFC", value)
    if options.presentation_forms and _PRESENTATION_RE.search(value) is not None:
        value = _presentation(_Text(value, None)).value
    if options.whitespace and "\r" in value:
        value = value.replace("\r\n", "\n")
    if options.deobfuscate and ("-" in value or "." in value):
        value = _deobfuscate(_Text(value, None)).value
    value = plan.apply(value)
    while not unicodedata.is_normalized("NFC", value):
        value = plan.apply(unicodedata.normalize("NFC", value))
    return _tidy_lines(value) if options.whitespace else value


# ---------------------------------------------------------------- public API


def normalize(text: str, *, preset: Preset = "search", **options: bool | str) -> str:
    """Normalize Arabic *text* with *preset*, adjusted by keyword *options*.

    The options are the fields of :class:`~arnews.normalization.NormalizeOptions`:
    ``presentation_forms``, ``deobfuscate``, ``diacritics``, ``tatweel``, ``alef``,
    ``yeh``, ``persian``, ``teh_marbuta``, ``digits`` (``"ascii"``, ``"arabic"`` or
    ``"keep"``), ``invisible`` and ``whitespace``. The result is NFC, and
    normalizing it again changes nothing.

    >>> normalize("القـ.ـتل في دا-عش")
    'القتل في داعش'
    >>> normalize("إِلى مُسْتَشفى", preset="display")
    'إِلى مُسْتَشفى'
    >>> normalize("٣٫٥ مليون", digits="arabic")
    '٣٫٥ مليون'
    """
    if not options and preset in _PRESET_PLANS:
        return _pipeline_str(text, _PRESETS[preset], _PRESET_PLANS[preset])
    chosen, plan = _resolve(preset, tuple(sorted(options.items())))
    return _pipeline_str(text, chosen, plan)


def normalize_with_offsets(
    text: str, *, preset: Preset = "search", **options: bool | str
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
    result = _pipeline(
        _Text(text, list(range(len(text)))), NormalizeOptions.for_preset(preset, **options)
    )
    assert result.offsets is not None
    return result.value, result.offsets


_SPAN_TAIL: Final = frozenset({"\u0640", "\u200c", "\u200d"})


def original_span(text: str, offsets: Sequence[int], start: int, end: int) -> tuple[int, int]:
    """Map the span ``(start, end)`` of a normalized string back to its original *text*.

    *offsets* come from :func:`normalize_with_offsets` of *text*. The span is widened
    over the marks, tatweel and joiners that normalization removed after its last
    letter, so a word found in the normalized text comes back whole, diacritics
    included. An empty span maps to an empty span at the matching position.

    >>> text = "قالَ الوزيرُ"
    >>> normalized, offsets = normalize_with_offsets(text)
    >>> start, end = original_span(text, offsets, 4, 10)
    >>> normalized[4:10], text[start:end]
    ('الوزير', 'الوزيرُ')
    """
    if start >= end:
        position = offsets[start] if start < len(offsets) else len(text)
        return position, position
    first, last = offsets[start], offsets[end - 1] + 1
    while last < len(text) and (
        text[last] in _SPAN_TAIL or unicodedata.category(text[last]) == "Mn"
    ):
        last += 1
    return first, last


_NOTHING: Final = NormalizeOptions(
    presentation_forms=False,
    deobfuscate=False,
    diacritics=False,
    tatweel=False,
    alef=False,
    yeh=False,
    persian=False,
    digits="keep",
    invisible=False,
    whitespace=False,
)


def _step(text: str, options: NormalizeOptions) -> str:
    """*text* in NFC with the character-level steps of *options* applied."""
    return _translate_nfc(_nfc(_Text(text, None)), _plan(options)).value


def strip_diacritics(text: str) -> str:
    """Remove harakat, tanwin, shadda, sukun, dagger alef (U+0670) and Quranic marks.

    The text is composed (NFC) first, so a hamza written as a combining mark stays
    on its letter:

    >>> strip_diacritics("مُحَمَّدٌ")
    'محمد'
    >>> strip_diacritics("\\u0627\\u0654\\u064e\\u0646\\u0627")  # decomposed أَنا
    'أنا'
    """
    return _step(text, replace(_NOTHING, diacritics=True))


def strip_tatweel(text: str) -> str:
    """Remove tatweel (kashida, U+0640).

    >>> strip_tatweel("الـــعـــربية")
    'العربية'
    """
    return _step(text, replace(_NOTHING, tatweel=True))


def normalize_alef(text: str) -> str:
    """Turn أ إ آ ٱ (and the wavy-hamza alefs, and an alef with a combining hamza or
    madda) into a bare alef ا; ى is left alone.

    >>> normalize_alef("أإآٱ")
    'اااا'
    >>> normalize_alef("\\u0627\\u0653")  # alef + combining madda
    'ا'
    """
    return _step(text, replace(_NOTHING, alef=True))


def normalize_yeh(text: str) -> str:
    """Turn alef maqsura ى and Farsi yeh ی into yeh ي (see also :func:`normalize_persian`).

    >>> normalize_yeh("مستشفى")
    'مستشفي'
    """
    return _translate_nfc(_nfc(_Text(text, None)), _YEH_PLAN).value


def normalize_persian(text: str) -> str:
    """Turn the Persian/Urdu letters ی ک ھ into the Arabic ي ك ه.

    >>> normalize_persian("یک")
    'يك'
    """
    return _step(text, replace(_NOTHING, persian=True))


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
    return _step(text, replace(_NOTHING, digits=to))


def normalize_presentation_forms(text: str) -> str:
    """Replace presentation forms and ligatures by their letters, keeping hamzas.

    >>> normalize_presentation_forms("ﻷ ﷲ")
    'لأ الله'
    """
    return _nfc(_presentation(_nfc(_Text(text, None)))).value


def strip_invisible(text: str) -> str:
    """Remove zero-width, bidi-control and soft-hyphen characters (a ZWNJ inside a word
    joins it).

    >>> strip_invisible("\\u200fمرحبا\\u200c")
    'مرحبا'
    """
    return _step(text, replace(_NOTHING, invisible=True))


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
    return _deobfuscate(_nfc(_Text(text, None))).value


def tidy_whitespace(text: str) -> str:
    """Map every space to ' ', collapse runs, keep line breaks as '\\n', strip the ends.

    >>> tidy_whitespace("  مرحبا\\u00a0\\u00a0بكم \\r\\n ")
    'مرحبا بكم'
    """
    return _pipeline(_Text(text, None), replace(_NOTHING, whitespace=True)).value
