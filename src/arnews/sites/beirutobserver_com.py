"""Beirut Observer (beirutobserver.com): WordPress ("Sahifa" theme) posts, 2020.

The headline is ``h1.post-title``, the story ``div.entry > div.content-rules``
(advert boxes ``div.wpipa-container`` and the AddToAny share bar sit inside
``div.entry``). The printed stamp is English («November 9, 2020»); the exact time
is in ``article:published_time``. The poster is credited in a hidden
``div.vcard.author``.
"""

from __future__ import annotations

from datetime import date
from typing import Final

from arnews.sites._site import Layout, Site

__all__ = ["SITE"]

SITE: Final = Site(
    id="beirutobserver.com",
    name="Beirut Observer",
    domains=("beirutobserver.com",),
    layouts=(
        Layout(
            name="2020",
            since=date(2020, 11, 9),
            match=("//article[@id='the-post']",),
            title=("//article[@id='the-post']//h1[contains(@class, 'post-title')]",),
            body=("//article[@id='the-post']//div[@class='entry']",),
            authors=("//div[contains(@class, 'vcard') and contains(@class, 'author')]//a",),
            published=("//meta[@property='article:published_time']/@content",),
            images=("//meta[@property='og:image']/@content",),
            drop=(
                "//div[contains(@class, 'wpipa-container')]",
                "//div[contains(@class, 'addtoany_share_save_container')]",
            ),
        ),
    ),
)
"""Beirut Observer."""
