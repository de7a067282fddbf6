"""فيتو (vetogate.com), Cairo: text dumps of the news site.

A dump may start with the editor's box («رئيس التحرير» / «عصام كامل»), then the
headline, the photo caption (a cut-off copy, then the full one) and the story.
"""

from __future__ import annotations

from typing import Final

from arnews.sites._site import Site, TextProfile

__all__ = ["SITE"]

SITE: Final = Site(
    id="vetogate.com",
    name="فيتو",
    domains=("vetogate.com",),
    text=TextProfile(
        title_suffixes=("فيتو", "بوابة فيتو"),
        header_lines=("رئيس التحرير", "عصام كامل"),
    ),
)
"""فيتو."""
