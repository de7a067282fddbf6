"""Decoding and parsing: the load stage."""

from __future__ import annotations

import codecs
import random

import pytest
import regex
from hypothesis import given
from lxml import etree

import arnews
from arnews.errors import DocumentStructureError, InputTooLargeError, UndecodableInputError
from arnews.extract import load
from arnews.extract.load import check_size, decode_html, load_html, parse_tree
from tests.strategies import any_text, page_starts

PAGE = (
    "<html><head>{meta}<title>عنوان الخبر</title></head><body>"
    "<p>قال المتحدث باسم الوزارة في مؤتمر صحفي إن الاجتماع سيعقد في موعده.</p>"
    "<p>وأضاف أن جميع الوفود وصلت إلى العاصمة، وأن الترتيبات اكتملت.</p></body></html>"
)
ARABIC = "قال المتحدث باسم الوزارة"


def page(meta: str = "") -> str:
    return PAGE.format(meta=meta)


@pytest.mark.parametrize("encoding", ["cp1256", "iso8859_6"])
def test_undeclared_arabic_code_pages_decode(encoding: str) -> None:
    """windows-1256 and ISO-8859-6 bytes without any declaration decode to the right Arabic."""
    assert ARABIC in decode_html(page().encode(encoding))


def test_meta_charset_is_used() -> None:
    """A <meta charset> declaration decides the codec."""
    data = page('<meta charset="windows-1256">').encode("cp1256")
    assert ARABIC in decode_html(data)


def test_http_equiv_charset_is_used() -> None:
    """The http-equiv Content-Type declaration is honoured too."""
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-6">'
    assert ARABIC in decode_html(page(meta).encode("iso8859_6"))


def test_caller_encoding_wins_over_meta() -> None:
    """The HTTP charset given by the caller wins over a wrong <meta> declaration."""
    data = page('<meta charset="utf-8">').encode("cp1256")
    assert ARABIC in decode_html(data, encoding="windows-1256")


def test_wrong_declaration_falls_back_to_detection() -> None:
    """A declared codec that cannot decode the bytes is ignored."""
    data = page('<meta charset="utf-8">').encode("cp1256")
    assert ARABIC in decode_html(data)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_byte_order_mark(encoding: str) -> None:
    """A byte-order mark decides the codec, and the mark itself is dropped."""
    text = decode_html(page().encode(encoding))
    assert ARABIC in text
    assert not text.startswith("\ufeff")


def test_unknown_label_is_ignored() -> None:
    """A nonsense charset label does not break decoding."""
    assert ARABIC in decode_html(page('<meta charset="x-no-such-codec">').encode())


def test_binary_junk_is_undecodable() -> None:
    """Bytes that are not text raise UndecodableInputError."""
    junk = bytes(range(32)) * 200
    with pytest.raises(UndecodableInputError):
        decode_html(junk)


def test_random_bytes_are_undecodable_or_text() -> None:
    """Random bytes give UndecodableInputError or some text, never another exception."""
    data = random.Random(7).randbytes(20_000)
    try:
        text = decode_html(data)
    except UndecodableInputError:
        return
    assert isinstance(text, str)


def test_size_limit() -> None:
    """check_size raises InputTooLargeError above the limit and not at it."""
    check_size(10, 10)
    with pytest.raises(InputTooLargeError):
        check_size(11, 10)


def test_empty_and_blank_give_no_tree() -> None:
    """Empty or blank markup gives no tree instead of an error."""
    assert parse_tree("") is None
    assert parse_tree(" \n\t ") is None


def test_nul_bytes_and_xml_declaration_are_tolerated() -> None:
    """NUL characters and an XML declaration in a str do not stop lxml."""
    root = parse_tree('<?xml version="1.0" encoding="utf-8"?><p>مرحبا\x00 بكم</p>')
    assert root is not None
    assert "مرحبا بكم" in "".join(root.itertext())


def test_deep_nesting_is_an_error_not_a_cut_tree() -> None:
    """Nesting deeper than libxml2 builds raises instead of giving a tree silently cut short."""
    with pytest.raises(DocumentStructureError, match="depth"):
        parse_tree("<div>" * 100_000 + "نص" + "</div>" * 100_000)


def test_nesting_past_the_default_limit_is_parsed_whole() -> None:
    """300 levels (past libxml2's default 256) keep the text after the deep part."""
    root = parse_tree("<div>" * 300 + "</div>" * 300 + "<p>نص بعده</p>")
    assert root is not None
    assert "نص بعده" in "".join(root.itertext())


def test_errors_are_arnews_errors() -> None:
    """The structure error is an ArnewsError and a ValueError."""
    assert issubclass(DocumentStructureError, ValueError)


