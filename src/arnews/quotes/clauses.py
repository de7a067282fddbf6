"""The reported words: where they start after their introducer, where they end, their kind.

Reported words run to the end of the sentence or to a clause boundary (a cue
that opens new speech), jumping over paired quotes. A quote right after the
introducer is the speech itself (``direct``) when it ends the clause; a clause
that embeds a quoted fragment of three words or more (two at its end) is ``mixed``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Collection, Iterator
from typing import Final, Literal, NamedTuple

from arnews.model import QuoteKind
from arnews.quotes.cues import is_circumstantial
from arnews.quotes.marks import OPENERS
from arnews.quotes.tokens import COMMAS, SLASH, Doc, trim_tokens
from arnews.quotes.vocabulary import Vocabulary

__all__ = [
    "Boundaries",
    "Clause",
    "Intro",
    "clause_end",
    "closes_clause",
    "embeds_quote",
    "quoted_fragments",
    "reported_words",
    "writer_boundaries",
]

Intro = Literal["colon", "an", "prep", "quote", "none"]
"""How a cue introduces its reported words: «:», an «أن» form, the verb's
preposition, a quote right after the speaker, or nothing found."""

MIN_FRAGMENT_WORDS: Final = 3
"""Words that make a quoted fragment inside reported words speech (``mixed``)."""
MIN_FINAL_FRAGMENT_WORDS: Final = 2
"""Words enough for a quoted fragment that ends the clause («أن الانتخابات "مسرحية هزلية"»)."""
FRAGMENT_WINDOW: Final = 5
"""Tokens after an inner opening mark in which its words are counted."""
MAX_LEAD_WORDS: Final = 2
"""Words before a quote that ends the reported words for the quote to be the speech
itself («أن الغارة "…"», «إن هذه "…"»), not a fragment of it."""
PARAGRAPH_BREAK: Final = 2
"""Line breaks between two paragraphs (a blank line)."""
MAX_LINE_BREAKS_AFTER_COLON: Final = 2
"""Line breaks skipped after «:» («وأضاف:» ending a line introduces the next paragraph)."""
MAX_BOILERPLATE_LINES: Final = 3
"""Short lines skipped between a «:» ending its line and the quote mark that opens its
words («بقوله:⏎صدى المدينة⏎صدى المدينة⏎“…»)."""
MAX_BOILERPLATE_WORDS: Final = 4
"""Words such a line may hold (a site name, a logo's alt text, a caption)."""
LEADING_WORD_WINDOW: Final = 3
"""Reported words must have a word among their first this many tokens."""
MIN_BARE_COLON_WORDS: Final = 4
"""Words after a «:» without quote marks that make speech, not a byline («كتب: محمد علي»)."""
BARE_COLON_WINDOW: Final = 8
"""Tokens after such a «:» in which those words are counted."""


class Clause(NamedTuple):
    """Reported words found after an introducer."""

    kind: QuoteKind
    start: int
    """First character of the content (normalized text)."""
    end: int
    """End character of the content (normalized text)."""
    last: int
    """The token after the clause: no other cue before it starts a quote."""
    fragments: tuple[tuple[int, int], ...] = ()
    """For a ``mixed`` clause, the characters inside each quoted fragment of the
    speaker's words (:func:`quoted_fragments`)."""


def closes_clause(doc: Doc, close: int, vocab: Vocabulary) -> bool:
    """Whether the quote closing at token *close* also ends its clause."""
    k = close + 1
    if k >= len(doc) or doc.is_end[k]:
        return True
    if is_circumstantial(doc.words[k]):
        return True  # «“…” محملاً السعودية المسؤولية»: a participle clause follows
    if doc.marks[k] in COMMAS and k + 1 < len(doc):
        nxt = doc.words[k + 1]
        return bool(nxt) and (
            vocab.cue(nxt) is not None or vocab.is_attribution(nxt) or nxt in vocab.conjunctions
        )
    return False


def clause_end(doc: Doc, k: int, boundaries: Collection[int], *, sentences: bool = True) -> int:
    """First token at or after *k* that ends a reported clause (quotes are jumped over):
    a sentence end (a line break only, when not *sentences*), one of *boundaries*, or
    the closing mark of a quote the clause started in («"قال الطبيب إن الحالة مستقرة"
    عبارة …»: reported words inside a quote end with it)."""
    j = k
    n = len(doc)
    while j < n:
        close = doc.pair.get(j)
        if close is not None:
            j = close + 1
            continue
        ends = doc.is_end[j] if sentences else doc.marks[j] == "\n"
        if ends or (j > k and j in boundaries) or doc.closer_of.get(j, k) < k:
            return j
        j += 1
    return n


def writer_boundaries(doc: Doc, vocab: Vocabulary) -> set[int]:
    """The commas before the writer's own clause («…، وذلك في تصريحات», «…، فيما نشر …»)
    and the writer's gloss «في إشارة» («… في إشارة إلى …»): reported words end there."""
    found = {k - 1 for k in doc.words_in(vocab.writer_clauses) if k and doc.marks[k - 1] in COMMAS}
    matches = vocab.gloss_re.finditer(doc.text) if vocab.writer_gloss[1] in doc.text else ()
    for match in matches:
        k = doc.token_at(match.start())
        found.add(k - 1 if k > 0 and doc.marks[k - 1] in COMMAS else k)
    return found


def _inner_quotes(doc: Doc, a: int, b: int) -> Iterator[tuple[int, int, int]]:
    """Each paired quote among tokens ``a..b-1`` not nested in another: its opening and
    closing tokens and the words among its first :data:`FRAGMENT_WINDOW` tokens."""
    j = a
    while j < b:
        close = doc.pair.get(j)
        if close is None:
            j += 1
            continue
        yield j, close, doc.word_count(j + 1, min(close, j + 1 + FRAGMENT_WINDOW))
        j = close + 1


def embeds_quote(doc: Doc, a: int, b: int, vocab: Vocabulary) -> bool:
    """Whether tokens ``a..b-1`` hold a quoted fragment of speech (not a short name)."""
    for j, close, inner in _inner_quotes(doc, a, b):
        named = j > 0 and doc.words[j - 1] in vocab.name_introducers
        # Three words are a quoted fragment; two only at the clause's end («أن
        # الانتخابات "مسرحية هزلية"»), as names («قريتي "كفر عين"») sit inside it.
        final = inner == MIN_FINAL_FRAGMENT_WORDS and close + 1 >= b
        if not named and (inner >= MIN_FRAGMENT_WORDS or final):
            return True
    return False


def quoted_fragments(doc: Doc, a: int, b: int, vocab: Vocabulary) -> tuple[tuple[int, int], ...]:
    """The characters inside each quoted fragment of tokens ``a..b-1`` that is the
    speaker's own words: a paired quote of :data:`MIN_FINAL_FRAGMENT_WORDS` words or more
    that is not a name (:func:`_names_something`). Read for a ``mixed`` clause only,
    whose fragments are given as ``direct`` quotes too."""
    return tuple(
        (doc.ends[j], doc.starts[close])
        for j, close, inner in _inner_quotes(doc, a, b)
        if inner >= MIN_FINAL_FRAGMENT_WORDS and close < b and not _names_something(doc, j, vocab)
    )


def _names_something(doc: Doc, j: int, vocab: Vocabulary) -> bool:
    """Whether the quote opening at token *j* is a name or a term rather than words said:
    after a name introducer («مسلسل "…"») or a preposition («تضاف إلى «احتياطي …»»),
    glued to a letter («لـ"…"»), or starting with a name introducer («"حزب …"»)."""
    before = doc.words[j - 1] if j > 0 else ""
    glued = bool(before) and doc.starts[j] == doc.ends[j - 1]
    first = doc.words[j + 1] if j + 1 < len(doc) else ""
    return (
        glued
        or before in vocab.name_introducers
        or before in vocab.subjectless_preps
        or first in vocab.name_introducers
    )


class Boundaries(NamedTuple):
    """Where reported words end, besides the end of their sentence."""

    clause: Collection[int]
    """Tokens where another piece of speech or the writer's own clause begins."""
    in_quote: list[int]
    """Sorted tokens of participles that open speech after a comma («…، لافتاً إلى أن
    …»): a quote in marks that holds one ends there, as the third-person participle is
    the writer's narration and the marks were closed too late."""


def reported_words(
    doc: Doc, intro: Intro, body: int, boundaries: Boundaries, vocab: Vocabulary
) -> Clause | None:
    """The reported words introduced by *intro* and starting near token *body*."""
    k, intro, colon_bare = _content_start(doc, intro, body, vocab)
    if k >= len(doc):
        return None
    if k in doc.pair or (doc.marks[k] == SLASH and doc.open_slash(k)):
        return _quoted(doc, k, intro, boundaries, vocab)
    if doc.marks[k] and doc.marks[k] in OPENERS and intro in ("colon", "an", "quote"):
        return _unclosed(doc, k, boundaries.clause, vocab)
    return _plain(doc, k, colon_bare, boundaries.clause, vocab)


def _content_start(doc: Doc, intro: Intro, body: int, vocab: Vocabulary) -> tuple[int, Intro, bool]:
    """The first token of the content, the introducer as seen from there, and whether it
    is a bare «:» (one with no «أن» after it, whose words must look like speech)."""
    n = len(doc)
    k = body
    introduced_by_an = intro == "an"
    if introduced_by_an and k < n and doc.marks[k] == ":":
        k += 1  # «قال الوزير أن: "…"»
        intro = "colon"
    colon_bare = intro == "colon"
    if colon_bare and k < n and doc.marks[k] == "\n":
        k = _after_line_end(doc, k)
    if colon_bare and k < n and doc.words[k] in vocab.bare_introducers:
        k += 1
        colon_bare = False
    if (
        introduced_by_an
        and k - 1 >= 0
        and doc.words[k - 1] not in vocab.bare_introducers
        and not (k < n and k in doc.pair)
    ):
        # «أنه …»: the pronoun is the clause's subject, so the word stays in the content
        # unless a quote follows it directly.
        k -= 1
    return k, intro, colon_bare


def _after_line_end(doc: Doc, k: int) -> int:
    """Where the words of a «:» that ends its line (at token *k*) start: the next
    paragraph («وأضاف:⏎…»), or the quote mark after up to :data:`MAX_BOILERPLATE_LINES`
    short lines without punctuation that stand between them («بقوله:⏎اسم الموقع⏎“…»):
    a logo, a caption or a site name left by the crawl does not break the attribution."""
    start = _skip_breaks(doc, k)
    j = start
    for _ in range(MAX_BOILERPLATE_LINES):
        end = j
        while end < len(doc) and doc.words[end] and end - j <= MAX_BOILERPLATE_WORDS:
            end += 1
        if end == j or end >= len(doc) or doc.marks[end] != "\n" or end - j > MAX_BOILERPLATE_WORDS:
            break  # not a short line of words only
        j = _skip_breaks(doc, end)
        if j < len(doc) and doc.marks[j] and doc.marks[j] in OPENERS:
            return j
    return start


def _skip_breaks(doc: Doc, k: int) -> int:
    """The token after the (at most :data:`MAX_LINE_BREAKS_AFTER_COLON`) line breaks at *k*."""
    j = k
    while j < len(doc) and doc.marks[j] == "\n" and j - k < MAX_LINE_BREAKS_AFTER_COLON:
        j += 1
    return j


def _quoted(doc: Doc, k: int, intro: Intro, boundaries: Boundaries, vocab: Vocabulary) -> Clause:
    """A quote opening at token *k*: the speech itself (``direct``) after «:», after the
    speaker, or when it ends the clause; else the start of a ``mixed`` or ``indirect``
    clause («قال إن "…" أمام العالم»)."""
    close = doc.pair[k]
    after = clause_end(doc, close + 1, boundaries.clause)
    a, b = trim_tokens(doc, close + 1, after, vocab)
    if intro in ("colon", "quote") or a >= b or closes_clause(doc, close, vocab):
        return _direct(doc, k, close, boundaries.in_quote, vocab)
    end = clause_end(doc, k, boundaries.clause)
    a, b = trim_tokens(doc, k, end, vocab)
    return _clause(doc, a, b, end, vocab)


def _direct(doc: Doc, k: int, close: int, breaks: list[int], vocab: Vocabulary) -> Clause:
    """The words inside the quote marks at *k* and *close*, up to the first of *breaks*
    inside them («"…، لافتاً إلى أن …"»: the quote ends at the comma, and the
    participle's own reported words follow)."""
    i = bisect_right(breaks, k)
    if i < len(breaks) and breaks[i] < close:
        a, b = trim_tokens(doc, k + 1, breaks[i], vocab)
        if a < b:
            return Clause("direct", doc.starts[a], doc.ends[b - 1], breaks[i])
    return Clause("direct", doc.ends[k], doc.starts[close], close + 1)


def _clause(doc: Doc, a: int, b: int, end: int, vocab: Vocabulary) -> Clause:
    """Reported words over tokens ``a..b-1``: ``mixed`` with their quoted fragments when
    they embed one, else ``indirect``."""
    if embeds_quote(doc, a, b, vocab):
        fragments = quoted_fragments(doc, a, b, vocab)
        return Clause("mixed", doc.starts[a], doc.ends[b - 1], end, fragments)
    return Clause("indirect", doc.starts[a], doc.ends[b - 1], end)


def _unclosed(doc: Doc, k: int, boundaries: Collection[int], vocab: Vocabulary) -> Clause | None:
    """An opening mark that never closes: the quote runs to the end of the paragraph (or
    of a text cut inside it), or to a cue that opens new speech («…، مضيفاً: "…»)."""
    end = clause_end(doc, k + 1, boundaries, sentences=False)
    while (nxt := _reopened(doc, k, end)) is not None:
        end = clause_end(doc, nxt + 1, boundaries, sentences=False)  # «“…⏎⏎“…» cut off
    a, b = trim_tokens(doc, k + 1, end, vocab)
    if a < b - 1 and doc.marks[b - 1] == ".":
        a, b = trim_tokens(doc, a, b - 1, vocab)  # the paragraph's full stop, not the speaker's
    if a >= b:
        return None
    return Clause("direct", doc.starts[a], doc.ends[b - 1], end)


def _reopened(doc: Doc, k: int, end: int) -> int | None:
    """The token of the unpaired mark, like the one at *k*, that opens the paragraph
    after a line break at *end* (a quote over several paragraphs whose end was cut)."""
    j = end
    while j < len(doc) and doc.marks[j] == "\n" and j - end < PARAGRAPH_BREAK:
        j += 1
    if j >= len(doc) or j == end or doc.marks[j] != doc.marks[k] or j in doc.pair:
        return None
    return j if j not in doc.closer_of else None


def _plain(
    doc: Doc, k: int, colon_bare: bool, boundaries: Collection[int], vocab: Vocabulary
) -> Clause | None:
    """Words without a quote mark at their start: ``direct`` after a bare «:» (if long
    enough not to be a byline), else ``indirect`` or ``mixed``."""
    end = clause_end(doc, k, boundaries)
    a, b = trim_tokens(doc, k, end, vocab)
    if a >= b or not any(doc.words[t] for t in range(a, min(b, a + LEADING_WORD_WINDOW))):
        return None
    if colon_bare:
        if doc.word_count(a, min(b, a + BARE_COLON_WINDOW)) < MIN_BARE_COLON_WORDS:
            return None  # «كتب: محمد علي» is a byline, not speech
        return Clause("direct", doc.starts[a], doc.ends[b - 1], end)
    inner = _final_quote(doc, a, b)
    if inner is not None:
        return Clause("direct", doc.ends[inner], doc.starts[b - 1], end)
    return _clause(doc, a, b, end, vocab)


def _final_quote(doc: Doc, a: int, b: int) -> int | None:
    """«أن القصف "انتهاك صريح للهدنة"»: the opening mark of a quote of three words or
    more that ends the reported words ``a..b-1`` after at most :data:`MAX_LEAD_WORDS`
    words. The quote is then the speech itself, and the words before it the writer's."""
    for k in range(a, min(b, a + MAX_LEAD_WORDS + 1)):
        if not doc.words[k]:
            close = doc.pair.get(k)
            inner = doc.word_count(k + 1, min(b, k + 1 + FRAGMENT_WINDOW))
            return k if close == b - 1 and inner >= MIN_FRAGMENT_WORDS else None
    return None
