"""Who a story is credited to, read from its first line or from the line under its headline.

Arabic news credits a story in a few recurring forms, whatever the outlet:

- an agency dateline opening the story: «الرياض - واس:», «الدوحة- قنا :», «إربد - (بترا) -»,
  «رام الله /وفا/», «مصراتة 3 مارس 2016 (وال)-», «مسقط في 27 يناير 2026 /العُمانية/»,
  «طرابلس 19 ذو الحجة 1439 هـ الموافق 30 أغسطس 2018 م واس …»;
- the outlet crediting itself: «صدى المدينة نيوز:», «بوابة الشمال -أربيل- 3 مارس2022-»,
  «مركز نواذيبو (نواذيبو)-»;
- a line under the headline mixing them with the reporter: «صدى المدينة – حلب», «صدى
  المدينة- سلمى الكندي», «الرباط-يوسف البقالي», «بنغازي – متابعات -صدى المدينة», «كتب –
  فلان الفلاني –».

Such a line is cut into parts at its separators (dashes, slashes, colons, parentheses,
commas) and at the dates in it; each part is named: a city (the dateline), an agency or
an outlet (the source), a date, a person (an author), a word that credits no one
(«متابعات»), a country. A part is an outlet when it is the one the page's web address
spells («صدى المدينة» ↔ ``sadaalmadina.net``), the site's name, or holds an outlet word («نيوز»,
«للأنباء», «شبكة»). Nothing is reported from a line with a part that is none of these:
a field that fails its check is dropped, not guessed.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from functools import lru_cache
from itertools import islice
from typing import Final

import regex

from arnews.dates import scan_dates
from arnews.dates.readers import STAND_IN
from arnews.extract import outlets, phrases
from arnews.extract.boilerplate import phrase_key
from arnews.extract.limits import (
    DATELINE_CHARS,
    MAX_CREDIT_PART_WORDS,
    MAX_NAME_WORDS,
    MIN_NAME_WORDS,
)
from arnews.extract.sitename import Outlet, outlet_words

__all__ = ["Credit", "may_credit", "read_credit_line", "read_dateline"]

_WRITTEN: Final = frozenset({"absolute", "hijri", "numeric", "iso"})
# Where a credit line is cut: dashes and underscores, slashes, colons, parentheses,
# commas, runs of dots or commas.
# A match starts where a white-space run starts: linear on long runs with no cut after them.
_TATWEEL_DASH: Final = r"(?<=\s)ـ+(?=\s)"
"""A tatweel standing between spaces is a dash, as typists use it («علي السالم ـ جدة»)."""
_SEPARATOR: Final = rf"(?://+|[-–—_|]+|{_TATWEEL_DASH}|[/:：()،,«»\"]|\.\.+)"
"""What cuts a credit line into parts."""
_DASH: Final = regex.compile(rf"[-–—]|{_TATWEEL_DASH}")
"""The cut of a reporter's line (:func:`_reporter_line`)."""
_CUT: Final = regex.compile(rf"(?<!\s)\s*+{_SEPARATOR}(?:\s*+{_SEPARATOR})*+\s*+")
_LATIN_ACRONYM: Final = regex.compile(r"^[A-Z][A-Z0-9&]{1,7}$")
_NOT_A_NAME: Final = regex.compile(r"[0-9٠-٩@°%]|https?:|www\.")
_DIGIT: Final = regex.compile(r"[0-9٠-٩]")
_COMMAS: Final = frozenset({"،", ","})
_DATELINE_CUT: Final = regex.compile(r"[-–—_/:]")
_CREDIT_SEPARATOR: Final = regex.compile(r"[-–—_|/:：()،,«»\"]|\.\.")
_TWO: Final = 2
"""A dateline's first two parts decide whether it can be one."""
_SHORT_CREDIT_WORDS: Final = 3
"""A line of this many words may be an outlet's name or a byline without a separator."""
_WORD: Final = regex.compile(r"\S+")
# Where a dateline's first part ends: a separator or a digit (a date).
_FIRST_STOP: Final = regex.compile(r"//|[-–—_|/:：()،,«»\"]|\.\.|[0-9٠-٩]")
_EDGE_MARKS: Final = regex.compile(r"^[\p{P}\p{S}\s]++|(?<![\p{P}\p{S}\s])[\p{P}\p{S}\s]++$")


