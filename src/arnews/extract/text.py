"""The plain-text pipeline: a text dump of a page → :class:`~arnews.Article`.

A dump reads top to bottom as: navigation lines, a «TITLE - SITE» title line,
the title again, a source line («بلدي نيوز»), date stamps, the body paragraphs,
then boilerplate (a «مقالات ذات صلة» heading and its headlines, share lines,
editor lines, widgets). Each line is classified once; the title, source and
dates are taken from the lines before the first paragraph, the body runs until
a line that ends the story, and headlines under a related-articles heading
become :attr:`arnews.Article.related`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Final

import regex

from arnews.extract import phrases
from arnews.extract.boilerplate import BoilerplateMatcher, boilerplate_matcher, phrase_key
from arnews.extract.context import tidy
from arnews.extract.enrich import enrich
from arnews.extract.generic import block_quality
from arnews.extract.load import check_size, replace_surrogates
from arnews.extract.people import agency, byline_pattern, find_dateline, parse_byline, split_authors
from arnews.extract.stamps import parse_stamp
from arnews.model import Article, Link
from arnews.normalization import normalize
from arnews.sites import Site, find_site
from arnews.sites import sites as registered_sites

__all__ = ["extract_text", "split_title_line"]

_CRAWL_DATE: Final = regex.compile(r"^\s*date\s+[0-9]{4}-[0-9]{2}-[0-9]{2}\s*")
_CONTROLS: Final = regex.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]+")
_LETTER: Final = regex.compile(r"\p{L}")
_PUNCTUATION: Final = regex.compile(r"[\p{P}]")
_MIN_MENU_WORDS: Final = 7
_MIN_MENU_PLURALS: Final = 3
_LIST_COMMA: Final = regex.compile(r"[,،]")
_BYLINE_MARK: Final = regex.compile(r"[:：،()]|\s[-–—]|[-–—]\s")
# Day, month word, year, then an optional clock, at the very start of a paragraph.
_OPENING_STAMP: Final = regex.compile(
    r"^((?:[0-9]{1,2}[ /.-]\p{L}{3,12}[ ,/.-]{1,3}[0-9]{4}"
    r"|[0-9]{1,4}[/.-][0-9]{1,2}[/.-][0-9]{1,4})"
    r"(?:\s*[-–|,]?\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?)\s*[-–|:]?\s+"
)
_CRUMB: Final = regex.compile(r"\s[/»›>]\s")
_MIN_CRUMBS: Final = 3
_STAMP_PARTS: Final = regex.compile(r"\s[|]\s")
_SEPARATOR: Final = regex.compile(r"(?<!\s)\s++[-–—|]\s+")
_SENTENCE_END: Final = (".", "؟", "!", "…", ".»", '."', "»", '"')
_FULL_STOP: Final = (".", "؟", "…", ".»", '."')
_TITLE_SEARCH_LINES: Final = 15
_REPEAT_WINDOW: Final = 6
_MIN_PARAGRAPH_WORDS: Final = 10
_MAX_SOURCE_WORDS: Final = 3
_MIN_TITLE_WORDS: Final = 4
_STORY_WINDOW: Final = 6
_MAX_BYLINE_WORDS: Final = 8
_MAX_LABELLED_WORDS: Final = 24
_MAX_HEADLINE_WORDS: Final = 30
_MAX_DATE_LINE_WORDS: Final = 10


@dataclass(frozen=True, slots=True)
class _Line:
    text: str
    key: str
    words: int


def _count_words(text: str) -> int:
    """The number of white-space separated tokens that contain a letter."""
    return sum(1 for token in text.split() if _LETTER.search(token))


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


@lru_cache(maxsize=1)
def _end_markers() -> regex.Pattern[str]:
    keys = sorted({phrase_key(p) for p in phrases.END_MARKERS}, key=len, reverse=True)
    return regex.compile(r"^(?:" + "|".join(regex.escape(k) for k in keys) + r")(?!\p{L})")


def _is_paragraph(line: _Line, matcher: BoilerplateMatcher) -> bool:
    if block_quality(line.text) == 0 or matcher.is_boilerplate(line.text):
        return False
    return line.words >= _MIN_PARAGRAPH_WORDS or (
        line.words >= 4 and line.text.endswith(_SENTENCE_END)
    )


def _is_headline(line: _Line, matcher: BoilerplateMatcher) -> bool:
    return (
        2 <= line.words <= _MAX_HEADLINE_WORDS
        and block_quality(line.text) > 0
        and not matcher.is_boilerplate(line.text)
        and not line.text.endswith((":", "."))
    )


def _ends_story(line: _Line, site: Site | None) -> bool:
    if _end_markers().match(line.key):
        return True
    profile = site.text if site else None
    return profile is not None and any(
        line.key.startswith(phrase_key(p)) for p in profile.footer_lines
    )


def _site_by_title_line(lines: Sequence[_Line], candidates: Sequence[Site]) -> Site | None:
    for line in lines[:_TITLE_SEARCH_LINES]:
        split = split_title_line(line.text)
        if split is None:
            continue
        suffix = phrase_key(split[1])
        for site in candidates:
            names = (site.text.title_suffixes if site.text else ()) + (site.name,)
            if any(phrase_key(n) == suffix for n in names):
                return site
    return None


def _find_title(
    lines: Sequence[_Line], matcher: BoilerplateMatcher, site: Site | None
) -> tuple[str | None, str | None, int]:
    """(title, site name from the title line, index of the last title line)."""
    # A repeated headline comes before the story (a poll repeated at the end is no title).
    first = next(
        (
            i
            for i, n in enumerate(lines)
            if n.text.endswith(_FULL_STOP) and _is_paragraph(n, matcher)
        ),
        len(lines),
    )
    head = lines[:_TITLE_SEARCH_LINES]
    suffixes = {phrase_key(s) for s in (site.text.title_suffixes if site and site.text else ())}
    if site is not None:
        suffixes.add(phrase_key(site.name))
    # «TITLE - SITE», the title repeated on its own line or the suffix known.
    for i, line in enumerate(head):
        split = split_title_line(line.text)
        if split is None or len(split[0].split()) < _MIN_TITLE_WORDS:
            continue
        title_key = phrase_key(split[0])
        for j in range(i + 1, min(i + 1 + _REPEAT_WINDOW, len(lines))):
            if lines[j].key == title_key:
                return split[0], split[1], j
        if phrase_key(split[1]) in suffixes:
            return split[0], split[1], i
    # A headline printed twice.
    for i, line in enumerate(head):
        if i >= first or not _is_title_like(line, matcher):
            continue
        for j in range(i + 1, min(i + 1 + _REPEAT_WINDOW, len(lines))):
            if lines[j].key == line.key:
                return line.text, None, j
    # The last headline-like line before the first paragraph, if one comes right before it.
    for i, line in enumerate(head):
        if line.text.endswith(_FULL_STOP) and _is_paragraph(line, matcher):
            break
        if _is_title_like(line, matcher) and _story_follows(lines[i + 1 : i + 16], matcher):
            return line.text, None, i
    return None, None, -1


def _is_title_like(line: _Line, matcher: BoilerplateMatcher) -> bool:
    return (
        line.words >= _MIN_TITLE_WORDS
        and _is_headline(line, matcher)
        and len(_LIST_COMMA.findall(line.text)) <= 2
        and _balanced_quotes(line.text)
        and not _is_menu(line)
        and _date_line(line, None, None) is None
    )


def _balanced_quotes(text: str) -> bool:
    """Whether quote marks pair up: a line cut inside a quotation is a fragment, not a title."""
    return text.count('"') % 2 == 0 and text.count("«") == text.count("»")


def _story_follows(following: Sequence[_Line], matcher: BoilerplateMatcher) -> bool:
    """Whether a paragraph comes within the next few lines (captions, bylines, stamps and
    boilerplate may sit between a headline and its story)."""
    seen = 0
    for line in following:
        if _LETTER.search(line.text) is None:
            continue  # bullet counters, view counts, bare times: not a line of the page's text
        if _is_paragraph(line, matcher):
            return True
        seen += 1
        if seen >= _STORY_WINDOW:
            return False
    return False


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset(phrase_key(w) for w in phrases.FUNCTION_WORDS)


def _is_menu(line: _Line) -> bool:
    """A navigation menu: a long line of bare nouns, no punctuation, no particle, and
    several plural section names («اقتصاديات دوليات برلمانيات …»)."""
    if line.words < _MIN_MENU_WORDS or _PUNCTUATION.search(line.text):
        return False
    words = line.key.split()
    if any(word in _function_words() for word in words):
        return False
    return sum(1 for word in words if word.endswith("ات")) >= _MIN_MENU_PLURALS


def _label_pattern(labels: frozenset[str]) -> regex.Pattern[str]:
    keys = sorted({phrase_key(p) for p in labels}, key=len, reverse=True)
    return regex.compile(r"^(?:" + "|".join(regex.escape(k) for k in keys) + r")(?!\p{L})")


@lru_cache(maxsize=1)
def _date_labels() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    return _label_pattern(phrases.DATE_LABELS), _label_pattern(phrases.UPDATE_LABELS)


def _labelled_stamps(
    line: _Line, reference: datetime | None, site: Site | None
) -> tuple[datetime | None, datetime | None]:
    """The publication and update dates of a «نشر في: … | آخر تحديث: …» line: the page's
    own stamps."""
    if line.words > _MAX_LABELLED_WORDS:
        return None, None
    published_label, updated_label = _date_labels()
    published: datetime | None = None
    modified: datetime | None = None
    for part in _STAMP_PARTS.split(line.text):
        key = phrase_key(part)
        if published is None and published_label.match(key):
            published = parse_stamp(part, reference=reference, site=site)
        elif modified is None and updated_label.match(key):
            modified = parse_stamp(part, reference=reference, site=site)
    return published, modified


def _date_line(line: _Line, reference: datetime | None, site: Site | None) -> datetime | None:
    if line.words > _MAX_DATE_LINE_WORDS:
        return None
    return parse_stamp(line.text, reference=reference, site=site)


def _related(footer: Sequence[_Line], matcher: BoilerplateMatcher) -> list[Link]:
    """The headlines under the first related-articles heading of the footer lines."""
    for index, line in enumerate(footer):
        if matcher.is_related_heading(line.text):
            links: list[Link] = []
            for headline in footer[index + 1 :]:
                if not _is_headline(headline, matcher):
                    break
                links.append(Link(text=headline.text))
            return links
    return []


@dataclass(slots=True)
class _Scan:
    """What one pass over a dump's lines collects (local to one call)."""

    site: Site | None
    matcher: BoilerplateMatcher
    reference: datetime | None
    position: int
    source: str | None = None
    published: datetime | None = None
    labelled: datetime | None = None
    modified: datetime | None = None
    authors: tuple[str, ...] = ()
    paragraphs: list[str] = field(default_factory=list)

    def stamps(self, line: _Line) -> bool:
        """Take the labelled stamps of *line*; whether it had any."""
        first, update = _labelled_stamps(line, self.reference, self.site)
        self.labelled = self.labelled or first
        self.modified = self.modified or update
        return first is not None or update is not None


