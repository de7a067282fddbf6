"""The typed results arnews produces.

Every result is a frozen, slotted, keyword-only dataclass. ``to_dict()`` gives a
JSON-safe mapping (datetimes as ISO 8601 strings, tuples as lists) and the
class method ``from_dict()`` rebuilds the same value from it, so

>>> from arnews import Link
>>> link = Link(text="مقال ذو صلة", url="https://example.com/a")
>>> Link.from_dict(link.to_dict()) == link
True
"""

from __future__ import annotations

import functools
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, time
from typing import Any, Literal, ParamSpec, TypeAlias, TypeVar, cast

from arnews.errors import SchemaError

__all__ = [
    "Article",
    "DateKind",
    "DateMention",
    "DatePrecision",
    "Image",
    "JSONValue",
    "Link",
    "Quote",
    "QuoteKind",
]

JSONValue: TypeAlias = "str | int | float | bool | list[JSONValue] | dict[str, JSONValue] | None"
"""Anything :func:`json.dumps` accepts and :func:`json.loads` gives back."""

QuoteKind = Literal["direct", "indirect", "mixed"]
"""``direct``: quoted words; ``indirect``: a reported clause; ``mixed``: a reported
clause that embeds a quoted fragment."""

DateKind = Literal["absolute", "numeric", "iso", "hijri", "relative", "weekday"]
"""How a date was written: month names (``absolute``), digits only (``numeric``),
an ISO 8601 stamp (``iso``), a Hijri date (``hijri``), an expression relative to
the reference date (``relative``, e.g. «أمس») or a bare weekday (``weekday``)."""

DatePrecision = Literal["year", "month", "week", "day", "minute"]
"""What a date states, coarsest to finest: only a ``year`` («العام الماضي»), a
``month`` («حزيران 2019», «أكتوبر الماضي»), a ``week`` («الأسبوع المقبل»), a ``day``
(«أمس», «5 مارس 2020», «منذ شهرين») or a clock time too (``minute``; seconds are kept
when written). The value is the first moment of what is stated: 1 January of a year,
the 1st of a month, midnight of a day; a week, which starts on another day in each
country, is the day a week before or after the reference («الأسبوع الماضي» on a
Wednesday is the Wednesday before)."""

_QUOTE_KINDS: frozenset[str] = frozenset({"direct", "indirect", "mixed"})
_DATE_KINDS: frozenset[str] = frozenset(
    {"absolute", "numeric", "iso", "hijri", "relative", "weekday"}
)
_PRECISIONS: frozenset[str] = frozenset({"year", "month", "week", "day", "minute"})


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _from_iso(value: object) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise SchemaError(f"a date must be an ISO 8601 string or null, not {_kind(value)}")
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise SchemaError(f"not an ISO 8601 date: {value[:40]!r}") from None


def _kind(value: object) -> str:
    """The JSON name of *value*'s type, for messages."""
    names = {bool: "a boolean", int: "a number", float: "a number", str: "a string"}
    if value is None:
        return "null"
    if isinstance(value, (list, tuple)):
        return "an array"
    if isinstance(value, Mapping):
        return "an object"
    return names.get(type(value), type(value).__name__)


def _precision(value: object, key: str) -> DatePrecision:
    if value not in _PRECISIONS:
        raise SchemaError(f"{key!r} must be one of {sorted(_PRECISIONS)}, got {value!r}")
    return cast(DatePrecision, value)


def _opt_precision(
    data: Mapping[str, Any], key: str, value: datetime | None
) -> DatePrecision | None:
    """The precision stored under *key* for *value* (``None`` exactly when *value* is);
    a mapping without it (older output) gets ``minute`` or ``day`` from the clock time."""
    if value is None:
        if data.get(key) is not None:
            raise SchemaError(f"{key!r} must be None when there is no date")
        return None
    if data.get(key) is None:
        return "day" if value.time() == time() else "minute"
    return _precision(data[key], key)


def _str(data: Mapping[str, Any], key: str) -> str:
    if key not in data:
        raise SchemaError(f"{key!r} is missing")
    value = data[key]
    if not isinstance(value, str):
        raise SchemaError(f"{key!r} must be a string, not {_kind(value)}")
    return value


