"""The quote finder: quote-mark pairing, cue parsing, clause ends, speaker carry-over.

Everything works on the text normalized by :func:`arnews.normalization.normalize_with_offsets`
(diacritics and tatweel gone, alef and yeh unified), cut into tokens (a word, a
newline, or one other character). Spans found there are mapped back to the
original text at the very end. Every loop moves forward through the tokens or
jumps over a paired quote, and every look-ahead is bounded, so the work is linear
in the length of the text.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import deque
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Final, Literal

import regex

from arnews.model import Quote, QuoteKind
from arnews.normalization import normalize, normalize_with_offsets, original_span
from arnews.quotes import _lexicon as lex

__all__ = ["find_quotes"]

# ------------------------------------------------------------------ limits

MAX_REGION: Final = 40
"""Tokens looked at after a cue for the speaker and the introducing «أن»/«:»."""
MAX_PARTICIPLE_REGION: Final = 8
"""Tokens allowed between a participle («مضيفاً») and its introducer."""
MAX_AMBIGUOUS_REGION: Final = 4
"""Tokens allowed between an ambiguous verb form («بين») and its introducer."""
MAX_FRONTED: Final = 6
"""Longest subject looked for before its verb (in tokens)."""
MAX_ATTRIBUTION_SPEAKER: Final = 10
"""Longest source phrase after «بحسب/وفق/نقلاً عن» (in tokens)."""
MAX_QUOTE_CHARS: Final = 8000
"""An opening mark left open longer than this is treated as unmatched."""
MAX_QUOTE_BREAKS: Final = 4
"""Line breaks (two per paragraph break) a directional quote may run over."""
PAIR_DEPTH: Final = 4
"""How deep below the top of the open-mark stack a closing mark looks for its opener."""

# ------------------------------------------------------------------ characters

_MARK_RE: Final = regex.compile(r'[«»“”„‘’"\n]')
_TOKEN_RE: Final = regex.compile(r"(?P<w>[\p{L}\p{M}\p{N}]++)|\n|\S")
_OPENERS: Final = '«“„‘"”'
_CLOSES: Final[dict[str, str]] = {"»": "«", "’": "‘", "”": "“„”", "“": "„”", '"': '"'}
_PREFIX_LETTERS: Final = "وفبلك"
_COMMAS: Final = frozenset({"،", ","})
_SENTENCE_ENDS: Final = frozenset({"!", "?", "؟", "…"})
_TRAILING: Final = frozenset(
    {"،", ",", "؛", ";", ":", "-", "–", "—", "كما", "وكما", "وقد", "فقد", "قد", "ثم", "و"}
)
_BARE_INTRODUCERS: Final = frozenset({"ان", "بان"})
_PREPOSITIONS: Final = frozenset({"من", "الي", "علي", "عن", "في", "ل", "مع"})
_LEADING_PARTICLES: Final = frozenset({"فان", "فقد"})

Intro = Literal["colon", "an", "prep", "quote", "none"]
Carry = Literal["m", "f", "p", "any"]


# ------------------------------------------------------------------ lexicon tables


@dataclass(frozen=True, slots=True)
class _CueInfo:
    lemma: str
    gender: lex.Gender | None
    participle: bool
    preps: frozenset[str]
    ambiguous: bool
    phrase: str | None = None
    """For «جاء في»: the normalized preposition that must follow."""


@dataclass(frozen=True, slots=True)
class _Tables:
    cues: dict[str, _CueInfo]
    introducers: frozenset[str]
    temporal: frozenset[str]
    stopwords: frozenset[str]
    prep_hosts: frozenset[str]
    attributions: frozenset[str]
    pronouns: dict[str, lex.Gender]
    non_source: frozenset[str]
    name_introducers: frozenset[str]
    prefix_ambiguous: frozenset[str]
    b_nouns: frozenset[str]
    non_subject: frozenset[str]
    fronting: frozenset[str]
    conjunctions: frozenset[str]
    relatives: frozenset[str]

    def cue(self, word: str) -> _CueInfo | None:
        """The cue a word is, with an optional و/ف prefix; ``None`` if it is none."""
        info = self.cues.get(word)
        if info is None and len(word) > 3 and word[0] in "وف":
            info = self.cues.get(word[1:])
            if info is not None and info.participle and word[0] != "و":
                return None
            if info is not None and info.ambiguous and word[1:] not in self.prefix_ambiguous:
                return replace(info, ambiguous=False)
        return info


def _norm_set(words: frozenset[str]) -> frozenset[str]:
    return frozenset(normalize(word) for word in words)


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    """Normalize the lexicon once, on first use (not at import time)."""
    cues: dict[str, _CueInfo] = {}
    ambiguous = _norm_set(lex.AMBIGUOUS_VERB_FORMS)
    for lemma, forms in lex.SPEECH_VERBS.items():
        preps = _norm_set(lex.VERB_PREPOSITIONS[lemma])
        groups: tuple[tuple[lex.Gender, tuple[str, ...]], ...] = (
            ("m", forms.masculine),
            ("f", forms.feminine),
            ("p", forms.plural),
        )
        for gender, group in groups:
            for form in group:
                key = normalize(form)
                cues[key] = _CueInfo(
                    lemma, gender, participle=False, preps=preps, ambiguous=key in ambiguous
                )
    for form, (lemma, gender) in lex.PARTICIPLES.items():
        preps = _norm_set(lex.VERB_PREPOSITIONS[lemma])
        cues[normalize(form)] = _CueInfo(
            lemma, gender, participle=True, preps=preps, ambiguous=False
        )
    for word, prep in lex.PHRASE_VERBS.items():
        cues[normalize(word)] = _CueInfo(
            word, None, participle=False, preps=frozenset(), ambiguous=False, phrase=normalize(prep)
        )
    return _Tables(
        cues=cues,
        introducers=_norm_set(lex.INTRODUCERS),
        temporal=_norm_set(lex.TEMPORAL_PARTICLES),
        stopwords=_norm_set(lex.SPEAKER_STOPWORDS),
        prep_hosts=_norm_set(lex.SPEAKER_PREPOSITION_HOSTS),
        attributions=_norm_set(lex.ATTRIBUTION_WORDS),
        pronouns={normalize(k): v for k, v in lex.PRONOUN_SPEAKERS.items()},
        non_source=_norm_set(lex.NON_SOURCE_HEADS),
        name_introducers=_norm_set(lex.NAME_INTRODUCERS),
        prefix_ambiguous=_norm_set(lex.AMBIGUOUS_WITH_PREFIX),
        b_nouns=_norm_set(lex.JOINED_B_NOUNS),
        non_subject=_norm_set(lex.NON_SUBJECT_WORDS),
        fronting=_norm_set(lex.FRONTING_WORDS),
        conjunctions=_norm_set(lex.CLAUSE_CONJUNCTIONS),
        relatives=_norm_set(lex.RELATIVE_PRONOUNS),
    )


# ------------------------------------------------------------------ quote marks


def _closer_ok(text: str, pos: int) -> bool:
    """Whether a mark at *pos* sits where a closing mark can (after a word, not a space)."""
    if pos == 0:
        return False
    prev = text[pos - 1]
    if prev.isspace() or prev in ":([{" or prev in _OPENERS:
        return False
    # A lone prefix letter before the mark («و"جيفري», «ل"بلدي») opens a quote.
    return not (prev in _PREFIX_LETTERS and (pos == 1 or not text[pos - 2].isalpha()))


def _opener_ok(text: str, pos: int) -> bool:
    """Whether a mark at *pos* sits where an opening mark can (before a word, or after «:»)."""
    nxt = text[pos + 1] if pos + 1 < len(text) else ""
    return (nxt != "" and not nxt.isspace()) or (pos > 0 and text[pos - 1] == ":")


def pair_quote_marks(text: str) -> dict[int, int]:
    """Pair opening and closing quote marks of *text*: opener offset → closer offset.

    A stack of open marks; a closing mark looks a few entries down for its opener
    and drops the unclosed ones above it. Directional marks may run over a few line
    breaks; ASCII ``"`` pairs only within a paragraph. Open marks older than
    :data:`MAX_QUOTE_CHARS` are forgotten, so 50,000 unmatched «« cost linear time.

    >>> pair_quote_marks('قال: «نحن "هنا"» و«هم')
    {10: 14, 5: 15}
    """
    stack: deque[tuple[str, int, int]] = deque()
    pairs: dict[int, int] = {}
    breaks = 0
    for match in _MARK_RE.finditer(text):
        pos = match.start()
        char = text[pos]
        if char == "\n":
            breaks += 1
            while stack and stack[-1][0] == '"':
                stack.pop()
            continue
        while stack and (
            pos - stack[0][1] > MAX_QUOTE_CHARS or breaks - stack[0][2] > MAX_QUOTE_BREAKS
        ):
            stack.popleft()
        kinds = _CLOSES.get(char)
        if kinds is not None:
            needs_context = char in '"“' or (char == "”" and not _has_open(stack, "“„"))
            if not needs_context or _closer_ok(text, pos):
                depth = min(PAIR_DEPTH, len(stack))
                for back in range(1, depth + 1):
                    kind, opened, at_break = stack[-back]
                    if kind in kinds and (kind != '"' or at_break == breaks):
                        for _ in range(back):
                            stack.pop()
                        pairs[opened] = pos
                        break
                else:
                    kinds = None
                if kinds is not None:
                    continue
        if char in _OPENERS and (char in "«„‘" or _opener_ok(text, pos)):
            stack.append((char, pos, breaks))
    return pairs


def _has_open(stack: deque[tuple[str, int, int]], kinds: str) -> bool:
    depth = min(PAIR_DEPTH, len(stack))
    return any(stack[-back][0] in kinds for back in range(1, depth + 1))


# ------------------------------------------------------------------ tokens


@dataclass(slots=True)
class _Doc:
    """The normalized text cut into tokens, with the paired quotes by token index."""

    text: str
    starts: list[int] = field(default_factory=list)
    ends: list[int] = field(default_factory=list)
    words: list[str] = field(default_factory=list)
    """The token text ("" for a non-word token)."""
    marks: list[str] = field(default_factory=list)
    """The token text for a non-word token ("" for a word)."""
    is_end: list[bool] = field(default_factory=list)
    pair: dict[int, int] = field(default_factory=dict)
    """Opener token → closer token."""
    closer_of: dict[int, int] = field(default_factory=dict)
    """Closer token → opener token."""
    newlines: list[int] = field(default_factory=list)
    """Token indices of line breaks."""
    names_ali: set[int] = field(default_factory=set)
    """Tokens «علي» written with a final ي in a text that writes ى elsewhere: the name
    Ali, not the preposition «على» (the two are one word after normalization)."""

    @classmethod
    def build(cls, text: str, original: str = "", offsets: list[int] | None = None) -> _Doc:
        doc = cls(text)
        index_of_mark: dict[int, int] = {}
        for match in _TOKEN_RE.finditer(text):
            k = len(doc.starts)
            doc.starts.append(match.start())
            doc.ends.append(match.end())
            if match.group("w") is not None:
                doc.words.append(match.group())
                doc.marks.append("")
            else:
                char = match.group()
                doc.words.append("")
                doc.marks.append(char)
                index_of_mark[match.start()] = k
                if char == "\n":
                    doc.newlines.append(k)
        for k, char in enumerate(doc.marks):
            doc.is_end.append(char == "\n" or char in _SENTENCE_ENDS or _is_full_stop(doc, k))
        if offsets is not None and "\u0649" in original:
            doc.names_ali = {
                k
                for k, word in enumerate(doc.words)
                if word == "علي" and original[offsets[doc.ends[k] - 1]] == "\u064a"
            }
        for opener, closer in pair_quote_marks(text).items():
            a, b = index_of_mark.get(opener), index_of_mark.get(closer)
            if a is not None and b is not None:
                doc.pair[a] = b
                doc.closer_of[b] = a
        return doc

    def __len__(self) -> int:
        return len(self.starts)

    def paragraph_breaks(self, a: int, b: int) -> int:
        """Line-break tokens between token indices *a* and *b*."""
        return bisect_left(self.newlines, b) - bisect_right(self.newlines, a)

    def word_count(self, a: int, b: int) -> int:
        """Words among tokens ``a..b-1``; bounded callers only."""
        return sum(1 for k in range(a, b) if self.words[k])


def _is_full_stop(doc: _Doc, k: int) -> bool:
    """A «.» that ends a sentence: followed by a space, a line break, a mark or the end."""
    if doc.marks[k] != ".":
        return False
    if k > 0 and len(doc.words[k - 1]) == 1 and doc.words[k - 1].isalpha():
        return False  # «د. محمد», «م. أحمد»: an abbreviated title
    after = doc.ends[k]
    if after >= len(doc.text) or doc.text[after].isspace() or doc.text[after] in '»”“"’)':
        return True
    # «بالمنطقة.وأفادت»: a missing space after a full stop, not «أ.ف.ب» or «3.5».
    return "\u0621" <= doc.text[after] <= "\u064a" and k > 0 and len(doc.words[k - 1]) > 1


# ------------------------------------------------------------------ candidates


@dataclass(slots=True)
class _Cand:
    """A quote found before overlaps are resolved; spans are in normalized characters."""

    priority: int
    anchor: int
    start: int
    end: int
    kind: QuoteKind
    cue: tuple[int, int] | None
    speaker: tuple[int, int] | None
    carry: Carry | None
    gender: lex.Gender | None
    standalone: bool = False


@dataclass(slots=True)
class _Region:
    intro: Intro
    body: int
    speaker: tuple[int, int]
    next_cue: bool = False


def _trim_tokens(doc: _Doc, a: int, b: int) -> tuple[int, int]:
    """Drop trailing punctuation and particles («، كما») from tokens ``a..b-1``."""
    while b > a and (doc.marks[b - 1] in _TRAILING or doc.words[b - 1] in _TRAILING):
        if doc.marks[b - 1] in _OPENERS and b - 1 in doc.pair:
            break
        b -= 1
    while a < b and doc.marks[a] in _TRAILING:
        a += 1
    return a, b


def _is_cue_prep(word: str, info: _CueInfo, tables: _Tables) -> bool:
    """Whether *word* is the verb's preposition, or a noun joined to its «ب» («بالإفراج»,
    «بفتح»; not «بيان», which is a subject in «أفاد بيان …»)."""
    if word in info.preps:
        return True
    if "ب" not in info.preps or not word.startswith("ب") or word in tables.introducers:
        return False
    return word.startswith("بال") or (len(word) > 3 and word not in tables.b_nouns)


def _closes_clause(doc: _Doc, close: int, tables: _Tables) -> bool:
    """Whether the quote closing at token *close* also ends its clause."""
    k = close + 1
    if k >= len(doc) or doc.is_end[k]:
        return True
    if _circumstantial(doc.words[k]):
        return True  # «“…” محملاً السعودية المسؤولية»: a participle clause follows
    if doc.marks[k] in _COMMAS and k + 1 < len(doc):
        nxt = doc.words[k + 1]
        return bool(nxt) and (
            tables.cue(nxt) is not None
            or _attribution_word(nxt, tables)
            or nxt in tables.conjunctions
        )
    return False


def _circumstantial(word: str) -> bool:
    """An accusative active participle («محملاً», «مطالباً», «معتبراً»): م…ا, at least 4
    letters; it opens a new clause describing the speaker."""
    return len(word) >= 4 and word[0] == "م" and word[-1] == "ا" and word[-2] != "ا"


def _attribution_word(word: str, tables: _Tables) -> bool:
    return word in tables.attributions or (word[:1] == "و" and word[1:] in tables.attributions)


def _quote_introduced(doc: _Doc, j: int, start: int, tables: _Tables) -> bool:
    """Whether the paired quote opening at token *j* in a cue's region is the speech
    itself («قال الوزير «…».») rather than a name inside the speaker («جريدة “عكاظ”»)."""
    close = doc.pair[j]
    glued = j > 0 and doc.starts[j] == doc.ends[j - 1] and bool(doc.words[j - 1])
    named = j > start and doc.words[j - 1] in tables.name_introducers
    if glued or named:
        return False
    # Right after the verb, a quote is as often the speaker («ذكرت «وكالة الأنباء»
    # أن …», «وأشار "حسب الله"»), so it must close the clause and be longer.
    words = doc.word_count(j + 1, min(close, j + 4))
    return words >= (2 if j > start else 3) and _closes_clause(doc, close, tables)


def _parse_region(doc: _Doc, i: int, info: _CueInfo, tables: _Tables) -> _Region | None:
    """Read the speaker and the introducer after the cue at token *i*."""
    start = i + 1
    if info.phrase is not None:
        if start >= len(doc) or doc.words[start] != info.phrase:
            return None
        start += 1
    limit = min(len(doc), start + MAX_REGION)
    speaker_end: int | None = None
    prep_at: int | None = None
    words = 0
    after_comma = True
    j = start
    while j < limit:
        if doc.is_end[j]:
            break
        mark = doc.marks[j]
        end = j if speaker_end is None else speaker_end
        if mark:
            if prep_at is not None and (
                mark == ":"
                or (j == prep_at + 1 and j in doc.pair and _closes_clause(doc, doc.pair[j], tables))
            ):
                return _prep_region(doc, start, prep_at, end)
            if mark == ":":
                return _Region("colon", j + 1, (start, end))
            if mark in _COMMAS:
                speaker_end = end
                after_comma = True
            elif j in doc.pair:
                if _quote_introduced(doc, j, start, tables):
                    return _Region("quote", j, (start, end))
                if speaker_end is None and j > 0 and doc.words[j - 1] == "ل":
                    speaker_end = j - 1  # «لـ"بلدي نيوز"»: the addressee ends the speaker
                words += 1
                after_comma = False
            j = doc.pair.get(j, j) + 1
            continue
        word = doc.words[j]
        other = tables.cue(word)
        if (
            other is not None
            and (j > start or info.participle or other.participle)
            and not other.ambiguous
            and other.phrase is None
            and (not other.participle or _participle_ok(doc, j, tables))
        ):
            if prep_at is not None:  # «أعرب X، اليوم، عن ترحيبه، مؤكداً …»
                return _prep_region(doc, start, prep_at, end)
            # «وأضاف الوزير قائلا: …»: the speaker is handed to the participle.
            handed = other.participle and (j - start <= 8 or speaker_end is not None)
            return _Region("none", -1, (start, end), next_cue=handed)
        if word in tables.introducers:
            prev = doc.words[j - 1] if j > start else ""
            if prev and prev in info.preps:
                return _Region("an", j + 1, (start, min(end, j - 1)))
            if prev not in tables.temporal or j - 1 in doc.names_ali:
                # A joined «ب» noun is a weaker sign than «أن» («نوه باسم … أن»).
                if prep_at is not None and doc.words[prep_at] in info.preps:
                    return _prep_region(doc, start, prep_at, end)
                return _Region("an", j + 1, (start, end))
        elif (
            prep_at is None
            and _is_cue_prep(word, info, tables)
            and (after_comma or words <= (0 if info.participle else 4))
            and (j == start or doc.words[j - 1] not in tables.prep_hosts)
        ):
            prep_at = j
        if speaker_end is None:
            speaker_end = _speaker_stop(doc, j, start, tables)
        words += 1
        after_comma = False
        j += 1
    end = j if speaker_end is None else speaker_end
    if prep_at is not None:
        return _prep_region(doc, start, prep_at, end)
    return _Region("none", -1, (start, end))


def _speaker_stop(doc: _Doc, j: int, start: int, tables: _Tables) -> int | None:
    """Where the speaker ends if the word at *j* stops it («في بيان», «اليوم», «لوكالة»)."""
    word = doc.words[j]
    cue = tables.cue(word)
    if j > start and cue is not None and cue.participle:
        return j  # «وقالت X محذرةً من …»: a participle clause follows the speaker
    if j > start and word.endswith(("ها", "هم")) and word[0] not in "بلك":
        return j  # «دعت النقابة أعضاءها إلى …»: an object with a pronoun ends the subject
    if word in tables.stopwords or (j == start and word in _PREPOSITIONS):
        # «على حسابه»: «على» normalizes to «علي» (also a name), so it ends the
        # speaker only together with the stop word after it.
        return j - 1 if j - 1 > start and doc.words[j - 1] == "علي" else j
    return None


def _prep_region(doc: _Doc, start: int, prep_at: int, speaker_end: int) -> _Region:
    """The reported words start after the verb's preposition («شدد على ضرورة …»), or at
    a word it is joined to («طالب بالإفراج …»)."""
    word = doc.words[prep_at]
    body = prep_at if word.startswith("ب") and len(word) > 1 else prep_at + 1
    return _Region("prep", body, (start, min(speaker_end, prep_at)))


def _participle_ok(doc: _Doc, i: int, tables: _Tables) -> bool:
    """A participle cues speech after a comma, at a sentence start, after a verb, or before «:»."""
    if i == 0 or doc.is_end[i - 1] or doc.marks[i - 1] in _COMMAS or doc.words[i][0] == "و":
        return True
    if doc.words[i - 1] and tables.cue(doc.words[i - 1]) is not None:
        return True
    if i + 1 >= len(doc):
        return False
    nxt = doc.marks[i + 1] or doc.words[i + 1]
    return nxt == ":" or nxt in tables.introducers or i + 1 in doc.pair


def _clause_end(doc: _Doc, k: int, boundaries: set[int]) -> int:
    """First token at or after *k* that ends a reported clause (quotes are jumped over)."""
    j = k
    n = len(doc)
    while j < n:
        close = doc.pair.get(j)
        if close is not None:
            j = close + 1
            continue
        if doc.is_end[j] or (j > k and j in boundaries):
            return j
        j += 1
    return n


def _paragraph_end(doc: _Doc, k: int) -> int:
    i = bisect_left(doc.newlines, k)
    return doc.newlines[i] if i < len(doc.newlines) else len(doc)


def _sentence_initial(doc: _Doc, k: int) -> bool:
    return k == 0 or doc.is_end[k - 1] or doc.marks[k - 1] == ":"


def _embeds_quote(doc: _Doc, a: int, b: int, tables: _Tables) -> bool:
    """Whether tokens ``a..b-1`` hold a quoted fragment of speech (not a short name)."""
    j = a
    while j < b:
        close = doc.pair.get(j)
        if close is None:
            j += 1
            continue
        inner = doc.word_count(j + 1, min(close, j + 6))
        named = j > 0 and doc.words[j - 1] in tables.name_introducers
        # Three words are a quoted fragment; two only at the clause's end («أن
        # الانتخابات "مسرحية هزلية"»), as names («قريتي "كفر عين"») sit inside it.
        if not named and (inner >= 3 or (inner == 2 and close + 1 >= b)):
            return True
        j = close + 1
    return False


def _body(
    doc: _Doc, region: _Region, boundaries: set[int], tables: _Tables
) -> tuple[QuoteKind, int, int, int] | None:
    """The reported words after the introducer: (kind, start char, end char, last token)."""
    n = len(doc)
    k = region.body
    intro = region.intro
    if intro == "an" and k < n and doc.marks[k] == ":":
        k += 1  # «قال الوزير أن: "…"»
        intro = "colon"
    colon_bare = intro == "colon"
    while colon_bare and k < n and doc.marks[k] == "\n" and k - region.body < 2:
        k += 1  # «وأضاف:» at the end of a line introduces the next paragraph
    if colon_bare and k < n and doc.words[k] in _BARE_INTRODUCERS:
        k += 1
        colon_bare = False
    if (
        region.intro == "an"
        and k - 1 >= 0
        and doc.words[k - 1] not in _BARE_INTRODUCERS
        and not (k < n and k in doc.pair)
    ):
        # «أنه …»: the pronoun is the clause's subject, so the word stays in the content
        # unless a quote follows it directly.
        k -= 1
    if k >= n:
        return None
    close = doc.pair.get(k)
    if close is not None:
        after = _clause_end(doc, close + 1, boundaries)
        a, b = _trim_tokens(doc, close + 1, after)
        if intro in ("colon", "quote") or a >= b or _closes_clause(doc, close, tables):
            return "direct", doc.ends[k], doc.starts[close], close + 1
        end = _clause_end(doc, k, boundaries)
        a, b = _trim_tokens(doc, k, end)
        kind: QuoteKind = "mixed" if _embeds_quote(doc, a, b, tables) else "indirect"
        return kind, doc.starts[a], doc.ends[b - 1], end
    if doc.marks[k] and doc.marks[k] in _OPENERS and intro in ("colon", "an", "quote"):
        # An opening mark that never closes: the quote runs to the end of the paragraph.
        end = _paragraph_end(doc, k)
        a, b = _trim_tokens(doc, k + 1, end)
        if a >= b:
            return None
        return "direct", doc.starts[a], doc.ends[b - 1], end
    end = _clause_end(doc, k, boundaries)
    a, b = _trim_tokens(doc, k, end)
    if a >= b or not any(doc.words[t] for t in range(a, min(b, a + 3))):
        return None
    if colon_bare and doc.word_count(a, min(b, a + 8)) < 4:
        return None  # «كتب: محمد علي» is a byline, not speech
    kind = "direct" if colon_bare else "indirect"
    if kind == "indirect" and _embeds_quote(doc, a, b, tables):
        kind = "mixed"
    return kind, doc.starts[a], doc.ends[b - 1], end


def _speaker_span(doc: _Doc, a: int, b: int) -> tuple[int, int] | None:
    a, b = _trim_tokens(doc, a, b)
    for k in range(a, b):
        if doc.marks[k] == "(" and ")" not in doc.marks[k:b]:
            a, b = _trim_tokens(doc, a, k)  # «المجلس الأعلى (أعلى سلطة»: drop the open aside
            break
    if a >= b or not any(doc.words[t] for t in range(a, b)):
        return None
    return doc.starts[a], doc.ends[b - 1]


def _regions(doc: _Doc, tables: _Tables) -> list[tuple[int, _CueInfo, _Region]]:
    """Every cue word with its parsed region, less the ones whose region rules it out."""
    regions: list[tuple[int, _CueInfo, _Region]] = []
    for i, word in enumerate(doc.words):
        info = tables.cue(word) if word else None
        if info is None or (info.participle and not _participle_ok(doc, i, tables)):
            continue
        region = _parse_region(doc, i, info, tables)
        if region is None:
            continue
        if info.ambiguous and (
            region.intro not in ("an", "colon") or region.body - i > MAX_AMBIGUOUS_REGION + 1
        ):
            continue
        if info.participle and region.intro != "none" and region.body - i > MAX_PARTICIPLE_REGION:
            continue
        regions.append((i, info, region))
    return regions


def _cue_candidates(doc: _Doc, tables: _Tables) -> tuple[list[_Cand], list[_Cand]]:
    """Quotes introduced by speech verbs and participles, plus speakers met without a quote."""
    regions = _regions(doc, tables)
    boundaries = {i for i, info, region in regions if _opens_clause(doc, i, info, region)}
    for k, word in enumerate(doc.words):
        if word and k > 0 and doc.marks[k - 1] in _COMMAS and _attribution_word(word, tables):
            head = doc.words[k + 1] if k + 1 < len(doc) else ""
            if head not in tables.non_source and head[1:] not in tables.non_source:
                boundaries.add(k)

    found: list[_Cand] = []
    speakers: list[_Cand] = []
    covered = -1
    for i, info, region in regions:
        if doc.starts[i] < covered:
            continue
        cue = (doc.starts[i], doc.ends[i])
        speaker = None if info.participle else _speaker_span(doc, *region.speaker)
        gender = info.gender
        if info.lemma == "نقل" and speaker is not None:
            speaker, gender = _reported_source(doc, region, info, tables)
        if speaker is None and not info.participle and info.phrase is None:
            if i > 0 and doc.words[i - 1] in tables.relatives:
                continue  # «الأنباء التي تحدثت عن …»
            speaker = _fronted_subject(doc, i, tables)
        carry: Carry | None = None if speaker is not None else (info.gender or "any")
        if region.intro == "none":
            post = _post_attached(doc, i)
            if post is not None:
                opener, close = post
                found.append(
                    _Cand(0, cue[0], doc.ends[opener], doc.starts[close], "direct", cue,
                          speaker, carry, gender)
                )  # fmt: skip
            elif (
                region.next_cue
                and speaker is not None
                and region.speaker[1] - region.speaker[0] <= 6
            ):
                speakers.append(_Cand(9, cue[0], 0, 0, "direct", cue, speaker, None, gender))
            continue
        body = _body(doc, region, boundaries, tables)
        if body is None:
            continue
        kind, start, end, last = body
        found.append(_Cand(0, cue[0], start, end, kind, cue, speaker, carry, gender))
        covered = doc.starts[last] if last < len(doc) else len(doc.text)
    return found, speakers


def _fronted_subject(doc: _Doc, i: int, tables: _Tables) -> tuple[int, int] | None:
    """The subject before the verb («ترامب، في تغريدة، قال إن …», headlines «المحكمة
    العليا تدعو إلى …»): the sentence's first words, up to a comma or a stop word."""
    s = i - 1
    while s >= 0 and i - s <= 2 * MAX_FRONTED and not doc.is_end[s]:
        s -= 1
    if not (s < 0 or doc.is_end[s]):
        return None
    s += 1
    while s < i and not (doc.words[s] and "\u0621" <= doc.words[s][0] <= "\u064a"):
        if doc.marks[s] and doc.marks[s] not in "-/":
            return None  # a quote («"…"، أضاف» is handled as a quote before its verb)
        s += 1  # a crawler's « date 2025-12-05» before a headline
    if s < i and doc.words[s] in tables.fronting:
        s += 1
    first = doc.words[s] if s < i else ""
    if not first:
        return None
    if first in tables.non_subject or first.startswith("وب"):
        return None
    if tables.cue(first) is not None or first in tables.attributions:
        return None
    end = s
    while end < i and doc.words[end] and end - s <= MAX_FRONTED:
        word = doc.words[end]
        if end > s and (word in tables.stopwords or word[1:] in tables.non_subject):
            break
        end += 1
    if end - s > MAX_FRONTED or (end == i and i - s > MAX_FRONTED):
        return None  # too long to be a subject («ونشر الجيش لقطات من … قال إنها …»)
    return _speaker_span(doc, s, end)