def _scan_header(lines: Sequence[_Line], title_index: int, scan: _Scan) -> None:
    """Source line and date stamps, from the title up to the first paragraph."""
    while scan.position < len(lines) and not _is_paragraph(lines[scan.position], scan.matcher):
        line = lines[scan.position]
        stamp = _date_line(line, scan.reference, scan.site)
        if stamp is not None:
            # An update stamp alone («آخر تحديث: …») is not the publication date.
            if not scan.stamps(line) or scan.labelled is not None or scan.modified is None:
                scan.published = scan.published or stamp
        elif scan.position == title_index + 1 and not _is_caption(lines, scan.position):
            _byline_or_source(line, scan)
        elif byline_pattern().match(line.text) and line.words <= _MAX_BYLINE_WORDS:
            names, credit = split_authors(line.text)
            scan.authors = scan.authors or tuple(names)
            scan.source = scan.source or credit
        scan.position += 1


def _is_caption(lines: Sequence[_Line], index: int) -> bool:
    """Whether line *index* is an image's alt text repeated by its caption on the next line
    («الدكتور فلان» then «الدكتور فلان» or «الدكتور فلان خلال الاجتماع»): a picture of the
    story, not the outlet it comes from."""
    if index + 1 >= len(lines):
        return False
    return lines[index + 1].text.startswith(lines[index].text)