class Kind(Enum):
    """What a part of a credit line names."""

    PLACE = "place"
    AGENCY = "agency"
    OUTLET = "outlet"
    DATE = "date"
    PERSON = "person"
    NAME = "name"
    """A short name no table knows: an outlet beside an agency, a town before one."""
    LABEL = "label"
    SOURCE_LABEL = "source-label"
    """«المصدر:»: the part after it is the source."""
    FILLER = "filler"
    COUNTRY = "country"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class _Part:
    kind: Kind
    text: str
    end: int
    """Where the part ends in the line."""
    start: int = 0
    """Where it begins."""
    value: datetime | None = None
    closed: bool = True
    """Whether a separator or a date ends it (not the next word)."""
    outlet: bool = False
    """A city that is also the outlet's name («عمان» of Oman Daily)."""


@dataclass(frozen=True, slots=True)
class Credit:
    """What a credit names: the dateline's city, the source, the authors, a date."""

    place: str | None = None
    source: str | None = None
    authors: tuple[str, ...] = ()
    date: datetime | None = None
    """A date written in full in the credit («بنغازي- 30أغسطس2020م»)."""
    end: int = 0
    """In a story's first line, where the story's own text begins."""


# ------------------------------------------------------------------------ the parts


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[str, str], frozenset[str], frozenset[str], frozenset[str]]:
    agencies = {phrase_key(k): v for k, v in phrases.AGENCIES.items()}
    places = frozenset(phrase_key(p) for p in phrases.PLACES)
    countries = frozenset(phrase_key(c) for c in outlets.COUNTRIES) - places
    fillers = frozenset(phrase_key(f) for f in outlets.CREDIT_FILLERS)
    return agencies, places, countries, fillers


@lru_cache(maxsize=1)
def _label_words() -> tuple[frozenset[str], frozenset[str]]:
    labels = frozenset(phrase_key(w) for w in phrases.AUTHOR_PREFIXES)
    junk = frozenset(phrase_key(w) for w in outlets.NOT_A_NAME_WORDS)
    return labels, junk


_SOURCES: Final = frozenset({Kind.AGENCY, Kind.OUTLET, Kind.NAME, Kind.PERSON})
"""What a part after «المصدر:» may be: the source as written («"أنباء الخليج"»)."""


@lru_cache(maxsize=1)
def _kinds() -> dict[str, Kind]:
    """Every key the tables name, with its kind (the first table naming it wins)."""
    agencies, places, countries, fillers = _tables()
    out: dict[str, Kind] = {"": Kind.FILLER}
    for kind, table in (
        (Kind.SOURCE_LABEL, _source_labels()),
        (Kind.LABEL, _label_words()[0]),
        (Kind.COUNTRY, countries),
        (Kind.PLACE, places),
        (Kind.AGENCY, agencies),
        (Kind.FILLER, fillers),
    ):
        out.update(dict.fromkeys(table, kind))
    return out


def _table_kind(key: str) -> Kind | None:
    """The kind the tables give a part by its :func:`phrase_key` (outlets aside)."""
    return _kinds().get(key)


def _definite(
    text: str, key: str, outlet: Outlet, *, spelled: bool = True
) -> tuple[Kind, str, bool] | None:
    """The kind a table gives the part *text* of :func:`phrase_key` *key* (with the value
    it gives, and whether a place is also the outlet's name: «عمان» of Oman Daily); the
    web address is compared with it only when *spelled*."""
    kind = _table_kind(key)
    if kind is Kind.AGENCY:
        return kind, _tables()[0][key], False
    if kind is Kind.PLACE:
        return kind, text, spelled and outlet.names_it(key)
    if kind is Kind.FILLER:
        return kind, text, False
    if (spelled and outlet.names_it(key)) or _names_an_outlet(text, key, _tables()[1]):
        return Kind.OUTLET, text, False
    return None if kind is None else (kind, text, False)


def _names_an_outlet(text: str, key: str, places: frozenset[str]) -> bool:
    """A short name holding an outlet word («بلدي نيوز», «شبكة الينابيع») or a Latin acronym
    («LBCI»), not ending with a city («وكالة الأنباء … بغداد»: the outlet, then the city)."""
    words = key.split()
    return (
        len(words) <= MAX_CREDIT_PART_WORDS
        and not _NOT_A_NAME.search(text)
        and words[-1] not in places
        and (
            words[0] in outlet_words()
            or words[-1] in outlet_words()
            or _LATIN_ACRONYM.match(text.strip()) is not None
        )
    )


@lru_cache(maxsize=1)
def _source_labels() -> frozenset[str]:
    return frozenset(phrase_key(w) for w in phrases.SOURCE_LABELS)


