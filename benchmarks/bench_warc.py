"""Memory and speed of reading a crawl: ``python -m benchmarks.bench_warc [--mb 200]``.

1. Generates a WARC in /tmp (never committed): per page a request, a response
   and a metadata record, plus images and redirects, gzipped per record like a
   Common Crawl file. The pages are made-up Arabic news pages whose paragraphs
   are drawn from a generated vocabulary, so that they compress like real text.
2. Peak resident memory (``ru_maxrss`` of a fresh process) while streaming the
   whole file: once only reading pages (:func:`arnews.warc.iter_pages`), once
   through ``arnews parse`` (reading, parsing and writing JSON Lines).
3. Pages per second (wall clock and per CPU-second) of ``arnews parse --jobs 1``
   and ``--jobs 2`` on a smaller file generated the same way, ``--rounds`` times
   interleaved, medians reported.

Results are printed and saved to ``benchmarks/results/warc.json``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import platform
import random
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

RESULTS = Path(__file__).parent / "results"
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
SCRIPT = "window.dataLayer = window.dataLayer || []; function track(e) { dataLayer.push(e); }" * 60
IMAGE = b"\xff\xd8\xff\xe0" + bytes(range(256)) * 40


def _vocabulary(rng: random.Random, size: int = 5000) -> list[str]:
    return ["".join(rng.choices(LETTERS, k=rng.randint(2, 8))) for _ in range(size)]


def _record(rec_type: str, uri: str | None, block: bytes, content_type: str) -> bytes:
    headers = [
        "WARC/1.0",
        f"WARC-Type: {rec_type}",
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>",
        "WARC-Date: 2024-02-07T10:00:00Z",
        *([f"WARC-Target-URI: {uri}"] if uri else []),
        f"Content-Type: {content_type}",
        f"Content-Length: {len(block)}",
    ]
    return "\r\n".join(headers).encode() + b"\r\n\r\n" + block + b"\r\n\r\n"


def _http(body: bytes, content_type: str, status: str = "200 OK") -> bytes:
    head = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}"
    return head.encode() + b"\r\n\r\n" + body


def _page(rng: random.Random, words: list[str], number: int) -> bytes:
    def sentence() -> str:
        return " ".join(rng.choices(words, k=rng.randint(8, 20))) + "."

    title = " ".join(rng.choices(words, k=7))
    paragraphs = "".join(f"<p>{' '.join(sentence() for _ in range(3))}</p>" for _ in range(16))
    nav = "".join(f"<li><a href='/s/{i}'>{rng.choice(words)}</a></li>" for i in range(250))
    html = (
        f"<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'>"
        f"<title>{title} - موقع الأخبار</title>"
        f"<meta property='article:published_time' content='2024-02-0{number % 9 + 1}T10:00:00'>"
        f"<script>{SCRIPT}</script></head><body><nav><ul>{nav}</ul></nav><article><h1>{title}</h1>{paragraphs}"
        f"</article><footer>جميع الحقوق محفوظة</footer></body></html>"
    )
    return html.encode()


def generate(path: Path, megabytes: float, seed: int = 9) -> int:
    """Write a gzipped WARC of about *megabytes* MB to *path*; return its number of pages."""
    rng = random.Random(seed)
    words = _vocabulary(rng)
    pages = 0
    with path.open("wb") as out:
        out.write(gzip.compress(_record("warcinfo", None, b"software: bench\r\n", "text/plain")))
        while out.tell() < megabytes * 1e6:
            url = f"https://news.example.org/{pages // 100}/{pages}.html"
            records = [
                _record("request", url, b"GET / HTTP/1.1\r\n\r\n", "application/http"),
                _record("response", url, _http(_page(rng, words, pages), "text/html"), "a/h"),
                _record("metadata", url, b"fetchTimeMs: 100\r\n", "application/warc-fields"),
            ]
            if pages % 5 == 0:
                img = _http(IMAGE, "image/jpeg")
                records.append(_record("response", url + ".jpg", img, "application/http"))
            if pages % 7 == 0:
                moved = _http(b"", "text/html", "301 Moved Permanently")
                records.append(_record("response", url + "?amp", moved, "application/http"))
            for rec in records:
                out.write(gzip.compress(rec, compresslevel=6))
            pages += 1
    return pages


READ_ONLY = """
import resource, sys, time
from arnews.warc import WarcStats, iter_pages
stats = WarcStats(); start = time.perf_counter()
for page in iter_pages(sys.argv[1], stats=stats):
    pass
