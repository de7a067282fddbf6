"""The hostile-input battery: each input gives an Article (possibly empty) or an ArnewsError,
within the hang cap, and never confident wrong data."""

from __future__ import annotations

import gzip
import random
from functools import cache
from pathlib import Path

import pytest

import arnews
from arnews.errors import (
    ArnewsError,
    DocumentStructureError,
    InputTooLargeError,
    UndecodableInputError,
)
from arnews.extract import DEFAULT_MAX_BYTES
from tests.robustness.hostile import (
    SENTENCE,
    STORY_PARAGRAPHS,
    TITLE,
    assert_not_confident,
    assert_utf8_clean,
    finish,
    outcome,
    page,
)

BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
STORY_CHARS = 2_000
"""More characters than the whole story of :func:`tests.robustness.hostile.page` has."""
DAMAGED_PARAGRAPHS_KEPT = 2
"""Story paragraphs a page with one broken byte keeps intact: all but the damaged one."""
MAX_REPLACEMENTS = 3
"""U+FFFD characters one damaged byte sequence may leave (one per broken byte)."""
BIG_PAGE_BYTES = 20_000_000
"""The size the big page must exceed (under the default limit, over a 20 MB one)."""


def parsed(data: str | bytes, **kwargs: object) -> arnews.Article | ArnewsError:
    """``parse_html(data, **kwargs)`` under the hang guard."""
    return outcome(lambda: arnews.parse_html(data, **kwargs))  # type: ignore[arg-type]


def article(data: str | bytes, **kwargs: object) -> arnews.Article:
    """``parse_html(data, **kwargs)`` under the hang guard, which must give an Article."""
    result = parsed(data, **kwargs)
    assert isinstance(result, arnews.Article), result
    return result


def assert_story(result: arnews.Article) -> None:
    """*result* holds the whole story of :func:`tests.robustness.hostile.page`."""
    assert result.title == TITLE
    assert SENTENCE in result.text
    for paragraph in STORY_PARAGRAPHS:
        assert paragraph in result.paragraphs


# --- empty, blank, NUL --------------------------------------------------------------------


@pytest.mark.parametrize(
    "data",
    [b"", "", " ", "\n\t\r ", "\u00a0\u2009\u202f\u3000", b" \r\n\t" * 1000, "\x00" * 1000],
    ids=["bytes", "str", "space", "ascii-blank", "unicode-blank", "blank-bytes", "nul-str"],
)
def test_empty_and_blank_input_give_an_empty_article(data: str | bytes) -> None:
    """Empty, blank and NUL-only input give an Article with nothing in it, for both APIs."""
    results = [finish(lambda: arnews.parse_html(data))]
    if isinstance(data, str):
        results.append(finish(lambda: arnews.parse_text(data)))
    for result in results:
        assert result.title is None
        assert result.paragraphs == ()


def test_nul_bytes_are_undecodable() -> None:
    """A buffer of NUL bytes is not text: UndecodableInputError, not an article."""
    assert isinstance(parsed(b"\x00" * 100_000), UndecodableInputError)


def test_nul_characters_scattered_through_a_page() -> None:
    """NUL characters between the tags and inside words are dropped; the story survives."""
    data = page().replace("><", ">\x00<").replace("الوزارة", "الوز\x00ارة")
    assert_story(article(data))
    assert_story(article(data.encode("utf-8")))


# --- binary junk --------------------------------------------------------------------------


@pytest.mark.parametrize("seed", range(4))
def test_random_bytes_are_not_an_article(seed: int) -> None:
    """100 KB of random bytes give an error or an article that claims nothing."""
    assert_not_confident(parsed(random.Random(seed).randbytes(100_000)))


@pytest.mark.parametrize(
    ("name", "low", "high"),
    [("high-bytes", 0x80, 0x100), ("arabic-code-points", 0xC1, 0xFF), ("printable", 0x20, 0x7F)],
)
def test_random_bytes_from_one_range(name: str, low: int, high: int) -> None:
    """Random bytes drawn from a range that reads as windows-1256 Arabic, or as ASCII, are not
    taken for a confident article either."""
    rng = random.Random(name)
    assert_not_confident(parsed(bytes(rng.randrange(low, high) for _ in range(50_000))))


def test_compressed_page_is_not_read_as_text() -> None:
    """A gzip-compressed page (a crawler that forgot to decompress) is not an article."""
    assert_not_confident(parsed(gzip.compress(page().encode("utf-8"))))


def test_image_bytes_are_not_read_as_text() -> None:
    """A PNG signature followed by binary data is not an article."""
    data = b"\x89PNG\r\n\x1a\n" + random.Random(7).randbytes(50_000)
    assert_not_confident(parsed(data))


