"""The lines of a text dump and their features, each computed once.

A dump reads top to bottom as: navigation, a «TITLE - SITE» title line, the title
again, a source or byline line, date stamps, the story's paragraphs, then what ends
the story («مقالات ذات صلة» and its headlines, share lines, comment forms).

:mod:`arnews.extract.dumptext` cuts a dump into display-normalized lines and the
first ones as «TITLE - SITE» (the site may be found by it); :func:`read_lines`
computes every feature a role is decided on (comparison key, words, whether the line
is a paragraph, a headline, a date stamp, a credit line, an image caption…).
:func:`arnews.extract.dump.classify_lines` then gives each line its role from these
features alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from typing import Final

import regex

from arnews.dates.readers import STAND_IN
from arnews.extract import outlets, phrases
from arnews.extract.boilerplate import BoilerplateMatcher, phrase_key, phrase_keys
from arnews.extract.credits import Credit, may_credit, read_credit_line
from arnews.extract.dumptext import TitleSplit, cut_agency_end, undecorated
from arnews.extract.generic import block_quality, word_count
from arnews.extract.limits import (
    MAX_BYLINE_WORDS,
    MAX_CAPTION_WORDS,
    MAX_DATE_LINE_WORDS,
    MAX_HEADLINE_WORDS,
    MAX_LABELLED_WORDS,
    MAX_TITLE_COMMAS,
    MIN_DATED_HEADLINE_WORDS,
    MIN_HASHTAGS,
    MIN_HEADLINE_WORDS,
    MIN_MENU_PLURALS,
    MIN_MENU_WORDS,
    MIN_NAME_WORDS,
    MIN_PARAGRAPH_WORDS,
    MIN_SENTENCE_WORDS,
    MIN_TITLE_WORDS,
)
from arnews.extract.people import agency_of_key, byline_pattern
from arnews.extract.sitename import Outlet
from arnews.extract.stamps import parse_stamp
from arnews.sites import Site

__all__ = [
    "Line",
    "Reading",
    "Stamps",
    "ends_story",
    "read_line_stamp",
    "read_lines",
]

# An embedded tweet: its picture link, or its signature line «— Name (@handle) March 3, 2023».
_TWEET: Final = regex.compile(r"pic\.twitter\.com/|^\s*[—–-]\s.{0,60}\(@[A-Za-z0-9_]{1,30}\)")
# A ticker item: another story's headline after its clock time («- 19:35رشيد الطاوسي …»).
_TICKER: Final = regex.compile(r"^(?:[-–—•*]\s*[0-9]{1,2}:[0-9]{2}|[0-9]{1,2}:[0-9]{2}(?=\p{L}))")
_HASHTAG: Final = "#"
# A photo credit closing a caption: after a dash or in parentheses («- واس», «(AFP)»).
_CREDIT_TAIL: Final = regex.compile(
    r"(?:\s[-–—]\s*|[-–—](?=\p{L})|\s?\(\s*)(?P<credit>[^()\-–—\n]{1,40}?)\s*\)?\s*$"
)
_COPYRIGHT_TAIL: Final = regex.compile(r"(?:Copyright|©)\s[^\n]{0,60}[0-9]{4}\s*$")
_DIGIT: Final = regex.compile(r"[0-9٠-٩]")
_SEPARATORS_AT_END: Final = regex.compile(r"(?<![\s\p{P}])[\s\p{P}]++$")
_CREDIT_MARKS: Final = regex.compile(r"[-–—(©]|Copyright")
_DIACRITICS: Final = regex.compile(r"[\u064b-\u065f\u0670\u0640]")
_SHORTEST_JOINED: Final = 3
"""«وفي»: a conjunction glued to a word makes a word of at least this many letters."""
STAND_INS: Final = (STAND_IN, datetime(2011, 7, 20, 18, 30))
"""Two references a stamp is read against when the caller gives none: a stamp whose date
differs between them states no full date («21 يوليو», «منذ ساعتين»). The clock is never
read."""
_LETTER: Final = regex.compile(r"\p{L}")
_PUNCTUATION: Final = regex.compile(r"[\p{P}]")
_LIST_COMMA: Final = regex.compile(r"[,،]")
_STAMP_PARTS: Final = regex.compile(r"\s[|]\s")


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
    prose: bool
    """Arabic text reading as a sentence (a particle or a sentence end), not boilerplate:
    the story of a dump with no paragraph («قال الوزير أمس إن الاقتصاد ينمو»)."""
    continues: bool
    """Prose that opens with a conjunction («وقال …», «فإن …»): it carries the story on,
    however short (a paragraph cut mid-sentence at the end of a dump)."""
    masthead: bool
    """The page's masthead («رئيس التحرير: …»)."""
    tweet: bool
    """A line of an embedded tweet: its picture link or its signature («— Name (@handle)
    March 3, 2023»)."""

    opens_story: bool
    """A paragraph that ends with a full stop: the story has begun."""
    headline: bool
    """Arabic, not boilerplate, a headline's length, not ending like a label or sentence."""
    title_like: bool
    """A headline that could be the page's own (not a menu, a list or a stamp)."""
    stamp: datetime | None
    """The date the line states when it is short enough to be a date line."""
    relative_stamp: bool
    """A date line that needs a reference to give a date («21 يوليو», «منذ ساعتين»)."""
    labelled: Stamps
    """The dates it gives under a publication or update label."""
    agency: str | None
    """The agency the whole line names («(الوكالة الوطنية)»)."""
    byline: bool
    """A short labelled byline («كتب: فلان»)."""
    credit: Credit | None
    """What the line credits when it is a credit line of its own («صدى المدينة – حلب»,
    «المنامة – ماجد الخالدي :», «(وام)»), every part of it checked."""
    caption: bool
    """An image caption: closed by a photo credit («… - واس»), or repeated by the next
    line (an image's alt text and its caption)."""
    split: TitleSplit | None
    """The line as «TITLE - SITE», for the first lines of the dump."""


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
    own stamps (a date that needs a reference gets none without the caller's)."""
    if words > MAX_LABELLED_WORDS:
        return Stamps()
    published_label, updated_label = _date_labels()
    published: datetime | None = None
    modified: datetime | None = None
    parts = _STAMP_PARTS.split(text)
    for part in parts:
        part_key = key if len(parts) == 1 else phrase_key(part)
        if published is None and published_label.match(part_key):
            published = read_line_stamp(part, reference, site)[0]
        elif modified is None and updated_label.match(part_key):
            modified = read_line_stamp(part, reference, site)[0]
    return Stamps(published, modified)


def _is_furniture(text: str, stamp: datetime | None) -> bool:
    """Page furniture no phrase names: a line of hashtags, an embedded tweet, a ticker item
    («- 19:35رشيد الطاوسي …»)."""
    if ("twitter" in text or "(@" in text) and _TWEET.search(text):
        return True
    if stamp is None and _TICKER.match(text):
        return True
    if _HASHTAG not in text:
        return False
    tokens = text.split()
    tags = sum(1 for token in tokens if token.startswith(_HASHTAG))
    return tags >= MIN_HASHTAGS and tags * 2 >= len(tokens)


def _is_prose(text: str, key: str, words: int) -> bool:
    return words >= MIN_SENTENCE_WORDS and (
        text.endswith(phrases.SENTENCE_ENDS)
        or any(token in _function_words() for token in key.split())
    )


def _continues(key: str) -> bool:
    """Whether the text opens with a conjunction glued to a word («وقال», «وفي», «فإن»)."""
    first = key.split(" ", 1)[0]
    return first.startswith(phrases.CONJUNCTION_PREFIXES) and len(first) >= _SHORTEST_JOINED


@lru_cache(maxsize=1)
def _lead_time() -> regex.Pattern[str]:
    words = "|".join(regex.escape(phrase_key(w)) for w in sorted(phrases.LEAD_TIME_WORDS))
    return regex.compile(rf"[،,]\s*+(?:{words})(?!\p{{L}})")


@lru_cache(maxsize=1)
def _masthead() -> regex.Pattern[str]:
    return _label_pattern(phrases.MASTHEAD)


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
        and not undecorated(text).endswith((":", "."))
    )


