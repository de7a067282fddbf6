"""Families of text-dump furniture and forms, each pinned on sentences written for the test.

Every case is a form many outlets share (an agency's end marker, a «read more» link, a
line of hashtags, a ticker item…), never one outlet's wording.
"""

from __future__ import annotations

import pytest

import arnews
from arnews.extract.lines import cut_agency_end, dump_lines

_STORY = "افتتح المحافظ اليوم الجسر الجديد الذي يربط ضفتي النهر بعد أعمال استمرت ثلاث سنوات."
_MORE = "وقال المهندس المسؤول إن الجسر صمم ليتحمل حركة الشاحنات الثقيلة طوال العام."


def _dump(*lines: str) -> arnews.Article:
    return arnews.parse_text("\n".join(["افتتاح جسر جديد فوق النهر", *lines]))


def test_markup_left_by_a_crawler_is_removed() -> None:
    """Raw tags in a line («<p> </p> <p><br />») are dropped, the text around them kept."""
    assert dump_lines("<p> </p> <p><br />" + _STORY + "</p>") == [_STORY]
    assert dump_lines('<img src="http://example.com/a.jpg">') == []


def test_read_more_link_after_a_teaser_is_cut() -> None:
    """«… تابع قراءة TITLE» ends the line at the ellipsis."""
    (line,) = dump_lines("وصل الرئيس إلى المدينة … تابع قراءة الرئيس يصل المدينة")
    assert line == "وصل الرئيس إلى المدينة"


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("وأكد الوزير دعم بلاده.انتهى/25", "وأكد الوزير دعم بلاده."),
        ("وأكد الوزير دعم بلاده. // انتهى // 19:42ت م 0163", "وأكد الوزير دعم بلاده."),
        ("وأكد الوزير دعم بلاده. (انتهى) ع ن / س ع", "وأكد الوزير دعم بلاده."),
        ("انتهى الاجتماع بعد ساعتين من النقاش.", "انتهى الاجتماع بعد ساعتين من النقاش."),
    ],
)
def test_agency_end_markers_are_cut(line: str, kept: str) -> None:
    """An agency's end marker and what follows it go; the verb «انتهى» in prose stays."""
    assert cut_agency_end(line)[0] == kept


def test_agency_end_marker_closes_the_story() -> None:
    """Nothing after an agency's end marker is story text."""
    article = _dump(_STORY + " // انتهى //", _MORE)
    assert article.paragraphs == (_STORY,)


@pytest.mark.parametrize(
    "junk",
    [
        "الموضوع السابقالحكومة تقر الموازنة العامة للعام المقبل",
        "المقال التالي: افتتاح معرض الكتاب في العاصمة",
        "هذا المقال مؤرشف، يتوجب عليك الاشتراك لتتمكن من قراءته",
        "مزيد من التفاصيل في الفيديو التالي:",
        "#أخبار #اقتصاد #النهر #الجسر",
        "— وكالة المثال (@example_news) July 1, 2024",
        "الجسر الجديد كما بدا صباح اليوم pic.twitter.com/AbCdEf123",
        "- 19:35الفريق يفوز على منافسه في الدوري المحلي",
    ],
)
def test_furniture_between_paragraphs_is_dropped(junk: str) -> None:
    """Next/previous links (glued too), paywall and video prompts, hashtag lines, embedded
    tweets and ticker items are not story text."""
    article = _dump(_STORY, junk, _MORE)
    assert article.paragraphs == (_STORY, _MORE)


@pytest.mark.parametrize("heading", ["اقرأ أيضاً", "اقرأ/ي أيضًا", "Related posts", "لا يفوتك"])
def test_related_heading_on_its_own_ends_the_story(heading: str) -> None:
    """The headlines under a related-articles heading are related links, not story."""
    article = _dump(_STORY, heading, "الحكومة تقر الموازنة العامة للعام المقبل")
    assert article.paragraphs == (_STORY,)
    assert [link.text for link in article.related] == ["الحكومة تقر الموازنة العامة للعام المقبل"]


def test_inline_read_also_is_dropped_and_the_story_goes_on() -> None:
    """«اقرأ/ي أيضًا: HEADLINE» inside the story drops that line only."""
    article = _dump(_STORY, "اقرأ/ي أيضًا: الحكومة تقر الموازنة العامة للعام المقبل بعد نقاش", _MORE)
    assert article.paragraphs == (_STORY, _MORE)
