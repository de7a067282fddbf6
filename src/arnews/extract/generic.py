"""Generic main-text extraction for pages of sites arnews has no extractor for.

One linear walk of the tree (:func:`text_blocks`) cuts it into text blocks at
block-level elements and ``<br>``, recording for each the characters inside links
and whether it sits in a navigation-like container. :func:`main_container` then
scores the elements that own good blocks — long, Arabic, few links, sentence
punctuation (، ؛ ؟ .) — and picks the best container, the way readability-style
extractors do.

>>> from arnews.extract.load import parse_tree
>>> root = parse_tree('<div class="menu"><a href="/">الرئيسية</a></div>'
...     '<div><p>قال الوزير إن الحكومة ستعلن خطتها الجديدة للنقل العام الأسبوع المقبل.</p>'
...     '<p>وأضاف أن الخطة تشمل خطوطاً جديدة للحافلات، وتوسيع شبكة القطارات.</p></div>')
>>> blocks = text_blocks(root)
>>> [b.text[:9] for b in paragraphs_in(blocks, main_container(blocks))]
['قال الوزي', 'وأضاف أن ']
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice
from typing import Final, TypeAlias

import regex
from lxml import etree

from arnews.extract import phrases
from arnews.normalization._codepage import code_page

__all__ = [
    "Block",
    "block_quality",
    "main_container",
    "main_paragraphs",
    "paragraphs_in",
    "text_blocks",
    "word_count",
]

BLOCK_TAGS: Final = frozenset(
    {
        "html",
        "body",
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "footer",
        "aside",
        "nav",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "td",
        "th",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "figure",
        "figcaption",
        "pre",
        "form",
        "fieldset",
        "address",
        "center",
        "hr",
        "details",
        "summary",
        "caption",
    }
)
"""Elements that start a new text block."""

CHROME_TAGS: Final = frozenset({"nav", "footer", "aside", "header", "figcaption"})
"""Elements whose text is page chrome, never body text."""

_NEVER_CHROME: Final = frozenset({"html", "body", "form", "main", "article"})
"""Wrappers whose classes describe the whole page or story (e.g. ``author-…`` on ``article``)."""
HEADING_TAGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_SKIPPED_TAGS: Final = frozenset({"head", "title"})

CHROME_CLASS: Final = regex.compile(
    r"(?i)(?:^|[\s_\-])(?<!no-)(?:share|sharing|social|shares|related|comments?|sidebar|side-bar"
    r"|footer|nav|navbar|navigation|menu|breadcrumbs?|widget|ads?|advert\w*|banner"
    r"|newsletter|subscribe|tags?|keywords|most-?read|popular|trending|print|login|cookies?"
    r"|pagination|pager|taboola|outbrain|copyright|more-?news|read-?more|latest|follow"
    r"|header|top-?bar|ticker|breaking|toolbar|byline|author|meta|date|time)(?:$|[\s_\-])"
)
"""``class`` / ``id`` tokens of page chrome (navigation, share bars, related lists, widgets)."""

_ARABIC_LETTERS: Final = regex.compile(r"(?V1)[\p{Arabic}&&\p{L}]++")
_LETTERS: Final = regex.compile(r"\p{L}++")
_LETTER: Final = regex.compile(r"\p{L}")
_SENTENCE_PUNCT: Final = re.compile(r"[.،؛؟!:]")
# ``re``, not ``regex``: its \s is exactly the white space str.split() splits on.
_SPACE_RUN: Final = re.compile(r"\s+")
_OTHER_SPACE: Final = re.compile(r"[^\S ]")
_TOKEN: Final = re.compile(r"\S+")
LONG_TEXT_CHUNK: Final = 65_536
"""Long texts are rewritten or counted this many characters at a time: a pattern's
``sub`` or ``findall`` holds one piece per word, ten times the text, and a page may hold
one 20 MB text node."""
MAX_PUNCT_BONUS: Final = 5
"""Sentence marks after this many add nothing to a block's quality."""

