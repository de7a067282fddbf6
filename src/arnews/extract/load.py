"""The load stage: bytes → text → one lxml tree.

Decoding order: a byte-order mark → the caller's declared ``encoding`` (the HTTP
header) → ``<meta charset>`` / ``http-equiv`` in the first bytes → UTF-8 → the Arabic
single-byte code pages, told apart by how Arabic the result reads →
:mod:`charset_normalizer`. Two labels are taken for the mislabels they often are: a
legacy code page (windows-1256, ISO-8859-6, Latin-1…) on bytes that are UTF-8 (valid,
or nearly, with non-ASCII characters) gives way to UTF-8, which an Arabic code page
would turn into confident mojibake («ط¹ظ†ظˆط§ظ†»); a Latin-1 label on bytes that read
as Arabic in windows-1256 or ISO-8859-6 gives way to that code page.

Parsing uses lxml's HTML parser with no network access and comments and processing
instructions removed. libxml2's own limits stay on for the first parse (nesting cut at
256 levels, one text node or attribute at 10 MB); a page that hits one, which libxml2
would silently cut short, is parsed again in huge-tree mode (nesting up to 2048 levels,
no size cap below *max_bytes*), and a page too deep even for that raises
:class:`~arnews.errors.DocumentStructureError` instead of giving a truncated article.
Lone surrogates in ``str`` input (not characters; lxml stops at the first one) become
U+FFFD.

>>> decode_html("<p>مرحبا</p>".encode("cp1256"))
'<p>مرحبا</p>'
"""

from __future__ import annotations

import codecs
import re
from typing import Final

import regex
from charset_normalizer import from_bytes
from lxml import etree

from arnews.errors import DocumentStructureError, InputTooLargeError, UndecodableInputError
from arnews.extract import phrases

__all__ = [
    "DEFAULT_MAX_BYTES",
    "check_size",
    "decode_html",
    "load_html",
    "parse_tree",
    "replace_surrogates",
    "strip_controls",
]

DEFAULT_MAX_BYTES: Final = 50 * 1024 * 1024
"""The default size limit of one page: 50 MiB (bytes for ``bytes`` input, characters for
``str`` input)."""

_SNIFF_BYTES: Final = 4096
_DETECT_BYTES: Final = 64 * 1024
_BOMS: Final = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET: Final = regex.compile(
    rb"""<meta[^>]{0,512}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]{1,40})""", regex.IGNORECASE
)
_XML_DECLARATION: Final = re.compile(r"[^\S\x1c-\x1f]*<\?xml[^>]{0,200}>")
"""An XML declaration at the start of a page. ``re``, not ``regex``: ``regex`` reads the
whole string before it tries a match, even one anchored at its start (60 µs on a 100 KB
page). The class is ``regex``'s ``\\s``: ``re``'s also takes U+001C–U+001F."""
_CONTROL_BYTES: Final = bytes([*range(0x09), 0x0B, *range(0x0E, 0x20), 0x7F])
"""C0 controls other than tab, newline, carriage return and form feed, and DEL: lxml
refuses them. In UTF-8 each is one byte that no other character uses, so
:meth:`bytes.translate` drops them from a page in one C pass (a pattern scans a page
about as long as lxml takes to parse it)."""
_CONTROLS: Final = regex.compile(f"[{regex.escape(_CONTROL_BYTES.decode('ascii'))}]+")
_SURROGATES: Final = regex.compile(r"[\ud800-\udfff]")
_ARABIC_LETTER: Final = regex.compile(r"[\u0621-\u064a]")
_LATIN_LETTER: Final = regex.compile(r"[A-Za-z]")
_ARABIC_WORDS: Final = regex.compile(
    r"(?:^|\s)(?:"
    + phrases.DEFINITE_ARTICLE
    + "|(?:"
    + "|".join(phrases.FREQUENT_PARTICLES)
    + r")\s)"
)
"""The definite article or a frequent particle: words of Arabic text."""
_ARABIC_SINGLE_BYTE: Final = ("cp1256", "iso8859_6")
_MAX_JUNK_RATIO: Final = 0.1
# Python codecs that are no web charset (browsers refuse UTF-7 too): a page labelled with
# one is decoded as if it had no label (unicode-escape would also turn «\u0627» into text
# and warn on other backslashes; undefined always raises).
_NOT_CHARSETS: Final = frozenset(
    {"unicode-escape", "raw-unicode-escape", "undefined", "punycode", "idna", "utf-7"}
)
_MAX_BROKEN_UTF8_RATIO: Final = 0.05
_MAX_ASCII: Final = 0x7F
"""The last ASCII code point: an Arabic code page puts its letters above it."""


