"""Each built-in site on its real pages in the corpus (skipped when the corpus is absent).

What each page must give is written once, in ``tests/expected/`` (shared with the
generic-engine tests and the benchmarks); these tests hold the site extractors to
all of it.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Final

import pytest

import arnews
from arnews.extract.boilerplate import phrase_key
from arnews.sites import find_site
from tests.expected import Expected, html_pages, seed, text_dumps
from tests.expected.checks import (
    FIELD_CHECKS,
    check_authors,
    check_body,
    check_title,
    field_params,
    parsed,
    urls,
)

pytestmark = pytest.mark.corpus


def _has_text_profile(domain: str) -> bool:
    site = find_site(f"https://{domain}/")
    return site is not None and site.text is not None


PROFILED_DUMPS: Final = tuple(d for d in text_dumps() if _has_text_profile(d.domain))
"""The expected dumps of outlets whose site module has a text profile."""
PROFILE_DUMPS: Final = 2
"""An outlet with this many dumps in the corpus or more has a text profile."""


def _ids(exp: Expected) -> str:
    return exp.file


def test_every_corpus_page_is_listed(corpus: Path) -> None:
    """Every HTML page of the corpus has an expectation file."""
    pages = {file for file in urls(corpus) if file.startswith("html/")}
    assert {exp.file for exp in html_pages()} == pages


@pytest.mark.parametrize("exp", html_pages(), ids=_ids)
def test_routed_to_its_own_site(exp: Expected, corpus: Path) -> None:
    """The page is parsed by the site extractor of its domain, with its URL or without one
    (then the page's own canonical / ``og:url`` picks the site)."""
    article = parsed(corpus, exp.file)
    assert article.extractor == exp.domain
    found = find_site(urls(corpus)[exp.file])
    assert found is not None
    assert found.id == article.extractor
    assert arnews.parse_html((corpus / exp.file).read_bytes()).extractor == exp.domain


@pytest.mark.parametrize(("exp", "field"), field_params(html_pages()))
def test_field(exp: Expected, field: str, corpus: Path) -> None:
    """Headline, publication day, people credited, related headlines (with addresses), tag
    list and main image, as the page prints them."""
    FIELD_CHECKS[field](parsed(corpus, exp.file), exp)


@pytest.mark.parametrize("exp", html_pages(), ids=_ids)
def test_clean_body(exp: Expected, corpus: Path) -> None:
    """The story's snippets are in the body; the outlet's related blocks and chrome are not."""
    check_body(parsed(corpus, exp.file), exp)


def test_every_profiled_outlet_dump_is_listed(corpus: Path) -> None:
    """Each outlet with two or more dumps has a text profile and all its dumps expected."""
    dumps = [file for file in urls(corpus) if file.startswith("text/pages/")]
    counts = Counter(file.split("/")[2] for file in dumps)
    several = {file for file in dumps if counts[file.split("/")[2]] >= PROFILE_DUMPS}
    assert several <= {exp.file for exp in PROFILED_DUMPS}


@pytest.mark.parametrize("exp", PROFILED_DUMPS, ids=_ids)
def test_dump_routed_to_its_profile(exp: Expected, corpus: Path) -> None:
    """A real dump goes to its outlet's text profile."""
    assert parsed(corpus, exp.file).extractor == exp.domain


@pytest.mark.parametrize(("exp", "field"), field_params(PROFILED_DUMPS))
def test_dump_field(exp: Expected, field: str, corpus: Path) -> None:
    """The dump's headline (none when it shows none) and the day it prints (never the
    crawler's)."""
    FIELD_CHECKS[field](parsed(corpus, exp.file), exp)


@pytest.mark.parametrize("exp", PROFILED_DUMPS, ids=_ids)
def test_dump_body(exp: Expected, corpus: Path) -> None:
    """The outlet's header lines and chrome stay out of the body; the story stays in."""
    check_body(parsed(corpus, exp.file), exp)


def test_seed_republisher_format(seed_text: str) -> None:
    """The seed («… - It's Over 9000!» republishing Baladi News) keeps the republisher as
    site, the Baladi News line as source, its nine paragraphs and its six related headlines."""
    exp = seed()
    article = arnews.parse_text(seed_text)
    check_title(article, exp)
    check_authors(article, exp)
    check_body(article, exp)
    assert (article.site, article.source) == (exp.site, exp.source)
    assert [phrase_key(link.text) for link in article.related] == [
        phrase_key(headline) for headline in exp.related
    ]
