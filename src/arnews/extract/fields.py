"""The field cascades: each field is an ordered list of small functions with early returns.

For every field the order is: the site's selectors → JSON-LD → ``<meta>`` → the
generic heuristics. A step returns ``None`` (or an empty tuple) to pass to the
next one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from typing import Final, TypeVar
from urllib.parse import unquote, urlsplit

import regex
from lxml import etree

from arnews.dates import find_dates, parse_date
from arnews.extract import phrases
from arnews.extract.boilerplate import BoilerplateMatcher, boilerplate_matcher, phrase_key
from arnews.extract.generic import Block, block_quality
from arnews.extract.page import Page, elements, node_text
from arnews.model import Image, Link
from arnews.sites import Site
from arnews.sites._site import Layout

__all__ = [
    "Context",
    "authors_of",
    "byline_pattern",
    "choose_layout",
    "clean_title",
    "find_authors",
    "find_dateline",
    "find_images",
    "find_modified",
    "find_published",
    "find_related",
    "find_subtitle",
    "find_tags",
    "find_title",
    "parse_byline",
    "parse_stamp",
    "select",
    "split_authors",
]

T = TypeVar("T")

_SPACE: Final = regex.compile(r"\s+")
_TITLE_SEPARATORS: Final = regex.compile(r"(?<!\s)\s++(?:[-–—|»«:]{1,2}|::)\s+")
_ISO: Final = regex.compile(
    r"^\s*([0-9]{4}-[0-9]{2}-[0-9]{2})(?:[T ]([0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,9})?)?)"
    r"\s*(Z|[+-][0-9]{2}:?[0-9]{2})?)?\s*$"
)
_URL_DATE: Final = regex.compile(
    r"/(?P<year>(?:19|20)[0-9]{2})[/-](?P<month>[01]?[0-9])[/-](?P<day>[0-3]?[0-9])(?:[/-]|$)"
)
_DATELINE: Final = regex.compile(
    r"^(?P<place>[\p{Arabic}\p{Mn}]{2,}(?:\s[\p{Arabic}\p{Mn}]{2,}){0,2}"
    r"(?:،\s?[\p{Arabic}\p{Mn}]{2,}(?:\s[\p{Arabic}\p{Mn}]{2,})?)?)\s*"
    r"(?:[-–—/]\s*)?"
    r"(?:\(\s*(?P<paren>[^()\n]{2,30}?)\s*\)|(?P<bare>[\p{Arabic}\p{Mn}]{2,}(?:\s[\p{Arabic}\p{Mn}]{2,}){0,2}))?"
    r"\s*[-–—:]"
)
_CREDIT: Final = regex.compile(r"\(\s*([^()\n]{2,30}?)\s*\)\s*$")
_AUTHOR_SPLIT: Final = regex.compile(r"\s*(?:[،,/|;؛]|\sand\s)\s*")
_NOT_A_NAME: Final = regex.compile(r"[0-9٠-٩@]|https?:|www\.")
_ACRONYM: Final = regex.compile(r"^[A-Z][A-Z0-9&. ]{1,9}$")
_URLISH: Final = regex.compile(r"https?:|www\.|\.(?:png|jpe?g|com)\b")
# A match starts where a white-space run starts: linear on long runs with no dash after them.
_DASH: Final = regex.compile(r"(?<!\s)\s++[-–—]\s+")
_BYLINE_PARTS: Final = regex.compile(r"\s*+(?:[:：،,()\[\]]|[-–—])\s*+")
_DATE_CLASS: Final = etree.XPath(
    "//time | //*[contains(@class, 'date') or contains(@class, 'time')"
    " or contains(@class, 'publish') or contains(@class, 'posted')"
    " or contains(@class, 'created') or contains(@class, 'stamp') or contains(@class, 'tmstmp')"
    " or contains(@id, 'date') or contains(@itemprop, 'date')]"
)
_AUTHOR_CLASS: Final = etree.XPath(
    "//*[@rel='author' or @itemprop='author' or contains(@class, 'author')"
    " or contains(@class, 'byline') or contains(@class, 'write')]"
)
_DIGITS: Final = regex.compile(r"^[^0-9]*[0-9]+[^0-9]+[0-9]{4}\b")
_ITEMPROP_NAME: Final = etree.XPath(".//*[@itemprop='name']")
_FIGCAPTION: Final = etree.XPath(".//figcaption")
_WIDGET_MARK: Final = regex.compile(r"(?i)today|current|clock|weather|header|top-?bar|ticker")
_IMAGES: Final = etree.XPath("//article//figure//img | //figure[@class]//img")
_H1: Final = etree.XPath("//h1")
_MAX_STAMP_CHARS: Final = 120
_WRITTEN_KINDS: Final = frozenset({"absolute", "numeric", "iso", "hijri"})
_MIN_RELATIVE_COVER: Final = 0.6
_MAX_AUTHOR_WORDS: Final = 6
_MAX_RELATED: Final = 40


@dataclass(frozen=True, slots=True)
class Context:
    """What the cascades read: the page, the chosen site and layout, and the text blocks."""

    page: Page
    site: Site | None
    layout: Layout | None
    blocks: tuple[Block, ...]
    matcher: BoilerplateMatcher
    reference: datetime | None
    site_name: str | None


def first(*steps: Callable[[], T | None]) -> T | None:
    """The first result of *steps* that is not ``None`` or empty (a cascade of early returns)."""
    for step in steps:
        value = step()
        if value:
            return value
    return None


def tidy(text: str) -> str:
    """Collapse white space (NBSP included) and strip."""
    return _SPACE.sub(" ", text).strip()


@lru_cache(maxsize=1024)
def _compiled(selector: str) -> etree.XPath:
    return etree.XPath(selector)


def select(root: etree._Element, selectors: Sequence[str]) -> list[etree._Element | str]:
    """The results (elements or strings) of the first selector in *selectors* that yields any."""
    for selector in selectors:
        found = _compiled(selector)(root)
        if isinstance(found, list) and found:
            return [item if isinstance(item, etree._Element) else str(item) for item in found]
    return []


def _texts(values: Iterable[object]) -> list[str]:
    out: list[str] = []
    for value in values:
        text = tidy(node_text(value) if isinstance(value, etree._Element) else str(value))
        if text:
            out.append(text)
    return out


def choose_layout(site: Site | None, root: etree._Element) -> Layout | None:
    """The first layout of *site* whose probe selectors match *root* (else its first layout)."""
    if site is None or not site.layouts:
        return None
    for layout in site.layouts:
        if layout.probes and select(root, layout.probes):
            return layout
    return site.layouts[0]


def _site_texts(ctx: Context, field: str) -> list[str]:
    if ctx.layout is None:
        return []
    selectors: tuple[str, ...] = getattr(ctx.layout, field)
    return _texts(select(ctx.page.root, selectors)) if selectors else []


def _jsonld(ctx: Context, *keys: str) -> object:
    for obj in ctx.page.jsonld:
        for key in keys:
            value = obj.get(key)
            if value:
                return value
    return None


def _jsonld_str(ctx: Context, *keys: str) -> str | None:
    value = _jsonld(ctx, *keys)
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    return tidy(value) if isinstance(value, str) and value.strip() else None


# ----------------------------------------------------------------------------- title


def clean_title(title: str, site_names: Iterable[str], *, trim_short_tail: bool) -> str:
    """Remove a site-name suffix or prefix («… - اليوم السابع», «الجزيرة نت | …»).

    A segment is removed when it names the site; with *trim_short_tail* (for
    ``<title>`` and meta titles) a trailing segment of at most three words is removed
    too when the rest is clearly longer.

    >>> clean_title("خبر مهم عن الاقتصاد - اليوم السابع", ["اليوم السابع"], trim_short_tail=False)
    'خبر مهم عن الاقتصاد'
    >>> clean_title("الجزيرة نت | أسعار النفط ترتفع", ["الجزيرة نت"], trim_short_tail=False)
    'أسعار النفط ترتفع'
    """
    title = tidy(title)
    names = {phrase_key(n) for n in site_names if n and n.strip()}
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    seps = _TITLE_SEPARATORS.findall(title)
    keep = [True] * len(parts)
    for index in (0, len(parts) - 1):
        key = phrase_key(parts[index])
        if key and any(key == n or (n and (key.startswith(n) or n.startswith(key))) for n in names):
            keep[index] = False
    if all(keep) and trim_short_tail:
        tail_words = len(parts[-1].split())
        rest_words = sum(len(p.split()) for p in parts[:-1])
        if tail_words <= 3 and rest_words >= 2 * tail_words + 2:
            keep[-1] = False
    if not any(keep):
        return title
    start = keep.index(True)
    end = len(keep) - keep[::-1].index(True)
    pieces = [parts[start]]
    for i in range(start + 1, end):
        pieces.append(seps[i - 1] + parts[i])
    return tidy("".join(pieces))


def _generic_title(ctx: Context) -> str | None:
    meta_title = ctx.page.title or ""
    meta_key = phrase_key(meta_title)
    candidates = _texts(elements(_H1(ctx.page.root)))
    for text in candidates:
        key = phrase_key(text)
        if key and len(key.split()) >= 2 and key in meta_key:
            return text
    for text in candidates:
        if len(text.split()) >= 3 and block_quality(text) > 0:
            return text
    return None


def find_title(ctx: Context) -> str | None:
    """Title cascade: site selector → h1 matching ``<title>`` → JSON-LD → meta → ``<title>``."""
    names = [n for n in (ctx.site_name, ctx.site.name if ctx.site else None) if n]
    from_markup = first(
        lambda: next(iter(_site_texts(ctx, "title")), None), lambda: _generic_title(ctx)
    )
    if from_markup:
        title = clean_title(from_markup, names, trim_short_tail=False)
    else:
        from_meta = first(
            lambda: _jsonld_str(ctx, "headline", "name"),
            lambda: ctx.page.first_meta("og:title", "twitter:title", "dc.title", "title"),
            lambda: ctx.page.title,
        )
        if not from_meta:
            return None
        title = clean_title(from_meta, names, trim_short_tail=True)
    if ctx.site is not None and ctx.site.hooks.title is not None:
        title = ctx.site.hooks.title(title)
    return title or None


def find_site_name(page: Page, site: Site | None) -> str | None:
    """The outlet's name: the site's own name, else ``og:site_name`` / JSON-LD publisher."""
    if site is not None:
        return site.name
    name = page.first_meta("og:site_name", "application-name", "al:android:app_name")
    if name:
        return tidy(name)
    for obj in page.jsonld:
        publisher = obj.get("publisher")
        if isinstance(publisher, dict) and isinstance(publisher.get("name"), str):
            return tidy(str(publisher["name"])) or None
    return _name_in_title(page)


def _name_in_title(page: Page) -> str | None:
    """«HEADLINE - SITE» in ``<title>`` where HEADLINE is the page's ``<h1>``: SITE."""
    parts = _TITLE_SEPARATORS.split(page.title or "")
    if len(parts) < 2:
        return None
    headings = {phrase_key(t) for t in _texts(elements(_H1(page.root)))}
    if phrase_key(parts[0]) in headings:
        return tidy(parts[-1]) or None
    if phrase_key(parts[-1]) in headings:
        return tidy(parts[0]) or None
    return None


