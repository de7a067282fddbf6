"""Quotation extraction with speaker attribution (see issue: quotes)."""

from __future__ import annotations

from arnews.model import Quote

__all__ = ["find_quotes"]


def find_quotes(text: str) -> list[Quote]:
    """Return the direct, indirect and mixed quotes in *text*, in order.

    Each :class:`~arnews.Quote` has ``text[q.start:q.end] == q.content``.
    """
    raise NotImplementedError("find_quotes is not implemented yet")
