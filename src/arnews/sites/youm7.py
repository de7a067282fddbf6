"""اليوم السابع (youm7.com), Cairo: an example of a site module.

Selectors were read off the outlet's 2020 article pages: the headline sits in
``div.articleHeader``, the story in ``div#articleBody``, the byline («كتبت …») in
``span.writeBy`` and the Cairo-time stamp («الإثنين، 24 أغسطس 2020 09:23 ص») in
``span.newsStoryDate``.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

from arnews.sites._site import DateRules, Layout, Site, TextProfile

__all__ = ["SITE"]

SITE: Final = Site(
    id="youm7.com",
    name="اليوم السابع",
    domains=("youm7.com",),
    layouts=(
        Layout(
            name="2020",
            since=date(2020, 1, 1),
            title=("//div[@class='articleHeader']//h1",),
            body=("//div[@id='articleBody']",),
            authors=("//span[@class='writeBy']",),
            published=("//span[@class='newsStoryDate']",),
            tags=("//div[@class='tags']//a",),
            images=("//div[contains(@class, 'img-cont')]//img",),
        ),
    ),
    boilerplate=("تم أضافة تعليقك سوف يظهر بعد المراجعة",),
    dates=DateRules(utc_offset=timedelta(hours=2)),
    text=TextProfile(title_suffixes=("اليوم السابع",)),
)
"""اليوم السابع."""
