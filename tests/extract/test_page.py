"""The Page: metadata precomputed once from the tree."""

from __future__ import annotations

from hypothesis import given
from lxml import etree

from arnews.extract import vocabulary
from arnews.extract.context import select
from arnews.extract.load import parse_tree
from arnews.extract.page import _TIME_STAMPS, Page, build_page, jsonld_text
from tests.strategies import marked_pages


def page_of(html: str, url: str | None = "https://news.example.org/a/1") -> Page:
    root = parse_tree(html)
    assert root is not None
    return build_page(root, url)


HEAD = """<html lang="ar-EG"><head><title>عنوان - الموقع</title>
<meta property="og:title" content="عنوان الخبر">
<meta name="Author" content="سامر الحلبي">
<meta property="article:tag" content="اقتصاد">
<meta property="article:tag" content="نفط">
<link rel="canonical" href="/a/1-canonical">
<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "الموقع"},
  {"@type": "NewsArticle", "headline": "عنوان من JSON-LD", "datePublished": "2024-02-07"}
]}</script>
<script>var x = "لا يظهر";</script><style>p {}</style>
</head><body><time datetime="2024-02-07T10:30:00+03:00">٧ فبراير</time><p>نص</p></body></html>"""


def test_meta_is_indexed_by_lowercase_key_in_page_order() -> None:
    """<meta> contents are grouped under their lower-cased property or name."""
    page = page_of(HEAD)
    assert page.meta["author"] == ("سامر الحلبي",)
    assert page.meta["article:tag"] == ("اقتصاد", "نفط")
    assert page.first_meta("twitter:title", "og:title") == "عنوان الخبر"


def test_jsonld_graph_article_first() -> None:
    """Article objects inside @graph are found and put first."""
    page = page_of(HEAD)
    assert page.jsonld[0]["headline"] == "عنوان من JSON-LD"


def test_canonical_title_language_stamps() -> None:
    """Canonical URL is absolute; <title>, language and <time datetime> are read."""
    page = page_of(HEAD)
    assert page.canonical == "https://news.example.org/a/1-canonical"
    assert page.title == "عنوان - الموقع"
    assert page.language == "ar"
    assert page.stamps == ("2024-02-07T10:30:00+03:00",)


def test_scripts_and_styles_are_removed_after_reading() -> None:
    """Script and style text never reaches the content tree."""
    page = page_of(HEAD)
    text = "".join(page.root.itertext())
    assert "لا يظهر" not in text
    assert "نص" in text


def test_malformed_jsonld_is_tolerated() -> None:
    """Trailing commas, raw newlines in strings and broken JSON still give the fields."""
    assert jsonld_text('{"@type": "NewsArticle", "headline": "خبر",}')[0]["headline"] == "خبر"
    assert jsonld_text('{"@type": "Article", "headline": "سطر\nثان"}')[0]["headline"] == "سطر\nثان"
    broken = (
        '{"@type": "NewsArticle", "headline": "خبر \\"مهم\\"", "datePublished": "2020-01-02" ]]'
    )
    obj = jsonld_text(broken)[0]
    assert obj["headline"] == 'خبر "مهم"'
    assert obj["datePublished"] == "2020-01-02"
    assert jsonld_text("not json at all") == ()


def test_page_without_url_uses_canonical() -> None:
    """Without a caller URL the canonical URL becomes the page URL."""
    page = page_of('<link rel="canonical" href="https://x.example/y"><p>نص</p>', url=None)
    assert page.url == "https://x.example/y"
    assert page.absolute("/z") == "https://x.example/z"


def test_a_selector_is_evaluated_once_per_page() -> None:
    """select() keeps each selector's results on the page and hands out copies of them."""
    page = page_of("<div class='x'><p>أ</p></div><div class='y'><p>ب</p></div>")
    found = select(page, ("//div[@class='none']", "//div[@class='x']/p"))
    assert [e.text for e in found if not isinstance(e, str)] == ["أ"]
    assert set(page.selected) == {"//div[@class='none']", "//div[@class='x']/p"}
    found.clear()  # the caller's list is its own
    page.selected["//div[@class='x']/p"].append("kept")
    assert select(page, ("//div[@class='x']/p",))[-1] == "kept"  # read back, not re-evaluated
    assert select(page, ("//div/@class",)) == ["x", "y"]


EVERY_NODE_QUERIES = {
    "stamps": "//time/@datetime | //@itemprop[.='datePublished']/../@content"
    " | //@itemprop[.='datePublished']/../@datetime"
    " | //@property[.='dc:date' or .='dcterms:created']/../@content",
    "authors": "//@rel[.='author']/.. | //@itemprop[.='author']/.."
    " | //@class[contains(., 'author') or contains(., 'byline') or contains(., 'write')]/..",
    "dates": "//time | //@class[contains(., 'date') or contains(., 'time')"
    " or contains(., 'publish') or contains(., 'posted') or contains(., 'created')"
    " or contains(., 'stamp') or contains(., 'tmstmp')]/.. | //@id[contains(., 'date')]/.."
    " | //@itemprop[contains(., 'date')]/..",
}
"""The generic markup queries as first written, from every node's attributes."""


def test_stamp_attributes_come_in_the_order_of_the_page() -> None:
    """A datePublished item's datetime and content come in the order the element gives
    them, among the other stamps in document order."""
    root = parse_tree(
        '<p><span itemprop="datePublished" datetime="A" content="B">x</span>'
        '<time datetime="C"></time><meta property="dc:date" content="D">'
        '<b itemprop="datePublished" content="E" datetime="F"></b></p>'
    )
    assert root is not None
    assert _TIME_STAMPS(root) == ["A", "B", "C", "D", "E", "F"]


@given(marked_pages())
def test_queries_from_the_elements_attributes_find_what_every_nodes_find(html: str) -> None:
    """The markup queries written from the elements' attributes (``/descendant::*/@x``)
    find what they found written from every node's (``//@x``), in the same order."""
    root = parse_tree(html)
    if root is None:
        return
    queries = {
        "stamps": _TIME_STAMPS,
        "authors": vocabulary.AUTHOR_MARKUP,
        "dates": vocabulary.DATE_MARKUP,
    }
    for name, query in queries.items():
        assert query(root) == etree.XPath(EVERY_NODE_QUERIES[name])(root), name