def _opens_clause(doc: _Doc, i: int, info: _CueInfo, region: _Region) -> bool:
    """Whether the cue at *i* starts a new piece of speech that ends the clause before it:
    a participle, a cue at a sentence start, or a cue with «أن»/«:» after a comma or
    with و/ف («، وأكد أيضاً أنه …»). A verb inside reported words («إن الاجتماع شدد
    على …») does not."""
    if region.intro == "none":
        return False
    if info.participle or i == 0 or doc.is_end[i - 1]:
        return True
    if region.intro == "prep":  # «…، تطالب بخفض التصعيد» continues the reported words
        return False
    return doc.marks[i - 1] in _COMMAS or doc.words[i][0] in "وف"


def _reported_source(
    doc: _Doc, region: _Region, info: _CueInfo, tables: _Tables
) -> tuple[tuple[int, int] | None, lex.Gender | None]:
    """«نقلت Y عن X قوله إن …»: the speaker is X, between «عن» and «قوله» or the
    introducer; its gender is the pronoun's («قولها» → feminine), unknown without one."""
    a, b = region.speaker
    limit = region.body - 1 if region.body > 0 else b
    for k in range(a, min(limit, a + MAX_REGION)):
        if doc.words[k] == "عن":
            stop = k + 1
            while (
                stop < limit
                and doc.words[stop] not in tables.pronouns
                and doc.words[stop] != "القول"
            ):
                stop += 1
            gender = tables.pronouns.get(doc.words[stop]) if stop < limit else None
            return _speaker_span(doc, k + 1, stop), gender
    return _speaker_span(doc, a, b), info.gender


