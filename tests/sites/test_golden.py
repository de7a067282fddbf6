"""The golden test: every built-in site, layout and text profile on a fixture we wrote."""

from __future__ import annotations

import pytest

import arnews
from arnews.extract.boilerplate import phrase_key
from arnews.sites import BUILTIN_SITES
from tests.sites.cases import CASES, HTML_CASES, TEXT_CASES, Case


def _gap(request: pytest.FixtureRequest, case: Case, field: str) -> None:
    for name, reason in case.gaps:
        if name == field:
            request.applymarker(pytest.mark.xfail(strict=True, reason=reason))


def _parse(case: Case) -> arnews.Article:
    if case.layout is None:
        return arnews.parse_text(case.fixture.read_text(encoding="utf-8"), case.url)
    return arnews.parse_html(case.fixture.read_bytes(), case.url)


@pytest.fixture(scope="module", params=CASES, ids=lambda case: case.id)
def golden(request: pytest.FixtureRequest) -> tuple[Case, arnews.Article]:
    """A case and the article its fixture gives."""
    case: Case = request.param
    return case, _parse(case)


def test_every_layout_and_text_profile_has_a_fixture() -> None:
    """Adding a site, a layout or a text profile without a golden case fails here."""
    html = {(c.site, c.layout) for c in HTML_CASES}
    text = {c.site for c in TEXT_CASES}
    for site in BUILTIN_SITES:
        for layout in site.layouts:
            assert (site.id, layout.name) in html, f"no fixture for {site.id} layout {layout.name}"
        assert (site.text is not None) == (site.id in text), f"text fixture mismatch: {site.id}"
    assert all(case.fixture.is_file() for case in CASES)


def test_cases_cover_only_registered_sites() -> None:
    """No golden case names a site or layout the registry does not have."""
    layouts = {(s.id, layout.name) for s in BUILTIN_SITES for layout in s.layouts}
    assert {(c.site, c.layout) for c in HTML_CASES} <= layouts


def test_picked_by_its_own_extractor(golden: tuple[Case, arnews.Article]) -> None:
    """The fixture is routed to the site it was written for, not to the generic extractor."""
    case, article = golden
    assert article.extractor == case.site


def test_title(golden: tuple[Case, arnews.Article], request: pytest.FixtureRequest) -> None:
    """The headline without the outlet's name (as "display" normalization prints it), and the
    standfirst."""
    case, article = golden
    _gap(request, case, "title")
    expected = arnews.normalize(case.title, preset="display") if case.title else None
    assert article.title == expected
    assert article.subtitle == case.subtitle


def test_published(golden: tuple[Case, arnews.Article], request: pytest.FixtureRequest) -> None:
    """The story's own date, not a header clock or a crawl-day widget."""
    case, article = golden
    _gap(request, case, "published")
    assert (article.published.date() if article.published else None) == case.published


def test_authors_and_source(
    golden: tuple[Case, arnews.Article], request: pytest.FixtureRequest
) -> None:
    """Bylines without «كتب»/«حوار:» or the writer's city; agencies go to ``source``."""
    case, article = golden
    _gap(request, case, "source")
    assert article.authors == case.authors
    if case.source is not None:
        assert article.source == case.source


def test_body_keeps_the_story(golden: tuple[Case, arnews.Article]) -> None:
    """The body has every must-have snippet and, where fixed, the exact paragraph count."""
    case, article = golden
    body = phrase_key(article.text)
    for snippet in case.must_have:
        assert phrase_key(snippet) in body, snippet
    if case.paragraphs is not None:
        assert len(article.paragraphs) == case.paragraphs


def test_related_and_boilerplate_blocks_are_gone(golden: tuple[Case, arnews.Article]) -> None:
    """The outlet's «مقالات ذات صلة»/«اقرأ أيضاً»-style block and other chrome stay out."""
    case, article = golden
    body = phrase_key(article.text)
    assert case.gone
    for snippet in case.gone + case.must_not:
        assert phrase_key(snippet) not in body, snippet


def test_related_links(golden: tuple[Case, arnews.Article]) -> None:
    """The outlet's related headlines become ``Article.related`` links instead of text."""
    case, article = golden
    texts = {phrase_key(link.text) for link in article.related}
    for headline in case.related:
        assert phrase_key(headline) in texts, headline
