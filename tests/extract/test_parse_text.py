"""parse_text end to end: the seed and a dump of the same shape."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

import arnews
from arnews.sites import Hooks, Site, TextProfile

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def seed(seed_text: str) -> arnews.Article:
    """The seed article, parsed with the reference date the issue gives."""
    return arnews.parse_text(seed_text, reference_date=datetime(2020, 3, 4))


def test_seed_header(seed: arnews.Article) -> None:
    """Title, site from the title line, source from the NBSP-ended source line."""
    assert seed.title == 'لقاء مغلق بين "قالن" و"جيفري وكرافت" بشأن سوريا في أنقرة'
    assert seed.site == "It's Over 9000!"
    assert seed.source == "بلدي نيوز"


def test_seed_body(seed: arnews.Article) -> None:
    """Exactly the nine story paragraphs, none of the footer."""
    assert len(seed.paragraphs) == 9
    assert seed.paragraphs[0].startswith("كشف بيان صادر عن مكتب المتحدث باسم الرئاسة التركية")
    assert seed.paragraphs[-1].startswith("وكان الوفد الأمريكي وصل إلى أنقرة أول أمس الاثنين")
    assert "مقالات ذات صلة" not in seed.text
    assert "روسيا تستعيد" not in seed.text


def test_seed_related(seed: arnews.Article) -> None:
    """The six headlines under «مقالات ذات صلة» are related links."""
    assert len(seed.related) == 6
    assert seed.related[0].text.startswith("النرويج تحاكم شابة")
    assert seed.related[-1].text == "روسيا تستعيد 145 طفلا من سوريا والعراق"


def test_seed_dates(seed: arnews.Article) -> None:
    """Relative dates resolve against the reference date."""
    values = {d.text: d.value.date() for d in seed.dates}
    assert values["اليوم الأربعاء"] == datetime(2020, 3, 4).date()
    assert values["أمس"] == datetime(2020, 3, 3).date()
    assert values["الثلاثاء"] == datetime(2020, 3, 3).date()
    assert values["أول أمس الاثنين"] == datetime(2020, 3, 2).date()


def test_dump_of_the_same_shape() -> None:
    """A dump with navigation, share and editor lines gives title, body and related."""
    text = (FIXTURES / "dump_like_seed.txt").read_text(encoding="utf-8")
    article = arnews.parse_text(text)
    assert article.title == "افتتاح جسر جديد يربط ضفتي النهر في المدينة"
    assert article.site == "موقع المثال الإخباري"
    assert article.source == "وكالة المثال"
    assert len(article.paragraphs) == 3
    for junk in ("شارك هذا الخبر", "رئيس التحرير", "الرئيسية"):
        assert junk not in article.text
    assert [link.text for link in article.related] == [
        "إغلاق الجسر القديم للصيانة الشهر المقبل",
        "بلدية المدينة تطلق خطة لتشجير الضفاف",
    ]


PROFILED = Site(
    id="example-river.net",
    name="موقع المثال الإخباري",
    domains=("example-river.net",),
    text=TextProfile(
        title_suffixes=("موقع المثال الإخباري",),
        footer_lines=("وكانت الأعمال قد توقفت",),
    ),
)


def test_text_profile_routes_by_title_line() -> None:
    """Without a URL, the title-line suffix picks the site and its footer lines apply."""
    text = (FIXTURES / "dump_like_seed.txt").read_text(encoding="utf-8")
    article = arnews.parse_text(text, sites=[PROFILED])
    assert article.extractor == "example-river.net"
    assert len(article.paragraphs) == 2


def test_crawler_date_line_is_not_the_publication_date() -> None:
    """A leading « date YYYY-MM-DD» line added by a crawler is ignored."""
    text = " date 2026-02-28\n" + (FIXTURES / "dump_like_seed.txt").read_text(encoding="utf-8")
    article = arnews.parse_text(text)
    assert article.published is None
    assert article.title == "افتتاح جسر جديد يربط ضفتي النهر في المدينة"


def test_date_line_under_the_title() -> None:
    """A stamp line in the header zone is the publication date."""
    text = (
        "وزير المالية يعلن موازنة العام المقبل\n"
        "الجمعة، 24 نوفمبر 2017 08:35 م\n"
        "أعلن وزير المالية اليوم مشروع موازنة العام المقبل، وقال إن العجز سينخفض إلى النصف.\n"
    )
    article = arnews.parse_text(text)
    assert article.title == "وزير المالية يعلن موازنة العام المقبل"
    assert article.published == datetime(2017, 11, 24, 20, 35)


def test_menu_line_and_caption_are_not_titles() -> None:
    """A navigation menu line (plural section names) is skipped; a headline followed by a
    caption is kept."""
    text = (
        "أخبار محلية اقتصاديات رياضة منوعات تحقيقات مقالات فيديوهات\n"
        "الحكومة تقر خطة جديدة للنقل العام\n"
        "صورة أرشيفية لحافلات النقل العام\n"
        "أقرت الحكومة في جلستها الأسبوعية خطة جديدة للنقل العام تشمل خطوطاً إضافية للحافلات.\n"
    )
    assert arnews.parse_text(text).title == "الحكومة تقر خطة جديدة للنقل العام"


def test_question_repeated_after_the_story_is_not_a_title() -> None:
    """A poll question printed twice after the story is neither title nor end of the body."""
    story = "أعلنت الوزارة اليوم عن خطة جديدة لدعم المزارعين في المحافظات الشمالية كافة."
    question = "هل تتوقع نجاح خطة دعم المزارعين هذا الموسم؟"
    article = arnews.parse_text(f"{story}\n{question}\n{question}\n")
    assert article.title is None
    assert article.paragraphs[0] == story


def test_repeated_paragraph_is_kept_once() -> None:
    """A line printed twice (a pull quote, a caption repeated) appears once in the body."""
    line = "وأكد الوزير أن الخطة ستنفذ على مراحل خلال العامين المقبلين في كل المحافظات."
    article = arnews.parse_text(
        f"{line}\n{line}\nوأضاف أن التمويل متوفر بالكامل من الموازنة العامة للدولة.\n"
    )
    assert article.paragraphs.count(line) == 1
    assert len(article.paragraphs) == 2


def _no_brackets(title: str) -> str:
    return title.strip("[]")


def _drop_first(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    return paragraphs[1:]


def test_site_hooks_apply_to_text_dumps() -> None:
    """A site's title and paragraph hooks run on text dumps too."""
    site = Site(
        id="hooks.example",
        name="موقع الخطافات",
        domains=("hooks.example",),
        hooks=Hooks(title=_no_brackets, paragraphs=_drop_first),
    )
    text = (
        "[افتتاح جسر جديد فوق النهر الكبير]\n"
        "أعلن المحافظ اليوم افتتاح الجسر الجديد فوق النهر بعد ثلاث سنوات من العمل.\n"
        "وأضاف أن الجسر يخفف الازدحام عن وسط المدينة بشكل كبير خلال ساعات الذروة.\n"
    )
    article = arnews.parse_text(text, "https://hooks.example/1", sites=[site])
    assert article.title == "افتتاح جسر جديد فوق النهر الكبير"
    assert article.paragraphs == (
        "وأضاف أن الجسر يخفف الازدحام عن وسط المدينة بشكل كبير خلال ساعات الذروة.",
    )