def _post_attached(doc: _Doc, i: int) -> tuple[int, int] | None:
    """For «…»، قال X: the quote (opener, closer tokens) the cue at *i* follows."""
    k = i - 1
    if k >= 0 and doc.words[k] in ("هكذا", "كما"):
        k -= 1  # «"…" هكذا قال القائد»
    if k >= 0 and doc.marks[k] in _COMMAS:
        k -= 1
    opener = doc.closer_of.get(k) if k >= 0 else None
    if opener is None or not _sentence_initial(doc, opener):
        return None
    if doc.word_count(opener + 1, min(k, opener + 6)) < 3:
        return None  # «"الخارجية السودانية" توضح» is a headline naming a speaker
    return opener, k


# ------------------------------------------------------------------ attributions


def _attribution_candidates(doc: _Doc, tables: _Tables) -> list[_Cand]:
    """«… بحسب X», «وفق البيان، …», «نقلاً عن X», «على حد قوله»."""
    found: list[_Cand] = []
    n = len(doc)
    for i, word in enumerate(doc.words):
        if not word:
            continue
        carry: Carry | None = None
        if _attribution_word(word, tables):
            j = i + 1
            bare = word[1:] if word[0] == "و" and word not in tables.attributions else word
            if bare in ("وفقا", "طبقا"):
                if j >= n or not doc.words[j].startswith("ل"):
                    continue
            elif bare == "نقلا":
                if j >= n or doc.words[j] != "عن":
                    continue
                j += 1
            if j < n and doc.words[j] in ("ما", "لما") and j + 1 < n:
                if not _cue_with_object(doc.words[j + 1], tables):
                    continue
                j += 2
                if j < n and doc.words[j] in ("به", "بها"):
                    j += 1
                if j + 1 < n and doc.words[j] == "علي" and doc.words[j + 1] == "لسان":
                    j += 2
            elif bare in ("حسبما", "بحسبما", "وفقما"):
                if j >= n or not _cue_with_object(doc.words[j], tables):
                    continue
                j += 1
        elif word == "حد" and i > 0 and doc.words[i - 1] == "علي":
            j = i + 1
        else:
            continue
        cue = (doc.starts[i - 1] if word == "حد" else doc.starts[i], doc.ends[j - 1])
        if j < n and doc.words[j] in tables.pronouns:
            carry = tables.pronouns[doc.words[j]]
            speaker_end = j + 1
            cue = (cue[0], doc.ends[j])
        elif word == "حد":
            continue
        else:
            speaker_end = j
            while (
                speaker_end < min(n, j + MAX_ATTRIBUTION_SPEAKER)
                and not doc.is_end[speaker_end]
                and doc.marks[speaker_end] not in _COMMAS
            ):
                speaker_end += 1
        found.extend(
            _attribution(
                doc, i=i, j=j, speaker_end=speaker_end, cue=cue, carry=carry, tables=tables
            )
        )
    return found


