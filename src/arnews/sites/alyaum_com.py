"""اليوم (alyaum.com), Dammam: the 2020 NewsPress article pages.

The headline is printed twice (``aksa-to1-main`` and an ajax copy), the byline is
``a.aksa-byline`` with the writer's city after a dash («حسام أبو العلا - القاهرة»),
the stamp ``div.aksa-date`` in Arabic-Indic digits («٠٢:٠٠ الثلاثاء ١ / ١٢ / ٢٠٢٠»,
Riyadh time). The story ``div.aksa-articleBody`` is bare text split by
``<br><br>``, with short sub-headings as lines of their own. The paper calls itself
«جريدة اليوم» («للإشتراك بجريدة اليوم»); the bare «اليوم» ("today") starts too many
headlines to serve as the name that is removed from titles.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

from arnews.sites._site import DateRules, Layout, Site

__all__ = ["SITE"]

SITE: Final = Site(
    id="alyaum.com",
    name="جريدة اليوم",
    domains=("alyaum.com",),
    layouts=(
        Layout(
            name="2020",
            since=date(2020, 12, 1),
            match=("//div[contains(@class, 'aksa-articleBody')]",),
            title=("//div[contains(@class, 'aksa-to1-main')]/h1",),
            body=("//div[contains(@class, 'aksa-articleBody')]",),
            authors=("//a[contains(@class, 'aksa-byline')]",),
            published=("//div[contains(@class, 'aksa-date')]",),
            images=("//div[contains(@class, 'noajax-box-image')]//img",),
            related=("//div[contains(@class, 'aksa-related-articles-widget')]",),
        ),
    ),
    dates=DateRules(utc_offset=timedelta(hours=3)),
)
"""جريدة اليوم."""
