"""شام تايمز (shaamtimes.net), Damascus: text dumps of the WordPress site.

The first line is the top bar's *today* («الأربعاء , أبريل 24 2024»: weekday, month
name, day, year), never the story's date; the headline is printed two or three
times, and the outlet's name «شام تايمز» stands on lines of its own between the
paragraphs. «إقرأ أيضا:» lines link other stories.
"""

from __future__ import annotations

from typing import Final

from arnews.sites._site import Site, TextProfile

__all__ = ["SITE"]

SITE: Final = Site(
    id="shaamtimes.net",
    name="شام تايمز",
    domains=("shaamtimes.net",),
    text=TextProfile(
        title_suffixes=("شام تايمز",),
        header_lines=("شام تايمز",),
    ),
)
"""شام تايمز."""
