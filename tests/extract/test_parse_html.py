"""parse_html end to end on small pages modelled on real Arabic news layouts."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from importlib.resources import files
from pathlib import Path

import pytest

import arnews
from arnews.sites import Hooks, Layout, Site

FIXTURES = Path(__file__).parent / "fixtures"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@pytest.fixture(scope="module")
def wordpress() -> arnews.Article:
    """The WordPress-like fixture page."""
    return arnews.parse_html(
        fixture("wordpress_like.html"), "https://www.example-news.net/2021/01/14/dams/"
    )


def test_wordpress_fields(wordpress: arnews.Article) -> None:
    """Title without the site suffix, JSON-LD author, agency from the dateline, meta dates."""
    assert wordpress.title == "ارتفاع منسوب المياه في السدود بعد موجة أمطار"
    assert wordpress.site == "شبكة المثال"
    assert wordpress.authors == ("رنا خليل",)
    assert wordpress.source == "سانا"
    assert wordpress.dateline == "دمشق"
    assert wordpress.published == datetime(2021, 1, 14, 8, 5, tzinfo=timezone(timedelta(hours=2)))
    assert wordpress.modified is not None
    assert wordpress.tags == ("أمطار", "سدود")
    assert wordpress.extractor == "generic"
    assert wordpress.language == "ar"


def test_wordpress_body_is_clean(wordpress: arnews.Article) -> None:
    """Exactly the three story paragraphs: no «اقرأ أيضاً», share bar, widgets or footer."""
    assert len(wordpress.paragraphs) == 3
    assert wordpress.paragraphs[0].startswith("دمشق - (سانا) - أعلنت وزارة الموارد المائية")
    text = wordpress.text
    for junk in ("إقرأ أيضاً", "شارك هذا", "الأكثر قراءة", "جميع الحقوق", "عاجل", "الرئيسية"):
        assert junk not in text


def test_wordpress_related_links_are_kept(wordpress: arnews.Article) -> None:
    """Related headlines become links with absolute URLs, each once."""
    assert [(link.text, link.url) for link in wordpress.related] == [
        ("توقعات بهطول أمطار غزيرة على المرتفعات", "https://www.example-news.net/2021/01/10/rain"),
        ("إغلاق طرق جبلية بسبب الثلوج", "https://www.example-news.net/2021/01/12/roads"),
    ]


def test_wordpress_enrichment(wordpress: arnews.Article) -> None:
    """Dates resolve against the publication date; quotes index into the text."""
    today = [d for d in wordpress.dates if d.text == "اليوم الخميس"]
    assert today
    assert today[0].value.date() == datetime(2021, 1, 14).date()
    assert wordpress.quotes
    for quote in wordpress.quotes:
        assert wordpress.text[quote.start : quote.end] == quote.content


def test_undeclared_today_widget_is_not_the_date(wordpress: arnews.Article) -> None:
    """The header's «today» widget date (2026) is never taken as the publication date."""
    assert wordpress.published is not None
    assert wordpress.published.year == 2021


def test_legacy_windows_1256_page() -> None:
    """A windows-1256 table page with <br> paragraphs and a printed Arabic stamp."""
    article = arnews.parse_html(fixture("legacy_table.html"))
    assert article.title == "البرلمان يقر قانون الاستثمار الجديد"
    assert article.published == datetime(2013, 3, 5)
    assert article.dateline == "بيروت، لبنان"
    assert article.source == "وكالات"
    assert len(article.paragraphs) == 3
    assert "جميع الحقوق" not in article.text
    assert "الأرشيف" not in article.text


