"""Families of text-dump furniture and forms, each pinned on sentences written for the test.

Every case is a form many outlets share (an agency's end marker, a «read more» link, a
line of hashtags, a ticker item…), never one outlet's wording.
"""

from __future__ import annotations

from datetime import datetime

import pytest

import arnews
from arnews.extract.dumptext import cut_agency_end, dump_lines

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
        "المزيد من التفاصيل في الفيديو المرفق:",
        "#أخبار #اقتصاد #النهر #الجسر",
        "— وكالة المثال (@example_news) March 3, 2023",
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


# ------------------------------------------------------------------------- headlines

_HEADLINE = "افتتاح جسر جديد فوق النهر"


def _title(*lines: str) -> str | None:
    return arnews.parse_text("\n".join(lines)).title


def test_headline_ending_with_a_question_mark() -> None:
    """A question is a headline when the story follows it."""
    question = "هل ينهي الجسر الجديد أزمة المرور في المدينة؟"
    assert _title("أخبار محلية", question, "4", _STORY, _MORE) == question


def test_decoration_around_the_headline_is_removed() -> None:
    """Emoji before a headline and a stray «&.» after it are not part of it."""
    assert _title("🔥 " + _HEADLINE + " &.", _STORY, _MORE) == _HEADLINE


def test_image_caption_printed_twice_under_the_headline() -> None:
    """Alt text and caption (one line twice) under a lone headline are not the title."""
    caption = "المحافظ يقص شريط الافتتاح"
    assert _title("أخبار", _HEADLINE, "محليات", caption, caption, _STORY) == _HEADLINE


def test_the_repeated_headline_nearest_the_story_wins() -> None:
    """A credit line printed twice above the headline does not take its place."""
    credit = "رصد موقع المثال الإخباري"
    lines = (credit, "placeholder", credit, _HEADLINE, _HEADLINE, _STORY)
    assert _title(*lines) == _HEADLINE


def test_dated_headline_after_a_blurb() -> None:
    """A headline with its date under it and the story after is found past a site blurb."""
    blurb = "مرحبا بكم في الموقع الرسمي للهيئة، هنا تجدون أخبارها وتقاريرها وخدماتها جميعا."
    assert _title("عن الهيئة", blurb, "القائمة الرئيسية", _HEADLINE, "2021-06-08", _STORY) == (
        _HEADLINE
    )


def test_headline_below_a_long_widget_header() -> None:
    """Weather and currency widgets above the headline do not hide it."""
    widgets = [f"{20 + i}.5° مدينة {i}" for i in range(18)]
    assert _title(*widgets, _HEADLINE, _HEADLINE, _STORY) == _HEADLINE


# -------------------------------------------------------------------- publication date


def _published(*lines: str, reference: datetime | None = None) -> datetime | None:
    return arnews.parse_text("\n".join(lines), reference_date=reference).published


def test_stamp_between_two_prints_of_the_headline() -> None:
    """«TITLE / date / TITLE / story»: the date between the prints is the page's."""
    stamp = "الأحد 07 مارس 2021 09:12 م"
    assert _published(_HEADLINE, stamp, _HEADLINE, _STORY) == datetime(2021, 3, 7, 21, 12)


def test_stamp_under_the_headline_beats_the_today_widget_above_it() -> None:
    """The site-wide date at the top of the page is not the story's."""
    lines = ("الخميس، 16 مايو 2024 10:05 ص", _HEADLINE, "السبت، 12 مارس 2016 06:25 م")
    assert _published(*lines, _STORY) == datetime(2016, 3, 12, 18, 25)


def test_today_widget_alone_is_not_the_publication_date() -> None:
    """A date at the very top, far from the headline, dates nothing."""
    lines = ("السبت 12 أبريل 2025", "المنارة", "رئيس التحرير فلان", "أخبار", "رياضة")
    assert _published(*lines, _HEADLINE, _STORY, _MORE) is None


def test_stamp_right_above_the_headline_under_the_crumbs() -> None:
    """«crumbs / date / headline»: the date is the page's own."""
    lines = ("المحلية", "الثلاثاء 21 نيسان 2020 - 13:10", _HEADLINE, _HEADLINE, _STORY)
    assert _published(*lines) == datetime(2020, 4, 21, 13, 10)


