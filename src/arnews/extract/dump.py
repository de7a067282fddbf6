"""The text classify stage: each line of a dump gets one role, in one walk.

The walk reads the lines' features (:mod:`arnews.extract.lines`) and goes in order:

1. the **title**: a «TITLE - SITE» line whose TITLE is printed again (or whose SITE is
   the site's), else a headline printed twice, else the last headline-like line with
   the story right after it; lines before it are navigation;
2. the **header**, up to the first paragraph: date STAMPs, the line right under the
   title (a mixed BYLINE «لندن: رنيم حنوش» or the outlet as CREDIT «بلدي نيوز», unless
   it is an image CAPTION), labelled BYLINEs «كتب: فلان»;
3. the **story**, up to the END_OF_STORY line: STORY paragraphs, labelled STAMPs,
   agency CREDITs, REPEATs;
4. the **footer**: the first RELATED_HEADING and the RELATED_ITEM headlines under it.

Bylines are parsed when they are classified; the field steps read the result.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import regex

from arnews.extract.boilerplate import BoilerplateMatcher, phrase_key, phrase_keys
from arnews.extract.limits import (
    MAX_BYLINE_WORDS,
    MAX_SOURCE_WORDS,
    MIN_CRUMBS,
    MIN_TITLE_WORDS,
    REPEAT_WINDOW,
    STORY_WINDOW,
    TITLE_SEARCH_LINES,
)
from arnews.extract.lines import Line
from arnews.extract.people import parse_byline, split_authors
from arnews.extract.roles import Role
from arnews.sites import Site

__all__ = ["Classified", "Dump", "classify_lines"]

_CRUMB: Final = regex.compile(r"\s[/»›>]\s")


@dataclass(frozen=True, slots=True)
class Classified:
    """A line and its role; a BYLINE or CREDIT carries what it names."""

    line: Line
    role: Role
    names: tuple[str, ...] = ()
    """The authors a BYLINE names."""
    credit: str | None = None
    """The agency or outlet a BYLINE or CREDIT names."""


@dataclass(frozen=True, slots=True)
class Dump:
    """A dump's classified lines, in order, with its headline."""

    lines: tuple[Classified, ...]
    title: str | None
    """The headline, without a breadcrumb before it."""
    site_name: str | None
    """The SITE of its «TITLE - SITE» line, if it had one."""
    story: int
    """The index of the story's first line: the title and header come before it."""

    def of(self, role: Role) -> tuple[Line, ...]:
        """The lines in *role*."""
        return tuple(c.line for c in self.lines if c.role is role)

    @property
    def header(self) -> tuple[Classified, ...]:
        """The lines before the story: navigation, title, stamps, bylines, the source."""
        return self.lines[: self.story]

    @property
    def body(self) -> tuple[Classified, ...]:
        """The story's lines and what follows it."""
        return self.lines[self.story :]


@dataclass(frozen=True, slots=True)
class _Title:
    """Where the headline is: its line (and the line repeating it) and its text."""

    first: int
    last: int
    text: str
    site_name: str | None = None


# ------------------------------------------------------------------------------ title


def _site_names(site: Site | None) -> tuple[str, ...]:
    if site is None:
        return ()
    return (*(site.text.title_suffixes if site.text else ()), site.name)


def _repeat_of(lines: Sequence[Line], index: int, key: str) -> int | None:
    """The line within :data:`REPEAT_WINDOW` after *index* that reads *key* again."""
    for j in range(index + 1, min(index + 1 + REPEAT_WINDOW, len(lines))):
        if lines[j].key == key:
            return j
    return None


def _title_line(lines: Sequence[Line], site: Site | None) -> _Title | None:
    """«TITLE - SITE» with TITLE printed again right after, or SITE the site's name."""
    suffixes = phrase_keys(_site_names(site))
    for i, line in enumerate(lines[:TITLE_SEARCH_LINES]):
        split = line.split
        if split is None or len(split.head.split()) < MIN_TITLE_WORDS:
            continue
        repeat = _repeat_of(lines, i, split.head_key)
        if repeat is not None:
            return _Title(i, repeat, split.head, split.tail)
        if split.tail_key in suffixes:
            return _Title(i, i, split.head, split.tail)
    return None


def _repeated_headline(lines: Sequence[Line]) -> _Title | None:
    """A headline printed twice before the story (a poll repeated at the end is no title)."""
    story = next((i for i, line in enumerate(lines) if line.opens_story), len(lines))
    for i, line in enumerate(lines[: min(story, TITLE_SEARCH_LINES)]):
        if line.title_like:
            repeat = _repeat_of(lines, i, line.key)
            if repeat is not None:
                return _Title(i, repeat, line.text)
    return None


