"""سبوتنيك عربي (arabic.sputniknews.com): the 2020 ``b-article`` pages.

The lead paragraph (``div.b-article__lead``) opens the story and
``div.b-article__text`` continues it; inside the text a ``div.b-inject`` box links
another story (an inline «read also»). The stamps are ``<time>`` elements with a
``datetime`` attribute in GMT («17:27 17.03.2020», «(محدثة … )»); «انظر أيضا:»
lists related stories and «الكلمات الدلالية:» the tags. Stories carry no byline.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

from arnews.sites._site import DateRules, Layout, Site

__all__ = ["SITE"]

SITE: Final = Site(
    id="arabic.sputniknews.com",
    name="سبوتنيك عربي",
    domains=("arabic.sputniknews.com",),
    layouts=(
        Layout(
            name="2020",
            since=date(2020, 3, 17),
            match=("//div[@class='b-article']",),
            title=("//div[@class='b-article__header-title']/h1",),
            body=("//div[@class='b-article__lead'] | //div[@class='b-article__text']",),
            published=("//time[@class='b-article__refs-date']/@datetime",),
            modified=("//time[@class='b-article__refs-date-upd']/@datetime",),
            tags=("//div[contains(@class, 'b-article__refs-tags')]/a",),
            images=("//div[@class='b-article__header']//img",),
            related=(
                "//dl[contains(@class, 'b-article__refs-item')]"
                " | //div[@class='b-inject__content']",
            ),
            drop=("//div[contains(@class, 'b-inject')]",),
        ),
    ),
    dates=DateRules(utc_offset=timedelta(0)),
)
"""سبوتنيك عربي."""
