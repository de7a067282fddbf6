"""Hypothesis properties of :func:`arnews.find_quotes`."""

from __future__ import annotations

import itertools

from hypothesis import given
from hypothesis import strategies as st

from arnews import find_quotes
from arnews.quotes import pair_quote_marks
from tests.strategies import any_text, quote_texts

texts = st.one_of(quote_texts, any_text)


@given(texts)
def test_spans_index_back(text: str) -> None:
    """Every quote's span is inside the text and slices out exactly its content."""
    for quote in find_quotes(text):
        assert 0 <= quote.start < quote.end <= len(text)
        assert text[quote.start : quote.end] == quote.content


@given(texts)
def test_no_overlaps_and_sorted(text: str) -> None:
    """Quotes come in text order and never overlap, except a ``direct`` fragment nested in
    the ``mixed`` quote before it, with the same speaker and cue."""
    quotes = find_quotes(text)
    outer = None
    for quote in quotes:
        if outer is not None and quote.start < outer.end:
            assert outer.kind == "mixed"
            assert quote.kind == "direct"
            assert quote.end <= outer.end
            assert (quote.speaker, quote.cue) == (outer.speaker, outer.cue)
            continue
        if outer is not None:
            assert outer.end <= quote.start
        outer = quote


@given(texts)
def test_deterministic(text: str) -> None:
    """The same text always gives the same quotes."""
    assert find_quotes(text) == find_quotes(text)


@given(texts)
def test_fields_are_well_formed(text: str) -> None:
    """Content is stripped and non-empty; speaker and cue are non-empty when given."""
    for quote in find_quotes(text):
        assert quote.content == quote.content.strip() != ""
        assert quote.speaker is None or quote.speaker.strip() != ""
        assert quote.cue is None or quote.cue.strip() != ""
        assert quote.kind in ("direct", "indirect", "mixed")


@given(st.text(max_size=300))
def test_never_raises_on_any_string(text: str) -> None:
    """Any Unicode string (lone surrogates included) gives a tuple, never an error."""
    assert isinstance(find_quotes(text), tuple)


@given(st.lists(st.one_of(quote_texts, st.sampled_from(["\ud800", "\udfff", "\x00"]))))
def test_never_raises_with_lone_surrogates(parts: list[str]) -> None:
    """Lone surrogates and NUL between quote-like pieces are accepted; spans still index back."""
    text = "".join(parts)
    for quote in find_quotes(text):
        assert text[quote.start : quote.end] == quote.content


@given(texts)
def test_pairs_are_nested_or_disjoint(text: str) -> None:
    """Paired quote marks point at quote characters and never cross each other."""
    pairs = sorted(pair_quote_marks(text).items())
    for opener, closer in pairs:
        assert opener < closer
        assert text[opener] in '«“„‘"”'
        assert text[closer] in '»”“’"'
    for (_a, b), (c, d) in itertools.pairwise(pairs):
        assert b < c or d < b


@given(texts)
def test_speaker_full_is_consistent_with_speaker(text: str) -> None:
    """speaker_full is None exactly when speaker is, and otherwise a non-empty phrase that
    contains the speaker's words or stands in the text."""
    for quote in find_quotes(text):
        assert (quote.speaker is None) == (quote.speaker_full is None)
        if quote.speaker_full is not None:
            assert quote.speaker_full.strip() != ""
            assert quote.speaker_full in text