# --- structure: nesting, attributes, entities ---------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("as_bytes", [False, True], ids=["str", "bytes"])
def test_nesting_200000_deep_is_a_structure_error(as_bytes: bool) -> None:
    """200,000 nested elements raise DocumentStructureError (no truncated article, no crash)."""
    data = "<div>" * 200_000 + page() + "</div>" * 200_000
    result = parsed(data.encode("utf-8") if as_bytes else data)
    assert isinstance(result, DocumentStructureError)


@pytest.mark.slow
def test_nesting_200000_unclosed_inline_tags() -> None:
    """200,000 unclosed <b> before the story give an error or an article, never a crash."""
    result = parsed("<b>" * 200_000 + page())
    assert isinstance(result, arnews.Article | DocumentStructureError)


def test_nesting_past_the_default_libxml2_limit_keeps_the_story() -> None:
    """1,000 levels of nesting (past libxml2's default 256) do not cut the story after them."""
    assert_story(article(page("<div>" * 1_000 + "<span>x</span>" + "</div>" * 1_000)))


@pytest.mark.slow
def test_five_megabyte_attribute() -> None:
    """A 5 MB attribute value is parsed; the story survives and the value stays out of it."""
    result = article(page(f'<div data-blob="{"ز" * 5_000_000}">نص قصير</div>'))
    assert_story(result)
    assert "ززززز" not in result.text


@pytest.mark.slow
def test_attribute_past_the_default_libxml2_limit() -> None:
    """An 11 MB attribute (past libxml2's default 10 MB) does not cut the story after it."""
    assert_story(article(page(f'<img src="data:image/png;base64,{"A" * 11_000_000}">')))


@pytest.mark.parametrize(
    "jsonld",
    ["[" * 100_000 + "]" * 100_000, '{"a":' * 100_000 + "1" + "}" * 100_000, "[" * 100_000],
    ids=["arrays", "objects", "unclosed"],
)
def test_deeply_nested_json_ld(jsonld: str) -> None:
    """JSON-LD nested 100,000 deep (past Python's recursion limit) is malformed JSON-LD, not
    a RecursionError out of parse_html; the story survives."""
    script = f'<script type="application/ld+json">{jsonld}</script>'
    assert_story(article(page(head=script)))


def _billion_laughs() -> str:
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)
    )
    return '<?xml version="1.0"?>\n<!DOCTYPE html [' + entities + "]>\n" + page("<p>&lol9;</p>")


@pytest.mark.parametrize("as_bytes", [False, True], ids=["str", "bytes"])
def test_entity_expansion_is_not_expanded(as_bytes: bool) -> None:
    """A "billion laughs" document is not expanded: the story is there, the laughs are not."""
    data = _billion_laughs()
    result = article(data.encode("utf-8") if as_bytes else data)
    assert SENTENCE in result.text
    assert "lollol" not in result.text
    assert len(result.text) < STORY_CHARS


def test_external_entity_is_not_read(tmp_path: Path) -> None:
    """An external entity pointing at a local file does not pull the file into the article."""
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-7f3a9", encoding="utf-8")
    doctype = f'<!DOCTYPE html [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>'
    result = article(doctype + page("<p>&xxe;</p>"))
    assert "SECRET-7f3a9" not in result.to_json()
    assert SENTENCE in result.text


# --- encodings ----------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["cp1256", "iso8859_6"])
def test_arabic_code_page_without_any_charset(encoding: str) -> None:
    """A windows-1256 or ISO-8859-6 page with no charset anywhere reads as Arabic."""
    assert_story(article(page().encode(encoding)))


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:300] + b"\xff" + data[300:],
        lambda data: data[:301] + data[302:],
        lambda data: data.replace(b"</h1>", b"\xc3\x28</h1>"),
        lambda data: data[:-20] + "é".encode("cp1252") + data[-20:],
    ],
    ids=["stray-byte", "cut-character", "bad-sequence", "latin1-byte"],
)
@pytest.mark.parametrize("meta", ["", '<meta charset="utf-8">'], ids=["no-meta", "meta"])
def test_utf8_page_with_a_few_broken_bytes(damage: object, meta: str) -> None:
    """A UTF-8 page with a broken byte or two (common in crawls) decodes, with U+FFFD only
    where the damage is, instead of being rejected or read in another code page."""
    data = damage(page(head=meta).encode("utf-8"))  # type: ignore[operator]
    result = article(data)
    assert SENTENCE in result.text or "\ufffd" in result.text
    assert sum(p in result.paragraphs for p in STORY_PARAGRAPHS) >= DAMAGED_PARAGRAPHS_KEPT
    assert result.text.count("\ufffd") <= MAX_REPLACEMENTS


