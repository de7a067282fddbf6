"""Regex building blocks of the date grammar: spaces, word edges, alternations of
normalized words (factored into a trie), and compilation with the faster of :mod:`re`
and :mod:`regex`.

The patterns are compiled with ``IGNORECASE`` for the grammar's few Latin words
(«March», «PM», «GMT»). :mod:`re` tests a plain letter before it enters a branch of an
alternation, but must enter every branch that starts with a cased letter: so the Latin
branches of a trie are gathered behind one class of their first letters
(:func:`_latin_branches`): at an Arabic letter the trigger's search, and a day followed
by no month, do not enter eight of them (about a fifth less time each), nor a day
number its four ordinal suffixes («1st»).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, Final, TypeAlias

import regex

from arnews.dates.lexicon import key

__all__ = [
    "FLAGS",
    "NOT_LETTER_AFTER",
    "NOT_LETTER_BEFORE",
    "S1",
    "Match",
    "Pattern",
    "S",
    "alt",
    "any_of",
    "compile_pattern",
    "first_words",
    "letters",
    "word",
]

S: Final = r"\s{0,2}"
S1: Final = r"\s{1,2}"
NOT_LETTER_AFTER: Final = r"(?!\p{L})"
NOT_LETTER_BEFORE: Final = r"(?<!\p{L})"
FLAGS: Final = regex.IGNORECASE | regex.VERSION0

Pattern: TypeAlias = "re.Pattern[str] | regex.Pattern[str]"
Match: TypeAlias = "re.Match[str] | regex.Match[str]"


def alt(entries: Iterable[str], space: str = S1) -> str:
    """A regex matching any of *entries* (normalized), longer entries first.

    The alternation is factored into a trie («ي(?:ناير|ون(?:يو|يه))…»), so a failed
    attempt costs one comparison per character rather than one per entry.
    """
    trie: dict[str, Any] = {}
    for entry in {key(entry) for entry in entries}:
        node = trie
        for char in entry:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie_regex(trie, space)


def _trie_regex(node: dict[str, Any], space: str) -> str:
    chars = sorted(char for char in node if char)
    latin = [char for char in chars if _is_cased(char)]
    if len(latin) < _GATHERED:
        latin = []
    branches = [
        (space if char == " " else regex.escape(char)) + _trie_regex(node[char], space)
        for char in chars
        if char not in latin
    ]
    if latin:
        branches.append(_latin_branches(latin, node, space))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


_GATHERED: Final = 2
"""How many branches starting with a cased letter :func:`_latin_branches` gathers at least
(one alone is one branch already)."""


def _is_cased(char: str) -> bool:
    return char.lower() != char.upper()


def _latin_branches(chars: list[str], node: dict[str, Any], space: str) -> str:
    """The branches of a trie *node* that start with a cased letter, as one branch: the
    letter is tested once against a class of them all, then each branch goes on only
    after its own letter (a look-behind, read with ``IGNORECASE`` too)."""
    first = "[" + "".join(regex.escape(char) for char in chars) + "]"
    rests = [f"(?<={regex.escape(char)}){_trie_regex(node[char], space)}" for char in chars]
    return first + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")


def any_of(entries: Iterable[str]) -> str:
    """A group matching any of *entries* (see :func:`alt`)."""
    return f"(?:{alt(entries)})"


def word(entries: Iterable[str]) -> str:
    """Any of *entries* as a whole word."""
    return NOT_LETTER_BEFORE + alt(entries) + NOT_LETTER_AFTER


def letters(entries: Iterable[str]) -> str:
    """A character class of the one-letter *entries*."""
    return "[" + "".join(sorted(regex.escape(key(entry)) for entry in entries)) + "]"


def compile_pattern(pattern: str, flags: int = FLAGS) -> Pattern:
    """Compile with the standard :mod:`re` (about twice as fast per match) when the pattern
    needs nothing of :mod:`regex`; letters as ``[^\\W\\d_]`` stand for ``\\p{L}``."""
    plain = (
        pattern.replace(r"(?![\p{L}.])", r"(?![^\W\d_]|\.)")
        .replace(r"[\p{L}]", r"[^\W\d_]")
        .replace(r"\p{L}", r"[^\W\d_]")
    )
    try:
        return re.compile(plain, re.IGNORECASE if flags & regex.IGNORECASE else 0)
    except re.error:  # variable-width look-behind: only regex has it
        return regex.compile(pattern, flags)


def first_words(entries: Iterable[str]) -> frozenset[str]:
    """The normalized first words of *entries*."""
    return frozenset(key(entry).split(" ")[0] for entry in entries)
