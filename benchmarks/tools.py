"""One adapter per library: page in, the same small record out.

Each adapter calls the library the way its documentation recommends for a
single downloaded page (no network: the HTML is handed over). A field the
library does not extract is reported as not applicable, not as wrong.
"""

from __future__ import annotations

import logging
import traceback
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from benchmarks.corpus import HtmlPage, package_version

TITLE, DATE, AUTHORS, BODY = "title", "published", "authors", "body"
FIELDS = (TITLE, DATE, AUTHORS, BODY)
FLOOR = "lxml etree.fromstring"
"""The floor of the speed table: lxml's HTML parse of the page's bytes, nothing more."""
LXML_HTML = "lxml.html.fromstring"


@dataclass(frozen=True, slots=True)
class Extraction:
    """What one library extracted from one page."""

    title: str | None = None
    published: date | None = None
    authors: tuple[str, ...] = ()
    text: str = ""
    error: str | None = None
    """``"ExceptionType: message"`` when the library raised; the other fields are then empty."""


@dataclass(frozen=True, slots=True)
class Tool:
    """A library under test."""

    name: str
    version: str
    fields: frozenset[str]
    """The fields this library extracts at all."""
    run: Callable[[HtmlPage], Extraction]
    """Extract one page (used for accuracy)."""
    call: Callable[[HtmlPage], object] = field(repr=False, default=lambda page: None)
    """The bare library call (used for speed): no conversion of the result."""


def _as_date(value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value)
    try:
        return datetime.fromisoformat(text[:10]).date()
    except ValueError:
        return None


def _itertext(html: str) -> str:
    from lxml import html as lxml_html

    if not html.strip():
        return ""
    return "\n".join(t for t in lxml_html.fromstring(html).itertext() if t.strip())


def _guard(run: Callable[[HtmlPage], Extraction]) -> Callable[[HtmlPage], Extraction]:
    def guarded(page: HtmlPage) -> Extraction:
        try:
            return run(page)
        except Exception as exc:  # noqa: BLE001 (a crash is a result, recorded per tool)
            last = traceback.extract_tb(exc.__traceback__)[-1]
            where = f" ({last.filename.rsplit('/', 1)[-1]}:{last.lineno})"
            return Extraction(error=f"{type(exc).__name__}: {exc}"[:200] + where)

    return guarded


def _from_article(article: Any) -> Extraction:
    return Extraction(
        title=article.title,
        published=_as_date(article.published),
        authors=tuple(article.authors),
        text=article.text,
    )


def _arnews(name: str, call: Callable[[HtmlPage], Any]) -> Tool:
    import arnews

    def run(page: HtmlPage) -> Extraction:
        return _from_article(call(page))

    return Tool(name, arnews.__version__, frozenset(FIELDS), _guard(run), call)


def arnews_tool() -> Tool:
    """arnews.parse_html with everything on (dates and quotes enrichment included)."""
    import arnews

    return _arnews("arnews", lambda page: arnews.parse_html(page.html, url=page.url))


def arnews_bytes_tool() -> Tool:
    """arnews.parse_html on the undecoded bytes, as read from the network (speed only)."""
    import arnews

    return _arnews("arnews (bytes)", lambda page: arnews.parse_html(page.raw, url=page.url))


def arnews_generic_tool() -> Tool:
    """arnews.parse_html with no site extractor (``sites=()``): the generic cascade alone."""
    import arnews

    return _arnews(
        "arnews (generic)", lambda page: arnews.parse_html(page.html, url=page.url, sites=())
    )


ENRICH_OPTION = "enrich"
"""The keyword of :func:`arnews.parse_html` that switches enrichment off, once it has one.

Until then, :func:`arnews_plain_tool` swaps ``arnews.extract.assemble.enrich`` for a
no-op during its own calls only (the benchmark's patch, never the library's)."""


