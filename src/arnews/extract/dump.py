"""The text classify stage: each line of a dump gets one role, in one walk.

The walk reads the lines' features (:mod:`arnews.extract.lines`) and goes in order:

1. the **headline** (:mod:`arnews.extract.headlines`): lines before it are navigation,
   except a date STAMP right above it; lines between two prints of it are read as header;
2. the **header**, up to the story's first paragraph: date STAMPs and credit lines
   (a BYLINE when it names authors, «الرباط-فلان», «كتب – فلان –»; a CREDIT when it
   names an agency or outlet only, «بلدي نيوز», «رام الله /وفا/»), unless they are an
   image CAPTION; with no headline, only the two lines right above the story credit it;
3. the **story**, from its first paragraph (past teasers above the page's masthead; its
   prose when it has no paragraph) up to the END_OF_STORY line: STORY paragraphs and the
   lines carrying one on, labelled STAMPs, credits and bylines, REPEATs; an embedded
   tweet's text and a last line that is a prompt or another story's headline are not;
4. the **footer**: the first RELATED_HEADING and the RELATED_ITEM headlines under it.

Credit lines are parsed when the lines' features are read; the field steps read them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

import regex

from arnews.extract import phrases
from arnews.extract.boilerplate import BoilerplateMatcher, phrase_key
from arnews.extract.headlines import Headline, find_headline, stamp_before
from arnews.extract.limits import CREDIT_REACH, DATED_TITLE_GAP, MASTHEAD_REACH, MAX_TEASER_WORDS
from arnews.extract.lines import Line
from arnews.extract.roles import Role
from arnews.extract.sitename import Outlet
from arnews.sites import Site

__all__ = ["Classified", "Dump", "classify_lines"]


# A full stop ending a sentence inside a line (not the «..» of a headline).
_SENTENCE_STOP: Final = regex.compile(r"(?<!\.)\.(?!\.)")


@dataclass(frozen=True, slots=True)
class Classified:
    """A line and its role; a BYLINE or CREDIT carries what it names."""

    line: Line
    role: Role
    names: tuple[str, ...] = ()
    """The authors a BYLINE names."""
    credit: str | None = None
    """The agency or outlet a BYLINE or CREDIT names."""
    place: str | None = None
    """The city a BYLINE, CREDIT or STAMP line names («الرباط-فلان», «بنغازي- 30أغسطس2020م»):
    the dateline when the story's first line has none."""


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
    headline_at: int | None = None
    """The index of the headline's (first) line."""

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


# ----------------------------------------------------------------------------- header


def _other(line: Line) -> Classified:
    return Classified(line, Role.BOILERPLATE if line.boilerplate else Role.OTHER)


def _credited(line: Line, role: Role | None = None) -> Classified | None:
    """A credit line as a BYLINE (it names authors) or a CREDIT, with what it names."""
    credit = line.credit
    if credit is None:
        if line.agency is None:
            return None
        return Classified(line, role or Role.CREDIT, credit=line.agency)
    chosen = role or (Role.BYLINE if credit.authors else Role.CREDIT)
    return Classified(line, chosen, credit.authors, credit.source, credit.place)


def _header(line: Line, credits: bool) -> Classified:
    """A line between the headline and the story: a date STAMP (maybe with a dateline's
    city, «بنغازي- 30أغسطس2020م»), a credit line («صدى المدينة – حلب», «كتب: فلان») when
    *credits* are read there, an image caption, or other."""
    if line.stamp is not None or line.relative_stamp:
        place = line.credit.place if line.credit else None
        return Classified(line, Role.STAMP, place=place)
    credited = _credited(line) if credits and not line.caption else None
    if credited is not None:
        return credited
    if line.caption:
        return Classified(line, Role.CAPTION)
    return _other(line)


def _credit_lines(lines: Sequence[Line], start: int, story: int, titled: bool) -> set[int]:
    """Where credits are read before the story: every header line under a headline; with
    none, the last :data:`CREDIT_REACH` lines of text before the story (a site name or a
    widget at the top of the page credits nothing)."""
    if titled:
        return set(range(start, story))
    near: set[int] = set()
    for index in range(story - 1, start - 1, -1):
        if lines[index].lettered and not lines[index].boilerplate:
            near.add(index)
            if len(near) >= CREDIT_REACH:
                break
    return near


# ------------------------------------------------------------------- story, footer


def _story_line(line: Line, previous: Role | None, seen: set[str], prose: bool) -> Classified:
    """A line of the story: a labelled stamp, a credit («(وام)», «حاوره / فلان»), a
    paragraph (or prose carrying the last one on: «وأضاف أنه …»; any prose when *prose*,
    in a dump with no paragraph), a repeat, or other."""
    if line.labelled:
        return Classified(line, Role.STAMP)
    if line.agency is not None or (line.credit is not None and _in_story(line)):
        # «(الوكالة الوطنية)» on a line of its own credits the story; «حاوره / فلان»
        # names its author.
        return _credited(line) or _other(line)
    if line.paragraph or (line.continues and previous is Role.STORY) or (prose and line.prose):
        role = Role.REPEAT if line.key in seen else Role.STORY
        seen.add(line.key)
        return Classified(line, role)
    return _other(line)