def replace_surrogates(text: str) -> str:
    """*text* with each lone surrogate (a ``str`` can hold one; UTF-8 and lxml cannot) as U+FFFD.

    >>> replace_surrogates("a\\ud800b")
    'a\\ufffdb'
    """
    return _SURROGATES.sub("\ufffd", text)


def strip_controls(text: str) -> str:
    """*text* without NUL and the other C0/C1 control characters that are not white space.

    >>> strip_controls("a\\x00b\\x1fc")
    'abc'
    """
    return _CONTROLS.sub("", text)


def check_size(size: int, limit: int) -> None:
    """Raise :class:`~arnews.errors.InputTooLargeError` when *size* exceeds *limit*."""
    if size > limit:
        raise InputTooLargeError(size, limit)


def _codec(label: str) -> str | None:
    try:
        name = codecs.lookup(label.strip().lower()).name
    except (LookupError, ValueError):  # ValueError: a NUL in the label
        return None
    if name in _NOT_CHARSETS:
        return None
    # Pages labelled Latin-1 are decoded as windows-1252, as browsers do.
    return "cp1252" if name in {"latin-1", "iso8859-1", "ascii"} else name


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeError, LookupError):  # UnicodeError: e.g. the «undefined» codec
        return None


def _declared(data: bytes) -> str | None:
    match = _META_CHARSET.search(data[:_SNIFF_BYTES])
    codec = _codec(match.group(1).decode("ascii")) if match else None
    # A page whose <meta> can be read as ASCII is not UTF-16 or UTF-32, whatever it says
    # (browsers read such a label as UTF-8, as the HTML standard says).
    return "utf-8" if codec and codec.startswith(("utf-16", "utf-32")) else codec


def _arabic_score(text: str) -> int:
    return len(_ARABIC_WORDS.findall(text))


def _arabic_single_byte(data: bytes) -> str | None:
    """Decode *data* as whichever Arabic code page reads as Arabic, if one does."""
    best: tuple[int, str] | None = None
    sample = data[:_DETECT_BYTES]
    for encoding in _ARABIC_SINGLE_BYTE:
        text = _try(sample, encoding)
        if text is None:
            continue
        high = sum(1 for char in text if ord(char) > _MAX_ASCII)
        arabic = len(_ARABIC_LETTER.findall(text))
        if high == 0 or arabic < 0.7 * high:
            continue
        score = _arabic_score(text)
        # Arabic words («ال…», «في», «من»), or at least more Arabic than Latin letters: a
        # French page read as ISO-8859-6 turns its accents into a few stray Arabic letters.
        if score == 0 and arabic < len(_LATIN_LETTER.findall(text)):
            continue
        if best is None or score > best[0]:
            best = (score, encoding)
    return None if best is None else _try(data, best[1])


def _mostly_utf8(data: bytes) -> str | None:
    """*data* as UTF-8 with its few broken sequences (a stray byte, a character cut in two,
    common in crawls) replaced by U+FFFD; ``None`` unless at most 5% of the non-ASCII
    characters are broken (a windows-1256 page read as UTF-8 is almost all U+FFFD)."""
    text = data.decode("utf-8", errors="replace")
    broken = text.count("\ufffd")
    non_ascii = len(text) - len(text.encode("ascii", errors="ignore"))
    return text if broken <= _MAX_BROKEN_UTF8_RATIO * non_ascii else None


def _detected(data: bytes) -> str | None:
    match = from_bytes(data[:_DETECT_BYTES]).best()
    if match is None:
        return None
    return data.decode(match.encoding, errors="replace")


def _is_junk(text: str) -> bool:
    if not text:
        return False
    junk = len(text) - len(_CONTROLS.sub("", text)) + text.count("\ufffd")
    return junk > _MAX_JUNK_RATIO * len(text)


