"""الوكيل الإخباري (alwakeelnews.com), Amman: text dumps of the news site.

The first line is the header clock («السبت 2025-09-13 10:22 م»), not the story's
date; the story's stamp follows the headline and photo caption («السبت، 13-09-2025
08:24 م», day-month-year), and the first paragraph starts with the outlet's tag
«الوكيل الإخباري-».
"""

from __future__ import annotations

from typing import Final

from arnews.sites._site import Site, TextProfile

__all__ = ["SITE"]

SITE: Final = Site(
    id="alwakeelnews.com",
    name="الوكيل الإخباري",
    domains=("alwakeelnews.com",),
    text=TextProfile(
        title_suffixes=("الوكيل الإخباري",),
    ),
)
"""الوكيل الإخباري."""