def _story_follows(lines: Sequence[Line]) -> list[bool]:
    """For each line, whether a paragraph comes within :data:`STORY_WINDOW` lines of text
    after it (captions, bylines, stamps and boilerplate may sit between a headline and
    its story; bullet counters and bare times without a letter do not count)."""
    follows = [False] * len(lines)
    gap: int | None = None  # lines of text before the next paragraph; None: no paragraph
    for index in range(len(lines) - 1, -1, -1):
        follows[index] = gap is not None and gap < STORY_WINDOW
        line = lines[index]
        if line.paragraph:
            gap = 0
        elif line.lettered and gap is not None:
            gap += 1
    return follows


def _headline_before_story(lines: Sequence[Line]) -> _Title | None:
    """The first headline-like line with the story right after it, before the story."""
    follows = _story_follows(lines)
    for i, line in enumerate(lines[:TITLE_SEARCH_LINES]):
        if line.opens_story:
            return None
        if line.title_like and follows[i]:
            return _Title(i, i, line.text)
    return None


def _without_breadcrumb(title: str, matcher: BoilerplateMatcher) -> str:
    """«الرئيسية / أخبار محلية / TITLE» → TITLE."""
    parts = _CRUMB.split(title)
    if len(parts) >= MIN_CRUMBS and matcher.is_boilerplate(parts[0]):
        return parts[-1].strip() or title
    return title


# ----------------------------------------------------------------------------- header


def _other(line: Line) -> Classified:
    return Classified(line, Role.BOILERPLATE if line.boilerplate else Role.OTHER)


def _under_title(line: Line) -> Classified:
    """The line right under the title: a byline mixing places, names and agencies
    («لندن: رنيم حنوش», «عدن، صنعاء: محمد عبدالعظيم، الوكالات»), or the outlet the story
    comes from («بلدي نيوز»)."""
    if line.words > MAX_BYLINE_WORDS or not line.arabic or line.boilerplate:
        return _other(line)
    if line.byline_mark or line.byline:
        names, credit = parse_byline(line.text)
        return Classified(line, Role.BYLINE, names, credit)
    if line.words <= MAX_SOURCE_WORDS:
        return Classified(line, Role.CREDIT, credit=line.agency or line.text)
    return _other(line)


def _header(line: Line, under_title: bool) -> Classified:
    """A line between the title and the story."""
    if line.stamp is not None:
        return Classified(line, Role.STAMP)
    if under_title and not line.caption:
        return _under_title(line)
    if line.byline:
        names, credit = split_authors(line.text)
        return Classified(line, Role.BYLINE, tuple(names), credit)
    return Classified(line, Role.CAPTION) if under_title else _other(line)


# ------------------------------------------------------------------- story, footer


def _story(lines: Sequence[Line], title: str | None) -> list[Classified]:
    """The story's lines, up to the line that ends it (not included)."""
    seen = {phrase_key(title)} if title else set()
    out: list[Classified] = []
    for line in lines:
        if line.ends_story:
            break
        if line.closes_story:
            out.append(Classified(line, Role.STORY if line.paragraph else Role.OTHER))
            break
        if line.labelled:
            out.append(Classified(line, Role.STAMP))
        elif line.agency is not None:
            # «(الوكالة الوطنية)» on a line of its own credits the story.
            out.append(Classified(line, Role.CREDIT, credit=line.agency))
        elif line.paragraph:
            out.append(Classified(line, Role.REPEAT if line.key in seen else Role.STORY))
            seen.add(line.key)
        else:
            out.append(_other(line))
    return out


def _footer(lines: Sequence[Line], matcher: BoilerplateMatcher) -> list[Classified]:
    """From the line that ends the story: the first related-articles heading and the
    headlines under it."""
    out = [
        Classified(line, Role.END_OF_STORY) if i == 0 else _other(line)
        for i, line in enumerate(lines)
    ]
    for index, line in enumerate(lines):
        if matcher.is_related_heading(line.text):
            out[index] = Classified(line, Role.RELATED_HEADING)
            for item in range(index + 1, len(lines)):
                if not lines[item].headline or lines[item].ends_story:
                    break
                out[item] = Classified(lines[item], Role.RELATED_ITEM)
            break
    return out


def classify_lines(lines: Sequence[Line], site: Site | None, matcher: BoilerplateMatcher) -> Dump:
    """Give every line of a dump its role, in one walk from top to bottom."""
    found = _title_line(lines, site) or _repeated_headline(lines) or _headline_before_story(lines)
    title = _without_breadcrumb(found.text, matcher) if found else None
    start = found.last + 1 if found else 0
    out = [
        Classified(line, Role.TITLE) if found and i in (found.first, found.last) else _other(line)
        for i, line in enumerate(lines[:start])
    ]
    story = next((i for i in range(start, len(lines)) if lines[i].paragraph), len(lines))
    out.extend(_header(lines[i], i == start) for i in range(start, story))
    out.extend(_story(lines[story:], title))
    out.extend(_footer(lines[len(out) :], matcher))
    return Dump(tuple(out), title, found.site_name if found else None, story)