MIN_PARAGRAPH_CHARS: Final = 25
"""Blocks shorter than this count toward a container's score only if they end a sentence."""
MAX_LINK_DENSITY: Final = 0.5
"""Blocks with a larger share of link text are navigation, not prose."""
COMMENT_RULES_WEIGHT: Final = 0.2
"""How much a block speaking of comments and users («التعليق», «المستخدمين») counts
towards the main text: comment rules are long, well-punctuated Arabic prose, and
without this they can outscore a short story."""
_COMMENT_RULES: Final = regex.compile(
    r"(?<![\p{L}\p{M}])(?:["
    + "".join(phrases.CONJUNCTION_PREFIXES)
    + "]?(?:"
    + "|".join(phrases.PREPOSITION_PREFIXES)
    + r")?)(?:"
    + "|".join(sorted(phrases.COMMENT_POLICY_WORDS, key=len, reverse=True))
    + r")(?![\p{L}\p{M}])"
)
"""A word of the comment-policy vocabulary, with its conjunction and preposition."""
MIN_SIBLING_SCORE: Final = 60.0
"""An element beside the main container joins it when its prose scores at least this much
(about one sentence)."""


@dataclass(frozen=True, slots=True)
class Block:
    """A run of text between block boundaries."""

    text: str
    """The text, white space tidied."""
    link_chars: int
    """How many of its characters are link text."""
    owner: etree._Element
    """The nearest block-level element holding it."""
    chrome: bool
    """Whether it sits inside navigation-like markup (``nav``, share bars, widgets…)."""
    heading: bool
    """Whether it sits inside ``h1``–``h6``."""
    links: tuple[tuple[str, str | None], ...]
    """The ``(text, href)`` of every link in it."""
    _quality: float = field(default=-1.0, init=False, repr=False, compare=False)
    """:attr:`quality` once computed (``-1`` before)."""

    @property
    def quality(self) -> float:
        """:func:`block_quality` of :attr:`text`, computed on first use and kept: only the
        few blocks that compete for the story are ever scored."""
        if self._quality < 0:
            object.__setattr__(self, "_quality", block_quality(self.text))
        return self._quality

    @property
    def link_density(self) -> float:
        """The share of the text that is link text."""
        return self.link_chars / len(self.text) if self.text else 0.0


def _is_chrome(element: etree._Element, tag: str) -> bool:
    if tag in CHROME_TAGS:
        return True
    if tag in _NEVER_CHROME:
        return False
    classes, ident = element.get("class"), element.get("id")
    if classes is None and ident is None:  # most elements: no need to build the marks
        return False
    marks = (classes or "") + " " + (ident or "")
    return _chrome_marks(marks) if marks.strip() else False


@lru_cache(maxsize=4096)
def _chrome_marks(marks: str) -> bool:
    # Pages repeat the same class strings many times: match each distinct one once.
    return CHROME_CLASS.search(marks) is not None


_PLAIN, _BLOCK, _HEADING, _BREAK, _LINK, _SKIPPED = range(6)
_KINDS: Final[Mapping[object, int]] = {
    **dict.fromkeys(BLOCK_TAGS, _BLOCK),
    **dict.fromkeys(HEADING_TAGS, _HEADING),
    "br": _BREAK,
    "a": _LINK,
    **dict.fromkeys(_SKIPPED_TAGS, _SKIPPED),
}
"""What the walk does at each element name (one lookup per event): start and end a block
(and a heading), break a block, remember a link, or skip the subtree; any other name
(``_PLAIN``, and a comment's or processing instruction's tag, which is no string) only
adds its text."""


