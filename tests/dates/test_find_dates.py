"""Example tables for :func:`arnews.find_dates` on running text (our own sentences)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from arnews.dates import find_dates
from arnews.model import DateMention

REF = datetime(2020, 3, 4)  # a Wednesday


def found(text: str) -> list[tuple[str, str, str]]:
    """(text, ISO value, kind) of every mention, after checking that each span indexes back."""
    mentions = find_dates(text, reference_date=REF)
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
    return [(m.text, m.value.isoformat(), m.kind) for m in mentions]


def test_story_in_the_style_of_the_seed() -> None:
    """Weekday-anchored relative days in a news story resolve as a reader would read them."""
    text = (
        "أعلن مكتب الرئاسة، اليوم الأربعاء، عن لقاء جمع الوفدين. "
        "وفي وقت سابق أمس، بحث الوزير الملف مع نظيره. "
        "وكان وفد رفيع زار المدينة، الثلاثاء، للمرة الأولى منذ عام 2011. "
        "ووصل الوفد إلى العاصمة أول أمس الاثنين، وفقاً للقرار 2254."
    )
    assert found(text) == [
        ("اليوم الأربعاء", "2020-03-04T00:00:00", "relative"),
        ("أمس", "2020-03-03T00:00:00", "relative"),
        ("الثلاثاء", "2020-03-03T00:00:00", "weekday"),
        ("أول أمس الاثنين", "2020-03-02T00:00:00", "relative"),
    ]


def test_not_dates() -> None:
    """Resolution numbers, counts, phone numbers, prices and bare years are not dates."""
    text = (
        "قتل 30 جنديا و145 طفلا منذ عام 2011، بحسب القرار 2254. "
        "للتواصل: 0096170123456 أو 01-234-5678. السعر 12.50 دولار، والنسبة 3.5 في المئة."
    )
    assert found(text) == []


def test_hijri_and_gregorian_pair_are_both_reported() -> None:
    """A «… هـ الموافق … م» pair gives two mentions, each with its own kind."""
    text = "عقد المجلس اجتماعه يوم الخميس 14 محرم 1447 هـ، الموافق لـ10 يوليوز 2025."
    assert found(text) == [
        ("يوم الخميس 14 محرم 1447 هـ", "2025-07-09T00:00:00", "hijri"),
        ("10 يوليوز 2025", "2025-07-10T00:00:00", "absolute"),
    ]


def test_relative_day_spelled_out_by_a_date_is_that_date() -> None:
    """«يوم غدٍ الأربعاء الموافق 22 مارس 2023م», «اليوم الأحد 21 نوفمبر 2021»: the written
    date says which day the relative one is, so they are one mention with its value."""
    text = (
        "حددت المحكمة يوم غدٍ الأربعاء الموافق 22 مارس 2023م موعداً للجلسة، "
        "وأعلنت الوزارة اليوم الأحد 21 نوفمبر 2021 نتائجها، ووصل الوفد يوم أمس 04 سبتمبر 2015."
    )
    assert found(text) == [
        ("يوم غدٍ الأربعاء الموافق 22 مارس 2023م", "2023-03-22T00:00:00", "absolute"),
        ("اليوم الأحد 21 نوفمبر 2021", "2021-11-21T00:00:00", "absolute"),
        ("يوم أمس 04 سبتمبر 2015", "2015-09-04T00:00:00", "absolute"),
    ]


def test_relative_day_before_a_date_without_year_stays_apart() -> None:
    """«أعلن اليوم 15 مارس موعدا»: without a weekday or a year, today is not the 15th."""
    assert found("أعلن اليوم 15 مارس موعدا للانتخابات") == [
        ("اليوم", "2020-03-04T00:00:00", "relative"),
        ("15 مارس", "2020-03-15T00:00:00", "absolute"),
    ]


def test_times_attach_to_their_dates() -> None:
    """A clock time after a date becomes part of the mention, and has_time is set."""
    text = "نشر في: السبت 9 سبتمبر 2017 - 9:00 م | آخر تحديث: 10/09/2017 10:30 ص"
    mentions = find_dates(text, reference_date=REF)
    assert [(m.text, m.has_time) for m in mentions] == [
        ("السبت 9 سبتمبر 2017 - 9:00 م", True),
        ("10/09/2017 10:30 ص", True),
    ]
    assert mentions[0].value == datetime(2017, 9, 9, 21, 0)


def test_outlet_names_are_not_today() -> None:
    """«اليوم السابع», «روسيا اليوم» and «اليوم العالمي» are names, not today."""
    text = "نقلت اليوم السابع وروسيا اليوم خبراً عن اليوم العالمي للمرأة."
    assert found(text) == []
    assert found("بداية اليوم الدراسي وفي اليوم الموالي واليوم السابق") == []


NAMED_DAYS = [
    "وُلد في مثل هذا اليوم عام 1929 في القاهرة",
    "احتفلت المدارس باليوم الوطني وباليوم العربي للغة",
    "تحيي المنظمة اليوم العالمي لحقوق الإنسان واليوم الدولي للسلام",
    "في اليوم العاشر من الإضراب وفي اليوم الـ15 للحرب",
    "منذ ذلك اليوم لم يعد، وفي نفس اليوم غادر شقيقه، وفي ذات اليوم أغلق المعبر",
    "يحيي الفلسطينيون يوم الأرض ويوم الأسير",
    "اليوم الخليجي للمرور واليوم الأممي للتطوع",
]


@pytest.mark.parametrize("text", NAMED_DAYS)
def test_named_days_and_anniversaries_are_not_today(text: str) -> None:
    """Named days («اليوم الوطني», «يوم الأرض»), ordinals («اليوم العاشر»), anniversaries
    («في مثل هذا اليوم») and a day already named («في ذلك اليوم») are not today."""
    assert found(text) == []


def test_today_is_still_today() -> None:
    """Around the blocked phrases, «اليوم» alone, «حتى اليوم» and «اليوم الاثنين» are today."""
    assert [m[0] for m in found("قال اليوم إن الوضع باق حتى اليوم، واليوم الأربعاء تبدأ")] == [
        "اليوم",
        "اليوم",
        "اليوم الأربعاء",
    ]


PRECISION = [
    ("العام الماضي", "2019-01-01T00:00:00", "year"),
    ("والعام المقبل", "2021-01-01T00:00:00", "year"),
    ("هذا العام", "2020-01-01T00:00:00", "year"),
    ("السنة الفارطة", "2019-01-01T00:00:00", "year"),
    ("الشهر الجاري", "2020-03-01T00:00:00", "month"),
    ("الشهر الماضي", "2020-02-01T00:00:00", "month"),
    ("حزيران 2019", "2019-06-01T00:00:00", "month"),
    ("رمضان 1441 هـ", "2020-04-24T00:00:00", "month"),
    ("أكتوبر الماضي", "2019-10-01T00:00:00", "month"),
    ("مارس الماضي", "2019-03-01T00:00:00", "month"),
    ("شهر تموز المقبل", "2020-07-01T00:00:00", "month"),
    ("كانون الأول/ديسمبر الماضي", "2019-12-01T00:00:00", "month"),
    ("الأسبوع المقبل", "2020-03-11T00:00:00", "week"),
    ("منذ شهرين", "2020-01-04T00:00:00", "day"),
    ("5 مارس 2020", "2020-03-05T00:00:00", "day"),
    ("أمس", "2020-03-03T00:00:00", "day"),
    ("5 مارس 2020 10:30", "2020-03-05T10:30:00", "minute"),
    ("منذ ساعتين", "2020-03-03T22:00:00", "minute"),
]


@pytest.mark.parametrize(("text", "value", "precision"), PRECISION)
def test_precision_says_what_the_text_states(text: str, value: str, precision: str) -> None:
    """A year or a month named relative to the reference («العام الماضي», «أكتوبر الماضي»)
    is its first day with that precision, not a made-up day; a clock time is a minute."""
    (mention,) = find_dates(text, reference_date=REF)
    assert (mention.value.isoformat(), mention.precision) == (value, precision)
    assert mention.has_time == (precision == "minute")


def test_year_phrase_is_a_year() -> None:
    """«نهاية العام الماضي» is the year before the reference, not 2019-03-04."""
    (mention,) = find_dates("تراجع النمو في نهاية العام الماضي", reference_date=REF)
    assert (mention.text, mention.value, mention.precision) == (
        "العام الماضي",
        datetime(2019, 1, 1),
        "year",
    )


def test_parenthesised_weekday_joins_the_relative_day() -> None:
    """«أمس (الخميس)» is one mention, yesterday."""
    assert found("وافق المجلس أمس (الخميس) على القانون") == [
        ("أمس (الخميس)", "2020-03-03T00:00:00", "relative")
    ]


def test_trailing_diacritics_stay_in_the_span() -> None:
    """The tanwin of «غداً» belongs to the mention."""
    assert found("يصل الوفد غداً") == [("غداً", "2020-03-05T00:00:00", "relative")]


def test_conjunction_is_not_in_the_span() -> None:
    """«وأمس» gives the mention «أمس», without the conjunction."""
    assert found("وأمس أعلنت الوزارة") == [("أمس", "2020-03-03T00:00:00", "relative")]


def test_since_a_date_is_the_date() -> None:
    """«منذ 7 أكتوبر/تشرين الأول 2023» is the date itself, not a duration."""
    assert found("قتل المئات منذ 7 أكتوبر/تشرين الأول 2023، بحسب الأرقام") == [
        ("7 أكتوبر/تشرين الأول 2023", "2023-10-07T00:00:00", "absolute")
    ]


def test_mentions_are_datemention_values() -> None:
    """find_dates returns DateMention values in text order."""
    mentions = find_dates("أمس و 5 مارس 2020", reference_date=REF)
    assert all(isinstance(m, DateMention) for m in mentions)
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)


def test_empty_and_whitespace() -> None:
    """Empty or blank text has no dates."""
    assert find_dates("", reference_date=REF) == ()
    assert find_dates(" \n\t ", reference_date=REF) == ()


@pytest.mark.corpus
def test_seed_article(seed_text: str) -> None:
    """On the seed article, with reference 2020-03-04, the four relative days resolve right."""
    text = seed_text
    by_text = {m.text: m.value for m in find_dates(text, reference_date=REF)}
    assert by_text["اليوم الأربعاء"] == datetime(2020, 3, 4)
    assert by_text["أمس"] == datetime(2020, 3, 3)
    assert by_text["الثلاثاء"] == datetime(2020, 3, 3)
    assert by_text["أول أمس الاثنين"] == datetime(2020, 3, 2)
    assert "2254" not in "".join(by_text)


@pytest.mark.corpus
def test_corpus_spans_index_back(corpus: Path) -> None:
    """On every real text dump, every mention's span indexes back to its text."""
    pages = sorted((corpus / "text" / "pages").rglob("*.txt"))
    assert pages
    total = 0
    for page in pages:
        text = page.read_text(encoding="utf-8", errors="replace")
        for mention in find_dates(text, reference_date=REF):
            assert text[mention.start : mention.end] == mention.text
            total += 1
    assert total > 100