@contextmanager
def no_enrichment() -> Iterator[None]:
    """Inside this block, :func:`arnews.extract.assemble.assemble` finds no dates or quotes."""
    from arnews.extract import assemble

    def nothing(text: str, reference: object) -> tuple[tuple[()], tuple[()]]:
        return (), ()

    original = assemble.enrich
    assemble.enrich = nothing  # type: ignore[assignment]
    try:
        yield
    finally:
        assemble.enrich = original


def arnews_plain_tool() -> Tool:
    """arnews.parse_html without enrichment (no date mentions, no quotes): speed only.

    Uses the public ``enrich=False`` when :func:`arnews.parse_html` has it, else
    :func:`no_enrichment` around each call, so the enriched and plain runs can be
    interleaved in the same process.
    """
    import inspect

    import arnews

    if ENRICH_OPTION in inspect.signature(arnews.parse_html).parameters:
        options = {ENRICH_OPTION: False}
        return _arnews(
            "arnews (no enrichment)",
            lambda page: arnews.parse_html(page.html, url=page.url, **options),
        )
    from arnews.extract import assemble

    if not callable(getattr(assemble, "enrich", None)):
        raise ImportError("arnews.extract.assemble.enrich", name="arnews.extract.assemble.enrich")

    def call(page: HtmlPage) -> object:
        with no_enrichment():
            return arnews.parse_html(page.html, url=page.url)

    return _arnews("arnews (no enrichment)", call)


def _html_parser() -> Any:
    """lxml's HTML parser with the options :func:`arnews.parse_html` uses (a fresh one per
    page, as there)."""
    from lxml import etree

    return etree.HTMLParser(
        no_network=True, remove_comments=True, remove_pis=True, collect_ids=False
    )


def lxml_html_tool() -> Tool:
    """``lxml.html.fromstring`` of the page's bytes: a parse and nothing else (speed only)."""
    from lxml import html as lxml_html

    def call(page: HtmlPage) -> object:
        return lxml_html.fromstring(page.raw)

    return Tool(LXML_HTML, package_version("lxml", "?"), frozenset(), _guard(_nothing), call)


def lxml_etree_tool() -> Tool:
    """``etree.fromstring(bytes, HTMLParser(...))``, the parse arnews builds on: the floor."""
    from lxml import etree

    def call(page: HtmlPage) -> object:
        return etree.fromstring(page.raw, _html_parser())

    return Tool(FLOOR, package_version("lxml", "?"), frozenset(), _guard(_nothing), call)


def _nothing(page: HtmlPage) -> Extraction:
    return Extraction()


def resiliparse_tool() -> Tool:
    """resiliparse ``extract_plain_text(html, main_content=True)``: body text only, no fields."""
    from resiliparse.extract.html2text import extract_plain_text

    def call(page: HtmlPage) -> object:
        return extract_plain_text(page.html, main_content=True)

    def run(page: HtmlPage) -> Extraction:
        return Extraction(text=str(call(page)))

    version = package_version("resiliparse", "?")
    return Tool("resiliparse", version, frozenset({BODY}), _guard(run), call)


def selectolax_tool() -> Tool:
    """selectolax (lexbor): parse, drop ``script``/``style``/``noscript``, the body's text.

    The whole page's text, boilerplate included: a speed anchor, not an extractor."""
    from selectolax.lexbor import LexborHTMLParser

    def call(page: HtmlPage) -> object:
        tree = LexborHTMLParser(page.html)
        tree.strip_tags(["script", "style", "noscript"])
        return tree.body.text(separator="\n") if tree.body is not None else ""

    version = package_version("selectolax", "?")
    return Tool("selectolax", version, frozenset(), _guard(_nothing), call)