# -------------------------------------------------------------------------- subtitle


def _generic_subtitle(ctx: Context, title: str | None) -> str | None:
    if not title:
        return None
    for index, block in enumerate(ctx.blocks):
        if block.heading and block.text == title:
            following = ctx.blocks[index + 1 : index + 2]
            if following and following[0].heading and not following[0].chrome:
                text = following[0].text
                if len(text.split()) <= 40 and not ctx.matcher.is_boilerplate(text):
                    return text
            return None
    return None


def find_subtitle(ctx: Context, title: str | None) -> str | None:
    """Subtitle cascade: site selector → JSON-LD ``alternativeHeadline`` → the heading
    right after the title."""
    subtitle = first(
        lambda: next(iter(_site_texts(ctx, "subtitle")), None),
        lambda: _jsonld_str(ctx, "alternativeHeadline"),
        lambda: _generic_subtitle(ctx, title),
    )
    if subtitle and title and phrase_key(subtitle) == phrase_key(title):
        return None
    return subtitle


# --------------------------------------------------------------------------- authors


@lru_cache(maxsize=1)
def _author_prefix() -> regex.Pattern[str]:
    words = sorted(phrases.AUTHOR_PREFIXES, key=len, reverse=True)
    return regex.compile(
        r"^\s*(?:" + "|".join(regex.escape(w) for w in words) + r")(?!\p{L})\s*[:：\-–]?\s*",
        regex.IGNORECASE,
    )


