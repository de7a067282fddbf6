"""The typed model: frozen values that round-trip through dicts, JSON and pickle."""

from __future__ import annotations

import dataclasses
import json
import pickle
from collections.abc import Callable
from datetime import datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arnews import Article, DateMention, Image, Link, Quote
from arnews.errors import ArnewsError, SchemaError
from tests.strategies import articles, json_values


@given(articles)
def test_article_round_trips_through_dict(article: Article) -> None:
    """from_dict(to_dict(a)) gives back an equal article."""
    assert Article.from_dict(article.to_dict()) == article


@given(articles)
def test_article_round_trips_through_json(article: Article) -> None:
    """to_dict() is JSON-serializable and survives a JSON round trip unchanged."""
    encoded = json.dumps(article.to_dict())
    assert Article.from_dict(json.loads(encoded)) == article
    assert Article.from_json(article.to_json()) == article


@given(articles)
def test_article_pickles(article: Article) -> None:
    """Articles can cross process boundaries (multiprocessing, Dask)."""
    assert pickle.loads(pickle.dumps(article)) == article


@given(articles)
def test_text_joins_paragraphs(article: Article) -> None:
    """text is the paragraphs joined by a blank line, and to_dict carries it."""
    assert article.text == "\n\n".join(article.paragraphs)
    assert article.to_dict()["text"] == article.text


def test_to_dict_lists_every_field() -> None:
    """to_dict() has one key per dataclass field, plus text."""
    names = {f.name for f in dataclasses.fields(Article)}
    assert set(Article().to_dict()) == names | {"text"}


def test_empty_article_defaults() -> None:
    """An empty article is generic, untitled and has no body."""
    article = Article()
    assert article.extractor == "generic"
    assert article.title is None
    assert article.text == ""


@pytest.mark.parametrize(
    "value",
    [
        Article(),
        Link(text="x"),
        Image(url="u"),
        Quote(content="c", speaker=None, cue=None, kind="direct", start=0, end=1),
    ],
)
def test_values_are_frozen(value: object) -> None:
    """Results cannot be mutated after they are made."""
    name = dataclasses.fields(value)[0].name  # type: ignore[arg-type]
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(value, name, "changed")


def test_values_are_slotted() -> None:
    """Slotted values carry no per-instance __dict__ (memory over millions of articles)."""
    assert not hasattr(Article(), "__dict__")


def test_keyword_only() -> None:
    """Fields are keyword-only, so adding one later cannot silently shift arguments."""
    with pytest.raises(TypeError):
        Link("text", "url")  # type: ignore[misc]


def test_quote_rejects_bad_kind_and_span() -> None:
    """A Quote with an unknown kind or a reversed span is refused."""
    with pytest.raises(ValueError, match="kind"):
        Quote(content="", speaker=None, cue=None, kind="other", start=0, end=0)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="span"):
        Quote(content="", speaker=None, cue=None, kind="direct", start=5, end=2)


def test_date_mention_serializes_value_as_iso() -> None:
    """DateMention.value becomes an ISO 8601 string in to_dict(), with its precision."""
    mention = DateMention(text="أمس", start=0, end=3, value=datetime(2020, 3, 3), kind="relative")
    assert mention.to_dict()["value"] == "2020-03-03T00:00:00"
    assert (mention.to_dict()["precision"], mention.to_dict()["has_time"]) == ("day", False)


def test_date_mention_precision_is_checked() -> None:
    """An unknown precision is refused; has_time follows the precision."""
    with pytest.raises(ValueError, match="precision"):
        DateMention(
            text="x", start=0, end=1, value=datetime(2020, 1, 1), kind="absolute", precision="hour"
        )  # type: ignore[arg-type]
    timed = DateMention(
        text="x", start=0, end=1, value=datetime(2020, 1, 1, 9), kind="iso", precision="minute"
    )
    assert timed.has_time


def test_older_output_without_precision_reads_back() -> None:
    """A mapping written before precision existed reads back: a clock time is a minute,
    midnight a day."""
    mention = DateMention.from_dict(
        {
            "text": "x",
            "start": 0,
            "end": 1,
            "value": "2020-01-01T09:00:00",
            "kind": "iso",
            "has_time": True,
        }
    )
    assert mention.precision == "minute"
    article = Article.from_dict(
        {"published": "2020-01-01T00:00:00", "modified": "2020-01-02T09:30:00"}
    )
    assert (article.published_precision, article.modified_precision) == ("day", "minute")