def _opt_str(data: Mapping[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is not None and not isinstance(value, str):
        raise SchemaError(f"{key!r} must be a string or null, not {_kind(value)}")
    return value


def _int(data: Mapping[str, Any], key: str) -> int:
    if key not in data:
        raise SchemaError(f"{key!r} is missing")
    value = data[key]
    if not isinstance(value, int) or isinstance(value, bool):
        raise SchemaError(f"{key!r} must be an integer, not {_kind(value)}")
    return value


def _list(data: Mapping[str, Any], key: str) -> tuple[Any, ...]:
    values = data.get(key)
    if values is None:
        return ()
    if not isinstance(values, (list, tuple)):
        raise SchemaError(f"{key!r} must be an array, not {_kind(values)}")
    return tuple(values)


def _strs(data: Mapping[str, Any], key: str) -> tuple[str, ...]:
    values = _list(data, key)
    if not all(isinstance(v, str) for v in values):
        raise SchemaError(f"{key!r} must be an array of strings")
    return values


def _records(data: Mapping[str, Any], key: str) -> tuple[Mapping[str, Any], ...]:
    values = _list(data, key)
    if not all(isinstance(v, Mapping) for v in values):
        raise SchemaError(f"{key!r} must be an array of objects")
    return values


_P = ParamSpec("_P")
_R = TypeVar("_R")


def _schema(from_dict: Callable[_P, _R]) -> Callable[_P, _R]:
    """*from_dict*, raising :class:`~arnews.errors.SchemaError` for data of the wrong shape
    whatever part of it finds the fault (a helper above, a constructor's own check, or a
    lookup on something that is not an object)."""

    @functools.wraps(from_dict)
    def checked(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        data = kwargs["data"] if "data" in kwargs else args[1] if len(args) > 1 else None
        if not isinstance(data, Mapping):  # args[0] is the class
            raise SchemaError(f"expected an object, not {_kind(data)}")
        try:
            return from_dict(*args, **kwargs)
        except SchemaError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError, OverflowError) as error:
            message = f"{error.args[0]!r} is missing" if isinstance(error, KeyError) else error
            raise SchemaError(str(message)) from error

    return checked


@dataclass(frozen=True, slots=True, kw_only=True)
class Link:
    """A hyperlink kept as data, e.g. one entry of a «مقالات ذات صلة» list."""

    text: str
    """The link text as shown on the page."""
    url: str | None = None
    """The absolute URL when the page gives one (text dumps have none)."""

    def to_dict(self) -> dict[str, JSONValue]:
        """Return a JSON-safe mapping of this link."""
        return {"text": self.text, "url": self.url}

    @classmethod
    @_schema
    def from_dict(cls, data: Mapping[str, Any]) -> Link:
        """Rebuild a link from :meth:`to_dict` output."""
        return cls(text=_str(data, "text"), url=_opt_str(data, "url"))


@dataclass(frozen=True, slots=True, kw_only=True)
class Image:
    """An image that belongs to the article (not a logo or an ad)."""

    url: str
    """The absolute image URL."""
    caption: str | None = None
    """The caption printed with the image, if any."""
    alt: str | None = None
    """The ``alt`` text, if any."""

    def to_dict(self) -> dict[str, JSONValue]:
        """Return a JSON-safe mapping of this image."""
        return {"url": self.url, "caption": self.caption, "alt": self.alt}

    @classmethod
    @_schema
    def from_dict(cls, data: Mapping[str, Any]) -> Image:
        """Rebuild an image from :meth:`to_dict` output."""
        return cls(
            url=_str(data, "url"), caption=_opt_str(data, "caption"), alt=_opt_str(data, "alt")
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    """A piece of reported speech found in a text.

    ``text[start:end] == content`` for the text the quote was found in. Quotes do not
    overlap, with one exception: each quoted fragment of a ``mixed`` quote (the
    speaker's own words inside a reported clause, «أعلنت الحكومة أن القصف "انتهاك
    صريح للهدنة" المعلنة …») is also given as a ``direct`` quote nested in it, with the
    same speaker and cue, right after it.
    """

    content: str
    """The quoted or reported words, without quote marks and without «أن/إن/بأن»."""
    speaker: str | None
    """The speaker phrase as written (e.g. «وزير الخارجية»), or ``None`` when unnamed."""
    speaker_full: str | None = None
    """The fullest mention of the same speaker in the text (e.g. «الوزارة» → «وزارة
    التربية الأردنية»); :attr:`speaker` itself when the text has none fuller, ``None``
    when there is no speaker."""
    cue: str | None
    """The speech verb or phrase as written (e.g. «وأكد»), or ``None``."""
    kind: QuoteKind
    """``direct`` (words in quote marks, or after «:»), ``indirect`` (a reported clause)
    or ``mixed`` (a reported clause that embeds quoted words)."""
    start: int
    """Start offset of :attr:`content` in the text."""
    end: int
    """End offset (exclusive) of :attr:`content` in the text."""

    def __post_init__(self) -> None:
        if self.kind not in _QUOTE_KINDS:
            raise ValueError(f"unknown quote kind {self.kind!r}")
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span {self.start}..{self.end}")

    def to_dict(self) -> dict[str, JSONValue]:
        """Return a JSON-safe mapping of this quote."""
        return {
            "content": self.content,
            "speaker": self.speaker,
            "speaker_full": self.speaker_full,
            "cue": self.cue,
            "kind": self.kind,
            "start": self.start,
            "end": self.end,
        }

    @classmethod
    @_schema
    def from_dict(cls, data: Mapping[str, Any]) -> Quote:
        """Rebuild a quote from :meth:`to_dict` output."""
        return cls(
            content=_str(data, "content"),
            speaker=_opt_str(data, "speaker"),
            speaker_full=_opt_str(data, "speaker_full"),
            cue=_opt_str(data, "cue"),
            kind=cast(QuoteKind, _str(data, "kind")),
            start=_int(data, "start"),
            end=_int(data, "end"),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class DateMention:
    """A temporal expression found in running text, with its resolved value.

    ``text[start:end] == self.text`` for the text it was found in.
    """

    text: str
    """The expression exactly as written."""
    start: int
    """Start offset in the searched text."""
    end: int
    """End offset (exclusive) in the searched text."""
    value: datetime
    """The resolved date and time: the first moment of what the text states (see
    :data:`~arnews.model.DatePrecision`). Within an :class:`Article`, aware exactly when the page's
    time zone is known."""
    kind: DateKind
    """How the date was written; see :data:`DateKind`."""
    precision: DatePrecision = "day"
    """What the text states: a year, a month, a week, a day, or a clock time too."""

    def __post_init__(self) -> None:
        if self.kind not in _DATE_KINDS:
            raise ValueError(f"unknown date kind {self.kind!r}")
        if self.precision not in _PRECISIONS:
            raise ValueError(f"unknown date precision {self.precision!r}")
        if not 0 <= self.start <= self.end:
            raise ValueError(f"invalid span {self.start}..{self.end}")

    @property
    def has_time(self) -> bool:
        """Whether a time of day was written (``precision == "minute"``)."""
        return self.precision == "minute"

    def to_dict(self) -> dict[str, JSONValue]:
        """Return a JSON-safe mapping of this mention."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value.isoformat(),
            "kind": self.kind,
            "precision": self.precision,
            "has_time": self.has_time,
        }

    @classmethod
    @_schema
    def from_dict(cls, data: Mapping[str, Any]) -> DateMention:
        """Rebuild a mention from :meth:`to_dict` output (``has_time`` is derived; a
        mapping without ``precision`` gets ``minute`` or ``day`` from ``has_time``)."""
        value = _from_iso(data["value"])
        if value is None:
            raise TypeError("'value' must be an ISO 8601 string")
        has_time = data.get("has_time", False)
        if not isinstance(has_time, bool):
            raise TypeError("'has_time' must be a bool")
        precision = data.get("precision")
        return cls(
            text=_str(data, "text"),
            start=_int(data, "start"),
            end=_int(data, "end"),
            value=value,
            kind=cast(DateKind, _str(data, "kind")),
            precision=(
                ("minute" if has_time else "day")
                if precision is None
                else _precision(precision, "precision")
            ),
        )


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """Everything arnews extracted from one news page.

    Every field has an empty default, so a page with nothing to extract gives an
    empty article (``title is None``, no paragraphs) rather than an error.
    """

    url: str | None = None
    """The page's URL: the one the caller gave, exactly as given, else the page's canonical
    URL. A page never replaces the caller's URL."""
    canonical_url: str | None = None
    """The canonical URL the page declares (``<link rel="canonical">``, else ``og:url``),
    absolute http(s), or ``None``. The page's own claim: it may name another host."""
    site: str | None = None
    """The outlet's name, e.g. «اليوم السابع»."""
    extractor: str = "generic"
    """The id of the site extractor that produced this article, or ``"generic"``."""
    title: str | None = None
    """The headline, without site-name suffixes."""
    subtitle: str | None = None
    """The standfirst or sub-headline, if the page has one."""
    authors: tuple[str, ...] = ()
    """Author names, without «بقلم» / «كتب» prefixes; agencies go to :attr:`source`."""
    source: str | None = None
    """The credited agency or original outlet, e.g. «رويترز» or «بلدي نيوز»."""
    dateline: str | None = None
    """The place line that opens the story, e.g. «دمشق»."""
    published: datetime | None = None
    """Publication date and time. Every datetime of an article (this one,
    :attr:`modified`, each of :attr:`dates`) is aware, in the page's own zone,
    exactly when the zone is known; otherwise all are naive."""
    published_precision: DatePrecision | None = None
    """What the publication stamp states: ``"day"``, or ``"minute"`` with a clock time
    (``None`` exactly when :attr:`published` is)."""
    modified: datetime | None = None
    """Last update date and time (in the same zone as :attr:`published`)."""
    modified_precision: DatePrecision | None = None
    """What the update stamp states (``None`` exactly when :attr:`modified` is)."""
    paragraphs: tuple[str, ...] = ()
    """Body paragraphs, boilerplate removed, original spelling kept."""
    tags: tuple[str, ...] = ()
    """Keywords or tags the page lists for the article."""
    images: tuple[Image, ...] = ()
    """Images of the article."""
    related: tuple[Link, ...] = ()
    """Related-article links (e.g. from «مقالات ذات صلة» blocks)."""
    quotes: tuple[Quote, ...] = ()
    """Quotes found in :attr:`text`; spans index into :attr:`text`."""
    dates: tuple[DateMention, ...] = ()
    """Dates found in :attr:`text`; spans index into :attr:`text`."""
    language: str | None = None
    """ISO 639-1 language code of the body (``"ar"`` for Arabic)."""

    @property
    def text(self) -> str:
        """The body, that is :attr:`paragraphs` joined by a blank line."""
        return "\n\n".join(self.paragraphs)

    def to_dict(self) -> dict[str, JSONValue]:
        """Return a JSON-safe mapping of this article (``text`` included, for convenience)."""
        return {
            "url": self.url,
            "canonical_url": self.canonical_url,
            "site": self.site,
            "extractor": self.extractor,
            "title": self.title,
            "subtitle": self.subtitle,
            "authors": list(self.authors),
            "source": self.source,
            "dateline": self.dateline,
            "published": _iso(self.published),
            "published_precision": self.published_precision,
            "modified": _iso(self.modified),
            "modified_precision": self.modified_precision,
            "paragraphs": list(self.paragraphs),
            "text": self.text,
            "tags": list(self.tags),
            "images": [image.to_dict() for image in self.images],
            "related": [link.to_dict() for link in self.related],
            "quotes": [quote.to_dict() for quote in self.quotes],
            "dates": [mention.to_dict() for mention in self.dates],
            "language": self.language,
        }

    def to_json(self, *, indent: int | None = None) -> str:
        """Return :meth:`to_dict` as a JSON string (Arabic kept readable, not escaped)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    @_schema
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an article from :meth:`to_dict` output (``text`` is ignored)."""
        extractor = _opt_str(data, "extractor")
        published, modified = _from_iso(data.get("published")), _from_iso(data.get("modified"))
        return cls(
            url=_opt_str(data, "url"),
            canonical_url=_opt_str(data, "canonical_url"),
            site=_opt_str(data, "site"),
            extractor=extractor if extractor is not None else "generic",
            title=_opt_str(data, "title"),
            subtitle=_opt_str(data, "subtitle"),
            authors=_strs(data, "authors"),
            source=_opt_str(data, "source"),
            dateline=_opt_str(data, "dateline"),
            published=published,
            published_precision=_opt_precision(data, "published_precision", published),
            modified=modified,
            modified_precision=_opt_precision(data, "modified_precision", modified),
            paragraphs=_strs(data, "paragraphs"),
            tags=_strs(data, "tags"),
            images=tuple(Image.from_dict(d) for d in _records(data, "images")),
            related=tuple(Link.from_dict(d) for d in _records(data, "related")),
            quotes=tuple(Quote.from_dict(d) for d in _records(data, "quotes")),
            dates=tuple(DateMention.from_dict(d) for d in _records(data, "dates")),
            language=_opt_str(data, "language"),
        )

    @classmethod
    def from_json(cls, text: str | bytes) -> Article:
        """Rebuild an article from :meth:`to_json` output.

        Raises :class:`~arnews.errors.SchemaError` for text that is not JSON, or not an
        article's JSON (as :meth:`from_dict` does for a mapping)."""
        try:
            data = json.loads(text)
        except (ValueError, TypeError, RecursionError) as error:
            raise SchemaError(f"not an article's JSON: {error}") from error
        return cls.from_dict(data)
