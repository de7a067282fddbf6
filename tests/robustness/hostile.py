"""Builders of hostile inputs and the hang guard shared by the robustness tests.

Every input is generated here, in memory: nothing big is committed.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

import pytest
import regex

import arnews
from arnews.errors import ArnewsError
from arnews.extract.load import replace_surrogates
from arnews.extract.urls import WEB_SCHEMES

T = TypeVar("T")

_UNSAFE_IN_URL = regex.compile(r"[\p{C}\p{Z}]")
"""A control, format (bidi), private-use, unassigned or space character."""

HANG_CAP = 60.0
"""Seconds after which a call counts as hung. A hang detector, not a speed assertion: every
call here finishes in a few seconds at most, even on a loaded machine."""

TITLE = "عنوان الخبر المهم"
SENTENCE = "قال المتحدث باسم الوزارة إن الاجتماع سيعقد غداً في مقر الوزارة بالعاصمة."
STORY_PARAGRAPHS = tuple(
    f"أكد الوزير في تصريحه رقم {n} أن الخطة الجديدة ستنفذ على مراحل خلال العام المقبل."
    for n in range(1, 4)
)


def page(body: str = "", *, head: str = "", title: str = TITLE) -> str:
    """A small news page: *head* markup, a title and headline, *body*, then the story."""
    story = "".join(f"<p>{p}</p>" for p in (SENTENCE, *STORY_PARAGRAPHS))
    return (
        f"<html><head>{head}<title>{title}</title></head><body>"
        f"<article><h1>{title}</h1>{body}{story}</article></body></html>"
    )


def finish(call: Callable[[], T], cap: float = HANG_CAP) -> T:
    """The result of *call*, run in a daemon thread; the test fails if it is still running
    after *cap* seconds (the thread is abandoned, the test run goes on)."""
    box: list[T] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            box.append(call())
        except BaseException as error:  # noqa: BLE001 -- re-raised in the test thread below
            errors.append(error)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(cap)
    if thread.is_alive():
        pytest.fail(f"still running after {cap:.0f} s: a hang")
    if errors:
        raise errors[0]
    return box[0]


def outcome(call: Callable[[], arnews.Article]) -> arnews.Article | ArnewsError:
    """What *call* gives within the hang cap: an Article or the ArnewsError it raised (any
    other exception propagates and fails the test)."""

    def guarded() -> arnews.Article | ArnewsError:
        try:
            return call()
        except ArnewsError as error:
            return error

    return finish(guarded)


def assert_not_confident(result: arnews.Article | ArnewsError) -> None:
    """*result* is an error, or an article that claims nothing: no title, no paragraphs,
    no dates and no quotes."""
    if isinstance(result, ArnewsError):
        return
    assert result.title is None
    assert result.paragraphs == ()
    assert result.dates == ()
    assert result.quotes == ()


def assert_utf8_clean(article: arnews.Article) -> None:
    """*article* serialises to JSON that encodes as UTF-8 (no lone surrogates left in it)."""
    assert article.to_json().encode("utf-8")


def assert_urls_safe(article: arnews.Article, caller_url: str | None) -> None:
    """Every URL *article* took from the page is an absolute http(s) URL with no control,
    format (bidi) or space character left in it; ``Article.url`` is the caller's URL as
    given, or the canonical URL."""
    from_page = [article.canonical_url, *(i.url for i in article.images)]
    from_page += [link.url for link in article.related]
    for url in from_page:
        if url is None:
            continue
        assert url.split(":", 1)[0].lower() in WEB_SCHEMES, url
        assert not _UNSAFE_IN_URL.search(url), url
    if caller_url:  # as given; a lone surrogate (no encoding writes one) as U+FFFD
        assert article.url == replace_surrogates(caller_url)
    else:
        assert article.url == article.canonical_url
