"""Exceptions raised by arnews.

Every exception arnews raises on purpose derives from :class:`ArnewsError`, so
``except arnews.ArnewsError`` catches them all::

    ArnewsError
    ├── ArgumentError (also TypeError, ValueError)  an argument of the wrong type or value
    ├── InputError (also ValueError) ............ the input cannot be parsed
    │   ├── InputTooLargeError .................. bigger than the configured limit
    │   ├── UndecodableInputError ............... bytes that decode to no text
    │   ├── DocumentStructureError .............. a tree lxml cannot build (e.g. too deep)
    │   ├── CrawlError .......................... a crawl file or record not read whole
    │   └── FileReadError (also OSError) ........ a file given to parse_file cannot be read
    ├── SchemaError (also ValueError) ........... from_dict/from_json data of the wrong shape
    └── SiteRegistryError ....................... two sites claim one domain, bad plugin

An input that is merely empty or has no article in it is *not* an error: it gives
an empty :class:`~arnews.Article`.
"""

from __future__ import annotations

__all__ = [
    "ArgumentError",
    "ArnewsError",
    "CrawlError",
    "DocumentStructureError",
    "FileReadError",
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


class CrawlError(InputError):
    """A crawl file (WARC/WET, gzip) or one of its records cannot be read whole.

    Raised by :mod:`arnews.warc` and :mod:`arnews.dask` with ``errors="raise"``
    for a record cut short, a wrong ``Content-Length``, a corrupt gzip member,
    bytes that are no record, a payload over the size limit or one whose
    transfer or content encoding is broken, and for a file that cannot be opened.
    """

    def __init__(
        self,
        message: str,
        *,
        reason: str,
        path: str | None = None,
        record_id: str | None = None,
        offset: int | None = None,
    ) -> None:
        super().__init__(message)
        self.reason = reason
        """A short name of what went wrong, e.g. ``cut-short`` or ``length-too-long``."""
        self.path = path
        """The file, when known."""
        self.record_id = record_id
        """The ``WARC-Record-ID`` of the record, when there is one."""
        self.offset = offset
        """The byte offset in the file (of the gzip member, for a gzipped file)."""

    def __reduce__(self) -> tuple[object, ...]:
        # Keyword-only arguments: pickle (Dask moves errors between processes) needs help.
        return _rebuild_crawl_error, (
            str(self),
            self.reason,
            self.path,
            self.record_id,
            self.offset,
        )


def _rebuild_crawl_error(
    message: str, reason: str, path: str | None, record_id: str | None, offset: int | None
) -> CrawlError:
    return CrawlError(message, reason=reason, path=path, record_id=record_id, offset=offset)


class SchemaError(ArnewsError, ValueError):
    """Data given to a ``from_dict`` or ``from_json`` method (:meth:`arnews.Article.from_dict`
    and the others) is not what ``to_dict``/``to_json`` produce: a missing or unknown-typed
    field, a malformed date, invalid JSON. The message names the field. Unknown keys are
    not an error: they are ignored."""


class SiteRegistryError(ArnewsError):
    """The site registry is inconsistent: a duplicate domain or id, or a broken plugin."""


class FileReadError(InputError, OSError):
    """A file given to :func:`arnews.parse_file` cannot be read: it is missing, a
    directory, unreadable, or a gzip file that is corrupt. Also an :class:`OSError`."""
