"""The normalization steps, each written once for plain and tracked strings.

In pipeline order (``_plan`` picks the ones an option set needs):

- ``nfc`` (from ``_offsets``): compose first, so that an alef and a combining hamza
  become أ before any mark is removed;
- :func:`presentation_forms`: presentation forms and ligatures → letters;
- :func:`unify_crlf`: ``\\r\\n`` → ``\\n``;
- :func:`deobfuscate`: join words split by ``-``/``.`` to dodge filters;
- a :class:`CharMap`: every character mapping and removal of the option set at once
  (diacritics, tatweel, letters, digits, invisible marks, spaces), then NFC again (with
  deobfuscation on, inside a :class:`Settle`, which joins the split words they exposed);
- ``tidy`` (from ``_whitespace``): collapse spaces and blank lines, strip the ends.

A step is a function ``T -> T`` (``T`` a plain or a tracked string, see ``_offsets``): it
decides what changes and makes the change with an edit of ``_offsets``, which moves the
offsets too when the string is tracked.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Final

import regex

from arnews.normalization import tables
from arnews.normalization._codepage import CodePage, code_page, keeps_references
from arnews.normalization._offsets import (
    Match,
    T,
    Tracked,
    nfc,
    replace_chars,
    sub,
    sub_matches,
)

__all__ = [
    "DOT_CANDIDATE_RE",
    "HYPHEN_CANDIDATE_RE",
    "CharMap",
    "Settle",
    "char_map",
    "deobfuscate",
    "exposing",
    "may_split",
    "presentation_forms",
    "settle",
    "strip_decorative_tatweel",
    "translate",
    "unify_crlf",
]


def class_ranges(chars: Iterable[str]) -> str:
    """The body of a regular-expression character class matching *chars*, written as
    ranges (``re`` scans a long list of single astral characters slowly).

    >>> class_ranges("abcx")
    'a-cx'
    """
    codes = sorted({ord(c) for c in chars})
    ranges: list[list[int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1][1] = code
        else:
            ranges.append([code, code])
    return "".join(
        re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}"
        for lo, hi in ranges
    )


# ------------------------------------------------------------------ presentation forms

_PRESENTATION_CODES: Final = range(
    tables.PRESENTATION_BLOCKS[0].start, tables.PRESENTATION_BLOCKS[-1].stop
)
# One range covering both blocks (what is between maps to itself): ``regex`` scans a single
# range several times faster than ``re`` scans a class.
_PRESENTATION_RE: Final = regex.compile(
    f"[{chr(_PRESENTATION_CODES.start)}-{chr(_PRESENTATION_CODES.stop - 1)}]"
)


def _letters_of_form(match: Match) -> str:
    """The letters of the presentation form *match* (a character between the two blocks
    stays itself)."""
    return tables.PRESENTATION_FORMS.get(match.group(), match.group())


def presentation_forms(text: T) -> T:
    """Replace presentation forms and ligatures by their letters (ﻷ → لأ, ﷲ → الله)."""
    if _PRESENTATION_RE.search(text) is None:
        return text
    # The isolated forms of marks may leave marks out of canonical order: the pipeline
    # restores NFC after the character mappings (no form expands to a hamza or madda
    # mark, so nothing composes differently).
    return sub(text, _PRESENTATION_RE, _letters_of_form)


# ------------------------------------------------------------------------ line ends

_CRLF_RE: Final = re.compile(r"\r\n")


def unify_crlf(text: T) -> T:
    """Turn each ``\\r\\n`` into one ``\\n`` (the other line breaks are mapped later)."""
    if "\r" not in text or "\r\n" not in text:
        return text
    return sub(text, _CRLF_RE, "\n")


# --------------------------------------------------------------------- obfuscation

_INVISIBLE_CLASS: Final = class_ranges(tables.INVISIBLE)
# What a word split by an obfuscating separator is made of.
_WORD: Final = rf"[{tables.ARABIC_LETTER_RANGES}\p{{Mn}}{tables.TATWEEL}{_INVISIBLE_CLASS}]"
# Obfuscation: a hyphen or dot with a word character on both sides, in a chain of words
# (each word possessive, so the search is linear-time). Candidates first: a literal first
# character lets ``re`` skip ahead fast. No character up to U+00A0 (ASCII, C1 controls,
# the no-break space that often follows a full stop) is part of a word.
DOT_CANDIDATE_RE: Final = re.compile(r"\.(?<=[^\x00-\xa0].)(?=[^\x00-\xa0])")
HYPHEN_CANDIDATE_RE: Final = re.compile(r"-(?<=[^\x00-\xa0]-)(?=[^\x00-\xa0])")
_WORD_BACK_RE: Final = regex.compile(rf"{_WORD}*+", flags=regex.REVERSE)
_CHAIN_RE: Final = regex.compile(rf"{_WORD}++(?:[-.]{_WORD}++)+")
_CHAIN_SPLIT_RE: Final = re.compile(r"([-.])")
_start: Final = re.Match.start  # mapped over matches in C, not in a comprehension
_NOT_LETTER_RE: Final = re.compile(rf"[^{tables.ARABIC_LETTER_RANGES}\-.]")
"""What a chain holds besides its letters and separators: marks, tatweel, invisible marks."""
_TATWEEL_END_RE: Final = regex.compile(rf"{tables.TATWEEL}[\p{{Mn}}{_INVISIBLE_CLASS}]*+$")
_TATWEEL_START_RE: Final = regex.compile(rf"^[\p{{Mn}}{_INVISIBLE_CLASS}]*+{tables.TATWEEL}")

_SPLIT_PIECE: Final = 2
"""Letters of the piece an obfuscating separator cuts off a word (دا-عش); a piece of one
letter is an abbreviation (أ.ف.ب), longer pieces on both sides are two words."""


def deobfuscate(text: T) -> T:
    """Join words split by a hyphen or dot to dodge filters (see
    :func:`arnews.normalization.deobfuscate` for the rules)."""
    # Separators with a character beyond U+00A0 on both sides: news text has few.
    candidates = list(map(_start, DOT_CANDIDATE_RE.finditer(text))) if "." in text else []
    if "-" in text:
        candidates += map(_start, HYPHEN_CANDIDATE_RE.finditer(text))
        candidates.sort()
    if not candidates:
        return text
    # Most chains in news text are legitimate (a full stop without its space): rebuild the
    # text only around the chains that change.
    changed: list[Match] = []
    joined: list[str] = []  # each changed chain joined once, in order
    for chain in _chains(text, candidates):
        if (words := _join_chain(chain.group())) != chain.group():
            changed.append(chain)
            joined.append(words)
    if not changed:
        return text
    replacements = iter(joined)  # sub_matches asks for them in the same order
    return sub_matches(text, changed, lambda _chain: next(replacements))


def may_split(text: str) -> bool:
    """Whether *text* holds a hyphen or dot between two characters beyond U+00A0: a word
    split to dodge filters, maybe (:func:`deobfuscate` changes nothing in other text)."""
    return ("." in text and DOT_CANDIDATE_RE.search(text) is not None) or (
        "-" in text and HYPHEN_CANDIDATE_RE.search(text) is not None
    )


def _chains(value: str, candidates: list[int]) -> Iterator[regex.Match[str]]:
    """Each chain of words joined by ``-`` or ``.``, found from the *candidates* (sorted
    positions of possible separators), then matched whole from its first word."""
    end = 0
    for position in candidates:
        if position < end:
            continue
        back = _WORD_BACK_RE.match(value, end, position)
        # No chain unless the separator stands between two word characters.
        chain = _CHAIN_RE.match(value, back.start() if back else position)
        if chain is None:
            continue
        yield chain
        end = chain.end()


def _joins(left: int, right: int, separator: str) -> bool:
    """Whether a bare *separator* between words of *left* and *right* letters is an
    obfuscation: a hyphen next to a two-letter piece (دا-عش), a dot between two two-letter
    pieces (دا.عش). A one-letter piece is an abbreviation (أ.ف.ب, د.محمد); longer words on
    both sides are a compound (العربية-الإسرائيلية) or a full stop without its space
    (انتهى.وقال)."""
    if separator == "-":
        return min(left, right) == _SPLIT_PIECE
    return left == right == _SPLIT_PIECE


def _join_chain(chain: str) -> str:
    """Drop the separators of *chain* that split one word; keep the others."""
    parts = _CHAIN_SPLIT_RE.split(chain)
    words, separators = parts[0::2], parts[1::2]
    # The letters of each word, in C: every other character dropped, the chain split again
    # (when there was one to drop: ``sub`` returns the string itself when nothing matched).
    stripped = _NOT_LETTER_RE.sub("", chain)
    letters = list(map(len, words if stripped is chain else _CHAIN_SPLIT_RE.split(stripped)[0::2]))
    # A separator between two tatweels (القـ.ـتل) is never legitimate: join first. A tatweel
    # on one side only is not enough: «هـ» (Hijri year) is written with one, and may meet
    # the next sentence without a space (1445هـ.وقال).
    if tables.TATWEEL in chain:
        by_tatweel = [
            _TATWEEL_END_RE.search(words[i]) is not None
            and _TATWEEL_START_RE.search(words[i + 1]) is not None
            for i in range(len(separators))
        ]
        groups = [letters[0]]
        for joined, count in zip(by_tatweel, letters[1:], strict=True):
            if joined:
                groups[-1] += count
            else:
                groups.append(count)
    else:  # (most chains) each word is a group
        by_tatweel, groups = [False] * len(separators), letters
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


# ------------------------------------------------------------------ character mappings

_BMP_LAST: Final = "\uffff"
"""The last character of the Basic Multilingual Plane."""
_ASTRAL_RE: Final = regex.compile("[\U00010000-\U0010ffff]")  # faster in regex than in re

_VOWELLED_SPACING: Final = 64
"""Text with more than one fatha per this many characters is fully vowelled: its marks are
removed in one C pass before the other characters are mapped, rather than one callback each."""


@dataclass(frozen=True, slots=True)
class CharMap:
    """Every character mapping and removal of one option set, compiled once; calling it is
    the step that applies them (see :meth:`__call__`)."""

    table: Mapping[int, str | None]
    """All of them as a :meth:`str.translate` table (the reference :func:`translate`
    agrees with)."""
    mapping: Mapping[str, str]
    """Every character of the table → its replacement (``""`` when removed)."""
    replace: Callable[[Match], str]
    """A match of one character → its replacement, from *mapping*."""
    frequent: tuple[tuple[str, str], ...]
    """Common characters mapped to one character, replaced with :meth:`str.replace`."""
    rest: re.Pattern[str] | None
    """Every other character of the Basic Multilingual Plane to map or remove."""
    delete: re.Pattern[str] | None
    """The characters removed."""
    other: re.Pattern[str] | None
    """The characters of *rest* that are not removed."""
    astral: re.Pattern[str] | None
    """Everything beyond U+FFFF that maps to something (digits of rare scripts)."""
    page: CodePage | None
    """The table over a code page, when it removes harakat: a text then has thousands of
    characters to remove, which a code page maps in C (see :func:`translate`)."""

    def __call__(self, text: T) -> T:
        """Translate, then restore NFC: removing a tatweel or a mark can bring a letter and
        a combining hamza together (ا ـ ٔ → أ), and the composed letter may need mapping
        again (→ ا). Each round shortens the text, so the loop ends."""
        text = translate(text, self)
        while not unicodedata.is_normalized("NFC", text):
            text = translate(nfc(text), self)
        return text


def char_map(table: Mapping[int, str | None]) -> CharMap:
    """Compile the :meth:`str.translate` *table* (every target one character or ``None``)."""
    frequent = tuple(
        (char, target) for char in tables.FREQUENT if (target := table.get(ord(char))) is not None
    )
    mapping = {chr(code): target or "" for code, target in table.items()}
    deleted = [char for char, target in mapping.items() if not target]
    kept = [c for c, target in mapping.items() if target and _BMP_LAST >= c not in tables.FREQUENT]
    astral = [char for char in mapping if char > _BMP_LAST]
    return CharMap(
        table=table,
        mapping=mapping,
        replace=lambda match: mapping[match.group()],
        frequent=frequent,
        rest=_char_class(deleted + kept) if deleted or kept else None,
        delete=_char_class(deleted) if deleted else None,
        other=_char_class(kept) if kept else None,
        astral=_char_class(astral) if astral else None,
        page=code_page(table, _everything) if _page_pays(table) else None,
    )


def _page_pays(table: Mapping[int, str | None]) -> bool:
    """Whether a code page is worth building for *table* (it removes harakat) and can map
    with it (see :func:`~arnews.normalization._codepage.keeps_references`)."""
    return table.get(ord(tables.FATHA), "") is None and keeps_references(table)


def _everything(_char: str) -> bool:
    return True


def _char_class(chars: Iterable[str]) -> re.Pattern[str]:
    return re.compile(f"[{class_ranges(chars)}]")


def translate(text: T, chars: CharMap) -> T:
    """``text.translate(chars.table)``, several times faster on Arabic text: through the
    code page when there is one (for a plain string: a tracked one moves its offsets),
    else a few :meth:`str.replace` and one regular-expression pass."""
    if (
        chars.page is not None
        and not isinstance(text, Tracked)
        and (done := chars.page.translate(text, chars.table)) is not None
    ):
        return done
    text = replace_chars(text, chars.frequent)
    if chars.delete is not None and text.count(tables.FATHA) * _VOWELLED_SPACING > len(text):
        text = sub(text, chars.delete, "")
        if chars.other is not None:
            text = sub(text, chars.other, chars.replace)
    elif chars.rest is not None:  # news text: one pass, few matches
        text = sub(text, chars.rest, chars.replace)
    # ``re`` tests a class of astral ranges one range at a time: look for any astral
    # character first (one range, fast), which Arabic text almost never has.
    if chars.astral is not None and _ASTRAL_RE.search(text) is not None:
        text = sub(text, chars.astral, chars.replace)
    return text


# ----------------------------------------------------------------------------- tatweel


def _spelling_tatweel_re() -> regex.Pattern[str]:
    """A run of tatweel that is spelling («هـ», «الـ36», «بـ«حارة»») in group ``keep``, or
    any other run of tatweel.

    Every branch starts with the tatweel and looks behind it for the word it ends (a
    lookbehind of ``regex`` tries every start), so the engine skips ahead to each tatweel
    instead of trying the prefixes at every position (about 25 times faster on news text,
    which has few tatweels; the same runs are kept)."""
    data = tables.SPELLING_TATWEEL
    letter = r"[\p{L}\p{M}]"
    hijri = "|".join(data["hijri"])
    prefixes = "|".join(sorted(data["prefixes"], key=len, reverse=True))
    conjunctions = "".join(data["conjunctions"])
    followers = regex.escape("".join(data["followers"]))
    tatweel = tables.TATWEEL
    word_start = rf"(?<!{letter}|{tatweel})"
    return regex.compile(
        rf"(?P<keep>(?<={word_start}(?:{hijri})){tatweel}++(?!{letter})"
        rf"|(?<={word_start}[{conjunctions}]?(?:{prefixes})){tatweel}++"
        rf"(?=[0-9\u0660-\u0669A-Za-z{followers}]))"
        rf"|{tatweel}++"
    )


_SPELLING_TATWEEL_RE: Final = _spelling_tatweel_re()


def strip_decorative_tatweel(text: T) -> T:
    """Remove the tatweel that decorates («الـــعـــربية» → «العربية») and keep the one that
    is spelling: the Hijri mark «هـ», and «الـ»/«بـ»/«لـ»/«كـ» before a digit, a Latin
    letter or a quotation mark («الـ36», «بـ«حارة»»)."""
    if tables.TATWEEL not in text:
        return text
    # Only the decorative runs are edited (no group takes part in their match): a text
    # whose every tatweel is spelling is returned as it is, and no callback runs per run.
    decorative = [run for run in _SPELLING_TATWEEL_RE.finditer(text) if run.lastgroup is None]
    return sub_matches(text, decorative, _removed) if decorative else text


def _removed(_match: Match) -> str:
    return ""


@dataclass(frozen=True, slots=True)
class Settle:
    """The character mappings, followed, when deobfuscation is on, by deobfuscation again
    of what they exposed (and the mappings again on what it joined).

    A character removed late (an ayah mark U+06DD between a two-letter piece and its
    hyphen) or mapped to a separator late (٫ → ``.``) exposes a split word the first pass
    could not see; normalizing the output again would join it. Joining it here keeps
    normalization idempotent. Once is enough: the second mapping only composes letters the
    joins brought together."""

    chars: CharMap
    """The option set's mappings."""
    exposing: str
    """The characters whose mapping can expose a split word: removed ones deobfuscation
    does not read as part of a word, and those mapped to a separator (a handful)."""

    def __call__(self, text: T) -> T:
        """*text* mapped, with the split words the mappings exposed joined."""
        exposed = any(char in text for char in self.exposing)  # faster than a class
        text = self.chars(text)
        if not exposed:
            return text
        joined = deobfuscate(text)
        return text if joined is text else self.chars(joined)


_WORD_CHAR_RE: Final = regex.compile(_WORD)


def exposing(chars: CharMap) -> str:
    """The characters whose mapping by *chars* can expose a split word: removed ones
    deobfuscation does not read as part of a word, and those mapped to a separator."""
    return "".join(
        char
        for char, target in chars.mapping.items()
        if target in ("-", ".") or not (target or _WORD_CHAR_RE.fullmatch(char))
    )


def settle(chars: CharMap) -> CharMap | Settle:
    """The step that applies *chars* in a pipeline that deobfuscates: *chars* itself when
    none of its mappings can expose a split word, else a :class:`Settle`."""
    found = exposing(chars)
    return Settle(chars, found) if found else chars
