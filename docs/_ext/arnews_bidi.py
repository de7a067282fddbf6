"""Sphinx extension: code blocks show Arabic strings in logical order.

A browser lays out a code block with the Unicode bidirectional algorithm, which
lets a run of Arabic pull the neutral characters around it (quotes, commas, and
digits, which count as Arabic after Arabic letters) into its right-to-left run:
``('القاهرة', 'رويترز', '2024-03-05')`` then shows its two names swapped and the
date glued onto the first. ``_static/bidi.css`` makes every highlighted token
its own bidi isolate, laid out left to right like the code around it, and each
run of *text* inside a string a first-strong isolate: Arabic inside the quotes
reads right to left, full stop and all, but can no longer move what is around it.

For that, the lexers registered here give the text of each string a token of its
own (the string's token type with a ``Content`` suffix: HTML class
``s2 s2-Content``), apart from its quotes, its escapes (``\\n``, ``\\u200f``) and
the spaces at its ends. The output of an interactive session (``>>>``) or a shell
session (``$``) is one token per line, so it is cut the same way into quoted
strings and fields (text between ``|`` or tab separators, as ``print(a, "|", b)``
writes them): ``go go-Content``. Nothing else changes: the text, its colours and
what a reader copies from the page stay exactly as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from pygments.lexer import Lexer
from pygments.lexers import BashSessionLexer, PythonConsoleLexer, PythonLexer
from pygments.token import Generic, String, _TokenType

if TYPE_CHECKING:
    from sphinx.application import Sphinx

Token = tuple[int, _TokenType, str]

QUOTED = re.compile(r"""'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*\"""")
"""A single- or double-quoted string on one line, backslash escapes included:
Python's ``repr`` of a string and JSON's string syntax."""

VALUE = re.compile(
    rf"(?:^|(?<=[(\[{{,:=]))[ ]*[bru]?({QUOTED.pattern})(?=[ ]*(?:[)\]}},:]|$))", re.MULTILINE
)
"""A quoted string as a value in printed data (a ``repr``, JSON): alone, or after an
opening bracket, comma, colon or ``=`` and before a closing bracket, comma or colon.
Quotes inside printed text (``وقال إن "…" أمام``) are not values."""

TEXT = re.compile(
    r"(?P<escape>\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.))"
    r"|(?P<text>[^\s\\|](?:[^\\|\t]*[^\s\\|])?)"
)
"""A backslash escape, or a run of text: no escape, ``|`` or tab inside, no
space at either end."""

DELIMITERS = frozenset({"'", '"', "'''", '"""'})
"""How Python's lexer yields the quotes of a string literal: apart from its content."""

NOT_TEXT = (String.Escape, String.Affix, String.Interpol, String.Delimiter)
"""Parts of a string literal that are code, not text: they stay left-to-right isolates."""


def isolate(tokens: Iterable[Token]) -> Iterator[Token]:
    """A lexer's tokens with the text of each string and each field of output apart,
    as ``Content`` tokens.

    Python's lexer yields a string's quotes apart from its content, which it cuts
    at escapes and inner quotes: the content is what lies between an opening
    delimiter and the same delimiter again, its pieces between two escapes are
    one text. Other lexers (shell, JSON) yield a quoted string as one token;
    session output is one token per line.
    """
    opener = None
    pieces: list[Token] = []  # of the current string's text, since the last escape
    for index, token, value in tokens:
        if opener is not None and _is_text(token) and value != opener:
            pieces.append((index, token, value))
            continue
        yield from _join(pieces)
        pieces.clear()
        if token is Generic.Output:
            yield from split_output(index, value)
        elif not _is_text(token):
            yield index, token, value
        elif opener is None and value not in DELIMITERS:
            yield from split_quoted(index, token, value)
        else:
            opener = value if opener is None else None
            yield index, token, value
    yield from _join(pieces)


def _join(pieces: list[Token]) -> Iterator[Token]:
    """Consecutive pieces of one string's text, as one text cut by :func:`split_text`."""
    if pieces:
        index, token, _ = pieces[0]
        yield from split_text(index, token, "".join(value for _, _, value in pieces))


def _is_text(token: _TokenType) -> bool:
    """Whether ``token`` is a string's quotes or text, not an escape, prefix or ``{…}``."""
    return token in String and not any(token in part for part in NOT_TEXT)


def split_output(index: int, text: str) -> Iterator[Token]:
    """One output token (at ``index`` in the block), its quoted :data:`VALUE` strings
    and the fields between them cut by :func:`split_quoted` and :func:`split_text`."""
    end = 0
    for match in VALUE.finditer(text):
        yield from split_text(index + end, Generic.Output, text[end : match.start(1)])
        yield from split_quoted(index + match.start(1), Generic.Output, match.group(1))
        end = match.end()
    yield from split_text(index + end, Generic.Output, text[end:])


def split_quoted(index: int, token: _TokenType, value: str) -> Iterator[Token]:
    """A whole quoted string (at ``index`` in the block): its quotes as ``token``, its
    content cut by :func:`split_text`. Any other value comes back as one ``token``."""
    if QUOTED.fullmatch(value):
        yield index, token, value[0]
        yield from split_text(index + 1, token, value[1:-1])
        yield index + len(value) - 1, token, value[-1]
    else:
        yield index, token, value


def split_text(index: int, token: _TokenType, text: str) -> Iterator[Token]:
    """``text`` (at ``index`` in the block): each run of :data:`TEXT` as ``token``'s
    ``Content``, the escapes, separators and spaces between them as ``token``."""
    end = 0
    for match in TEXT.finditer(text):
        if match.lastgroup == "text":
            if match.start() > end:
                yield index + end, token, text[end : match.start()]
            yield index + match.start(), token.Content, match.group()
            end = match.end()
    if end < len(text):
        yield index + end, token, text[end:]


class _Isolating(Lexer):
    """Mixin: the base lexer's tokens, passed through :func:`isolate`."""

    def get_tokens_unprocessed(self, text: str) -> Iterator[Token]:
        """The base lexer's tokens, the text of strings and output apart."""
        return isolate(super().get_tokens_unprocessed(text))


class IsolatingPythonLexer(_Isolating, PythonLexer):
    """Python code."""


class IsolatingPyconLexer(_Isolating, PythonConsoleLexer):
    """Python interactive sessions (doctests)."""


class IsolatingConsoleLexer(_Isolating, BashSessionLexer):
    """Shell sessions, whose output may be JSON Lines."""


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the lexers under the names code blocks use."""
    app.add_lexer("python", IsolatingPythonLexer)
    app.add_lexer("pycon", IsolatingPyconLexer)
    app.add_lexer("console", IsolatingConsoleLexer)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
