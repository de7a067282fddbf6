"""The generic extractor on the real corpus (../shared/corpus): titles, dates, snippets.

Expectations were written by reading each real page. Every page is parsed with
``sites=()`` so that these tests pin the *generic* engine, whatever site modules
exist. Snippets are at most twelve words.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

import arnews

pytestmark = pytest.mark.corpus

# file → (title, publication day, must-contain snippet(s), must-not-contain snippets)
HTML: dict[str, tuple[str, date, str | tuple[str, ...], tuple[str, ...]]] = {
    "html/arabic.cnn.com/cnn_arabic_syria_clashes_2013.html": (
        "معارضون يسيطرون على مخازن للصواريخ بريف دمشق",
        date(2013, 8, 28),
        "سيطروا على ثلاثة مستودعات للذخيرة",
        ("الآراء الواردة أدناه",),
    ),
    "html/assabah.com.tn/assabah_164913_interview.html": (
        "الناشط الحقوقي السوداني خالد عبد الكريم ماسا ل«الصباح»: كل الشروط متوفرة "
        "لثورة سودانية ولا حاجة لنستورد شيئا",
        date(2019, 2, 8),
        "نحن في السودان لا نعرف من الفصول غير الصيف والشتاء",
        ("المؤسس : الحبيب شيخ روحه",),
    ),
    "html/arabic.sputniknews.com/sputnik_202003171044893040.html": (
        "مصر تسجل 30 إصابة جديدة وحالتي وفاة بفيروس كورونا",
        date(2020, 3, 17),
        (
            "أعلنت وزارة الصحة والسكان المصرية، اليوم الثلاثاء",
            "196 حالة من ضمنهم 26 حالة تم شفاؤها",
        ),
        ("تابعونا على",),
    ),
    "html/akhbarelyom.com/akhbarelyom_3126898.html": (
        "36 عامًا.. سر رحيل نعيمة عاكف في سن مبكر",
        date(2020, 10, 7),
        "حصلت على لقب أحسن راقصة في العالم",
        ("اقرأ أيضا",),
    ),
    "html/almadenahnews.com/almadenahnews_825076.html": (
        "أميركا :50 الفا حصيلة الوفيات بسبب فيروس كورونا",
        date(2020, 4, 24),
        "بحسب مركز جامعة جونز هوبكنز",
        ("اقرأ المزيد", "--(بترا)"),
    ),
    "html/youm7.com/youm7_4943459.html": (
        "وزير الرى يشهد توقيع عقد دراسة تحديد السحب الآمن للخزانات الجوفية مع جامعة القاهرة",
        date(2020, 8, 24),
        "قطاع المياه الجوفية",
        ("تقارير مصرية",),
    ),
    "html/alyaum.com/alyaum_6291787.html": (
        "طهران تدفن «زادة».. وتتهم المعارضة الإيرانية باغتياله",
        date(2020, 12, 1),
        "العقل المدبر للبرنامج السري للقنبلة النووية",
        ("طهران تدفن «زادة».. وتتهم المعارضة الإيرانية باغتياله",),
    ),
    "html/beirutobserver.com/beirutobserver_2338761.html": (
        "سرقة منزل أميرة سعودية في باريس يضم أغراضاً فاخرة بقيمة 700 ألف دولار",
        date(2020, 11, 9),
        "نحو 30 حقيبة من علامة هيرميس التجارية",
        (),
    ),
    "html/elbaladtv.net/elbaladtv_yousra_corona.html": (
        "تركى آل الشيخ بعد إصابة يسرا بكورونا: يارب يرفع عنك",
        date(2020, 12, 25),
        "وأغلقت هاتفها المحمول",
        ("لن يتم نشر عنوان بريدك", "مدير التحرير", "لا يوجد نتائج"),
    ),
    "html/albayan.ae/albayan_1.3874341.html": (
        "القائم بأعمال السفارة الأفغانية يثمّن جهود الإمارات",
        date(2020, 6, 3),
        "والتقيد بارتداء الكمامات والقفازات",
        ("تابعوا أخبار الإمارات", "المصدر:"),
    ),
    "html/lbcgroup.tv/lbcgroup_2026_01_08.html": (
        '"شعر وردي يُشعل السخرية"… لغز لون شعر دونالد ترامب يربك الجمهور وخبير يشرح السبب',
        date(2026, 1, 8),
        "مصفف الشعر اللندني غوستاف فوشيه",
        ("البث المباشر", "تشاهدون الآن", "انضم الى ملايين المتابعين"),
    ),
}

# file → (title, publication day or None, must-contain snippet, must-not-contain snippets)
TEXT: dict[str, tuple[str | None, date | None, str, tuple[str, ...]]] = {
    "elmwatin.com/1.txt": (
        "الخارجية المصرية:«تصريحات وزير المالية الإسرائيلي تدعو لإشعال النار بالمنطقة»",
        date(2024, 2, 12),
        "أكد السفير أحمد أبو زيد المتحدث باسم وزارة",
        ("هل تتوقع تألق إمام عاشور", "ads"),
    ),
    "akheralanbaa.com/1.txt": (
        'متحدث البرلمان: "بحضر كل الجلسات.. والنواب يتابعون مطالب دوائرهم"',
        None,
        "قال النائب صلاح حسب الله، المتحدث باسم مجلس",
        ("عاجل",),
    ),
    "thenewkhalij.news/1.txt": (
        "مئات الآلاف يحتشدون في صنعاء تأييدا ل«المجلس السياسي الأعلى»",
        date(2016, 8, 20),
        "شهدت العاصمة اليمنية صنعاء منذ ساعات صباح اليوم",
        (),
    ),
    "maghress.com/1.txt": (
        None,
        date(2017, 8, 23),
        "بعد انقضاء عطلة وزراء الحكومة، اليوم الأربعاء",
        ("10:42:00",),
    ),
    "ksaplayers.com/2.txt": (
        "تحذير .. هذه مخاطر تناول الفلفل الحار يومياً",
        date(2019, 7, 24),
        "أظهرت دراسة أجرتها جامعة جنوب أستراليا",
        ("news-picture", "مشاركة"),
    ),
    "alsaa.net/2.txt": (
        "الملك يبدأ زيارة عمل إلى واشنطن الإثنين",
        None,
        "يبدأ جلالة الملك عبدالله الثاني",
        ("حجم الخط", "أخبار الأردن اقتصاديات"),
    ),
    "vetogate.com/1.txt": (
        "البنك المركزي: رفع الفائدة مؤقت ويحافظ على القوة الشرائية للجنيه",
        None,
        "قال البنك المركزي المصرى إن رفع أسعار الفائدة",
        (),
    ),
    "aljazeera.net/1.txt": (
        "حكم بسجن 21 مصريا أدينوا بتنفيذ هجمات",
        None,
        "قضت محكمة جنايات مصرية اليوم الأحد بسجن 21",
        ("صور أرشيفية لهيئة محكمة مصرية",),
    ),
    "darelhilal.com/1.txt": (
        "مصدر أمني ينفي صحة إصدار «الداخلية» إحصائيات بالعمليات الإرهابية",
        date(2017, 12, 26),
        "نفى مصدر أمني بوزارة الداخلية",
        ("السبت 6 يوليو 2024",),
    ),
    "dotmsr.com/1.txt": (
        "انفجار عبوة ناسفة بالقرب من سوق شعبي في جنوب بغداد",
        date(2017, 11, 24),
        "قال مصدر في الشرطة العراقية",
        ("اقرأ أيضًا",),
    ),
    "masrtimes.com/1.txt": (
        "رئيس الوزراء القطري: الهجمات الإيرانية تعرقل جهود الوساطة",
        date(2026, 3, 9),
        "قال رئيس الوزراء وزير الخارجية القطري",
        (),
    ),
    "alwakeelnews.com/2.txt": (
        "الأمن يلاحق صفحات تنشر الأكاذيب وتشكك بمؤسسات الدولة",
        date(2026, 2, 28),
        "قال الناطق الإعلامي باسم مديرية الأمن",
        (),
    ),
    "shorouknews.com/1.txt": (
        "حفيد مؤسس قطر: سعدت بطلب تميم فتح حوار مع السعودية وحزنت لما حدث بعد ذلك",
        date(2017, 9, 9),
        "أعرب الشيخ عبدالله بن على آل ثانى",
        ("الأكثر قراءة", "نشر في"),
    ),
    "elbalad.news/2.txt": (
        "مقتل وإصابة 16 شخصاً في انفجار سيارتين مفخختين شمال شرقي بغداد",
        None,
        "ذكر مصدر أمني عراقي أن 16 شخصا سقطوا",
        ("الإشراف العام", "رئيس التحرير"),
    ),
    "jo24.net/1.txt": (
        "رئيس الوزراء يبحث مع سفراء عرب جهود دعم وإسناد الأشقاء في فلسطين ولبنان",
        None,
        "التقى رئيس الوزراء جعفر حسّان، اليوم الثلاثاء",
        (),
    ),
    "qudspress.com/1.txt": (
        "إصابة شاب فلسطيني غرب رام الله",
        None,
        "أصيب شاب فلسطيني، صباح اليوم الأربعاء",
        (),
    ),
    "kuwait-news.com/1.txt": (
        "«الصحة»: ارتفاع عدد الإصابات بفيروس كورونا إلى 56 حالة",
        None,
        "أعلنت وزارة الصحة اليوم الإثنين ارتفاع عدد الإصابات",
        (),
    ),
    "elkashif.net/1.txt": (
        "ارتفاع ضحايا التفجير الانتحاري في بغداد إلى 21 قتيلاً و44 جريحاً",
        None,
        "أفادت وسائل إعلام عراقية اليوم الخميس",
        ("أخر الأخبار",),
    ),
    "mosaiquefm.net/1.txt": (
        "رفع الحماية الأمنية عن 25 شخصا من بينهم رجال أعمال ونواب وسياسيون",
        None,
        "أعلن وزير الداخلية توفيق شرف الدين",
        ("languageFrançais",),
    ),
    "arabkhabar.com/2.txt": (
        "الجيش الإسرائيلي يعلن مقتل فلسطينيين اثنين في جنين بعد مهاجمة نقطة تفتيش",
        date(2024, 4, 27),
        "قال الجيش الإسرائيلي، السبت، إن الجنود",
        ("تاريخ النشر",),
    ),
    "lesiteinfo.com/1.txt": (
        "السعودية تعلن عن أول أيام شهر رمضان",
        None,
        "أعلنت المملكة العربية السعودية، أن غداً الاثنين",
        (),
    ),
    "sham.fm/1.txt": (
        "وزارة الصحة: إصابتين جديدتين بفايروس كورونا",
        None,
        "كشفت وزارة الصحة مساء الأحد عن تسجيل إصابتين",
        (),
    ),
}


def _urls(manifest: Path, key: str, url: str) -> dict[str, str]:
    with manifest.open(encoding="utf-8") as handle:
        return {row[key]: row[url] for row in csv.DictReader(handle, delimiter="\t")}


@pytest.mark.parametrize("name", sorted(HTML))
def test_generic_html_page(corpus: Path, name: str) -> None:
    """The generic engine gets the title, the publication day and a clean body of a real page."""
    title, day, snippets, junk = HTML[name]
    url = _urls(corpus / "MANIFEST.tsv", "file", "original_url")[name]
    article = arnews.parse_html((corpus / name).read_bytes(), url, sites=())
    assert article.extractor == "generic"
    assert article.title == title
    assert article.published is not None
    assert article.published.date() == day
    for snippet in (snippets,) if isinstance(snippets, str) else snippets:
        assert snippet in article.text
    for phrase in junk:
        assert phrase not in article.text


# Authors the generic engine must find (persons only; outlets and agencies are not authors).
AUTHORS: dict[str, tuple[str, ...]] = {
    "html/arabic.cnn.com/cnn_arabic_syria_clashes_2013.html": (),
    "html/assabah.com.tn/assabah_164913_interview.html": ("آسيا العتروس",),
    "html/arabic.sputniknews.com/sputnik_202003171044893040.html": (),
    "html/akhbarelyom.com/akhbarelyom_3126898.html": ("نورهان نبيل",),
    "html/almadenahnews.com/almadenahnews_825076.html": (),
    "html/youm7.com/youm7_4943459.html": ("أسماء نصار",),
    "html/alyaum.com/alyaum_6291787.html": ("حسام أبو العلا",),
    "html/beirutobserver.com/beirutobserver_2338761.html": ("Ziad Sankary",),
    "html/elbaladtv.net/elbaladtv_yousra_corona.html": ("ضحى عرفة",),
    "html/albayan.ae/albayan_1.3874341.html": (),
    "html/lbcgroup.tv/lbcgroup_2026_01_08.html": (),
}


@pytest.mark.parametrize("name", sorted(AUTHORS))
def test_generic_html_authors(corpus: Path, name: str) -> None:
    """The generic engine finds the persons who wrote a real page, and no outlet names."""
    article = arnews.parse_html((corpus / name).read_bytes(), sites=())
    assert article.authors == AUTHORS[name]


@pytest.mark.parametrize("name", sorted(TEXT))
def test_generic_text_dump(corpus: Path, name: str) -> None:
    """The generic engine gets the title, the stamp (never the crawl date) and the body of a
    real text dump."""
    title, day, snippet, junk = TEXT[name]
    pages = corpus / "text" / "pages"
    url = _urls(pages / "MANIFEST.tsv", "file", "url")[name]
    article = arnews.parse_text((pages / name).read_text(encoding="utf-8"), url, sites=())
    assert article.title == title
    assert (article.published.date() if article.published else None) == day
    assert snippet in article.text
    for phrase in junk:
        assert phrase not in article.text


def test_every_corpus_page_parses(corpus: Path) -> None:
    """Every HTML page and text dump of the corpus parses without error into Arabic paragraphs."""
    html = sorted((corpus / "html").glob("*/*.html"))
    dumps = sorted((corpus / "text" / "pages").glob("*/*.txt"))
    assert len(html) >= 11
    assert len(dumps) >= 100
    for path in html:
        assert arnews.parse_html(path.read_bytes(), sites=()).paragraphs, path
    for path in dumps:
        article = arnews.parse_text(path.read_text(encoding="utf-8"), sites=())
        assert article.paragraphs, path