@lru_cache(maxsize=1)
def byline_pattern() -> regex.Pattern[str]:
    """A byline paragraph: an author word, a colon, a name («حوار: آسيا العتروس»)."""
    words = sorted(phrases.AUTHOR_PREFIXES, key=len, reverse=True)
    return regex.compile(
        r"^\s*(?:" + "|".join(regex.escape(w) for w in words) + r")\s*[:：]\s*\p{L}"
    )


@lru_cache(maxsize=1)
def _agencies() -> dict[str, str]:
    return {phrase_key(k): v for k, v in phrases.AGENCIES.items()}


def agency(text: str) -> str | None:
    """The agency *text* names («رويترز», «(أ ف ب)»…), in arnews' spelling, or ``None``."""
    return _agencies().get(phrase_key(text))


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    return frozenset(phrase_key(p) for p in phrases.PLACES)


def parse_byline(line: str) -> tuple[tuple[str, ...], str | None]:
    """The authors and the agency in a short byline that mixes them with places and the
    outlet's name, as text dumps print it under the headline.

    >>> parse_byline("عدن، صنعاء: محمد عبدالعظيم، الوكالات")
    (('محمد عبدالعظيم',), 'وكالات')
    >>> parse_byline("عبدالرحيم الحدادي - المدينة المنورة")
    (('عبدالرحيم الحدادي',), None)
    >>> parse_byline("جنيف : (رويترز)")
    ((), 'رويترز')
    """
    names: list[str] = []
    source: str | None = None
    for raw in _BYLINE_PARTS.split(_author_prefix().sub("", tidy(line))):
        part = _author_prefix().sub("", raw).strip(" .")
        if not part or phrase_key(part) in _places():
            continue
        found = agency(part)
        if found:
            source = source or found
            continue
        words = part.split()
        # A person's name: two to four words, the first without «ال» (places and outlets
        # such as «الحد الجنوبي» or «الجزيرة» have it).
        if (
            2 <= len(words) <= 4
            and not words[0].startswith("ال")
            and not _NOT_A_NAME.search(part)
            and not _ACRONYM.match(part)
        ):
            names.append(part)
    return tuple(dict.fromkeys(names)), source


