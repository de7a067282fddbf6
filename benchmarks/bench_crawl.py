"""Reading and parsing a crawl: ``python -m benchmarks.bench_crawl [--records 2000]``.

1. Generates, in a temporary folder (deleted afterwards, never committed), a crawl
   made of the corpus's HTML pages: ``--files`` WARC files gzipped per record like a
   Common Crawl file, with per page a request, a response (the page's bytes as
   published, its charset in the HTTP header) and a metadata record, plus images and
   redirects; and a WET file of ``conversion`` records made of the corpus text dumps.
2. Readers, timed in the same shuffled round-robin rounds in CPU time of this process,
   best of ``--rounds``: warcio's ``ArchiveIterator``, FastWARC's (from resiliparse)
   and arnews' own reader (``arnews._warc_records.read_records``, which also checks
   every record's end and gzip member for damage), each once only iterating the
   records and once also reading every payload; and :func:`arnews.warc.iter_pages`
   (the records arnews reads, HTTP parsing and filtering included). Records per CPU
   second.
3. Parsing, each command in a fresh process, interleaved over ``--rounds`` rounds, median
   kept: ``arnews parse FILES -j 1`` and ``-j 2`` (JSON Lines to a file), and the Dask bag
   :func:`arnews.dask.articles_from_warc` counted on the ``processes`` scheduler with 1 and
   2 workers (one partition per file). Records and pages per wall-clock second of the
   whole command (start-up and imports included), and the CPU seconds of its processes.
   Wall-clock figures depend on what else the shared machine runs: the load average is
   recorded with them.

The tables are printed and saved to ``benchmarks/results/crawl.md``, the figures to
``benchmarks/results/crawl.json``.
"""

from __future__ import annotations

import argparse
import gzip
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from benchmarks import corpus, report
from benchmarks.bench_warc import IMAGE, _http, _record

IMAGE_EVERY, REDIRECT_EVERY = 5, 7
"""Every 5th page comes with an image response, every 7th with a redirect."""
STARTUP = "start-up: `arnews parse` of an empty WARC"
WET_SHARE = 4
"""The WET file holds one conversion record per this many WARC records."""


def _content_type(encoding: str) -> str:
    return f"text/html; charset={encoding or 'utf-8'}"


def _page_records(page: corpus.HtmlPage, number: int, charset: str) -> Iterator[bytes]:
    url = f"{page.url}{'&' if '?' in page.url else '?'}copy={number}"
    yield _record("request", url, b"GET / HTTP/1.1\r\n\r\n", "application/http; msgtype=request")
    response = _http(page.raw, _content_type(charset))
    yield _record("response", url, response, "application/http; msgtype=response")
    yield _record("metadata", url, b"fetchTimeMs: 100\r\n", "application/warc-fields")
    if number % IMAGE_EVERY == 0:
        yield _record("response", url + ".jpg", _http(IMAGE, "image/jpeg"), "application/http")
    if number % REDIRECT_EVERY == 0:
        moved = _http(b"", "text/html", "301 Moved Permanently")
        yield _record("response", url + "&amp=1", moved, "application/http")