def _guess(text: str, key: str) -> Kind:
    """A part no table names: a person's name, another short name, or not a credit."""
    words = key.split()
    junk = _label_words()[1]
    if (
        not words
        or len(words) > MAX_CREDIT_PART_WORDS
        or _NOT_A_NAME.search(text)
        or key in junk
        or any(w in junk for w in words)
    ):
        return Kind.UNKNOWN
    if MIN_NAME_WORDS <= len(words) <= MAX_NAME_WORDS and not words[0].startswith(
        phrases.DEFINITE_ARTICLE
    ):
        return Kind.PERSON
    return Kind.NAME


@lru_cache(maxsize=1)
def _lead_words() -> frozenset[str]:
    """The first words of every name the tables know and the outlet words: a run of words
    starting otherwise holds no name to split off («القاهرة تستضيف …» does)."""
    names = [*_kinds(), *outlet_words()]
    return frozenset(name.split(" ", 1)[0] for name in names if name)


def _words_part(
    text: str, start: int, end: int, outlet: Outlet, key: str | None = None
) -> list[_Part]:
    """The parts between two cuts: one name, or names that follow one another unseparated
    («مسقط في», «كتبت هدى رمزى», «واس جدد المجلس …»: the agency, then the story)."""
    chunk = text[start:end]
    if not chunk.strip():
        return []
    key = phrase_key(chunk) if key is None else key
    whole = _definite(chunk.strip(), key, outlet)
    if whole is not None:
        return [_Part(whole[0], whole[1], end, start, outlet=whole[2])]
    keys = key.split()
    if not keys or keys[0] not in _lead_words():
        return [_Part(_guess(chunk, key), chunk.strip(), end, start)]
    words = list(islice(_WORD.finditer(chunk), MAX_CREDIT_PART_WORDS + 1))
    aligned = len(keys) >= len(words)
    for size in range(min(len(words) - 1, MAX_CREDIT_PART_WORDS), 0, -1):
        prefix = chunk[: words[size - 1].end()]
        prefix_key = _EDGE_MARKS.sub("", " ".join(keys[:size])) if aligned else phrase_key(prefix)
        head = _definite(prefix, prefix_key, outlet, spelled=False)
        if head is not None and head[0] is not Kind.FILLER:
            first = _Part(
                head[0], head[1], start + words[size - 1].end(), start, closed=False, outlet=head[2]
            )
            rest = _words_part(text, start + words[size].start(), end, outlet)
            if head[0] is not Kind.LABEL and rest and rest[0].kind in (Kind.PERSON, Kind.NAME):
                # «الرياض تستضيف المعرض»: a name runs on into a sentence.
                rest = [_Part(Kind.UNKNOWN, rest[0].text, rest[0].end, rest[0].start), *rest[1:]]
            return [first, *rest]
    return [_Part(_guess(chunk, key), chunk.strip(), end, start)]


def _dates(text: str, offset: int) -> list[tuple[int, int, datetime | None]]:
    """The dates of *text* from *offset* on: (start, end, value) in *text*, the value only
    when written in full."""
    return [
        (offset + f.mention.start, offset + f.mention.end, None if f.anchored else f.mention.value)
        for f in scan_dates(text[offset:], STAND_IN)
        if f.mention.kind in _WRITTEN
    ]


def _parts(
    text: str, outlet: Outlet, key: str | None = None, *, dates: bool = True
) -> Iterator[_Part]:
    """*text* cut at its separators and dates, each part named, in order, lazily: a
    dateline's reader stops at the story's first words, and dates are looked for only
    from the first digit on (not at all without *dates*). *key*, the :func:`phrase_key`
    of *text*, spares computing it again when *text* is one part."""
    digit = _DIGIT.search(text) if dates else None
    if digit is None and key is not None and _CUT.search(text) is None:
        yield from _words_part(text, 0, len(text), outlet, key)
        return
    first_digit = digit.start() if digit else len(text)
    position = 0
    for cut in _CUT.finditer(text, 0, first_digit):
        yield from _words_part(text, position, cut.start(), outlet)
        position = cut.end()
    if digit is None:
        yield from _words_part(text, position, len(text), outlet)
        return
    for start, end, value in [*_dates(text, position), (len(text), len(text), None)]:
        for cut in _CUT.finditer(text, position, start):
            yield from _words_part(text, position, cut.start(), outlet)
            position = cut.end()
        yield from _words_part(text, position, start, outlet)
        if end > start:
            yield _Part(Kind.DATE, text[start:end], end, start, value=value)
        position = max(position, end)


# ------------------------------------------------------------------------ the readers