def split_authors(byline: str) -> tuple[list[str], str | None]:
    """Split a byline into author names and an agency credit.

    >>> split_authors("كتب: سامر الحلبي، رويترز")
    (['سامر الحلبي'], 'رويترز')
    """
    names: list[str] = []
    source: str | None = None
    text = _author_prefix().sub("", tidy(byline)).strip(" ()")
    if _URLISH.search(text):
        return names, source
    for raw in _AUTHOR_SPLIT.split(text):
        cleaned = _author_prefix().sub("", raw).strip(" -–—:()«»\"'")
        pieces = _DASH.split(cleaned, maxsplit=1)
        head = pieces[0].strip()
        tail = pieces[1].strip() if len(pieces) > 1 else ""
        if tail and (agency(tail) or agency(head)):
            # «الاسم - رويترز» credits an agency; «القاهرة - رويترز» is a dateline.
            source = source or agency(tail) or agency(head)
            continue
        if not head:
            continue
        found = agency(head)
        if found:
            source = source or found
        elif (
            len(head.split()) <= _MAX_AUTHOR_WORDS
            and not _NOT_A_NAME.search(head)
            and not _ACRONYM.match(head)
        ):
            names.append(head)
    return names, source


def _jsonld_authors(ctx: Context) -> list[str]:
    value = _jsonld(ctx, "author", "creator")
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip():
            names.append(name)
    return names


def _meta_authors(ctx: Context) -> list[str]:
    found = ctx.page.first_meta("author", "article:author", "dc.creator", "sailthru.author")
    return [found] if found and not found.startswith("http") else []


