"""Words that make dates relative or tell the time: weekdays, number words, relative
days, units of time, time-of-day markers, the labels printed before a stamp, and the
small words written around a date («يوم», «من شهر», «عام», «هـ», «الساعة» …).

Entries are NFC, without tatweel or diacritics, and are matched on text normalized by
:func:`arnews.normalization.normalize` (so «الإثنين» and «الاثنين», «غداً» and «غدا»
are one entry). A test checks the tables for duplicates after normalization.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Literal

__all__ = [
    "AGO_MARKERS",
    "AM_PM",
    "APPROXIMATORS",
    "CLOCK_PREPOSITIONS",
    "CONJUNCTIONS",
    "COUNT_CONTINUATIONS",
    "DATE_TIME_LINKS",
    "DAY_OFFSETS",
    "EQUIVALENCE_CLITICS",
    "EQUIVALENCE_MARKERS",
    "EXACTLY",
    "FIRST_OF_MONTH",
    "FUTURE_MARKERS",
    "GREGORIAN_ERA",
    "HIJRI_ERA",
    "HOUR_WORDS",
    "LABELS",
    "MONTH_WORDS",
    "NUMBER_ARTICLES",
    "NUMBER_WORDS",
    "OF_WORDS",
    "ORDINAL_DAYS",
    "ORDINAL_SUFFIXES",
    "PAST_MARKERS",
    "PERIOD_DEMONSTRATIVES",
    "PERIOD_OFFSETS",
    "PLURAL_UNITS",
    "THIS_MARKERS",
    "TODAY_BLOCKERS_AFTER",
    "TODAY_BLOCKERS_BEFORE",
    "UNITS",
    "WEEKDAYS",
    "WEEKDAY_INTRODUCERS",
    "YEAR_WORDS",
    "DayPart",
    "LabelKind",
    "Unit",
]

WEEKDAYS: Final[Mapping[str, int]] = {
    "الاثنين": 0,
    "الثلاثاء": 1,
    "الثلثاء": 1,
    "الأربعاء": 2,
    "الخميس": 3,
    "الجمعة": 4,
    "السبت": 5,
    "الأحد": 6,
}
"""Weekday names → :meth:`datetime.date.weekday` numbers (Monday = 0), with the
older spelling «الثلثاء»."""

ORDINAL_DAYS: Final[Mapping[str, int]] = {
    "غرة": 1,
    "الأول": 1,
    "الثاني": 2,
    "الثالث": 3,
    "الرابع": 4,
    "الخامس": 5,
    "السادس": 6,
    "السابع": 7,
    "الثامن": 8,
    "التاسع": 9,
    "العاشر": 10,
    "الحادي عشر": 11,
    "الثاني عشر": 12,
    "الثالث عشر": 13,
    "الرابع عشر": 14,
    "الخامس عشر": 15,
    "السادس عشر": 16,
    "السابع عشر": 17,
    "الثامن عشر": 18,
    "التاسع عشر": 19,
    "العشرين": 20,
    "الحادي والعشرين": 21,
    "الثاني والعشرين": 22,
    "الثالث والعشرين": 23,
    "الرابع والعشرين": 24,
    "الخامس والعشرين": 25,
    "السادس والعشرين": 26,
    "السابع والعشرين": 27,
    "الثامن والعشرين": 28,
    "التاسع والعشرين": 29,
    "الثلاثين": 30,
    "الحادي والثلاثين": 31,
}
"""Ordinal day words, as in «في الخامس من يونيو» or «غرة رمضان»; they are dates only
before «من» + a month name (or, for «غرة», before a month name)."""

DAY_OFFSETS: Final[Mapping[str, int]] = {
    "اليوم": 0,
    "أمس": -1,
    "الأمس": -1,
    "بالأمس": -1,
    "البارحة": -1,
    "أول أمس": -2,
    "أول من أمس": -2,
    "أمس الأول": -2,
    "غدا": 1,
    "يوم غد": 1,
    "بعد غد": 2,
}
"""Words for a day relative to the reference date → offset in days («غد» alone is not
listed: only «يوم غد» and «بعد غد» are dates; «الغد» is as often «the future»)."""

TODAY_BLOCKERS_AFTER: Final[frozenset[str]] = frozenset(
    {
        "السابع",
        "الوطني",
        "العالمي",
        "الدولي",
        "التالي",
        "الأول",
        "الثاني",
        "الثالث",
        "الرابع",
        "الخامس",
        "الأخير",
        "الذي",
        "التي",
        "نفسه",
        "ذاته",
        "الموعود",
        "المفتوح",
        "الدراسي",
        "الختامي",
        "الافتتاحي",
        "الموالي",
        "السابق",
        "العربي",
        "الخليجي",
        "القومي",
        "الأممي",
        "الإفريقي",
        "الأوروبي",
        "الأولمبي",
        "المشهود",
    }
)
"""Words after «اليوم» that make it not today: «اليوم السابع» (a newspaper), named days
(«اليوم الوطني», «اليوم العالمي لـ…», «اليوم العربي»), «في اليوم التالي», «اليوم الذي» …
Every ordinal of :data:`ORDINAL_DAYS` («اليوم العاشر من الحرب») blocks it too."""

NUMBER_ARTICLES: Final[frozenset[str]] = frozenset({"ال"})
"""The article glued to a number that makes it an ordinal («اليوم الـ15 للحرب»: the
15th day, not today)."""

TODAY_BLOCKERS_BEFORE: Final[frozenset[str]] = frozenset(
    {
        "روسيا",
        "أخبار",
        "مصر",
        "فلسطين",
        "الإمارات",
        "عمان",
        "العرب",
        "الجزائر",
        "البلاد",
        "مثل هذا",
        "ذلك",
        "نفس",
        "ذات",
    }
)
"""Words before «اليوم» that make it an outlet's name («روسيا اليوم», «أخبار اليوم» …),
an anniversary («في مثل هذا اليوم عام 1929») or a day already named («ذلك اليوم»,
«في نفس اليوم», «ذات اليوم»)."""

Unit = Literal["seconds", "minutes", "hours", "days", "weeks", "months", "years"]
"""A unit of time, named as a :class:`dateutil.relativedelta.relativedelta` argument."""

UNITS: Final[Mapping[str, tuple[Unit, int]]] = {
    "ثانية": ("seconds", 1),
    "ثوان": ("seconds", 1),
    "ثواني": ("seconds", 1),
    "ثانيتين": ("seconds", 2),
    "ثانيتان": ("seconds", 2),
    "دقيقة": ("minutes", 1),
    "دقائق": ("minutes", 1),
    "دقيقتين": ("minutes", 2),
    "دقيقتان": ("minutes", 2),
    "ساعة": ("hours", 1),
    "ساعات": ("hours", 1),
    "ساعتين": ("hours", 2),
    "ساعتان": ("hours", 2),
    "يوم": ("days", 1),
    "يوما": ("days", 1),
    "أيام": ("days", 1),
    "يومين": ("days", 2),
    "يومان": ("days", 2),
    "أسبوع": ("weeks", 1),
    "أسبوعا": ("weeks", 1),
    "أسابيع": ("weeks", 1),
    "أسبوعين": ("weeks", 2),
    "أسبوعان": ("weeks", 2),
    "شهر": ("months", 1),
    "شهرا": ("months", 1),
    "أشهر": ("months", 1),
    "شهور": ("months", 1),
    "شهرين": ("months", 2),
    "شهران": ("months", 2),
    "سنة": ("years", 1),
    "سنوات": ("years", 1),
    "سنين": ("years", 1),
    "سنتين": ("years", 2),
    "سنتان": ("years", 2),
    "عام": ("years", 1),
    "عاما": ("years", 1),
    "أعوام": ("years", 1),
    "عامين": ("years", 2),
    "عامان": ("years", 2),
}
"""A unit word → (unit, multiplier). Duals carry the 2 («يومين»); a singular alone
means one («منذ ساعة»). Plurals need a number before them («منذ ٣ أيام»)."""

PLURAL_UNITS: Final[frozenset[str]] = frozenset(
    {"ثوان", "ثواني", "دقائق", "ساعات", "أيام", "أسابيع", "أشهر", "شهور", "سنوات", "سنين", "أعوام"}
)
"""The plurals of :data:`UNITS`: without a number («منذ أيام») they are not a date."""

NUMBER_WORDS: Final[Mapping[str, int]] = {
    "واحد": 1,
    "ثلاث": 3,
    "ثلاثة": 3,
    "أربع": 4,
    "أربعة": 4,
    "خمس": 5,
    "خمسة": 5,
    "ست": 6,
    "ستة": 6,
    "سبع": 7,
    "سبعة": 7,
    "ثماني": 8,
    "ثمانية": 8,
    "ثمان": 8,
    "تسع": 9,
    "تسعة": 9,
    "عشر": 10,
    "عشرة": 10,
    "أحد عشر": 11,
    "إحدى عشرة": 11,
    "اثني عشر": 12,
    "اثنا عشر": 12,
    "اثنتي عشرة": 12,
    "اثنتا عشرة": 12,
    "عشرين": 20,
    "عشرون": 20,
    "ثلاثين": 30,
    "ثلاثون": 30,
    "أربعين": 40,
    "أربعون": 40,
    "خمسين": 50,
    "خمسون": 50,
    "ستين": 60,
    "ستون": 60,
    "سبعين": 70,
    "سبعون": 70,
    "مئة": 100,
    "مائة": 100,
}
"""Number words that count units of time («منذ ثلاثة أيام», «قبل عشرين عاما»)."""

PAST_MARKERS: Final[frozenset[str]] = frozenset(
    {
        "الماضي",
        "الماضية",
        "المنصرم",
        "المنصرمة",
        "الفائت",
        "الفائتة",
        "الفارط",
        "الفارطة",
        "المنقضي",
        "المنقضية",
        "السابق",
        "السابقة",
    }
)
"""Words after a weekday, month or period that put it in the past (the Maghreb's
«الفارط» too)."""

FUTURE_MARKERS: Final[frozenset[str]] = frozenset({"المقبل", "المقبلة", "القادم", "القادمة"})
"""Words after a weekday, month or period that put it in the future."""

THIS_MARKERS: Final[frozenset[str]] = frozenset({"الجاري", "الحالي", "الحالية", "الجارية"})
"""Words after a month that put it in the reference year («٣ يناير الجاري»), or after a
period that make it the reference's own («العام الجاري», «الشهر الحالي»)."""

