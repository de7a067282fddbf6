"""Site selectors: the index of marked elements answers them as XPath does."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from lxml import etree

from arnews.extract.load import load_html, parse_tree
from arnews.extract.page import Page, build_page
from arnews.extract.selectors import _column, _marked, _shape, _xpath, evaluate
from arnews.sites import registered_sites
from tests.strategies import marked_pages, nested_marked_pages, nested_selectors, site_selectors

LAYOUT_FIELDS = ("match", "title", "subtitle", "body", "paragraphs", "authors")
LAYOUT_FIELDS += ("published", "modified", "tags", "images", "related", "drop")


def page_of(html: str) -> Page | None:
    root = parse_tree(html)
    return None if root is None else build_page(root, "https://news.example.org/a/1")


def plain(items: list[object]) -> list[object]:
    """XPath's smart strings as plain strings (elements as they are)."""
    return [str(item) if isinstance(item, str) else item for item in items]


@given(marked_pages(), site_selectors)
def test_the_index_finds_what_xpath_finds(html: str, selector: str) -> None:
    """evaluate() gives XPath's result, in XPath's order, for selectors of the site shape
    (marks repeated on nested elements included)."""
    page = page_of(html)
    if page is None:
        return
    assert plain(evaluate(page, selector)) == plain(_xpath(selector, page))


@given(nested_marked_pages(), nested_selectors)
def test_elements_found_inside_each_other_give_what_xpath_gives(html: str, selector: str) -> None:
    """When the first step finds an element inside another, evaluate() still gives XPath's
    result: from the outermost ones for a rest that starts with a descendant step."""
    page = page_of(html)
    if page is None:
        return
    assert plain(evaluate(page, selector)) == plain(_xpath(selector, page))


def test_selector_shapes() -> None:
    """Class and id steps (a class held, perhaps with another not held) with child,
    descendant and attribute steps after them take the index; unions, other first steps
    and steps that leave the element go to XPath."""
    assert _shape("//div[@class='LongDesc']") is not None
    assert _shape("//div[contains(@class, 'a')]//img/@data-src") is not None
    assert _shape("//div[@id='x']/p[1][strong]/strong") is not None
    assert _shape("//div[contains(@class, 'a') and not(contains(@class, 'b'))]//h3") is not None
    assert _shape("//div[contains(@class, 'a') and not(contains(@id, 'b'))]") is None
    assert _shape("//div[@class='a'] | //div[@class='b']") is None
    assert _shape("//meta[@name='x']/@content") is None
    assert _shape("//div[@class='a']/..") is None
    assert _shape("//div[@class='a']//p[ancestor::ul]") is None


def test_every_site_selector_on_the_corpus_pages(corpus: Path) -> None:
    """Every selector of every registered site finds on every corpus page what XPath finds."""
    selectors = sorted(
        {
            selector
            for site in registered_sites()
            for layout in site.layouts
            for name in LAYOUT_FIELDS
            for selector in getattr(layout, name)
        }
    )
    for path in sorted((corpus / "html").glob("*/*.html")):
        root = load_html(path.read_bytes(), encoding=None, max_bytes=50_000_000)
        assert root is not None
        page = build_page(root, None)
        for selector in selectors:
            assert plain(evaluate(page, selector)) == plain(_xpath(selector, page)), selector


@given(st.lists(st.sampled_from(("", "a", "aa", "a b", "ba", "b")), max_size=8), st.booleans())
def test_the_joined_values_find_each_element_once(values: list[str], exact: bool) -> None:
    """A search of the joined values finds, in order, each element whose value is (or holds)
    the needle once, however often the value holds it and whatever its neighbours hold."""
    root = etree.Element("div")
    for value in values:
        etree.SubElement(root, "p", {"class": value} if value else {})
    page = build_page(root, None)
    column = _column(page, "p", "class")
    needle = "\x00a\x00" if exact else "a"
    expected = [
        e for e in root if (e.get("class") == "a" if exact else "a" in (e.get("class") or ""))
    ]
    assert _marked(column, needle) == expected


def test_no_attribute_value_holds_the_separator() -> None:
    """lxml refuses the separator of the joined values in an attribute value."""
    with pytest.raises(ValueError, match="XML compatible"):
        etree.Element("p").set("class", "a\x00b")
