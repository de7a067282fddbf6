"""The regex building blocks of the date grammar match what their word lists say."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from arnews.dates import months, words, zones
from arnews.dates.grammar import grammar
from arnews.dates.lexicon import key
from arnews.dates.patterns import S1, alt
from tests.strategies import (
    arabic_text,
    date_junk,
    day_junk,
    latin_date_junk,
    month_letters,
    rendered_dates,
)


def _start_words() -> list[str]:
    return [start for start in grammar().starts if not start.startswith("#")]


WORD_LISTS: dict[str, Iterable[str]] = {
    "gregorian": [name for table in months.GREGORIAN_SYSTEMS.values() for name in table],
    "am_pm": words.AM_PM,
    "zones": zones.ZONE_ABBREVIATIONS,
    "labels": words.LABELS,
    "ordinal_suffixes": words.ORDINAL_SUFFIXES,
}


def _longest_first(entries: Iterable[str]) -> str:
    """The plain alternation of *entries*, longest first, spaces as :func:`alt` reads them."""
    keys = sorted({key(entry) for entry in entries}, key=len, reverse=True)
    return "|".join(S1.join(re.escape(part) for part in k.split(" ")) for k in keys)


@pytest.mark.parametrize("name", [*WORD_LISTS, "start_words"])
@given(text=st.one_of(latin_date_junk, month_letters, date_junk, arabic_text))
def test_alternation_matches_the_longest_entry(name: str, text: str) -> None:
    """alt()'s trie (Latin branches gathered behind one class) matches, at every position
    and in any case, exactly the longest entry the plain alternation matches."""
    entries = _start_words() if name == "start_words" else WORD_LISTS[name]
    trie = re.compile(alt(entries), re.IGNORECASE)
    plain = re.compile(f"(?:{_longest_first(entries)})", re.IGNORECASE)
    for pos in range(len(text) + 1):
        got, expected = trie.match(text, pos), plain.match(text, pos)
        assert (got and got.end()) == (expected and expected.end()), (text, pos)


def test_latin_branches_are_gathered() -> None:
    """Where Arabic and Latin entries meet, the Latin ones stand behind one class of their
    first letters, so an Arabic letter enters none of them (what makes the trigger fast)."""
    pattern = alt(["مارس", "march", "may", "dec"])
    assert "[dm](?:(?<=d)" in pattern
    assert re.fullmatch(pattern, "MAY", re.IGNORECASE)
    assert re.fullmatch(pattern, "مارس")


@given(st.one_of(day_junk, date_junk, latin_date_junk))
@example("5:08 مارس 2020")
@example("1.5 رجب 1441")
@example("3,12/05/2020")
def test_no_day_rule_starts_after_a_digit_and_a_separator(text: str) -> None:
    """The scan skips a day number written after a digit and «.», «,» or «:» (a clock's
    minutes, decimals) without trying the day rules: none of them can match there."""
    from arnews.dates.grammar import NAMED_DAY, NUMERIC_DAY
    from arnews.dates.scan import normalized

    norm = normalized(text)
    rules = grammar().starts[NAMED_DAY] + grammar().starts[NUMERIC_DAY]
    for pos in range(2, len(norm)):
        if norm[pos - 2] in "0123456789" and norm[pos - 1] in ".,:":
            assert all(rule.pattern.match(norm, pos) is None for rule in rules), (norm, pos)


@given(st.one_of(rendered_dates().map(lambda pair: pair[0]), day_junk, date_junk))
@example("5 من شهر مارس 2020")
@example("5 من شهر رجب 1441 هـ")
@example("15 كانون الأول 2019")
def test_a_rule_that_excludes_the_rest_is_alone_where_it_matches(text: str) -> None:
    """Where a rule marked excludes_rest matches, no later rule of the same start does,
    so the scan is right not to try them."""
    from arnews.dates.scan import normalized

    norm = normalized(text)
    for rules in grammar().starts.values():
        for i, rule in enumerate(rules):
            if not rule.excludes_rest:
                continue
            for pos in range(len(norm)):
                if rule.pattern.match(norm, pos) is not None:
                    later = [r.pattern.match(norm, pos) for r in rules[i + 1 :]]
                    assert later == [None] * len(later), (norm, pos)
