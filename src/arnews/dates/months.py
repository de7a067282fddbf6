"""Month names: the Gregorian calendar in every naming system Arabic news uses, and Hijri.

Each table maps a spelling (NFC, no tatweel, no diacritics) to a month number
1–12. Spellings that differ only by hamza on alef, ى/ي or diacritics are *not*
listed twice: matching happens on text normalized by
:func:`arnews.normalization.normalize`, which unifies them. A test checks that
every table covers the twelve months and has no duplicates after normalization.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

__all__ = [
    "ALGERIAN_TUNISIAN",
    "EGYPTIAN_GULF",
    "GREGORIAN_SYSTEMS",
    "HAMZA_HOMOGRAPHS",
    "HIJRI",
    "LATIN",
    "LEVANTINE_IRAQI",
    "MOROCCAN",
]

EGYPTIAN_GULF: Final[Mapping[str, int]] = {
    "يناير": 1,
    "فبراير": 2,
    "مارس": 3,
    "أبريل": 4,
    "مايو": 5,
    "يونيو": 6,
    "يونيه": 6,
    "يوليو": 7,
    "يوليه": 7,
    "أغسطس": 8,
    "أغسطوس": 8,
    "سبتمبر": 9,
    "سيبتمبر": 9,
    "أكتوبر": 10,
    "أوكتوبر": 10,
    "نوفمبر": 11,
    "ديسمبر": 12,
}
"""Egypt, the Gulf, Sudan, Yemen (from English): يناير … ديسمبر."""

LEVANTINE_IRAQI: Final[Mapping[str, int]] = {
    "كانون الثاني": 1,
    "كانون ثاني": 1,
    "شباط": 2,
    "آذار": 3,
    "نيسان": 4,
    "أيار": 5,
    "حزيران": 6,
    "تموز": 7,
    "آب": 8,
    "أيلول": 9,
    "تشرين الأول": 10,
    "تشرين أول": 10,
    "تشرين الثاني": 11,
    "تشرين ثاني": 11,
    "كانون الأول": 12,
    "كانون أول": 12,
}
"""Syria, Lebanon, Jordan, Palestine, Iraq (Syriac names): كانون الثاني … كانون الأول."""

ALGERIAN_TUNISIAN: Final[Mapping[str, int]] = {
    "جانفي": 1,
    "فيفري": 2,
    "مارس": 3,
    "أفريل": 4,
    "ماي": 5,
    "جوان": 6,
    "جويلية": 7,
    "جويليه": 7,
    "أوت": 8,
    "سبتمبر": 9,
    "أكتوبر": 10,
    "نوفمبر": 11,
    "ديسمبر": 12,
}
"""Algeria and Tunisia (from French): جانفي، فيفري، أفريل، جوان، جويلية، أوت …"""

MOROCCAN: Final[Mapping[str, int]] = {
    "يناير": 1,
    "فبراير": 2,
    "مارس": 3,
    "أبريل": 4,
    "ماي": 5,
    "يونيو": 6,
    "يوليوز": 7,
    "غشت": 8,
    "شتنبر": 9,
    "أكتوبر": 10,
    "نونبر": 11,
    "دجنبر": 12,
}
"""Morocco: يناير، ماي، يوليوز، غشت، شتنبر، نونبر، دجنبر …"""

LATIN: Final[Mapping[str, int]] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}
"""English names and abbreviations (lower case; matched case-insensitively), as in
``Wed, 04 Mar 2020`` meta values."""

GREGORIAN_SYSTEMS: Final[Mapping[str, Mapping[str, int]]] = {
    "egyptian_gulf": EGYPTIAN_GULF,
    "levantine_iraqi": LEVANTINE_IRAQI,
    "algerian_tunisian": ALGERIAN_TUNISIAN,
    "moroccan": MOROCCAN,
    "latin": LATIN,
}
"""Every Gregorian naming system by name. A spelling shared by two systems
(«مارس», «أكتوبر») always names the same month."""

HIJRI: Final[Mapping[str, int]] = {
    "محرم": 1,
    "المحرم": 1,
    "صفر": 2,
    "ربيع الأول": 3,
    "ربيع أول": 3,
    "ربيع الآخر": 4,
    "ربيع الثاني": 4,
    "ربيع ثاني": 4,
    "جمادى الأولى": 5,
    "جمادى الأول": 5,
    "جمادى الآخرة": 6,
    "جمادى الآخر": 6,
    "جمادى الثانية": 6,
    "رجب": 7,
    "شعبان": 8,
    "رمضان": 9,
    "شوال": 10,
    "ذو القعدة": 11,
    "ذي القعدة": 11,
    "ذو الحجة": 12,
    "ذي الحجة": 12,
}
"""Hijri (lunar) months, with the genitive ذي and the variants of ربيع/جمادى."""

HAMZA_HOMOGRAPHS: Final[Mapping[str, str]] = {"آب": "أب"}
"""Month names that normalize to the letters of a common word spelled with another
alef: the month as written → the word («آب», August; «أب», father). The first letter as
written tells them apart: the month's own («آ») or the bare one («اب») is the month;
a hamza («أب» father, «إب» the Yemeni city) is the word."""
