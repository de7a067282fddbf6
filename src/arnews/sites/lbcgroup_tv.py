"""LBCI (lbcgroup.tv), Beirut: the ASP.NET ``article_details`` pages (2026).

The headline is ``span.article_details_title``, the story ``div.LongDesc`` (text
split by ``<br>``, with ``<bannerinjection>``/``<controlinjection>`` placeholders
where scripts insert an advert and the hidden «مقالات ذات صلة» block
``div.mycontrol``). A standfirst, when the story has one, is in
``div.article_details_body-lead`` (empty otherwise). The stamp «2026-01-08 | 12:42»
carries no zone; JSON-LD gives the UTC instant. The outlet («LBCI») is the only credit.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from arnews.sites._site import Layout, Site

__all__ = ["SITE"]

SITE: Final = Site(
    id="lbcgroup.tv",
    name="LBCI",
    domains=("lbcgroup.tv",),
    layouts=(
        Layout(
            name="2026",
            since=date(2026, 1, 8),
            match=("//div[contains(@class, 'article_details_body')]",),
            title=("//span[contains(@class, 'article_details_title')]",),
            subtitle=("//div[contains(@class, 'article_details_body-lead')]//span",),
            body=("//div[contains(@class, 'article_details_body')]//div[@class='LongDesc']",),
            tags=(
                "//div[contains(@class, 'article_details_tag')"
                " and not(contains(@class, 'cat-color'))]//h3",
            ),
            images=(
                "//meta[@name='twitter:image']/@content"
                " | //div[@class='LongDesc']//img[contains(@class, 'PhotoSwipeImgNb')]/@src",
            ),
            related=("//div[@class='mycontrol']",),
            drop=("//div[@class='mycontrol']", "//div[contains(@class, 'my-gallery')]"),
        ),
    ),
)
"""LBCI."""
