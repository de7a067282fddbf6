"""المدينة نيوز (almadenahnews.com), Amman: the 2020 article pages.

The headline is the ``<h1>`` of ``div.main_artlce_title`` (sic), the stamp
``div.article_created`` («تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً», Levantine
and Egyptian month names side by side), the story ``div.main_article_body``. The
story starts with the outlet's own tag «المدينة نيوز :-», removed by a hook, and
ends with the agency in a line of its own («--(بترا)»). No person is credited.
The pages give the server's address as their ``og:url`` (``https://52.16.95.170/…``),
so that host is listed too: a page parsed without its URL is still recognised.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

from arnews.sites._site import DateRules, Hooks, Layout, Site
from arnews.sites._tags import outlet_tag, strip_outlet_tag

__all__ = ["SITE", "drop_outlet_tag"]

_OUTLET_TAG: Final = outlet_tag("المدينة نيوز")


def drop_outlet_tag(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """Remove the «المدينة نيوز :-» tag the outlet puts before the first paragraph.

    >>> drop_outlet_tag(("المدينة نيوز :- قال الوزير إن الخطة جاهزة.", "وأضاف أن التنفيذ قريب."))
    ('قال الوزير إن الخطة جاهزة.', 'وأضاف أن التنفيذ قريب.')
    """
    return strip_outlet_tag(_OUTLET_TAG, paragraphs)


SITE: Final = Site(
    id="almadenahnews.com",
    name="المدينة نيوز",
    domains=("almadenahnews.com", "52.16.95.170"),
    layouts=(
        Layout(
            name="2020",
            since=date(2020, 4, 24),
            match=("//div[@id='main_article_content']",),
            title=("//div[@class='main_artlce_title']/h1",),
            body=("//div[@class='main_article_body']",),
            published=("//div[@class='article_created']",),
            images=("//div[@class='article_image']//img",),
            related=("//div[contains(@class, 'related-news')]",),
        ),
    ),
    boilerplate=("شارك هذا الخبر", "مواضيع ساخنة اخرى", "يمكنك أيضا قراءة"),
    dates=DateRules(utc_offset=timedelta(hours=3), prefixes=("تم نشره",)),
    hooks=Hooks(paragraphs=drop_outlet_tag),
)
"""المدينة نيوز."""