def test_labelled_publication_and_update_stamps() -> None:
    """«نشر في: … | آخر تحديث: …» gives both dates and wins over a today widget."""
    text = (
        "الجمعة 26 أبريل 2024\n"
        "وزير المالية يعلن موازنة العام المقبل\n"
        "نشر في: السبت 9 سبتمبر 2017 - 9:00 م | آخر تحديث: الأحد 10 سبتمبر 2017 - 8:15 ص\n"
        "أعلن وزير المالية اليوم مشروع موازنة العام المقبل، وقال إن العجز سينخفض إلى النصف.\n"
    )
    article = arnews.parse_text(text)
    assert article.published == datetime(2017, 9, 9, 21, 0)
    assert article.modified == datetime(2017, 9, 10, 8, 15)
    assert article.title == "وزير المالية يعلن موازنة العام المقبل"


def test_quoted_headline_is_a_title_but_a_cut_quote_is_not() -> None:
    """A headline ending in a closing quote is a title; a line cut inside a quote is not."""
    story = "وقال المتحدث في مؤتمر صحفي إن النواب يتابعون مطالب دوائرهم بشكل يومي ومستمر."
    quoted = 'متحدث البرلمان: "النواب يتابعون مطالب دوائرهم"'
    assert arnews.parse_text(f"{quoted}\n{story}\n").title == quoted
    cut = 'وأكد المتحدث أن موقف النواب، خصوصًا نواب حزب "'
    assert arnews.parse_text(f"{cut}\n{story}\n").title is None


def test_byline_under_the_title() -> None:
    """A byline line under the title gives the author; a bare outlet line gives the source."""
    story = "حدد رئيس الوزراء اليوم ملامح استراتيجية جديدة للتصدي للتطرف خلال خمس سنوات."
    article = arnews.parse_text(f"بريطانيا تعلن استراتيجية جديدة\n\nلندن: رنيم حنوش\n\n{story}\n")
    assert article.authors == ("رنيم حنوش",)
    assert article.source is None
    article = arnews.parse_text(f"بريطانيا تعلن استراتيجية جديدة\n\nجنيف : (رويترز)\n\n{story}\n")
    assert article.authors == ()
    assert article.source == "رويترز"
    article = arnews.parse_text(f"بريطانيا تعلن استراتيجية جديدة\n\nكتب: سامر الحلبي\n\n{story}\n")
    assert article.authors == ("سامر الحلبي",)


