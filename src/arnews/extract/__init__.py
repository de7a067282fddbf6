"""The extraction engine: load → site → fields → clean → enrich → :class:`~arnews.Article`.

Modules: :mod:`~arnews.extract.load` (decoding, parsing), :mod:`~arnews.extract.page`
(the precomputed :class:`~arnews.extract.page.Page`), :mod:`~arnews.extract.fields`
(one cascade per field), :mod:`~arnews.extract.generic` (main text of unknown sites),
:mod:`~arnews.extract.boilerplate` and :mod:`~arnews.extract.phrases` (boilerplate),
:mod:`~arnews.extract.text` (plain-text dumps), :mod:`~arnews.extract.enrich`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from arnews.extract.html import extract_html
from arnews.extract.load import DEFAULT_MAX_BYTES, check_size, load_html
from arnews.extract.text import extract_text
from arnews.model import Article
from arnews.sites._site import Site

__all__ = ["DEFAULT_MAX_BYTES", "parse_html", "parse_text"]


def parse_html(
    html: str | bytes,
    url: str | None = None,
    *,
    reference_date: datetime | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
    sites: Sequence[Site] | None = None,
) -> Article:
    """Extract the article from an HTML page given as ``str`` or undecoded ``bytes``.

    *url* picks the site extractor (by the longest matching domain; the page's
    canonical URL is used when *url* is not given) and resolves relative links.
    *reference_date* resolves relative dates («أمس») when the page has no
    publication date. *encoding* is the charset an HTTP response declared; without
    it bytes are decoded from the byte-order mark, ``<meta charset>``, or by
    detection (windows-1256 and ISO-8859-6 included). *sites* replaces the
    registry (default: :func:`arnews.sites`).

    Input longer than *max_bytes* (bytes, or characters for ``str``) raises
    :class:`~arnews.errors.InputTooLargeError`; bytes that are not text raise
    :class:`~arnews.errors.UndecodableInputError`; empty input gives an empty
    :class:`~arnews.Article`.
    """
    root = load_html(html, encoding=encoding, max_bytes=max_bytes)
    return extract_html(root, url, reference_date=reference_date, sites=sites)


def parse_text(
    text: str,
    url: str | None = None,
    *,
    reference_date: datetime | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    sites: Sequence[Site] | None = None,
) -> Article:
    """Extract the article from a plain-text dump of a news page.

    The dump's shape is recognised line by line: navigation, a «TITLE - SITE» title
    line and the repeated title, a source line, date stamps, the body paragraphs,
    then boilerplate («مقالات ذات صلة» and its headlines, which become
    :attr:`~arnews.Article.related`). The site is picked by *url*, else by the site
    name on the title line. Other arguments are as for :func:`parse_html`.
    """
    check_size(len(text), max_bytes)
    return extract_text(text, url, reference_date=reference_date, sites=sites)
