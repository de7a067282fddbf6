"""Golden cases: one small page (HTML) or dump (text) per site layout and text profile.

Every fixture in ``fixtures/`` was written for these tests: the markup copies the
outlet's structure (class names, ids, stamp formats, boilerplate blocks) as read
off its real pages, the sentences are our own. A fixture's name is
``<site id>--<layout name>.html`` or ``<site id>--text.txt``.

``gone`` lists, for every case, text of the outlet's own «مقالات ذات صلة» /
«اقرأ أيضاً»-style block (its heading and one of its headlines): it must not reach
the article text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Final

FIXTURES: Final = Path(__file__).parent / "fixtures"


@dataclass(frozen=True, slots=True, kw_only=True)
class Case:
    """What a site extractor must make of one fixture."""

    site: str
    """The id of the site that must be picked (``Article.extractor``)."""
    layout: str | None
    """The layout the fixture exercises; ``None`` for a text dump."""
    url: str | None
    """The URL the page is parsed with (``None``: routed by the title line)."""
    title: str | None
    """The expected headline."""
    subtitle: str | None = None
    """The expected standfirst."""
    published: date | None
    """The expected publication day (in the outlet's time zone)."""
    authors: tuple[str, ...] = ()
    """The expected author names."""
    source: str | None = None
    """The expected source / agency, when the page names one."""
    paragraphs: int | None = None
    """The expected number of body paragraphs, when the page is unambiguous."""
    must_have: tuple[str, ...]
    """Snippets the body keeps."""
    must_not: tuple[str, ...] = ()
    """Other boilerplate that must not reach the body."""
    gone: tuple[str, ...]
    """The outlet's related / read-also block: its heading and a headline."""
    related: tuple[str, ...] = ()
    """Headlines of the outlet's related block that must come out as related links."""
    variant: str = ""
    """A second fixture of the same layout (``<site>--<layout>-<variant>.html``)."""
    gaps: tuple[tuple[str, str], ...] = ()
    """Known engine gaps: (field, reason) pairs whose golden test is a strict xfail, so the
    expectation stays the truth and the test turns red once the engine gets it right."""

    @property
    def fixture(self) -> Path:
        """The fixture file of this case."""
        variant = f"-{self.variant}" if self.variant else ""
        suffix = "text.txt" if self.layout is None else f"{self.layout}{variant}.html"
        return FIXTURES / f"{self.site}--{suffix}"

    @property
    def id(self) -> str:
        """A readable pytest id."""
        variant = f"-{self.variant}" if self.variant else ""
        return f"{self.site}:{self.layout or 'text'}{variant}"


HTML_CASES: Final[tuple[Case, ...]] = (
    Case(
        site="akhbarelyom.com",
        layout="2020",
        url="https://akhbarelyom.com/news/newdetails/1000001/1/حديقة-الحيوان",
        title="حديقة الحيوان تستقبل زوارها بعد التجديد",
        published=date(2020, 10, 14),
        authors=("هالة منصور",),
        paragraphs=3,
        must_have=("أعادت حديقة الحيوان فتح أبوابها", "من التاسعة صباحا حتى الرابعة عصرا"),
        must_not=("رئيس مجلس الإدارة", "من حق الشعب أن يعرف", "الكلمات الدالة", "مشاركه الخبر"),
        gone=("إقرأ أيضاً", "افتتاح متحف للفنون الشعبية في الأقصر"),
        related=("افتتاح متحف للفنون الشعبية في الأقصر", "مهرجان للتمور في الواحات البحرية"),
    ),
    Case(
        site="albayan.ae",
        layout="2020",
        url="https://www.albayan.ae/across-the-uae/news-and-reports/2020-06-10-1.1000001",
        title="افتتاح حديقة جديدة للأطفال في دبي",
        published=date(2020, 6, 10),
        paragraphs=2,
        must_have=("افتتحت بلدية دبي حديقة جديدة", "وأكشاكا للقراءة"),
        must_not=("هل تؤيد زيادة المساحات الخضراء", "جميع الحقوق محفوظة", "دبي - البيان"),
        gone=("تابعوا أخبار الإمارات من البيان عبر غوغل نيوز", "عرض النتائج"),
    ),
    Case(
        site="almadenahnews.com",
        layout="2020",
        url="https://www.almadenahnews.com/article/1000001-افتتاح-مركز-صحي",
        title="افتتاح مركز صحي شامل في الزرقاء",
        published=date(2020, 5, 4),
        source="بترا",
        paragraphs=2,
        must_have=("افتتح وزير الصحة الاثنين مركزا صحيا", "قسما للطوارئ يعمل على مدار الساعة"),
        must_not=("المدينة نيوز :-", "شارك هذا الخبر", "لا مانع من الإقتباس", "بترا"),
        gone=("مواضيع ذات علاقة", "توسعة مستشفى الأمير حمزة", "تعرفوا على أسعار الخضار"),
        related=("توسعة مستشفى الأمير حمزة في العاصمة",),
    ),
    Case(
        site="alyaum.com",
        layout="2020",
        url="https://www.alyaum.com/articles/1000001/المملكة-اليوم/مهرجان-للتمور",
        title="مهرجان للتمور في الأحساء يجذب الزوار",
        published=date(2020, 12, 6),
        authors=("منى السالم",),
        must_have=("انطلق في الأحساء مهرجان التمور السنوي", "بقيت مستقرة هذا الموسم"),
        must_not=("Powered By NewsPress", "المملكة اليوم"),
        gone=("مواضيع ذات علاقة", "موسم الرطب يبدأ مبكرا في القصيم"),
        related=("موسم الرطب يبدأ مبكرا في القصيم",),
    ),
    Case(
        site="alyaum.com",
        layout="2020",
        variant="today",
        url="https://www.alyaum.com/articles/1000002/المملكة-اليوم/اليوم-الوطني",
        title="اليوم الوطني - احتفالات شعبية في كورنيش الدمام",
        published=date(2020, 12, 6),
        authors=("منى السالم",),
        must_have=("انطلق في الأحساء مهرجان التمور السنوي",),
        gone=("مواضيع ذات علاقة", "موسم الرطب يبدأ مبكرا في القصيم"),
    ),
    Case(
        site="arabic.cnn.com",
        layout="2013",
        url="http://arabic.cnn.com/2013/middle_east/9/12/bridge.opening/index.html",
        title="افتتاح جسر جديد فوق النهر في عمان",
        published=date(2013, 9, 12),
        source="CNN",
        paragraphs=3,
        must_have=("افتتحت السلطات المحلية صباح الخميس جسرا جديدا", "قبل نهاية الشهر المقبل"),
        must_not=(
            "ترحب شبكة CNN بالنقاش الحيوي والمفيد",
            "الآراء الواردة أدناه لا تعبر عن رأي",
            "خدمة آخر خبر للرسائل النصية",
        ),
        gone=("الأكثر تصفحاً", "مهرجان للكتاب في العاصمة يستقبل آلاف الزوار"),
    ),
    Case(
        site="arabic.sputniknews.com",
        layout="2020",
        url="https://arabic.sputniknews.com/arab_world/202005051000000003/",
        title="الأردن يفتح معبرا حدوديا جديدا للشاحنات",
        published=date(2020, 5, 5),
        paragraphs=3,
        must_have=("أعلنت وزارة النقل الأردنية، اليوم الثلاثاء", "خلال الأشهر الثلاثة الأولى"),
        must_not=("سيراجع المشرفون تعليقك", "REUTERS", "الكلمات الدلالية", "انسخ الرابط"),
        gone=(
            "انظر أيضا",
            "مصر تفتتح ميناء جافا جديدا في الدلتا",
            "العراق يعيد تشغيل خط السكك الحديدية مع سوريا",
        ),
        related=(
            "مصر تفتتح ميناء جافا جديدا في الدلتا",
            "العراق يعيد تشغيل خط السكك الحديدية مع سوريا",
        ),
    ),
    Case(
        site="assabah.com.tn",
        layout="2019",
        url="http://www.assabah.com.tn/article/100001/الباحثة-سلمى-الحداد",
        title="الباحثة سلمى الحداد لـ«الصباح»: المكتبات العمومية تحتاج إلى نفس جديد",
        subtitle="- القراءة عادة تُبنى في الطفولة",
        published=date(2019, 6, 14),
        authors=("نادية بن سالم",),
        must_have=("كيف تبدو المكتبات العمومية اليوم", "شراكة بين البلديات ودور النشر"),
        must_not=("حوار:", "إضافة تعليق جديد", "غائم جزئيا", "نسخة للطباعة", "المؤسس"),
        gone=("جريدة الصباح بتاريخ",),
    ),
    Case(
        site="assabah.com.tn",
        layout="2019",
        variant="lead",
        url="http://www.assabah.com.tn/article/100002/جني-الزيتون",
        title="انطلاق موسم جني الزيتون في صفاقس",
        published=date(2019, 11, 5),
        paragraphs=2,
        must_have=("انطلق موسم جني الزيتون في ولاية صفاقس", "ارتفع هذا العام بسبب تحسن الأسعار"),
        must_not=("إضافة تعليق جديد",),
        gone=("جريدة الصباح بتاريخ",),
    ),
    Case(
        site="beirutobserver.com",
        layout="2020",
        url="https://www.beirutobserver.com/2020/11/1000001/",
        title="إعادة افتتاح سوق الخضار في طرابلس بعد الترميم",
        published=date(2020, 11, 12),
        authors=("Rami Haddad",),
        paragraphs=3,
        must_have=("أعادت بلدية طرابلس افتتاح سوق الخضار القديم", "قرب المدخل الشمالي للسوق"),
        must_not=("إعلان", "All Rights Reserved", "موقع إخباري يتناول الشؤون اللبنانية"),
        gone=("أخبار ٢٤ ساعة", "جلسة نيابية لمناقشة موازنة البلديات"),
    ),
    Case(
        site="elbaladtv.net",
        layout="2020",
        url="https://elbaladtv.net/فنانة-شابة-تبدأ-تصوير/",
        title="فنانة شابة تبدأ تصوير أول بطولة مطلقة",
        published=date(2020, 12, 20),
        authors=("سارة فؤاد",),
        paragraphs=3,
        must_have=("بدأت فنانة شابة اليوم تصوير أول مسلسل", "يقدم تجربته الأولى في الدراما"),
        must_not=("تاجز", "دراما رمضان", "اترك تعليقاً", "لن يتم نشر عنوان بريدك"),
        gone=(
            "إقرأ أيضاً",
            "منتخب الناشئين يفوز في مباراة ودية بالإسكندرية",
            "سائق يعيد حقيبة نسيها راكب",
        ),
        related=("منتخب الناشئين يفوز في مباراة ودية بالإسكندرية",),
    ),
    Case(
        site="lbcgroup.tv",
        layout="2026",
        url="https://www.lbcgroup.tv/news/lebanon/1000001/مكتبة-رقمية/ar",
        title="افتتاح مكتبة رقمية في جامعة بيروت",
        published=date(2026, 1, 10),
        paragraphs=3,
        must_have=("افتتحت جامعة في بيروت مكتبة رقمية", "في فروع الجامعة في المناطق"),
        must_not=("شارك", "LBCI", "أخبار لبنان"),
        gone=("مقالات ذات صلة", "معرض للكتاب المستعمل في جبيل يستقبل الزوار"),
        related=(
            "معرض للكتاب المستعمل في جبيل يستقبل الزوار",
            "بلدية صيدا تطلق برنامجا للقراءة الصيفية",
        ),
    ),
    Case(
        site="lbcgroup.tv",
        layout="2026",
        variant="lead",
        url="https://www.lbcgroup.tv/news/lebanon/1000002/مكتبة-رقمية/ar",
        title="افتتاح مكتبة رقمية في جامعة بيروت",
        subtitle="الخدمة متاحة مجانا لطلاب الجامعة وأساتذتها",
        published=date(2026, 1, 10),
        paragraphs=3,
        must_have=("افتتحت جامعة في بيروت مكتبة رقمية",),
        must_not=("الخدمة متاحة مجانا لطلاب الجامعة",),
        gone=("مقالات ذات صلة", "معرض للكتاب المستعمل في جبيل يستقبل الزوار"),
    ),
    Case(
        site="youm7.com",
        layout="2020",
        url="https://www.youm7.com/story/2020/9/1/محافظ-الجيزة-يتفقد/1000001",
        title="محافظ الجيزة يتفقد أعمال رصف طريق المريوطية",
        published=date(2020, 9, 1),
        authors=("محمد سامي",),
        paragraphs=3,
        must_have=("تفقد محافظ الجيزة صباح اليوم", "جودة الخامات المستخدمة في الرصف"),
        must_not=(
            "اضف تعليقاً واقرأ تعليقات القراء",
            "لا توجد تعليقات على الخبر",
            "بروتوكول نشر التعليقات",
        ),
        gone=("الموضوعات المتعلقة", "رفع كفاءة الإنارة بشوارع حي الهرم"),
        related=("رفع كفاءة الإنارة بشوارع حي الهرم",),
    ),
)
"""One case per HTML layout of every built-in site."""

TEXT_CASES: Final[tuple[Case, ...]] = (
    Case(
        site="alsaa.net",
        layout=None,
        url="https://alsaa.net/article/100001/افتتاح-مركز-للشباب",
        title="افتتاح مركز للشباب في محافظة جرش",
        published=None,
        must_have=("افتتحت وزارة الشباب اليوم مركزا جديدا", "طلبة المدارس والجامعات"),
        must_not=("حجم الخط", "اقتصاديات دوليات", "اخبار الاردن,جرش", "مدار الساعة"),
        gone=("أخبار الأردن اقتصاديات دوليات",),
    ),
    Case(
        site="alwakeelnews.com",
        layout=None,
        url="https://www.alwakeelnews.com/Section_1/وزير-التربية_100001",
        title="وزير التربية يعلن موعد بدء الفصل الدراسي الثاني",
        published=date(2025, 9, 19),
        must_have=("موعد بدء الفصل الدراسي الثاني في المدارس", "تجهيز الكتب المدرسية"),
        must_not=("2025-09-20", "الوكيل الإخباري"),
        gone=("السبت 2025-09-20 11:40",),
    ),
    Case(
        site="arabkhabar.com",
        layout=None,
        url="https://arabkhabar.com/a/1000001",
        title="وزير الخارجية يستقبل نظيره الإيطالي لبحث التعاون الاقتصادي",
        published=date(2024, 3, 5),
        paragraphs=2,
        must_have=("سبل تعزيز التعاون الاقتصادي والتجاري", "منتدى للأعمال في روما"),
        must_not=("المصدر:", "كلمات دلالية", "تاريخ النشر"),
        gone=("إقرأ أيضاً", "وزير الخارجية يلتقي سفراء الدول الأوروبية", "المعتمدين لدى البلاد"),
    ),
    Case(
        site="baladi-news.com",
        layout=None,
        url=None,
        title="افتتاح مدرسة جديدة في ريف إدلب الجنوبي",
        published=None,
        source="بلدي نيوز",
        paragraphs=3,
        must_have=("افتتحت منظمة محلية، اليوم الاثنين", "ترميم مدرستين أخريين"),
        gone=("مقالات ذات صلة", "حملة لتنظيف شوارع مدينة الباب", "توزيع سلال غذائية"),
        related=(
            "حملة لتنظيف شوارع مدينة الباب من الأنقاض",
            "توزيع سلال غذائية على العائلات في مخيمات الشمال",
        ),
    ),
    Case(
        site="djazairess.com",
        layout=None,
        url="https://djazairess.com/elmassar/100001",
        title=None,
        published=None,
        paragraphs=1,
        must_have=("توزيع ألف وحدة سكنية جديدة بولاية وهران",),
        gone=("أخبار ذات صلة", "افتتاح مستشفى جامعي جديد في قسنطينة"),
    ),
    Case(
        site="elbalad.news",
        layout=None,
        url="https://www.elbalad.news/1000001",
        title="وزير النقل يتفقد محطة القطارات الجديدة في بنها",
        published=None,
        paragraphs=2,
        must_have=("محطة القطارات الجديدة في بنها", "أعمال التشطيب الداخلية"),
        must_not=("الإشراف العام", "رئيس التحرير", "english EN", "البلد سبورت"),
        gone=("طه جبريل", "إلهام أبو الفتح"),
    ),
    Case(
        site="jawharafm.net",
        layout=None,
        url="https://www.jawharafm.net/ar/article/حملة-تلقيح/105/100001",
        title="وزارة الصحة تطلق حملة تلقيح في المدارس الابتدائية",
        published=None,
        paragraphs=2,
        must_have=("بكامل ولايات الجمهورية تتواصل أسبوعين", "روزنامة الحملة"),
        gone=("مقالات أخرى", "ارتفاع درجات الحرارة في الجنوب التونسي"),
    ),
    Case(
        site="ksaplayers.com",
        layout=None,
        url="https://ksaplayers.com/Ksahome/NewsDetial/?nid=1000001",
        title="دراسة: المشي اليومي يحسن جودة النوم",
        published=date(2020, 3, 15),
        paragraphs=1,
        must_have=("المشي نصف ساعة يوميا يحسن جودة النوم",),
        must_not=("news-picture",),
        gone=("مشاركة",),
    ),
    Case(
        site="lebanon24.com",
        layout=None,
        url="https://www.lebanon24.com/news/lebanon/1000001/طريق-الساحل",
        title="وزير الأشغال يطلق ورشة تأهيل طريق الساحل",
        published=date(2025, 3, 12),
        source="الوكالة الوطنية للإعلام",
        paragraphs=2,
        must_have=("ورشة تأهيل طريق الساحل الممتدة من صيدا", "زحمة السير على الطريق"),
        must_not=("Lebanon 24", "(الوكالة الوطنية)"),
        gone=("قانون السير", "بلدية صور"),
    ),
    Case(
        site="maghress.com",
        layout=None,
        url="https://maghress.com/lakome/100001",
        title=None,
        published=date(2018, 7, 12),
        paragraphs=1,
        must_have=("لتوزيع البذور المختارة على صغار الفلاحين",),
        must_not=("09:15:00", "يوليوز"),
        gone=("مواضيع ذات صلة", "انطلاق موسم جني الزيتون"),
    ),
    Case(
        site="sauress.com",
        layout=None,
        url="https://sauress.com/alhayat/100001",
        title=None,
        published=None,
        paragraphs=1,
        must_have=("منصة جديدة للتعلم عن بعد",),
        gone=("شارك هذا الخبر",),
    ),
    Case(
        site="shaamtimes.net",
        layout=None,
        url="https://shaamtimes.net/100001/وزير-الزراعة/",
        title="وزير الزراعة السوري: موسم القمح هذا العام جيد",
        published=None,
        paragraphs=2,
        must_have=("بفضل الأمطار الغزيرة في الشتاء", "مراكز الاستلام في المحافظات"),
        must_not=("شام تايمز", "مارس 10 2024"),
        gone=("إقرأ أيضا", "توزيع بذار محسنة على مزارعي ريف حماة"),
    ),
    Case(
        site="vetogate.com",
        layout=None,
        url="https://vetogate.com/1000001",
        title="محافظ أسوان يفتتح معرضا للحرف اليدوية بمشاركة خمسين عارضا",
        published=None,
        paragraphs=2,
        must_have=("يضم منتجات خمسين أسرة من قرى المحافظة", "تسويق منتجات الأسر المنتجة"),
        must_not=("رئيس التحرير", "معرض الحرف اليدوية في أسوان"),
        gone=("اسم رئيس التحرير",),
    ),
    Case(
        site="youm7.com",
        layout=None,
        url=None,
        title="وزيرة الثقافة تفتتح معرض الكتاب في الإسكندرية",
        published=None,
        paragraphs=2,
        must_have=("بمشاركة مئة دار نشر مصرية وعربية", "جناحا لكتب الأطفال"),
        gone=("الموضوعات المتعلقة", "افتتاح قصر ثقافة جديد في مرسى مطروح"),
    ),
)
"""One case per text profile of every built-in site."""

CASES: Final[tuple[Case, ...]] = HTML_CASES + TEXT_CASES
