"""URLs a page gives are untrusted: the one rule every URL of an Article follows.

A link, an image, the canonical URL and ``<base href>`` come from the page, and an app
that renders them must not run ``javascript:`` or open ``file:``. :func:`web_url` keeps a
URL only when, read as a browser reads an ``href``, it is an absolute ``http`` or
``https`` URL:

1. leading and trailing C0 controls and spaces are stripped, and every tab and line
   break removed (``java\\nscript:`` is ``javascript:``), then the scheme is compared
   case-insensitively (``DATA:`` is ``data:``);
2. a relative URL is resolved against the page's base: ``<base href>`` when that is
   itself http(s) (resolved against the caller's URL), else the caller's URL, else the
   page's canonical URL; a backslash before the query counts as a slash, as browsers
   read it;
3. what is not then an http(s) URL with a host, or cannot be parsed, is dropped
   (``None``): ``javascript:``, ``vbscript:``, ``data:``, ``file:``, ``mailto:``, and a
   relative URL with no base to resolve it against;
4. characters a URL cannot hold as they are (controls, bidi overrides and other
   invisible format characters, unassigned code points, spaces, ``"``, ``<``, ``>``, a
   backtick) are percent-encoded, as a browser would send them, so the URL shows what it
   is.

The URL the caller gives is the caller's: it is never replaced or cleaned (see
:func:`arnews.parse_html`).

>>> web_url("/a/b", "https://example.com/x/y")
'https://example.com/a/b'
>>> web_url("java\\nscript:alert(1)", "https://example.com/") is None
True
>>> web_url("https://example.com/\\u202etxt.exe", None)
'https://example.com/%E2%80%AEtxt.exe'
"""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import urljoin, urlsplit

import regex

__all__ = ["WEB_SCHEMES", "document_base", "is_web_url", "web_url"]

WEB_SCHEMES: Final = frozenset({"http", "https"})
"""The only URL schemes an Article holds."""

_C0_OR_SPACE: Final = "".join(chr(code) for code in range(0x21))
_TAB_OR_NEWLINE: Final = re.compile(r"[\t\n\r]")
_BEFORE_QUERY: Final = re.compile(r"^[^?#]*")
_UNSAFE: Final = regex.compile(r"[\p{C}\p{Z}\"<>`]")
"""Characters percent-encoded in a kept URL."""


def _percent_encoded(match: regex.Match[str]) -> str:
    char = match.group()
    if "\ud800" <= char <= "\udfff":  # a lone surrogate has no UTF-8: U+FFFD stands for it
        char = "\ufffd"
    return "".join(f"%{byte:02X}" for byte in char.encode("utf-8"))


def _slashes(match: re.Match[str]) -> str:
    return match.group().replace("\\", "/")


def is_web_url(url: str | None) -> bool:
    """Whether *url* is an absolute http(s) URL with a host (a base links can resolve
    against).

    >>> is_web_url("HTTPS://example.com"), is_web_url("file:///etc/passwd"), is_web_url("/a")
    (True, False, False)
    """
    if not url:
        return False
    try:
        parts = urlsplit(url)
    except ValueError:  # an unclosed IPv6 bracket: http://[x
        return False
    return parts.scheme in WEB_SCHEMES and bool(parts.netloc)


def web_url(href: str | None, base: str | None) -> str | None:
    """*href*, from a page, as an absolute http(s) URL resolved against *base*; ``None``
    when it is no such URL (see the module's rules).

    >>> web_url(" DATA:text/html,<script>", "https://example.com/") is None
    True
    >>> web_url("img.jpg", None) is None, web_url("img.jpg", "https://e.com/a/")
    (True, 'https://e.com/a/img.jpg')
    """
    if not href:
        return None
    href = _TAB_OR_NEWLINE.sub("", href.strip(_C0_OR_SPACE))
    href = _BEFORE_QUERY.sub(_slashes, href, count=1) if "\\" in href else href
    if not href:
        return None
    try:
        url = urljoin(base, href) if base is not None and is_web_url(base) else href
    except ValueError:
        return None
    return _UNSAFE.sub(_percent_encoded, url) if is_web_url(url) else None


def document_base(base_href: str | None, url: str | None, canonical: str | None) -> str | None:
    """The URL a page's relative links resolve against: its ``<base href>`` (resolved
    against the caller's *url*) when that is http(s), else *url* when it is, else the
    page's *canonical* URL.

    >>> document_base("/news/", "https://example.com/a", None)
    'https://example.com/news/'
    >>> document_base("javascript:x", "https://example.com/a", None)
    'https://example.com/a'
    """
    declared = web_url(base_href, url)
    if declared is not None:
        return declared
    return url if is_web_url(url) else canonical
