"""KSA Players (ksaplayers.com): an aggregator; text dumps of its news pages.

After the headline comes a bullet list of stamp and counters («• 7/24/2019», «•
00:00», «• 8», «• 0»; the date month first), the image placeholder «news-picture»,
the story, then the share line «مشاركة :». Some pages have no headline at all.
"""

from __future__ import annotations

from typing import Final

from arnews.sites._site import Site, TextProfile

__all__ = ["SITE"]

SITE: Final = Site(
    id="ksaplayers.com",
    name="KSA Players",
    domains=("ksaplayers.com",),
    text=TextProfile(
        title_suffixes=("KSA Players",),
        header_lines=("news-picture",),
        footer_lines=("مشاركة",),
    ),
)
"""KSA Players."""
