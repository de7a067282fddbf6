"""What every fuzz target checks on a result (shared by the harnesses in this directory).

A violated invariant raises :class:`AssertionError`, which atheris reports as a crash and
saves the input for (then kept as a regression test in tests/robustness/).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from datetime import datetime

import regex

import arnews

REFERENCE = datetime(2024, 3, 5, 12, 0)
"""A fixed reference date, so relative dates do not depend on the clock."""


def as_text(data: bytes) -> str:
    """*data* as a ``str``; undecodable bytes become lone surrogates (``surrogateescape``),
    which a ``str`` argument can hold."""
    return data.decode("utf-8", errors="surrogateescape")


def check_spans(
    text: str, dates: Sequence[arnews.DateMention], quotes: Sequence[arnews.Quote]
) -> None:
    """Date and quote spans index into *text* and give back what they claim."""
    for mention in dates:
        if not 0 <= mention.start < mention.end <= len(text):
            raise AssertionError(f"date span out of range: {mention!r}")
        if text[mention.start : mention.end] != mention.text:
            raise AssertionError(f"date span does not give its text: {mention!r}")
    for quote in quotes:
        if not 0 <= quote.start <= quote.end <= len(text):
            raise AssertionError(f"quote span out of range: {quote!r}")
        if text[quote.start : quote.end] != quote.content:
            raise AssertionError(f"quote span does not give its content: {quote!r}")


WEB_SCHEMES = ("http", "https")
_UNSAFE_IN_URL = regex.compile(r"[\p{C}\p{Z}]")
_SURROGATE = regex.compile(r"[\ud800-\udfff]")


def check_dates(article: arnews.Article) -> None:
    """Every datetime of *article* is aware in one zone, or all are naive (any two compare)."""
    stamps = [article.published, article.modified, *(m.value for m in article.dates)]
    offsets = {stamp.utcoffset() for stamp in stamps if stamp is not None}
    if len(offsets) > 1:
        raise AssertionError(f"datetimes of one article in several zones: {offsets!r}")


def check_urls(article: arnews.Article, caller_url: str | None = None) -> None:
    """Every URL the page gave is absolute http(s) with no control, bidi or space character
    left in it; ``Article.url`` is the caller's (a lone surrogate as U+FFFD) or the
    canonical URL."""
    taken = [article.canonical_url, *(image.url for image in article.images)]
    taken += [link.url for link in article.related]
    for url in taken:
        if url is None:
            continue
        if url.split(":", 1)[0].lower() not in WEB_SCHEMES:
            raise AssertionError(f"a URL that is not http(s): {url!r}")
        if _UNSAFE_IN_URL.search(url):
            raise AssertionError(f"a control, bidi or space character in a URL: {url!r}")
    expected = _SURROGATE.sub("\ufffd", caller_url) if caller_url else article.canonical_url
    if expected != article.url:
        raise AssertionError(f"Article.url {article.url!r} replaced the caller's {caller_url!r}")


def check_article(article: arnews.Article, caller_url: str | None = None) -> None:
    """Tidy non-empty paragraphs, valid spans, one time zone for every datetime, safe URLs
    (*caller_url* kept), and JSON that encodes as UTF-8 and reads back."""
    for paragraph in article.paragraphs:
        if not paragraph or paragraph != paragraph.strip():
            raise AssertionError(f"untidy paragraph: {paragraph!r}")
    check_spans(article.text, article.dates, article.quotes)
    check_dates(article)
    check_urls(article, caller_url)
    dumped = article.to_json()
    dumped.encode("utf-8")
    if arnews.Article.from_json(dumped) != article:
        raise AssertionError("the article does not survive a JSON round trip")


def fuzz(one_input: Callable[[bytes], None]) -> None:
    """Instrument every loaded module (arnews and its parsers' Python code), then hand
    *one_input* and the command line (libFuzzer arguments) to atheris."""
    import atheris  # noqa: PLC0415 -- only here: the tests import the harnesses without it

    atheris.instrument_all()
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()
