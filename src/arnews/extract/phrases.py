"""Arabic news vocabulary the extraction engine matches: data, not code.

Phrases are written as pages print them; the engine compares them with
:func:`arnews.normalize` applied to both sides (``"search"`` preset), so one
spelling covers أ/إ/ا, ى/ي, diacritics and tatweel. A data-integrity test keeps
every entry NFC, free of tatweel, and unique after normalization.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

__all__ = [
    "AGENCIES",
    "AGENCY_END",
    "AUTHOR_PREFIXES",
    "BOILERPLATE_CONTAINS",
    "BOILERPLATE_EXACT",
    "BOILERPLATE_PREFIXES",
    "COMMENT_POLICY_WORDS",
    "CONJUNCTION_PREFIXES",
    "DATE_LABELS",
    "DATE_PREFIXES",
    "DEFINITE_ARTICLE",
    "END_MARKERS",
    "FEMININE_PLURAL",
    "FREQUENT_PARTICLES",
    "FULL_STOPS",
    "FUNCTION_WORDS",
    "GLUED_PREFIXES",
    "LEAD_TIME_WORDS",
    "MASTHEAD",
    "PLACES",
    "PREPOSITION_PREFIXES",
    "PROSE_ENDS",
    "READ_MORE",
    "RELATED_HEADINGS",
    "SENTENCE_ENDS",
    "SOURCE_LABELS",
    "SPACED_TATWEEL",
    "TODAY_WORDS",
    "UPDATE_LABELS",
]

RELATED_HEADINGS: Final[frozenset[str]] = frozenset(
    {
        "مقالات ذات صلة",
        "أخبار ذات صلة",
        "مواضيع ذات صلة",
        "مقالات متعلقة",
        "أخبار متعلقة",
        "مواضيع متعلقة",
        "اقرأ أيضاً",
        "شاهد أيضاً",
        "اقرأ المزيد",
        "قد يهمك أيضاً",
        "أخبار تهمك",
        "مقالات أخرى",
        "أخبار مقترحة",
        "المزيد من الأخبار",
        "موضوعات ذات صلة",
        "ذات صلة",
        "اقرأ/ي أيضاً",
        "اقرأي أيضاً",
        "طالع أيضاً",
        "شاهد المزيد",
        "لا يفوتك",
        "Related posts",
        "Related articles",
        "Read also",
        "Read more",
    }
)
"""Headings that introduce a list of related-article links (kept as
:attr:`arnews.Article.related`); any block starting with one is boilerplate."""

BOILERPLATE_PREFIXES: Final[frozenset[str]] = frozenset(
    {
        "الأكثر قراءة",
        "الأكثر مشاهدة",
        "الأكثر تداولاً",
        "آخر الأخبار",
        "شارك هذا الخبر",
        "شارك هذا المقال",
        "شارك الخبر",
        "شارك المقال",
        "تابعونا على",
        "تابعنا على",
        "تابعوا آخر",
        "انضم إلى قناتنا",
        "انضموا إلى قناتنا",
        "جميع الحقوق محفوظة",
        "الحقوق محفوظة",
        "رئيس التحرير",
        "رئيس مجلس الإدارة",
        "الإشراف العام",
        "إضافة تعليق",
        "أضف تعليقك",
        "أضف تعليق",
        "اترك تعليقاً",
        "تم إضافة تعليقك",
        "كلمات دلالية",
        "الكلمات الدلالية",
        "الوسوم",
        "وسوم",
        "اضافة اعلان",
        "أكمل القراءة",
        "للمزيد من الأخبار",
        "حمّل تطبيق",
        "اشترك في النشرة",
        "اشترك الآن",
        "زر الذهاب إلى الأعلى",
        "حجم الخط",
        "تاريخ النشر",
        "آخر تحديث",
        "مقال مؤرشف",
        "هذا الموقع يستخدم",
        "لن يتم نشر عنوان بريدك",
        "الحقول الإلزامية مشار إليها",
        "شاهد كل النتائج",
        "لا يوجد نتائج",
        "مدير التحرير",
        "تشاهدون الآن",
        "انضم الى ملايين المتابعين",
        "طباعة المقال",
        "قد يعجبك أيضا",
        "شارك برأيك",
        "تابعوا أخبار",
        "سجل الدخول",
        "تسجيل الدخول",
        "النشرة البريدية",
        "اخترنا لك",
        "مواضيع قد تهمك",
        "أخبار ذات علاقة",
        "الآراء الواردة",
        # Paywall and archive notices.
        "هذا المقال مؤرشف",
        "هذا المقال متاح للمشتركين",
        "هذا المحتوى متاح للمشتركين",
        "هذا المحتوى حصري للمشتركين",
        "للاطلاع على المقال كاملاً",
        "لقراءة المقال كاملاً",
        "يتوجب عليك الاشتراك",
        # Prompts for a video or a gallery the dump does not hold.
        "مزيد من التفاصيل في الفيديو",
        "المزيد من التفاصيل في الفيديو",
        "شاهد الفيديو",
        "شاهد بالفيديو",
        "شاهد الصور",
        "رابط الفيديو",
        "تابع قراءة",
        "تابع القراءة",
        # Invitations to follow the outlet elsewhere.
        "اشترك في قناة",
        "اشتركوا في قناة",
        "انضم إلى قناة",
        "تابعوا قناة",
        "Share this Article",
        "Copyright",
    }
)

GLUED_PREFIXES: Final[frozenset[str]] = frozenset(
    {
        "الموضوع التالي",
        "الموضوع السابق",
        "الموضوع الموالي",
        "المقال التالي",
        "المقال السابق",
        "المقالة التالية",
        "المقالة السابقة",
        "الخبر التالي",
        "الخبر السابق",
        "المقال الموالي",
    }
)
"""Links to the previous and next story («المقال السابقالحكومة تقر الموازنة …»): a line
starting with one is boilerplate even when the link text is glued to the phrase."""
"""A block or line that *starts with* one of these is boilerplate."""

BOILERPLATE_EXACT: Final[frozenset[str]] = frozenset(
    {
        "مشاركة",
        "إعلان",
        "إعلانات",
        "طباعة",
        "المصدر",
        "بحث",
        "التعليق",
        "شارك",
        "تويتر",
        "فيسبوك",
        "واتساب",
        "تلجرام",
        "الرئيسية",
        "عاجل",
        "ads",
        "Advertisement",
        "placeholder",
        "Loader",
        "البث المباشر",
        "الاشعارات",
        "المزيد",
        "تعليقات",
        "التعليقات",
    }
)
"""A block or line that *is* one of these (punctuation aside) is boilerplate."""

BOILERPLATE_CONTAINS: Final[frozenset[str]] = frozenset(
    {
        "جميع الحقوق محفوظة",
        "الحقوق محفوظة لموقع",
        "تابعونا على",
    }
)
"""A *short* block (a dozen words or fewer) containing one of these is boilerplate."""

COMMENT_POLICY_WORDS: Final[frozenset[str]] = frozenset(
    {
        "تعليق",
        "التعليق",
        "تعليقات",
        "التعليقات",
        "المستخدم",
        "المستخدمين",
    }
)
"""Words of the comment rules many outlets print under the story («يتم حذف تعليق
المستخدم إذا …»): a block using one weighs less when the main text is looked for."""

END_MARKERS: Final[frozenset[str]] = frozenset(
    {
        "مقالات ذات صلة",
        "أخبار ذات صلة",
        "مواضيع ذات صلة",
        "مقالات متعلقة",
        "أخبار متعلقة",
        "موضوعات ذات صلة",
        "شارك هذا الخبر",
        "شارك هذا المقال",
        "اترك تعليقاً",
        "إضافة تعليق",
        "أضف تعليقك",
        "تم إضافة تعليقك",
        "الأكثر قراءة",
        "كلمات دلالية",
        "مقالات أخرى",
        "أخبار تهمك",
    }
)
"""In a text dump, a line starting with one of these ends the story."""

AGENCY_END: Final[tuple[str, ...]] = ("انتهى", "النهاية")
"""The words news agencies close a dispatch with, set off by slashes or parentheses
(«// انتهى //», «(انتهى)», «انتهى/25», «(النهاية) ع ن / س ع»): the story ends there and
what follows (the agency's codes, a clock, a URL) is not text."""

AUTHOR_PREFIXES: Final[tuple[str, ...]] = (
    "بقلم",
    "كتب",
    "كتبت",
    "كتبه",
    "إعداد",
    "تقرير",
    "حوار",
    "حاوره",
    "حاورته",
    "حاورها",
    "المتابعة",
    "متابعة",
    "تغطية صحفية",
    "تحرير",
    "بواسطة",
    "الكاتب",
    "المحرر",
    "By",
)
"""Words printed before an author's name, removed from bylines (longest match first)."""

DATE_PREFIXES: Final[tuple[str, ...]] = (
    "نشر في",
    "نشر بتاريخ",
    "تاريخ النشر",
    "آخر تحديث",
    "تم التحديث",
    "تحديث",
    "نشر",
    "بتاريخ",
)
"""Words printed before a date stamp, removed before the stamp is parsed."""

DATE_LABELS: Final[frozenset[str]] = frozenset(
    {"نشر في", "نشر بتاريخ", "تاريخ النشر", "تم النشر", "تم نشره"}
)
"""Labels that mark a line as the page's own publication stamp (stronger than an unlabelled
date line, which may be a «today» widget)."""

UPDATE_LABELS: Final[frozenset[str]] = frozenset(
    {"آخر تحديث", "تم التحديث", "تاريخ التحديث", "محدث في", "تحديث"}
)
"""Labels that mark the page's own update stamp («آخر تحديث: …»)."""

FUNCTION_WORDS: Final[frozenset[str]] = frozenset(
    {
        "في",
        "من",
        "على",
        "إلى",
        "عن",
        "مع",
        "بعد",
        "قبل",
        "حول",
        "بين",
        "خلال",
        "أمام",
        "منذ",
        "لا",
        "لم",
        "لن",
        "قد",
        "ما",
        "أن",
        "هل",
        "التي",
        "الذي",
    }
)
"""Particles and prepositions: a long line without any of them (and without punctuation)
is a navigation menu, not a headline."""

PLACES: Final[frozenset[str]] = frozenset(
    {
        # Capitals and big cities that datelines and bylines name.
        "القاهرة",
        "الإسكندرية",
        "الرياض",
        "جدة",
        "الدمام",
        "مكة المكرمة",
        "المدينة المنورة",
        "أبوظبي",
        "دبي",
        "الشارقة",
        "الدوحة",
        "الكويت",
        "المنامة",
        "مسقط",
        "صنعاء",
        "عدن",
        "تعز",
        "بغداد",
        "البصرة",
        "أربيل",
        "الموصل",
        "دمشق",
        "حلب",
        "إدلب",
        "حمص",
        "بيروت",
        "طرابلس",
        "صيدا",
        "عمان",
        "القدس",
        "رام الله",
        "غزة",
        "الخليل",
        "نابلس",
        "الخرطوم",
        "بورتسودان",
        "بورت سودان",
        "تونس",
        "صفاقس",
        "الجزائر",
        "وهران",
        "الرباط",
        "الدار البيضاء",
        "مراكش",
        "نواكشوط",
        "بنغازي",
        "مصراتة",
        "أنقرة",
        "إسطنبول",
        "طهران",
        "موسكو",
        "لندن",
        "باريس",
        "برلين",
        "جنيف",
        "بروكسل",
        "واشنطن",
        "نيويورك",
        "بكين",
        # Further Arab capitals and cities datelines name.
        "مقديشو",
        "هرجيسا",
        "كيسمايو",
        "جيبوتي",
        "نواذيبو",
        "الحديدة",
        "مأرب",
        "المكلا",
        "صعدة",
        "ذمار",
        "سيئون",
        "النجف",
        "كربلاء",
        "كركوك",
        "السليمانية",
        "دهوك",
        "الرمادي",
        "الفلوجة",
        "الناصرية",
        "اللاذقية",
        "طرطوس",
        "دير الزور",
        "الرقة",
        "الحسكة",
        "القامشلي",
        "درعا",
        "السويداء",
        "حماة",
        "منبج",
        "عفرين",
        "جرابلس",
        "جنين",
        "طولكرم",
        "بيت لحم",
        "أريحا",
        "رفح",
        "خان يونس",
        "قلقيلية",
        "النبطية",
        "زحلة",
        "بعلبك",
        "الزرقاء",
        "إربد",
        "العقبة",
        "الكرك",
        "المفرق",
        "بورسعيد",
        "السويس",
        "الإسماعيلية",
        "أسوان",
        "الأقصر",
        "أسيوط",
        "المنيا",
        "طنطا",
        "المنصورة",
        "الزقازيق",
        "العريش",
        "شرم الشيخ",
        "الغردقة",
        "دمياط",
        "سوهاج",
        "بني سويف",
        "الفيوم",
        "مرسى مطروح",
        "سبها",
        "سرت",
        "درنة",
        "طبرق",
        "الزاوية",
        "أجدابيا",
        "قسنطينة",
        "عنابة",
        "سطيف",
        "البليدة",
        "تلمسان",
        "بجاية",
        "تيزي وزو",
        "ورقلة",
        "غرداية",
        "بسكرة",
        "سوسة",
        "القيروان",
        "بنزرت",
        "قابس",
        "نابل",
        "المنستير",
        "قفصة",
        "فاس",
        "طنجة",
        "أكادير",
        "مكناس",
        "وجدة",
        "تطوان",
        "العيون",
        "القنيطرة",
        "آسفي",
        "بني ملال",
        "الناظور",
        "الحسيمة",
        "أم درمان",
        "ود مدني",
        "كسلا",
        "الفاشر",
        "نيالا",
        "الظهران",
        "الطائف",
        "تبوك",
        "أبها",
        "جازان",
        "نجران",
        "حائل",
        "بريدة",
        "القطيف",
        "الأحساء",
        "ينبع",
        "خميس مشيط",
        "عجمان",
        "رأس الخيمة",
        "الفجيرة",
        "أم القيوين",
        "صلالة",
        "صحار",
        "نزوى",
        "الجهراء",
        "الأحمدي",
        "حولي",
        "المحرق",
        "الريان",
        "الوكرة",
        "غازي عنتاب",
        "أنطاكية",
        # Capitals and cities abroad that datelines name.
        "كييف",
        "مينسك",
        "روما",
        "مدريد",
        "لشبونة",
        "فيينا",
        "أثينا",
        "ستوكهولم",
        "أوسلو",
        "كوبنهاغن",
        "أمستردام",
        "لاهاي",
        "وارسو",
        "بودابست",
        "براغ",
        "بلغراد",
        "صوفيا",
        "بوخارست",
        "نيقوسيا",
        "إسلام آباد",
        "كابول",
        "نيودلهي",
        "طوكيو",
        "سيول",
        "بانكوك",
        "جاكرتا",
        "كوالالمبور",
        "أوتاوا",
        "نيروبي",
        "أديس أبابا",
        "أسمرة",
        "جوبا",
        "داكار",
        "باماكو",
        "نيامي",
        "أبوجا",
        "تبليسي",
        "باكو",
        "يريفان",
        "طشقند",
    }
)
"""Places that open datelines and bylines («لندن: رنيم حنوش», «عبدالرحيم الحدادي -
المدينة المنورة»): in a byline they are neither authors nor sources."""

AGENCIES: Final[Mapping[str, str]] = {
    "وكالات": "وكالات",
    "الوكالات": "وكالات",
    "رويترز": "رويترز",
    "الأناضول": "الأناضول",
    "وكالة الأناضول": "الأناضول",
    "بترا": "بترا",
    "سانا": "سانا",
    "أ ف ب": "أ ف ب",
    "أ.ف.ب": "أ ف ب",
    "فرانس برس": "أ ف ب",
    "وكالة فرانس برس": "أ ف ب",
    "أ ب": "أ ب",
    "أسوشيتد برس": "أ ب",
    "د ب أ": "د ب أ",
    "واس": "واس",
    "وام": "وام",
    "قنا": "قنا",
    "كونا": "كونا",
    "بنا": "بنا",
    "واج": "واج",
    "وات": "وات",
    "سبوتنيك": "سبوتنيك",
    "شينخوا": "شينخوا",
    "الوكالة الوطنية": "الوكالة الوطنية للإعلام",
    "الوكالة الوطنية للإعلام": "الوكالة الوطنية للإعلام",
    "أ ش أ": "أ ش أ",
    "وكالة أنباء الشرق الأوسط": "أ ش أ",
    # The national agencies of the Arab world, by their short name and their full one.
    "وكالة أنباء الإمارات": "وام",
    "وكالة الأنباء القطرية": "قنا",
    "وكالة الأنباء الكويتية": "كونا",
    "وكالة أنباء البحرين": "بنا",
    "وكالة الأنباء السعودية": "واس",
    "سبأ": "سبأ",
    "وكالة سبأ": "سبأ",
    "وكالة الأنباء اليمنية": "سبأ",
    "وكالة الأنباء الأردنية": "بترا",
    "العمانية": "العمانية",
    "وكالة الأنباء العمانية": "العمانية",
    "واع": "واع",
    "وكالة الأنباء العراقية": "واع",
    "وال": "وال",
    "وكالة الأنباء الليبية": "وال",
    "وفا": "وفا",
    "وكالة الأنباء الفلسطينية": "وفا",
    "سونا": "سونا",
    "وكالة السودان للأنباء": "سونا",
    "و م ع": "و م ع",
    "لاماب": "و م ع",
    "وكالة المغرب العربي للأنباء": "و م ع",
    "وكالة الأنباء الجزائرية": "واج",
    "وكالة تونس أفريقيا للأنباء": "وات",
    "الوكالة العربية السورية للأنباء": "سانا",
    "الوكالة الموريتانية للأنباء": "الوكالة الموريتانية للأنباء",
    "إرنا": "إرنا",
    "يو بي آي": "يو بي آي",
    "إفي": "إفي",
    "Reuters": "رويترز",
    "AFP": "أ ف ب",
    "AP": "أ ب",
    "dpa": "د ب أ",
    "WAM": "وام",
    "QNA": "قنا",
    "KUNA": "كونا",
    "BNA": "بنا",
    "SPA": "واس",
    "MAP": "و م ع",
    "APS": "واج",
    "TAP": "وات",
    "SANA": "سانا",
    "MENA": "أ ش أ",
    "Petra": "بترا",
    "ONA": "العمانية",
    "INA": "واع",
    "LANA": "وال",
    "NNA": "الوكالة الوطنية للإعلام",
    "WAFA": "وفا",
    "Anadolu": "الأناضول",
    "Xinhua": "شينخوا",
    "Sputnik": "سبوتنيك",
}
"""News agencies as written in bylines and datelines → the name arnews reports in
:attr:`arnews.Article.source`."""

# ------------------------------------------------------------- word shapes and marks

DEFINITE_ARTICLE: Final = "ال"
"""The definite article: a byline piece starting with it («الحد الجنوبي», «الجزيرة») names
a place or an outlet, not a person."""

FEMININE_PLURAL: Final = "ات"
"""The sound feminine plural ending of section names in a menu («اقتصاديات دوليات»)."""

SPACED_TATWEEL: Final = " \u0640 "
"""A tatweel standing alone between spaces: a dash («علي ضباح ـ الحد الجنوبي»). Written
as an escape: the character is invisible on its own."""

SENTENCE_ENDS: Final[tuple[str, ...]] = (".", "؟", "!", "…", ".»", '."', "»", '"')
"""How a line that is a sentence ends (a short line ending so is a paragraph)."""

FULL_STOPS: Final[tuple[str, ...]] = (".", "؟", "…", ".»", '."')
"""How a finished sentence ends (the story begins at the first line that ends so)."""

CONJUNCTION_PREFIXES: Final[tuple[str, ...]] = ("و", "ف")
"""Conjunctions written as one word with the next («والتعليق», «فالتعليقات»)."""

PREPOSITION_PREFIXES: Final[tuple[str, ...]] = ("ب", "ل")
"""Prepositions written as one word with the next («بالتعليق», «للمستخدمين»)."""

FREQUENT_PARTICLES: Final[tuple[str, ...]] = ("في", "من", "على", "إلى", "أن")
"""Particles nearly every Arabic text uses: bytes decoded with the right Arabic code page
show them (and the definite article), the wrong one does not."""

PROSE_ENDS: Final[tuple[str, ...]] = (".", "؟", "!")
"""How a short block of prose ends (a sub-heading or a menu entry does not)."""

TODAY_WORDS: Final[tuple[str, ...]] = ("اليوم", "يومه")
"""«Today» as a story's lead names it before the day it is written («أفادت الوزارة اليوم
الأحد 21 نوفمبر 2021», Moroccan «يومه الخميس …»): that day is the publication date."""

LEAD_TIME_WORDS: Final[frozenset[str]] = frozenset(
    {"اليوم", "يوم", "أمس", "مساء", "صباح", "ظهر", "فجر", "ليلة"}
)
"""Time words a story's first sentence sets off with a comma («نفت الوزارة، اليوم السبت،
…»): a line reading so is the lead, not a headline."""

MASTHEAD: Final[frozenset[str]] = frozenset(
    {"رئيس التحرير", "رئيس مجلس الإدارة", "مدير التحرير", "المدير العام", "الإشراف العام"}
)
"""The masthead printed at the top of a page: paragraphs above it that the story follows
are teasers of other stories."""

SOURCE_LABELS: Final[frozenset[str]] = frozenset({"المصدر", "مصدر الخبر", "نقلاً عن"})
"""Labels of a line naming the story's source («المصدر: "أنباء الخليج"»)."""

READ_MORE: Final[frozenset[str]] = frozenset(
    {
        "تابع قراءة",
        "تابع القراءة",
        "أكمل القراءة",
        "اقرأ المزيد",
        "قراءة المزيد",
        "المزيد",
    }
)
"""A «read more» link after a teaser's ellipsis («… تابع قراءة TITLE»): the line is cut
there."""
