"""بوابة أخبار اليوم (akhbarelyom.com), Cairo: the 2020 ``post-full`` pages.

The headline is ``h1.entry-title``, the stamp ``div.post-meta-date`` («الأربعاء، 07
أكتوبر 2020 - 12:09 م»; the header's «القاهرة: …» clock is the crawl time), the
byline ``div.post-meta-author``, the story ``div.entry-content``. «الكلمات الدالة :»
lists the tags and ``div#Related`` («إقرأ أيضاً») related stories.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

from arnews.sites._site import DateRules, Layout, Site

__all__ = ["SITE"]

SITE: Final = Site(
    id="akhbarelyom.com",
    name="بوابة أخبار اليوم",
    domains=("akhbarelyom.com",),
    layouts=(
        Layout(
            name="2020",
            since=date(2020, 10, 7),
            match=("//div[contains(@class, 'post-full')]",),
            title=("//h1[@class='entry-title']",),
            body=("//div[contains(@class, 'entry-content')]",),
            authors=("//div[@class='post-meta-author']/a",),
            published=("//div[@class='post-meta-date']",),
            tags=("//div[@class='post-tags']/a[@class='post-tags_link']",),
            images=("//div[@class='entry-media']//img",),
            related=("//div[@id='Related']",),
            drop=("//div[@id='ADonContent']",),
        ),
    ),
    boilerplate=("مشاركه الخبر", "الكلمات الدالة"),
    dates=DateRules(utc_offset=timedelta(hours=2)),
)
"""بوابة أخبار اليوم."""
