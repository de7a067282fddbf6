"""Each built-in site on its real pages in the corpus (skipped when the corpus is absent).

Expectations were read off the pages by hand (title as printed in the headline
element, the date the page prints for the story, the people credited) and the
snippets are at most twelve words. Where the page is ambiguous the note says why.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

import pytest

import arnews
from arnews.extract.boilerplate import phrase_key
from arnews.sites import find_site

pytestmark = pytest.mark.corpus


@dataclass(frozen=True, slots=True, kw_only=True)
class Page:
    """The expected extraction of one real page."""

    file: str
    title: str
    published: tuple[date, ...]
    authors: tuple[str, ...]
    must_have: tuple[str, ...]
    must_not: tuple[str, ...]
    related: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    image: str = ""
    """The file name of the article's main image, expected first in ``images``."""
    note: str = ""


PAGES: Final[tuple[Page, ...]] = (
    Page(
        file="html/arabic.cnn.com/cnn_arabic_syria_clashes_2013.html",
        image="Gal.syria.assad.army.jpg_-1_-1.jpg",
        title="معارضون يسيطرون على مخازن للصواريخ بريف دمشق",
        published=(date(2013, 8, 3),),
        authors=(),
        must_have=("سيطروا على ثلاثة مستودعات للذخيرة بالقرب من بلدة قلدون", "ضبط النفس"),
        must_not=("ترحب شبكة CNN بالنقاش الحيوي", "الأكثر تصفحاً", "ليبيا: تأجيل محاكمة"),
        note=(
            "The URL dates the story 2013-08-03; the only printed stamp is the last update,"
            " «الأربعاء، 28 آب/اغسطس 2013، آخر تحديث», which goes to modified."
        ),
    ),
    Page(
        file="html/assabah.com.tn/assabah_164913_interview.html",
        image="souda.jpg",
        title=(
            "الناشط الحقوقي السوداني خالد عبد الكريم ماسا لـ«الصباح»: "
            "كل الشروط متوفرة لثورة سودانية ولا حاجة لنستورد شيئا"
        ),
        published=(date(2019, 2, 8),),
        authors=("آسيا العتروس",),
        must_have=("كيف يمكن تقييم حصيلة ثلاثة عقود في ظل حكم البشير",),
        must_not=("حوار:", "إضافة تعليق جديد", "جريدة الصباح بتاريخ", "غائم جزئيا"),
        note="The header's «المؤسس» banner and #date-widget (crawl day) are not the date.",
    ),
    Page(
        file="html/arabic.sputniknews.com/sputnik_202003171044893040.html",
        tags=("مصر", "فيروس كورونا"),
        image="1044423427_0:0:1280:693_1000x541_80_0_0_ccc528014debd19141232044b1aa7439.jpg",
        title="مصر تسجل 30 إصابة جديدة وحالتي وفاة بفيروس كورونا",
        published=(date(2020, 3, 17),),
        authors=(),
        must_have=("تسجيل 30 حالة جديدة بفيروس كورونا المستجد", "يوم 11 مارس/ آذار"),
        must_not=("مصر تحظر تصدير الكحول والكمامات الطبية", "انظر أيضا", "كورونا وتحديات التعليم"),
        related=("مصر تحظر تصدير الكحول والكمامات الطبية", "كورونا وتحديات التعليم عن بعد"),
    ),
    Page(
        file="html/akhbarelyom.com/akhbarelyom_3126898.html",
        tags=("النمر", "مدرسة البنات", "نعيمة عاكف", "فتاة السيرك", "بياعة الجرايد"),
        image="20201007120909561.jpg",
        title="36 عامًا.. سر رحيل نعيمة عاكف في سن مبكر",
        published=(date(2020, 10, 7),),
        authors=("نورهان نبيل",),
        must_have=("ولدت في مثل هذا اليوم عام 1929", "مرض سرطان الأمعاء"),
        must_not=("إقرأ أيضاً", "سلطان صلاح يشارك", "الكلمات الدالة", "رئيس التحرير"),
        related=("سلطان صلاح يشارك بـ«حارة القبة» في رمضان المقبل",),
    ),
    Page(
        file="html/almadenahnews.com/almadenahnews_825076.html",
        image="18156180979208aa94148a7456a21f9e.jpg",
        title="أميركا :50 الفا حصيلة الوفيات بسبب فيروس كورونا",
        published=(date(2020, 4, 24),),
        authors=(),
        must_have=("بلغت حصيلة الوفيات الناجمة عن فيروس كورونا", "وفي بيانات نشرها مركز الجامعة"),
        must_not=("المدينة نيوز :-", "مواضيع ذات علاقة", "بدء تخفيف قيود الحركة", "شارك هذا الخبر"),
        related=("بدء تخفيف قيود الحركة في الإمارات...",),
    ),
    Page(
        file="html/youm7.com/youm7_4943459.html",
        tags=("وزير الرى", "الأمن المستدام", "الخزانات الجوفية", "جامعة القاهرة"),
        image="202007190254595459.jpg",
        title=(
            "وزير الرى يشهد توقيع عقد دراسة تحديد السحب الآمن للخزانات الجوفية مع جامعة القاهرة"
        ),
        published=(date(2020, 8, 24),),
        authors=("أسماء نصار",),
        must_have=("وأفاد المهندس سيد سركيس رئيس قطاع المياة الجوفية",),
        must_not=("الموضوعات المتعلقة", "لجنة إيراد النهر", "اضف تعليقاً", "كتبت أسماء نصار"),
        related=("وزير الرى: لجنة إيراد النهر فى انعقاد مستمر لمتابعة موقف الفيضان",),
    ),
    Page(
        file="html/alyaum.com/alyaum_6291787.html",
        title="طهران تدفن «زادة».. وتتهم المعارضة الإيرانية باغتياله",
        published=(date(2020, 12, 1),),
        authors=("حسام أبو العلا",),
        must_have=("انتشرت أعداد أمس من قوات الحرس الثوري", "أن إسرائيل ستواصل منع إيران"),
        must_not=("مواضيع ذات علاقة", "الرياض.. استخراج تصريح التنقل", "قبل 12 دقيقة"),
        related=("الرياض.. استخراج تصريح التنقل وقت المنع إلكترونيًا",),
        note="Printed «٠٢:٠٠ الثلاثاء ١ / ١٢ / ٢٠٢٠» in Riyadh time.",
    ),
    Page(
        file="html/beirutobserver.com/beirutobserver_2338761.html",
        image="france-paris-champs-elysee.jpg",
        title="سرقة منزل أميرة سعودية في باريس يضم أغراضاً فاخرة بقيمة 700 ألف دولار",
        published=(date(2020, 11, 9),),
        authors=("Ziad Sankary",),
        must_have=("تضمَّنَت السرقة نحو 30 حقيبة", "في الدائرة الثامنة الأنيقة بالمدينة"),
        must_not=("أخبار ٢٤ ساعة", "مقالات مختارة", "All Rights Reserved"),
        note="The post is credited to its poster in the hidden vcard and the metadata.",
    ),
    Page(
        file="html/elbaladtv.net/elbaladtv_yousra_corona.html",
        image="received_896597551082683-750x375.jpeg",
        title="تركى آل الشيخ بعد إصابة يسرا بكورونا: يارب يرفع عنك",
        published=(date(2020, 12, 25),),
        authors=("ضحى عرفة",),
        must_have=("وأغلقت هاتفها المحمول", "مسلسل “خيانة عهد”"),
        must_not=("إقرأ أيضاً", "المدير الفني لفريق الفيوم", "تاجز", "اترك تعليقاً"),
        related=("مصر تكسر حاجز ألف إصابة بكورونا منذ 169 يوما.. زيادة كبيرة",),
        note="Printed «2020/12/25 - 1:59 صباحًا» in Cairo; the metadata's UTC day is the 24th.",
    ),
    Page(
        file="html/albayan.ae/albayan_1.3874341.html",
        image="image.jpg",
        title="القائم بأعمال السفارة الأفغانية يثمّن جهود الإمارات",
        published=(date(2020, 6, 3),),
        authors=(),
        must_have=("ودعا داودزي أبناء الجالية الأفغانية",),
        must_not=("تابعوا أخبار الإمارات من البيان", "عرض النتائج", "أبوظبي - البيان"),
    ),
    Page(
        file="html/lbcgroup.tv/lbcgroup_2026_01_08.html",
        image="Doc-P-898682-639034694734437107.jpg",
        title='"شعر وردي يُشعل السخرية"… لغز لون شعر دونالد ترامب يربك الجمهور وخبير يشرح السبب',
        published=(date(2026, 1, 8),),
        authors=(),
        must_have=("مصفف الشعر اللندني غوستاف فوشيه", "لا ينسجم إطلاقًا مع صورته المعتادة"),
        must_not=("مقالات ذات صلة", "ميريل ستريب ومارتن شورت", "مشاهدات عالية"),
        related=("ميريل ستريب ومارتن شورت يشعلان مجددًا شائعات علاقتهما: فهل يعيشان قصة حب جديدة؟",),
        note="The headline element prints the quotes that <title> drops.",
    ),
)
"""The eleven real HTML pages, with what their site extractor must give."""