def trafilatura_tool() -> Tool:
    """trafilatura.bare_extraction(with_metadata=True)."""
    import trafilatura

    def call(page: HtmlPage) -> object:
        return trafilatura.bare_extraction(page.html, url=page.url, with_metadata=True)

    def run(page: HtmlPage) -> Extraction:
        doc = call(page)
        if doc is None:
            return Extraction()
        data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        author = data.get("author") or ""
        return Extraction(
            title=data.get("title"),
            published=_as_date(data.get("date")),
            authors=tuple(a.strip() for a in author.split(";") if a.strip()),
            text=data.get("text") or "",
        )

    version = package_version("trafilatura", "?")
    return Tool("trafilatura", version, frozenset(FIELDS), _guard(run), call)


def newspaper_tool() -> Tool:
    """newspaper4k: ``Article(url, language="ar", fetch_images=False)`` on the given HTML."""
    import newspaper

    def call(page: HtmlPage) -> object:
        article = newspaper.Article(page.url, language="ar", fetch_images=False)
        article.download(input_html=page.html)
        article.parse()
        return article

    def run(page: HtmlPage) -> Extraction:
        article = call(page)
        return Extraction(
            title=article.title or None,
            published=_as_date(article.publish_date),
            authors=tuple(article.authors),
            text=article.text or "",
        )

    version = package_version("newspaper4k", "?")
    return Tool("newspaper4k", version, frozenset(FIELDS), _guard(run), call)


def readability_tool() -> Tool:
    """readability-lxml: Document(html).short_title() and .summary() (no dates, no authors)."""
    from readability import Document

    def call(page: HtmlPage) -> object:
        doc = Document(page.html, url=page.url)
        return doc.short_title(), doc.summary(html_partial=True)

    def run(page: HtmlPage) -> Extraction:
        title, summary = call(page)
        return Extraction(title=title or None, text=_itertext(summary))

    return Tool(
        "readability-lxml",
        package_version("readability-lxml", "?"),
        frozenset({TITLE, BODY}),
        _guard(run),
        call,
    )


def htmldate_tool() -> Tool:
    """htmldate.find_date(original_date=True): publication dates only."""
    from htmldate import find_date

    def call(page: HtmlPage) -> object:
        return find_date(page.html, url=page.url, original_date=True)

    def run(page: HtmlPage) -> Extraction:
        return Extraction(published=_as_date(call(page)))

    return Tool("htmldate", package_version("htmldate", "?"), frozenset({DATE}), _guard(run), call)


FACTORIES: dict[str, Callable[[], Tool]] = {
    "arnews": arnews_tool,
    "arnews (generic)": arnews_generic_tool,
    "trafilatura": trafilatura_tool,
    "newspaper4k": newspaper_tool,
    "readability-lxml": readability_tool,
    "resiliparse": resiliparse_tool,
    "htmldate": htmldate_tool,
    "arnews (bytes)": arnews_bytes_tool,
    "arnews (no enrichment)": arnews_plain_tool,
    FLOOR: lxml_etree_tool,
    LXML_HTML: lxml_html_tool,
    "selectolax": selectolax_tool,
}
"""Every library in the page-level comparisons, arnews first."""

SPEED_ONLY = frozenset({"arnews (bytes)", "arnews (no enrichment)", FLOOR, LXML_HTML, "selectolax"})
"""Rows of the speed table only: variants of arnews whose fields are those of "arnews",
and bare parses that extract nothing."""


def load_tools(names: list[str] | None = None) -> tuple[list[Tool], dict[str, str]]:
    """Import the requested libraries; return the tools and, for those missing, why."""
    for noisy in ("trafilatura", "htmldate", "newspaper", "readability", "charset_normalizer"):
        logging.getLogger(noisy).setLevel(logging.CRITICAL)
    # dateutil warns about zone names it does not know (trafilatura, htmldate): noise here.
    warnings.filterwarnings("ignore", module="dateutil")
    tools: list[Tool] = []
    missing: dict[str, str] = {}
    for name in names or [n for n in FACTORIES if n not in SPEED_ONLY]:
        try:
            tools.append(FACTORIES[name]())
        except ImportError as exc:
            missing[name] = f"not installed ({exc.name or exc})"
    return tools, missing
