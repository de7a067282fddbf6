"""The extraction engine: two one-way pipelines that meet at one assemble step.

HTML (:func:`parse_html`)::

    load → page → site → context → fields → classify body → fields → assemble

Text dumps (:func:`parse_text`)::

    lines → site → line features → classify lines → fields → assemble

Modules, in the order the stages use them:

- :mod:`~arnews.extract.load`: size check, decoding, parsing (the load stage);
- :mod:`~arnews.extract.page`: the precomputed :class:`~arnews.extract.page.Page`;
- :mod:`~arnews.extract.context`: the :class:`~arnews.extract.context.Context` the HTML
  field cascades read, built by :func:`~arnews.extract.context.build_context`;
- :mod:`~arnews.extract.selectors`: a site's selectors on the page, the common ones
  from an index of its elements by ``class`` and ``id``;
- :mod:`~arnews.extract.generic`: the walk that cuts a page into text blocks, and the
  main-text finder for sites without a module;
- :mod:`~arnews.extract.titles`, :mod:`~arnews.extract.people`,
  :mod:`~arnews.extract.stamps`, :mod:`~arnews.extract.media`: the field steps
  (headline; bylines, authors, agencies, datelines; date stamps; tags, images,
  related links);
- :mod:`~arnews.extract.blocks`: the HTML body, each block classified once;
- :mod:`~arnews.extract.lines` and :mod:`~arnews.extract.dump`: a dump's line features
  and the one walk that gives each line its role;
- :mod:`~arnews.extract.roles`: the roles both classifications give;
- :mod:`~arnews.extract.draft`, :mod:`~arnews.extract.times`,
  :mod:`~arnews.extract.assemble` and :mod:`~arnews.extract.enrich`: the shared last
  steps, from a :class:`~arnews.extract.draft.Draft` to an :class:`~arnews.Article`;
- :mod:`~arnews.extract.html`, :mod:`~arnews.extract.text`: the two pipelines;
- data: :mod:`~arnews.extract.phrases` (Arabic vocabulary),
  :mod:`~arnews.extract.vocabulary` (generic markup names and XPaths),
  :mod:`~arnews.extract.limits` (every limit), :mod:`~arnews.extract.boilerplate`
  (phrase matching on normalized text).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from arnews.extract.arguments import check_options, page_content
from arnews.extract.html import extract_html
from arnews.extract.load import DEFAULT_MAX_BYTES, check_size, decode_html, load_html
from arnews.extract.text import extract_text
from arnews.model import Article
from arnews.sites._site import Site

__all__ = ["DEFAULT_MAX_BYTES", "parse_html", "parse_text"]


def parse_html(  # noqa: PLR0913 (the page, its URL, then keyword-only options)
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
    registry (default: :func:`arnews.registered_sites`).

    Input longer than *max_bytes* (bytes, or characters for ``str``) raises
    :class:`~arnews.errors.InputTooLargeError`; bytes that are not text raise
    :class:`~arnews.errors.UndecodableInputError`; empty input gives an empty
    :class:`~arnews.Article`. A file name or :class:`~pathlib.Path` instead of the
    page's content, or an argument of the wrong type, raises
    :class:`~arnews.errors.ArgumentError`.
    """
    content = page_content(html, "parse_html")
    options = check_options(
        "parse_html",
        url=url,
        reference_date=reference_date,
        max_bytes=max_bytes,
        encoding=encoding,
        sites=sites,
    )
    return extract_html(
        # No local name holds the tree: extract_html lets it go before the last stage.
        load_html(content, encoding=options.encoding, max_bytes=options.max_bytes),
        options.url,
        reference_date=options.reference_date,
        sites=options.sites,
    )


def parse_text(  # noqa: PLR0913 (the dump, its URL, then keyword-only options)
    text: str | bytes,
    url: str | None = None,
    *,
    reference_date: datetime | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
    sites: Sequence[Site] | None = None,
) -> Article:
    """Extract the article from a plain-text dump of a news page.

    The dump's shape is recognised line by line: navigation, a «TITLE - SITE» title
    line and the repeated title, a source line, date stamps, the body paragraphs,
    then boilerplate («مقالات ذات صلة» and its headlines, which become
    :attr:`~arnews.Article.related`). The site is picked by *url*, else by the site
    name on the title line. Undecoded ``bytes`` are decoded like an HTML page's
    (*encoding* first, then UTF-8, then the Arabic code pages by detection). Other
    arguments are as for :func:`parse_html`.
    """
    content = page_content(text, "parse_text")
    options = check_options(
        "parse_text",
        url=url,
        reference_date=reference_date,
        max_bytes=max_bytes,
        encoding=encoding,
        sites=sites,
    )
    check_size(len(content), options.max_bytes)
    return extract_text(
        # No local name holds decoded text: extract_text lets it go once it is cut in lines.
        decode_html(content, options.encoding) if isinstance(content, bytes) else content,
        options.url,
        reference_date=options.reference_date,
        sites=options.sites,
    )
