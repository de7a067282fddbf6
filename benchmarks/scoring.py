"""Scoring: word normalization, snippet matching, precision/recall/F1.

Deliberately independent of :mod:`arnews` (the thing under test): comparison
uses its own light normalization (NFKC, no diacritics or tatweel, one form of
alef/yeh/teh marbuta, lower case, words only).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

import regex

_MARKS = regex.compile(r"[\p{Mn}\u0640]")
_WORD = regex.compile(r"[\p{L}\p{N}]+")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})


def words(text: str) -> list[str]:
    """Return the normalized words of *text* (punctuation and spacing ignored)."""
    text = unicodedata.normalize("NFKC", text)
    text = _MARKS.sub("", text).translate(_FOLD).casefold()
    return _WORD.findall(text)


def joined(text: str) -> str:
    """Return the normalized words of *text* joined by single spaces, padded with spaces."""
    return " " + " ".join(words(text)) + " "


def same_text(a: str | None, b: str) -> bool:
    """Whether *a* and *b* have the same normalized words."""
    return a is not None and words(a) == words(b)


def contains(haystack: str, snippet: str) -> bool:
    """Whether the words of *snippet* occur contiguously in the words of *haystack*."""
    return joined(snippet) in joined(haystack)


@dataclass(frozen=True, slots=True)
class BodyScore:
    """Word-weighted snippet counts for one extracted body."""

    tp: int
    """Words of must-have snippets found."""
    fn: int
    """Words of must-have snippets missing."""
    fp: int
    """Words of boilerplate snippets found (leaked)."""
    leaked: int
    """Number of boilerplate snippets found."""
    boilerplate: int
    """Number of boilerplate snippets checked."""

    @property
    def precision(self) -> float:
        """TP / (TP + FP); 0 when nothing relevant was extracted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """TP / (TP + FN)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def score_body(text: str, must_have: Iterable[str], must_not: Iterable[str]) -> BodyScore:
    """Score an extracted body against must-have and must-not snippets, weighted by words."""
    body = joined(text)
    tp = fn = fp = leaked = checked = 0
    for snippet in must_have:
        size = len(words(snippet))
        if joined(snippet) in body:
            tp += size
        else:
            fn += size
    for snippet in must_not:
        checked += 1
        if joined(snippet) in body:
            fp += len(words(snippet))
            leaked += 1
    return BodyScore(tp, fn, fp, leaked, checked)


def sum_scores(scores: Iterable[BodyScore]) -> BodyScore:
    """Micro-average: add the counts of several pages."""
    tp = fn = fp = leaked = checked = 0
    for s in scores:
        tp, fn, fp = tp + s.tp, fn + s.fn, fp + s.fp
        leaked, checked = leaked + s.leaked, checked + s.boilerplate
    return BodyScore(tp, fn, fp, leaked, checked)


@dataclass(frozen=True, slots=True)
class WordOverlap:
    """Bag-of-words overlap of an extracted body with the reference body."""

    common: int
    """Words in both (counted with multiplicity)."""
    extracted: int
    """Words extracted."""
    reference: int
    """Words of the reference body."""

    @property
    def precision(self) -> float:
        """Share of the extracted words that belong to the article."""
        return self.common / self.extracted if self.extracted else 0.0

    @property
    def recall(self) -> float:
        """Share of the article's words that were extracted."""
        return self.common / self.reference if self.reference else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def overlap(extracted: str, reference: str) -> WordOverlap:
    """Compare the words of *extracted* with those of *reference*, as multisets."""
    got, want = Counter(words(extracted)), Counter(words(reference))
    return WordOverlap(sum((got & want).values()), sum(got.values()), sum(want.values()))


def sum_overlaps(items: Iterable[WordOverlap]) -> WordOverlap:
    """Micro-average: add the counts of several pages."""
    common = extracted = reference = 0
    for item in items:
        common, extracted = common + item.common, extracted + item.extracted
        reference += item.reference
    return WordOverlap(common, extracted, reference)


def authors_match(found: Iterable[str], expected: Iterable[str]) -> bool:
    """Whether the found author names are exactly the expected people (order ignored)."""
    return {" ".join(words(a)) for a in found if words(a)} == {" ".join(words(a)) for a in expected}


def date_match(found: date | None, accepted: tuple[date, ...]) -> bool:
    """Whether *found* is one of the *accepted* dates (``None`` matches only an empty tuple)."""
    if found is None:
        return not accepted
    return found in accepted