def _cue_with_object(word: str, tables: _Tables) -> bool:
    """«ذكرته», «نقلتها»: a speech verb, possibly with an object pronoun."""
    for suffix in ("", "ه", "ها"):
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            stem = word[: len(word) - len(suffix)] if suffix else word
            if tables.cue(stem) is not None:
                return True
    return False


def _attribution(
    doc: _Doc,
    *,
    i: int,
    j: int,
    speaker_end: int,
    cue: tuple[int, int],
    carry: Carry | None,
    tables: _Tables,
) -> list[_Cand]:
    n = len(doc)
    speaker = None
    if carry is None:
        head = doc.words[j] if j < n else ""
        if head in tables.non_source or (head[:1] == "ل" and head[1:] in tables.non_source):
            return []
        speaker = _speaker_span(doc, j, speaker_end)
        if speaker is None:
            return []
        if doc.words[j].startswith("ل") and not doc.words[j].startswith("لل"):
            speaker = (speaker[0] + 1, speaker[1])
    first = i - 1 if doc.words[i] == "حد" else i
    if _sentence_initial(doc, first):
        # Preposed: «وفق البيان، فقد …»: the reported words follow the comma.
        if speaker_end >= n or doc.marks[speaker_end] not in _COMMAS or carry is not None:
            return []
        end = _clause_end(doc, speaker_end + 1, set())
        a, b = _trim_tokens(doc, speaker_end + 1, end)
        if a < b and doc.words[a] in _LEADING_PARTICLES:
            a += 1
        if doc.word_count(a, min(b, a + 4)) < 3:
            return []
        return [_Cand(1, cue[0], doc.starts[a], doc.ends[b - 1], "indirect", cue, speaker,
                      carry, None)]  # fmt: skip
    # Postposed: «… بحسب X.» closes its sentence.
    if speaker_end < n and not doc.is_end[speaker_end]:
        return []
    k = first - 1
    if k >= 0 and doc.marks[k] in _COMMAS:
        k -= 1
    opener = doc.closer_of.get(k) if k >= 0 else None
    if opener is not None and _sentence_initial(doc, opener):
        return [_Cand(1, cue[0], doc.ends[opener], doc.starts[k], "direct", cue, speaker,
                      carry, None)]  # fmt: skip
    begin = k
    while begin >= 0 and not doc.is_end[begin]:
        begin -= 1
    a, b = _trim_tokens(doc, begin + 1, k + 1)
    if doc.word_count(a, min(b, a + 4)) < 3:
        return []
    kind: QuoteKind = "mixed" if _embeds_quote(doc, a, b, tables) else "indirect"
    return [_Cand(1, cue[0], doc.starts[a], doc.ends[b - 1], kind, cue, speaker, carry, None)]