def _is_title_like(text: str, key: str, words: int) -> bool:
    """Whether a headline could be the page's own: not a list, a fragment, a menu, or a
    story's first sentence («نفت الوزارة، اليوم السبت، …»)."""
    return (
        words >= MIN_TITLE_WORDS
        and len(_LIST_COMMA.findall(text)) <= MAX_TITLE_COMMAS
        and _balanced_quotes(text)
        and not _is_menu(text, key, words)
        and not _is_lead(text)
    )


def _is_lead(text: str) -> bool:
    """A story's first sentence: a time word set off by a comma («نفت الوزارة، اليوم
    السبت، …», «أشرف الوزير، يوم الأحد على …»)."""
    if "،" not in text and "," not in text:
        return False
    return _lead_time().search(_DIACRITICS.sub("", text)) is not None


@dataclass(frozen=True, slots=True)
class Reading:
    """What the features of a line depend on besides the line: the dump's site (whose
    stamp words and time zone read its dates), its boilerplate, the caller's reference
    date and the outlet's own names."""

    site: Site | None
    matcher: BoilerplateMatcher
    reference: datetime | None = None
    outlet: Outlet = field(default_factory=Outlet)


def read_line_stamp(
    text: str, reference: datetime | None, site: Site | None
) -> tuple[datetime | None, bool]:
    """The date a line states, and whether it is a stamp that needs a reference to say
    one («21 يوليو», «منذ ساعتين»). Without the caller's *reference* such a stamp gets no
    date here: the page's own dates resolve it later, the clock never does.

    >>> read_line_stamp("21 يوليو", None, None)
    (None, True)
    >>> read_line_stamp("الأحد 21 يوليو 2019", None, None)
    (datetime.datetime(2019, 7, 21, 0, 0), False)
    """
    if reference is not None:
        return parse_stamp(text, reference=reference, site=site), False
    first = parse_stamp(text, reference=STAND_INS[0], site=site)
    if first is None:
        return None, False
    second = parse_stamp(text, reference=STAND_INS[1], site=site)
    return (first, False) if first == second else (None, True)


