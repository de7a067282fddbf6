"""The HTML classify stage: the story's blocks, each given one role with its features.

The body is chosen among the page's blocks (the one walk of the tree in
:func:`arnews.extract.generic.text_blocks`): those inside the site's paragraph or
body elements, else the generic main container's prose. Then every body block is
classified once, in order: its display text, comparison key and word count are
computed, and it becomes a paragraph of the STORY, or a repeat of the title, a
boilerplate line, an agency CREDIT, a date STAMP, a BYLINE… The field steps read
:class:`Body`; nobody goes back to the blocks.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from lxml import etree

from arnews.extract.boilerplate import phrase_key
from arnews.extract.context import Context, select
from arnews.extract.generic import Block, main_paragraphs, word_count
from arnews.extract.limits import CREDIT_LINE_BLOCKS, MAX_BYLINE_WORDS, MAX_DATE_LINE_WORDS
from arnews.extract.people import agency_of_key, byline_pattern
from arnews.extract.roles import Role
from arnews.extract.stamps import parse_stamp
from arnews.normalization import normalize

__all__ = ["Body", "BodyBlock", "body_blocks", "classify_body"]


@dataclass(frozen=True, slots=True)
class BodyBlock:
    """One block of the story's container, classified."""

    role: Role
    text: str
    """The text in display normalization."""
    agency: str | None
    """The agency the whole block names («(بترا)»), whatever its role."""


@dataclass(frozen=True, slots=True)
class Body:
    """The classified blocks of the story's container, in document order."""

    blocks: tuple[BodyBlock, ...]

    def texts(self, role: Role) -> tuple[str, ...]:
        """The texts of the blocks in *role*."""
        return tuple(block.text for block in self.blocks if block.role is role)

    @property
    def credit(self) -> str | None:
        """An agency credited on a block of its own among the last few, e.g. «--(بترا)»."""
        for block in reversed(self.blocks[-CREDIT_LINE_BLOCKS:]):
            if block.agency:
                return block.agency
        return None


def _inside(blocks: Sequence[Block], containers: Sequence[etree._Element]) -> list[Block]:
    nodes = {node for container in containers for node in container.iter()}
    return [block for block in blocks if block.owner in nodes and not block.chrome]


def body_blocks(ctx: Context) -> list[Block]:
    """Body cascade: the blocks inside the site's paragraph elements → inside its body
    elements (headings left out) → the generic main container's prose."""
    paragraphs = [
        e for e in select(ctx.page, ctx.rules.paragraphs) if isinstance(e, etree._Element)
    ]
    if paragraphs:
        return _inside(ctx.blocks, paragraphs)
    containers = [e for e in select(ctx.page, ctx.rules.body) if isinstance(e, etree._Element)]
    if containers:
        return [block for block in _inside(ctx.blocks, containers) if not block.heading]
    return main_paragraphs(ctx.blocks)


_KEPT: Final = frozenset({Role.STORY, Role.STAMP, Role.BYLINE})
"""Roles of text the body shows once: a later block with the same text is a repeat."""


def _role(text: str, key: str, words: int, found: str | None, ctx: Context) -> Role:
    """The role of a block of Arabic text not seen before in the body."""
    if ctx.matcher.is_boilerplate_key(key):
        return Role.BOILERPLATE
    if found:
        return Role.CREDIT
    if (
        words <= MAX_DATE_LINE_WORDS
        and parse_stamp(text, reference=ctx.reference, site=ctx.site) is not None
    ):
        return Role.STAMP
    if words <= MAX_BYLINE_WORDS and byline_pattern().match(text):
        return Role.BYLINE
    return Role.STORY


def classify_body(
    blocks: Sequence[Block], ctx: Context, title: str | None, subtitle: str | None
) -> Body:
    """Give every block of the story's container its role, in one pass."""
    repeats = {
        phrase_key(text): role
        for text, role in ((subtitle, Role.SUBTITLE), (title, Role.TITLE))
        if text
    }
    seen: set[str] = set()
    out: list[BodyBlock] = []
    for block in blocks:
        text = normalize(block.text, preset="display")
        key = phrase_key(text)
        found = agency_of_key(key)
        words = word_count(text)
        if block.quality == 0 or not key:
            role = Role.OTHER
        elif key in repeats:
            role = repeats[key]
        elif key in seen:
            role = Role.REPEAT
        else:
            role = _role(text, key, words, found, ctx)
            if role in _KEPT:
                seen.add(key)
        out.append(BodyBlock(role=role, text=text, agency=found))
    return Body(tuple(out))
