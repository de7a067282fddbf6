"""The generic extractor on the real corpus (../shared/corpus): titles, dates, authors, body.

Every page is parsed with ``sites=()`` so that these tests pin the *generic*
engine, whatever site modules exist. What each page must give is written once,
in ``tests/expected/`` (shared with the site tests and the benchmarks); where the
generic engine is knowingly weaker than a site extractor, the page's file says so
in its ``generic`` allowance, which these tests apply, and check is still needed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Final

import pytest

import arnews
from tests.expected import FIELDS, Expected, html_pages, text_dumps
from tests.expected.checks import FIELD_CHECKS, check_body, field_params, parsed

pytestmark = pytest.mark.corpus

PAGES: Final = tuple(exp.for_generic() for exp in html_pages() + text_dumps())
"""Every expected page, as the generic engine must read it (allowances applied)."""
MIN_HTML_PAGES: Final = 11
"""The corpus's HTML pages (it may grow, never shrink)."""
MIN_TEXT_DUMPS: Final = 100
"""The corpus's text dumps, at least."""


def _allowances() -> list[pytest.ParameterSet]:
    """One case per allowance item: ``(page, what)``, *what* a field or ``leaks:<snippet>``."""
    params = []
    for exp in html_pages() + text_dumps():
        if exp.generic is None:
            continue
        items = [(field, field) for field in sorted(exp.generic.misses)]
        items += [("published", "published")] if exp.generic.published else []
        items += [(f"leaks:{s}", f"leak{n}") for n, s in enumerate(exp.generic.leaks, 1)]
        params += [pytest.param(exp, item, id=f"{exp.file}:{name}") for item, name in items]
    return params


@pytest.mark.parametrize(("exp", "field"), field_params(PAGES))
def test_generic_field(exp: Expected, field: str, corpus: Path) -> None:
    """The generic engine gets the headline, the publication day (never a crawl date), the
    persons credited (no outlet names), the related headlines, the tags and the main image
    of a real page."""
    article = parsed(corpus, exp.file, generic=True)
    assert article.extractor == "generic"
    FIELD_CHECKS[field](article, exp)


@pytest.mark.parametrize("exp", PAGES, ids=lambda exp: exp.file)
def test_generic_body(exp: Expected, corpus: Path) -> None:
    """The generic engine keeps the story's snippets and drops the page's boilerplate."""
    check_body(parsed(corpus, exp.file, generic=True), exp)


@pytest.mark.parametrize(("exp", "item"), _allowances())
def test_generic_allowance_is_still_needed(exp: Expected, item: str, corpus: Path) -> None:
    """Each item of a page's generic allowance still describes what the generic engine does
    (it misses the field, leaks the snippet, gives the other day): once the engine gets it
    right, the allowance must go."""
    article = parsed(corpus, exp.file, generic=True)
    check: Callable[[arnews.Article, Expected], None]
    if item.startswith("leaks:"):
        leak = item.removeprefix("leaks:")
        only = replace(exp, must_have=(), extra_must_have=(), must_not=(leak,), extra_must_not=())
        check = check_body
    else:
        only = replace(exp, misses=FIELDS - {item})
        check = FIELD_CHECKS[item]
    with pytest.raises(AssertionError):
        check(article, only)


def test_every_corpus_page_parses(corpus: Path) -> None:
    """Every HTML page and text dump of the corpus parses without error into Arabic paragraphs."""
    html = sorted((corpus / "html").glob("*/*.html"))
    dumps = sorted((corpus / "text" / "pages").glob("*/*.txt"))
    assert len(html) >= MIN_HTML_PAGES
    assert len(dumps) >= MIN_TEXT_DUMPS
    for path in html:
        assert arnews.parse_html(path.read_bytes(), sites=()).paragraphs, path
    for path in dumps:
        article = arnews.parse_text(path.read_text(encoding="utf-8"), sites=())
        assert article.paragraphs, path