def test_disagreeing_dual_stops_at_the_first_month() -> None:
    """«5 مارس/أبريل» names two different months: the mention stops after the first."""
    assert found("في 5 مارس/أبريل") == [("5 مارس", "2020-03-05T00:00:00", "absolute")]


def test_aware_reference_gives_aware_relative_values() -> None:
    """Relative mentions carry the reference's zone; explicit dates without a zone do not."""
    from datetime import timedelta, timezone

    reference = datetime(2020, 3, 4, 12, 0, tzinfo=timezone(timedelta(hours=3)))
    mentions = find_dates("أمس و 5 مارس 2020", reference_date=reference)
    assert [m.value.tzinfo is not None for m in mentions] == [True, False]


REAL_STAMPS = [
    ("marrakechpost.com/1.txt", "14 محرم 1447 هـ", datetime(2025, 7, 9), "hijri"),
    ("marrakechpost.com/1.txt", "10 يوليوز 2025", datetime(2025, 7, 10), "absolute"),
    ("maghress.com/1.txt", "23 غشت, 2017 - 10:42:00", datetime(2017, 8, 23, 10, 42), "absolute"),
    ("alrasheedmedia.com/1.txt", "3- تشرين الثاني- 2022", datetime(2022, 11, 3), "absolute"),
    ("sauress.com/2.txt", "31 آذار (مارس)", datetime(2020, 3, 31), "absolute"),
    (
        "lebanondebate.com/1.txt",
        "الثلاثاء 21 نيسان 2020 - 13:10",
        datetime(2020, 4, 21, 13, 10),
        "absolute",
    ),
]


@pytest.mark.corpus
@pytest.mark.parametrize(("page", "snippet", "expected", "kind"), REAL_STAMPS)
def test_real_pages(corpus: Path, page: str, snippet: str, expected: datetime, kind: str) -> None:
    """Date stamps of real text dumps (Moroccan, Levantine, Hijri) are found with their value."""
    text = (corpus / "text" / "pages" / page).read_text(encoding="utf-8")
    mentions = [m for m in find_dates(text, reference_date=REF) if snippet in m.text]
    assert mentions, snippet
    assert (mentions[0].value, mentions[0].kind) == (expected, kind)
