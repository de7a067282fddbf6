"""Parse a crawl on a Dask cluster: one partition per WARC/WET file.

Needs the optional extra: ``pip install 'arnews[dask]'`` (Dask with
``dask.distributed``, and warcio). Dask is imported when
:func:`articles_from_warc` is called, not by ``import arnews``.

The same bag runs on the synchronous scheduler, on the local process pool, on
a ``dask.distributed`` ``LocalCluster`` or on a real cluster (Kubernetes, HPC
job queues): every worker must be able to read the paths (a shared file
system, or URLs such as ``s3://…`` that ``fsspec`` opens on the worker).

Every error it raises is an :class:`~arnews.errors.ArnewsError`: an input with no
WARC/WET file raises :class:`~arnews.errors.InputError` when the bag is made;
with ``errors="skip"`` (the default) a file that cannot be opened, is not WARC,
or is damaged loses only what cannot be read (logged by the worker, logger
``arnews.warc``), and the job goes on; with ``errors="raise"`` the first such
problem raises :class:`~arnews.errors.CrawlError`.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from arnews._display import printable
from arnews.errors import ArnewsError, CrawlError, InputError
from arnews.model import Article, JSONValue
from arnews.warc import Errors, Source, find_warc_files, iter_articles

if TYPE_CHECKING:
    from dask.bag import Bag


__all__ = ["articles_from_warc"]

logger = logging.getLogger("arnews.warc")


def _is_url(path: str) -> bool:
    return "://" in path


def _file_records(path: str, read: Callable[[Source], Iterator[Article]]) -> Iterator[Article]:
    if not _is_url(path):
        yield from read(path)
        return
    import fsspec  # noqa: PLC0415 (a dependency of dask, needed on workers only)

    try:
        stream = fsspec.open(path, "rb").open()
    except OSError as error:
        message = f"{printable(path)}: cannot open: {error}"
        raise CrawlError(message, reason="unreadable", path=path) from error
    with stream:
        yield from read(stream)


def _records(
    paths: Iterable[str], read: Callable[[Source], Iterator[Article]], errors: Errors
) -> Iterator[dict[str, JSONValue]]:
    for path in paths:
        try:
            yield from (article.to_dict() for article in _file_records(path, read))
        except CrawlError as error:  # the file as a whole: unopenable, not WARC, unreadable
            if errors == "raise":
                raise
            logger.warning("%s", error)
        except ArnewsError:
            raise
        except Exception as error:  # errors="raise" and a parser bug: still an ArnewsError
            message = f"{printable(path)}: {type(error).__name__}: {error}"
            raise CrawlError(message, reason="parse", path=path) from error


class _PartitionRecords(Iterator[dict[str, JSONValue]]):
    """The article dicts of a partition's files, read lazily on the worker.

    Lazy, so that writing a partition (``to_textfiles``, ``to_parquet`` …) streams
    it and a worker never holds a whole file's articles. A generator cannot be
    pickled, and a partition is pickled when it moves between processes (e.g.
    ``compute()`` on a distributed cluster): then the records not read yet are
    read and sent as a list.
    """

    def __init__(
        self,
        paths: Iterable[str],
        errors: Errors,
        reference_date: datetime | None,
        languages: Iterable[str] | None = None,
    ) -> None:
        read = partial(
            iter_articles, errors=errors, reference_date=reference_date, languages=languages
        )
        self._records = _records(paths, read, errors)

    def __next__(self) -> dict[str, JSONValue]:
        return next(self._records)

    def __reduce__(self) -> tuple[object, tuple[list[dict[str, JSONValue]]]]:
        return iter, (list(self._records),)


def articles_from_warc(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    errors: Errors = "skip",
    reference_date: datetime | None = None,
    languages: Iterable[str] | None = None,
) -> Bag:
    """A ``dask.bag.Bag`` of :meth:`arnews.Article.to_dict` records, one partition per file.

    :param paths: WARC/WET files, directories (searched recursively on this machine,
        see :func:`arnews.warc.find_warc_files`) or URLs that ``fsspec`` can open
        on the workers (``s3://…``, ``https://…``).
    :param errors: what a problem does (see :func:`arnews.warc.iter_articles`); with
        ``"skip"`` problems are logged by the worker that met them and the job goes on,
        with ``"raise"`` the first one raises :class:`~arnews.errors.CrawlError`.
    :raises arnews.errors.InputError: no WARC/WET file in *paths*.
    :raises ValueError: *errors* is neither ``"skip"`` nor ``"raise"``.
    :param reference_date: passed to the parsers, for relative dates («أمس»).
    :param languages: keep only records identified as one of these languages, e.g.
        ``{"ara"}`` for Common Crawl WET files (see :func:`arnews.warc.iter_pages`).

    Nothing is read until the bag is computed, e.g.
    ``articles_from_warc("crawl/").to_textfiles("out/*.jsonl.gz")``.
    """
    if errors not in ("skip", "raise"):
        raise ValueError(f"errors must be 'skip' or 'raise', not {errors!r}")
    import dask.bag  # noqa: PLC0415 (the optional dependency, imported on use only)

    items = [paths] if isinstance(paths, (str, os.PathLike)) else paths
    files: list[str] = []
    for item in (os.fspath(p) for p in items):
        files.extend([item] if _is_url(item) else map(str, find_warc_files([item])))
    if not files:
        raise InputError(f"no WARC/WET files in {paths!r}")
    from_sequence: Any = dask.bag.from_sequence  # dask.bag is not annotated
    bag = from_sequence(files, npartitions=len(files))
    wanted = None if languages is None else sorted(languages)
    records = bag.map_partitions(
        _PartitionRecords, errors=errors, reference_date=reference_date, languages=wanted
    )
    return cast("Bag", records)
