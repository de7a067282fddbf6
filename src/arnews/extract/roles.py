"""The roles a block of a page or a line of a dump plays: one vocabulary for both pipelines.

Each body block of an HTML page (:mod:`arnews.extract.blocks`) and each line of a text
dump (:mod:`arnews.extract.lines`) is given exactly one role, once; the field steps
after that read roles, never the raw text again.
"""

from __future__ import annotations

from enum import Enum

__all__ = ["Role"]


class Role(Enum):
    """What one block or line is."""

    STORY = "story"
    """A paragraph of the story."""
    TITLE = "title"
    """The headline (in a dump), or a body block repeating it."""
    SUBTITLE = "subtitle"
    """A body block repeating the standfirst."""
    BYLINE = "byline"
    """Who wrote it («كتب: فلان», «لندن: رنيم حنوش»), maybe with an agency."""
    CREDIT = "credit"
    """Where the story comes from, on a line of its own: an agency («(بترا)») or an outlet."""
    STAMP = "stamp"
    """A date stamp of the page (publication or update)."""
    CAPTION = "caption"
    """An image's alt text or caption under the headline."""
    BOILERPLATE = "boilerplate"
    """Page furniture matched by a boilerplate phrase («شارك هذا الخبر»)."""
    REPEAT = "repeat"
    """A paragraph printed a second time."""
    END_OF_STORY = "end-of-story"
    """The line after which a dump's story is over («مقالات ذات صلة», «اترك تعليقاً»)."""
    RELATED_HEADING = "related-heading"
    """The heading of a list of related stories."""
    RELATED_ITEM = "related-item"
    """A headline in that list."""
    OTHER = "other"
    """Anything else: navigation, widgets, text that is not Arabic prose."""
