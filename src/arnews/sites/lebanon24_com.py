"""لبنان 24 (lebanon24.com), Beirut: text dumps of the news site.

After the headline come the outlet's name in Latin letters («Lebanon 24») and the
stamp, either on one line («27-10-2025 | 07:45») or split over three («27-10-2025»,
«|», «08:11»); the story may end with the agency in parentheses («(الوكالة
الوطنية)») and a list of tag lines. Links inside the story break its lines.
"""

from __future__ import annotations

from typing import Final

from arnews.sites._site import Site, TextProfile

__all__ = ["SITE"]

SITE: Final = Site(
    id="lebanon24.com",
    name="لبنان 24",
    domains=("lebanon24.com",),
    text=TextProfile(
        title_suffixes=("Lebanon 24", "لبنان 24"),
        header_lines=("Lebanon 24", "Advertisement"),
    ),
)
"""لبنان 24."""