def _generic_authors(ctx: Context) -> list[str]:
    out = []
    for element in elements(_AUTHOR_CLASS(ctx.page.root)):
        named = element
        if element.get("itemscope") is not None:
            if "organization" in (element.get("itemtype") or "").lower():
                continue
            names = elements(_ITEMPROP_NAME(element))
            named = names[0] if names else element
        text = tidy(node_text(named))
        # One word is a section name («منوعات») more often than an author.
        if text and 2 <= len(text.split()) <= _MAX_AUTHOR_WORDS + 2:
            out.append(text)
    return out[:3]


def _host_labels(url: str | None) -> set[str]:
    try:
        host = urlsplit(url).hostname if url and "//" in url else None
    except ValueError:  # not a URL («http://[x»)
        host = None
    labels = {label for label in (host or "").split(".") if len(label) > 3}
    return labels | {label.removesuffix("news") for label in labels}


def find_authors(ctx: Context) -> tuple[tuple[str, ...], str | None]:
    """Authors cascade: site selector → JSON-LD → meta → byline markup → a block of its own
    reading «حوار: …» / «بقلم: …».

    Returns the author names and an agency credit found among them (for ``source``).
    """
    skip = {phrase_key(n) for n in (ctx.site_name, ctx.site.name if ctx.site else None) if n}
    skip.update(_host_labels(ctx.page.url))
    for step in (_site_authors, _jsonld_authors, _meta_authors, _generic_authors, _byline_blocks):
        names, source = authors_of(step(ctx), skip)
        if names or source:
            return names, source
    return (), None


def authors_of(bylines: Iterable[str], skip: set[str]) -> tuple[tuple[str, ...], str | None]:
    """The person names and the agency credit in *bylines*, leaving out names in *skip*
    (the outlet's own name) and bylines that are a dateline naming the outlet."""
    names: list[str] = []
    source: str | None = None
    for byline in bylines:
        parts = [phrase_key(p) for p in _DASH.split(byline)]
        if any(p in skip for p in parts):
            # «أبوظبي - البيان»: a dateline naming the outlet, not a byline.
            continue
        found, credit = split_authors(byline)
        source = source or credit
        for name in found:
            if name not in names and phrase_key(name) not in skip:
                names.append(name)
    return tuple(names), source


def _byline_blocks(ctx: Context) -> list[str]:
    """Text blocks that are a byline of their own: «حوار: آسيا العتروس»."""
    pattern = byline_pattern()
    return [
        block.text
        for block in ctx.blocks
        if len(block.text.split()) <= _MAX_AUTHOR_WORDS and pattern.match(block.text)
    ][:2]


def _site_authors(ctx: Context) -> list[str]:
    return _site_texts(ctx, "authors")


# ------------------------------------------------------------------ dateline, source


def find_dateline(
    first_paragraph: str | None, site_name: str | None = None
) -> tuple[str | None, str | None]:
    """The place and the credited agency at the start of the story.

    >>> find_dateline("القاهرة (رويترز) - قال مسؤول إن …")
    ('القاهرة', 'رويترز')
    >>> find_dateline("دمشق - بلدي نيوز: قال ناشطون …")
    ('دمشق', 'بلدي نيوز')
    """
    if not first_paragraph:
        return None, None
    match = _DATELINE.match(first_paragraph[:120])
    if match is None:
        return None, None
    place = match.group("place")
    if site_name and phrase_key(place) == phrase_key(site_name):
        return None, None
    credit = match.group("paren") or match.group("bare")
    if credit and phrase_key(credit) in _places() and phrase_key(place) not in _places():
        # «سبق- الدمام:»: the outlet, then the place.
        return credit, None
    if credit:
        return place, agency(credit) or tidy(credit)
    return place, None


def credit_at_end(last_paragraph: str | None) -> str | None:
    """An agency credited in parentheses at the end of the story, e.g. «… (الوكالة الوطنية)»."""
    if not last_paragraph:
        return None
    match = _CREDIT.search(last_paragraph)
    return agency(match.group(1)) if match else None


# ------------------------------------------------------------------------------ dates


