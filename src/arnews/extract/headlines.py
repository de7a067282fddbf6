"""Where a dump's headline is: one cascade over the lines' features, first match wins.

1. a «TITLE - SITE» line whose TITLE is printed again, or whose SITE is the site's;
2. a headline printed twice before the story: the one nearest the story, and when the
   two prints stand on consecutive lines right under a lone headline-like line, they
   are an image's alt text and caption and that line is the headline (so is a longer
   headline between the two prints that holds them: they are an excerpt of it);
3. a headline-like line over a paragraph opening with an agency dateline («الدوحة- قنا :
   …»), even under teasers of other stories;
4. the first headline-like line with the story right after it;
5. a headline-like line with a date stamp under it and the story right after
   («TITLE / 2021-06-08 / story»), even after prose that is not the story (a site's
   «about» blurb).

The lines before the headline are navigation; a date stamp among the few right before
it is the page's own (:func:`stamp_before`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import regex

from arnews.extract.boilerplate import BoilerplateMatcher, phrase_keys
from arnews.extract.credits import read_dateline
from arnews.extract.dumptext import undecorated
from arnews.extract.limits import (
    CAPTION_REACH,
    DATED_TITLE_GAP,
    MIN_CRUMBS,
    MIN_TITLE_WORDS,
    REPEAT_WINDOW,
    STAMP_BEFORE_TITLE,
    STORY_WINDOW,
    TITLE_LINE_SEARCH,
    TITLE_SEARCH_LINES,
)
from arnews.extract.lines import Line
from arnews.extract.sitename import Outlet
from arnews.sites import Site

__all__ = ["Headline", "find_headline", "stamp_before"]

_CRUMB: Final = regex.compile(r"\s[/»›>]\s")
# A dateline's separators, near the start of a paragraph.
_CREDIT_MARK: Final = regex.compile(r"[-–—_:/(]")
_CREDIT_MARK_REACH: Final = 60
"""A dateline's first separator comes within this many characters of a paragraph's start."""


@dataclass(frozen=True, slots=True)
class Headline:
    """Where the headline is: its line (and the last line of its prints) and its text."""

    first: int
    last: int
    text: str
    site_name: str | None = None


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


def _title_line(lines: Sequence[Line], site: Site | None) -> Headline | None:
    """«TITLE - SITE» with TITLE printed again right after, or SITE the site's name."""
    suffixes = phrase_keys(_site_names(site))
    for i, line in enumerate(lines[:TITLE_LINE_SEARCH]):
        split = line.split
        if split is None or len(split.head.split()) < MIN_TITLE_WORDS:
            continue
        repeat = _repeat_of(lines, i, split.head_key)
        if repeat is not None:
            return Headline(i, repeat, split.head, split.tail)
        if split.tail_key in suffixes:
            return Headline(i, i, split.head, split.tail)
    return None


def _lone_headline_before(lines: Sequence[Line], index: int) -> int | None:
    """A headline-like line printed once among the few lines of text before *index*
    (section labels, stamps and boilerplate between them do not count)."""
    seen = 0
    for k in range(index - 1, -1, -1):
        line = lines[k]
        if line.title_like:
            repeated = any(other.key == line.key for j, other in enumerate(lines) if j != k)
            return None if repeated else k
        if line.lettered and not line.boilerplate and line.stamp is None:
            seen += 1
            if seen >= CAPTION_REACH:
                return None
    return None


def _repeated_headline(lines: Sequence[Line]) -> Headline | None:
    """The headline printed twice nearest the story (a poll repeated at the end is no
    title); two prints on consecutive lines under a lone headline are a caption."""
    story = next((i for i, line in enumerate(lines) if line.opens_story), len(lines))
    found: Headline | None = None
    for i, line in enumerate(lines[: min(story, TITLE_SEARCH_LINES)]):
        if not line.title_like or (found is not None and i <= found.last):
            continue
        repeat = _repeat_of(lines, i, line.key)
        if repeat is None:
            continue
        lone = _lone_headline_before(lines, i) if repeat == i + 1 else None
        whole = _whole_between(lines, i, repeat)
        if lone is not None:
            found = Headline(lone, repeat, lines[lone].text)
        elif whole is not None:
            found = Headline(whole, repeat, lines[whole].text)
        else:
            found = Headline(i, repeat, line.text)
    return found


