"""Field cascades: site selector → JSON-LD → meta → generic."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given

from arnews.dates import Stamp
from arnews.extract.context import Context, build_context, tidy
from arnews.extract.credits import read_credit_line
from arnews.extract.load import parse_tree
from arnews.extract.media import find_related, find_tags
from arnews.extract.page import build_page
from arnews.extract.people import find_authors, find_dateline, split_authors
from arnews.extract.sitename import Outlet
from arnews.extract.stamps import find_published, parse_stamp
from arnews.extract.titles import clean_title, find_subtitle, find_title
from arnews.sites import Site
from arnews.sites._site import DateRules, Layout
from tests.strategies import any_text


def context(
    html: str, site: Site | None = None, url: str = "https://news.example.org/x"
) -> Context:
    root = parse_tree(html)
    assert root is not None
    return build_context(build_page(root, url), site)


SITE = Site(
    id="example.org",
    name="أخبار المثال",
    domains=("example.org",),
    layouts=(
        Layout(
            name="2024",
            since=date(2024, 1, 1),
            match=("//div[@id='story-2024']",),
            title=("//div[@id='story-2024']/h2",),
            published=("//span[@class='stamp']/@data-time",),
            authors=("//span[@class='by']",),
        ),
        Layout(name="2019", title=("//h3[@class='t']",), body=("//div[@class='b']",)),
    ),
    dates=DateRules(utc_offset=timedelta(hours=3)),
)


def test_site_selector_wins_over_meta_and_h1() -> None:
    """The site's title selector is tried before JSON-LD, meta and <h1>."""
    ctx = context(
        '<meta property="og:title" content="من الميتا"><h1>من العنوان الأول</h1>'
        "<div id='story-2024'><h2>عنوان الموقع الصحيح</h2></div>",
        SITE,
    )
    assert ctx.layout is not None
    assert ctx.layout.name == "2024"
    assert find_title(ctx) == "عنوان الموقع الصحيح"


def test_layout_is_chosen_by_matching_selectors() -> None:
    """A page of the old markup gets the old layout (kept beside the new one)."""
    ctx = context("<h3 class='t'>عنوان قديم للخبر</h3><div class='b'><p>نص</p></div>", SITE)
    assert ctx.layout is not None
    assert ctx.layout.name == "2019"
    assert find_title(ctx) == "عنوان قديم للخبر"


def test_site_date_gets_site_offset() -> None:
    """A naive site stamp gets the outlet's UTC offset."""
    ctx = context(
        "<div id='story-2024'><h2>عنوان</h2>"
        "<span class='stamp' data-time='2024-03-01 09:15'></span></div>",
        SITE,
    )
    assert find_published(ctx) == Stamp(
        datetime(2024, 3, 1, 9, 15, tzinfo=timezone(timedelta(hours=3))), "minute"
    )


def test_untrusted_meta_dates_are_ignored() -> None:
    """With trust_meta=False, meta dates are skipped (e.g. a crawl or cache date)."""
    site = Site(id="a.example", name="أ", domains=("a.example",), dates=DateRules(trust_meta=False))
    html = '<meta property="article:published_time" content="2030-01-01"><p>نص</p>'
    assert find_published(context(html, site, "https://a.example/1")) is None
    assert find_published(context(html)) == Stamp(datetime(2030, 1, 1), "day")


def test_title_cascade_h1_matching_title_tag() -> None:
    """Without a site, the <h1> that appears in <title> is the headline."""
    ctx = context(
        "<title>ارتفاع أسعار النفط عالمياً - الجريدة</title><h1>الجريدة</h1>"
        "<h1>ارتفاع أسعار النفط عالمياً</h1>"
    )
    assert find_title(ctx) == "ارتفاع أسعار النفط عالمياً"


def test_title_from_meta_loses_site_suffix() -> None:
    """A meta title loses the site-name suffix given by og:site_name."""
    ctx = context(
        '<meta property="og:site_name" content="الجزيرة نت">'
        '<meta property="og:title" content="أسعار النفط ترتفع | الجزيرة نت"><p>نص</p>'
    )
    assert find_title(ctx) == "أسعار النفط ترتفع"


