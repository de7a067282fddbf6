"""The last step: white space tidied (:func:`tidy`), on a plain or a tracked string."""

from __future__ import annotations

import re
from typing import Final

from arnews.normalization._offsets import Match, T, Tracked, sub_matches

__all__ = ["tidy"]

_SPACE_RUN_RE: Final = re.compile(r"  +")  # a literal prefix: faster than " {2,}"
# What only a run of spaces and line breaks that tidying changes holds (a literal first
# character: fast): two spaces, a space and a line break, three line breaks.
_CHANGE_RES: Final = (re.compile(r" [ \n]"), re.compile(r"\n(?: |\n\n)"))
_BLANK_RUN_RE: Final = re.compile(r"[ \n]+")
_KEPT_BREAKS: Final = 2
"""Line breaks kept of a run: one blank line at most."""


def tidy(text: T) -> T:
    """Collapse runs of spaces, drop the spaces around line breaks, keep at most one blank
    line, strip the ends. Only removes characters: of a run, the first space or the first
    one or two line breaks stay, with their offsets.

    A plain string is tidied line by line (:func:`_tidy_lines`); a tracked one run by run
    (only the runs that change are edited, so its offsets are copied in long stretches),
    with the same result (a Hypothesis property checks it)."""
    if "  " not in text and not text.startswith(" ") and not text.endswith((" ", "\n")):
        if "\n" not in text:  # one line (the common case, checked first)
            return text
        if " \n" not in text and "\n " not in text and "\n\n\n" not in text and text[0] != "\n":
            return text
    if isinstance(text, Tracked):
        return sub_matches(text, _blank_runs(text), _tidied)
    return _tidy_lines(text)


def _blank_runs(value: str) -> list[re.Match[str]]:
    """Every run of spaces and line breaks that tidying changes, in order: those that
    hold two spaces, a space and a line break, or three line breaks, and those at either
    end."""
    found = {change.start() for pattern in _CHANGE_RES for change in pattern.finditer(value)}
    last = len(value.rstrip(" \n"))
    runs: list[re.Match[str]] = []
    end = 0
    for found_at in sorted(found | {0, last}):
        start = found_at
        while start > end and value[start - 1] in " \n":  # back to the start of the run
            start -= 1
        if found_at >= end and (run := _BLANK_RUN_RE.match(value, start)) is not None:
            runs.append(run)
            end = run.end()
    return runs


def _tidied(run: Match) -> str:
    """What tidying leaves of the run of spaces and line breaks *run*."""
    if run.start() == 0 or run.end() == len(run.string):
        return ""
    breaks = run.group().count("\n")
    return "\n" * min(breaks, _KEPT_BREAKS) if breaks else " "


def _tidy_lines(value: str) -> str:
    """The tidied *value*, built line by line (split and join run in C)."""
    lines: list[str] = []
    blank = False
    for raw in value.split("\n"):
        line = (_SPACE_RUN_RE.sub(" ", raw) if "  " in raw else raw).strip(" ")
        if line:
            if blank and lines:
                lines.append("")
            lines.append(line)
            blank = False
        else:
            blank = True
    return "\n".join(lines)