def _urls(corpus: Path) -> dict[str, str]:
    with (corpus / "MANIFEST.tsv").open(encoding="utf-8", newline="") as handle:
        return {row["file"]: row["original_url"] for row in csv.DictReader(handle, delimiter="\t")}


@pytest.fixture(scope="module", params=PAGES, ids=lambda page: page.file.split("/")[1])
def real(request: pytest.FixtureRequest, corpus: Path) -> tuple[Page, str, arnews.Article]:
    """A corpus page, its URL and the article parsed from its bytes."""
    page: Page = request.param
    url = _urls(corpus)[page.file]
    return page, url, arnews.parse_html((corpus / page.file).read_bytes(), url)


def test_every_corpus_page_is_listed(corpus: Path) -> None:
    """Every HTML page of the corpus has an expectation here."""
    assert {p.file for p in PAGES} == set(_urls(corpus))


def test_routed_to_its_own_site(real: tuple[Page, str, arnews.Article]) -> None:
    """The page is parsed by the site extractor of its domain, not the generic one."""
    page, url, article = real
    assert article.extractor == page.file.split("/")[1]
    found = find_site(url)
    assert found is not None
    assert found.id == article.extractor


def test_routed_without_url(real: tuple[Page, str, arnews.Article], corpus: Path) -> None:
    """Without a URL the page's own canonical / ``og:url`` picks the same site."""
    page, _, article = real
    again = arnews.parse_html((corpus / page.file).read_bytes())
    assert again.extractor == article.extractor


