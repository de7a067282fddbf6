"""جوهرة أف أم (jawharafm.net), Sousse: text dumps of the radio's news pages.

The headline, blank lines, the story, blank lines, then «مقالات أخرى» and other
stories.
"""

from __future__ import annotations

from typing import Final

from arnews.sites._site import Site, TextProfile

__all__ = ["SITE"]

SITE: Final = Site(
    id="jawharafm.net",
    name="جوهرة أف أم",
    domains=("jawharafm.net",),
    text=TextProfile(
        title_suffixes=("جوهرة أف أم", "Jawhara FM"),
        footer_lines=("مقالات أخرى",),
    ),
)
"""جوهرة أف أم."""
