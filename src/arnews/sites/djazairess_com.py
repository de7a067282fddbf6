"""جزايرس (djazairess.com): an Algerian aggregator; text dumps of its story pages.

The dump is the story as one block, sometimes after an «أخبار ذات صلة» box.
"""

from __future__ import annotations

from typing import Final

from arnews.sites._site import Site, TextProfile

__all__ = ["SITE"]

SITE: Final = Site(
    id="djazairess.com",
    name="جزايرس",
    domains=("djazairess.com",),
    text=TextProfile(
        title_suffixes=("جزايرس",),
    ),
)
"""جزايرس."""
