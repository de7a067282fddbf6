"""The assemble stage shared by both pipelines."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import arnews
from arnews.extract.assemble import assemble
from arnews.extract.draft import Draft
from arnews.sites import Hooks, Site

_FIRST = "القاهرة (رويترز) - قال مسؤول إن المفاوضات ستستأنف الأسبوع المقبل في العاصمة."
_LAST = "وأضاف أن الوفدين سيلتقيان مرة أخرى بعد العيد (الوكالة الوطنية)"


def _shout(title: str) -> str:
    return title + "!"


def _first_only(paragraphs: tuple[str, ...]) -> tuple[str, ...]:
    return paragraphs[:1]


def test_source_order_byline_then_dateline_then_credit() -> None:
    """The byline's agency beats the dateline's, which beats a credit line and the last one."""
    draft = Draft(url=None, site_name=None, title="عنوان", paragraphs=(_FIRST, _LAST))
    assert assemble(draft, None, None).source == "رويترز"
    assert assemble(replace(draft, byline_source="سانا"), None, None).source == "سانا"
    no_dateline = Draft(url=None, site_name=None, title="عنوان", paragraphs=(_LAST,), credit="بترا")
    assert assemble(no_dateline, None, None).source == "بترا"
    bare = Draft(url=None, site_name=None, title="عنوان", paragraphs=(_LAST,))
    assert assemble(bare, None, None).source == "الوكالة الوطنية للإعلام"


def test_hooks_run_before_the_dateline_is_read() -> None:
    """The site's hooks fix title and paragraphs first; the dateline comes from the result."""
    site = Site(
        id="hooks.example",
        name="موقع",
        domains=("hooks.example",),
        hooks=Hooks(title=_shout, paragraphs=_first_only),
    )
    draft = Draft(url=None, site_name="موقع", title="عنوان", paragraphs=(_FIRST, _LAST))
    article = assemble(draft, site, None)
    assert article.title == "عنوان!"
    assert article.paragraphs == (_FIRST,)
    assert article.dateline == "القاهرة"
    assert article.extractor == "hooks.example"


def test_dates_resolve_against_published_else_reference() -> None:
    """Relative dates in the body use the publication date, else the caller's reference."""
    draft = Draft(
        url=None, site_name=None, title=None, paragraphs=("وقال الوزير أمس إن الخطة جاهزة.",)
    )
    article = assemble(draft, None, datetime(2024, 2, 7))
    assert [m.value for m in article.dates] == [datetime(2024, 2, 6)]
    assert article.language == "ar"


BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
"""Bidirectional embeddings, overrides, isolates and marks."""


def _hostile_page(mark: str) -> str:
    """A page with *mark* inside every text field and URL it has."""
    return (
        f'<html><head><meta property="og:site_name" content="موقع{mark} الأخبار">'
        f'<meta name="author" content="سامر{mark} الحلبي">'
        f'<meta name="keywords" content="اقتصاد{mark}، سياسة{mark}">'
        f'<link rel="canonical" href="https://news.example/{mark}a/1"></head><body><article>'
        f"<h1>عنوان{mark} الخبر المهم عن الاقتصاد</h1><h2>تفاصيل{mark} جديدة عن الخطة</h2>"
        f'<figure><img src="/i{mark}.jpg" alt="صورة{mark} الوزير">'
        f"<figcaption>الوزير{mark} في المؤتمر</figcaption></figure>"
        f"<p>القاهرة{mark} (رويترز{mark}) - قال الوزير إن الخطة الجديدة ستنفذ على مراحل.</p>"
        "<p>وأضاف أن الاجتماع المقبل سيعقد في العاصمة خلال الأسبوع المقبل.</p>"
        f"<h3>مقالات ذات صلة</h3><ul><li><a href='/b{mark}/2'>الحكومة{mark} تعلن خطة جديدة "
        "لتطوير الطرق</a></li></ul></article></body></html>"
    )


def test_bidi_controls_leave_every_field() -> None:
    """Bidi overrides, isolates and marks are removed from every text field (site, authors,
    tags, title, subtitle, dateline, source, paragraphs, image caption and alt, related
    text) and percent-encoded in every URL the page gives."""
    for mark in BIDI:
        article = arnews.parse_html(_hostile_page(mark))
        assert not set(BIDI) & set(article.to_json()), hex(ord(mark))
        assert article.site == "موقع الأخبار"
        assert article.authors == ("سامر الحلبي",)
        assert article.tags == ("اقتصاد", "سياسة")
        assert article.subtitle == "تفاصيل جديدة عن الخطة"
        assert (article.dateline, article.source) == ("القاهرة", "رويترز")
        images = [(image.caption, image.alt) for image in article.images]
        assert images == [("الوزير في المؤتمر", "صورة الوزير")]
        assert [link.text for link in article.related] == ["الحكومة تعلن خطة جديدة لتطوير الطرق"]
        assert article.canonical_url is not None
        assert "%E2%" in article.canonical_url or "%D8%9C" in article.canonical_url


def test_text_fields_in_display_form_deduplicated() -> None:
    """Authors and tags that only differ by invisible marks or tatweel are one; a field
    left empty by the display normalization is dropped."""
    draft = Draft(
        url=None,
        site_name="\u200f",
        title="عنوان",
        authors=("سامر الحلبي", "سامر\u200f الـحلبي"),
        tags=("اقتصاد", "\u202eاقتصاد", "\u2066"),
    )
    article = assemble(draft, None, None)
    assert article.site is None
    assert article.authors == ("سامر الحلبي",)
    assert article.tags == ("اقتصاد",)