@pytest.mark.parametrize(
    "label", ["undefined", "unicode_escape", "raw_unicode_escape", "punycode", "utf-7", "x\x00"]
)
def test_charset_labels_that_are_no_web_charset(label: str) -> None:
    """A page or HTTP header naming a Python codec that is no web charset (one always raises
    UnicodeError, one warns and decodes «\\u0627» escapes) or a label with a NUL is read as
    if unlabelled: no exception, no warning, the story intact."""
    data = page(
        r"<p>قال الوزير إن الرمز \u0627 و\] يبقيان كما هما في النص المنشور اليوم.</p>"
    ).encode()
    meta = f'<meta charset="{label}">'.encode("latin-1")
    assert_story(article(meta + data))
    assert_story(article(data, encoding=label))
    assert r"\u0627" in article(data, encoding=label).text


def test_utf8_mostly_broken_is_undecodable() -> None:
    """Bytes that are invalid UTF-8 throughout and no Arabic code page are undecodable."""
    data = b"<p>" + b"\xc3\x28\xa0\xa1\xe2\x28\xa1\xf0\x28\x8c\xbc" * 5_000 + b"</p>"
    assert_not_confident(parsed(data))


BAD_URLS = ["http://[x/", "http://[::1", "http://a]b/", "//["]
"""URLs urllib.parse refuses (an unbalanced IPv6 bracket raises ValueError)."""


@pytest.mark.parametrize("url", BAD_URLS)
def test_unparsable_url_argument(url: str) -> None:
    """An unparsable url= is kept as given, picks no site, and breaks nothing."""
    result = article(page(), url=url)
    assert_story(result)
    assert result.url == url
    assert result.extractor == "generic"
    assert finish(lambda: arnews.parse_text(SENTENCE, url)).url == url


@pytest.mark.parametrize("url", BAD_URLS)
@pytest.mark.parametrize(
    "markup",
    [
        '<link rel="canonical" href="{}">',
        '<meta property="og:url" content="{}">',
        '<figure><img src="{}" alt="صورة"><figcaption>الوزير</figcaption></figure>',
        '<div class="related"><a href="{}">خبر آخر عن الاجتماع</a></div>',
    ],
    ids=["canonical", "og-url", "image", "link"],
)
def test_unparsable_urls_in_the_page(markup: str, url: str) -> None:
    """An unparsable canonical, og:url, image or link URL in the page is dropped, not a
    ValueError out of parse_html; a page URL given by the caller stays the article's URL."""
    data = (
        page(head=markup.format(url))
        if "<link" in markup or "<meta" in markup
        else page(markup.format(url))
    )
    result = article(data, url="https://example.com/news/1")
    assert_story(result)
    assert result.url == "https://example.com/news/1"
    assert url not in result.to_json()
    assert_story(article(data))


# --- size ---------------------------------------------------------------------------------


@cache
def _big_page() -> bytes:
    """A 21 MB page: an inline script, an inline image, a long menu, then the story (built
    once for the two tests that read it)."""
    script = '<script>window.__DATA__ = {"items": [' + '{"id": 1, "t": "x"},' * 650_000
    script += "]};</script>"
    image = f'<img src="data:image/png;base64,{"QUJD" * 1_500_000}">'
    menu = '<ul class="menu">' + '<li><a href="/s">قسم الأخبار</a></li>' * 40_000 + "</ul>"
    data = page(head=script, body=image + menu).encode("utf-8")
    assert len(data) > BIG_PAGE_BYTES
    return data


@pytest.mark.slow
def test_page_over_20_megabytes() -> None:
    """A 21 MB page (under the default limit) parses whole: the story after the bulk is kept."""
    assert_story(article(_big_page()))


@pytest.mark.slow
def test_page_over_a_smaller_limit_raises() -> None:
    """The same page over a 20 MB max_bytes raises InputTooLargeError, for bytes and str."""
    data = _big_page()
    assert isinstance(parsed(data, max_bytes=BIG_PAGE_BYTES), InputTooLargeError)
    text = data.decode("utf-8")
    assert isinstance(parsed(text, max_bytes=len(text) - 1), InputTooLargeError)


@pytest.mark.slow
def test_default_limit() -> None:
    """Input one byte over DEFAULT_MAX_BYTES (50 MiB) raises without being parsed."""
    error = parsed(b" " * (DEFAULT_MAX_BYTES + 1))
    assert isinstance(error, InputTooLargeError)
    assert (error.size, error.limit) == (DEFAULT_MAX_BYTES + 1, DEFAULT_MAX_BYTES)


# --- long runs ----------------------------------------------------------------------------