PERIOD_DEMONSTRATIVES: Final[frozenset[str]] = frozenset({"هذا", "هذه", "لهذا", "لهذه"})
"""«this» before a period that makes it the reference's own («هذا العام», «لهذه السنة»)."""

AGO_MARKERS: Final[frozenset[str]] = frozenset({"منذ", "قبل"})
"""Words before a count of units that make it «… ago» (the count is subtracted)."""

PERIOD_OFFSETS: Final[Mapping[str, tuple[Unit, int]]] = {
    "الأسبوع": ("weeks", 1),
    "الشهر": ("months", 1),
    "العام": ("years", 1),
    "السنة": ("years", 1),
}
"""Periods that take a past or future marker («الأسبوع الماضي», «الشهر المقبل»)."""

DayPart = Literal["am", "pm", "noon", "night"]
"""What a time-of-day marker says of the hour before it."""

AM_PM: Final[Mapping[str, DayPart]] = {
    "ص": "am",
    "صباحا": "am",
    "صباح": "am",
    "فجرا": "am",
    "فجر": "am",
    "م": "pm",
    "مساء": "pm",
    "مساءا": "pm",
    "ظهرا": "noon",
    "ظهر": "noon",
    "بعد الظهر": "pm",
    "عصرا": "pm",
    "ليلا": "night",
    "am": "am",
    "a.m.": "am",
    "pm": "pm",
    "p.m.": "pm",
}
"""Time-of-day markers after a clock time → ``am``, ``pm``, ``noon`` (1–5 are afternoon)
or ``night`` (6–11 are evening, 12 is midnight). Latin ones match case-insensitively."""