def generate(folder: Path, records: int, files: int) -> dict[str, Any]:
    """Write about *records* WARC records over *files* files, and a WET file; describe them.

    Pages are the corpus pages in a seeded random order, dealt to the files in turn."""
    root = corpus.corpus_root()
    charsets = corpus.page_encodings(root)
    pages = corpus.html_pages(root)
    rng = random.Random(18)
    paths = [folder / f"crawl-{i}.warc.gz" for i in range(files)]
    info = _record("warcinfo", None, b"software: arnews benchmarks\r\n", "application/warc-fields")
    counts = [1] * files
    for path in paths:
        path.write_bytes(gzip.compress(info))
    number = 0
    while sum(counts) < records:
        page = rng.choice(pages)
        with paths[number % files].open("ab") as out:
            for block in _page_records(page, number, charsets[page.file]):
                out.write(gzip.compress(block, compresslevel=6))  # one gzip member per record
                counts[number % files] += 1
        number += 1
    dumps = corpus.text_dumps(root)
    wet, wet_records = folder / "crawl.warc.wet.gz", max(1, records // WET_SHARE)
    with wet.open("wb") as out:
        for i in range(wet_records):
            dump = dumps[i % len(dumps)]
            block = dump.text.encode("utf-8")
            out.write(gzip.compress(_record("conversion", dump.url, block, "text/plain")))
    return {
        "warc_files": [str(p) for p in paths],
        "wet_file": str(wet),
        "records": sum(counts),
        "html_pages": number,
        "wet_records": wet_records,
        "warc_mb": round(sum(p.stat().st_size for p in paths) / 1e6, 2),
        "wet_mb": round(wet.stat().st_size / 1e6, 2),
    }


def _warcio(path: str, read: bool) -> int:
    from warcio.archiveiterator import ArchiveIterator

    count = 0
    with open(path, "rb") as stream:
        for record in ArchiveIterator(stream):
            if read:
                record.content_stream().read()
            count += 1
    return count


def _fastwarc(path: str, read: bool) -> int:
    from fastwarc.warc import ArchiveIterator

    count = 0
    with open(path, "rb") as stream:
        for record in ArchiveIterator(stream, parse_http=True, auto_decode="all"):
            if read:
                record.reader.read()
            count += 1
    return count


def _read_records(path: str, read: bool) -> int:
    from arnews._warc_records import Record, read_records

    count = 0
    with open(path, "rb") as stream:
        for record in read_records(stream):
            if read and isinstance(record, Record):
                record.read(record.length)
            count += 1  # leaving the record, the reader checks its end (and gzip member)
    return count


def _iter_pages(path: str, read: bool) -> int:
    from arnews.warc import WarcStats, iter_pages

    stats = WarcStats()
    for _ in iter_pages(path, stats=stats):
        pass
    return stats.records


READERS: dict[str, tuple[str, Callable[[str, bool], int], bool]] = {
    "warcio, iterate": ("warcio", _warcio, False),
    "warcio, iterate + read payloads": ("warcio", _warcio, True),
    "FastWARC, iterate": ("fastwarc", _fastwarc, False),
    "FastWARC, iterate + read payloads": ("fastwarc", _fastwarc, True),
    "arnews read_records, iterate": ("arnews", _read_records, False),
    "arnews read_records, iterate + read payloads": ("arnews", _read_records, True),
    "arnews.warc.iter_pages (its own reader, pages kept)": ("arnews", _iter_pages, True),
}
"""Reader rows: (module that must import, function, whether payloads are read)."""


def _available(module: str) -> bool:
    try:
        __import__(module)
    except ImportError:
        return False
    return True


def time_readers(crawl: dict[str, Any], rounds: int) -> dict[str, Any]:
    """Records per CPU second of every reader on the WARC files and on the WET file."""
    inputs = {"WARC": crawl["warc_files"], "WET": [crawl["wet_file"]]}
    readers = {name: row for name, row in READERS.items() if _available(row[0])}
    jobs = [(kind, name) for kind in inputs for name in readers]
    samples: dict[tuple[str, str], list[float]] = {job: [] for job in jobs}
    records: dict[tuple[str, str], int] = {}
    shuffler = random.Random(0)
    for job in jobs:  # warm-up (imports), and the record count of each reader
        kind, name = job
        records[job] = sum(readers[name][1](path, readers[name][2]) for path in inputs[kind])
    for _ in range(rounds):
        shuffler.shuffle(jobs)
        for kind, name in jobs:
            _, func, read = readers[name]
            start = time.process_time()
            for path in inputs[kind]:
                func(path, read)
            samples[kind, name].append(time.process_time() - start)
    out: dict[str, Any] = {kind: {} for kind in inputs}
    for (kind, name), seconds in samples.items():
        out[kind][name] = {
            "records": records[kind, name],
            "records_per_s": round(records[kind, name] / min(seconds), 1),
            "records_per_s_median": round(records[kind, name] / statistics.median(seconds), 1),
        }
    out["missing"] = sorted({row[0] for row in READERS.values()} - {r[0] for r in readers.values()})
    return out


DASK_COUNT = """
import json, sys
import dask
from arnews.dask import articles_from_warc
bag = articles_from_warc(sys.argv[2:]).map(json.dumps, ensure_ascii=False)
print(bag.count().compute(scheduler="processes", num_workers=int(sys.argv[1])))
"""


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(command: list[str], output: Path | None) -> tuple[float, float, int]:
    """Wall and CPU seconds of *command* (its child processes included), and its pages."""
    cpu, start = _children_cpu(), time.perf_counter()
    proc = subprocess.run(command, capture_output=True, text=True, check=False)
    wall, cpu = time.perf_counter() - start, _children_cpu() - cpu
    if proc.returncode not in (0, 1):  # 1: some records failed, counted by arnews itself
        raise RuntimeError(f"{command[:4]} failed: {proc.stderr[-500:]}")
    if output is None:
        return wall, cpu, int(proc.stdout.split()[-1])
    with output.open(encoding="utf-8") as lines:
        return wall, cpu, sum(1 for _ in lines)


def time_parsers(crawl: dict[str, Any], rounds: int, folder: Path) -> dict[str, Any]:
    """The CLI at -j 1/2 and the Dask bag on 1/2 workers, interleaved, medians kept."""
    files, out = crawl["warc_files"], folder / "out.jsonl"
    empty = folder / "empty.warc.gz"  # warcinfo alone: what start-up and imports cost
    empty.write_bytes(gzip.compress(_record("warcinfo", None, b"x: y\r\n", "text/plain")))
    cli = [sys.executable, "-m", "arnews", "parse"]
    commands: dict[str, tuple[list[str], Path | None]] = {
        STARTUP: ([*cli, str(empty), "-o", str(out)], out),
        **{
            f"arnews parse -j {n}": ([*cli, *files, "-j", str(n), "-o", str(out)], out)
            for n in (1, 2)
        },
    }
    if _available("dask.bag"):
        for n in (1, 2):
            command = [sys.executable, "-c", DASK_COUNT, str(n), *files]
            commands[f"Dask bag, {n} worker{'s' * (n > 1)}"] = (command, None)
    runs: dict[str, list[tuple[float, float, int]]] = {name: [] for name in commands}
    loads = []
    for _ in range(rounds):
        for name, (command, output) in commands.items():
            loads.append(os.getloadavg()[0])
            runs[name].append(_run(command, output))
    result: dict[str, Any] = {"load_average_1min": [min(loads), max(loads)]}
    for name, values in runs.items():
        wall, cpu = statistics.median(v[0] for v in values), statistics.median(v[1] for v in values)
        records = 1 if name == STARTUP else crawl["records"]
        result[name] = {
            "pages": values[-1][2],
            "wall_s": round(wall, 2),
            "cpu_s": round(cpu, 2),
            "records_per_s": round(records / wall, 1),
            "records_per_cpu_s": round(records / cpu, 1),
            "pages_per_s": round(values[-1][2] / wall, 1),
            "runs_wall_s": [round(v[0], 2) for v in values],
        }
    return result


def markdown(result: dict[str, Any]) -> str:
    """The readers' and the parsers' tables."""
    crawl = result["crawl"]
    out = [
        "| reader | WARC records/s | WET records/s |",
        "|---|---:|---:|",
    ]
    for name in result["readers"]["WARC"]:
        warc = result["readers"]["WARC"][name]["records_per_s"]
        wet = result["readers"]["WET"].get(name, {}).get("records_per_s")
        out.append(
            f"| {name} | {warc:,.0f} | {wet:,.0f} |" if wet else f"| {name} | {warc:,.0f} | — |"
        )
    out += [
        "",
        f"Records per CPU second, best of {result['rounds']} shuffled round-robin rounds, on "
        f"{len(crawl['warc_files'])} WARC files ({crawl['records']:,} records, "
        f"{crawl['html_pages']:,} HTML pages of the corpus, {crawl['warc_mb']} MB, gzip per "
        f"record) and a WET file ({crawl['wet_records']:,} records, {crawl['wet_mb']} MB).",
        "",
        "| command | records/s | pages/s | records per CPU s | wall s | CPU s |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    parsers = result["parsers"]
    for name, row in parsers.items():
        if name.startswith("load"):
            continue
        if name == STARTUP:
            out.append(f"| {name} | — | — | — | {row['wall_s']:.2f} | {row['cpu_s']:.2f} |")
            continue
        out.append(
            f"| `{name}` | {row['records_per_s']:,.1f} | {row['pages_per_s']:,.1f} "
            f"| {row['records_per_cpu_s']:,.1f} | {row['wall_s']:.2f} | {row['cpu_s']:.2f} |"
        )
    low, high = parsers["load_average_1min"]
    out += [
        "",
        f"The whole command in a fresh process (start-up and imports included), median of "
        f"{result['rounds']} interleaved rounds, wall clock; CPU s adds up all its processes. "
        f"Load average (1 min) during the runs: {low:.1f}–{high:.1f} on {os.cpu_count()} cores.",
    ]
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> None:
    """Generate the crawl, time readers and parsers, print and save the results."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--records", type=int, default=2000, help="WARC records (2000)")
    parser.add_argument("--files", type=int, default=2, help="WARC files (2: one per worker)")
    parser.add_argument("--rounds", type=int, default=5, help="rounds (default 5)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="arnews-bench-crawl-") as tmp:
        folder = Path(tmp)
        crawl = generate(folder, args.records, args.files)
        readers = time_readers(crawl, args.rounds)
        parsers = time_parsers(crawl, args.rounds, folder)
    result = {
        "crawl": {
            **crawl,
            "warc_files": [Path(p).name for p in crawl["warc_files"]],
            "wet_file": Path(crawl["wet_file"]).name,
        },
        "rounds": args.rounds,
        "readers": readers,
        "parsers": parsers,
        "versions": {
            name: corpus.package_version(name)
            for name in ("arnews", "warcio", "fastwarc", "resiliparse", "dask")
        },
        "machine": report.machine(),
    }
    table = markdown(result)
    print(table)
    report.save("crawl", result)
    (report.RESULTS / "crawl.md").write_text(table, encoding="utf-8")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
