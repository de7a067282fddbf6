"""سعورس (sauress.com): a Saudi aggregator; text dumps of its story pages.

The dump is the story as one block; «شارك هذا الخبر» follows it.
"""

from __future__ import annotations

from typing import Final

from arnews.sites._site import Site, TextProfile

__all__ = ["SITE"]

SITE: Final = Site(
    id="sauress.com",
    name="سعورس",
    domains=("sauress.com",),
    text=TextProfile(
        title_suffixes=("سعورس",),
        footer_lines=("شارك هذا الخبر",),
    ),
)
"""سعورس."""