def _whole_between(lines: Sequence[Line], first: int, repeat: int) -> int | None:
    """A headline between two prints of a phrase that holds the phrase: the phrase is an
    excerpt of it printed around it (an image's alt text), and it is the headline."""
    key = lines[first].key
    for k in range(first + 1, repeat):
        if lines[k].title_like and key in lines[k].key and len(lines[k].key) > len(key):
            return k
    return None


def _dated_headline(lines: Sequence[Line]) -> Headline | None:
    """A headline-like line right above a date stamp (one other line may sit between them)
    with a paragraph at most :data:`DATED_TITLE_GAP` lines after the stamp."""
    for s, stamp in enumerate(lines[:TITLE_SEARCH_LINES]):
        if stamp.stamp is None or stamp.boilerplate:
            continue
        after = lines[s + 1 : s + 1 + DATED_TITLE_GAP]
        if not any(following.paragraph for following in after):
            continue
        for k in range(s - 1, max(s - 1 - DATED_TITLE_GAP, -1), -1):
            if lines[k].title_like:
                return Headline(k, k, lines[k].text)
    return None


def _opens_with_credit(line: Line, outlet: Outlet) -> bool:
    """A paragraph opening with a dateline that names an agency or an outlet, or a date."""
    if not line.paragraph or not _CREDIT_MARK.search(line.text, 0, _CREDIT_MARK_REACH):
        return False
    credit = read_dateline(line.text, outlet)
    return credit.source is not None or credit.date is not None


def _headline_over_dateline(lines: Sequence[Line], outlet: Outlet) -> Headline | None:
    """A headline-like line right above a paragraph that opens with an agency dateline
    («صنعاء- سبأ : …»; an agency's name on a line of its own may sit between them), even
    under teasers of other stories."""
    for i, line in enumerate(lines[: TITLE_SEARCH_LINES - 1]):
        if not line.title_like:
            continue
        for following in lines[i + 1 : i + 1 + DATED_TITLE_GAP]:
            if _opens_with_credit(following, outlet):
                return Headline(i, i, line.text)
            if following.credit is None and following.agency is None:
                break
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


def _headline_before_story(lines: Sequence[Line]) -> Headline | None:
    """The first headline-like line with the story right after it, before the story."""
    follows = _story_follows(lines)
    for i, line in enumerate(lines[:TITLE_SEARCH_LINES]):
        if line.title_like and follows[i]:
            return Headline(i, i, line.text)
        if line.opens_story:
            return None
    return None


def _cleaned(title: str, matcher: BoilerplateMatcher) -> str:
    """«الرئيسية / أخبار محلية / TITLE» → TITLE; emoji and stray marks around it go."""
    parts = _CRUMB.split(title)
    if len(parts) >= MIN_CRUMBS and matcher.is_boilerplate(parts[0]):
        title = parts[-1].strip() or title
    return undecorated(title) or title


def find_headline(
    lines: Sequence[Line], site: Site | None, matcher: BoilerplateMatcher, outlet: Outlet
) -> Headline | None:
    """The dump's headline, by the cascade of this module; its text is cleaned of a
    breadcrumb and of decoration."""
    found = (
        _title_line(lines, site)
        or _repeated_headline(lines)
        or _headline_over_dateline(lines, outlet)
        or _headline_before_story(lines)
        or _dated_headline(lines)
    )
    if found is None:
        return None
    return Headline(found.first, found.last, _cleaned(found.text, matcher), found.site_name)


def stamp_before(lines: Sequence[Line], first: int) -> int | None:
    """A date stamp among the lines right before the headline at *first* («crumbs / date /
    headline»): at most :data:`STAMP_BEFORE_TITLE` lines of text between them. A date
    further up is a site-wide «today» widget."""
    between = 0
    for k in range(first - 1, -1, -1):
        line = lines[k]
        if line.stamp is not None:
            return k
        if line.lettered and not line.boilerplate:
            between += 1
            if between > STAMP_BEFORE_TITLE:
                return None
    return None
