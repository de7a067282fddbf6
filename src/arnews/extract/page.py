"""The :class:`Page`: one parsed document and everything precomputed from it, built once.

Metadata is read in a handful of XPath queries: ``<meta>`` (OpenGraph, Twitter,
``article:*``, Dublin Core, ``name="date"``…), JSON-LD (``NewsArticle`` and
friends, inside ``@graph`` too, malformed JSON tolerated), ``<time datetime>`` and
microdata/RDFa date attributes, the canonical URL and the base URL links resolve
against (:mod:`arnews.extract.urls`). Scripts, styles and other non-text elements are
removed from the tree afterwards, so the field cascades work on content only.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Final

import regex
from lxml import etree

from arnews.extract.urls import document_base, web_url

__all__ = ["JSONObject", "Page", "build_page", "elements", "jsonld_text", "node_text", "strings"]

JSONObject = Mapping[str, object]
"""A decoded JSON-LD object."""

_HEAD_TAGS: Final = ("meta", "script", "link", "base", "title")
"""The elements :func:`build_page` reads its metadata from: collected in one pass of the
tree (``root.iter`` filters by name in C), where one XPath query per field would walk the
whole tree each time."""
_JSONLD_TYPE: Final = "application/ld+json"
_CANONICAL_REL: Final = "canonical"
_OG_URL_PROPERTY: Final = "og:url"
_XML_SPACE: Final = re.compile(r"[ \t\r\n]+")
"""White space as XPath's ``normalize-space`` knows it (the rel attribute's tokens)."""
_LOWER_CANONICAL: Final = str.maketrans("CANONICAL", "canonical")
"""``rel`` is matched case-insensitively for the letters of «canonical» only."""
_LANG: Final = etree.XPath("/html/@lang")
# From the attribute tested, not ``//*[@itemprop=…]``: libxml2 walks the attributes of one
# name several times faster than it tests a predicate on every element. And from the
# elements' attributes (``/descendant::*/@…``), not ``//@…``, which is every node's
# attributes, text nodes' too: the same attributes, found a quarter faster.
# The two attributes of a datePublished item in one step (they come in the order the element
# gives them, as the union of two steps sorts them): a walk of the tree less.
_TIME_STAMPS: Final = etree.XPath(
    "//time/@datetime"
    " | /descendant::*/@itemprop[.='datePublished']/../@*[name()='content' or name()='datetime']"
    " | /descendant::*/@property[.='dc:date' or .='dcterms:created']/../@content"
)
_NON_TEXT: Final = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "object",
    "embed",
    "canvas",
    "select",
    "button",
    "input",
    "textarea",
)
_ARTICLE_TYPES: Final = frozenset(
    {
        "newsarticle",
        "article",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "backgroundnewsarticle",
        "blogposting",
        "liveblogposting",
        "scholarlyarticle",
        "report",
    }
)
_TRAILING_COMMA: Final = regex.compile(r",\s*+(?=[}\]])")
_JSON_STRING_FIELD: Final = regex.compile(
    r'"(headline|name|datePublished|dateModified|dateCreated|articleSection|description)"'
    r'\s*+:\s*+"((?:[^"\\]|\\.){0,2000})"'
)
_MAX_JSONLD_CHARS: Final = 2_000_000
_MAX_JSONLD_DEPTH: Final = 6
"""How deep into nested JSON-LD (``@graph``, lists) articles are looked for."""


def elements(result: object) -> list[etree._Element]:
    """The elements in an XPath *result* (anything else dropped)."""
    if not isinstance(result, list):
        return []
    return [item for item in result if isinstance(item, etree._Element)]


def strings(result: object) -> list[str]:
    """The non-blank strings (attribute values, text nodes) in an XPath *result*."""
    if not isinstance(result, list):
        return []
    return [str(item).strip() for item in result if isinstance(item, str) and str(item).strip()]


def node_text(element: etree._Element) -> str:
    """All text under *element*, white space as in the page."""
    return "".join(str(piece) for piece in element.itertext())


@dataclass(frozen=True, slots=True)
class Page:
    """A parsed HTML page with its metadata, computed once and then only read."""

    root: etree._Element
    """The document element (scripts, styles and comments removed)."""
    url: str | None
    """The URL the caller gave (as given), else the canonical URL."""
    canonical: str | None
    """``<link rel="canonical">``, else ``og:url``: an absolute http(s) URL (see
    :mod:`arnews.extract.urls`)."""
    base: str | None
    """What relative links resolve against: an http(s) ``<base href>``, else the caller's
    URL, else the canonical URL (:func:`~arnews.extract.urls.document_base`)."""
    title: str | None
    """The text of ``<title>``."""
    language: str | None
    """``<html lang>``, lower-cased primary subtag."""
    meta: Mapping[str, tuple[str, ...]]
    """``<meta>`` contents by lower-cased ``property`` / ``name`` / ``itemprop``, in page order."""
    jsonld: tuple[JSONObject, ...]
    """JSON-LD objects, article types (``NewsArticle``, ``Article``…) first."""
    stamps: tuple[str, ...]
    """``<time datetime>`` and microdata/RDFa date values, in page order."""
    selected: dict[str, list[etree._Element | str]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    """What each site selector evaluated on :attr:`root` found (filled by
    :func:`arnews.extract.context.select`): a layout names one selector in several fields
    (the body it probes for, the box it drops and reads related links from), and each
    evaluation walks the whole tree. The tree never changes, so neither do the results."""
    tagged: dict[tuple[str, str], tuple[list[etree._Element], str]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )
    """By element name and attribute, for the site selectors that start from them: the
    elements of that name in document order and their values of that attribute joined
    (filled by :func:`arnews.extract.selectors.evaluate`)."""

    def first_meta(self, *keys: str) -> str | None:
        """The first non-empty ``<meta>`` content under any of *keys*, in the order given."""
        for key in keys:
            for value in self.meta.get(key, ()):
                if value.strip():
                    return value.strip()
        return None

    def absolute(self, href: object) -> str | None:
        """*href* (a string from the page) as an absolute http(s) URL resolved against the
        page's :attr:`base`, or ``None`` (:func:`~arnews.extract.urls.web_url`)."""
        return web_url(href, self.base) if isinstance(href, str) else None