# ------------------------------------------------------------------ paragraphs


def _standalone_candidates(doc: _Doc) -> list[_Cand]:
    """A paragraph that is one quote («…».) continues the quote before it."""
    found: list[_Cand] = []
    n = len(doc)
    for opener, close in doc.pair.items():
        if opener > 0 and doc.marks[opener - 1] != "\n":
            continue
        k = close + 1
        if k < n and doc.is_end[k] and doc.marks[k] != "\n":
            k += 1
        if k < n and doc.marks[k] != "\n":
            continue
        if doc.word_count(opener + 1, min(close, opener + 8)) < 4:
            continue
        start, end = doc.ends[opener], doc.starts[close]
        found.append(
            _Cand(2, start, start, end, "direct", None, None, "any", None, standalone=True)
        )
    return found


# ------------------------------------------------------------------ assembly


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    k = bisect_left(taken, (start, start))
    if k < len(taken) and taken[k][0] < end:
        return True
    return k > 0 and taken[k - 1][1] > start


def find_quotes(text: str) -> list[Quote]:
    """Return the direct, indirect and mixed quotes in *text*, in order of position.

    Each :class:`arnews.Quote` has the reported words as ``content`` (without quote
    marks and without an introducing «أن/إن/بأن»), the ``speaker`` phrase as written
    (carried over from an earlier sentence when the cue has no subject, ``None``
    when the text never names one), the ``cue`` as written and ``kind``
    (``"direct"``, ``"indirect"`` or ``"mixed"``). ``text[q.start:q.end] ==
    q.content`` always holds, results never overlap, and the time is linear in
    ``len(text)``; any string is accepted. See the "Quotes" guide for the rules.

    >>> [(q.kind, q.speaker, q.content) for q in find_quotes("قال الوزير إن الحوار مستمر.")]
    [('indirect', 'الوزير', 'الحوار مستمر')]

    :raises TypeError: if *text* is not a string.
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if not text.strip():
        return []
    norm, offsets = normalize_with_offsets(text)
    if not norm:
        return []
    tables = _tables()
    doc = _Doc.build(norm, text, offsets)
    verbal, speakers = _cue_candidates(doc, tables)
    candidates = verbal + _attribution_candidates(doc, tables)
    candidates.sort(key=lambda c: (c.priority, c.start))

    def original(span: tuple[int, int]) -> tuple[int, int]:
        a, b = _strip_span(norm, *span)
        return original_span(text, offsets, a, b)

    taken: list[tuple[int, int]] = []
    kept: list[tuple[_Cand, int, int]] = []
    for cand in candidates:
        start, end = original((cand.start, cand.end))
        if start >= end or _overlaps(taken, start, end):
            continue
        taken.insert(bisect_left(taken, (start, end)), (start, end))
        kept.append((cand, start, end))
    kept.sort(key=lambda item: item[1])
    for cand in sorted(_standalone_candidates(doc), key=lambda c: c.start):
        start, end = original((cand.start, cand.end))
        if start >= end or _overlaps(taken, start, end):
            continue
        k = bisect_left(taken, (start, end))
        if k == 0:
            continue
        prev_end = taken[k - 1][1]
        # The quote before must end in the previous paragraph (at most one blank line).
        if norm.count("\n", _norm_index(offsets, prev_end), cand.start) > 2:
            continue
        taken.insert(k, (start, end))
        kept.append((cand, start, end))
    return _resolve_speakers(text, norm, offsets, kept + [(s, -1, -1) for s in speakers])


def _norm_index(offsets: list[int], original: int) -> int:
    return min(bisect_left(offsets, original), len(offsets))


def _looks_plural(speaker: str) -> bool:
    """A head noun in a sound plural («المتظاهرون»، «مسؤولين»): a verb before a plural
    subject is singular in Arabic, so «وأكد المتظاهرون … وقالوا» needs this."""
    head = normalize(speaker).split(" ", 1)[0]
    return len(head) > 4 and head.endswith(("ون", "ين"))


def _carried(last: dict[str, tuple[int, str]], carry: Carry) -> str | None:
    """The most recent speaker a subject-less cue of gender *carry* can refer to."""
    if carry == "any":
        found = last.get("any")
    elif carry == "p":
        # A verb before its subject is singular even for a plural subject («وقال شهود …
        # مشيرين»), so a plural cue falls back to the latest speaker.
        found = last.get("p", last.get("any"))
    else:
        options = [entry for entry in (last.get(carry), last.get("?")) if entry is not None]
        found = max(options) if options else None
    return None if found is None else found[1]


def _resolve_speakers(
    text: str, norm: str, offsets: list[int], items: list[tuple[_Cand, int, int]]
) -> list[Quote]:
    """Fill carried-over speakers in order of the cues, then build the quotes."""
    items.sort(key=lambda item: item[0].anchor)
    # Latest speaker per gender ("?" for speakers of unknown gender such as «جاء في X»
    # or «نقل عن X القول», which agree with any cue), with its position among the cues.
    last: dict[str, tuple[int, str]] = {}
    quotes: list[Quote] = []
    for order, (cand, start, end) in enumerate(items):
        speaker: str | None = None
        if cand.speaker is not None:
            a, b = original_span(text, offsets, *_strip_span(norm, *cand.speaker))
            speaker = text[a:b] or None
        if speaker is not None:
            if cand.gender is not None:
                last[cand.gender] = (order, speaker)
            elif cand.priority == 0:  # not a «بحسب X» source, which is rarely the next speaker
                last["?"] = (order, speaker)
            if _looks_plural(speaker):
                last["p"] = (order, speaker)
            last["any"] = (order, speaker)
        elif cand.carry is not None:
            speaker = _carried(last, cand.carry)
        if start < 0:
            continue
        cue = None
        if cand.cue is not None:
            a, b = original_span(text, offsets, *cand.cue)
            cue = text[a:b] or None
        quotes.append(
            Quote(
                content=text[start:end],
                speaker=speaker,
                cue=cue,
                kind=cand.kind,
                start=start,
                end=end,
            )
        )
    quotes.sort(key=lambda q: q.start)
    return quotes
