"""Credit lines and datelines: each part named by a table, the outlet told by its address.

The lines are written for the test in the forms Arabic news shares (an agency dateline,
an outlet crediting itself, a reporter beside a city), never copied from a page.
"""

from __future__ import annotations

import pytest

from arnews.extract.credits import Credit, read_credit_line, read_dateline
from arnews.extract.sitename import Outlet

NO_SITE = Outlet()


@pytest.mark.parametrize(
    ("paragraph", "place", "source"),
    [
        ("المنامة - واس: أعلن وزير المالية عن موازنة جديدة للعام المقبل.", "المنامة", "واس"),
        ("عدن- سبأ : افتتح وزير الصحة مستشفى جديدا في المدينة.", "عدن", "سبأ"),
        ("الزرقاء - (بترا) - افتتح الوزير معرضا للكتاب في المدينة.", "الزرقاء", "بترا"),
        ("القاهرة /أ ش أ/ أعلنت الوزارة عن خطة جديدة للنقل.", "القاهرة", "أ ش أ"),
        ("الحسكة - سانا: قال مسؤول محلي إن المياه عادت إلى الأحياء.", "الحسكة", "سانا"),
        ("القاهرة: ارتفع عدد الزوار إلى المتحف خلال الأسبوع الماضي.", "القاهرة", None),
        ("بيروت، لبنان (وكالات) -- قال الوزير إن الحكومة مستمرة.", "بيروت، لبنان", "وكالات"),
    ],
)
def test_agency_datelines(paragraph: str, place: str, source: str | None) -> None:
    """City and agency of the dateline forms the wire services share."""
    credit = read_dateline(paragraph, NO_SITE)
    assert (credit.place, credit.source) == (place, source)


@pytest.mark.parametrize(
    ("paragraph", "place", "source", "day"),
    [
        ("مصراتة 3 مارس 2016 (وال)- أعلن المجلس المحلي عن خطة.", "مصراتة", "وال", 3),
        ("مسقط في 27 يناير 2026 /العمانية/ أكدت الوزارة نمو القطاع.", "مسقط", "العمانية", 27),
        ("طرابلس 19 أغسطس 2018 م واس جدد المجلس الرئاسي دعوته للحوار.", "طرابلس", "واس", 19),
    ],
)
def test_agency_datelines_with_their_date(
    paragraph: str, place: str, source: str, day: int
) -> None:
    """A date written in full inside the dateline is read with it."""
    credit = read_dateline(paragraph, NO_SITE)
    assert (credit.place, credit.source) == (place, source)
    assert credit.date is not None
    assert credit.date.day == day


@pytest.mark.parametrize(
    "paragraph",
    [
        "القاهرة تستضيف القمة العربية الأسبوع المقبل بحضور القادة.",
        "وزير الصحة أمام مجلس الشورى: تجاوزنا مرحلة الخطر.",
        "قال الوزير إن الحكومة مستمرة في عملها.",
        "ذكرت «وكالة الأنباء الكويتية» (كونا) أمس أن المجلس وافق.",
    ],
)
def test_sentences_are_not_datelines(paragraph: str) -> None:
    """A sentence opening with a city, a speaker or an agency it quotes names no dateline."""
    assert read_dateline(paragraph, NO_SITE) == Credit()


def test_outlet_crediting_itself_is_the_source_not_a_place() -> None:
    """«NAME:» where the web address spells NAME is the outlet, even when NAME is a city."""
    credit = read_dateline(
        "الرياض : شهدت الأسواق إقبالا كبيرا هذا الأسبوع.", Outlet.of("https://riyadhdaily.example/")
    )
    assert (credit.place, credit.source) == (None, "الرياض")
    credit = read_dateline("الموقع نيوز: ارتفعت الأسعار في السوق المحلية.", NO_SITE)
    assert (credit.place, credit.source) == (None, "الموقع نيوز")


@pytest.mark.parametrize(
    ("line", "url", "expected"),
    [
        ("بوابة المدينة – حلب", None, ("حلب", "بوابة المدينة", ())),
        ("الرائد – حلب", "https://www.alraed.example/1", ("حلب", "الرائد", ())),
        ("الرباط-سمير العلوي", None, ("الرباط", None, ("سمير العلوي",))),
        ("كتب – سمير بن علي العلوي –", None, (None, None, ("سمير بن علي العلوي",))),
        ("كتبت سلمى خالد", None, (None, None, ("سلمى خالد",))),
        ("صدى الوادي – العمانية", None, (None, "العمانية", ())),
        ("غزة /ندى/", "https://nadanews.example/1", ("غزة", "ندى", ())),
        ('المصدر: "أنباء الخليج"', None, (None, "أنباء الخليج", ())),
        ("شبكة المثال", None, (None, "شبكة المثال", ())),
    ],
)
def test_credit_lines(line: str, url: str | None, expected: tuple[object, ...]) -> None:
    """Each part of a credit line is a city, an agency or outlet, or an author."""
    credit = read_credit_line(line, Outlet.of(url, ()))
    assert credit is not None
    assert (credit.place, credit.source, credit.authors) == expected


@pytest.mark.parametrize(
    "line",
    [
        "نشرت في",
        "منذ ساعتين",
        "13.85°القدس",
        "تصوير سمير العلوي",
        "أرسل بالإيميل :",
        "لبنان",
        "خلاصة",
        "سمير العلوي",
        "الرياض تستضيف المعرض",
    ],
)
def test_what_is_no_credit_gives_none(line: str) -> None:
    """Labels, times, widgets, photo credits, countries and lone names credit nothing."""
    assert read_credit_line(line, NO_SITE) is None


def test_dates_of_a_credit_do_not_depend_on_the_clock() -> None:
    """A dateline without a year gives no date."""
    credit = read_dateline("تونس 5 ديسمبر (رويترز) – أعلن الاتحاد إضرابا عاما.", NO_SITE)
    assert (credit.place, credit.source, credit.date) == ("تونس", "رويترز", None)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("سامي العتيبي ـ الحد الشمالي", "سامي العتيبي"),  # a tatweel as the dash
        ("الوطن - سلمى الكندي:", "سلمى الكندي"),
        ("نورة الشهري – المنطقة الشرقية", "نورة الشهري"),
    ],
)
def test_a_reporter_line_names_its_author(line: str, author: str) -> None:
    """A person and one definite name no table knows, cut by a dash: the person is the
    author, and the other name (a place or a paper: the line does not say) is not read."""
    credit = read_credit_line(line, NO_SITE)
    assert credit is not None
    assert credit.authors == (author,)
    assert credit.place is None
    assert credit.source is None


@pytest.mark.parametrize(
    "line",
    [
        "أخبار عاجلة - الرياضة",  # a breadcrumb: no person
        "سامي العتيبي، الحد الشمالي",  # a comma, not a dash
        "سامي العتيبي - منطقة حدودية",  # the other name is not definite
        "سامي العتيبي ـ الحد الشمالي ـ الأمن العام",  # more than two parts
    ],
)
def test_other_lines_are_no_reporter_line(line: str) -> None:
    """Only the two-part, dash-cut shape with a definite name reads as a reporter line."""
    credit = read_credit_line(line, NO_SITE)
    assert credit is None or not credit.authors


def test_a_tatweel_inside_a_word_cuts_nothing() -> None:
    """Only a tatweel standing between spaces is a dash: «جـدة» is one word."""
    credit = read_credit_line("سامي العتيبي - جـدة", NO_SITE)
    assert credit is not None
    assert credit.authors == ("سامي العتيبي",)
