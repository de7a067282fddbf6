"""مغرس (maghress.com): a Moroccan aggregator; text dumps of its story pages.

The dump is the story as one block; it may start with the stamp
(«23 غشت, 2017 - 10:42:00», Moroccan month names).
"""

from __future__ import annotations

from typing import Final

from arnews.sites._site import Site, TextProfile

__all__ = ["SITE"]

SITE: Final = Site(
    id="maghress.com",
    name="مغرس",
    domains=("maghress.com",),
    text=TextProfile(
        title_suffixes=("مغرس",),
    ),
)
"""مغرس."""