@pytest.mark.parametrize(
    ("raw", "names", "expected"),
    [
        ("خبر مهم عن الاقتصاد - اليوم السابع", ["اليوم السابع"], "خبر مهم عن الاقتصاد"),
        ("الجزيرة نت | أسعار النفط ترتفع", ["الجزيرة نت"], "أسعار النفط ترتفع"),
        ("غزة - تصعيد جديد على الحدود", ["الموقع"], "غزة - تصعيد جديد على الحدود"),
        ("عنوان", ["عنوان"], "عنوان"),
    ],
)
def test_clean_title(raw: str, names: list[str], expected: str) -> None:
    """Site names are removed at either end; a title that is only the name is kept."""
    assert clean_title(raw, names, trim_short_tail=False) == expected


def test_short_tail_trimmed_for_meta_titles_only() -> None:
    """An unknown short trailing segment is trimmed only when asked (meta titles)."""
    raw = "الحكومة تقر موازنة العام المقبل بعجز أقل - صحيفة الغد"
    assert clean_title(raw, [], trim_short_tail=True) == "الحكومة تقر موازنة العام المقبل بعجز أقل"
    assert clean_title(raw, [], trim_short_tail=False) == raw


@given(any_text)
def test_clean_title_never_grows(text: str) -> None:
    """Cleaning never makes a title longer than its tidied input."""
    assert len(clean_title(text, ["x"], trim_short_tail=True)) <= len(tidy(text))


@pytest.mark.parametrize(
    ("byline", "names", "source"),
    [
        ("كتب: سامر الحلبي", ["سامر الحلبي"], None),
        ("بقلم  هالة منصور", ["هالة منصور"], None),
        ("كتبت أسماء نصار، رويترز", ["أسماء نصار"], "رويترز"),
        ("(أ ف ب)", [], "أ ف ب"),
        ("حسام أبو العلا - القاهرة", ["حسام أبو العلا"], None),
        ("القاهرة - الأناضول", [], "الأناضول"),
        ("https://example.com/logo.png", [], None),
    ],
)
def test_split_authors(byline: str, names: list[str], source: str | None) -> None:
    """Prefixes are dropped, agencies go to source, URLs and places are not names."""
    assert split_authors(byline) == (names, source)


def test_author_cascade_skips_site_name() -> None:
    """A byline naming the outlet itself is not an author."""
    ctx = context(
        '<meta property="og:site_name" content="البيان"><span class="author">أبوظبي - البيان</span>'
    )
    assert find_authors(ctx) == ((), None)


def test_author_cascade_falls_through_rejected_names() -> None:
    """An outlet name in meta (an acronym, the host name) falls through to the byline markup;
    a one-word «author» box is a section name, and a «حوار: …» block is a byline."""
    ctx = context(
        '<meta name="author" content="LBCI"><div class="author-box">منوعات</div>'
        "<p>حوار: آسيا العتروس</p><p>نص الحوار الطويل هنا.</p>",
        url="https://www.lbci.example/x",
    )
    assert find_authors(ctx) == (("آسيا العتروس",), None)
    ctx = context(
        '<meta name="author" content="newsexample"><span class="writeBy">كتبت أسماء نصار</span>',
        url="https://www.newsexample.com/x",
    )
    assert find_authors(ctx) == (("أسماء نصار",), None)


def test_author_from_jsonld() -> None:
    """JSON-LD authors (objects or strings) are read before markup."""
    ctx = context(
        '<script type="application/ld+json">{"@type": "NewsArticle", "author": '
        '[{"@type": "Person", "name": "ليلى حسن"}, "كريم سعيد"]}</script>'
        '<span class="author">غير هذا</span>'
    )
    assert find_authors(ctx) == (("ليلى حسن", "كريم سعيد"), None)


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("القاهرة (رويترز) - قال مسؤول إن المحادثات مستمرة.", ("القاهرة", "رويترز")),
        ("دمشق - بلدي نيوز: قال ناشطون إن القصف استمر.", ("دمشق", "بلدي نيوز")),
        ("عمّان - (وكالات) - افتتح الوزير المعرض.", ("عمّان", "وكالات")),
        ("بيروت - قال الوزير إن الحكومة مستمرة.", ("بيروت", None)),
        ("قال الوزير إن الحكومة مستمرة في عملها.", (None, None)),
    ],
)
def test_dateline(paragraph: str, expected: tuple[str | None, str | None]) -> None:
    """The place and the credited agency are read from the story's first words."""
    assert find_dateline(paragraph) == expected


def test_dateline_naming_the_site_is_not_a_place() -> None:
    """«المدينة نيوز :- …» is the outlet crediting itself: a source, not a place."""
    assert find_dateline("المدينة نيوز :- بلغت الحصيلة ألفاً.", "المدينة نيوز") == (
        None,
        "المدينة نيوز",
    )


