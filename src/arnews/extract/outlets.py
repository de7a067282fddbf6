"""What the credit parts of a story's first line can name: data, not code.

A story's first line or the line under its headline credits it in a few recurring
forms («الرياض - واس:», «رام الله /وفا/», «صدى المدينة – حلب», «مسقط في 27 يناير 2026
/العُمانية/»). :mod:`arnews.extract.credits` cuts such a line into parts and names each
with the tables here (cities and agencies are in :mod:`arnews.extract.phrases`):

- words that make a name an outlet's («نيوز», «للأنباء», «شبكة»…), in Arabic and in
  Latin host names, and words that credit no one («متابعات», «خاص»);
- country names: a country is neither a dateline (a city) nor a source;
- how Arabic letters and Latin letters sound, to tell whether a name is the one the
  outlet's web address spells («صدى المدينة» ↔ ``sadaalmadina.net``).

Every Arabic entry is compared after :func:`arnews.normalize`; the data-integrity
test keeps them NFC, free of tatweel and unique after normalization.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

__all__ = [
    "COUNTRIES",
    "CREDIT_FILLERS",
    "LATIN_OUTLET_WORDS",
    "LATIN_SOUNDS",
    "LETTER_SOUNDS",
    "NOT_A_NAME_WORDS",
    "OUTLET_WORDS",
    "PHOTO_CREDITS",
]

OUTLET_WORDS: Final[frozenset[str]] = frozenset(
    {
        "نيوز",
        "نت",
        "برس",
        "بوست",
        "تايمز",
        "ميديا",
        "أونلاين",
        "للأنباء",
        "للأخبار",
        "الإخبارية",
        "الإخباري",
        "إخبارية",
        "أنباء",
        "وكالة",
        "شبكة",
        "موقع",
        "صحيفة",
        "جريدة",
        "مجلة",
        "إذاعة",
        "راديو",
        "قناة",
        "تلفزيون",
        "بوابة",
        "منصة",
        "مركز",
        "مرصد",
        "المرصد",
        "الموقع",
        "الصحيفة",
        "الجريدة",
        "المجلة",
        "الشبكة",
        "البوابة",
        "القناة",
    }
)
"""Words of an outlet's name («بلدي نيوز», «الوادي للأنباء», «شبكة الينابيع», «مركز نواذيبو»):
a credit part holding one names an outlet, not a person or a place."""

LATIN_OUTLET_WORDS: Final[tuple[str, ...]] = (
    "news",
    "press",
    "net",
    "online",
    "media",
    "post",
    "times",
    "today",
    "daily",
    "info",
    "center",
    "centre",
    "agency",
    "tv",
    "fm",
    "radio",
    "arabic",
    "ar",
)
"""Words of an outlet's web address around its name (``sadaalmadinanews``, ``riyadhdaily``,
``nouadhibou-center``), removed before the name is compared with a credit."""

CREDIT_FILLERS: Final[frozenset[str]] = frozenset(
    {
        "متابعات",
        "خاص",
        "رصد",
        "ترجمة",
        "تقارير",
        "في",
        "الموافق",
    }
)
"""Parts of a credit line that name no one («بنغازي – متابعات - صدى المدينة», «مسقط في
27 يناير»)."""

PHOTO_CREDITS: Final[frozenset[str]] = frozenset(
    {
        "خاص",
        "أرشيفية",
        "أرشيف",
        "صورة أرشيفية",
        "تعبيرية",
        "صورة تعبيرية",
        "Getty",
        "Getty Images",
        "EPA",
        "AP",
    }
)
"""Credits that close an image caption («… - خاص», «(صورة أرشيفية)», «(AFP)»; an agency's
name closes one too): a short line ending so is a caption, not a headline or text."""

NOT_A_NAME_WORDS: Final[frozenset[str]] = frozenset(
    {
        "نشر",
        "نشرت",
        "تحديث",
        "آخر تحديث",
        "إرسال",
        "بالإيميل",
        "بالبريد",
        "البريد",
        "طباعة",
        "مشاركة",
        "شارك",
        "تابعنا",
        "تابعونا",
        "تعليق",
        "تعليقات",
        "قراءة",
        "مشاهدة",
        "مشاهدات",
        "زيارة",
        "الزيارات",
        "تصوير",
        "منذ",
        "خلاصة",
        "ملخص",
        "أخبار",
        "الأخبار",
        "النسخة",
        "الورقية",
        "رابط",
        "مختصر",
        "المصدر",
        "الرئيسية",
        "عاجل",
        "اشترك",
        "اشتركوا",
        "انضم",
    }
)
"""Words of labels and widgets printed where a byline or a credit stands («نشرت في», «آخر
تحديث», «ارسال بالايميل», «تصوير فلان», «منذ ساعتين», «النسخة الورقية»): a part holding
one is neither an author nor a source."""

COUNTRIES: Final[frozenset[str]] = frozenset(
    {
        "مصر",
        "السعودية",
        "الإمارات",
        "قطر",
        "البحرين",
        "الكويت",
        "عمان",
        "سلطنة عمان",
        "اليمن",
        "العراق",
        "سوريا",
        "سورية",
        "لبنان",
        "الأردن",
        "فلسطين",
        "السودان",
        "ليبيا",
        "تونس",
        "الجزائر",
        "المغرب",
        "موريتانيا",
        "الصومال",
        "جيبوتي",
        "جزر القمر",
        "تركيا",
        "إيران",
        "روسيا",
        "أوكرانيا",
        "فرنسا",
        "ألمانيا",
        "بريطانيا",
        "أمريكا",
        "الولايات المتحدة",
        "الصين",
        "إسرائيل",
    }
)
"""Countries: a section label or a country in a credit line is not a city dateline (a
country is not where the story was filed). «الكويت», «تونس», «الجزائر» and «عمان» are
cities too: a part naming one is read as the city."""

LETTER_SOUNDS: Final[Mapping[str, str]] = {
    "ب": "b",
    "پ": "b",
    "ت": "t",
    "ث": "t",
    "ط": "t",
    "ج": "k",
    "چ": "k",
    "ق": "k",
    "ك": "k",
    "گ": "k",
    "غ": "k",
    "ح": "h",
    "خ": "h",
    "ه": "h",
    "د": "d",
    "ذ": "d",
    "ض": "d",
    "ر": "r",
    "ز": "z",
    "ظ": "z",
    "س": "s",
    "ش": "s",
    "ص": "s",
    "ف": "f",
    "ڤ": "f",
    "ل": "l",
    "م": "m",
    "ن": "n",
}
"""The consonant class of each Arabic letter, as Latin web addresses spell it (ج is «j»
or «g», ق «q», «k» or «g»: one class). Vowel letters, hamza, ع and ة have none."""

LATIN_SOUNDS: Final[Mapping[str, str]] = {
    "th": "t",
    "dh": "d",
    "sh": "s",
    "ch": "s",
    "kh": "h",
    "gh": "k",
    "ou": "",
    "b": "b",
    "p": "b",
    "t": "t",
    "d": "d",
    "j": "k",
    "g": "k",
    "q": "k",
    "k": "k",
    "c": "k",
    "h": "h",
    "r": "r",
    "z": "z",
    "s": "s",
    "f": "f",
    "v": "f",
    "l": "l",
    "m": "m",
    "n": "n",
}
"""The same classes for the letters of a web address (two-letter sounds first); vowels,
«w», «y» and «x» have none."""
