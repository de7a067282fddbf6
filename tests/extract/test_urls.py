"""The URL policy (issue #19 item 5, issue #17 item 8), through :func:`arnews.parse_html`:
only http(s) URLs reach an Article, relative ones resolve against ``<base href>`` and the
caller's URL, and a page never replaces the caller's URL."""

from __future__ import annotations

import json

import pytest
import regex
from hypothesis import given

import arnews
from arnews.extract.urls import WEB_SCHEMES, document_base, is_web_url, web_url
from tests.strategies import hostile_hrefs

PAGE_URL = "https://www.youm7.com/story/2024/3/5/x/1"
STORY = "<p>قال الوزير إن الخطة الجديدة ستنفذ على مراحل خلال العام المقبل في كل المحافظات.</p>"
RELATED = (
    "<h3>مقالات ذات صلة</h3><ul><li>"
    "<a href='{}'>الحكومة تعلن خطة جديدة لتطوير الطرق في المحافظات</a></li></ul>"
)

UNSAFE = [
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "java\nscript:alert(1)",
    "java\tscript:alert(1)",
    " \x01javascript:alert(1)",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "data:text/html,<script>alert(1)</script>",
    "DATA:image/png;base64,AAAA",
    "mailto:a@example.com",
    "ftp://example.com/x.jpg",
    "http://[x",
    "https://[::1",
]


def _jsonld(value: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(value)}</script>'


def _images_in(href: str) -> list[str]:
    """Every image slot of a page holding *href*: <figure><img>, og:image, JSON-LD image
    (string, list, object)."""
    return [
        f'<article><figure><img src="{href}" alt="صورة"></figure>{STORY}</article>',
        f'<meta property="og:image" content="{href}">{STORY}',
        _jsonld({"@type": "NewsArticle", "image": href}) + STORY,
        _jsonld({"@type": "NewsArticle", "image": [href]}) + STORY,
        _jsonld({"@type": "NewsArticle", "image": {"url": href}}) + STORY,
    ]


@pytest.mark.parametrize("href", UNSAFE)
def test_unsafe_urls_never_reach_an_article(href: str) -> None:
    """javascript:, vbscript:, file:, data: (any case, with tabs, newlines or controls
    inside the scheme) and unparsable URLs are dropped from links, images and the
    canonical URL."""
    quoted = href.replace('"', "&quot;").replace("<", "&lt;")
    for html in _images_in(quoted):
        assert arnews.parse_html(html, PAGE_URL).images == ()
    related = arnews.parse_html(STORY + RELATED.format(quoted), PAGE_URL).related
    assert related
    assert [link.url for link in related] == [None]
    article = arnews.parse_html(f'<link rel="canonical" href="{quoted}">{STORY}')
    assert (article.url, article.canonical_url) == (None, None)


def test_relative_urls_resolve_against_base_and_caller() -> None:
    """Relative URLs resolve against an http(s) <base href> (itself resolved against the
    caller's URL), else against the caller's URL; a javascript: base is ignored."""
    body = (
        STORY + RELATED.format("../b/2") + '<article><figure><img src="i.jpg"></figure></article>'
    )
    cases = {
        "": (
            "https://www.youm7.com/story/2024/3/5/b/2",
            "https://www.youm7.com/story/2024/3/5/x/i.jpg",
        ),
        '<base href="https://cdn.example.com/s/t/">': (
            "https://cdn.example.com/s/b/2",
            "https://cdn.example.com/s/t/i.jpg",
        ),
        '<base href="/news/today/">': (
            "https://www.youm7.com/news/b/2",
            "https://www.youm7.com/news/today/i.jpg",
        ),
        '<base href="javascript:alert(1)//">': (
            "https://www.youm7.com/story/2024/3/5/b/2",
            "https://www.youm7.com/story/2024/3/5/x/i.jpg",
        ),
    }
    for base, (link, image) in cases.items():
        article = arnews.parse_html(base + body, PAGE_URL)
        assert [related.url for related in article.related] == [link]
        assert [img.url for img in article.images] == [image]


