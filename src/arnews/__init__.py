"""arnews: turn Arabic news pages into clean, typed data.

>>> import arnews
>>> arnews.normalize("الـقـاهـرة ٢٠٢٤")
'القاهرة 2024'
"""

from arnews import sites
from arnews._version import __version__
from arnews.dates import find_dates, parse_date
from arnews.errors import ArgumentError, ArnewsError
from arnews.extract import parse_html, parse_text
from arnews.files import parse_file
from arnews.model import Article, DateMention, Image, Link, Quote
from arnews.normalization import normalize, normalize_with_offsets
from arnews.quotes import find_quotes
from arnews.sites import Site, registered_sites

__all__ = [
    "ArgumentError",
    "ArnewsError",
    "Article",
    "DateMention",
    "Image",
    "Link",
    "Quote",
    "Site",
    "__version__",
    "find_dates",
    "find_quotes",
    "normalize",
    "normalize_with_offsets",
    "parse_date",
    "parse_file",
    "parse_html",
    "parse_text",
    "registered_sites",
    "sites",
]


def __dir__() -> list[str]:
    """``dir(arnews)`` lists the public API, not the submodules it is built from."""
    return list(__all__)