def _iso(text: str) -> datetime | None:
    match = _ISO.match(text)
    if match is None:
        return None
    day, clock, zone = match.groups()
    stamp = day + ("T" + clock if clock else "")
    if zone:
        zone = "+00:00" if zone == "Z" else zone
        stamp += zone if ":" in zone else zone[:3] + ":" + zone[3:]
    try:
        return datetime.fromisoformat(stamp)
    except ValueError:
        return None


@lru_cache(maxsize=64)
def _date_prefix(extra: tuple[str, ...]) -> regex.Pattern[str]:
    words = sorted((*phrases.DATE_PREFIXES, *extra), key=len, reverse=True)
    return regex.compile(r"^\s*(?:" + "|".join(regex.escape(w) for w in words) + r")\s*[:：]?\s*")


def parse_stamp(
    text: str, *, reference: datetime | None = None, site: Site | None = None
) -> datetime | None:
    """A date stamp as printed or as an attribute value: ISO 8601 first, else
    :func:`arnews.parse_date` after removing words like «نشر في»; naive results get
    the *site*'s UTC offset when it declares one.

    >>> parse_stamp("2024-02-07T10:30:00+0300").isoformat()
    '2024-02-07T10:30:00+03:00'
    """
    text = tidy(text)
    if not text or len(text) > _MAX_STAMP_CHARS:
        return None
    value = _iso(text)
    if value is None:
        extra = site.dates.prefixes if site else ()
        value = _date_in(_date_prefix(extra).sub("", text), reference)
    if value is None:
        return None
    offset = site.dates.utc_offset if site else None
    if value.tzinfo is None and offset is not None:
        return value.replace(tzinfo=timezone(offset))
    return value


def _date_in(text: str, reference: datetime | None) -> datetime | None:
    """The date a stamp states. A written date (month name, digits, Hijri) anywhere in
    it counts, as :func:`arnews.parse_date` picks it («تم نشره الجمعة 24 نيسان 2020»);
    a relative one («منذ ساعتين») only with a *reference* and when dates make up most
    of the text (a headline mentioning «العام المقبل» is not a stamp)."""
    mentions = find_dates(text, reference=reference)
    if not mentions:
        return None
    if any(mention.kind in _WRITTEN_KINDS for mention in mentions):
        return parse_date(text, reference=reference)
    covered = sum(m.end - m.start for m in mentions)
    if reference is None or covered < _MIN_RELATIVE_COVER * len(text):
        return None
    return mentions[0].value


def _first_stamp(values: Iterable[object], ctx: Context) -> datetime | None:
    for text in _texts(values):
        value = parse_stamp(text, reference=ctx.reference, site=ctx.site)
        if value is not None:
            return value
    return None


def _is_widget(element: etree._Element) -> bool:
    for node in (element, *element.iterancestors()):
        if node.tag in ("header", "nav", "footer", "aside"):
            return True
        marks = (node.get("class") or "") + " " + (node.get("id") or "")
        if marks.strip() and _WIDGET_MARK.search(marks):
            return True
    return False


def _update_stamps(ctx: Context) -> set[etree._Element]:
    """The elements the site's layout names as its *last update* stamp."""
    if ctx.layout is None:
        return set()
    return {e for e in select(ctx.page.root, ctx.layout.modified) if isinstance(e, etree._Element)}


def _in_any(element: etree._Element, stamps: set[etree._Element]) -> bool:
    return bool(stamps) and any(node in stamps for node in (element, *element.iterancestors()))


def _generic_date(ctx: Context) -> datetime | None:
    updates = _update_stamps(ctx)
    candidates = [
        e
        for e in elements(_DATE_CLASS(ctx.page.root))
        if not _is_widget(e) and not _in_any(e, updates)
    ]
    for element in candidates:
        value = _first_stamp([element.get("datetime") or element], ctx)
        if value is not None:
            return value
    return None


def _date_after_title(ctx: Context) -> datetime | None:
    """A short block among the few right after the headline that is a date stamp."""
    updates = _update_stamps(ctx)
    for index, block in enumerate(ctx.blocks):
        if block.heading and block.owner.tag == "h1":
            for following in ctx.blocks[index + 1 : index + 6]:
                if len(following.text.split()) <= 16 and not _in_any(following.owner, updates):
                    value = parse_stamp(following.text, reference=ctx.reference, site=ctx.site)
                    if value is not None:
                        return value
            return None
    return None