def _byline_or_source(line: _Line, scan: _Scan) -> None:
    """The line right under the title: a byline mixing places, names and agencies
    («لندن: رنيم حنوش», «عدن، صنعاء: محمد عبدالعظيم، الوكالات»), or the outlet the story
    comes from («بلدي نيوز»)."""
    if (
        line.words > _MAX_BYLINE_WORDS
        or block_quality(line.text) == 0
        or scan.matcher.is_boilerplate(line.text)
    ):
        return
    if _BYLINE_MARK.search(line.text) or byline_pattern().match(line.text):
        names, credit = parse_byline(line.text)
        scan.authors = scan.authors or names
        scan.source = scan.source or credit
    elif scan.source is None and line.words <= _MAX_SOURCE_WORDS:
        scan.source = agency(line.text) or line.text


def _scan_body(lines: Sequence[_Line], title: str | None, scan: _Scan) -> None:
    """Paragraphs until a line that ends the story (labelled stamps are taken, not kept)."""
    seen = {phrase_key(title)} if title else set()
    while scan.position < len(lines):
        line = lines[scan.position]
        if _ends_story(line, scan.site):
            return
        scan.position += 1
        if scan.stamps(line):
            continue
        credit = agency(line.text)
        if credit is not None:
            # «(الوكالة الوطنية)» on a line of its own credits the story.
            scan.source = scan.source or credit
            continue
        if line.key not in seen and _is_paragraph(line, scan.matcher):
            seen.add(line.key)
            scan.paragraphs.append(line.text)


