"""The crawl fault-injection suite: every fault of tests/crawl_faults.py, with its exact outcome.

Each fault is read in process, from a file and from a pipe that hands out a few
bytes at a time. A record that was not read whole is never a page: it is
reported with its reason, record id and byte offset, and counted.
"""

from __future__ import annotations

import io
import random
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arnews.errors import CrawlError
from arnews.warc import WarcPage, WarcStats, iter_articles, iter_entries, iter_pages
from tests.crawl_faults import BOMB_SIZE, Fault, faults
from tests.strategies import damaged_warcs

FAULTS = faults()
BY_NAME = {fault.name: fault for fault in FAULTS}
BOMB_LIMIT = 8 * 1024**2
"""The max_bytes of the in-process bomb test."""
BOMB_PEAK_FACTOR = 4
"""Peak traced memory allowed while refusing the bomb, in multiples of max_bytes."""


class _Pipe:
    """A stream that cannot seek and hands out 1 to 4096 bytes per read, as a pipe may."""

    def __init__(self, data: bytes, seed: int) -> None:
        self._data = io.BytesIO(data)
        self._random = random.Random(seed)

    def read(self, size: int = -1) -> bytes:
        most = 4096 if size < 0 else min(size, 4096)
        return self._data.read(self._random.randint(1, max(most, 1)))


def _outcome(fault: Fault, source: object) -> tuple[object, ...]:
    stats = WarcStats()
    entries = list(iter_entries(source, stats=stats))  # type: ignore[arg-type]
    pages = tuple(e.url for e in entries if isinstance(e, WarcPage))
    problems = tuple(
        (e.kind, e.reason, e.record_id, e.offset) for e in entries if not isinstance(e, WarcPage)
    )
    counts = (stats.records, stats.skipped, stats.failed, stats.truncated, stats.damaged)
    assert stats.records == len(pages) + stats.skipped + stats.failed + stats.truncated
    return pages, problems, counts


@pytest.mark.parametrize("fault", FAULTS, ids=[fault.name for fault in FAULTS])
def test_each_fault_gives_its_exact_outcome(fault: Fault, tmp_path: Path) -> None:
    """From a file and from a pipe: the pages around the fault are read, the fault is
    reported (kind, reason, record id, offset) and counted, exactly as declared."""
    path = tmp_path / fault.filename
    path.write_bytes(fault.data)
    expected = (fault.pages, fault.problems, fault.counts)
    assert _outcome(fault, path) == expected
    if fault.name != "gzip-bomb":  # 4 GiB through 4 KB reads: skipped for time only
        assert _outcome(fault, _Pipe(fault.data, seed=len(fault.data))) == expected


@pytest.mark.parametrize("fault", FAULTS, ids=[fault.name for fault in FAULTS])
def test_errors_raise_raises_the_fault(fault: Fault) -> None:
    """With errors="raise" the fault raises CrawlError carrying its reason, record id and
    offset, after the pages before it."""
    pages: list[str | None] = []
    with pytest.raises(CrawlError) as raised:
        pages.extend(page.url for page in iter_pages(io.BytesIO(fault.data), errors="raise"))
    _, reason, record_id, offset = fault.problems[0]
    error = raised.value
    assert (error.reason, error.record_id, error.offset) == (reason, record_id, offset)
    assert tuple(pages) == fault.pages[: len(pages)]


@pytest.mark.parametrize("fault", FAULTS, ids=[fault.name for fault in FAULTS])
def test_articles_come_only_from_whole_records(fault: Fault) -> None:
    """iter_articles parses exactly the pages read whole, and counts the rest."""
    stats = WarcStats()
    urls = [a.url for a in iter_articles(io.BytesIO(fault.data), stats=stats)]
    assert tuple(urls) == fault.pages
    assert stats.parsed == len(fault.pages)
    assert stats.records == stats.parsed + stats.skipped + stats.failed + stats.truncated


@given(damaged_warcs(), st.integers(0, 2**32))
def test_any_damage_is_read_counted_and_the_same_through_a_pipe(data: bytes, seed: int) -> None:
    """Whatever the damage, reading raises nothing but CrawlError for data that is not WARC
    at all, counts every record once, and gives the same entries through a pipe."""
    whole = _entries(io.BytesIO(data))
    assert whole == "not-warc" or isinstance(whole, tuple)
    assert _entries(_Pipe(data, seed)) == whole


def _entries(source: object) -> tuple[list[object], WarcStats] | str:
    """The entries and counts of *source*, or the reason of the CrawlError it raises."""
    stats = WarcStats()
    try:
        entries: list[object] = list(iter_entries(source, stats=stats))  # type: ignore[arg-type]
    except CrawlError as error:
        return error.reason
    pages = sum(isinstance(entry, WarcPage) for entry in entries)
    assert stats.records == pages + stats.skipped + stats.failed + stats.truncated
    return entries, stats


def test_a_gzip_bomb_is_refused_within_bounded_memory() -> None:
    """An ~11 KB file whose record expands to 4 GiB is refused after max_bytes + 1 bytes:
    peak memory stays a small multiple of max_bytes, and the good page after it is read."""
    bomb = BY_NAME["gzip-bomb"]
    assert len(bomb.data) * 10_000 < BOMB_SIZE
    tracemalloc.start()
    try:
        stats = WarcStats()
        entries = list(iter_entries(io.BytesIO(bomb.data), stats=stats, max_bytes=BOMB_LIMIT))
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [e.url for e in entries if isinstance(e, WarcPage)] == list(bomb.pages)
    assert [(e.kind, e.reason) for e in entries if not isinstance(e, WarcPage)] == [
        ("failed", "too-large")
    ]
    assert peak < BOMB_PEAK_FACTOR * BOMB_LIMIT