def _url_date(ctx: Context) -> datetime | None:
    url = unquote(ctx.page.url or "")
    pattern = ctx.site.dates.url_date if ctx.site is not None else None
    # regex keeps its own cache of compiled patterns, so a site's pattern compiles once.
    match = (regex.search(pattern, url) if pattern else None) or _URL_DATE.search(url)
    if match is None:
        return None
    year, month, day = (int(match.group(name)) for name in ("year", "month", "day"))
    try:
        return datetime(year, month, day)
    except ValueError:
        return None


def _meta_date(ctx: Context, keys: Sequence[str], jsonld_keys: Sequence[str]) -> datetime | None:
    if ctx.site is not None and not ctx.site.dates.trust_meta:
        return None
    values: list[object] = []
    value = _jsonld_str(ctx, *jsonld_keys)
    if value:
        values.append(value)
    for key in keys:
        values.extend(ctx.page.meta.get(key, ()))
    return _first_stamp(values, ctx)


_PUBLISHED_META: Final = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "publishdate",
    "pubdate",
    "publish-date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
)
_MODIFIED_META: Final = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "last-modified",
    "dc.date.modified",
    "dcterms.modified",
)


def find_published(ctx: Context) -> datetime | None:
    """Publication-date cascade: site stamp → JSON-LD → meta → ``<time>`` / microdata →
    a date-like element outside header widgets → a date in the URL. Never "now".

    The generic steps pass over the element a site layout names as its ``modified``
    stamp: a page that prints only its last update gets its publication date from
    a later step (the URL), not from the update."""
    return first(
        lambda: (
            _first_stamp(select(ctx.page.root, ctx.layout.published), ctx) if ctx.layout else None
        ),
        lambda: _meta_date(ctx, _PUBLISHED_META, ("datePublished", "dateCreated")),
        lambda: (
            None
            if ctx.site is not None and not ctx.site.dates.trust_meta
            else _first_stamp(ctx.page.stamps, ctx)
        ),
        lambda: _generic_date(ctx),
        lambda: _date_after_title(ctx),
        lambda: _url_date(ctx),
    )


def find_modified(ctx: Context) -> datetime | None:
    """Update-date cascade: site stamp → JSON-LD ``dateModified`` → meta."""
    return first(
        lambda: (
            _first_stamp(select(ctx.page.root, ctx.layout.modified), ctx) if ctx.layout else None
        ),
        lambda: _meta_date(ctx, _MODIFIED_META, ("dateModified",)),
    )


# ----------------------------------------------------------------- tags, images, links


def _split_keywords(text: str) -> list[str]:
    return [tidy(t) for t in regex.split(r"[،,;؛|]", text) if tidy(t)]


def _title_as_keywords(tags: Sequence[str], title: str | None) -> bool:
    """Whether *tags* are only the headline again: the whole title as one keyword, or the
    title cut into its words (what some CMSs put in ``<meta name="keywords">``)."""
    if not tags or not title:
        return False
    words = {phrase_key(word) for word in title.split()} - {""}
    tag_words = {phrase_key(word) for tag in tags for word in tag.split()} - {""}
    # Tags that name a few of the headline's words («كورونا», «مصر») are real tags;
    # only keywords that are nothing but the headline, nearly all of it, are dropped.
    return len(words) >= 3 and tag_words <= words and len(tag_words) >= 0.8 * len(words)


def find_tags(ctx: Context, title: str | None = None) -> tuple[str, ...]:
    """Tags cascade: site selector → JSON-LD ``keywords`` → ``article:tag`` / keywords meta.

    Keywords that merely repeat the *title* (whole, or word by word) are not tags."""

    def from_jsonld() -> list[str]:
        value = _jsonld(ctx, "keywords")
        if isinstance(value, list):
            return [t for v in value if isinstance(v, str) for t in _split_keywords(v)]
        return _split_keywords(value) if isinstance(value, str) else []

    def from_meta() -> list[str]:
        tags = list(ctx.page.meta.get("article:tag", ()))
        if not tags:
            keywords = ctx.page.first_meta("keywords", "news_keywords")
            tags = _split_keywords(keywords) if keywords else []
        return [tidy(t) for t in tags if tidy(t)]

    found = first(lambda: _site_texts(ctx, "tags"), from_jsonld, from_meta) or []
    if _title_as_keywords(found, title):
        return ()
    return tuple(dict.fromkeys(found))