def test_dateline_naming_the_outlet_by_its_web_address_is_its_source() -> None:
    """«الرياض :» on a site whose web address spells «الرياض» is the newspaper, not the city."""
    paragraph = "الرياض : شهدت الأسواق أمس إقبالا كبيرا على شراء مستلزمات المدارس."
    assert find_dateline(paragraph, None, "https://www.riyadhdaily.example/?p=1") == (
        None,
        "الرياض",
    )
    assert find_dateline(paragraph) == ("الرياض", None)


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        ("2024-02-07T10:30:00Z", datetime(2024, 2, 7, 10, 30, tzinfo=timezone.utc)),
        (
            "2024-02-07 10:30:00+0300",
            datetime(2024, 2, 7, 10, 30, tzinfo=timezone(timedelta(hours=3))),
        ),
        ("2024-02-07", datetime(2024, 2, 7)),
        ("", None),
        ("x" * 500, None),
    ],
)
def test_parse_stamp_iso(stamp: str, expected: datetime | None) -> None:
    """ISO 8601 stamps in their web variants are parsed without the Arabic date parser."""
    assert parse_stamp(stamp) == expected


def test_tags_from_meta_keywords() -> None:
    """Comma-separated keywords (Arabic comma too) become tags, without repeats."""
    ctx = context('<meta name="keywords" content="اقتصاد، نفط, اقتصاد"><p>نص</p>')
    assert find_tags(ctx) == ("اقتصاد", "نفط")


def test_subtitle_after_title() -> None:
    """The heading right after the headline is the subtitle."""
    ctx = context("<h1>العنوان الرئيسي للخبر</h1><h2>عنوان فرعي يشرح الخبر</h2><p>نص</p>")
    assert find_subtitle(ctx, "العنوان الرئيسي للخبر") == "عنوان فرعي يشرح الخبر"


def test_related_under_heading_and_inline() -> None:
    """Links under «مقالات ذات صلة» and in an «اقرأ أيضاً» paragraph are related links."""
    ctx = context(
        "<p>اقرأ أيضاً: <a href='/a'>افتتاح مكتبة جديدة في المدينة</a></p>"
        "<h3>مقالات ذات صلة</h3><ul><li><a href='/b'>مبادرة لترجمة الكتب</a></li>"
        "<li><a href='/c'>جائزة الرواية العربية</a></li></ul><p>نص عادي بعد القائمة هنا.</p>"
    )
    links = find_related(ctx)
    assert [link.text for link in links] == [
        "افتتاح مكتبة جديدة في المدينة",
        "مبادرة لترجمة الكتب",
        "جائزة الرواية العربية",
    ]
    assert links[0].url == "https://news.example.org/a"


@pytest.mark.parametrize(
    ("line", "names", "source"),
    [
        ("لندن: رنيم حنوش", ("رنيم حنوش",), None),
        ("جنيف : (رويترز)", (), "رويترز"),
        ("عبدالرحيم الحدادي - المدينة المنورة", ("عبدالرحيم الحدادي",), None),
        ("عدن، صنعاء: محمد عبدالعظيم، الوكالات", ("محمد عبدالعظيم",), "وكالات"),
        ("واس (جدة)", (), "واس"),
        ("كتب: سامر الحلبي", ("سامر الحلبي",), None),
    ],
)
def test_credit_line_bylines(line: str, names: tuple[str, ...], source: str | None) -> None:
    """Places are dropped from a byline; agencies go to the source, people to the authors."""
    credit = read_credit_line(line, Outlet())
    assert credit is not None
    assert (credit.authors, credit.source) == (names, source)


@pytest.mark.parametrize("line", ["الرياض - الوئام :", "الوئام - الأخبار المحلية"])
def test_credit_line_with_a_name_no_table_knows(line: str) -> None:
    """A name that is neither a known city, agency nor outlet makes the line no credit,
    unless it stands beside a person as a reporter's line («الوطن - سلمى الكندي:», see
    tests/extract/test_credits.py)."""
    assert read_credit_line(line, Outlet()) is None


@given(any_text)
def test_credit_line_names_come_from_the_line(text: str) -> None:
    """Every author a credit line gives is a piece of the line."""
    credit = read_credit_line(text, Outlet())
    for name in credit.authors if credit else ():
        assert name in text


def test_dateline_outlet_then_place() -> None:
    """«سبق- الدمام:» names the outlet first and the place second."""
    assert find_dateline("سبق- الدمام: قالت المؤسسة في بيان إن الانقطاع انتهى.") == (
        "الدمام",
        None,
    )
