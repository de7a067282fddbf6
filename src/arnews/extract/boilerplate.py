"""Boilerplate matching: Arabic phrases compared on *normalized* text, never inside XPath.

>>> from arnews.extract.boilerplate import boilerplate_matcher
>>> matcher = boilerplate_matcher()
>>> matcher.is_boilerplate("إقرأ أيضاً: افتتاح مكتبة جديدة")
True
>>> matcher.is_boilerplate("وقال الوزير إن المعرض يفتتح غداً.")
False
>>> matcher.is_related_heading("مقالات ذات صلة:")
True
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

import regex

from arnews.extract import phrases
from arnews.normalization import normalize

__all__ = ["BoilerplateMatcher", "boilerplate_matcher", "phrase_key", "phrase_keys"]

MAX_PREFIX_WORDS: Final = 30
"""A block longer than this many words is never dropped for how it starts."""
MAX_CONTAINS_WORDS: Final = 12
"""Only blocks up to this many words are dropped for a phrase they contain."""

_MAX_HEADING_CHARS: Final = 120
"""A related-articles heading is short: at most this many characters…"""
_MAX_HEADING_WORDS: Final = 8
"""…and this many words."""
_EDGE: Final = r"[\p{P}\p{S}\p{Z}\s]++"
"""A run of punctuation, symbols and spaces."""
_LEADING: Final = regex.compile(_EDGE)
# Matched backwards from the end: only the run itself is read, not the whole text (a
# search for a run anchored at $ tries every position of a paragraph).
_TRAILING: Final = regex.compile(_EDGE, flags=regex.REVERSE)


def phrase_key(text: str) -> str:
    """The comparison form of *text*: normalized (``"search"``), case-folded, without
    punctuation or symbols at either end.

    >>> phrase_key("  إقرأ أيضاً: ")
    'اقرا ايضا'
    """
    key = normalize(text).casefold()
    # A letter or digit at both ends (most keys) leaves nothing to trim: no pattern call.
    # (No character str.isalnum() takes is in _EDGE: a test checks them all.)
    if key[:1].isalnum() and key[-1:].isalnum():
        return key
    leading = _LEADING.match(key)
    start = leading.end() if leading else 0
    trailing = _TRAILING.match(key, start)
    return key[start : trailing.start() if trailing else len(key)]


@lru_cache(maxsize=256)
def phrase_keys(texts: tuple[str, ...]) -> frozenset[str]:
    """The :func:`phrase_key` of each of *texts* (a site's names, its footer lines…),
    computed once per distinct tuple."""
    return frozenset(phrase_key(text) for text in texts)


def _prefix_pattern(keys: Iterable[str], *, bounded: bool = True) -> regex.Pattern[str]:
    ordered = sorted(set(keys), key=len, reverse=True)
    alternation = "|".join(regex.escape(key) for key in ordered if key)
    if not alternation:
        return regex.compile(r"(?!)")
    # A phrase must end at a word boundary: «الوسوم» does not match «الوسومات».
    return regex.compile(rf"^(?:{alternation})" + (r"(?!\p{L})" if bounded else ""))


@dataclass(frozen=True, slots=True)
class BoilerplateMatcher:
    """Decides whether a block or line of text is boilerplate (compiled once per phrase set)."""

    exact: frozenset[str]
    prefixes: regex.Pattern[str]
    glued: regex.Pattern[str]
    """Phrases that mark a line even when the next word is glued to them."""
    contains: tuple[str, ...]
    related: regex.Pattern[str]

    def is_boilerplate(self, text: str) -> bool:
        """Whether *text* (one paragraph or line) is boilerplate."""
        return self.is_boilerplate_key(phrase_key(text))

    def is_boilerplate_key(self, key: str) -> bool:
        """:meth:`is_boilerplate` for text already in :func:`phrase_key` form."""
        if not key:
            return False
        if key in self.exact:
            return True
        words = key.count(" ") + 1
        if words <= MAX_PREFIX_WORDS and (
            self.prefixes.match(key) or self.related.match(key) or self.glued.match(key)
        ):
            return True
        return words <= MAX_CONTAINS_WORDS and any(phrase in key for phrase in self.contains)

    def is_related_heading(self, text: str) -> bool:
        """Whether *text* introduces a related-articles list («مقالات ذات صلة», «اقرأ أيضاً»)."""
        if len(text) > _MAX_HEADING_CHARS:
            return False
        key = phrase_key(text)
        return (
            bool(key)
            and key.count(" ") < _MAX_HEADING_WORDS
            and self.related.match(key) is not None
        )


@lru_cache(maxsize=64)
def boilerplate_matcher(extra: tuple[str, ...] = ()) -> BoilerplateMatcher:
    """The matcher for the generic phrases plus *extra* (a site's own phrases).

    Built once per distinct *extra* and cached; matchers are immutable and thread-safe.
    """
    extra_keys = [phrase_key(p) for p in extra]
    return BoilerplateMatcher(
        exact=frozenset(phrase_key(p) for p in phrases.BOILERPLATE_EXACT).union(extra_keys),
        prefixes=_prefix_pattern(
            [phrase_key(p) for p in phrases.BOILERPLATE_PREFIXES] + extra_keys
        ),
        glued=_prefix_pattern((phrase_key(p) for p in phrases.GLUED_PREFIXES), bounded=False),
        contains=tuple(phrase_key(p) for p in sorted(phrases.BOILERPLATE_CONTAINS)),
        related=_prefix_pattern(phrase_key(p) for p in phrases.RELATED_HEADINGS),
    )
