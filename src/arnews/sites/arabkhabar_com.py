"""عرب خبر (arabkhabar.com): an aggregator; text dumps of its story pages.

After the headline comes «تاريخ النشر: 4th, November 2023 GMT» (English ordinal
day and month), then the story, then the original outlet («المصدر: صدى البلد»),
«كلمات دلالية:» and an «إقرأ أيضاً:» block with other stories.
"""

from __future__ import annotations

from typing import Final

from arnews.sites._site import Site, TextProfile

__all__ = ["SITE"]

SITE: Final = Site(
    id="arabkhabar.com",
    name="عرب خبر",
    domains=("arabkhabar.com",),
    text=TextProfile(
        title_suffixes=("عرب خبر",),
        footer_lines=("المصدر:", "كلمات دلالية"),
    ),
)
"""عرب خبر."""
