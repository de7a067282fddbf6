"""الوكيل الإخباري (alwakeelnews.com), Amman: text dumps of the news site.

The first line is the header clock («السبت 2025-09-13 10:22 م»), not the story's
date; the story's stamp follows the headline and photo caption («السبت، 13-09-2025
08:24 م», day-month-year), and the first paragraph starts with the outlet's tag
«الوكيل الإخباري-».
"""

from __future__ import annotations

from typing import Final

from arnews.sites._site import Hooks, Site, TextProfile
from arnews.sites._tags import outlet_tag, strip_outlet_tag

__all__ = ["SITE", "drop_outlet_tag"]

_OUTLET_TAG: Final = outlet_tag("الوكيل الإخباري")


def drop_outlet_tag(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """Remove the «الوكيل الإخباري» tag the outlet puts before the first paragraph."""
    return strip_outlet_tag(_OUTLET_TAG, paragraphs)


SITE: Final = Site(
    id="alwakeelnews.com",
    name="الوكيل الإخباري",
    domains=("alwakeelnews.com",),
    text=TextProfile(
        title_suffixes=("الوكيل الإخباري",),
    ),
    hooks=Hooks(paragraphs=drop_outlet_tag),
)
"""الوكيل الإخباري."""
