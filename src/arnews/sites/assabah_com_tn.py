"""الصباح (assabah.com.tn), Tunis: Drupal "openpublish" article pages (2019).

The headline is ``h1#page-title``, the standfirst the ``field-op-subtitle`` field
and the story the ``field-name-body`` field, whose first paragraph is the byline
(«حوار: آسيا العتروس»). The paper's date is a ``span.date-display-single`` with
an ISO ``content`` attribute beside the printed «الجمعة 8 فيفري 2019» (Tunisian
month names). The header repeats a date in a «المؤسس» banner and a ``#date-widget``
shows the crawl day: neither is the story's.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Final

from arnews.sites._site import DateRules, Layout, Site

__all__ = ["SITE"]

_BODY: Final = "//div[contains(@class, 'field-name-body')]//div[contains(@class, 'field-item')]"
# The byline paragraph: a short first paragraph in bold («حوار: …», «بقلم: …»). A long
# bold first paragraph is the lead, and stays in the story.
_BYLINE: Final = _BODY + "/p[1][strong][string-length(normalize-space()) < 60]"

SITE: Final = Site(
    id="assabah.com.tn",
    name="الصباح",
    domains=("assabah.com.tn",),
    layouts=(
        Layout(
            name="2019",
            since=date(2019, 2, 8),
            match=("//article[contains(@class, 'node-openpublish-article')]",),
            title=("//h1[@id='page-title']",),
            subtitle=(
                "//div[contains(@class, 'field-name-field-op-subtitle')]"
                "//div[contains(@class, 'field-item')]",
            ),
            body=(_BODY,),
            authors=(_BYLINE + "/strong",),
            published=("//footer[contains(@class, 'submitted')]//span/@content",),
            images=("//article//div[contains(@class, 'field-name-field-image')]//img",),
            drop=(
                _BYLINE,
                "//span[@class='print-link']",
                "//div[@class='beacon9-social']",
            ),
        ),
    ),
    boilerplate=("نسخة للطباعة",),
    dates=DateRules(utc_offset=timedelta(hours=1)),
)
"""الصباح."""