@pytest.mark.parametrize(
    "markup",
    [
        page(),
        '<?xml version="1.0" encoding="utf-8"?>' + page(),
        page().replace("الوزارة", "الوزارة\x00\x07"),
        page('<meta charset="windows-1256">'),
    ],
)
def test_utf8_bytes_parse_as_their_text(markup: str) -> None:
    """UTF-8 bytes handed to lxml as they are build the tree their decoded text builds."""
    from_bytes = load_html(markup.encode("utf-8"), encoding=None, max_bytes=1 << 20)
    from_text = parse_tree(markup)
    assert from_bytes is not None
    assert from_text is not None
    assert etree.tostring(from_bytes, encoding="unicode") == etree.tostring(
        from_text, encoding="unicode"
    )
    assert ARABIC in "".join(from_bytes.itertext())


@given(any_text)
def test_utf8_round_trip(text: str) -> None:
    """Any text encoded as UTF-8 (with a BOM) decodes back unchanged."""
    assert decode_html(codecs.BOM_UTF8 + text.encode("utf-8")) == text


def test_latin1_label_on_arabic_bytes_is_a_mislabel() -> None:
    """A windows-1256 page labelled ISO-8859-1 (common on old Arabic sites) decodes as Arabic,
    while a real Latin-1 page keeps its accents."""
    assert ARABIC in decode_html(page('<meta charset="iso-8859-1">').encode("cp1256"))
    french = '<meta charset="iso-8859-1"><p>Le ministère a annoncé la création</p>'
    assert "ministère a annoncé" in decode_html(french.encode("latin-1"))


def test_undeclared_latin1_is_not_read_as_arabic() -> None:
    """Undeclared Latin-1 French is not taken for an Arabic code page."""
    french = "<p>Le ministère a annoncé la création d'un nouveau comité régional</p>"
    assert "ministère a annoncé la création" in decode_html(french.encode("latin-1"))


MOJIBAKE = "ط§ظ„"
"""«ال» in UTF-8 read as windows-1256: how mislabelled UTF-8 shows."""
LEGACY_LABELS = ["windows-1256", "cp1256", "ISO-8859-6", "iso-8859-1", "windows-1252", "latin1"]


@pytest.mark.parametrize("label", LEGACY_LABELS)
def test_utf8_labelled_as_a_code_page_is_utf8(label: str) -> None:
    """UTF-8 bytes declared in a legacy code page, in <meta charset> or by the caller (the HTTP
    header), decode as UTF-8, not as confident mojibake."""
    meta = f'<meta charset="{label}">'
    for data, encoding in ((page(meta).encode(), None), (page().encode(), label)):
        text = decode_html(data, encoding)
        assert ARABIC in text
        assert MOJIBAKE not in text


def test_nearly_utf8_labelled_as_a_code_page_is_utf8() -> None:
    """UTF-8 with a stray byte, labelled windows-1256, is still read as UTF-8 (the stray byte
    becomes U+FFFD)."""
    data = page('<meta charset="windows-1256">').encode()
    cut = data.index(ARABIC.encode()) + len(ARABIC.encode())
    text = decode_html(data[:cut] + b"\xff" + data[cut:])
    assert ARABIC + "\ufffd" in text


@pytest.mark.parametrize("label", ["windows-1256", "iso-8859-6"])
def test_real_code_page_keeps_its_label(label: str) -> None:
    """Bytes really in the declared Arabic code page are read with it (they are never valid
    UTF-8)."""
    meta = f'<meta charset="{label}">'
    assert ARABIC in decode_html(page(meta).encode(label))
    assert ARABIC in decode_html(page().encode(label), label)


def test_latin_code_page_keeps_its_label() -> None:
    """A windows-1252 page with accents stays windows-1252: its accented bytes are no UTF-8."""
    text = "<meta charset='windows-1252'><p>Le président a déclaré à la presse.</p>"
    assert decode_html(text.encode("cp1252")) == text


def test_parse_text_reads_mislabelled_utf8() -> None:
    """parse_text with encoding="windows-1256" on UTF-8 bytes gives the Arabic, not mojibake."""
    dump = "عنوان الخبر المهم\n\nقال الوزير إن الخطة الجديدة ستنفذ على مراحل خلال العام المقبل.\n"
    article = arnews.parse_text(dump.encode(), encoding="windows-1256")
    assert article.paragraphs == ("قال الوزير إن الخطة الجديدة ستنفذ على مراحل خلال العام المقبل.",)


@pytest.mark.parametrize("label", ["utf-16", "UTF-16LE", "utf-32"])
def test_meta_naming_utf16_means_utf8(label: str) -> None:
    """A <meta> that can be read as ASCII names UTF-16 or UTF-32 by mistake: the page is
    read as UTF-8, as browsers read it."""
    assert ARABIC in decode_html(page(f'<meta charset="{label}">').encode())


@given(page_starts, any_text)
def test_xml_declaration_is_found_as_regex_finds_it(start: str, rest: str) -> None:
    """The declaration pattern (``re``, for speed) matches what ``regex``'s ``^\\s*<?xml…>``
    matches, white space of every kind included."""
    text = start + rest
    reference = regex.compile(r"^\s*<\?xml[^>]{0,200}>").match(text)
    found = load._XML_DECLARATION.match(text)
    assert (found and found.span()) == (reference and reference.span())
