"""What a correct extraction of each corpus page contains, written by reading the pages.

Every value was checked by hand against the page's HTML (parsed with lxml): the
headline (``<h1>`` / ``og:title``), the printed date and byline, and the article
body. Body expectations are *snippets* of at most 12 words, never paragraphs:

- ``must_have``: phrases from the start, the middle and the end of the article
  body; missing ones cost recall.
- ``must_not``: boilerplate printed on the same page (related headlines, comment
  forms, navigation, copyright lines, newsletter prompts); present ones cost
  precision and count as leakage.

Dates: the publication date as printed on the page. Where the page's metadata
gives the same instant in UTC and that falls on another calendar day, both days
are accepted (it is the same instant); the first listed is the one printed.

Authors: people credited with writing the article, without «كتب»/«بقلم», without
the place after a dash («حسام أبو العلا - القاهرة» → «حسام أبو العلا»). Outlets
and agencies («البيان», «LBCI», «رويترز») are *not* authors: an empty tuple means the
page credits no person, and a tool that invents one is wrong.

Other projects' expected outputs (``text/<domain>/`` in the corpus) were read as
opinions: where they disagree with the page we follow the page and say so in
``note``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final


@dataclass(frozen=True, slots=True, kw_only=True)
class PageExpectation:
    """The expected extraction of one HTML page of the corpus."""

    file: str
    """Path of the page relative to the corpus root (its URL comes from ``MANIFEST.tsv``)."""
    titles: tuple[str, ...]
    """Acceptable headlines (compared on normalized words); the first is preferred."""
    published: tuple[date, ...]
    """Acceptable publication dates; empty when the page prints none."""
    authors: tuple[str, ...]
    """Expected author names; empty when the page credits no person."""
    must_have: tuple[str, ...]
    """Snippets (≤ 12 words) of the article body that a good extraction keeps."""
    must_not: tuple[str, ...]
    """Boilerplate snippets (≤ 12 words) printed on the page outside the article."""
    body_xpath: str
    """The elements that hold exactly the article body on this page (no byline, no captions).

    Their words, read from the corpus at run time, are the reference of the
    bag-of-words body score; nothing of the text is stored here."""
    note: str = ""
    """Why a choice was made, where it is not obvious."""


PAGES: Final[tuple[PageExpectation, ...]] = (
    PageExpectation(
        file="html/arabic.cnn.com/cnn_arabic_syria_clashes_2013.html",
        titles=("معارضون يسيطرون على مخازن للصواريخ بريف دمشق",),
        published=(date(2013, 8, 3), date(2013, 8, 28)),
        authors=(),
        must_have=(
            "أكدت جهات سورية معارضة أن فصائل مسلحة معارضة",
            "وقال المرصد السوري لحقوق الإنسان، وهو هيئة معارضة مقرها لندن",
            "وفي محافظة الحسكة شمال شرقي البلاد",
            "في قرية التويمية، الواقعة بين منطقة أصفر ونجار",
            "لولادة حكومة تدير المناطق التي يقطنها الأكراد",
        ),
        must_not=(
            "ترحب شبكة CNN بالنقاش الحيوي والمفيد",
            "الآراء الواردة أدناه لا تعبر عن رأي موقع CNN بالعربية",
            "القبض على شاب تحرش بطفلة في السعودية",
            "خدمة آخر خبر للرسائل النصية",
            "© 2013 Cable News Network.",
        ),
        body_xpath='//div[@class="cnn_strycntntrgt"]/p',
        note=(
            "The URL dates the story 2013-08-03 (the events are of Friday-Saturday night);"
            " the page prints only «28 آب/اغسطس 2013، آخر تحديث», so both are accepted."
        ),
    ),
    PageExpectation(
        file="html/assabah.com.tn/assabah_164913_interview.html",
        titles=(
            "الناشط الحقوقي السوداني خالد عبد الكريم ماسا لـ«الصباح»: "
            "كل الشروط متوفرة لثورة سودانية ولا حاجة لنستورد شيئا",
        ),
        published=(date(2019, 2, 8),),
        authors=("آسيا العتروس",),
        must_have=(
            "مالذي يحدث في السودان؟ والى أين يتجه البلد",
            "منذ بدء الحراك الشعبي في السودان احتجاجا على التردي",
            "كيف يمكن تقييم حصيلة ثلاثة عقود في ظل حكم البشير",
            "الصادق المهدي وجه من المعارضة وقد جاء وانضم الى التحرك",
            "التفكير في العلاقة بين الخرطوم وتل ابيب",
        ),
        must_not=(
            "غائم جزئيا",
            "إضافة تعليق جديد",
            "تجاوز إلى المحتوى الرئيسي",
            "يومية اخبارية سياسية جامعة",
            "محفوظة لـ دار الصباح - و يحظر نشر أو توزيع",
        ),
        body_xpath=(
            '//div[contains(@class,"field-item")]/p[not(starts-with(normalize-space(.), "حوار:"))]'
        ),
        note=(
            "The date is printed with the Tunisian month name «فيفري». trafilatura's own"
            " ground truth leaves author and date empty; the page prints «حوار: آسيا العتروس»"
            " and «الجمعة 8 فيفري 2019», so we expect them."
        ),
    ),
    PageExpectation(
        file="html/arabic.sputniknews.com/sputnik_202003171044893040.html",
        titles=("مصر تسجل 30 إصابة جديدة وحالتي وفاة بفيروس كورونا",),
        published=(date(2020, 3, 17),),
        authors=(),
        must_have=(
            "أعلنت وزارة الصحة والسكان المصرية، اليوم الثلاثاء، تسجيل 30 حالة جديدة",
            "وأوضح الدكتور خالد مجاهد، المتحدث الرسمي للوزارة",
            "وكشف مجاهد عن إجمالي عدد المصابين الذين تم تسجيلهم",
            "وصنفت منظمة الصحة العالمية يوم 11 مارس/ آذار",
            "معربة عن قلقها من احتمال تزايد المصابين بشكل كبير",
        ),
        must_not=(
            "سوف يتم مراجعة تعليقك من قبل المشرفين",
            "إذا كان التعليق لا يتفق مع محتوى المنشور",
            "تسجيل الدخول بحساب فيسبوك",
            "حواتمة: جائحة كورونا تؤجل انعقاد الحوار الفلسطيني الشامل",
            "هل نسيت كلمة السر",
        ),
        body_xpath=(
            '//div[contains(@class,"b-article__lead")]//p'
            ' | //div[contains(@class,"b-article__text")]/p'
        ),
    ),
    PageExpectation(
        file="html/akhbarelyom.com/akhbarelyom_3126898.html",
        titles=("36 عامًا.. سر رحيل نعيمة عاكف في سن مبكر",),
        published=(date(2020, 10, 7),),
        authors=("نورهان نبيل",),
        must_have=(
            "يصادف اليوم ذكرى ميلاد الفنانة نعيمة عاكف",
            "وما لا يعرفه الكثير عن نعيمة عاكف",
            "وشعرت نعيمة عاكف ببعض الألم أثناء عملها",
            "بعد رحلة مع مرض سرطان الأمعاء",
        ),
        must_not=(
            "رئيس مجلس الإدارة : أحمد جلال",
            "من حق الشعب أن يعرف",
            "يكبرها بـ10 سنوات..تفاصيل قصة حب كارمن سليمان",
            "الحقوق محفوظة لمؤسسة أخبار اليوم",
            "صور.. تطوير منظومة مراقبة تصرف محطات مياه الشرب بقنا",
        ),
        body_xpath='//div[contains(@class,"entry-content")]//p',
    ),
    PageExpectation(
        file="html/almadenahnews.com/almadenahnews_825076.html",
        titles=("أميركا :50 الفا حصيلة الوفيات بسبب فيروس كورونا",),
        published=(date(2020, 4, 24),),
        authors=(),
        must_have=(
            "بلغت حصيلة الوفيات الناجمة عن فيروس كورونا المستجدّ",
            "في حصيلة يومية شبه قياسية",
            "وفي بيانات نشرها مركز الجامعة",
            "خلال الساعات الأربع والعشرين الأخيرة",
        ),
        must_not=(
            "شارك هذا الخبر",
            "هكذا صلى النشامى وافطروا في الطرقات",
            "لا مانع من الإقتباس وإعادة النشر",
            "حالتان جديدتان مصابتان بفيروس كورونا في الاردن",
            "الموجز الاعلامي الصادر عن رئاسة الوزراء",
        ),
        body_xpath='//div[contains(@class,"main_article_body")]//p',
        note="«المدينة نيوز» and «بترا» credit the outlet and the agency, not a person.",
    ),
    PageExpectation(
        file="html/youm7.com/youm7_4943459.html",
        titles=(
            "وزير الرى يشهد توقيع عقد دراسة تحديد السحب الآمن للخزانات الجوفية مع جامعة القاهرة",
        ),
        published=(date(2020, 8, 24),),
        authors=("أسماء نصار",),
        must_have=(
            "شهد الدكتور محمد عبد العاطي وزير الموارد المائية والرى",
            "وكان الدكتور عبد العاطي قد التقى وفد من أساتذة",
            "تحديد المناطق ذات المخزون الجوفي الذي يسمح بتنمية مستدامة",
            "بذل المزيد من الجهد بالمرحلة الثانية للدراسة",
        ),
        must_not=(
            "اضف تعليقاً واقرأ تعليقات القراء",
            "لا توجد تعليقات على الخبر",
            "بروتوكول نشر التعليقات من اليوم السابع",
            "وزير الرى: لجنة إيراد النهر فى انعقاد مستمر",
            "الزمالك يرفض اعتذار وليد سليمان",
        ),
        body_xpath='//div[@id="articleBody"]/p',
        note="The byline is «كتبت أسماء نصار» (class writeBy).",
    ),
    PageExpectation(
        file="html/alyaum.com/alyaum_6291787.html",
        titles=("طهران تدفن «زادة».. وتتهم المعارضة الإيرانية باغتياله",),
        published=(date(2020, 12, 1), date(2020, 11, 30)),
        authors=("حسام أبو العلا",),
        must_have=(
            "وسط تهديدات إيرانية بالانتقام وتوعد إسرائيلي برد قاس",
            "ويرى سليمان أن إيران مرغمة على",
            "حتى تتمكن من تجنيد عشرات العملاء",
            "ستواصل منع إيران من امتلاك سلاح نووي",
        ),
        must_not=(
            "مسلحون يطلقون صواريخ على قواعد عسكرية أجنبية في مالي",
            "جميع الحقوق محفوظة لدار اليوم للصحافة والطباعة والنشر",
            "الرياض.. استخراج تصريح التنقل وقت المنع إلكترونيًا",
            "مودي في مرمى غضب مزارعي الهند",
        ),
        body_xpath='//article[@id="post-6291787"]//div[contains(@class,"font-grey")]',
        note=(
            "Published 2020-12-01T02:00+03:00, i.e. 2020-11-30 23:00 UTC. The byline is"
            " «حسام أبو العلا - القاهرة» (a place after the dash)."
        ),
    ),
    PageExpectation(
        file="html/beirutobserver.com/beirutobserver_2338761.html",
        titles=("سرقة منزل أميرة سعودية في باريس يضم أغراضاً فاخرة بقيمة 700 ألف دولار",),
        published=(date(2020, 11, 9),),
        authors=("Ziad Sankary",),
        must_have=(
            "أن خبراً يفيد بقيام لصوص بسرقة أغراض فاخرة",
            "وقال المصدر إن اللصوص على ما يبدو",
            "تضمَّنَت السرقة نحو 30 حقيبة من علامة هيرميس التجارية",
            "حيث تقع شقة الأميرة السعودية",
        ),
        must_not=(
            "موقع إخباري يتناول الشؤون اللبنانية والعربية والدولية",
            "مقالات مختارة",
            "جبران باسيل واستغباء أميركا",
            "All Rights Reserved - Beirut Observer",
        ),
        body_xpath='//div[contains(@class,"content-rules")]/p',
        note="The page credits the post to «Ziad Sankary» (vcard author and meta author).",
    ),
    PageExpectation(
        file="html/elbaladtv.net/elbaladtv_yousra_corona.html",
        titles=("تركى آل الشيخ بعد إصابة يسرا بكورونا: يارب يرفع عنك",),
        published=(date(2020, 12, 25), date(2020, 12, 24)),
        authors=("ضحى عرفة",),
        must_have=(
            "انتشر خبر خلال الساعات الأخيرة علي السوشيال ميديا",
            "إلا أن يسرا لم تثبت أو تنفي الأمر",
            "رئيس هيئة الترفيه بالسعودية إصابتها بوعكة صحية",
            "وإخراج سامح عبد العزيز",
        ),
        must_not=(
            "الإشراف العام : إلهام أبو الفتح",
            "لن يتم نشر عنوان بريدك الإلكتروني",
            "مؤتمر أخبار اليوم الاقتصادى انطلاقة نحو المستقبل",
            "قناة صدى البلد قناة مصرية ؛ انطلقت عام 2011",
            "تابع أخبار قناة صدي البلد وانضم الآن",
        ),
        body_xpath='//div[contains(@class,"content-inner")]/p',
        note=(
            "Printed «2020/12/25 - 1:59 صباحًا» (Cairo); the metadata says"
            " 2020-12-24T23:59:50+00:00, the same instant. Byline «كتب ضحى عرفة»."
        ),
    ),
    PageExpectation(
        file="html/albayan.ae/albayan_1.3874341.html",
        titles=("القائم بأعمال السفارة الأفغانية يثمّن جهود الإمارات",),
        published=(date(2020, 6, 3),),
        authors=(),
        must_have=(
            "ثمّن أحمد ساير داودزي، القائم بأعمال السفارة الأفغانية",
            "ودعا داودزي أبناء الجالية الأفغانية في الإمارات",
            "وحث جميع الأفغان المقيمين على أرض الدولة",
            "والحد من انتشاره والقضاء عليه",
        ),
        must_not=(
            "تابعوا أخبار الإمارات من البيان عبر غوغل نيوز",
            "هل تؤيد طرح تخصصات تعتمد التعلم عن بعد",
            "جميع الحقوق محفوظة © 2020 مؤسسة دبي للإعلام",
            "الفجر الشروق الظهر العصر المغرب العشاء",
        ),
        body_xpath='//div[@id="articledetails"]/p[not(contains(@class,"follow"))]',
        note="meta author «(أبوظبي - البيان)» is a dateline and the outlet, not a person.",
    ),
    PageExpectation(
        file="html/lbcgroup.tv/lbcgroup_2026_01_08.html",
        titles=("شعر وردي يُشعل السخرية… لغز لون شعر دونالد ترامب يربك الجمهور وخبير يشرح السبب",),
        published=(date(2026, 1, 8),),
        authors=(),
        must_have=(
            "أثار ظهور دونالد ترامب بشعرٍ مائل إلى اللون الوردي",
            "أن اللون الوردي قد يكون ناتجًا عن عملية",
            "مثل الخلفيات الحمراء أو الأعلام",
            "لا ينسجم إطلاقًا مع صورته المعتادة",
        ),
        must_not=(
            "شاهد أحدث البرامج وآخر المستجدات على شاشتك المفضلة",
            "في إعارة نادرة خارج هولندا",
            "زوّجهما ChatGPT وفرقتهما المحكمة",
            "حمل الآن تطبيق LBCI للهواتف المحمولة",
            "We use cookies to make your experience on this website better",
        ),
        body_xpath='//div[contains(@class,"LongDesc")]',
        note="meta author «LBCI» is the outlet; fundus expects no author either.",
    ),
)
"""The eleven HTML pages of the corpus, in ``MANIFEST.tsv`` order."""


@dataclass(frozen=True, slots=True, kw_only=True)
class TextExpectation:
    """The expected extraction of a plain-text page dump (arnews only: others take HTML)."""

    name: str
    """A short label for the table."""
    titles: tuple[str, ...]
    """Acceptable headlines."""
    authors: tuple[str, ...]
    """Expected author names."""
    must_have: tuple[str, ...]
    """Body snippets (≤ 12 words)."""
    must_not: tuple[str, ...]
    """Boilerplate snippets (≤ 12 words)."""


SEED: Final[TextExpectation] = TextExpectation(
    name="seed (Baladi News dump)",
    titles=('لقاء مغلق بين "قالن" و"جيفري وكرافت" بشأن سوريا في أنقرة',),
    authors=(),
    must_have=(
        "كشف بيان صادر عن مكتب المتحدث باسم الرئاسة التركية",
        "وأوضح البيان أن اللقاء جرى في المجمع الرئاسي",
        "وكان الوفد الأمريكي وصل إلى أنقرة أول أمس الاثنين",
    ),
    must_not=(
        "مقالات ذات صلة",
        "النرويج تحاكم شابة عملت مع تنظيم",
        "روسيا تستعيد 145 طفلا من سوريا والعراق",
        "It's Over 9000",
    ),
)
"""The seed article: a title line with a site suffix, the outlet line, body, related links."""


SAUDINEWSNET_AUTHORS: Final[dict[str, tuple[str, ...]]] = {
    "aawsat": ("رنيم حنوش",),
    "aleqtisadiya": (),
    "aljazirah": ("وسيلة الحلبي",),
    "almadina": ("عبدالرحيم الحدادي",),
    "alriyadh": (),
    "alwatan": ("محمد عبدالعظيم",),
    "alweeam": (),
    "alyaum": ("علي ضباح",),
    "arreyadi": (),
    "okaz": (),
    "sabq": (),
}
"""People named in each SaudiNewsNet record's ``author`` line, by ``source``.

The dataset's byline mixes places («لندن:»), outlets («الوئام», «سبق», «الرياضي»)
and agencies («رويترز», «واس»): only persons are authors.
"""