class _Walker:
    """The mutable state of one :func:`text_blocks` walk (local to the call)."""

    __slots__ = ("anchors", "blocks", "link_chars", "owners")

    def __init__(self, root: etree._Element) -> None:
        self.blocks: list[Block] = []
        self.owners: list[etree._Element] = [root]
        self.anchors: list[tuple[str, str | None]] = []
        self.link_chars = 0

    def flush(self, pieces: list[str], chrome: bool, heading: bool) -> None:
        """End the current block, made of *pieces* (not empty; emptied here)."""
        text = tidy_space("".join(pieces))
        pieces.clear()
        if text:
            # Positional: a frozen dataclass is built twice as fast without keywords.
            self.blocks.append(
                Block(
                    text,
                    min(self.link_chars, len(text)),
                    self.owners[-1],
                    chrome,
                    heading,
                    tuple(self.anchors),
                )
            )
        if self.anchors:
            self.anchors = []
        self.link_chars = 0

    def add_link(self, anchor: str, href: str | None) -> None:
        """Count the text *anchor* of a link to *href* and remember the link."""
        self.link_chars += len(anchor.strip())
        label = tidy_space(anchor)
        if label:
            self.anchors.append((label, href))


def text_blocks(  # noqa: PLR0912 (one loop over every event: a branch moved out is a call per event)
    root: etree._Element, dropped: Iterable[etree._Element] = ()
) -> list[Block]:
    """Cut the tree under *root* into text blocks in document order, skipping the
    subtrees in *dropped*. Linear in the size of the tree.

    The loop runs for every element of the page twice (start and end), so it keeps no
    record per element: what an end does follows from the element's name (one lookup in
    :data:`_KINDS`), the chrome element is the one open chrome element (inside chrome no
    element is looked at, so they never nest), and only links keep a stack (where their
    text starts). A block is flushed only when it has pieces. (About 70 lines: one loop;
    split it and each event pays a call.)"""
    skip = set(dropped)
    state = _Walker(root)
    kinds = _KINDS
    pieces: list[str] = []
    link_starts: list[int] = []  # where the text of each open link starts in pieces
    chrome: etree._Element | None = None  # the open chrome element, if any
    headings = 0  # how many h1-h6 are open
    skipped: etree._Element | None = None
    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag
        kind = kinds.get(tag, _PLAIN)
        if event == "start":
            if kind == _SKIPPED or (skip and element in skip):
                walker.skip_subtree()
                skipped = element
                continue
            if kind == _LINK:
                link_starts.append(len(pieces))
            elif kind:
                if pieces:
                    state.flush(pieces, chrome is not None, headings > 0)
                if kind != _BREAK:
                    state.owners.append(element)
                    headings += kind == _HEADING
            # Inside chrome a block is chrome whatever its own marks: not looked at.
            if chrome is None and element is not root and _is_chrome(element, tag):
                chrome = element
            # White space that would start a block is left out (the block's text is tidied,
            # and a link's counts ignore it too): most blocks of an indented page are that.
            if (text := element.text) and (pieces or not text.isspace()):
                pieces.append(text)
            continue
        if skipped is element:
            skipped = None
        else:
            if kind == _LINK:
                start = min(link_starts.pop(), len(pieces))
                state.add_link("".join(pieces[start:]), element.get("href"))
            elif kind:
                if pieces:
                    state.flush(pieces, chrome is not None, headings > 0)
                if kind != _BREAK:
                    state.owners.pop()
                    headings -= kind == _HEADING
            if chrome is element:
                chrome = None
        if (tail := element.tail) and element is not root and (pieces or not tail.isspace()):
            pieces.append(tail)
    if pieces:
        state.flush(pieces, chrome is not None, headings > 0)
    return state.blocks


def block_quality(text: str) -> float:
    """How much *text* reads like Arabic article prose: its Arabic letters, with a bonus
    for sentence punctuation; 0 for text that is not mostly Arabic.

    >>> block_quality("Home | News") == 0
    True
    >>> block_quality("قال الوزير، إن الخطة جاهزة.") > 20
    True
    """
    arabic = _arabic_letters(text)
    if not arabic:  # no letters at all, or none of them Arabic
        return 0.0
    # Not mostly Arabic when the other letters outnumber the Arabic ones, which they can
    # only do when the characters other than Arabic letters and spaces do: count the
    # letters only then.
    others = len(text) - text.count(" ") - arabic
    if others > arabic and _covered(_LETTERS, text) > 2 * arabic:
        return 0.0
    marks = sum(1 for _ in islice(_SENTENCE_PUNCT.finditer(text), MAX_PUNCT_BONUS))
    return arabic + 10.0 * marks


