"""The lines of a text dump and their features, each computed once.

A dump reads top to bottom as: navigation, a «TITLE - SITE» title line, the title
again, a source or byline line, date stamps, the story's paragraphs, then what ends
the story («مقالات ذات صلة» and its headlines, share lines, comment forms).

:func:`dump_lines` cuts a dump into display-normalized lines, :func:`title_splits`
cuts the first ones as «TITLE - SITE» (the site may be found by it), and
:func:`read_lines` computes every feature a role is decided on (comparison key,
words, whether the line is a paragraph, a headline, a date stamp, an agency…).
:func:`arnews.extract.dump.classify_lines` then gives each line its role from these
features alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Final

import regex

from arnews.extract import phrases
from arnews.extract.boilerplate import BoilerplateMatcher, phrase_key, phrase_keys
from arnews.extract.context import tidy
from arnews.extract.generic import block_quality, word_count
from arnews.extract.limits import (
    MAX_BYLINE_WORDS,
    MAX_DATE_LINE_WORDS,
    MAX_HEADLINE_WORDS,
    MAX_LABELLED_WORDS,
    MAX_TITLE_COMMAS,
    MIN_HASHTAGS,
    MIN_HEADLINE_WORDS,
    MIN_MENU_PLURALS,
    MIN_MENU_WORDS,
    MIN_PARAGRAPH_WORDS,
    MIN_SENTENCE_WORDS,
    MIN_TITLE_WORDS,
    TITLE_SEARCH_LINES,
)
from arnews.extract.load import strip_controls
from arnews.extract.people import agency_of_key, byline_pattern
from arnews.extract.stamps import parse_stamp
from arnews.normalization import normalize
from arnews.sites import Site

__all__ = [
    "Line",
    "Stamps",
    "TitleSplit",
    "dump_lines",
    "ends_story",
    "read_lines",
    "split_title_line",
    "title_splits",
]

_CRAWL_DATE: Final = regex.compile(r"^\s*date\s+[0-9]{4}-[0-9]{2}-[0-9]{2}\s*")
# Markup a crawler left in the text («<p> </p> <p><br />…», «<img src=…>»).
_TAG: Final = regex.compile(r"</?[A-Za-z][A-Za-z0-9]{0,10}(?:\s[^<>\n]{0,300}?)?\s*/?>")
# An embedded tweet: its picture link, or its signature line «— Name (@handle) July 1, 2024».
_TWEET: Final = regex.compile(r"pic\.twitter\.com/|^\s*[—–-]\s.{0,60}\(@[A-Za-z0-9_]{1,30}\)")
# A ticker item: another story's headline after its clock time («- 19:35رشيد الطاوسي …»).
_TICKER: Final = regex.compile(r"^(?:[-–—•*]\s*[0-9]{1,2}:[0-9]{2}|[0-9]{1,2}:[0-9]{2}(?=\p{L}))")
_HASHTAG: Final = "#"
_LETTER: Final = regex.compile(r"\p{L}")
_PUNCTUATION: Final = regex.compile(r"[\p{P}]")
_LIST_COMMA: Final = regex.compile(r"[,،]")
_BYLINE_MARK: Final = regex.compile(r"[:：،()]|\s[-–—]|[-–—]\s")
_STAMP_PARTS: Final = regex.compile(r"\s[|]\s")
_SEPARATOR: Final = regex.compile(r"(?<!\s)\s++[-–—|]\s+")


@dataclass(frozen=True, slots=True)
class TitleSplit:
    """A «TITLE - SITE» line cut at its last separator."""

    head: str
    tail: str
    head_key: str
    tail_key: str


@dataclass(frozen=True, slots=True)
class Stamps:
    """The publication and update dates a labelled line gives («نشر في: … | آخر تحديث: …»)."""

    published: datetime | None = None
    modified: datetime | None = None

    def __bool__(self) -> bool:
        return self.published is not None or self.modified is not None


@dataclass(frozen=True, slots=True)
class Line:
    """One line of a dump with every feature the roles are decided on, computed once."""

    text: str
    """The line in display normalization."""
    key: str
    """Its :func:`~arnews.extract.boilerplate.phrase_key`."""
    words: int
    """White-space separated tokens that hold a letter."""
    lettered: bool
    """Whether it has a letter at all (not a bullet counter or a bare time)."""
    arabic: bool
    """Whether it is mostly Arabic (:func:`~arnews.extract.generic.block_quality` above 0)."""
    boilerplate: bool
    ends_story: bool
    """An end marker («مقالات ذات صلة», «شارك هذا الخبر», a related-articles heading on its
    own) or one of the site's footer lines."""
    closes_story: bool
    """The story's last line: an agency's end marker («// انتهى //») was cut from it."""
    paragraph: bool
    """Arabic prose, long enough or ending a sentence, not boilerplate."""
    opens_story: bool
    """A paragraph that ends with a full stop: the story has begun."""
    headline: bool
    """Arabic, not boilerplate, a headline's length, not ending like a label or sentence."""
    title_like: bool
    """A headline that could be the page's own (not a menu, a list or a stamp)."""
    stamp: datetime | None
    """The date the line states when it is short enough to be a date line."""
    labelled: Stamps
    """The dates it gives under a publication or update label."""
    agency: str | None
    """The agency the whole line names («(الوكالة الوطنية)»)."""
    byline: bool
    """A short labelled byline («كتب: فلان»)."""
    byline_mark: bool
    """Punctuation of a mixed byline («لندن: رنيم حنوش», «فلان - المدينة»)."""
    caption: bool
    """The next line repeats it: an image's alt text and its caption."""
    split: TitleSplit | None
    """The line as «TITLE - SITE», for the first lines of the dump."""


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
    return regex.compile(r"\s*(?:…|\.{3})\s*(?:" + words + r")(?!\p{L}).*$")