print(stats.records, time.perf_counter() - start,
      resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def read_only(path: Path) -> dict[str, float]:
    """Peak RSS (MB) and records/s of only reading the pages of *path*, in a fresh process."""
    out = subprocess.run(
        [sys.executable, "-c", READ_ONLY, str(path)], capture_output=True, text=True, check=True
    ).stdout.split()
    records, seconds, rss_kb = int(out[0]), float(out[1]), int(out[2])
    return {"records": records, "records_per_s": records / seconds, "peak_rss_mb": rss_kb / 1024}


def cli(path: Path, jobs: int) -> dict[str, float | str]:
    """Run ``arnews parse PATH --jobs N -o /dev/null``: wall and CPU time, peak RSS of any process.

    Each run is a child of a fresh Python, so ``RUSAGE_CHILDREN`` holds only its processes
    (workers included). On a shared machine wall-clock pages/s depends on the load;
    pages per CPU-second shows what the extra processes cost.
    """
    code = (
        "import resource, subprocess, sys, time; start = time.perf_counter();"
        "r = subprocess.run([sys.executable, '-m', 'arnews', 'parse', sys.argv[1], '--jobs',"
        " sys.argv[2], '-o', '/dev/null'], capture_output=True, text=True);"
        "u = resource.getrusage(resource.RUSAGE_CHILDREN);"
        "print(time.perf_counter() - start, u.ru_maxrss, u.ru_utime + u.ru_stime);"
        "print(r.stderr.strip().splitlines()[-1])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(path), str(jobs)],
        capture_output=True,
        text=True,
        check=True,
    )
    first, summary = result.stdout.strip().splitlines()[:2]
    seconds, rss_kb, cpu = first.split()
    parsed = int(summary.split(" parsed")[0].rsplit(" ", 1)[-1])
    return {
        "jobs": jobs,
        "seconds": float(seconds),
        "cpu_seconds": float(cpu),
        "pages": parsed,
        "pages_per_s": parsed / float(seconds),
        "pages_per_cpu_s": parsed / float(cpu),
        "peak_rss_mb_max_process": int(rss_kb) / 1024,
        "summary": summary,
    }


def main() -> None:
    """Generate the files, measure, print and save the results."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=200, help="size of the big WARC (MB)")
    parser.add_argument("--pages-mb", type=float, default=8, help="size of the speed WARC (MB)")
    parser.add_argument("--dir", type=Path, default=Path("/tmp/arnews-bench-warc"))
    parser.add_argument("--skip-full-parse", action="store_true", help="no parse of the big file")
    parser.add_argument("--rounds", type=int, default=3, help="speed runs per --jobs value")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    big, small = args.dir / f"big-{args.mb:g}MB.warc.gz", args.dir / "small.warc.gz"
    machine = f"{platform.platform()}, Python {sys.version.split()[0]}"
    result: dict[str, object] = {"machine": machine}
    for path, mb in ((big, args.mb), (small, args.pages_mb)):
        if not path.exists():
            start = time.perf_counter()
            pages = generate(path, mb)
            print(f"generated {path} ({pages} pages) in {time.perf_counter() - start:.0f} s")
    result["file_mb"] = big.stat().st_size / 1e6
    result["read_only"] = read_only(big)
    print("read only:", result["read_only"], flush=True)
    runs: dict[int, list[dict[str, float | str]]] = {1: [], 2: []}
    for _ in range(args.rounds):  # interleaved, so that a busy moment hits both alike
        for jobs, done in runs.items():
            done.append(cli(small, jobs))
            print("speed:", done[-1], flush=True)
    result["speed_runs"] = runs
    result["speed_median"] = {
        jobs: {
            key: statistics.median(float(run[key]) for run in done)
            for key in ("pages_per_s", "pages_per_cpu_s", "peak_rss_mb_max_process")
        }
        for jobs, done in runs.items()
    }
    print("median:", result["speed_median"], flush=True)
    if not args.skip_full_parse:
        result["parse_big_jobs_1"] = cli(big, 1)
        print("parse big file:", result["parse_big_jobs_1"])
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "warc.json").write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