def test_precision_without_a_date_is_refused() -> None:
    """A stamp precision needs its stamp; a bad precision is refused."""
    with pytest.raises(ValueError, match="published_precision"):
        Article.from_dict({"published": None, "published_precision": "day"})
    with pytest.raises(ValueError, match="modified_precision"):
        Article.from_dict({"modified": "2020-01-01T00:00:00", "modified_precision": "hour"})


def test_from_dict_rejects_wrong_types() -> None:
    """from_dict() refuses data of the wrong shape instead of building a broken value."""
    with pytest.raises(SchemaError, match="'title' must be a string or null, not a number"):
        Article.from_dict({"title": 3})
    with pytest.raises(SchemaError, match="'authors' must be an array, not a string"):
        Article.from_dict({"authors": "one author"})
    with pytest.raises(SchemaError, match="'authors' must be an array, not an object"):
        Article.from_dict({"authors": {"name": "x"}})
    with pytest.raises(SchemaError, match="expected an object, not an array"):
        Article.from_json("[]")


_QUOTE = {"content": "x", "speaker": None, "cue": None, "kind": "direct", "start": 0, "end": 1}
_MENTION = {"text": "أمس", "start": 0, "end": 3, "value": "2020-03-03T00:00:00", "kind": "relative"}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"images": [{"caption": "x"}]}, "'url' is missing"),
        ({"images": 5}, "'images' must be an array, not a number"),
        ({"related": ["x"]}, "'related' must be an array of objects"),
        ({"quotes": [{**_QUOTE, "kind": "shout"}]}, "unknown quote kind"),
        ({"quotes": [{**_QUOTE, "start": 5}]}, "invalid span"),
        ({"quotes": [{**_QUOTE, "end": True}]}, "'end' must be an integer, not a boolean"),
        ({"dates": [{**_MENTION, "value": "yesterday"}]}, "not an ISO 8601 date"),
        ({"dates": [{k: v for k, v in _MENTION.items() if k != "value"}]}, "'value' is missing"),
        ({"dates": [{**_MENTION, "has_time": "yes"}]}, "has_time"),
        ({"published": "2024-13-01"}, "not an ISO 8601 date"),
        ({"published": 20240101}, "a date must be an ISO 8601 string or null, not a number"),
    ],
)
def test_from_dict_errors_name_the_fault(data: dict[str, object], message: str) -> None:
    """Every malformed part of an article's data raises SchemaError (an ArnewsError and a
    ValueError) with a message naming it, never KeyError, TypeError or a bare ValueError."""
    with pytest.raises(SchemaError, match=message) as caught:
        Article.from_dict(data)
    assert isinstance(caught.value, ArnewsError)
    assert isinstance(caught.value, ValueError)


def test_from_json_refuses_what_is_not_json() -> None:
    """Text that is not JSON, or JSON nested past the recursion limit, raises SchemaError."""
    for text in ("", "{", "nan", "[" * 100_000 + "]" * 100_000, b"\xff"):
        with pytest.raises(SchemaError):
            Article.from_json(text)  # type: ignore[arg-type]


def test_from_dict_ignores_unknown_keys() -> None:
    """Keys from_dict does not know (a CLI's provenance record, a newer field) are ignored."""
    assert Article.from_dict({"title": "عنوان", "@input": {"path": "x"}}) == Article(title="عنوان")


def _built(build: Callable[[Any], Article], data: object) -> Article | SchemaError:
    """``build(data)``, or the SchemaError it raised (any other exception propagates)."""
    try:
        return build(data)
    except SchemaError as error:
        return error


@given(json_values)
def test_from_dict_on_any_json(data: object) -> None:
    """Any JSON value gives an Article or a SchemaError from Article.from_dict and from_json,
    nothing else."""
    assert isinstance(_built(Article.from_dict, data), (Article, SchemaError))
    assert isinstance(_built(Article.from_json, json.dumps(data)), (Article, SchemaError))


@given(articles, st.data())
def test_from_dict_on_damaged_articles(article: Article, data: st.DataObject) -> None:
    """An article's dict with one field, or one field of one of its records, replaced by any
    JSON value gives an Article or a SchemaError."""
    record = article.to_dict()
    target = record
    nested = [k for k, v in record.items() if isinstance(v, list) and v and isinstance(v[0], dict)]
    if nested and data.draw(st.booleans()):
        target = data.draw(st.sampled_from([item for key in nested for item in record[key]]))
    key = data.draw(st.sampled_from(sorted(target)))
    target[key] = data.draw(json_values)
    assert isinstance(_built(Article.from_dict, record), (Article, SchemaError))
