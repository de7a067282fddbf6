"""مدار الساعة (alsaa.net), Amman: text dumps of the news site.

A dump may start with the section bar («أخبار الأردن اقتصاديات دوليات …»), then the
headline, a keyword line («مدار الساعة,أخبار الأردن,…»), the tag «مدار الساعة ـ» and
the font-size control «حجم الخط»; paragraphs start with «مدار الساعة - ».
"""

from __future__ import annotations

from typing import Final

from arnews.sites._site import Hooks, Site, TextProfile
from arnews.sites._tags import outlet_tag, strip_outlet_tag

__all__ = ["SITE", "drop_outlet_tag"]

_OUTLET_TAG: Final = outlet_tag("مدار الساعة")


def drop_outlet_tag(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """Remove the «مدار الساعة» tag the outlet puts before the first paragraph."""
    return strip_outlet_tag(_OUTLET_TAG, paragraphs)


SITE: Final = Site(
    id="alsaa.net",
    name="مدار الساعة",
    domains=("alsaa.net",),
    text=TextProfile(
        title_suffixes=("مدار الساعة",),
        header_lines=("أخبار الأردن اقتصاديات دوليات", "مدار الساعة,أخبار الأردن", "حجم الخط"),
    ),
    hooks=Hooks(paragraphs=drop_outlet_tag),
)
"""مدار الساعة."""