def _without_trailing_hashtags(text: str) -> str:
    """*text* without the run of hashtags closing it («… #أخبار #رياضة»), if two or more."""
    tokens = text.split(" ")
    keep = len(tokens)
    while keep and tokens[keep - 1].startswith(_HASHTAG):
        keep -= 1
    return " ".join(tokens[:keep]).rstrip() if len(tokens) - keep >= MIN_HASHTAGS else text


def _credit(text: str, key: str, outlet: Outlet, *, dated: bool) -> Credit | None:
    """The credit a short line gives; of a date line, only what precedes its date (the
    dateline's city of «بنغازي- 30أغسطس2020م»: the date itself is the stamp's)."""
    if not dated:
        return read_credit_line(text, outlet, key, dates=False)
    digit = _DIGIT.search(text)
    head = _SEPARATORS_AT_END.sub("", text[: digit.start()]) if digit else text
    return read_credit_line(head, outlet, dates=False) if head else None


def _without_trailing_furniture(text: str, matcher: BoilerplateMatcher) -> str:
    """*text* without hashtags glued to its end («… #أخبار #رياضة») or a last sentence that
    is a boilerplate prompt («… المزيد من التفاصيل في الفيديو المرفق:»)."""
    if _HASHTAG in text:
        text = _without_trailing_hashtags(text)
    if text.endswith(":"):
        cut = max(text.rfind(stop, 0, len(text) - 1) for stop in phrases.PROSE_ENDS)
        if cut > 0 and matcher.is_boilerplate(text[cut + 1 :]):
            return text[: cut + 1]
    return text


def _photo_caption(text: str, words: int) -> bool:
    """A short line closed by a photo credit («… - واس», «… (AFP)», «… -خاص», «…
    Copyright Thomson Reuters 2023»), not by a sentence and its agency («… ذلك. (رويترز)»)."""
    if words > MAX_CAPTION_WORDS or not _CREDIT_MARKS.search(text, max(0, len(text) - 45)):
        return False
    copyright_tail = _COPYRIGHT_TAIL.search(text)
    if copyright_tail is not None:
        return not text[: copyright_tail.start()].rstrip().endswith(phrases.SENTENCE_ENDS)
    match = _CREDIT_TAIL.search(text)
    if match is None:
        return False
    before = text[: match.start()].rstrip()
    if word_count(before) < MIN_NAME_WORDS or before.endswith(phrases.SENTENCE_ENDS):
        return False
    credit = phrase_key(match.group("credit").rsplit("/", 1)[-1])
    return agency_of_key(credit) is not None or credit in _photo_credits()


