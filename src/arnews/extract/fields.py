"""The field steps under their former module name.

The HTML field cascades now live in modules named for what they hold:
:mod:`~arnews.extract.titles` (headline, standfirst), :mod:`~arnews.extract.people`
(bylines, authors, agencies, datelines), :mod:`~arnews.extract.stamps` (stamps and the
date cascades), :mod:`~arnews.extract.media` (tags, images, related links) and
:mod:`~arnews.extract.context` (the :class:`Context` they read). This module only
re-exports them for code that imported ``arnews.extract.fields``.
"""

from __future__ import annotations

from arnews.extract.context import Context, build_context, choose_layout, select, tidy
from arnews.extract.media import find_images, find_related, find_tags
from arnews.extract.people import (
    agency,
    authors_of,
    byline_pattern,
    credit_at_end,
    find_authors,
    find_dateline,
    parse_byline,
    split_authors,
)
from arnews.extract.stamps import find_modified, find_published, parse_stamp
from arnews.extract.titles import clean_title, find_subtitle, find_title

__all__ = [
    "Context",
    "agency",
    "authors_of",
    "build_context",
    "byline_pattern",
    "choose_layout",
    "clean_title",
    "credit_at_end",
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
    "tidy",
]
