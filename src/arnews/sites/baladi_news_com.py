"""بلدي نيوز (baladi-news.com): a Syrian outlet whose stories circulate as text dumps.

A dump opens with a «TITLE - SITE» line, the title again, and the source line
«بلدي نيوز» (ended by a no-break space); the story follows, then «مقالات ذات صلة»
and the related headlines. Republishers keep that shape under their own name on
the title line («… - It's Over 9000!»): such a dump is read by the generic text
pipeline, which takes the site from the title line and the source from this line.
"""

from __future__ import annotations

from typing import Final

from arnews.sites._site import Site, TextProfile

__all__ = ["SITE"]

SITE: Final = Site(
    id="baladi-news.com",
    name="بلدي نيوز",
    domains=("baladi-news.com",),
    text=TextProfile(
        title_suffixes=("بلدي نيوز",),
        source="بلدي نيوز",
        footer_lines=("مقالات ذات صلة",),
    ),
)
"""بلدي نيوز."""