@lru_cache(maxsize=1)
def _photo_credits() -> frozenset[str]:
    return frozenset(phrase_key(c) for c in outlets.PHOTO_CREDITS)


def _line(
    raw: str,
    around: tuple[str | None, str | None],
    split: TitleSplit | None,
    how: Reading,
    *,
    credits: bool = True,
) -> Line:
    previous, following = around
    text, closes = cut_agency_end(raw)
    text = _without_trailing_furniture(text, how.matcher)
    key = phrase_key(text)
    words = word_count(text)
    arabic = block_quality(text) > 0
    prose = arabic and _is_prose(text, key, words)
    stamp, relative = (
        read_line_stamp(text, how.reference, how.site)
        if words <= MAX_DATE_LINE_WORDS and not (prose and words >= MIN_DATED_HEADLINE_WORDS)
        else (None, False)
    )
    boilerplate = how.matcher.is_boilerplate_key(key) or _is_furniture(text, stamp)
    if boilerplate and _TWEET.search(text):
        stamp = None  # a tweet's date is not the page's
    credit = (
        _credit(text, key, how.outlet, dated=stamp is not None or relative)
        if credits
        and words <= MAX_BYLINE_WORDS
        and key
        and not boilerplate
        and may_credit(text, key)
        else None
    )
    captioned = credit is None and _photo_caption(text, words)
    if not captioned and "opyright" in text:
        # «… آخر جملة في الخبر. Copyright Thomson Reuters 2023»: the credit goes, not the line.
        text = _COPYRIGHT_TAIL.sub("", text).rstrip() or text
        key = phrase_key(text)
    paragraph = _is_paragraph(text, words, arabic, boilerplate) and not captioned
    headline = _is_headline(text, words, arabic, boilerplate)
    dated = stamp is not None or relative
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
        prose=prose and not boilerplate and not captioned and not dated,
        continues=(
            arabic
            and words >= MIN_SENTENCE_WORDS
            and not boilerplate
            and not captioned
            and _continues(key)
        ),
        masthead=_masthead().match(key) is not None,
        tweet=("twitter" in text or "(@" in text) and _TWEET.search(text) is not None,
        opens_story=paragraph and (text.endswith(phrases.FULL_STOPS) or _is_lead(text)),
        headline=headline,
        title_like=(
            headline
            and not captioned
            and not dated
            and credit is None
            and _is_title_like(text, key, words)
        ),
        stamp=stamp,
        relative_stamp=relative,
        labelled=_labelled(text, key, words, how.reference, how.site),
        agency=agency_of_key(key),
        byline=words <= MAX_BYLINE_WORDS and byline_pattern().match(text) is not None,
        credit=credit,
        caption=captioned
        or (following is not None and following.startswith(text))
        or previous == text,
        split=split,
    )


def read_lines(
    texts: Sequence[str], splits: Sequence[TitleSplit | None], how: Reading
) -> tuple[Line, ...]:
    """The features of every line of a dump (*texts* from
    :func:`~arnews.extract.dumptext.dump_lines`, *splits* from
    :func:`~arnews.extract.dumptext.title_splits`), computed once, *how* the dump says.

    Credit lines are not looked for past the line that ends a story (after a paragraph):
    the footer credits nothing."""
    out: list[Line] = []
    footer = paragraph = False
    for index, text in enumerate(texts):
        line = _line(
            text,
            (
                texts[index - 1] if index else None,
                texts[index + 1] if index + 1 < len(texts) else None,
            ),
            splits[index] if index < len(splits) else None,
            how,
            credits=not footer,
        )
        footer = footer or (line.ends_story and paragraph)
        paragraph = paragraph or line.paragraph
        out.append(line)
    return tuple(out)
