"""Time-zone names Arabic news writes after a clock time, with their UTC offsets.

Offsets are the current standard offsets in minutes. Daylight-saving time and
historical changes are not modelled: «بتوقيت القاهرة» is always +02:00.
«عمان» (after normalization, the same letters as «عُمان», Oman) is taken as Amman;
write «مسقط» or «سلطنة عمان» for Oman.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

__all__ = ["LOCAL_TIME", "ZONE_ABBREVIATIONS", "ZONE_INTRODUCERS", "ZONE_NAMES"]

ZONE_NAMES: Final[Mapping[str, int]] = {
    "غرينتش": 0,
    "غرينيتش": 0,
    "جرينتش": 0,
    "جرينيتش": 0,
    "قرينتش": 0,
    "غرنتش": 0,
    "مكة المكرمة": 180,
    "مكة": 180,
    "السعودية": 180,
    "الرياض": 180,
    "القاهرة": 120,
    "مصر": 120,
    "بيروت": 120,
    "لبنان": 120,
    "القدس": 120,
    "فلسطين": 120,
    "دمشق": 180,
    "سوريا": 180,
    "عمان": 180,
    "الأردن": 180,
    "بغداد": 180,
    "العراق": 180,
    "الدوحة": 180,
    "قطر": 180,
    "الكويت": 180,
    "المنامة": 180,
    "البحرين": 180,
    "صنعاء": 180,
    "اليمن": 180,
    "عدن": 180,
    "أبوظبي": 240,
    "أبو ظبي": 240,
    "دبي": 240,
    "الإمارات": 240,
    "مسقط": 240,
    "سلطنة عمان": 240,
    "الخرطوم": 120,
    "السودان": 120,
    "ليبيا": 120,
    "تونس": 60,
    "الجزائر": 60,
    "الرباط": 60,
    "المغرب": 60,
    "نواكشوط": 0,
    "موريتانيا": 0,
}
"""A place named after «بتوقيت» → its UTC offset in minutes."""

ZONE_ABBREVIATIONS: Final[Mapping[str, int]] = {
    "gmt": 0,
    "utc": 0,
    "ت غ": 0,
    "gst": 240,
    "ast": 180,
    "eet": 120,
    "eest": 180,
    "cet": 60,
    "cest": 120,
}
"""Abbreviations after a clock time (Latin ones case-insensitive; «ت.غ» is توقيت غرينتش;
``AST`` is Arabia Standard Time, as Arabic sites use it)."""

LOCAL_TIME: Final[frozenset[str]] = frozenset({"المحلي", "المحلية"})
"""«بالتوقيت المحلي»: a local time, so the result stays naive."""

ZONE_INTRODUCERS: Final[frozenset[str]] = frozenset({"توقيت", "بتوقيت", "التوقيت", "بالتوقيت"})
"""«time» (with «ب» «at» and «ال» «the») before a zone name or abbreviation
(«بتوقيت مكة المكرمة», «بتوقيت GMT»)."""