def _with_country(parts: Sequence[_Part], text: str) -> list[_Part]:
    """A city and its country after a comma make one dateline («بيروت، لبنان»)."""
    out: list[_Part] = []
    for part in parts:
        previous = out[-1] if out else None
        if (
            previous is not None
            and previous.kind is Kind.PLACE
            and part.kind is Kind.COUNTRY
            and text[previous.end : part.start].strip() in _COMMAS
        ):
            joined = text[previous.start : part.end].strip()
            out[-1] = _Part(Kind.PLACE, joined, part.end, previous.start)
            continue
        out.append(part)
    return out


def _credit(parts: Sequence[_Part], end: int) -> Credit:
    """The credit of *parts*: a city that is also the outlet's name is the source when
    nothing else names one («الرياض :» of a «Riyadh Daily»), the city otherwise («مركز
    نواذيبو (نواذيبو)-»)."""
    names_outlet = [p for p in parts if p.kind is Kind.OUTLET]
    places = [p for p in parts if p.kind is Kind.PLACE]
    if len(places) == 1 and places[0].outlet and not names_outlet:
        names_outlet, places = places, []
    agencies = [p.text for p in parts if p.kind is Kind.AGENCY]
    sources = agencies or [p.text.strip() for p in names_outlet]
    persons = [p.text.strip() for p in parts if p.kind is Kind.PERSON]
    date = next((p.value for p in parts if p.kind is Kind.DATE and p.value), None)
    return Credit(
        place=places[0].text.strip() if places else None,
        source=sources[0] if sources else None,
        authors=tuple(dict.fromkeys(persons)),
        date=date,
        end=end,
    )


def may_credit(text: str, key: str) -> bool:
    """Whether a short line may be a credit line, cheaply: it has a separator, a byline
    word first, or three words at most («بلدي نيوز», «كتبت فلانة»). A longer run of words
    with neither is a headline or a sentence."""
    if key.count(" ") < _SHORT_CREDIT_WORDS or _CREDIT_SEPARATOR.search(text):
        return True
    return key.split(" ", 1)[0] in _label_words()[0]


def read_credit_line(
    text: str, outlet: Outlet, key: str | None = None, *, dates: bool = True
) -> Credit | None:
    """A line of its own that credits the story («صدى المدينة – حلب», «كتب – فلان الفلاني»,
    «المنامة – ماجد الخالدي :»), or ``None`` when a part of it is no credit (*key*: its
    :func:`phrase_key`, if known; *dates*: whether the line may hold a date to cut at).

    Persons are authors when a byline word precedes them or the line names a place or an
    outlet too; beside an agency alone («صدى الوادي – العمانية») a name is the outlet's.

    >>> read_credit_line("صدى المدينة – حلب", Outlet.of("https://www.sadaalmadina.net/1"))
    Credit(place='حلب', source='صدى المدينة', authors=(), date=None, end=0)
    >>> read_credit_line("صدى المدينة- سلمى الكندي", Outlet.of("https://sadaalmadina.net/1")).authors
    ('سلمى الكندي',)
    """
    if any(len(chunk.split()) > MAX_CREDIT_PART_WORDS for chunk in _CUT.split(text)):
        return None  # a sentence, not names
    named = _with_country(list(_parts(text, outlet, key, dates=dates)), text)
    parts = [p for p in named if p.kind is not Kind.FILLER]
    if parts and parts[0].kind is Kind.SOURCE_LABEL:
        sources = [p for p in parts[1:] if p.kind in _SOURCES]
        whole = bool(sources) and len(sources) == len(parts) - 1
        return Credit(source=sources[0].text.strip()) if whole else None
    kept = _credited_parts(parts, text)
    return None if kept is None else _credit(kept, 0)


def _credited_parts(parts: list[_Part], text: str) -> list[_Part] | None:
    """The parts of a credit line that credit the story, or ``None`` when one of them is
    no credit: a name no table knows stands only beside an agency (the outlet's), and a
    person's only beside a byline word, a city or an outlet."""
    if _reporter_line(parts, text):
        return [p for p in parts if p.kind is Kind.PERSON]
    kinds = {p.kind for p in parts}
    if (
        not parts
        or kinds & {Kind.UNKNOWN, Kind.SOURCE_LABEL}
        or kinds <= {Kind.COUNTRY, Kind.DATE, Kind.LABEL}
        or (Kind.NAME in kinds and Kind.AGENCY not in kinds)
    ):
        return None
    if Kind.PERSON in kinds and not kinds & {Kind.LABEL, Kind.PLACE, Kind.OUTLET}:
        if Kind.AGENCY not in kinds:
            return None
        return [p for p in parts if p.kind is not Kind.PERSON]
    return parts


