"""Exceptions raised by arnews.

Every exception arnews raises on purpose derives from :class:`ArnewsError`, so
``except arnews.ArnewsError`` catches them all::

    ArnewsError
    ├── ArgumentError (also TypeError, ValueError)  an argument of the wrong type or value
    ├── InputError (also ValueError) ............ the input cannot be parsed
    │   ├── InputTooLargeError .................. bigger than the configured limit
    │   ├── UndecodableInputError ............... bytes that decode to no text
    │   └── DocumentStructureError .............. a tree lxml cannot build (e.g. too deep)
    ├── SchemaError (also ValueError) ........... from_dict/from_json data of the wrong shape
    └── SiteRegistryError ....................... two sites claim one domain, bad plugin

An input that is merely empty or has no article in it is *not* an error: it gives
an empty :class:`~arnews.Article`.
"""

from __future__ import annotations

__all__ = [
    "ArgumentError",
    "ArnewsError",
    "DocumentStructureError",
    "InputError",
    "InputTooLargeError",
    "SchemaError",
    "SiteRegistryError",
    "UndecodableInputError",
]


class ArnewsError(Exception):
    """Base class of every exception arnews raises on purpose."""


class ArgumentError(ArnewsError, TypeError, ValueError):
    """An argument has the wrong type or value (a path where page content is expected,
    ``max_bytes=None``, a ``sites`` entry that is not a :class:`~arnews.sites.Site`…).

    It is also a :class:`TypeError` and a :class:`ValueError`, so code written against
    Python's own conventions catches it too.
    """


class InputError(ArnewsError, ValueError):
    """The input cannot be turned into an article."""


class InputTooLargeError(InputError):
    """The input is larger than the size limit (see ``max_bytes``)."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"input of {size} bytes exceeds the limit of {limit} bytes")
        self.size = size
        self.limit = limit


class UndecodableInputError(InputError):
    """The bytes are not text in any encoding arnews can recognise (e.g. binary data)."""


class DocumentStructureError(InputError):
    """The markup cannot be built into a tree (for example, nesting deeper than lxml allows)."""


class SchemaError(ArnewsError, ValueError):
    """Data given to a ``from_dict`` or ``from_json`` method (:meth:`arnews.Article.from_dict`
    and the others) is not what ``to_dict``/``to_json`` produce: a missing or unknown-typed
    field, a malformed date, invalid JSON. The message names the field. Unknown keys are
    not an error: they are ignored."""


class SiteRegistryError(ArnewsError):
    """The site registry is inconsistent: a duplicate domain or id, or a broken plugin."""
