"""The assertions of an :class:`~tests.expected.Expected` page against an article, shared by
the site-extractor and the generic-engine corpus tests.

Text is compared the way the engine compares boilerplate: on
:func:`~arnews.extract.boilerplate.phrase_key`. :func:`field_params` makes one test
case per page and labelled field, so no case passes without checking something,
and a field listed in the page's ``gaps`` is a strict xfail.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Final

import pytest

import arnews
from arnews.extract.boilerplate import phrase_key
from tests.expected import FIELDS, Expected

__all__ = [
    "FIELD_CHECKS",
    "check_authors",
    "check_body",
    "check_image",
    "check_published",
    "check_related",
    "check_source",
    "check_subtitle",
    "check_tags",
    "check_title",
    "field_params",
    "parsed",
    "urls",
]


@cache
def urls(corpus: Path) -> Mapping[str, str]:
    """The URL of every HTML page and text dump of *corpus*, by path relative to its root."""
    found: dict[str, str] = {}
    for manifest, prefix, column in (
        (corpus / "MANIFEST.tsv", "", "original_url"),
        (corpus / "text" / "pages" / "MANIFEST.tsv", "text/pages/", "url"),
    ):
        with manifest.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle, delimiter="\t"):
                found[prefix + row["file"]] = row[column]
    return found


@cache
def parsed(corpus: Path, file: str, *, generic: bool = False) -> arnews.Article:
    """The article of the corpus page *file*, parsed with its URL (by the generic engine
    alone when *generic*); each page is parsed once per session."""
    path, url = corpus / file, urls(corpus)[file]
    if path.suffix == ".html":
        data = path.read_bytes()
        return arnews.parse_html(data, url, sites=()) if generic else arnews.parse_html(data, url)
    text = path.read_text(encoding="utf-8")
    return arnews.parse_text(text, url, sites=()) if generic else arnews.parse_text(text, url)


def check_title(article: arnews.Article, exp: Expected) -> None:
    """The headline as the page prints it (as "display" normalization gives it), or none."""
    expected = arnews.normalize(exp.title, preset="display") if exp.title else None
    assert article.title == expected


def check_published(article: arnews.Article, exp: Expected) -> None:
    """The publication day is one the page shows (none when it shows none)."""
    day = article.published.date() if article.published else None
    if exp.published:
        assert day in exp.published
    else:
        assert day is None


def check_subtitle(article: arnews.Article, exp: Expected) -> None:
    """The standfirst under the headline."""
    assert article.subtitle == exp.subtitle


def check_authors(article: arnews.Article, exp: Expected) -> None:
    """The persons credited, in order."""
    assert article.authors == exp.authors


def check_source(article: arnews.Article, exp: Expected) -> None:
    """The agency or outlet credited as the story's source."""
    assert article.source == exp.source


def check_related(article: arnews.Article, exp: Expected) -> None:
    """The outlet's related headlines come out as links, with web addresses on an HTML page."""
    links = {phrase_key(link.text): link.url for link in article.related}
    for headline in exp.related:
        assert phrase_key(headline) in links, headline
        if exp.file.endswith(".html"):
            assert (links[phrase_key(headline)] or "").startswith("http"), headline


def check_tags(article: arnews.Article, exp: Expected) -> None:
    """The outlet's tag list, in order."""
    assert article.tags == exp.tags


def check_image(article: arnews.Article, exp: Expected) -> None:
    """The outlet's article image first among the images."""
    assert article.images
    assert article.images[0].url.rsplit("/", 1)[-1] == exp.image


def check_body(article: arnews.Article, exp: Expected) -> None:
    """A body with every story snippet and no boilerplate snippet (and, where the page is
    labelled, its number of paragraphs)."""
    assert article.paragraphs
    body = phrase_key(article.text)
    for snippet in exp.all_must_have:
        assert phrase_key(snippet) in body, snippet
    for snippet in exp.all_must_not:
        assert phrase_key(snippet) not in body, snippet
    if exp.paragraphs is not None:
        assert len(article.paragraphs) == exp.paragraphs


FIELD_CHECKS: Final[Mapping[str, Callable[[arnews.Article, Expected], None]]] = {
    "title": check_title,
    "subtitle": check_subtitle,
    "published": check_published,
    "authors": check_authors,
    "source": check_source,
    "related": check_related,
    "tags": check_tags,
    "image": check_image,
}
"""The check of each field of :data:`tests.expected.FIELDS`."""


def field_params(
    pages: Iterable[Expected], fields: Iterable[str] = FIELDS
) -> list[pytest.ParameterSet]:
    """One ``(exp, field)`` test case per page and field it labels, among *fields*; the
    page's gaps are strict xfails."""
    params = []
    for exp in pages:
        for field in sorted(fields):
            if not exp.labels(field):
                continue
            gap = exp.gaps.get(field)
            marks = [pytest.mark.xfail(strict=True, reason=gap)] if gap else []
            params.append(pytest.param(exp, field, id=f"{exp.file}:{field}", marks=marks))
    return params