def _without_breadcrumb(title: str | None, matcher: BoilerplateMatcher) -> str | None:
    """«الرئيسية / أخبار محلية / TITLE» → TITLE."""
    if title is None:
        return None
    parts = _CRUMB.split(title)
    if len(parts) >= _MIN_CRUMBS and matcher.is_boilerplate(parts[0]):
        return parts[-1].strip() or title
    return title


def _opening_stamp(
    paragraph: str, reference: datetime | None, site: Site | None
) -> tuple[datetime | None, str]:
    """A stamp that opens the story («12 يوليوز, 2018 - 09:15:00 أعلنت …»): its date, and
    the paragraph without it."""
    match = _OPENING_STAMP.match(paragraph)
    if match is None:
        return None, paragraph
    value = parse_stamp(match.group(1), reference=reference, site=site)
    if value is None:
        return None, paragraph
    return value, paragraph[match.end() :]


def _lines(text: str) -> list[_Line]:
    raw_lines = _CONTROLS.sub("", text).splitlines()
    if raw_lines:
        raw_lines[0] = _CRAWL_DATE.sub("", raw_lines[0])
    return [
        _Line(clean, phrase_key(clean), _count_words(clean))
        for raw in raw_lines
        # A tatweel standing alone between spaces is a dash («علي ضباح ـ الحد الجنوبي»).
        if (clean := normalize(tidy(raw).replace(" ـ ", " - "), preset="display"))
    ]


def extract_text(
    text: str,
    url: str | None,
    *,
    reference_date: datetime | None,
    max_bytes: int,
    sites: Sequence[Site] | None,
) -> Article:
    """See :func:`arnews.parse_text`."""
    check_size(len(text), max_bytes)
    lines = _lines(replace_surrogates(text))
    if not lines:
        return Article(url=url)
    candidates = tuple(sites) if sites is not None else registered_sites()
    site = find_site(url, candidates) or _site_by_title_line(lines, candidates)
    profile = site.text if site else None
    extra = (site.boilerplate if site else ()) + (profile.header_lines if profile else ())
    matcher = boilerplate_matcher(extra)
    title, title_site, index = _find_title(lines, matcher, site)
    title = _without_breadcrumb(title, matcher)
    scan = _Scan(site=site, matcher=matcher, reference=reference_date, position=index + 1)
    scan.source = profile.source if profile else None
    _scan_header(lines, index, scan)
    _scan_body(lines, title, scan)
    related = _related(lines[scan.position :], matcher)
    paragraphs = scan.paragraphs
    if scan.labelled is None and scan.published is None and paragraphs:
        scan.published, paragraphs[0] = _opening_stamp(paragraphs[0], reference_date, site)
    published = scan.labelled or scan.published
    if site is not None and site.hooks.title is not None and title:
        title = site.hooks.title(title)
    if site is not None and site.hooks.paragraphs is not None:
        paragraphs = list(site.hooks.paragraphs(tuple(paragraphs)))
    dateline, credit = find_dateline(paragraphs[0] if paragraphs else None)
    body = "\n\n".join(paragraphs)
    dates, quotes = enrich(body, published or reference_date)
    return Article(
        url=url,
        site=site.name if site else title_site,
        extractor=site.id if site else "generic",
        title=title,
        authors=scan.authors,
        source=scan.source or credit,
        dateline=dateline,
        published=published,
        modified=scan.modified,
        paragraphs=tuple(paragraphs),
        related=tuple(related),
        dates=dates,
        quotes=quotes,
        language="ar" if body and block_quality(body) > 0 else None,
    )