def test_demo_page() -> None:
    """The bundled demo page parses into a clean article."""
    page = files("arnews.data").joinpath("demo.html").read_bytes()
    article = arnews.parse_html(page, "https://news.example.org/culture/2024/02/07/book-fair")
    assert article.title == "افتتاح معرض الكتاب الدولي بمشاركة 40 دولة"
    assert article.subtitle == "أكثر من ألف دار نشر تعرض إصداراتها حتى منتصف الشهر"
    assert article.authors == ("سامر الحلبي",)
    assert article.published == datetime(2024, 2, 7, 10, 30, tzinfo=timezone(timedelta(hours=3)))
    assert len(article.paragraphs) == 5
    assert "اقرأ أيضاً" not in article.text
    assert "2026" not in article.text
    assert len(article.related) == 3
    assert article.images[0].caption == "زوار في أروقة المعرض صباح اليوم"


EXAMPLE_SITE = Site(
    id="example-news.net",
    name="شبكة المثال",
    domains=("example-news.net",),
    layouts=(
        Layout(
            name="2021",
            title=("//h1[@class='entry-title']",),
            body=("//div[@class='entry-content']",),
            published=("//div[@class='entry-meta']/span[@class='date']",),
            authors=("//span[contains(@class, 'author')]",),
            drop=("//div[@class='code-block']",),
        ),
    ),
    boilerplate=("وأشار إلى أن كمية الهطول",),
)


def test_site_extractor_is_used_first() -> None:
    """A matching site's selectors, drops and phrases win; extractor is the site id."""
    article = arnews.parse_html(
        fixture("wordpress_like.html"),
        "https://www.example-news.net/2021/01/14/dams/",
        sites=[EXAMPLE_SITE],
    )
    assert article.extractor == "example-news.net"
    # The site's own stamp gives the day; the page's zone comes from its modified meta.
    assert article.published == datetime(2021, 1, 14, tzinfo=timezone(timedelta(hours=2)))
    assert article.published_precision == "day"
    assert len(article.paragraphs) == 2
    assert "وأشار إلى أن كمية" not in article.text
    assert article.authors == ("رنا خليل",)


def test_unknown_url_falls_back_to_generic() -> None:
    """A URL no site claims uses the generic extractor."""
    article = arnews.parse_html(
        fixture("wordpress_like.html"), "https://elsewhere.example/x", sites=[EXAMPLE_SITE]
    )
    assert article.extractor == "generic"
    assert len(article.paragraphs) == 3


def _shout(title: str) -> str:
    return title + "!"