def _types(obj: JSONObject) -> set[str]:
    value = obj.get("@type")
    values = value if isinstance(value, list) else [value]
    return {v.lower().rsplit("/", 1)[-1] for v in values if isinstance(v, str)}


def _walk(value: object, depth: int = 0) -> Iterator[JSONObject]:
    if depth > _MAX_JSONLD_DEPTH:
        return
    if isinstance(value, list):
        for item in value:
            yield from _walk(item, depth + 1)
    elif isinstance(value, dict):
        yield value
        graph = value.get("@graph")
        if graph is not None:
            yield from _walk(graph, depth + 1)
        main = value.get("mainEntity")
        if isinstance(main, dict):
            yield from _walk(main, depth + 1)


def _loads(raw: str) -> object:
    raw = raw.strip()
    if raw.startswith("<!--"):
        raw = raw[4:].removesuffix("-->")
    if raw.startswith("//<![CDATA["):
        raw = raw[11:].removesuffix("//]]>")
    # RecursionError: JSON nested deeper than the interpreter's recursion limit («[[[[…»).
    try:
        return json.loads(raw, strict=False)
    except (ValueError, RecursionError):
        pass
    try:
        return json.loads(_TRAILING_COMMA.sub("", raw), strict=False)
    except (ValueError, RecursionError):
        pass
    # Broken beyond repair: keep the plain string fields we care about.
    fields = dict(_JSON_STRING_FIELD.findall(raw))
    if not fields:
        return None
    try:
        return {key: json.loads(f'"{value}"', strict=False) for key, value in fields.items()}
    except ValueError:
        return fields


def jsonld_text(raw: str) -> tuple[JSONObject, ...]:
    """The JSON-LD objects in one ``<script type="application/ld+json">`` body, article types
    first; malformed JSON (trailing commas, raw control characters, an HTML comment
    wrapper) is tolerated.

    >>> [o["headline"] for o in jsonld_text('{"@type": "NewsArticle", "headline": "خبر",}')]
    ['خبر']
    """
    if len(raw) > _MAX_JSONLD_CHARS:
        return ()
    objects = list(_walk(_loads(raw)))
    return tuple(o for o in objects if _types(o) & _ARTICLE_TYPES) + tuple(
        o for o in objects if not _types(o) & _ARTICLE_TYPES
    )


def _meta(metas: list[etree._Element]) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for element in metas:
        content = element.get("content")
        if content is None:
            continue
        for attribute in ("property", "name", "itemprop", "http-equiv"):
            key = element.get(attribute)
            if key:
                found.setdefault(key.strip().lower(), []).append(content)
    return {key: tuple(values) for key, values in found.items()}


def _head_elements(root: etree._Element) -> dict[str, list[etree._Element]]:
    """The :data:`_HEAD_TAGS` elements of the page (wherever they are), by name, in page order."""
    found: dict[str, list[etree._Element]] = {tag: [] for tag in _HEAD_TAGS}
    for element in root.iter(*_HEAD_TAGS):
        found[str(element.tag)].append(element)
    return found


def _own_texts(element: etree._Element) -> list[str | None]:
    """The text nodes right under *element* (XPath's ``text()``)."""
    return [element.text, *(child.tail for child in element)]


def _is_canonical(link: etree._Element) -> bool:
    rel = link.get("rel")
    return rel is not None and _CANONICAL_REL in _XML_SPACE.split(rel.translate(_LOWER_CANONICAL))


def build_page(root: etree._Element, url: str | None) -> Page:
    """Precompute the metadata of the tree *root*, then strip its non-text elements.

    The tree is owned by the returned :class:`Page` from then on and never changed again.
    """
    head = _head_elements(root)
    jsonld: list[JSONObject] = []
    scripts = [s for s in head["script"] if s.get("type") == _JSONLD_TYPE]
    for raw in strings([text for script in scripts for text in _own_texts(script)]):
        jsonld.extend(jsonld_text(raw))
    jsonld.sort(key=lambda o: not (_types(o) & _ARTICLE_TYPES))
    declared = document_base(
        next(iter(strings([b.get("href") for b in head["base"]])), None), url, None
    )
    # <link rel="canonical"> wins over og:url (a page may point og:url at a mirror).
    hrefs = [
        *strings([link.get("href") for link in head["link"] if _is_canonical(link)]),
        *strings([m.get("content") for m in head["meta"] if m.get("property") == _OG_URL_PROPERTY]),
    ]
    canonical = next((c for c in (web_url(href, declared) for href in hrefs) if c), None)
    title_texts = strings([text for title in head["title"] for text in _own_texts(title)])
    titles = [" ".join(t.split()) for t in title_texts]
    langs = [lang.lower().split("-")[0] for lang in strings(_LANG(root))]
    page = Page(
        root=root,
        url=url or canonical,
        canonical=canonical,
        base=declared or canonical,
        title=next((t for t in titles if t), None),
        language=next((lang for lang in langs if lang), None),
        meta=_meta(head["meta"]),
        jsonld=tuple(jsonld),
        stamps=tuple(strings(_TIME_STAMPS(root))),
    )
    etree.strip_elements(root, *_NON_TEXT, with_tail=False)
    return page
