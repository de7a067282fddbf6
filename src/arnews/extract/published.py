"""Where a dump states its publication date: the first of these that gives one.

1. a line labelled as the page's publication stamp («نشر في: …», «تاريخ النشر: …»);
2. a date line under the headline (or between two prints of it), the one nearest the
   story («TITLE / الأحد 07 مارس 2021 09:12 م / TITLE / story»);
3. a date line right above the headline («crumbs / الثلاثاء 21 نيسان 2020 - 13:10 /
   TITLE») unless it is the dump's first line of text: a date at the very top of the
   page is the site's «today» widget;
4. with no headline, the last date line before the story;
5. a date opening the story («12 يوليوز, 2018 - 09:15:00 أعلنت …»), cut from it;
6. the date of an agency dateline («مصراتة 3 مارس 2016 (وال)-», «مسقط في 27 يناير
   2026 /العُمانية/»);
7. «today» named in full in the lead («اليوم الأحد 21 نوفمبر 2021», «يومه الخميس 14 محرم
   1447 هـ، الموافق لـ10 يوليوز 2025»).

A date line that needs a reference («21 يوليو», «منذ ساعتين») is read against the
caller's ``reference_date``, else against another date of the page (the «today»
widget at its top); with neither it gives no date. The clock is never read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time
from functools import lru_cache
from typing import Final

import regex

from arnews.dates import scan_dates
from arnews.extract import phrases
from arnews.extract.credits import read_dateline
from arnews.extract.dump import Classified, Dump
from arnews.extract.limits import LEAD_CHARS, TODAY_CHAIN_GAP, TODAY_REACH
from arnews.extract.lines import STAND_INS, Line
from arnews.extract.roles import Role
from arnews.extract.sitename import Outlet
from arnews.extract.stamps import parse_stamp
from arnews.model import DateMention
from arnews.sites import Site

__all__ = ["Published", "find_published"]

# Day, month word, year, then an optional clock, at the very start of a paragraph.
_OPENING_STAMP: Final = regex.compile(
    r"^((?:[0-9]{1,2}[ /.-]\p{L}{3,12}[ ,/.-]{1,3}[0-9]{4}"
    r"|[0-9]{1,4}[/.-][0-9]{1,2}[/.-][0-9]{1,4})"
    r"(?:\s*[-–|,]?\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?)\s*[-–|:]?\s+"
)
_DIGIT: Final = regex.compile(r"[0-9٠-٩]")
_TODAY_GAP: Final = regex.compile(r"[\s،,(:\-–]*")
_WRITTEN: Final = frozenset({"absolute", "hijri", "numeric", "iso"})
_DAY_NAME: Final = 20
"""«اليوم الأربعاء (1 …»: the date's first digit comes within this many characters."""
_GREGORIAN: Final = frozenset({"absolute", "numeric", "iso"})


@dataclass(frozen=True, slots=True)
class Published:
    """The publication and update dates of a dump, and its paragraphs (the first one
    without a date that opened it)."""

    published: datetime | None
    modified: datetime | None
    paragraphs: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Page:
    """What a stamp is read with: the caller's reference, the site, the page's own date."""

    reference: datetime | None
    site: Site | None
    widget: datetime | None
    """A date the page states in full elsewhere (its «today» widget): the reference of a
    date line that needs one when the caller gave none."""


def _value(line: Line, page: _Page) -> datetime | None:
    """The date of a date line, one that needs a reference read against the page's."""
    if line.stamp is not None or not line.relative_stamp:
        return line.stamp
    if page.reference is not None or page.widget is None:
        return None
    widget = page.widget
    if widget.time() == time(0, 0):
        # A day without a time: «منذ ساعتين» is on that day, whatever the hour.
        end = datetime.combine(widget.date(), time(23, 59), widget.tzinfo)
        value = parse_stamp(line.text, reference=end, site=page.site)
        return None if value is None else datetime.combine(value.date(), time(0, 0), value.tzinfo)
    return parse_stamp(line.text, reference=widget, site=page.site)


def _first_text_line(dump: Dump) -> int | None:
    return next((i for i, c in enumerate(dump.lines) if c.line.lettered), None)


def _header_stamp(dump: Dump, page: _Page) -> datetime | None:
    """Steps 2–4: the date line under the headline nearest the story, else the one right
    above it (not the page's first line), else, with no headline, the last before the
    story."""
    stamps = [(i, c) for i, c in enumerate(dump.lines[: dump.story]) if c.role is Role.STAMP]
    top, first = dump.headline_at, _first_text_line(dump)
    below = [c for i, c in stamps if top is None or i > top]
    above = [c for i, c in stamps if top is not None and i < top and i != first]
    for candidates in (below, above):
        for classified in reversed(candidates):
            value = _value(classified.line, page)
            if value is not None:
                return value
    return None


def _widget(lines: Sequence[Classified]) -> datetime | None:
    """The first date a line states in full: the page's own «today» at least."""
    return next((c.line.stamp for c in lines if c.line.stamp is not None), None)


def _opening_stamp(paragraph: str, page: _Page) -> tuple[datetime | None, str]:
    """Step 5: a date that opens the story, and the paragraph without it."""
    match = _OPENING_STAMP.match(paragraph)
    if match is None:
        return None, paragraph
    value = parse_stamp(match.group(1), reference=page.reference or STAND_INS[0], site=page.site)
    if value is None:
        return None, paragraph
    return value, paragraph[match.end() :]


@lru_cache(maxsize=1)
def _today() -> regex.Pattern[str]:
    words = "|".join(regex.escape(w) for w in phrases.TODAY_WORDS)
    return regex.compile(rf"(?<!\p{{L}})(?:{words})(?!\p{{L}})")


def today_in_lead(paragraphs: Sequence[str]) -> datetime | None:
    """Step 7: the date «today» is named with in the lead, written in full.

    >>> today_in_lead(["أفادت الوزارة اليوم الأحد 21 نوفمبر 2021، أن الحملات مستمرة."])
    datetime.datetime(2021, 11, 21, 0, 0)
    >>> today_in_lead(["التقى الوزير أمس الخميس 9 أكتوبر 2025 بسفير اليابان."]) is None
    True
    """
    lead = "\n".join(paragraphs)[:LEAD_CHARS]
    todays = [
        m for m in _today().finditer(lead) if _DIGIT.search(lead, m.end(), m.end() + _DAY_NAME)
    ]
    if not todays:
        return None
    found = [
        f.mention
        for f in scan_dates(lead, STAND_INS[0])
        if f.mention.kind in _WRITTEN and not f.anchored
    ]
    for today in todays:
        chain: list[DateMention] = []
        end = today.end()
        for mention in found:
            if mention.start <= today.start() < mention.end:
                # The dates engine reads «اليوم الأحد 21 نوفمبر 2021» as one mention.
                chain.append(mention)
                end = mention.end
                continue
            gap = mention.start - end
            limit = TODAY_REACH if not chain else TODAY_CHAIN_GAP
            if 0 <= gap <= limit and (chain or _TODAY_GAP.fullmatch(lead, end, mention.start)):
                chain.append(mention)
                end = mention.end
            elif mention.start > end:
                break
        if chain:
            gregorian = [m for m in chain if m.kind in _GREGORIAN]
            return (gregorian or chain)[0].value
    return None


def find_published(
    dump: Dump,
    paragraphs: Sequence[str],
    *,
    reference: datetime | None,
    site: Site | None,
    outlet: Outlet,
) -> Published:
    """The publication date of a classified dump by the steps of this module, its update
    date (a line labelled so), and its paragraphs."""
    page = _Page(reference, site, _widget(dump.lines))
    labelled = [c.line.labelled for c in dump.lines if c.role is Role.STAMP and c.line.labelled]
    modified = next((s.modified for s in labelled if s.modified), None)
    published = next((s.published for s in labelled if s.published), None)
    published = published or _header_stamp(dump, page)
    paragraphs = list(paragraphs)
    if published is None and paragraphs:
        published, paragraphs[0] = _opening_stamp(paragraphs[0], page)
    if published is None and paragraphs:
        published = read_dateline(paragraphs[0], outlet).date or today_in_lead(paragraphs)
    return Published(published, modified, tuple(paragraphs))