def decode_html(data: bytes, encoding: str | None = None) -> str:
    """Decode the bytes of an HTML page to text.

    *encoding* is the charset the HTTP response declared, if any; it is trusted when
    it names a real codec and the bytes decode with it, unless it names a legacy code
    page and the bytes are UTF-8 (see the module's decoding order). Raises
    :class:`~arnews.errors.UndecodableInputError` for bytes that are not text.

    >>> decode_html("<p>عنوان</p>".encode(), "windows-1256")  # UTF-8 labelled windows-1256
    '<p>عنوان</p>'
    """
    return _decode(data, encoding)[0]


def _decode(data: bytes, encoding: str | None) -> tuple[str, bool]:
    """:func:`decode_html`, and whether the text is *data* read as UTF-8 as it is (lxml is
    then given *data* itself, not the text encoded again)."""
    for bom, bom_encoding in _BOMS:
        if data.startswith(bom):
            text = _try(data[len(bom) :], bom_encoding)
            if text is not None:
                return text, False
    for label in (encoding, None):
        codec = _codec(label) if label else _declared(data)
        text = _try(data, codec) if codec else None
        if text and codec and not codec.startswith("utf") and not data.isascii():
            utf8 = _mostly_utf8(data)  # a legacy label on UTF-8 bytes: the label is wrong
            if utf8 is not None:
                return utf8, False
        if text is not None and codec == "cp1252" and label is None:
            # Old Arabic sites label windows-1256 pages as Latin-1: trust the bytes.
            return _arabic_single_byte(data) or text, False
        if text is not None:
            return text, codec == "utf-8"
    exact = _try(data, "utf-8")
    text = exact or _mostly_utf8(data) or _arabic_single_byte(data) or _detected(data)
    if text is None or _is_junk(text):
        raise UndecodableInputError("the bytes do not decode to text in any known encoding")
    return text, text is exact


def _blank(text: str) -> bool:
    """Whether *text* holds nothing but white space and control characters."""
    core = text.strip()
    # Only a text that starts with a control character needs a closer look.
    return not core or (_CONTROLS.match(core) is not None and not strip_controls(core).strip())


def _utf8(text: str) -> bytes:
    """*text* in UTF-8, a lone surrogate (which UTF-8 cannot write) as U+FFFD."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        return replace_surrogates(text).encode("utf-8")


def parse_tree(text: str, utf8: bytes | None = None) -> etree._Element | None:
    """Parse *text* into an lxml tree; ``None`` when there is no markup at all. *utf8*,
    when given, is *text* in UTF-8 (the page's own bytes), not encoded a second time.

    Raises :class:`~arnews.errors.DocumentStructureError` when lxml cannot build a tree.
    """
    declaration = _XML_DECLARATION.match(text)
    if declaration:
        text, utf8 = text[declaration.end() :], None
    if _blank(text):
        return None
    data = (_utf8(text) if utf8 is None else utf8).translate(None, _CONTROL_BYTES)
    for huge in (False, True):
        # Plain etree elements (not lxml.html's HtmlElement): no Python class lookup per node.
        # The bytes are UTF-8 whatever the page's <meta charset> says: the parser is told.
        parser = etree.HTMLParser(
            no_network=True,
            huge_tree=huge,
            remove_comments=True,
            remove_pis=True,
            collect_ids=False,
            encoding="utf-8",
        )
        try:
            root = etree.fromstring(data, parser)
        except (etree.LxmlError, ValueError) as error:
            raise DocumentStructureError(f"lxml could not build a tree: {error}") from error
        # A fatal error (too deep, a text node too big) stops libxml2 where it is: the
        # tree it returns is silently cut short.
        fatal = [e for e in parser.error_log if e.level == etree.ErrorLevels.FATAL]
        if not fatal:
            return root
    raise DocumentStructureError(f"lxml could not build the whole tree: {fatal[0].message.strip()}")


def load_html(html: str | bytes, *, encoding: str | None, max_bytes: int) -> etree._Element | None:
    """The load stage: check the size, decode bytes (*encoding* first), parse once.

    ``None`` when there is no markup at all; errors as :func:`check_size`,
    :func:`decode_html` and :func:`parse_tree` raise them.
    """
    check_size(len(html), max_bytes)
    if isinstance(html, bytes):
        text, as_is = _decode(html, encoding)
        return parse_tree(text, html if as_is else None)
    return parse_tree(html)