LabelKind = Literal["published", "modified"]
"""What a label says the stamp after it is."""

LABELS: Final[Mapping[str, LabelKind]] = {
    "نشر في": "published",
    "نشر": "published",
    "تاريخ النشر": "published",
    "تم النشر": "published",
    "نشر بتاريخ": "published",
    "بتاريخ": "published",
    "published": "published",
    "آخر تحديث": "modified",
    "تاريخ التحديث": "modified",
    "تم التحديث": "modified",
    "حدث": "modified",
    "حدث في": "modified",
    "محدث": "modified",
    "محدثة": "modified",
    "updated": "modified",
}
"""Labels printed before a date stamp («نشر في: …», «آخر تحديث: …»). Matched on normalized
text, so «نُشر» and «حُدّث» are «نشر» and «حدث»."""

# ------------------------------------------------------------ words around a date

WEEKDAY_INTRODUCERS: Final[frozenset[str]] = frozenset({"يوم"})
"""Words that may stand before the weekday printed before a date («يوم الأربعاء 4 مارس»)."""

EQUIVALENCE_MARKERS: Final[frozenset[str]] = frozenset({"الموافق"})
"""Words between a weekday (or a Hijri date) and the date it corresponds to
(«الأربعاء الموافق 4 مارس»)."""

EQUIVALENCE_CLITICS: Final[frozenset[str]] = frozenset({"ل"})
"""One-letter prepositions glued to the date after :data:`EQUIVALENCE_MARKERS`
(«الموافق لـ10 يوليوز»)."""