def test_title_date_authors(real: tuple[Page, str, arnews.Article]) -> None:
    """Headline, publication day and people credited, as the page prints them."""
    page, _, article = real
    assert article.title == arnews.normalize(page.title, preset="display")
    assert article.published is not None
    assert article.published.date() in page.published
    assert article.authors == page.authors


def test_clean_body(real: tuple[Page, str, arnews.Article]) -> None:
    """The story's snippets are in the body; the outlet's related blocks and chrome are not."""
    page, _, article = real
    body = phrase_key(article.text)
    for snippet in page.must_have:
        assert phrase_key(snippet) in body, snippet
    for snippet in page.must_not:
        assert phrase_key(snippet) not in body, snippet


def test_related_links(real: tuple[Page, str, arnews.Article]) -> None:
    """The outlet's related headlines come out as links, with their addresses."""
    page, _, article = real
    links = {phrase_key(link.text): link.url for link in article.related}
    for headline in page.related:
        assert phrase_key(headline) in links, headline
        assert (links[phrase_key(headline)] or "").startswith("http")


def test_tags_and_main_image(real: tuple[Page, str, arnews.Article]) -> None:
    """The outlet's tag list, in order, and its article image first among the images."""
    page, _, article = real
    if page.tags:
        assert article.tags == page.tags
    if page.image:
        assert article.images
        assert article.images[0].url.rsplit("/", 1)[-1] == page.image


@dataclass(frozen=True, slots=True, kw_only=True)
class Dump:
    """The expected reading of one real text dump of an outlet with a text profile."""

    file: str
    title: str | None
    must_not: tuple[str, ...] = ()
    gap: str = ""
    """Why the engine does not get the title yet (a strict xfail), if it does not."""