@lru_cache(maxsize=1)
def _letter_page() -> tuple[object, bytes]:
    """The encoding of the normalization's code page of ``CODE_PAGE`` (ASCII and the
    commonest other characters of Arabic news, each as itself), and its bytes that are not
    Arabic letters."""
    page = code_page({}, _every_char)
    others = bytes(
        code for code, char in enumerate(page.characters) if not _ARABIC_LETTERS.fullmatch(char)
    )
    return page.encoding, others


def _every_char(_char: str) -> bool:
    return True


def _arabic_letters(text: str) -> int:
    """How many characters of *text* are Arabic letters (what :data:`_ARABIC_LETTERS`
    covers). A text made of the characters of the code page, as nearly every line of news
    is, is counted by two C passes (encode, then delete the bytes of other characters),
    several times faster than the pattern, which takes any other text."""
    encoding, others = _letter_page()
    try:
        encoded = codecs.charmap_encode(text, "strict", encoding)[0]  # type: ignore[arg-type]
    except UnicodeEncodeError:
        return _covered(_ARABIC_LETTERS, text)
    return len(encoded.translate(None, others))


def _covered(runs: regex.Pattern[str], text: str) -> int:
    """How many characters of *text* the matches of *runs* cover, counted a chunk at a
    time (a run cut at a chunk's end counts the same in two parts)."""
    if len(text) <= LONG_TEXT_CHUNK:
        return sum(map(len, runs.findall(text)))
    return sum(
        sum(map(len, runs.findall(text, start, start + LONG_TEXT_CHUNK)))
        for start in range(0, len(text), LONG_TEXT_CHUNK)
    )


Space: TypeAlias = "re.Pattern[str] | regex.Pattern[str]"


def collapse_space(text: str, space: Space, other: Space) -> str:
    """*text* with each run of *space* as one space, stripped; *other* matches a white-space
    character other than a plain space. A long text with neither is only stripped, one
    with some is rewritten a chunk at a time, each chunk ending after a whole run."""
    if len(text) <= LONG_TEXT_CHUNK:
        return space.sub(" ", text).strip()
    if "  " not in text and other.search(text) is None:
        return text.strip()
    parts: list[str] = []
    start = 0
    while start < len(text):
        end = start + LONG_TEXT_CHUNK
        run = space.match(text, end) if end < len(text) else None
        end = run.end() if run else end
        parts.append(space.sub(" ", text[start:end]))
        start = end
    return "".join(parts).strip()


def tidy_space(text: str) -> str:
    """*text* with each run of white space as one space, and none at the ends (what
    ``" ".join(text.split())`` gives, without a list of every word of a long text).

    >>> tidy_space(" a \\n\\t b  ")
    'a b'
    """
    if len(text) <= LONG_TEXT_CHUNK:
        return " ".join(text.split())
    return collapse_space(text, _SPACE_RUN, _OTHER_SPACE)


def word_count(text: str) -> int:
    """The number of white-space separated tokens of *text* that hold a letter (a date
    «12/03/2024» or a dash is no word): how the engine measures a line against its limits.

    >>> word_count("كتب: أحمد سالم - 12/03/2024")
    3
    """
    # str.split() cuts where ``\S+`` (re's \s) does, faster, but holds every word at once.
    short = len(text) <= LONG_TEXT_CHUNK
    tokens = text.split() if short else (token.group() for token in _TOKEN.finditer(text))
    # str.isalpha() is \p{L} for every character: a word of letters only (most words)
    # needs no pattern.
    return sum(1 for token in tokens if token.isalpha() or _LETTER.search(token))


def _is_prose(block: Block) -> bool:
    if block.heading or block.link_density > MAX_LINK_DENSITY:
        return False
    return len(block.text) >= MIN_PARAGRAPH_CHARS or block.text.endswith(phrases.PROSE_ENDS)