def _first_two(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    return paragraphs[:2]


FULL_SITE = Site(
    id="example-news.net",
    name="شبكة المثال",
    domains=("example-news.net",),
    layouts=(
        Layout(
            name="2021",
            title=("//h1[@class='entry-title']",),
            subtitle=("//div[@class='entry-meta']/span[@class='date']",),
            paragraphs=("//div[@class='entry-content']/p",),
            authors=("//span[contains(@class, 'author')]",),
            published=("//meta[@property='article:modified_time']/@content",),
            modified=("//meta[@property='article:published_time']/@content",),
            tags=("//div[@class='related-item']/span",),
            images=("//meta[@property='og:image']/@content",),
            related=("//section[@class='related-posts']",),
        ),
    ),
    hooks=Hooks(title=_shout, paragraphs=_first_two),
)


def test_every_site_selector_and_hook_is_used() -> None:
    """Each Layout selector feeds its field, and the site's hooks run last."""
    article = arnews.parse_html(
        fixture("wordpress_like.html"),
        "https://www.example-news.net/2021/01/14/dams/",
        sites=[FULL_SITE],
    )
    assert article.title == "ارتفاع منسوب المياه في السدود بعد موجة أمطار!"
    assert article.subtitle == "14 كانون الثاني 2021"
    assert article.published is not None
    assert article.published.hour == 9
    assert article.modified is not None
    assert article.modified.hour == 8
    assert article.tags == ("10 كانون الثاني 2021", "12 كانون الثاني 2021")
    assert [image.url for image in article.images] == [
        "https://www.example-news.net/wp-content/uploads/2021/01/dam.jpg"
    ]
    assert [link.text for link in article.related] == [
        "توقعات بهطول أمطار غزيرة على المرتفعات",
        "إغلاق طرق جبلية بسبب الثلوج",
    ]
    assert len(article.paragraphs) == 2


_UNDATED_PAGE = (
    "<html><body><article><h1>خطة جديدة لدعم المزارعين</h1>"
    "<p>أعلنت الوزارة مساء أمس عن خطة جديدة لدعم المزارعين في المحافظات الجنوبية"
    " يوم 12 مارس 2024، وقال الوزير إن الخطة تبدأ في 3 أبريل.</p>"
    "<p>وأضاف أن التمويل متوفر بالكامل لهذا العام وفق الميزانية المعلنة سابقا.</p>"
    "</article></body></html>"
)


def test_relative_dates_need_an_anchor() -> None:
    """Without a publication or reference date, «أمس» and «3 أبريل» are left out, not
    resolved against today; a fully written date stays."""
    article = arnews.parse_html(_UNDATED_PAGE, "https://farm.example/a")
    assert article.published is None
    assert [m.text for m in article.dates] == ["12 مارس 2024"]


def test_relative_dates_resolve_against_reference_date() -> None:
    """With a reference_date, the same page's relative dates are resolved against it."""
    article = arnews.parse_html(
        _UNDATED_PAGE, "https://farm.example/a", reference_date=datetime(2024, 2, 7)
    )
    values = {m.text: m.value for m in article.dates}
    assert values["أمس"] == datetime(2024, 2, 6)
    assert values["3 أبريل"] == datetime(2024, 4, 3)


def _tagged_page(keywords: str) -> bytes:
    return (
        "<html><head><meta name='keywords' content='" + keywords + "'></head><body>"
        "<article><h1>الحكومة تقر خطة جديدة لدعم المزارعين</h1>"
        "<p>أقرت الحكومة في جلستها الأسبوعية خطة جديدة لدعم المزارعين في المحافظات كافة.</p>"
        "<p>وتشمل الخطة قروضا ميسرة وبذورا محسنة وأسمدة بأسعار مدعومة للموسم المقبل.</p>"
        "</article></body></html>"
    ).encode()


@pytest.mark.parametrize(
    "keywords",
    ["الحكومة تقر خطة جديدة لدعم المزارعين", "الحكومة، تقر، خطة، جديدة، لدعم، المزارعين"],
)
def test_keywords_that_repeat_the_title_are_not_tags(keywords: str) -> None:
    """A keywords meta holding only the headline, whole or word by word, gives no tags."""
    assert arnews.parse_html(_tagged_page(keywords)).tags == ()


def test_keywords_naming_a_few_title_words_are_tags() -> None:
    """Real tags that happen to be words of the headline are kept."""
    assert arnews.parse_html(_tagged_page("المزارعين، الحكومة")).tags == ("المزارعين", "الحكومة")


_FRAGMENT_STORY = "<p>قال الوزير إن الخطة الجديدة ستنفذ على مراحل خلال العام المقبل.</p>"


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("<h1>زلزال</h1>", "زلزال"),
        ("<div class='head'><h1> عنوان  الخبر </h1></div>", "عنوان الخبر"),
        ("<h1>Breaking news</h1>", "Breaking news"),
        ("<h1>عنوان أول</h1><h1>عنوان ثان</h1>", None),  # two headings: none is the one
        ("<h1>***</h1>", None),
    ],
)
def test_fragment_takes_its_only_heading(heading: str, title: str | None) -> None:
    """A fragment with an <h1> but no <title>, meta or JSON-LD gets its only <h1> as title,
    however short (CMS exports and archived stories look like this)."""
    assert arnews.parse_html(heading + _FRAGMENT_STORY).title == title


def test_only_heading_naming_the_site_is_no_title() -> None:
    """The one <h1> of a fragment is not its title when it is the outlet's name (a logo)."""
    page = '<meta property="og:site_name" content="شبكة المثال"><h1>شبكة المثال</h1>'
    assert arnews.parse_html(page + _FRAGMENT_STORY).title is None
