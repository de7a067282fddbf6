"""The dates of a whole Article: one time-zone rule, precision, and no clock."""

from __future__ import annotations

import ast
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import arnews
import arnews.dates
from arnews import Article
from tests.conftest import REPO
from tests.snapshots import Input, inputs
from tests.strategies import reference_dates

PAGES = inputs()
PLUS_4 = timezone(timedelta(hours=4))


def parse(item: Input, reference_date: datetime | None = None) -> Article:
    """The article of a fixture or corpus page, with the caller's *reference_date*."""
    if item.text:
        return arnews.parse_text(
            item.path.read_text(encoding="utf-8"), item.url, reference_date=reference_date
        )
    return arnews.parse_html(item.path.read_bytes(), item.url, reference_date=reference_date)


def check_one_zone(article: Article) -> None:
    """Every datetime of *article* is aware in one zone, or all are naive; each stamp has
    a precision exactly when it has a value."""
    values = [article.published, article.modified, *(m.value for m in article.dates)]
    stamps = [v for v in values if v is not None]
    assert len({v.utcoffset() for v in stamps}) <= 1, stamps
    assert len({v.tzinfo is None for v in stamps}) <= 1, stamps
    sorted(stamps)  # any two compare
    assert (article.published is None) == (article.published_precision is None)
    assert (article.modified is None) == (article.modified_precision is None)
    assert article.published_precision in {None, "day", "minute"}


@pytest.mark.parametrize("item", PAGES, ids=lambda item: item.name)
def test_every_page_has_one_zone(item: Input) -> None:
    """On every fixture, corpus page and dev-set dump, the article's datetimes share one
    zone or none."""
    check_one_zone(parse(item))


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(PAGES), reference_dates)
def test_one_zone_with_any_reference(item: Input, reference_date: datetime | None) -> None:
    """With any reference date, naive or aware in any zone, the article's datetimes share
    one zone or none (the reference's zone never leaks into the body dates)."""
    check_one_zone(parse(item, reference_date))


def test_site_zone_makes_every_date_aware() -> None:
    """CNN Arabic declares +04:00: its URL date and body dates are aware in it, and the
    update stamp keeps the time printed after «آخر تحديث»."""
    fixture = REPO / "tests" / "sites" / "fixtures" / "arabic.cnn.com--2013.html"
    article = arnews.parse_html(
        fixture.read_bytes(), "http://arabic.cnn.com/2013/middle_east/9/12/x/index.html"
    )
    assert article.modified == datetime(2013, 9, 12, 10, 30, tzinfo=PLUS_4)
    assert article.modified.utcoffset() == timedelta(hours=4)
    assert article.modified_precision == "minute"
    assert article.published == datetime(2013, 9, 12, tzinfo=PLUS_4)
    assert article.published_precision == "day"
    assert all(m.value.utcoffset() == timedelta(hours=4) for m in article.dates)


def test_cnn_corpus_page(corpus: Path) -> None:
    """The real CNN page: modified 2013-08-28 14:00+04:00, published (its URL's day)
    aware in the same zone."""
    page = corpus / "html" / "arabic.cnn.com" / "cnn_arabic_syria_clashes_2013.html"
    article = arnews.parse_html(page.read_bytes())
    assert article.modified == datetime(2013, 8, 28, 14, 0, tzinfo=PLUS_4)
    assert article.modified.utcoffset() == timedelta(hours=4)
    assert article.published == datetime(2013, 8, 3, tzinfo=PLUS_4)
    assert article.modified > article.published


def test_stamp_zone_is_the_page_zone() -> None:
    """Without a site, the publication stamp's offset is the page's zone: a naive update
    stamp and the body's dates get it, a body time in another zone is converted."""
    page = (
        '<meta property="article:published_time" content="2024-03-05T09:30:00+03:00">'
        "<h1>عنوان الخبر هنا</h1><div class='story'><p>قال الوزير أمس إن الاجتماع"
        " المقبل في 1 مارس 2025 الساعة 10:00 بتوقيت غرينتش، بعد أسبوع من اللقاء.</p></div>"
    )
    article = arnews.parse_html(page, "https://news.example.com/a")
    plus_3 = timezone(timedelta(hours=3))
    assert [(m.text, m.value) for m in article.dates] == [
        ("أمس", datetime(2024, 3, 4, tzinfo=plus_3)),
        ("1 مارس 2025 الساعة 10:00 بتوقيت غرينتش", datetime(2025, 3, 1, 13, tzinfo=plus_3)),
    ]
    assert all(m.value.utcoffset() == timedelta(hours=3) for m in article.dates)


def test_unknown_zone_keeps_everything_naive() -> None:
    """With no zone for the page, a time written with a zone in the body keeps its wall
    clock and loses the zone, and an aware reference date is read as a wall clock."""
    dump = (
        "عنوان الخبر في سطر أول\n"
        "قال الوزير أمس إن الاجتماع سيعقد في 1 مارس 2025 الساعة 10:00 بتوقيت غرينتش."
    )
    reference = datetime(2024, 3, 5, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    article = arnews.parse_text(dump, reference_date=reference)
    assert [(m.text, m.value) for m in article.dates] == [
        ("أمس", datetime(2024, 3, 4)),
        ("1 مارس 2025 الساعة 10:00 بتوقيت غرينتش", datetime(2025, 3, 1, 10)),
    ]


# ------------------------------------------------------------------ no clock

CLOCK_PAGES = [
    "خطاب مرتقب للرئيس مساء اليوم\nمتابعات | 21 يوليو\n"
    "أعلن الديوان أن الرئيس سيلقي خطابا مساء اليوم الجمعة أمام البرلمان.",
    "عنوان خبر عاجل من العاصمة\nمنذ ساعتين\n"
    "قال مسؤول أمس إن الوفد سيصل الخميس المقبل، بعد زيارة في 5 مارس.",
]


@pytest.mark.parametrize("clock", [datetime(2001, 1, 1, 9, 0), datetime(2031, 7, 20, 23, 59)])
def test_extraction_never_reads_the_clock(clock: datetime, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the clock frozen at two far-apart days, every page gives the same article as
    with the real clock: nothing in an Article depends on the day it is parsed."""
    today = {item.name: parse(item) for item in PAGES}
    texts = [arnews.parse_text(text) for text in CLOCK_PAGES]
    monkeypatch.setattr(arnews.dates, "_now", lambda: clock)
    assert arnews.parse_date("21 يوليو").year in {clock.year - 1, clock.year, clock.year + 1}
    assert {item.name: parse(item) for item in PAGES} == today
    assert [arnews.parse_text(text) for text in CLOCK_PAGES] == texts
    assert all(article.published is None for article in texts)


def test_no_other_clock_in_the_library() -> None:
    """No module of arnews reads the calendar clock except ``arnews.dates._now`` (which
    only parse_date, find_dates and scan_dates call, and only without a reference)."""
    clocks = {
        "datetime": {"now", "today", "utcnow"},
        "date": {"today"},
        "time": {"time", "localtime", "gmtime", "ctime"},
    }
    found = set()
    for path in sorted((REPO / "src" / "arnews").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.attr in clocks.get(node.func.value.id, ())
            ):
                found.add(path.relative_to(REPO).as_posix())
    assert found == {"src/arnews/dates/__init__.py"}
