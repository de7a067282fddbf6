"""Tests of :mod:`arnews.quotes`."""

from __future__ import annotations

from arnews import Quote


def outer_quotes(quotes: list[Quote]) -> list[Quote]:
    """*quotes* without the ``direct`` fragments nested in the ``mixed`` quote before them
    (the one place where quotes may overlap)."""
    kept: list[Quote] = []
    for quote in quotes:
        outer = kept[-1] if kept else None
        nested = outer is not None and outer.start <= quote.start and quote.end <= outer.end
        if not (nested and outer is not None and (outer.kind, quote.kind) == ("mixed", "direct")):
            kept.append(quote)
    return kept