def _image(ctx: Context, element: object) -> Image | None:
    if not isinstance(element, etree._Element):
        url = ctx.page.absolute(str(element))
        return Image(url=url) if url else None
    src = element.get("src") or element.get("data-src") or element.get("data-original")
    url = ctx.page.absolute(src)
    if not url or url.startswith("data:"):
        return None
    caption = None
    for ancestor in element.iterancestors("figure"):
        captions = elements(_FIGCAPTION(ancestor))
        if captions:
            caption = tidy(node_text(captions[0])) or None
        break
    alt = tidy(element.get("alt") or "") or None
    return Image(url=url, caption=caption, alt=alt)


def find_images(ctx: Context) -> tuple[Image, ...]:
    """Images cascade: site selector → JSON-LD ``image`` / ``og:image`` → images in
    ``<figure>`` or ``<article>``."""

    def from_site() -> list[Image]:
        if ctx.layout is None or not ctx.layout.images:
            return []
        return [i for e in select(ctx.page.root, ctx.layout.images) if (i := _image(ctx, e))]

    def from_meta() -> list[Image]:
        value = _jsonld(ctx, "image")
        items = value if isinstance(value, list) else [value]
        urls = [i.get("url") if isinstance(i, dict) else i for i in items]
        urls.extend(ctx.page.meta.get("og:image", ()))
        return [
            Image(url=u) for u in dict.fromkeys(ctx.page.absolute(str(x)) for x in urls if x) if u
        ]

    def from_markup() -> list[Image]:
        return [i for e in elements(_IMAGES(ctx.page.root)) if (i := _image(ctx, e))]

    images = first(from_site, from_meta, from_markup) or []
    unique: dict[str, Image] = {}
    for image in images:
        unique.setdefault(image.url, image)
    return tuple(unique.values())


def _links_of(ctx: Context, pairs: Iterable[tuple[str, str | None]]) -> list[Link]:
    return [
        Link(text=text, url=ctx.page.absolute(href))
        for text, href in pairs
        if len(text.split()) >= 2 and block_quality(text) > 0 and not _is_heading_text(text)
    ]


def _is_heading_text(text: str) -> bool:
    if boilerplate_matcher().is_boilerplate(text):
        return True
    # A date used as link text («ديسمبر 25, 2020»), not a headline.
    return len(text.split()) <= 4 and _DIGITS.search(text) is not None


def _site_related(ctx: Context) -> list[Link]:
    if ctx.layout is None or not ctx.layout.related:
        return []
    pairs: list[tuple[str, str | None]] = []
    for container in select(ctx.page.root, ctx.layout.related):
        if isinstance(container, etree._Element):
            anchors = container.iter("a") if container.tag != "a" else [container]
            pairs.extend((tidy(node_text(a)), a.get("href")) for a in anchors)
    return _links_of(ctx, pairs)


def _generic_related(ctx: Context) -> list[Link]:
    links: list[Link] = []
    blocks = ctx.blocks
    for index, block in enumerate(blocks):
        if not ctx.matcher.is_related_heading(block.text):
            continue
        if block.links:
            # An inline «اقرأ أيضاً: <a>…</a>» paragraph.
            links.extend(_links_of(ctx, block.links))
            continue
        # A heading: the links of the blocks that follow, up to the next non-link block.
        for following in blocks[index + 1 : index + 1 + _MAX_RELATED]:
            if not following.links or following.link_density < 0.5:
                break
            links.extend(_links_of(ctx, following.links))
    return links


def find_related(ctx: Context) -> tuple[Link, ...]:
    """Related-links cascade: site selector → links under «مقالات ذات صلة»-style headings
    and in «اقرأ أيضاً» paragraphs."""
    links = first(lambda: _site_related(ctx), lambda: _generic_related(ctx)) or []
    unique: dict[tuple[str, str | None], Link] = {}
    for link in links:
        unique.setdefault((phrase_key(link.text), link.url), link)
    return tuple(unique.values())[:_MAX_RELATED]