def test_long_headline_without_particles_is_a_title() -> None:
    """A nine-word headline with no particle or punctuation is a title, not a menu."""
    title = "أمانة المدينة تشارك نزلاء التأهيل فرحة العيد بعروض متنوعة"
    story = "شهدت فعاليات العيد مشاركة نزلاء مركز التأهيل الشامل في الحفل الرئيس وسط ترحيب الجميع."
    assert (
        arnews.parse_text(f"{title}\n\nعبدالرحيم الحدادي - المدينة المنورة\n\n{story}\n").title
        == title
    )


def test_stamp_opening_the_story() -> None:
    """A stamp that opens the first paragraph is the publication date and leaves the text."""
    text = (
        "12 يوليوز, 2018 - 09:15:00 أعلنت وزارة الفلاحة عن انطلاق حملة لتوزيع البذور "
        "المختارة على صغار الفلاحين في جهة سوس ماسة.\n"
    )
    article = arnews.parse_text(text)
    assert article.published == datetime(2018, 7, 12, 9, 15)
    assert article.paragraphs[0].startswith("أعلنت وزارة الفلاحة")


def test_agency_line_of_its_own_is_the_source() -> None:
    """«(الوكالة الوطنية)» on its own line after the story is the source, not a paragraph."""
    text = (
        "وزير الأشغال يطلق ورشة تأهيل طريق الساحل\n"
        "أطلق وزير الأشغال العامة والنقل، اليوم، ورشة تأهيل طريق الساحل الممتدة من صيدا حتى صور.\n"
        "(الوكالة الوطنية)\n"
    )
    article = arnews.parse_text(text)
    assert article.source == "الوكالة الوطنية للإعلام"
    assert all("الوكالة الوطنية" not in p for p in article.paragraphs)


def test_breadcrumb_title_line() -> None:
    """«الرئيسية / أخبار محلية / TITLE» gives TITLE."""
    story = "أعلن الوزير بعد اجتماع مجلس الأمن المركزي توقيف عدد من الخلايا خلال العام الماضي."
    text = f"الرئيسية / أخبار محلية / الوزير يعلن توقيف خلايا خلال العام\n{story}\n"
    assert arnews.parse_text(text).title == "الوزير يعلن توقيف خلايا خلال العام"


def test_headline_followed_by_counters() -> None:
    """Bullet counters and bare times between the headline and the story do not hide it."""
    story = "أظهرت دراسة أجرتها جامعة أسترالية أن تناول المأكولات الحارة يومياً يرتبط بمخاطر صحية."
    counters = "\n".join(["  • 7/24/2019", "  • 00:00", "  • 8", "  • 0", "  • 0", "  • 0"])
    text = f"تحذير .. هذه مخاطر تناول الفلفل الحار يومياً\n{counters}\nnews-picture\n{story}\n"
    assert arnews.parse_text(text).title == "تحذير .. هذه مخاطر تناول الفلفل الحار يومياً"


def test_image_caption_under_the_title_is_not_the_source() -> None:
    """An alt text repeated by its caption right under the title is a picture, not the
    outlet the story comes from; a single outlet line there still is the source."""
    dump = (
        "افتتاح محطة جديدة لتحلية المياه في المدينة الساحلية\n\n"
        "المهندس سامي الحداد\n"
        "المهندس سامي الحداد خلال جولة في المحطة\n\n"
        "افتتح المهندس سامي الحداد، اليوم، محطة جديدة لتحلية المياه بطاقة إنتاجية كبيرة.\n\n"
        "وأضاف أن المحطة ستخدم أكثر من مئة ألف نسمة في المدينة وضواحيها.\n"
    )
    article = arnews.parse_text(dump)
    assert article.title == "افتتاح محطة جديدة لتحلية المياه في المدينة الساحلية"
    assert article.source is None
    assert "المهندس سامي الحداد خلال جولة في المحطة" not in article.paragraphs
    credited = arnews.parse_text(
        dump.replace(
            "المهندس سامي الحداد\nالمهندس سامي الحداد خلال جولة في المحطة\n", "شبكة الأخبار\n"
        )
    )
    assert credited.source == "شبكة الأخبار"


def test_dateline_credit_beats_an_agency_line_in_the_story() -> None:
    """As in HTML, the dateline's agency is the source before an agency line of the story."""
    text = (
        "القاهرة (رويترز) - أعلنت الحكومة المصرية اليوم عن خطة جديدة لدعم المزارعين.\n"
        "(أ ف ب)\n"
        "وأضاف المتحدث أن الخطة تشمل قروضا ميسرة وبذورا محسنة للموسم المقبل.\n"
    )
    article = arnews.parse_text(text)
    assert article.dateline == "القاهرة"
    assert article.source == "رويترز"
    assert len(article.paragraphs) == 2


def test_agency_line_is_the_source_without_a_dateline() -> None:
    """An agency on a line of its own in the story credits it when nothing else does."""
    text = "أعلنت الحكومة المصرية اليوم عن خطة جديدة لدعم المزارعين في المحافظات.\n(أ ف ب)\n"
    assert arnews.parse_text(text).source == "أ ف ب"
