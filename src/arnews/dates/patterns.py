"""Regex building blocks of the date grammar: spaces, word edges, alternations of
normalized words (factored into a trie), and compilation with the faster of :mod:`re`
and :mod:`regex`.
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
    branches = [
        (space if char == " " else regex.escape(char)) + _trie_regex(child, space)
        for char, child in sorted(node.items())
        if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if "" in node:
        return f"(?:{body})?"
    return body


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
