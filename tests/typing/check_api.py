"""Type-checked by ``mypy --strict`` (nox -s typing): the public API as a user writes it."""

from __future__ import annotations

from datetime import datetime

import arnews
from arnews import Article, DateMention, Quote


def _titles(pages: list[bytes]) -> list[str | None]:
    return [arnews.parse_html(page, "https://example.com/a").title for page in pages]


def _body(text: str) -> tuple[str, ...]:
    article: Article = arnews.parse_text(text, reference_date=datetime(2020, 3, 4))
    return article.paragraphs


def _speakers(text: str) -> list[str | None]:
    found: tuple[Quote, ...] = arnews.find_quotes(text)
    return [quote.speaker for quote in found]


def _days(text: str) -> list[datetime]:
    mentions: tuple[DateMention, ...] = arnews.find_dates(text, reference_date=datetime(2020, 1, 1))
    return [mention.value for mention in mentions]


def _search_key(text: str) -> str:
    normalized, offsets = arnews.normalize_with_offsets(text, preset="display")
    assert len(offsets) == len(normalized)
    return arnews.normalize(text, teh_marbuta=True)


def _when(text: str) -> datetime | None:
    return arnews.parse_date(text)


def _typed_options(text: str) -> str:
    # digits takes "ascii", "arabic" or "keep": a bool is a type error (the ignore below
    # is itself an error under --strict if mypy stops flagging the call).
    return arnews.normalize(text, digits=True)  # type: ignore[arg-type]