def _scores(
    blocks: Sequence[Block], allow_chrome: bool, comment_weight: float = COMMENT_RULES_WEIGHT
) -> dict[etree._Element, float]:
    scores: dict[etree._Element, float] = {}
    for block in blocks:
        if (block.chrome and not allow_chrome) or not _is_prose(block):
            continue
        quality = block.quality * (1.0 - block.link_density)
        if quality <= 0:
            continue
        if _COMMENT_RULES.search(block.text):
            quality *= comment_weight
        owner = block.owner
        scores[owner] = scores.get(owner, 0.0) + quality
        parent = owner.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0.0) + quality
            grandparent = parent.getparent()
            if grandparent is not None:
                scores[grandparent] = scores.get(grandparent, 0.0) + quality / 2
    return scores


def _best(scores: dict[etree._Element, float]) -> etree._Element | None:
    # The highest score wins; on a tie the deeper element (scored first) is kept.
    return max(scores.items(), key=lambda item: item[1])[0] if scores else None


def main_container(blocks: Sequence[Block], *, allow_chrome: bool = False) -> etree._Element | None:
    """The element most likely to hold the story, or ``None`` when no block reads as prose.

    Each prose block adds its quality to the element owning it and to that element's
    parent, half of it to the grandparent; the best-scored element wins. Blocks in
    navigation-like containers are ignored unless *allow_chrome*.
    """
    return _best(_scores(blocks, allow_chrome))


def paragraphs_in(
    blocks: Sequence[Block],
    container: etree._Element | Sequence[etree._Element] | None,
    *,
    allow_chrome: bool = False,
) -> list[Block]:
    """The blocks inside *container* (an element or several) that read as prose, in
    document order.

    A short block that does not end a sentence (a sub-heading, a menu entry) is kept
    only when prose comes right before and after it.
    """
    if container is None:
        return []
    containers = [container] if isinstance(container, etree._Element) else list(container)
    inside = {node for element in containers for node in element.iter()}
    candidates = [
        block
        for block in blocks
        if block.owner in inside
        and not block.heading
        and (allow_chrome or not block.chrome)
        and block.link_density <= MAX_LINK_DENSITY
        and block.quality > 0
    ]
    prose = [_is_prose(block) for block in candidates]
    return [
        block
        for i, block in enumerate(candidates)
        if prose[i] or (0 < i < len(candidates) - 1 and prose[i - 1] and prose[i + 1])
    ]


def _with_siblings(
    best: etree._Element,
    scores: dict[etree._Element, float],
    blocks: Sequence[Block],
    allow_chrome: bool,
) -> list[etree._Element]:
    """*best* and the element right before or after it when that one holds prose too
    (a lead paragraph in its own box beside the story's box), unless that prose is
    mostly comment rules (it then weighs less than half its unweighted score)."""
    members = [best]
    unweighted: dict[etree._Element, float] | None = None
    for sibling in (best.getprevious(), best.getnext()):
        if (
            sibling is not None
            and isinstance(sibling.tag, str)
            and scores.get(sibling, 0.0) >= MIN_SIBLING_SCORE
            and (allow_chrome or not _is_chrome(sibling, sibling.tag))
        ):
            if unweighted is None:
                unweighted = _scores(blocks, allow_chrome, comment_weight=1.0)
            if scores[sibling] >= 0.5 * unweighted.get(sibling, 0.0):
                members.append(sibling)
    return members


def main_paragraphs(blocks: Sequence[Block]) -> list[Block]:
    """The story's paragraphs among *blocks*: the prose of :func:`main_container` and of a
    prose-holding element right beside it, ignoring navigation-like markup unless that
    leaves nothing."""
    for allow_chrome in (False, True):
        scores = _scores(blocks, allow_chrome)
        best = _best(scores)
        if best is None:
            continue
        found = paragraphs_in(
            blocks, _with_siblings(best, scores, blocks, allow_chrome), allow_chrome=allow_chrome
        )
        if found:
            return found
    return []
