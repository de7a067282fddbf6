"""The assemble stage shared by both pipelines."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from arnews.extract.assemble import Draft, assemble
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