DUMPS: Final[tuple[Dump, ...]] = (
    Dump(
        file="elbalad.news/1.txt",
        title="وزير الخارجية: سنستمر فى بذل كل جهد ممكن للعمل على وقف الحرب في أسرع وقت",
        must_not=("الإشراف العام", "رئيس التحرير", "البلد سبورت"),
    ),
    Dump(
        file="elbalad.news/2.txt",
        title="مقتل وإصابة 16 شخصاً في انفجار سيارتين مفخختين شمال شرقي بغداد",
        must_not=("طه جبريل", "english EN"),
    ),
    Dump(file="elbalad.news/3.txt", title=None),
    Dump(
        file="vetogate.com/1.txt",
        title="البنك المركزي: رفع الفائدة مؤقت ويحافظ على القوة الشرائية للجنيه",
    ),
    Dump(
        file="vetogate.com/2.txt",
        title="بعد اقتحام ميليشيات لمقر اجتماعاته.. الرئاسي الليبي يكشف ما حدث في طرابلس",
        must_not=("عصام كامل",),
    ),
    Dump(
        file="shaamtimes.net/1.txt",
        title="وزير الخارجية السوري: زيارة ظريف مهمة",
        must_not=("وزير الخارجية الإيراني يصل دمشق", "أبريل 24 2024"),
    ),
    Dump(
        file="shaamtimes.net/2.txt",
        title="نائب لبناني مسلح يدخل جلسة البرلمان والأمن يخرجه",
        must_not=("شام تايمز",),
    ),
    Dump(
        file="lebanon24.com/1.txt",
        title="محفوض يدعو النواب إلى حماية حرية البرلمان",
        must_not=("Lebanon 24",),
    ),
    Dump(
        file="lebanon24.com/2.txt",
        title="نواب الثنائي في بعبدا: سنرى غدا من يعطل عمل المجلس",
        must_not=("Lebanon 24", "Advertisement"),
    ),
    Dump(
        file="alwakeelnews.com/1.txt",
        title="وزير الخارجية يبحث ونظيره التركي تطورات الأوضاع في المنطقة",
        must_not=("الوكيل الإخباري",),
    ),
    Dump(
        file="alwakeelnews.com/2.txt",
        title="الأمن يلاحق صفحات تنشر الأكاذيب وتشكك بمؤسسات الدولة",
        must_not=("الوكيل الإخباري",),
    ),
    Dump(file="alsaa.net/1.txt", title=None, must_not=("مدار الساعة",)),
    Dump(
        file="alsaa.net/2.txt",
        title="الملك يبدأ زيارة عمل إلى واشنطن الإثنين",
        must_not=("حجم الخط", "اقتصاديات دوليات برلمانيات", "مدار الساعة -"),
    ),
    Dump(
        file="arabkhabar.com/1.txt",
        title=(
            "وزير الخارجية الأمريكي : ممتنون لمصر لدورها في خروج الرعايا الأجانب وإدخال المساعدات"
        ),
        must_not=("المصدر: صدى البلد", "كلمات دلالية", "وجود أي تفاهم لاستمرار الاحتلال"),
    ),
    Dump(
        file="arabkhabar.com/2.txt",
        title="الجيش الإسرائيلي يعلن مقتل فلسطينيين اثنين في جنين بعد مهاجمة نقطة تفتيش",
        must_not=("المصدر: CNN Arabic",),
    ),
    Dump(file="ksaplayers.com/1.txt", title=None),
    Dump(
        file="ksaplayers.com/2.txt",
        title="تحذير .. هذه مخاطر تناول الفلفل الحار يومياً",
        must_not=("news-picture", "مشاركة :"),
    ),
    Dump(
        file="jawharafm.net/1.txt",
        title="الداخلية : إيقاف شخص يشتبه في انتمائه إلى تنظيم إرهابي مفتشا عنه منذ 2014",
    ),
    Dump(
        file="jawharafm.net/2.txt",
        title="وزارة الداخلية تعلن عن تشديد المراقبة على المتنقبات",
        must_not=("مقالات أخرى",),
    ),
    Dump(file="maghress.com/1.txt", title=None),
    Dump(file="maghress.com/2.txt", title=None),
    Dump(file="maghress.com/3.txt", title=None),
    Dump(file="djazairess.com/1.txt", title=None),
    Dump(file="djazairess.com/2.txt", title=None),
    Dump(file="sauress.com/1.txt", title=None),
    Dump(file="sauress.com/2.txt", title=None),
)
"""Every dump of the outlets with two or more dumps in ``text/pages/MANIFEST.tsv``."""


def _dump_urls(corpus: Path) -> dict[str, str]:
    manifest = corpus / "text" / "pages" / "MANIFEST.tsv"
    with manifest.open(encoding="utf-8", newline="") as handle:
        return {row["file"]: row["url"] for row in csv.DictReader(handle, delimiter="\t")}


def test_every_profiled_outlet_dump_is_listed(corpus: Path) -> None:
    """Each outlet with two or more dumps has all its dumps here."""
    urls = _dump_urls(corpus)
    counts: dict[str, int] = {}
    for file in urls:
        counts[file.split("/")[0]] = counts.get(file.split("/")[0], 0) + 1
    expected = {f for f in urls if counts[f.split("/")[0]] >= 2}
    assert {d.file for d in DUMPS} == expected


@pytest.mark.parametrize("dump", DUMPS, ids=lambda d: d.file)
def test_real_dump(dump: Dump, corpus: Path, request: pytest.FixtureRequest) -> None:
    """A real dump goes to its outlet's profile, and the outlet's header lines stay out."""
    url = _dump_urls(corpus)[dump.file]
    text = (corpus / "text" / "pages" / dump.file).read_text(encoding="utf-8")
    article = arnews.parse_text(text, url)
    assert article.extractor == dump.file.split("/")[0]
    assert article.paragraphs
    body = article.text
    for snippet in dump.must_not:
        assert snippet not in body, snippet
    if dump.gap:
        request.applymarker(pytest.mark.xfail(strict=True, reason=dump.gap))
    expected = arnews.normalize(dump.title, preset="display") if dump.title else None
    assert article.title == expected


def test_seed_republisher_format(seed_text: str) -> None:
    """The seed («… - It's Over 9000!» republishing Baladi News) keeps the republisher as
    site and the Baladi News source line as source."""
    article = arnews.parse_text(seed_text)
    assert article.site == "It's Over 9000!"
    assert article.source == "بلدي نيوز"
    assert len(article.paragraphs) == 9
    assert len(article.related) == 6
