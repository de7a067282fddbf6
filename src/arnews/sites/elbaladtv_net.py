"""قناة صدى البلد (elbaladtv.net), Cairo: WordPress ("JNews" theme) posts, 2020.

The headline is ``h1.jeg_post_title``; the byline («كتب» + name) and the stamp
(«2020/12/25 - 1:59 صباحًا», Cairo time) are in the post's ``jeg_meta_*`` boxes
(the sidebar repeats those classes for other stories). The story
``div.content-inner`` holds an inline «إقرأ أيضاً» box
(``jnews_inline_related_post``), ad slots and the tag list («تاجز:»). Images are
lazy: the real address is in ``data-src``.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

from arnews.sites._site import DateRules, Layout, Site

__all__ = ["SITE"]

_META: Final = "//div[contains(@class, 'jeg_meta_container')]"

SITE: Final = Site(
    id="elbaladtv.net",
    name="قناة صدى البلد",
    domains=("elbaladtv.net",),
    layouts=(
        Layout(
            name="2020",
            since=date(2020, 12, 25),
            match=("//div[contains(@class, 'content-inner')]",),
            title=("//h1[@class='jeg_post_title']",),
            body=("//div[contains(@class, 'content-inner')]",),
            authors=(_META + "//div[@class='jeg_meta_author']/a",),
            published=(_META + "//div[@class='jeg_meta_date']/a",),
            tags=("//div[@class='jeg_post_tags']/a",),
            images=("//div[contains(@class, 'jeg_featured')]//img/@data-src",),
            related=("//div[contains(@class, 'jnews_inline_related_post')]",),
            drop=(
                "//div[contains(@class, 'jnews_inline_related_post_wrapper')]",
                "//div[@class='jeg_post_tags']",
                "//div[contains(@class, 'code-block')]",
                "//div[contains(@class, 'jeg_ad')]",
            ),
        ),
    ),
    dates=DateRules(utc_offset=timedelta(hours=2)),
)
"""قناة صدى البلد."""
