"""The one hook several outlets need: their own tag before the first paragraph.

Outlets print their name before the story («المدينة نيوز :-», «الوكيل الإخباري-»,
«مدار الساعة - ») where a dateline would be. A site module compiles its tag with
:func:`outlet_tag` and wraps :func:`strip_outlet_tag` in a named function for
:class:`arnews.sites.Hooks`.
"""

from __future__ import annotations

import regex

__all__ = ["outlet_tag", "strip_outlet_tag"]


def outlet_tag(name: str) -> regex.Pattern[str]:
    """The pattern of *name* followed by a colon or dash (repeated tags included).

    Possessive quantifiers keep it linear on any input.

    >>> bool(outlet_tag("مدار الساعة").match("مدار الساعة - يبدأ الملك زيارة"))
    True
    >>> bool(outlet_tag("مدار الساعة").match("مدار الساعة تنشر التفاصيل"))
    False
    """
    return regex.compile(r"^\s*+(?:" + regex.escape(name) + r"\s*+[:\-–ـ]++\s*+)++")


def strip_outlet_tag(tag: regex.Pattern[str], paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    """Remove *tag* from the start of the first paragraph (dropping it if nothing is left).

    >>> strip_outlet_tag(outlet_tag("الوكيل الإخباري"), ("الوكيل الإخباري-  قال الوزير.",))
    ('قال الوزير.',)
    """
    if not paragraphs:
        return paragraphs
    first = tag.sub("", paragraphs[0], count=1)
    if first == paragraphs[0]:
        return paragraphs
    return ((first,) if first else ()) + paragraphs[1:]
