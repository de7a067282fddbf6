"""Parse a crawl on a Dask cluster: one partition per WARC/WET file.

Needs the optional extra: ``pip install 'arnews[dask]'`` (Dask with
``dask.distributed``, and warcio). Dask is imported when
:func:`articles_from_warc` is called, not by ``import arnews``.

The same bag runs on the synchronous scheduler, on the local process pool, on
a ``dask.distributed`` ``LocalCluster`` or on a real cluster (Kubernetes, HPC
job queues): every worker must be able to read the paths (a shared file
system, or URLs such as ``s3://…`` that ``fsspec`` opens on the worker).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any, cast

from arnews.model import Article, JSONValue
from arnews.warc import Errors, Source, find_warc_files, iter_articles

if TYPE_CHECKING:
    from dask.bag import Bag


__all__ = ["articles_from_warc"]


def _is_url(path: str) -> bool:
    return "://" in path


def _records(
    paths: Iterable[str], read: Callable[[Source], Iterator[Article]]
) -> Iterator[dict[str, JSONValue]]:
    for path in paths:
        if _is_url(path):
            import fsspec  # noqa: PLC0415 (a dependency of dask, needed on workers only)

            with fsspec.open(path, "rb") as stream:
                yield from (article.to_dict() for article in read(stream))
        else:
            yield from (article.to_dict() for article in read(path))


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
        self._records = _records(paths, read)

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
    :param errors: what a failing record does (see :func:`arnews.warc.iter_articles`);
        with ``"skip"`` failures are logged by the worker that parsed them.
    :param reference_date: passed to the parsers, for relative dates («أمس»).
    :param languages: keep only records identified as one of these languages, e.g.
        ``{"ara"}`` for Common Crawl WET files (see :func:`arnews.warc.iter_pages`).

    Nothing is read until the bag is computed, e.g.
    ``articles_from_warc("crawl/").to_textfiles("out/*.jsonl.gz")``.
    """
    import dask.bag  # noqa: PLC0415 (the optional dependency, imported on use only)

    items = [paths] if isinstance(paths, (str, os.PathLike)) else paths
    files: list[str] = []
    for item in (os.fspath(p) for p in items):
        files.extend([item] if _is_url(item) else map(str, find_warc_files([item])))
    if not files:
        raise ValueError(f"no WARC/WET files in {paths!r}")
    from_sequence: Any = dask.bag.from_sequence  # dask.bag is not annotated
    bag = from_sequence(files, npartitions=len(files))
    wanted = None if languages is None else sorted(languages)
    records = bag.map_partitions(
        _PartitionRecords, errors=errors, reference_date=reference_date, languages=wanted
    )
    return cast("Bag", records)