ARABIC_RUN = ("بتثجحخدذرزسشصضطظعغفقكلمنهوي" * 20_000)[:500_000]
"""A 500,000-letter word (1 MB of UTF-8): 2.5 times the runs of test_linear_time.py, which
already make a quadratic path overrun the hang cap many times over."""
GUILLEMETS = "«" * 50_000
SLASHES = "1/" * 100_000


@pytest.mark.slow
@pytest.mark.parametrize(
    "run", [ARABIC_RUN, GUILLEMETS, SLASHES], ids=["arabic-1MB", "guillemets", "one-slash"]
)
def test_long_run_through_every_entry_point(run: str) -> None:
    """A 1 MB word, 50,000 unmatched «, and 100,000 × "1/" go through every public function
    within the hang cap, with valid spans."""
    for result in (
        finish(lambda: arnews.parse_html(f"<p>{run}</p>")),
        finish(lambda: arnews.parse_html(page(f"<p>{run}</p>"))),
        finish(lambda: arnews.parse_text(run)),
        finish(lambda: arnews.parse_text(f"{TITLE}\n\n{run}\n\n{SENTENCE}")),
    ):
        assert isinstance(result, arnews.Article)
        for quote in result.quotes:
            assert result.text[quote.start : quote.end] == quote.content
    assert finish(lambda: arnews.normalize(run)) == arnews.normalize(run)
    assert finish(lambda: arnews.parse_date(run)) is None
    for mention in finish(lambda: arnews.find_dates(run)):
        assert run[mention.start : mention.end] == mention.text
    for quote in finish(lambda: arnews.find_quotes(run)):
        assert run[quote.start : quote.end] == quote.content


@pytest.mark.slow
def test_unmatched_guillemets_are_not_quotes() -> None:
    """50,000 opening « with no closing one and no speech verb give no quote."""
    assert finish(lambda: arnews.find_quotes("قال الوزير " + GUILLEMETS)) == ()


@pytest.mark.slow
def test_repeated_slashes_are_not_dates() -> None:
    """100,000 × "1/" contain no date: «1/1» alone has no month name and no year."""
    assert finish(lambda: arnews.find_dates(SLASHES)) == ()


# --- Unicode edge cases -------------------------------------------------------------------


def test_bidi_overrides_do_not_reach_the_output() -> None:
    """Right-to-left overrides and isolates in the markup are not kept in the title or the
    body (they would reorder what a reader sees), and the words around them are intact."""
    spoof = "\u202e" + SENTENCE + "\u202c"
    data = page(
        f"<p>\u2067{STORY_PARAGRAPHS[0][:20]}\u2069 abc \u202d123\u202c</p><p>{spoof}</p>",
        title=f"\u202b{TITLE}\u202c",
    )
    result = article(data)
    assert result.title == TITLE
    assert not any(char in BIDI_CONTROLS for char in result.to_json())
    assert SENTENCE in result.text


@pytest.mark.parametrize(
    "surrogate", [chr(0xD800), chr(0xDFFF), chr(0xDC80) * 2], ids=["high", "low", "escaped-pair"]
)
def test_lone_surrogates_in_str(surrogate: str) -> None:
    """Lone surrogates in str input become U+FFFD: the rest of the page is kept and the
    article serialises as UTF-8."""
    data = page(f"<p>نص {surrogate} نص</p>").replace("الاجتماع", f"الاجتماع{surrogate}")
    result = article(data)
    assert_utf8_clean(result)
    assert result.title == TITLE
    for paragraph in STORY_PARAGRAPHS:
        assert paragraph in result.paragraphs
    lines = (TITLE, SENTENCE.replace("الاجتماع", f"الاجتماع{surrogate}"), *STORY_PARAGRAPHS)
    dump = finish(lambda: arnews.parse_text("\n\n".join(lines)))
    assert_utf8_clean(dump)
    assert "\ufffd" in dump.to_json()
    for paragraph in STORY_PARAGRAPHS:
        assert paragraph in dump.paragraphs


@pytest.mark.parametrize("surrogate", [chr(0xD800), chr(0xDFFF)], ids=["high", "low"])
def test_lone_surrogates_in_the_text_functions(surrogate: str) -> None:
    """normalize, find_dates and find_quotes accept lone surrogates, with valid spans."""
    text = f"قال الوزير {surrogate}«الاجتماع في 3 مارس 2024 مهم»{surrogate} أمس"
    assert isinstance(arnews.normalize(text), str)
    for mention in arnews.find_dates(text):
        assert text[mention.start : mention.end] == mention.text
    for quote in arnews.find_quotes(text):
        assert text[quote.start : quote.end] == quote.content
