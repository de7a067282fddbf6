"""Date stamps: parsing one stamp, and the publication and update cascades of a page.

:func:`read_page_stamp` reads one stamp as a page prints it or as an attribute holds
it, for both pipelines, with what it states (a day, or a clock time too);
:func:`parse_stamp` gives only its datetime. :func:`find_published` and
:func:`find_modified` are the HTML cascades: the site's stamp, then JSON-LD and
``<meta>``, then generic markup, never the day the page is parsed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, timezone
from functools import lru_cache, partial
from typing import Final
from urllib.parse import unquote

import regex
from lxml import etree

from arnews.dates import Stamp, read_stamp
from arnews.extract import phrases
from arnews.extract.context import Context, first, jsonld_str, select, texts_of, tidy
from arnews.extract.limits import (
    MAX_STAMP_BLOCK_WORDS,
    MAX_STAMP_CHARS,
    STAMP_WINDOW,
)
from arnews.extract.page import elements
from arnews.extract.vocabulary import (
    DATE_MARKUP,
    MODIFIED_JSONLD,
    MODIFIED_META,
    PUBLISHED_JSONLD,
    PUBLISHED_META,
    WIDGET_MARKS,
    WIDGET_TAGS,
)
from arnews.sites import Site

__all__ = ["find_modified", "find_published", "parse_stamp", "read_page_stamp"]

_URL_DATE: Final = regex.compile(
    r"/(?P<year>(?:19|20)[0-9]{2})[/-](?P<month>[01]?[0-9])[/-](?P<day>[0-3]?[0-9])(?:[/-]|$)"
)


@lru_cache(maxsize=64)
def _date_prefix(extra: tuple[str, ...]) -> regex.Pattern[str]:
    words = sorted((*phrases.DATE_PREFIXES, *extra), key=len, reverse=True)
    return regex.compile(r"^\s*(?:" + "|".join(regex.escape(w) for w in words) + r")\s*[:：]?\s*")


def read_page_stamp(
    text: str,
    *,
    reference: datetime | None = None,
    site: Site | None = None,
    updated: bool = False,
) -> Stamp | None:
    """A date stamp as printed or as an attribute value, read in one scan by
    :func:`arnews.dates.read_stamp`: ISO 8601 first, else the written date after words
    like «نشر في» (the site's own stamp words too), with what it states. A relative
    stamp, or a day and month without a year, needs the caller's *reference*: the
    clock is never read. Naive results get the *site*'s UTC offset when it declares one.
    The time of an update after a date («… 2013، آخر تحديث 14:00») counts only in an
    *updated* stamp.

    >>> stamp = read_page_stamp("الأربعاء 7 فبراير 2024 - 10:30 ص")
    >>> stamp.value.isoformat(), stamp.precision
    ('2024-02-07T10:30:00', 'minute')
    """
    text = tidy(text)
    if not text or len(text) > MAX_STAMP_CHARS:
        return None
    extra = site.dates.prefixes if site else ()
    stamp = read_stamp(
        text, reference, prefix=partial(_date_prefix(extra).sub, ""), updated=updated
    )
    if stamp is None:
        return None
    offset = site.dates.utc_offset if site else None
    if stamp.value.tzinfo is None and offset is not None:
        return stamp._replace(value=stamp.value.replace(tzinfo=timezone(offset)))
    return stamp


def parse_stamp(
    text: str, *, reference: datetime | None = None, site: Site | None = None
) -> datetime | None:
    """The datetime of :func:`read_page_stamp`, or ``None``.

    >>> parse_stamp("2024-02-07T10:30:00+0300").isoformat()
    '2024-02-07T10:30:00+03:00'
    """
    stamp = read_page_stamp(text, reference=reference, site=site)
    return None if stamp is None else stamp.value


# ------------------------------------------------------------ the HTML date cascades


def _first_stamp(values: Iterable[object], ctx: Context, *, updated: bool = False) -> Stamp | None:
    for text in texts_of(values):
        stamp = read_page_stamp(text, reference=ctx.reference, site=ctx.site, updated=updated)
        if stamp is not None:
            return stamp
    return None


def _is_widget(element: etree._Element) -> bool:
    for node in (element, *element.iterancestors()):
        if node.tag in WIDGET_TAGS:
            return True
        marks = (node.get("class") or "") + " " + (node.get("id") or "")
        if marks.strip() and WIDGET_MARKS.search(marks):
            return True
    return False


def _update_stamps(ctx: Context) -> set[etree._Element]:
    """The elements the site's layout names as its *last update* stamp."""
    return {e for e in select(ctx.page, ctx.rules.modified) if isinstance(e, etree._Element)}


def _in_any(element: etree._Element, stamps: set[etree._Element]) -> bool:
    return bool(stamps) and any(node in stamps for node in (element, *element.iterancestors()))


def _generic_date(ctx: Context) -> Stamp | None:
    updates = _update_stamps(ctx)
    candidates = [
        e
        for e in elements(DATE_MARKUP(ctx.page.root))
        if not _is_widget(e) and not _in_any(e, updates)
    ]
    for element in candidates:
        value = _first_stamp([element.get("datetime") or element], ctx)
        if value is not None:
            return value
    return None


def _date_after_title(ctx: Context) -> Stamp | None:
    """A short block among the few right after the headline that is a date stamp."""
    updates = _update_stamps(ctx)
    for index, block in enumerate(ctx.blocks):
        if block.heading and block.owner.tag == "h1":
            for following in ctx.blocks[index + 1 : index + 1 + STAMP_WINDOW]:
                if len(following.text.split()) <= MAX_STAMP_BLOCK_WORDS and not _in_any(
                    following.owner, updates
                ):
                    stamp = read_page_stamp(following.text, reference=ctx.reference, site=ctx.site)
                    if stamp is not None:
                        return stamp
            return None
    return None


def _url_date(ctx: Context) -> Stamp | None:
    url = unquote(ctx.page.url or "")
    pattern = ctx.site.dates.url_date if ctx.site is not None else None
    # regex keeps its own cache of compiled patterns, so a site's pattern compiles once.
    match = (regex.search(pattern, url) if pattern else None) or _URL_DATE.search(url)
    if match is None:
        return None
    year, month, day = (int(match.group(name)) for name in ("year", "month", "day"))
    try:
        return Stamp(datetime(year, month, day), "day")
    except ValueError:
        return None


def _trusts_meta(ctx: Context) -> bool:
    return ctx.site is None or ctx.site.dates.trust_meta


def _meta_date(
    ctx: Context, keys: Sequence[str], jsonld_keys: Sequence[str], *, updated: bool = False
) -> Stamp | None:
    if not _trusts_meta(ctx):
        return None
    values: list[object] = []
    value = jsonld_str(ctx, *jsonld_keys)
    if value:
        values.append(value)
    for key in keys:
        values.extend(ctx.page.meta.get(key, ()))
    return _first_stamp(values, ctx, updated=updated)


def find_published(ctx: Context) -> Stamp | None:
    """Publication-date cascade: site stamp → JSON-LD → meta → ``<time>`` / microdata →
    a date-like element outside header widgets → a date in the URL. Never "now".

    The generic steps pass over the element a site layout names as its ``modified``
    stamp: a page that prints only its last update gets its publication date from
    a later step (the URL), not from the update."""
    return first(
        lambda: _first_stamp(select(ctx.page, ctx.rules.published), ctx),
        lambda: _meta_date(ctx, PUBLISHED_META, PUBLISHED_JSONLD),
        lambda: _first_stamp(ctx.page.stamps, ctx) if _trusts_meta(ctx) else None,
        lambda: _generic_date(ctx),
        lambda: _date_after_title(ctx),
        lambda: _url_date(ctx),
    )


def find_modified(ctx: Context) -> Stamp | None:
    """Update-date cascade: site stamp → JSON-LD ``dateModified`` → meta."""
    return first(
        lambda: _first_stamp(select(ctx.page, ctx.rules.modified), ctx, updated=True),
        lambda: _meta_date(ctx, MODIFIED_META, MODIFIED_JSONLD, updated=True),
    )
