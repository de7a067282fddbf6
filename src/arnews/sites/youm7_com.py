"""اليوم السابع (youm7.com), Cairo: the 2020 story pages.

The headline sits in ``div.articleHeader``, the story in ``div#articleBody`` (one
``<p>`` whose paragraphs are separated by ``<br><br>``), the byline («كتبت …») in
``span.writeBy`` and the Cairo-time stamp («الإثنين، 24 أغسطس 2020 09:23 ص») in
``span.newsStoryDate``; the metadata gives the same clock time labelled UTC, so it
is not trusted. «الموضوعات المتعلقة» lists related stories under the tags.
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
            since=date(2020, 8, 24),
            title=("//div[@class='articleHeader']//h1",),
            body=("//div[@id='articleBody']",),
            authors=("//span[@class='writeBy']",),
            published=("//span[@class='newsStoryDate']",),
            tags=("//div[@class='tags']//a",),
            images=("//div[contains(@class, 'img-cont')]//img",),
            related=("//div[contains(@class, 'super-kora-row')]",),
        ),
    ),
    boilerplate=(
        "تم أضافة تعليقك سوف يظهر بعد المراجعة",
        "اضف تعليقاً واقرأ تعليقات القراء",
        "بروتوكول نشر التعليقات من اليوم السابع",
    ),
    # The metadata stamps are Cairo time labelled UTC («09:23:13Z» for «09:23 ص»).
    dates=DateRules(utc_offset=timedelta(hours=2), trust_meta=False),
    text=TextProfile(title_suffixes=("اليوم السابع",)),
)
"""اليوم السابع."""
