"""صدى البلد (elbalad.news), Cairo: text dumps of the news site.

A dump starts with the network bar («قناة صدى البلد البلد سبورت …», «english EN»)
and the editors' box printed twice («الإشراف العام» / «إلهام أبو الفتح», «رئيس التحرير»
/ «طه جبريل»); then the headline, the photo caption (twice) and the story.
"""

from __future__ import annotations

from typing import Final

from arnews.sites._site import Site, TextProfile

__all__ = ["SITE"]

SITE: Final = Site(
    id="elbalad.news",
    name="صدى البلد",
    domains=("elbalad.news",),
    text=TextProfile(
        title_suffixes=("صدى البلد",),
        header_lines=(
            "قناة صدى البلد البلد سبورت",
            "english EN",
            "الإشراف العام",
            "إلهام أبو الفتح",
            "رئيس التحرير",
            "طه جبريل",
        ),
    ),
)
"""صدى البلد."""
