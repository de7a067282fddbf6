"""Who wrote the story and where it comes from: bylines, authors, agencies, datelines.

The parsers (:func:`split_authors`, :func:`agency`, :func:`find_dateline`) work on one
string and serve both pipelines (a text dump's credit lines are read by
:mod:`arnews.extract.credits`); the authors
cascade (:func:`find_authors`) reads an HTML page's :class:`~arnews.extract.context.Context`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Final
from urllib.parse import urlsplit

import regex

from arnews.extract import phrases
from arnews.extract.boilerplate import phrase_key
from arnews.extract.context import Context, jsonld, site_texts, tidy
from arnews.extract.credits import read_dateline
from arnews.extract.generic import word_count
from arnews.extract.limits import (
    MAX_AUTHOR_WORDS,
    MAX_BYLINE_BLOCKS,
    MAX_BYLINE_WORDS,
    MAX_MARKUP_AUTHOR_WORDS,
    MAX_MARKUP_AUTHORS,
    MIN_HOST_LABEL_CHARS,
    MIN_MARKUP_AUTHOR_WORDS,
)
from arnews.extract.page import elements, node_text
from arnews.extract.sitename import Outlet
from arnews.extract.vocabulary import AUTHOR_JSONLD, AUTHOR_MARKUP, AUTHOR_META, ITEMPROP_NAME

__all__ = [
    "agency",
    "agency_of_key",
    "authors_of",
    "byline_pattern",
    "credit_at_end",
    "find_authors",
    "find_dateline",
    "split_authors",
]

_CREDIT: Final = regex.compile(r"\(\s*([^()\n]{2,30}?)\s*\)\s*$")
_AUTHOR_SPLIT: Final = regex.compile(r"\s*(?:[،,/|;؛]|\sand\s)\s*")
_NOT_A_NAME: Final = regex.compile(r"[0-9٠-٩@]|https?:|www\.")
_ACRONYM: Final = regex.compile(r"^[A-Z][A-Z0-9&. ]{1,9}$")
_URLISH: Final = regex.compile(r"https?:|www\.|\.(?:png|jpe?g|com)\b")
# A match starts where a white-space run starts: linear on long runs with no dash after them.
_DASH: Final = regex.compile(r"(?<!\s)\s++[-–—]\s+")

People = tuple[tuple[str, ...], str | None]
"""Author names and an agency credit (for :attr:`arnews.Article.source`)."""


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


def agency_of_key(key: str) -> str | None:
    """:func:`agency` for text already in :func:`~arnews.extract.boilerplate.phrase_key` form."""
    return _agencies().get(key)


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
            len(head.split()) <= MAX_AUTHOR_WORDS
            and not _NOT_A_NAME.search(head)
            and not _ACRONYM.match(head)
        ):
            names.append(head)
    return names, source


def authors_of(bylines: Iterable[str], skip: set[str]) -> People:
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


# ------------------------------------------------------------- the authors cascade


def _site_authors(ctx: Context) -> list[str]:
    return site_texts(ctx, ctx.rules.authors)


def _jsonld_authors(ctx: Context) -> list[str]:
    value = jsonld(ctx, *AUTHOR_JSONLD)
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and name.strip():
            names.append(name)
    return names


def _meta_authors(ctx: Context) -> list[str]:
    found = ctx.page.first_meta(*AUTHOR_META)
    return [found] if found and not found.startswith("http") else []


def _generic_authors(ctx: Context) -> list[str]:
    out = []
    for element in elements(AUTHOR_MARKUP(ctx.page.root)):
        named = element
        if element.get("itemscope") is not None:
            if "organization" in (element.get("itemtype") or "").lower():
                continue
            names = elements(ITEMPROP_NAME(element))
            named = names[0] if names else element
        text = tidy(node_text(named))
        if text and MIN_MARKUP_AUTHOR_WORDS <= len(text.split()) <= MAX_MARKUP_AUTHOR_WORDS:
            out.append(text)
    return out[:MAX_MARKUP_AUTHORS]


def _byline_blocks(ctx: Context) -> list[str]:
    """Text blocks that are a byline of their own: «حوار: آسيا العتروس»."""
    pattern = byline_pattern()
    return [
        block.text
        for block in ctx.blocks
        if pattern.match(block.text) and word_count(block.text) <= MAX_BYLINE_WORDS
    ][:MAX_BYLINE_BLOCKS]


_AUTHOR_STEPS: Final[tuple[Callable[[Context], list[str]], ...]] = (
    _site_authors,
    _jsonld_authors,
    _meta_authors,
    _generic_authors,
    _byline_blocks,
)
"""The authors cascade, in order."""


def _host_labels(url: str | None) -> set[str]:
    try:
        host = urlsplit(url).hostname if url and "//" in url else None
    except ValueError:  # not a URL («http://[x»)
        host = None
    labels = {label for label in (host or "").split(".") if len(label) >= MIN_HOST_LABEL_CHARS}
    return labels | {label.removesuffix("news") for label in labels}


def find_authors(ctx: Context, body_bylines: Sequence[str] = ()) -> People:
    """Authors cascade: site selector → JSON-LD → meta → byline markup → a block of the page
    reading «حوار: …» / «بقلم: …» → such a block in the story (*body_bylines*).

    Returns the author names and an agency credit found among them (for ``source``);
    the outlet's own name is never an author.
    """
    skip = {phrase_key(n) for n in (ctx.site_name, ctx.site.name if ctx.site else None) if n}
    skip.update(_host_labels(ctx.page.url))
    for step in _AUTHOR_STEPS:
        names, source = authors_of(step(ctx), skip)
        if names or source:
            return names, source
    return authors_of(body_bylines, skip)


# ------------------------------------------------------------------ dateline, source


def find_dateline(
    first_paragraph: str | None, site_name: str | None = None, url: str | None = None
) -> tuple[str | None, str | None]:
    """The city and the credited agency or outlet at the start of the story, read by
    :func:`arnews.extract.credits.read_dateline` (the outlet is told by *site_name* and
    by the web address *url*: its own name is a source, never a city).

    >>> find_dateline("القاهرة (رويترز) - قال مسؤول إن …")
    ('القاهرة', 'رويترز')
    >>> find_dateline("دمشق - بلدي نيوز: قال ناشطون …")
    ('دمشق', 'بلدي نيوز')
    """
    if not first_paragraph:
        return None, None
    credit = read_dateline(first_paragraph, Outlet.of(url, (site_name,)))
    return credit.place, credit.source


def credit_at_end(last_paragraph: str | None) -> str | None:
    """An agency credited in parentheses at the end of the story, e.g. «… (الوكالة الوطنية)»."""
    if not last_paragraph:
        return None
    match = _CREDIT.search(last_paragraph)
    return agency(match.group(1)) if match else None
