"""CNN بالعربية (arabic.cnn.com): the 2013 story pages (``cnn_*`` class names).

The headline is the ``<h1>`` of ``div#cnnContentContainer``, the story the ``<p>``
elements of ``div.cnn_strycntntrgt`` (followed, in the same container, by the
comment rules), and the only printed stamp, ``div.cnn_strytmstmp`` («الأربعاء، 28
آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)»), is the *last update*: the story's
own day is only in its URL (``/2013/middle_east/8/3/…``, read by ``url_date``), so
``published`` comes from there and the stamp is ``modified``. Stories carry no byline;
they open with a dateline («دمشق، سوريا (CNN) --»).
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

from arnews.sites._site import DateRules, Layout, Site

__all__ = ["SITE"]

SITE: Final = Site(
    id="arabic.cnn.com",
    name="CNN بالعربية",
    domains=("arabic.cnn.com",),
    layouts=(
        Layout(
            name="2013",
            since=date(2013, 8, 3),
            match=("//div[@id='cnnContentContainer']",),
            title=("//div[@id='cnnContentContainer']/h1",),
            body=("//div[@class='cnn_strycntntrgt']",),
            modified=("//div[@class='cnn_strytmstmp']",),
            images=("//div[@id='cnnContentContainer']//img[not(contains(@src, '/misc/'))]",),
            drop=("//div[@class='cnn_strycntntrgt']/div",),
        ),
    ),
    boilerplate=(
        "ترحب شبكة CNN بالنقاش الحيوي والمفيد",
        "الآراء الواردة أدناه لا تعبر عن رأي موقع CNN بالعربية",
    ),
    dates=DateRules(
        utc_offset=timedelta(hours=4),
        url_date=r"/(?P<year>20[0-9]{2})/[a-z_]+/(?P<month>[01]?[0-9])/(?P<day>[0-3]?[0-9])/",
    ),
)
"""CNN بالعربية."""
