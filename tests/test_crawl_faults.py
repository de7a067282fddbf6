"""The crawl fault-injection suite: every fault of tests/crawl_faults.py, with its exact outcome.

Each fault is read in process (from a file, and from a pipe that hands out a few
bytes at a time), and all of them at once by the console script at -j 1 and
-j 2, which must write the same records and the same reports. A record that was
not read whole is never a page: it is reported with its reason, record id and
byte offset, and counted.
"""

from __future__ import annotations

import io
import random
import tracemalloc
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arnews.errors import CrawlError
from arnews.warc import WarcPage, WarcStats, iter_articles, iter_entries, iter_pages
from tests.cli_helpers import err_lines, records, run
from tests.crawl_faults import BOMB_SIZE, Fault, faults, write_faults
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


def _expected_lines(path: Path, fault: Fault) -> list[tuple[str, str]]:
    """How each problem of *fault* must start its line, and the reason the line names."""
    lines = []
    for kind, reason, record_id, offset in fault.problems:
        if kind == "damaged":
            what = "damaged data"
        else:
            what = f"{kind} record {record_id or '(without WARC-Record-ID)'}"
        lines.append((f"arnews: {path}: {what} at offset {offset}", f": {reason}: "))
    return lines


@pytest.mark.slow
def test_the_console_script_reports_every_fault_the_same_at_j1_and_j2(tmp_path: Path) -> None:
    """`arnews parse` over every fault file: the same records and the same report lines at
    -j 1 and -j 2; each fault on one line with its reason, record id and offset; the
    summary's counts add up; exit code 1."""
    paths = write_faults(tmp_path / "faults")
    one = run(["parse", str(tmp_path / "faults"), "--jobs", "1"])
    two = run(["parse", str(tmp_path / "faults"), "--jobs", "2"])
    assert (one.returncode, two.returncode) == (1, 1)
    assert two.stdout == one.stdout
    lines = err_lines(one.stderr)
    assert err_lines(two.stderr) == lines
    by_path = dict(zip(paths, FAULTS, strict=True))
    ordered = sorted(by_path, key=lambda p: p.name)
    got = Counter((r["@input"]["path"], r["@input"]["target_uri"]) for r in records(one.stdout))
    assert got == Counter((str(p), url) for p in ordered for url in by_path[p].pages)
    expected = [line for p in ordered for line in _expected_lines(p, by_path[p])]
    assert len(lines) == len(expected) + 1
    for line, (start, reason) in zip(lines, expected, strict=False):
        assert line.startswith(start), (line, start)
        assert reason in line, (line, reason)
    total = [sum(f.counts[i] for f in FAULTS) for i in range(5)]
    pages = sum(len(f.pages) for f in FAULTS)
    assert lines[-1] == (
        f"arnews: {total[0]} records read, {pages} parsed, {total[1]} skipped, "
        f"{total[2]} failed, {total[3]} truncated, {total[4]} damaged spans"
    )


@pytest.mark.slow
def test_a_warc_gz_cut_short_read_from_a_pipe_is_reported() -> None:
    """A .warc.gz download cut short and piped into `arnews parse -` reports the cut record
    (record id, offset) instead of ending quietly; exit 1."""
    fault = BY_NAME["gzip-cut-short"]
    result = run(["parse", "-"], stdin=fault.data)
    assert result.returncode == 1
    assert [r["@input"]["target_uri"] for r in records(result.stdout)] == list(fault.pages)
    _, reason, record_id, offset = fault.problems[0]
    assert err_lines(result.stderr)[0].startswith(
        f"arnews: -: truncated record {record_id} at offset {offset} "
    )
    assert f": {reason}: " in err_lines(result.stderr)[0]