MONTH_WORDS: Final[frozenset[str]] = frozenset({"شهر"})
"""The word «month» before a month name («5 من شهر مارس», «شهر رمضان 1441»)."""

OF_WORDS: Final[frozenset[str]] = frozenset({"من"})
"""«of» between a day and its month («الخامس من يونيو») or before «عام» («مارس من عام 2020»)."""

YEAR_WORDS: Final[frozenset[str]] = frozenset({"عام", "العام", "سنة"})
"""Words for «year» between a month and its year («مارس عام 2020»)."""

FIRST_OF_MONTH: Final[frozenset[str]] = frozenset({"غرة"})
"""Words for the first day that stand before a month name without «من» («غرة رمضان»)."""

ORDINAL_SUFFIXES: Final[frozenset[str]] = frozenset({"st", "nd", "rd", "th"})
"""English ordinal endings after a day number («4th November 2023»)."""

GREGORIAN_ERA: Final[frozenset[str]] = frozenset({"م", "ميلادي", "ميلادية", "للميلاد"})
"""Era marks after a Gregorian year («2020 م»)."""

HIJRI_ERA: Final[frozenset[str]] = frozenset({"ه", "هجري", "هجرية", "للهجرة"})
"""Era marks after a Hijri year («1441 هـ»: the tatweel is gone after normalization)."""

APPROXIMATORS: Final[frozenset[str]] = frozenset({"نحو", "حوالي", "قرابة"})
"""Words between «منذ» and a count that make it approximate («منذ نحو ثلاث ساعات»)."""

COUNT_CONTINUATIONS: Final[frozenset[str]] = frozenset({"و"})
"""Letters that, starting the word after a bare singular unit, continue the count
(«منذ ساعة ونصف») rather than naming what the unit is (not a date: «منذ يوم الجمعة»)."""

CONJUNCTIONS: Final[frozenset[str]] = frozenset({"و", "ف"})
"""One-letter conjunctions written glued to the next word («وأمس», «فاليوم»): a date
can start right after them."""

CLOCK_PREPOSITIONS: Final[frozenset[str]] = frozenset({"في", "عند", "على"})
"""Prepositions before «الساعة» and a clock time («عند الساعة 10:00», the Maghreb's
«على الساعة 18:45»)."""

EXACTLY: Final[frozenset[str]] = frozenset({"تمام"})
"""«exactly» before «الساعة» («في تمام الساعة العاشرة»)."""

HOUR_WORDS: Final[frozenset[str]] = frozenset({"ساعة", "الساعة"})
"""«o'clock» before a clock time («الساعة 10:00», «الساعة 10 مساء»)."""

DATE_TIME_LINKS: Final[frozenset[str]] = frozenset({"في", "at"})
"""Prepositions between a date and the clock time after it («4 مارس في 10:00», «Mar 3
23 at 09:10 PM»). («على» comes with «الساعة»: see :data:`CLOCK_PREPOSITIONS`.)"""
