"""The golden test: every built-in site, layout and text profile on a fixture we wrote."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

import arnews
from arnews.sites import BUILTIN_SITES
from tests.expected import EXPECTED, Expected
from tests.expected.checks import FIELD_CHECKS, check_body, field_params
from tests.sites.cases import CASES, FIXTURES, HTML_CASES, TEXT_CASES, Case

_BY_FILE = {case.expected.file: case for case in CASES}


def _parse(case: Case) -> arnews.Article:
    """The article the case's fixture gives (parsed once per session)."""
    return _parsed(case.fixture, case.url)


@cache
def _parsed(fixture: Path, url: str | None) -> arnews.Article:
    if fixture.suffix == ".txt":
        return arnews.parse_text(fixture.read_text(encoding="utf-8"), url)
    return arnews.parse_html(fixture.read_bytes(), url)


def test_every_layout_and_text_profile_has_a_fixture() -> None:
    """Adding a site, a layout or a text profile without a golden case fails here."""
    html = {(c.site, c.layout) for c in HTML_CASES}
    text = {c.site for c in TEXT_CASES}
    for site in BUILTIN_SITES:
        for layout in site.layouts:
            assert (site.id, layout.name) in html, f"no fixture for {site.id} layout {layout.name}"
        assert (site.text is not None) == (site.id in text), f"text fixture mismatch: {site.id}"


def test_cases_cover_only_registered_sites() -> None:
    """No golden case names a site or layout the registry does not have."""
    layouts = {(s.id, layout.name) for s in BUILTIN_SITES for layout in s.layouts}
    assert {(c.site, c.layout) for c in HTML_CASES} <= layouts


def test_every_fixture_has_its_expectation() -> None:
    """Each fixture has an expectation file and each expectation file a fixture."""
    fixtures = {path.stem for path in FIXTURES.iterdir()}
    expected = {path.stem for path in (EXPECTED / "fixtures" / "sites").glob("*.json")}
    assert fixtures == expected
    assert len(CASES) == len(fixtures)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_picked_by_its_own_extractor(case: Case) -> None:
    """The fixture is routed to the site it was written for, not to the generic extractor."""
    assert _parse(case).extractor == case.site


@pytest.mark.parametrize(("exp", "field"), field_params(case.expected for case in CASES))
def test_field(exp: Expected, field: str) -> None:
    """The headline without the outlet's name, the standfirst, the story's own date (not a
    header clock or a crawl-day widget), bylines without «كتب»/«حوار:» or the writer's
    city, the agency as source, and the related headlines as links."""
    case = _BY_FILE[exp.file]
    FIELD_CHECKS[field](_parse(case), case.expected)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.id)
def test_body(case: Case) -> None:
    """The body has every must-have snippet (and, where fixed, the exact paragraph count);
    the outlet's «مقالات ذات صلة»/«اقرأ أيضاً»-style block and other chrome stay out."""
    assert case.expected.gone
    check_body(_parse(case), case.expected)