def test_relative_urls_without_a_base_are_dropped() -> None:
    """Without a caller URL, a usable <base> or a canonical URL, a relative link has no
    address: its text stays, its URL is None; an image without a URL is no image."""
    html = STORY + RELATED.format("/b/2") + '<article><figure><img src="i.jpg"></figure></article>'
    article = arnews.parse_html(html)
    assert [link.url for link in article.related] == [None]
    assert article.images == ()
    canonical = '<link rel="canonical" href="https://e.example/a/1">'
    article = arnews.parse_html(canonical + html)
    assert [link.url for link in article.related] == ["https://e.example/b/2"]


def test_the_caller_url_is_never_replaced() -> None:
    """A canonical URL or og:url on another registered site neither replaces the caller's
    URL nor moves the article to that site's extractor; both URLs are kept."""
    head = (
        '<meta property="og:url" content="https://mirror.example/x">'
        '<link rel="canonical" href="https://arabic.cnn.com/middle-east/article/2024/x">'
    )
    article = arnews.parse_html(head + STORY, PAGE_URL)
    assert article.url == PAGE_URL
    assert article.canonical_url == "https://arabic.cnn.com/middle-east/article/2024/x"
    assert article.extractor == "youm7.com"
    odd = "not a URL at all"
    assert arnews.parse_html(head + STORY, odd).url == odd  # the caller's, as given


def test_canonical_wins_over_og_url_in_any_order() -> None:
    """<link rel="canonical"> (any case, among other rel values) wins over og:url wherever
    each stands; og:url is used when there is no canonical link."""
    canonical = '<link rel="Canonical shortlink" href="/a/1">'
    og = '<meta property="og:url" content="https://52.16.95.170/a/1">'
    for head in (canonical + og, og + canonical):
        article = arnews.parse_html(head + STORY, "https://www.almadenahnews.com/x")
        assert article.canonical_url == "https://www.almadenahnews.com/a/1"
    article = arnews.parse_html(og + STORY)
    assert article.url == article.canonical_url == "https://52.16.95.170/a/1"
    assert article.extractor == "almadenahnews.com"  # no caller URL: the page's picks the site


def test_bidi_and_controls_in_urls_are_percent_encoded() -> None:
    """A bidi override, a space or a quote inside a kept URL is percent-encoded, so the URL
    displays as what it is; Arabic letters stay readable."""
    href = '/صور/\u202egpj.exe?q=a b&c="x"'
    article = arnews.parse_html(
        f"<article><figure><img src='{href}'></figure>{STORY}</article>", PAGE_URL
    )
    assert [image.url for image in article.images] == [
        "https://www.youm7.com/صور/%E2%80%AEgpj.exe?q=a%20b&c=%22x%22"
    ]


def test_canonical_url_round_trips() -> None:
    """Article.canonical_url survives to_dict/from_dict and to_json/from_json."""
    article = arnews.parse_html('<link rel="canonical" href="https://e.example/a">' + STORY)
    assert article.canonical_url == "https://e.example/a"
    assert arnews.Article.from_dict(article.to_dict()) == article
    assert arnews.Article.from_json(article.to_json()) == article


@given(hostile_hrefs, hostile_hrefs)
def test_web_url_keeps_only_http(href: str, base: str) -> None:
    """Whatever the href and base, web_url gives None or an absolute http(s) URL with a host,
    holding no control, bidi or space character, that reads back as itself."""
    url = web_url(href, base)
    if url is not None:
        assert is_web_url(url)
        assert url.split(":", 1)[0].lower() in WEB_SCHEMES
        assert not regex.search(r"[\p{C}\p{Z}]", url)  # no control, format or space character
        assert web_url(url, None) == url


@given(hostile_hrefs, hostile_hrefs, hostile_hrefs)
def test_document_base_is_http_or_none(base_href: str, url: str, canonical: str) -> None:
    """The base a page's links resolve against is an http(s) URL, or the canonical URL the
    page gave (itself already checked), or None."""
    base = document_base(base_href, url, canonical if is_web_url(canonical) else None)
    assert base is None or is_web_url(base)
