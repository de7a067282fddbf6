"""البيان (albayan.ae), Dubai: the 2020 article pages.

The headline is ``h1.title``, the story the ``<p>`` elements of
``div#articledetails`` (ending with a «تابعوا أخبار الإمارات من البيان عبر غوغل نيوز»
link), the stamp ``time.date.published`` («03 يونيو 2020»). The «المصدر:» box
gives a dateline and the outlet («(أبوظبي - البيان)»), never a person. The
``last-modified`` metadata predates publication, so metadata dates are not used.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

from arnews.sites._site import DateRules, Layout, Site

__all__ = ["SITE"]

SITE: Final = Site(
    id="albayan.ae",
    name="البيان",
    domains=("albayan.ae",),
    layouts=(
        Layout(
            name="2020",
            since=date(2020, 6, 3),
            match=("//div[@id='articledetails']",),
            title=("//div[contains(@class, 'articledetails')]//h1[@class='title']",),
            body=("//div[@id='articledetails']",),
            published=("//div[@class='publish-date']/time",),
            images=("//meta[@property='og:image']/@content",),
            drop=(
                "//p[contains(@class, 'follow-google')]",
                "//div[@id='articledetails']/div[@class='metadata']",
                "//div[@class='shareholder']",
                "//div[starts-with(@id, 'poll-container')]",
            ),
        ),
    ),
    boilerplate=("تابعوا أخبار الإمارات من البيان عبر غوغل نيوز",),
    dates=DateRules(utc_offset=timedelta(hours=4), trust_meta=False),
)
"""البيان."""