def _story(lines: Sequence[Line], title: str | None) -> list[Classified]:
    """The story's lines, up to the line that ends it (not included)."""
    seen = {phrase_key(title)} if title else set()
    prose = not any(line.paragraph for line in lines)
    out: list[Classified] = []
    previous: Role | None = Role.STORY
    for line in lines:
        if line.ends_story:
            break
        if line.tweet:
            _drop_tweet_text(out)
        classified = _story_line(line, previous, seen, prose)
        out.append(classified)
        if line.lettered:
            previous = classified.role
        if line.closes_story:
            break
    _drop_trailing(out)
    return out


def _drop_tweet_text(out: list[Classified]) -> None:
    """The text of an embedded tweet: the paragraph right above its picture link or
    signature that ends with no full stop (the story's own paragraphs do)."""
    last = next((i for i in range(len(out) - 1, -1, -1) if out[i].line.lettered), None)
    if last is None or out[last].role is not Role.STORY:
        return
    line = out[last].line
    if not line.text.endswith(phrases.FULL_STOPS) and not line.tweet:
        out[last] = _other(line)


def _drop_trailing(out: list[Classified]) -> None:
    """The story's last paragraph is not story when it is a prompt ending with a colon for
    something that is not text («… للتواصل مع التحرير يرجى الكتابة إلى:» over an e-mail address),
    or another story's headline after the last sentence («“متلازمة نادرة”.. ما هي
    أعراضها؟»)."""
    stories = [i for i, c in enumerate(out) if c.role is Role.STORY]
    if not stories:
        return
    last = out[stories[-1]].line
    before = out[stories[-2]].line if len(stories) > 1 else None
    after = next((c.line for c in out[stories[-1] + 1 :] if c.line.lettered), None)
    prompt = last.text.endswith(":") and after is not None and not after.arabic
    teaser = (
        before is not None
        and before.text.endswith(phrases.FULL_STOPS)
        and last.title_like
        and not last.continues
        and last.words <= MAX_TEASER_WORDS
        and _SENTENCE_STOP.search(last.text) is None
    )
    if prompt or teaser:
        out[stories[-1]] = _other(last)


def _story_start(lines: Sequence[Line], start: int, repeats: set[int]) -> int:
    """Where the story begins: its first paragraph (a run of paragraphs above the page's
    masthead is teasers of other stories), else its first line of prose."""
    first = next(
        (i for i in range(start, len(lines)) if lines[i].paragraph and i not in repeats), None
    )
    if first is None:
        return next((i for i in range(start, len(lines)) if lines[i].prose), len(lines))
    masthead = max(
        (i for i in range(first, min(first + MASTHEAD_REACH, len(lines))) if lines[i].masthead),
        default=None,
    )
    if masthead is not None:
        after = next((i for i in range(masthead, len(lines)) if lines[i].paragraph), None)
        if after is not None:
            return after
    return first


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


def _in_story(line: Line) -> bool:
    """A credit line inside the story: a byline with a label or a place («حاوره / فلان»),
    or a source on its own («(LBCI)», «المصدر: وكالات», an outlet's signature)."""
    credit = line.credit
    if credit is None:
        return False
    return bool(credit.authors) or (credit.source is not None and credit.place is None)


def _before_story(lines: Sequence[Line], index: int, found: Headline | None) -> Classified:
    """A line before the header: the headline's prints, and between them its date stamp
    and credits («TITLE / الأحد 07 مارس 2021 / TITLE»); before the headline, the date
    stamp right above it; navigation otherwise."""
    line = lines[index]
    if found is None:
        return _other(line)
    if index in (found.first, found.last):
        return Classified(line, Role.TITLE)
    if found.first < index < found.last:
        return _header(line, credits=True)
    if index == stamp_before(lines, found.first):
        return Classified(line, Role.STAMP)
    return _other(line)


def _repeats(lines: Sequence[Line], found: Headline | None) -> set[int]:
    """The lines right under the headline that begin with it again (the headline glued to
    an image caption: «TITLE TITLE وزير النقل فى مجلس الشورى»): not the story's start."""
    if found is None:
        return set()
    key = lines[found.first].key
    out: set[int] = set()
    for index in range(found.last + 1, min(found.last + 1 + DATED_TITLE_GAP, len(lines))):
        if lines[index].key.startswith(key) and lines[index].key != key:
            out.add(index)
    return out


def classify_lines(
    lines: Sequence[Line],
    site: Site | None,
    matcher: BoilerplateMatcher,
    outlet: Outlet | None = None,
) -> Dump:
    """Give every line of a dump its role, in one walk from top to bottom (*outlet* tells
    the outlet's own name in a dateline)."""
    found = find_headline(lines, site, matcher, outlet or Outlet())
    title = found.text if found else None
    start = found.last + 1 if found else 0
    out = [_before_story(lines, i, found) for i in range(start)]
    repeats = _repeats(lines, found)
    story = _story_start(lines, start, repeats)
    credits = _credit_lines(lines, start, story, found is not None)
    out.extend(
        Classified(lines[i], Role.REPEAT) if i in repeats else _header(lines[i], i in credits)
        for i in range(start, story)
    )
    out.extend(_story(lines[story:], title))
    out.extend(_footer(lines[len(out) :], matcher))
    return Dump(
        tuple(out), title, found.site_name if found else None, story, found.first if found else None
    )
