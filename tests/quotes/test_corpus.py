""":func:`arnews.find_quotes` on the real text dumps and the seed story (read-only corpus)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from arnews import find_quotes
from tests.quotes import outer_quotes

pytestmark = pytest.mark.corpus


def test_every_dump_gives_valid_quotes(corpus: Path) -> None:
    """Over all text dumps: no error, spans index back, no overlaps (but fragments nested in
    their mixed quote), a fair number found."""
    total = 0
    dumps = sorted((corpus / "text" / "pages").rglob("*.txt"))
    assert len(dumps) > 100
    for dump in dumps:
        text = dump.read_text(encoding="utf-8")
        quotes = outer_quotes(find_quotes(text))
        for before, after in itertools.pairwise(quotes):
            assert before.end <= after.start, dump
        for quote in quotes:
            assert text[quote.start : quote.end] == quote.content, dump
        total += len(quotes)
    assert total >= 150


def test_hand_checked_dump(corpus: Path) -> None:
    """A ministry's statement and its subject-less follow-up, as read by hand."""
    text = (corpus / "text" / "pages" / "kuwait-news.com" / "1.txt").read_text(encoding="utf-8")
    found = [(q.speaker, q.cue, q.kind, q.content.split()[:5]) for q in find_quotes(text)]
    assert found[:2] == [
        ("الوزارة", "وقالت", "indirect", ["جميع", "الحالات", "المصابة", "قادمة", "من"]),
        ("الوزارة", "وأضافت", "indirect", ["جميع", "المصابين", "بفيروس", "كورونا", "المستجد"]),
    ]


def test_seed_story(seed_text: str) -> None:
    """The seed story: eight reported clauses, speakers carried over from «البيان»."""
    quotes = find_quotes(seed_text)
    assert [(q.cue, q.speaker) for q in quotes] == [
        ("كشف", "بيان صادر عن مكتب المتحدث باسم الرئاسة التركية"),
        ("وأوضح", "البيان"),
        ("لافتاً", "البيان"),
        ("وذكر", "البيان"),
        ("وأكد", "البيان"),
        ("ولفت", "البيان"),
        ("وتحدث", "البيان"),
        ("أكد", "المجتمعون"),
    ]
    assert {q.kind for q in quotes} == {"indirect"}
    assert quotes[1].content.startswith("اللقاء جرى في المجمع الرئاسي")
    assert quotes[-1].content.startswith("ضرورة وقف النظام السوري لعدوانه")