def test_relative_stamp_reads_against_the_page_widget() -> None:
    """«منذ ساعتين» under the headline is the day the page's header states."""
    lines = ("الجمعة 3 أكتوبر 2025", "برامج", "بث مباشر", "الأرشيف", _HEADLINE, "منذ ساعتين")
    assert _published(*lines, _STORY) == datetime(2025, 10, 3)


def test_yearless_stamp_without_a_reference_gives_no_date() -> None:
    """«21 يوليو» alone dates nothing; the caller's reference resolves it."""
    lines = (_HEADLINE, "متابعات | 21 يوليو | موقع المثال :", _STORY)
    assert _published(*lines) is None
    assert _published(*lines, reference=datetime(2017, 8, 1)) == datetime(2017, 7, 21)


def test_agency_dateline_with_its_date() -> None:
    """«مصراتة 3 مارس 2016 (وال)-» dates the story."""
    paragraph = "مصراتة 3 مارس 2016 (وال)- أعلن المجلس المحلي عن خطة لصيانة الطرق."
    assert _published(_HEADLINE, paragraph) == datetime(2016, 3, 3)


@pytest.mark.parametrize(
    ("lead", "day"),
    [
        ("أفادت الوزارة اليوم الأحد 21 نوفمبر 2021، أن الحملات مستمرة في كل المدن.", 21),
        ("استقبل الرئيس، اليوم الثلثاء (1 نوفمبر/ تشرين الثاني 2016)، وفدا من الوزراء.", 1),
        ("ترأس رئيس الحكومة، يومه الخميس 14 محرم 1447 هـ، الموافق لـ10 يوليوز 2025، مجلسا.", 10),
    ],
)
def test_today_named_in_full_in_the_lead(lead: str, day: int) -> None:
    """«اليوم الأحد 21 نوفمبر 2021» in the lead is the publication day (Gregorian first)."""
    published = _published(lead, _MORE)
    assert published is not None
    assert published.day == day


def test_yesterday_in_the_lead_is_not_the_publication_date() -> None:
    """«أمس الخميس 9 أكتوبر 2025» is an event's day, not the story's."""
    lead = "التقى الوزير أمس الخميس 9 أكتوبر 2025 بسفير اليابان في مكتبه."
    assert _published(lead, _MORE) is None


# ------------------------------------------------------------------------ story text


def test_one_sentence_without_a_full_stop_is_the_story() -> None:
    """A dump of one short sentence is a story of one paragraph."""
    assert arnews.parse_text("قال الوزير أمس إن الاقتصاد ينمو").paragraphs == (
        "قال الوزير أمس إن الاقتصاد ينمو",
    )


def test_a_paragraph_cut_short_that_carries_the_story_on_is_kept() -> None:
    """«وأوضح أنه تسلم …» after a paragraph is story text, however short and unfinished."""
    cut = "وأوضح أنه تسلم مساء الأحد نسخة من"
    assert _dump(_STORY, _MORE, cut).paragraphs == (_STORY, _MORE, cut)


def test_teasers_above_the_masthead_are_not_the_story() -> None:
    """Paragraphs printed above the page's masthead are other stories' teasers."""
    teaser = "أعلنت البلدية أنها أغلقت الطرق المؤدية إلى الوادي تحسبا للسيول المتوقعة الليلة."
    lines = (teaser, "رئيس التحرير: فلان الفلاني", "مساحة إعلانية", _STORY, _MORE)
    assert arnews.parse_text("\n".join(lines)).paragraphs == (_STORY, _MORE)


def test_teaser_headline_after_the_last_sentence_is_not_the_story() -> None:
    """Another story's headline printed under the story's last sentence goes."""
    assert _dump(_STORY, _MORE, "“متلازمة نادرة”.. ما هي أعراضها؟").paragraphs == (_STORY, _MORE)


def test_prompt_before_an_address_is_not_the_story() -> None:
    """«… يرجى الكتابة إلى:» over an e-mail address is not text."""
    prompt = "للتواصل مع التحرير يرجى الكتابة إلى:"
    assert _dump(_STORY, _MORE, prompt, "editor@example.com").paragraphs == (_STORY, _MORE)


