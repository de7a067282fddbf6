"""Arabic date and time parsing: every month system, Hijri and relative dates."""

from __future__ import annotations

from datetime import datetime

from arnews.model import DateMention

__all__ = ["find_dates", "parse_date"]


def parse_date(text: str, *, reference: datetime | None = None) -> datetime | None:
    """Return the date and time that the short string *text* denotes, or ``None``.

    Relative expressions («أمس», «منذ ثلاثة أيام») resolve against *reference*
    (default: now, naive).
    """
    raise NotImplementedError("parse_date is not implemented yet")


def find_dates(text: str, *, reference: datetime | None = None) -> list[DateMention]:
    """Return every temporal expression in *text* with its span and resolved value."""
    raise NotImplementedError("find_dates is not implemented yet")