def _loose(phrase: str) -> str:
    """A pattern for *phrase* as pages spell it: any alef for an alef."""
    return "".join("[اأإآ]" if char in "اأإآ" else regex.escape(char) for char in phrase)


@lru_cache(maxsize=1)
def _agency_end() -> regex.Pattern[str]:
    """An agency's end marker («// انتهى //», «(انتهى)», «انتهى/25») and all after it."""
    word = regex.escape(phrases.AGENCY_END)
    return regex.compile(rf"\s*(?://\s*{word}\s*//|\(\s*{word}\s*\)|(?<!\p{{L}}){word}\s*/).*$")


def cut_agency_end(text: str) -> tuple[str, bool]:
    """*text* without an agency's end marker and what follows it, and whether one was cut.

    >>> cut_agency_end("وأكد الوزير دعم بلاده.انتهى/25")
    ('وأكد الوزير دعم بلاده.', True)
    """
    if phrases.AGENCY_END not in text:
        return text, False
    cut = _agency_end().sub("", text)
    return cut, cut != text


def title_splits(texts: Sequence[str]) -> tuple[TitleSplit | None, ...]:
    """The «TITLE - SITE» split of each of the first lines (where a headline can be)."""
    out: list[TitleSplit | None] = []
    for text in texts[:TITLE_SEARCH_LINES]:
        split = split_title_line(text)
        out.append(
            None
            if split is None
            else TitleSplit(*split, phrase_key(split[0]), phrase_key(split[1]))
        )
    return tuple(out)


@lru_cache(maxsize=1)
def _end_markers() -> regex.Pattern[str]:
    return _label_pattern(phrases.END_MARKERS)


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    return frozenset(phrase_key(w) for w in phrases.FUNCTION_WORDS)


def _label_pattern(labels: frozenset[str]) -> regex.Pattern[str]:
    keys = sorted({phrase_key(p) for p in labels}, key=len, reverse=True)
    return regex.compile(r"^(?:" + "|".join(regex.escape(k) for k in keys) + r")(?!\p{L})")


@lru_cache(maxsize=1)
def _date_labels() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    return _label_pattern(phrases.DATE_LABELS), _label_pattern(phrases.UPDATE_LABELS)


@lru_cache(maxsize=1)
def _related_headings() -> frozenset[str]:
    return frozenset(phrase_key(h) for h in phrases.RELATED_HEADINGS)


def ends_story(key: str, site: Site | None) -> bool:
    """Whether a line (its *key*) ends the story: a generic end marker, a related-articles
    heading standing alone («اقرأ أيضاً», «Related posts»), or the site's footer."""
    if _end_markers().match(key) or key in _related_headings():
        return True
    profile = site.text if site else None
    return profile is not None and any(
        key.startswith(footer) for footer in phrase_keys(profile.footer_lines)
    )


def _balanced_quotes(text: str) -> bool:
    """Whether quote marks pair up: a line cut inside a quotation is a fragment, not a title."""
    return text.count('"') % 2 == 0 and text.count("«") == text.count("»")


def _is_menu(text: str, key: str, words: int) -> bool:
    """A navigation menu: a long line of bare nouns, no punctuation, no particle, and
    several plural section names («اقتصاديات دوليات برلمانيات …»)."""
    if words < MIN_MENU_WORDS or _PUNCTUATION.search(text):
        return False
    tokens = key.split()
    if any(token in _function_words() for token in tokens):
        return False
    plurals = sum(1 for token in tokens if token.endswith(phrases.FEMININE_PLURAL))
    return plurals >= MIN_MENU_PLURALS


