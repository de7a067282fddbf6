"""Quotation marks: which opening and closing marks of a text pair up.

:func:`pair_quote_marks` scans the marks once with a stack. Directional marks
(«» “” „“ ‘’) may run over a few paragraph breaks; the ASCII ``"``, whose
direction is guessed from its neighbours, pairs only within a paragraph. The
stack is bounded in age (characters and line breaks), so the scan is linear.
"""

from __future__ import annotations

from collections import deque
from typing import Final

import regex

from arnews.quotes._letters import QUOTE_PREFIX_LETTERS

__all__ = ["MAX_QUOTE_BREAKS", "MAX_QUOTE_CHARS", "OPENERS", "PAIR_DEPTH", "pair_quote_marks"]

MAX_QUOTE_CHARS: Final = 8000
"""An opening mark left open longer than this is treated as unmatched."""
MAX_QUOTE_BREAKS: Final = 4
"""Line breaks (two per paragraph break) a directional quote may run over."""
PAIR_DEPTH: Final = 4
"""How deep below the top of the open-mark stack a closing mark looks for its opener."""

OPENERS: Final = '«“„‘"”'
"""Marks that can open a quote (“ and ” both open in some typographies)."""
_ALWAYS_OPEN: Final = "«„‘"
"""Openers that never close anything, so they open wherever they are."""
_CLOSES: Final[dict[str, str]] = {"»": "«", "’": "‘", "”": "“„”", "“": "„”", '"': '"'}
"""A closing mark → the opening marks it can close."""
_CLOSE_BY_CONTEXT: Final = '"“'
"""Closing marks that also open: they close only where a closer can stand."""
_NOT_BEFORE_CLOSER: Final = ":([{"
"""Characters after which a mark opens rather than closes."""
_NOT_AFTER_OPENER: Final = "،,.:;؛!?؟)"
"""Characters after which a mark closes rather than opens («البلد"،: أن …»)."""
_CONTINUED: Final = "«“„"
"""Opening marks that reopen each paragraph of a quote running over several."""
_MARK_RE: Final = regex.compile(r'[«»“”„‘’"\n]')

_Open = tuple[str, int, int]
"""An open mark on the stack: (mark, offset, line breaks seen before it)."""


def _closer_ok(text: str, pos: int) -> bool:
    """Whether a mark at *pos* sits where a closing mark can (after a word, not a space)."""
    if pos == 0:
        return False
    prev = text[pos - 1]
    if prev.isspace() or prev in _NOT_BEFORE_CLOSER or prev in OPENERS:
        return False
    # A lone prefix letter before the mark («و"جيفري», «ل"بلدي») opens a quote.
    return not (prev in QUOTE_PREFIX_LETTERS and (pos == 1 or not text[pos - 2].isalpha()))


def _opener_ok(text: str, pos: int) -> bool:
    """Whether a mark at *pos* sits where an opening mark can (before a word, not before a
    comma or a full stop, or after «:»)."""
    nxt = text[pos + 1] if pos + 1 < len(text) else ""
    before_word = nxt != "" and not nxt.isspace() and nxt not in _NOT_AFTER_OPENER
    return before_word or (pos > 0 and text[pos - 1] == ":")


def _free_standing(text: str, pos: int) -> bool:
    """Whether the mark at *pos* has a space on both sides («قال الوزير " نحن هنا "»): it
    closes an open ``"`` of its line if there is one, else it opens."""
    return 0 < pos < len(text) - 1 and text[pos - 1] == " " and text[pos + 1] == " "


def _continues(text: str, pos: int, stack: deque[_Open], breaks: int) -> bool:
    """Whether the opening mark at *pos* starts a paragraph that continues the quote
    still open from an earlier paragraph with the same mark."""
    if not stack or text[pos] not in _CONTINUED or stack[-1][0] != text[pos]:
        return False
    start = pos
    while start > 0 and text[start - 1] in " \t":
        start -= 1
    return start > 0 and text[start - 1] == "\n" and stack[-1][2] < breaks


def _has_open(stack: deque[_Open], kinds: str) -> bool:
    """Whether one of the top :data:`PAIR_DEPTH` open marks is of one of *kinds*."""
    depth = min(PAIR_DEPTH, len(stack))
    return any(stack[-back][0] in kinds for back in range(1, depth + 1))


def _can_close(text: str, pos: int, stack: deque[_Open]) -> bool:
    """Whether the closing mark at *pos* may close here (“ and " only after a word; ” too
    when no “ or „ is open, as it then opens in some typographies)."""
    char = text[pos]
    needs_context = char in _CLOSE_BY_CONTEXT or (char == "”" and not _has_open(stack, "“„"))
    return not needs_context or _closer_ok(text, pos)


def _pop_opener(stack: deque[_Open], kinds: str, breaks: int) -> int | None:
    """Pop the nearest open mark of *kinds* within :data:`PAIR_DEPTH` (and the unclosed
    marks above it) and return its offset; ``None`` if there is none. An ASCII ``"``
    pairs only on its own line."""
    for back in range(1, min(PAIR_DEPTH, len(stack)) + 1):
        kind, opened, at_break = stack[-back]
        if kind in kinds and (kind != '"' or at_break == breaks):
            for _ in range(back):
                stack.pop()
            return opened
    return None


def pair_quote_marks(text: str) -> dict[int, int]:
    """Pair opening and closing quote marks of *text*: opener offset → closer offset.

    A stack of open marks; a closing mark looks a few entries down for its opener
    and drops the unclosed ones above it. Directional marks may run over a few line
    breaks; ASCII ``"`` pairs only within a paragraph. Open marks older than
    :data:`MAX_QUOTE_CHARS` are forgotten, so 50,000 unmatched «« cost linear time.

    >>> pair_quote_marks('قال: «نحن "هنا"» و«هم')
    {10: 14, 5: 15}
    """
    stack: deque[_Open] = deque()
    pairs: dict[int, int] = {}
    breaks = 0
    for match in _MARK_RE.finditer(text):
        pos = match.start()
        char = text[pos]
        if char == "\n":
            breaks += 1
            while stack and stack[-1][0] == '"':
                stack.pop()
            continue
        while stack and (
            pos - stack[0][1] > MAX_QUOTE_CHARS or breaks - stack[0][2] > MAX_QUOTE_BREAKS
        ):
            stack.popleft()
        kinds = _CLOSES.get(char)
        loose = char == '"' and _free_standing(text, pos)
        if kinds is not None and (loose or _can_close(text, pos, stack)):
            opened = _pop_opener(stack, kinds, breaks)
            if opened is not None:
                pairs[opened] = pos
                continue
        if char in OPENERS and (char in _ALWAYS_OPEN or loose or _opener_ok(text, pos)):
            if _continues(text, pos, stack, breaks):
                # «“…\n\n“…\n\n“…”»: a quote over several paragraphs reopens each one
                # and closes once; the first opener stays, its age counts from here.
                stack[-1] = (stack[-1][0], stack[-1][1], breaks)
            else:
                stack.append((char, pos, breaks))
    return pairs