def test_video_prompt_glued_to_a_paragraph_is_cut() -> None:
    """«… المزيد من التفاصيل في الفيديو المرفق:» at a paragraph's end goes."""
    article = _dump(_STORY + " المزيد من التفاصيل في الفيديو المرفق:", _MORE)
    assert article.paragraphs == (_STORY, _MORE)


def test_hashtags_glued_to_a_paragraph_are_cut() -> None:
    """«… #أخبار #رياضة» at a paragraph's end goes."""
    assert _dump(_STORY + " #أخبار #رياضة #النهر", _MORE).paragraphs == (_STORY, _MORE)


# ---------------------------------------------------------------- authors, source, city


def test_credit_line_under_the_headline() -> None:
    """«CITY – REPORTER :» gives the dateline and the author; the outlet is no author."""
    article = _dump("المنامة – سمير العلوي :", _STORY)
    assert (article.dateline, article.authors, article.source) == (
        "المنامة",
        ("سمير العلوي",),
        None,
    )


def test_outlet_and_agency_line_credits_the_agency() -> None:
    """«OUTLET – AGENCY» under the headline: the agency is the source, nobody an author."""
    article = _dump("صدى الوادي – العمانية", _STORY)
    assert (article.authors, article.source) == ((), "العمانية")


@pytest.mark.parametrize("label", ["نشرت في", "منذ ساعتين", "تابعنا", "تصوير سمير العلوي"])
def test_labels_under_the_headline_are_no_source_or_author(label: str) -> None:
    """A label, a time or a photo credit under the headline is neither source nor author."""
    article = _dump(label, _STORY)
    assert (article.authors, article.source) == ((), None)


def test_labelled_byline_inside_the_story() -> None:
    """«حاوره / فلان» between the paragraphs of an interview names its author."""
    assert _dump(_STORY, "حاوره / سمير العلوي", _MORE).authors == ("سمير العلوي",)


def test_source_line_closing_the_story() -> None:
    """«المصدر: "…"» after the story names its source."""
    assert _dump(_STORY, 'المصدر: "أنباء الخليج"').source == "أنباء الخليج"


def test_headline_between_two_prints_of_its_excerpt() -> None:
    """A phrase printed before and after a headline that holds it is an excerpt (alt text)."""
    excerpt = "الجسر الأطول في المنطقة"
    headline = "المحافظ: هذا الجسر الأطول في المنطقة .. وافتتاحه خلال أيام"
    lines = (excerpt, "المحافظ يتفقد الأعمال", headline, excerpt, "المدينة – سمير العلوي", _STORY)
    assert _title(*lines) == headline


def test_lead_sentence_is_not_a_headline() -> None:
    """«أشرف الوزير، يوم الأحد على …» opens the story; it is not the title."""
    lead = "أشرف وزير الشباب، يوم الأحد على انطلاق بطولة الشطرنج العربية في العاصمة"
    article = arnews.parse_text("\n".join([lead, "ويشارك في البطولة لاعبون من عشر دول عربية"]))
    assert article.title is None
    assert article.paragraphs[0] == lead


def test_text_of_an_embedded_tweet_is_not_the_story() -> None:
    """The tweet's text above its picture link and signature goes with them."""
    tweet = "البلدية تعلن إغلاق الطريق الساحلي مؤقتا وتطالب السائقين بالحذر"
    lines = (
        _STORY,
        tweet,
        "- الأشغال مستمرة pic.twitter.com/AbCdEf",
        "— البلدية (@example) March 3, 2023",
    )
    assert _dump(*lines, _MORE).paragraphs == (_STORY, _MORE)


def test_copyright_glued_to_the_last_sentence_is_cut() -> None:
    """«… Copyright Thomson Reuters 2023» after a paragraph goes; the paragraph stays."""
    assert _dump(_STORY, _MORE + " Copyright Thomson Reuters 2023").paragraphs == (_STORY, _MORE)


def test_editors_initials_closing_a_dispatch_are_cut() -> None:
    """«… المحكمة. ع.م/ح.ص» ends the dispatch; the initials are not text."""
    assert _dump(_STORY, _MORE + " ع.م/ح.ص", "عاجل: خبر آخر").paragraphs == (_STORY, _MORE)