def _reporter_line(parts: Sequence[_Part], text: str) -> bool:
    """A reporter's line: a person and one definite name no table knows, cut by a dash
    («علي السالم ـ الحد الجنوبي», «الوطن - سلمى الكندي:»), the place or paper the
    reporter writes from and the reporter. The person is the author; the other name
    is left unread (a place or an outlet: the line does not say which)."""
    if len(parts) != _TWO or {p.kind for p in parts} != {Kind.PERSON, Kind.NAME}:
        return False
    name = next(p for p in parts if p.kind is Kind.NAME)
    cut = _DASH.search(text, parts[0].end, parts[1].start)
    return name.text.startswith(phrases.DEFINITE_ARTICLE) and cut is not None


def read_dateline(paragraph: str, outlet: Outlet) -> Credit:
    """The credit opening a story's first paragraph: its city, its source, a date, and
    where the story's text begins. A bare «X:» names a city only when X is a known city
    (or an agency follows it); the outlet's own name is a source, never a city.

    >>> read_dateline("الرياض - واس: أعلن وزير المالية …", Outlet())
    Credit(place='الرياض', source='واس', authors=(), date=None, end=14)
    >>> read_dateline("القاهرة تستضيف القمة العربية", Outlet()).place is None
    True
    """
    head = paragraph[:DATELINE_CHARS]
    first = _FIRST_STOP.search(head)
    if first is None or head.count(" ", 0, first.start()) > MAX_CREDIT_PART_WORDS:
        return Credit()  # a sentence runs on before any separator: no dateline
    return _read_dateline(head, outlet)


@lru_cache(maxsize=256)
def _read_dateline(head: str, outlet: Outlet) -> Credit:
    parts: list[_Part] = []
    for part in _parts(head, outlet):
        parts.append(part)
        if part.kind is Kind.UNKNOWN or _not_a_dateline(parts):
            break  # the story's own words
    parts = _with_country(parts, head)
    taken = _credit_parts(parts, head)
    if not taken or len(taken) == len(parts):
        return Credit()  # no story text after it: not a dateline
    kinds = {p.kind for p in taken}
    if not kinds & {Kind.PLACE, Kind.AGENCY, Kind.OUTLET}:
        return Credit()
    if not taken[-1].closed and not kinds & {Kind.AGENCY, Kind.DATE}:
        return Credit()  # «القاهرة تستضيف …»: a sentence, not a dateline
    found = _credit([p for p in taken if p.kind is not Kind.PERSON], 0)
    return Credit(found.place, found.source, (), found.date, _story_start(head, taken[-1].end))


def _credit_parts(parts: Sequence[_Part], head: str) -> list[_Part]:
    """The parts of a story's first line that credit it, up to where its text begins: a
    short name no table knows is a town before an agency («الحسكة - سانا:»), an outlet
    before a city («سبق- الدمام:») or after «متابعات»; a person's name only before a city
    («فلان / الرباط-»)."""
    taken: list[_Part] = []
    for index, part in enumerate(parts):
        following = parts[index + 1] if index + 1 < len(parts) else None
        before = following is not None and part.closed
        if part.kind is Kind.NAME and index == 0 and before and following is not None:
            if following.kind is Kind.AGENCY and _DATELINE_CUT.search(
                head, part.end, following.start
            ):
                taken.append(_Part(Kind.PLACE, part.text, part.end, part.start))
                continue
            if following.kind is Kind.PLACE:
                continue
        if part.kind is Kind.NAME and taken and taken[-1].kind is Kind.FILLER and before:
            taken.append(_Part(Kind.OUTLET, part.text, part.end, part.start))  # «متابعات-X-»
            continue
        if (
            part.kind is Kind.PERSON
            and before
            and following is not None
            and following.kind is Kind.PLACE
            and not taken
        ):
            taken.append(part)
            continue
        if part.kind in (Kind.UNKNOWN, Kind.NAME, Kind.PERSON, Kind.LABEL):
            break
        taken.append(part)
    return taken


def _not_a_dateline(parts: Sequence[_Part]) -> bool:
    """Whether the first parts already rule a dateline out: a label, or a person's or an
    unknown name followed by neither a city nor an agency («استقبل الرئيس، اليوم …»)."""
    first = parts[0].kind
    if first is Kind.LABEL:
        return True
    return (
        len(parts) == _TWO
        and first in (Kind.PERSON, Kind.NAME)
        and parts[1].kind not in (Kind.PLACE, Kind.AGENCY)
    )


def _agency_follows(parts: Sequence[_Part]) -> bool:
    return len(parts) > 1 and parts[0].closed and parts[1].kind is Kind.AGENCY


def _story_start(head: str, end: int) -> int:
    """Past the separators after the credit's last part."""
    cut = _CUT.match(head, end)
    return cut.end() if cut else end
