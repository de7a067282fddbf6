"""The tokenizer of the quote finder (:class:`arnews.quotes.tokens.Doc`) against a plain
reference: one ``regex`` match per token, read one by one."""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from arnews.quotes import tokens
from arnews.quotes.tokens import Doc
from arnews.quotes.vocabulary import vocabulary
from tests.strategies import any_text, arabic_text

_REFERENCE: re.Pattern[str] | regex.Pattern[str] = regex.compile(
    r"(?P<w>[\p{L}\p{M}\p{N}]++)|\n|\S"
)
_COMMON = regex.compile(f"[{tokens._COMMON_CHARS}]")

common_text = st.text(
    st.one_of(
        st.sampled_from(' \n\t\u00a0\u2009.،؛؟!«»“”"-_/:…'),
        st.characters(min_codepoint=0x600, max_codepoint=0x6FF),
        st.characters(max_codepoint=0x2FF),
    ),
    max_size=200,
)
"""Text of the characters the tokenizer cuts with ``re`` (and a few others, when the
Arabic block's marks or Latin's separators are drawn: then it takes ``regex``)."""
token_texts = st.one_of(common_text, arabic_text, any_text)


def _reference(text: str) -> tuple[list[tuple[int, int]], list[str], list[str], list[int]]:
    spans, words, marks, newlines = [], [], [], []
    for match in _REFERENCE.finditer(text):
        spans.append(match.span())
        is_word = match.lastgroup == "w"
        words.append(match.group() if is_word else "")
        marks.append("" if is_word else match.group())
        if match.group() == "\n":
            newlines.append(len(marks) - 1)
    return spans, words, marks, newlines


def _doc(text: str) -> Doc:
    return Doc.build(text, text, range(len(text)), vocabulary())


def _check(text: str) -> None:
    doc = _doc(text)
    spans, words, marks, newlines = _reference(text)
    assert list(zip(doc.starts, doc.ends, strict=True)) == spans
    assert (doc.words, doc.marks, doc.newlines) == (words, marks, newlines)
    assert len(doc.is_end) == len(spans)


@given(token_texts)
def test_tokens_are_the_reference_ones(text: str) -> None:
    """Every token (span, word or mark) and line break is the plain reference's."""
    _check(text)


@given(st.lists(st.one_of(st.sampled_from(["  ", "\n", " "]), token_texts), max_size=30))
def test_chunks_cut_nothing(pieces: list[str]) -> None:
    """Cut into tiny chunks (runs of white space and words longer than a chunk included),
    the text gives the same tokens."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tokens, "TOKEN_CHUNK", 3)
        _check("".join(pieces) + "كلمة" * 5 + "   ")


def test_common_characters_class_alike() -> None:
    """Each character that is cut with ``re`` is a word character, white space or
    neither, alike for ``re`` and for ``regex``."""
    word_re, word_regex = re.compile(r"[^\W_]"), regex.compile(r"[\p{L}\p{M}\p{N}]")
    space_re, space_regex = re.compile(r"\s"), regex.compile(r"\s")
    common = [chr(cp) for cp in range(0x3000) if _COMMON.match(chr(cp))]
    assert len(common) > 1000
    for char in common:
        assert bool(word_re.match(char)) == bool(word_regex.match(char)), hex(ord(char))
        assert bool(space_re.match(char)) == bool(space_regex.match(char)), hex(ord(char))


def test_long_space_run_is_linear() -> None:
    """A text ending in a long run of spaces (which a pattern matching the space before a
    token would retry from every one of them) is cut into its tokens."""
    doc = _doc("قال " + " " * 200_000)
    assert doc.words == ["قال"]
