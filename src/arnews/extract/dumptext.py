"""A text dump cut into lines: display-normalized, cleaned of what a crawler left in.

:func:`dump_lines` cuts a dump into lines (markup, a crawler's date line, a teaser's «…
read more» link removed), :func:`title_splits` cuts the first ones as «TITLE - SITE»,
:func:`cut_agency_end` removes a news agency's end marker and what follows it, and
:func:`undecorated` the emoji and symbols around a headline.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

import regex

from arnews.extract import phrases
from arnews.extract.boilerplate import phrase_key
from arnews.extract.context import tidy
from arnews.extract.limits import TITLE_LINE_SEARCH
from arnews.extract.load import strip_controls
from arnews.normalization import normalize

__all__ = [
    "TitleSplit",
    "cut_agency_end",
    "dump_lines",
    "split_title_line",
    "title_splits",
    "undecorated",
]

_CRAWL_DATE: Final = regex.compile(r"^\s*date\s+[0-9]{4}-[0-9]{2}-[0-9]{2}\s*")
# Markup a crawler left in the text («<p> </p> <p><br />…», «<img src=…>»).
_TAG: Final = regex.compile(r"</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>\n]{0,300}?)?\s*/?>")
_SEPARATOR: Final = regex.compile(r"(?<!\s)\s++[-–—|]\s+")
# An agency's editors' initials closing a dispatch after its last sentence («… المحكمة.
# ع.م/ح.ص», «… (الأناضول) ع ن / س ع»).
_INITIALS_CODE: Final = regex.compile(
    r"(?<=[.»\")])\s*+\p{Arabic}(?:[.\s]\p{Arabic}){0,3}\s?/\s?\p{Arabic}(?:[.\s]\p{Arabic}){0,4}\s*+$"
)
# Decoration around a headline: emoji, symbols and bullets before it; after it, a run of
# them (or a stray «&») with a dot at most («… المدينة " &.»).
_DECORATION: Final = regex.compile(
    r"^[\p{So}\p{Sk}•●\s]++|(?<![\p{So}\p{Sk}&\s])(?:\s*+[\p{So}\p{Sk}&])++[\s.]*+$"
)


@dataclass(frozen=True, slots=True)
class TitleSplit:
    """A «TITLE - SITE» line cut at its last separator."""

    head: str
    tail: str
    head_key: str
    tail_key: str


def split_title_line(line: str) -> tuple[str, str] | None:
    """Split a «TITLE - SITE» line at its last separator.

    >>> split_title_line("لقاء في أنقرة - It's Over 9000!")
    ('لقاء في أنقرة', "It's Over 9000!")
    """
    matches = list(_SEPARATOR.finditer(line))
    if not matches:
        return None
    last = matches[-1]
    head, tail = line[: last.start()].strip(), line[last.end() :].strip()
    return (head, tail) if head and tail else None


def dump_lines(text: str) -> list[str]:
    """The non-empty lines of a dump in display normalization, without control characters,
    markup a crawler left in, the date line a crawler puts first, and what follows a
    teaser's «… read more» link."""
    raw_lines = strip_controls(text).splitlines()
    if raw_lines:
        raw_lines[0] = _CRAWL_DATE.sub("", raw_lines[0])
    out = []
    for raw in raw_lines:
        line = _TAG.sub(" ", raw) if "<" in raw else raw
        line = tidy(line).replace(phrases.SPACED_TATWEEL, " - ")
        if "…" in line or "..." in line:
            line = _read_more().sub("", line)
        clean = normalize(line, preset="display")
        if clean:
            out.append(clean)
    return out


@lru_cache(maxsize=1)
def _read_more() -> regex.Pattern[str]:
    """«… تابع قراءة TITLE» to the end of the line."""
    words = "|".join(_loose(w) for w in sorted(phrases.READ_MORE, key=len, reverse=True))
    return regex.compile(r"(?<!\s)\s*+(?:…|\.{3})\s*+(?:" + words + r")(?!\p{L}).*$")


def _loose(phrase: str) -> str:
    """A pattern for *phrase* as pages spell it: any alef for an alef."""
    return "".join("[اأإآ]" if char in "اأإآ" else regex.escape(char) for char in phrase)


@lru_cache(maxsize=1)
def _agency_end() -> regex.Pattern[str]:
    """An agency's end marker («// انتهى //», «(انتهى)», «انتهى/25») and all after it."""
    word = "(?:" + "|".join(regex.escape(w) for w in phrases.AGENCY_END) + ")"
    return regex.compile(
        rf"(?<!\s)\s*+(?://\s*+{word}\s*+//|\(\s*+{word}\s*+\)|(?<!\p{{L}}){word}\s*+/).*$"
    )


def cut_agency_end(text: str) -> tuple[str, bool]:
    """*text* without an agency's end marker and what follows it, and whether one was cut.

    >>> cut_agency_end("وأكد الوزير دعم بلاده.انتهى/25")
    ('وأكد الوزير دعم بلاده.', True)
    >>> cut_agency_end("وأكد الوزير دعم بلاده. ع.م/ح.ص")
    ('وأكد الوزير دعم بلاده.', True)
    """
    cut = _INITIALS_CODE.sub("", text) if "/" in text else text
    if any(word in cut for word in phrases.AGENCY_END):
        cut = _agency_end().sub("", cut)
    return cut, cut != text


def title_splits(texts: Sequence[str]) -> tuple[TitleSplit | None, ...]:
    """The «TITLE - SITE» split of each of the first lines (where a headline can be)."""
    out: list[TitleSplit | None] = []
    for text in texts[:TITLE_LINE_SEARCH]:
        split = split_title_line(text)
        out.append(
            None
            if split is None
            else TitleSplit(*split, phrase_key(split[0]), phrase_key(split[1]))
        )
    return tuple(out)


def undecorated(text: str) -> str:
    """*text* without emoji, symbols or bullets around it.

    >>> undecorated("🔥 حرائق في الغابات &.")
    'حرائق في الغابات'
    """
    return _DECORATION.sub("", text)
