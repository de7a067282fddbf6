"""The generic markup vocabulary: class, id and ``<meta>`` names, JSON-LD keys, XPaths.

Data, not code (like trafilatura's ``xpaths.py``): every name the field cascades look
for on a page they have no site module for, grouped by field and, inside a group, in
the order the cascade tries them (the first that yields something wins). XPaths are
compiled once at import (compiling is cheap; no page is touched). Arabic phrases never
appear here: markup is selected with XPath, phrases are matched in Python on
normalized text (see :mod:`arnews.extract.phrases`).
"""

from __future__ import annotations

from typing import Final

import regex
from lxml import etree

__all__ = [
    "AUTHOR_JSONLD",
    "AUTHOR_MARKUP",
    "AUTHOR_META",
    "DATE_MARKUP",
    "FIGCAPTION",
    "HEADLINE",
    "IMAGE_JSONLD",
    "IMAGE_MARKUP",
    "IMAGE_META",
    "ITEMPROP_NAME",
    "KEYWORDS_META",
    "MODIFIED_JSONLD",
    "MODIFIED_META",
    "PUBLISHED_JSONLD",
    "PUBLISHED_META",
    "PUBLISHER_JSONLD",
    "SITE_NAME_META",
    "SUBTITLE_JSONLD",
    "TAG_JSONLD",
    "TAG_META",
    "TITLE_JSONLD",
    "TITLE_META",
    "TITLE_SEPARATORS",
    "WIDGET_MARKS",
    "WIDGET_TAGS",
]

# ------------------------------------------------------------------------------ title

TITLE_JSONLD: Final = ("headline", "name")
"""JSON-LD keys of the headline."""
TITLE_META: Final = ("og:title", "twitter:title", "dc.title", "title")
"""``<meta>`` names of the headline (``<title>`` itself comes last)."""
HEADLINE: Final = etree.XPath("//h1")
"""The page's top-level headings: the headline when ``<title>`` repeats one."""
TITLE_SEPARATORS: Final = regex.compile(r"(?<!\s)\s++(?:[-–—|»«:]{1,2}|::)\s+")
"""What separates a headline from the site name in a title («… - SITE», «SITE | …»)."""
SITE_NAME_META: Final = ("og:site_name", "application-name", "al:android:app_name")
"""``<meta>`` names of the outlet's name."""
PUBLISHER_JSONLD: Final = "publisher"
"""The JSON-LD key of the outlet (its ``name`` is the site name)."""
SUBTITLE_JSONLD: Final = ("alternativeHeadline",)
"""JSON-LD keys of the standfirst."""

# ---------------------------------------------------------------------------- authors

AUTHOR_JSONLD: Final = ("author", "creator")
"""JSON-LD keys of the authors (strings, or objects with a ``name``)."""
AUTHOR_META: Final = ("author", "article:author", "dc.creator", "sailthru.author")
"""``<meta>`` names of the author."""
AUTHOR_MARKUP: Final = etree.XPath(
    "/descendant::*/@rel[.='author']/.. | /descendant::*/@itemprop[.='author']/.."
    " | /descendant::*/@class"
    "[contains(., 'author') or contains(., 'byline') or contains(., 'write')]/.."
)
"""Byline elements of generic markup. (Each query starts from the attribute it tests:
libxml2 walks the attributes of one name much faster than it tests a predicate on every
element, as ``//*[…]`` makes it do; and from the elements' attributes, not ``//@…``,
which walks the attributes of every node, text nodes included.)"""
ITEMPROP_NAME: Final = etree.XPath(".//*[@itemprop='name']")
"""The name inside a microdata ``author`` item."""

# ------------------------------------------------------------------------------ dates

PUBLISHED_JSONLD: Final = ("datePublished", "dateCreated")
"""JSON-LD keys of the publication date."""
PUBLISHED_META: Final = (
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
"""``<meta>`` names of the publication date."""
MODIFIED_JSONLD: Final = ("dateModified",)
"""JSON-LD keys of the update date."""
MODIFIED_META: Final = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "last-modified",
    "dc.date.modified",
    "dcterms.modified",
)
"""``<meta>`` names of the update date."""
DATE_MARKUP: Final = etree.XPath(
    "//time | /descendant::*/@class[contains(., 'date') or contains(., 'time')"
    " or contains(., 'publish') or contains(., 'posted') or contains(., 'created')"
    " or contains(., 'stamp') or contains(., 'tmstmp')]/.."
    " | /descendant::*/@id[contains(., 'date')]/.."
    " | /descendant::*/@itemprop[contains(., 'date')]/.."
)
"""Date-like elements of generic markup (tried after the metadata); from the attributes,
as :data:`AUTHOR_MARKUP`."""
WIDGET_TAGS: Final = frozenset({"header", "nav", "footer", "aside"})
"""Elements whose dates belong to the page's chrome («today» widgets), not the story."""
WIDGET_MARKS: Final = regex.compile(r"(?i)today|current|clock|weather|header|top-?bar|ticker")
"""``class`` / ``id`` words of a «today» clock or a header bar."""

# ------------------------------------------------------------------ tags, images

TAG_JSONLD: Final = ("keywords",)
"""JSON-LD keys of the tags."""
TAG_META: Final = ("article:tag",)
"""``<meta>`` names with one tag each."""
KEYWORDS_META: Final = ("keywords", "news_keywords")
"""``<meta>`` names with a list of keywords separated by commas."""
IMAGE_JSONLD: Final = ("image",)
"""JSON-LD keys of the images (URLs, or objects with a ``url``)."""
IMAGE_META: Final = ("og:image",)
"""``<meta>`` names of the lead image."""
IMAGE_MARKUP: Final = etree.XPath("//article//figure//img | //figure[@class]//img")
"""Images of the story in generic markup."""
FIGCAPTION: Final = etree.XPath(".//figcaption")
"""The caption inside a ``<figure>``."""
