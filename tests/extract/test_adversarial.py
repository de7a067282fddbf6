"""Every pattern of the engine stays linear on adversarial input (no timing assertions:
a quadratic pattern would make these tests run for minutes)."""

from __future__ import annotations

import pytest

import arnews
from arnews.extract.boilerplate import boilerplate_matcher, phrase_key
from arnews.extract.credits import read_credit_line, read_dateline
from arnews.extract.dumptext import cut_agency_end, dump_lines, split_title_line, undecorated
from arnews.extract.load import decode_html
from arnews.extract.page import jsonld_text
from arnews.extract.people import find_dateline, split_authors
from arnews.extract.sitename import Outlet
from arnews.extract.stamps import parse_stamp
from arnews.extract.titles import clean_title

N = 200_000


@pytest.mark.parametrize(
    "text",
    [
        "!" * N + "x",
        " " * N + "x",
        "x" + " " * N + "x",
        "ـ" * N,
        "0" * N,
        "- " * N,
        "اقرأ " * (N // 5),
        "(" * N,
        "، " * N,
        "#وسم " * (N // 5) + "كلمة",
        "🔥 " * (N // 2) + "كلمة",
        "… " * (N // 2) + "x",
        "انتهى " * (N // 6) + "/",
        "بغداد " * (N // 6) + "- واس:",
    ],
    ids=[
        "punct",
        "leading-space",
        "inner-space",
        "tatweel",
        "digits",
        "dashes",
        "phrase",
        "paren",
        "commas",
        "hashtags",
        "emoji",
        "ellipses",
        "agency-end",
        "city-run",
    ],
)
def test_text_functions_on_long_runs(text: str) -> None:
    """Matching, title cleaning, datelines, bylines, credit lines, title lines, a dump's
    line cleaning and the whole text pipeline finish on long runs."""
    matcher = boilerplate_matcher()
    assert isinstance(phrase_key(text), str)
    assert matcher.is_boilerplate(text) in (True, False)
    assert isinstance(clean_title(text, ["x"], trim_short_tail=True), str)
    assert find_dateline(text)[0] is None or isinstance(find_dateline(text)[0], str)
    assert isinstance(split_authors(text)[0], list)
    assert split_title_line(text) is None or len(split_title_line(text) or ()) == 2
    assert parse_stamp(text) is None or parse_stamp(text) is not None
    assert read_credit_line(text, Outlet()) is None or read_credit_line(text, Outlet())
    assert read_dateline(text, Outlet()).end >= 0
    assert isinstance(undecorated(text), str)
    assert isinstance(cut_agency_end(text)[0], str)
    assert isinstance(dump_lines(text), list)
    assert isinstance(arnews.parse_text(text).paragraphs, tuple)


def test_text_dump_of_one_giant_line() -> None:
    """A dump that is one enormous line parses."""
    article = arnews.parse_text("0" * N + " " + "كلمة " * 1000)
    assert isinstance(article, arnews.Article)


def test_broken_jsonld_of_repeated_fields() -> None:
    """Malformed JSON-LD made of many half fields is salvaged in linear time."""
    raw = '{"headline": "' + 'x\\"' * N
    assert isinstance(jsonld_text(raw), tuple)


def test_meta_charset_sniffing_on_a_meta_flood() -> None:
    """Thousands of <meta> tags without a charset do not slow decoding down."""
    data = b"<meta " * N + "<p>نص عربي</p>".encode()
    assert "نص عربي" in decode_html(data)


def test_page_of_many_links_in_one_paragraph() -> None:
    """One paragraph of 20,000 links is walked in linear time."""
    html = "<p>" + "<a href='/x'>رابط</a> " * 20_000 + "</p>"
    assert isinstance(arnews.parse_html(html), arnews.Article)