def _labelled(
    text: str, key: str, words: int, reference: datetime | None, site: Site | None
) -> Stamps:
    """The publication and update dates of a «نشر في: … | آخر تحديث: …» line: the page's
    own stamps."""
    if words > MAX_LABELLED_WORDS:
        return Stamps()
    published_label, updated_label = _date_labels()
    published: datetime | None = None
    modified: datetime | None = None
    parts = _STAMP_PARTS.split(text)
    for part in parts:
        part_key = key if len(parts) == 1 else phrase_key(part)
        if published is None and published_label.match(part_key):
            published = parse_stamp(part, reference=reference, site=site)
        elif modified is None and updated_label.match(part_key):
            modified = parse_stamp(part, reference=reference, site=site)
    return Stamps(published, modified)


def _is_furniture(text: str, stamp: datetime | None) -> bool:
    """Page furniture no phrase names: a line of hashtags, an embedded tweet, a ticker item
    («- 19:35رشيد الطاوسي …»)."""
    if _TWEET.search(text) or (stamp is None and _TICKER.match(text)):
        return True
    if _HASHTAG not in text:
        return False
    tokens = text.split()
    tags = sum(1 for token in tokens if token.startswith(_HASHTAG))
    return tags >= MIN_HASHTAGS and tags * 2 >= len(tokens)


def _is_paragraph(text: str, words: int, arabic: bool, boilerplate: bool) -> bool:
    if not arabic or boilerplate:
        return False
    return words >= MIN_PARAGRAPH_WORDS or (
        words >= MIN_SENTENCE_WORDS and text.endswith(phrases.SENTENCE_ENDS)
    )


def _is_headline(text: str, words: int, arabic: bool, boilerplate: bool) -> bool:
    return (
        MIN_HEADLINE_WORDS <= words <= MAX_HEADLINE_WORDS
        and arabic
        and not boilerplate
        and not text.endswith((":", "."))
    )


def _is_title_like(text: str, key: str, words: int, stamp: datetime | None) -> bool:
    """Whether a headline could be the page's own: not a list, a fragment, a menu or a stamp."""
    return (
        words >= MIN_TITLE_WORDS
        and len(_LIST_COMMA.findall(text)) <= MAX_TITLE_COMMAS
        and _balanced_quotes(text)
        and not _is_menu(text, key, words)
        and stamp is None
    )


@dataclass(frozen=True, slots=True)
class _Reading:
    """What the features of a line depend on besides the line: the dump's site."""

    site: Site | None
    matcher: BoilerplateMatcher
    reference: datetime | None


def _line(raw: str, following: str | None, split: TitleSplit | None, how: _Reading) -> Line:
    text, closes = cut_agency_end(raw)
    key = phrase_key(text)
    words = word_count(text)
    arabic = block_quality(text) > 0
    stamp = (
        parse_stamp(text, reference=how.reference, site=how.site)
        if words <= MAX_DATE_LINE_WORDS
        else None
    )
    boilerplate = how.matcher.is_boilerplate_key(key) or _is_furniture(text, stamp)
    paragraph = _is_paragraph(text, words, arabic, boilerplate)
    headline = _is_headline(text, words, arabic, boilerplate)
    return Line(
        text=text,
        key=key,
        words=words,
        lettered=_LETTER.search(text) is not None,
        arabic=arabic,
        boilerplate=boilerplate,
        ends_story=(closes and not key) or ends_story(key, how.site),
        closes_story=closes,
        paragraph=paragraph,
        opens_story=paragraph and text.endswith(phrases.FULL_STOPS),
        headline=headline,
        title_like=headline and _is_title_like(text, key, words, stamp),
        stamp=stamp,
        labelled=_labelled(text, key, words, how.reference, how.site),
        agency=agency_of_key(key),
        byline=words <= MAX_BYLINE_WORDS and byline_pattern().match(text) is not None,
        byline_mark=_BYLINE_MARK.search(text) is not None,
        caption=following is not None and following.startswith(text),
        split=split,
    )


def read_lines(
    texts: Sequence[str],
    splits: Sequence[TitleSplit | None],
    site: Site | None,
    matcher: BoilerplateMatcher,
    reference: datetime | None,
) -> tuple[Line, ...]:
    """The features of every line of a dump (*texts* from :func:`dump_lines`, *splits*
    from :func:`title_splits`), computed once. *reference* and *site* are what date
    stamps are parsed with; *matcher* knows the site's boilerplate."""
    how = _Reading(site, matcher, reference)
    return tuple(
        _line(
            text,
            texts[index + 1] if index + 1 < len(texts) else None,
            splits[index] if index < len(splits) else None,
            how,
        )
        for index, text in enumerate(texts)
    )
