"""Site selectors, the common ones answered from an index of the page's marked elements.

A site selector nearly always starts from an element named by its ``class`` or ``id``:
``//div[@class='LongDesc']``, ``//div[contains(@class, 'article_details_body')]//span``.
libxml2 answers such a step by testing the predicate on every element of that name, with
a node set and a string allocated for the attribute each time: 0.05 ms on a page of 700
elements, 0.45 ms on one of 2,500, and a layout has a dozen selectors. :func:`evaluate`
answers that first step from an index instead and evaluates the rest of the selector
with XPath from each element found. The index of a name and an attribute (built the first
time a selector asks for them, kept on the :class:`~arnews.extract.page.Page`) is the
elements of that name, found in one pass filtered by name in C, and their values of that
attribute joined into one string, read in C too (``map``): a selector's step is then a
C search of that string (:meth:`str.find`), not a Python step per element, and the
element a match belongs to is told by counting the separators before it.

Only a rest made of child, descendant and attribute steps is taken this way: its results
lie in the subtree of the element they start from, so the results of elements in
document order are in document order too. A selector of any other shape (a union,
another first step, ``..`` or an axis) goes to XPath whole, and so does one whose first
step finds an element inside another (their results would interleave), unless its rest
starts with a descendant step: then what the inner element finds, the outer one finds
too, and the outermost elements are enough.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import repeat
from typing import Final, NamedTuple

from lxml import etree

from arnews.extract.page import Page

__all__ = ["evaluate"]

_FIRST_STEP: Final = re.compile(
    r"//(?P<tag>[a-z][a-z0-9]*)"
    r"\[(?:@(?P<exact_attribute>class|id)='(?P<exact>[^']+)'"
    r"|contains\(@(?P<part_attribute>class|id), '(?P<part>[^']+)'\)"
    r"(?: and not\(contains\(@(?P=part_attribute), '(?P<unless>[^']+)'\)\))?)\]"
    r"(?P<rest>(?:/{1,2}(?:[a-z][a-z0-9]*|\*|@[a-z][a-z0-9_-]*|text\(\))(?:\[[^\[\]|]*\])*)*)"
)
"""``//TAG[@class='…']`` (or ``@id``, or ``contains(@class, '…')``, perhaps ``and
not(contains(@class, '…'))``), then child, descendant and attribute steps with predicates."""
_LEAVING: Final = ("..", "::")
"""What in the rest of a selector could reach outside the element it starts from."""
_SEPARATOR: Final = "\x00"
"""What separates the values of two elements in an index: no attribute value holds it
(lxml refuses it, and the load stage strips it from a page)."""

Column = tuple[list[etree._Element], str]
"""The elements of one name, in document order, and their values of one attribute joined,
each between two separators (a missing attribute as an empty value)."""


class _Shape(NamedTuple):
    """A selector read as its first step and the XPath of the rest."""

    tag: str
    attribute: str
    value: str
    contains: bool
    unless: str | None
    """What the attribute must not hold (``and not(contains(…))``), if anything."""
    rest: etree.XPath | None
    descendants: bool
    """Whether the rest starts with a descendant step (``//``)."""


@lru_cache(maxsize=1024)
def _compiled(selector: str) -> etree.XPath:
    return etree.XPath(selector)


@lru_cache(maxsize=1024)
def _shape(selector: str) -> _Shape | None:
    """*selector* as a first step the index answers, or ``None`` for XPath whole."""
    match = _FIRST_STEP.fullmatch(selector)
    if match is None or any(mark in match["rest"] for mark in _LEAVING):
        return None
    contains = match["exact"] is None
    attribute = match["part_attribute"] if contains else match["exact_attribute"]
    return _Shape(
        tag=match["tag"],
        attribute=attribute,
        value=match["part"] if contains else match["exact"],
        contains=contains,
        unless=match["unless"],
        rest=_compiled("." + match["rest"]) if match["rest"] else None,
        descendants=match["rest"].startswith("//"),
    )


def _column(page: Page, tag: str, attribute: str) -> Column:
    column = page.tagged.get((tag, attribute))
    if column is None:
        everything = page.root.getroottree().getroot()
        found = list(everything.iter(tag))
        values = map(etree._Element.get, found, repeat(attribute), repeat(""))
        joined = _SEPARATOR + _SEPARATOR.join(values) + _SEPARATOR
        column = page.tagged[tag, attribute] = (found, joined)
    return column


def _marked(column: Column, needle: str) -> list[etree._Element]:
    """The elements of *column* whose value holds *needle* (a text with no separator in it,
    or a whole value between two separators), in document order."""
    elements, joined = column
    found: list[etree._Element] = []
    row, counted = -1, 0
    hit = joined.find(needle)
    while hit >= 0:
        # The separators up to the match (the one opening its value included) number the
        # element; the search goes on from the end of that element's value.
        row += joined.count(_SEPARATOR, counted, hit + 1)
        counted = hit + 1
        found.append(elements[row])
        hit = joined.find(needle, joined.find(_SEPARATOR, hit + 1))
    return found


def _holding(column: Column, value: str, contains: bool) -> list[etree._Element]:
    """The elements of *column* whose value holds *value* (or is it, unless *contains*)."""
    if _SEPARATOR in value:  # no element's value holds it
        return []
    return _marked(column, value if contains else _SEPARATOR + value + _SEPARATOR)


def _outermost(found: list[etree._Element], tag: str) -> list[etree._Element]:
    """Those of *found* (elements named *tag*) that are inside no other."""
    members = set(found)
    return [e for e in found if not any(a in members for a in e.iterancestors(tag))]


def evaluate(page: Page, selector: str) -> list[object]:
    """The XPath result of *selector* on the page's document (see the module's rules)."""
    shape = _shape(selector)
    if shape is None:
        return _xpath(selector, page)
    column = _column(page, shape.tag, shape.attribute)
    found = _holding(column, shape.value, shape.contains)
    if shape.unless is not None and found:
        excluded = set(_holding(column, shape.unless, contains=True))
        found = [element for element in found if element not in excluded]
    if shape.rest is None or not found:
        return list[object](found)
    if len(found) > 1:
        outermost = _outermost(found, shape.tag)
        if len(outermost) < len(found):
            # A rest from a descendant step finds, from an element inside another, only
            # what it finds from that other too: the outermost ones are enough, and their
            # results do not interleave. Any other rest goes to XPath whole.
            if not shape.descendants:
                return _xpath(selector, page)
            found = outermost
    return [item for element in found for item in _xpath(shape.rest, element)]


def _xpath(selector: str | etree.XPath, context: Page | etree._Element) -> list[object]:
    """What XPath finds for *selector* from *context* (a page: its document element)."""
    query = _compiled(selector) if isinstance(selector, str) else selector
    result = query(context.root if isinstance(context, Page) else context)
    return list[object](result) if isinstance(result, list) else []
