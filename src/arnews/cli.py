"""The ``arnews`` command.

``arnews parse PATH... [-o OUT] [--format json|jsonl] [--url URL]`` prints the
article JSON of each page (``.txt`` files are read as text dumps, anything else
as HTML; ``-`` reads HTML from standard input). ``arnews demo`` parses the
example page bundled with arnews.

When a PATH is a WARC/WET file (``.warc``, ``.warc.gz``, ``.wet``, ``.wet.gz``) or a
directory (searched recursively for them), ``arnews parse`` reads a crawl: it
writes JSON Lines in input order, shows a progress line on standard error when
that is a terminal, parses in ``--jobs N`` processes and ends with a summary
(records read, parsed, skipped, failed). See :mod:`arnews.warc`.
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from datetime import datetime
from functools import partial
from importlib.resources import files
from itertools import islice
from pathlib import Path
from typing import TextIO

from arnews._version import __version__
from arnews.errors import ArnewsError
from arnews.extract import parse_html, parse_text
from arnews.model import Article
from arnews.warc import (
    PageKind,
    WarcPage,
    WarcStats,
    find_warc_files,
    is_warc_path,
    iter_pages,
    parse_page,
)

__all__ = ["main"]

DEMO_URL = "https://news.example.org/culture/2024/02/07/book-fair"
TEXT_SUFFIXES = frozenset({".txt", ".text"})


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="arnews",
        description="Turn Arabic news pages into clean, typed data (JSON).",
    )
    parser.add_argument("--version", action="version", version=f"arnews {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    parse = commands.add_parser("parse", help="extract articles from HTML pages or text dumps")
    parse.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files to parse ('-' for stdin); WARC/WET files and directories of them are read "
        "as a crawl, written as JSON Lines",
    )
    parse.add_argument("-o", "--output", metavar="OUT", help="write here instead of stdout")
    parse.add_argument(
        "--format",
        choices=("json", "jsonl"),
        default=None,
        help="json: one indented document (a list for several pages); jsonl: one line per page "
        "(default: json for one page, jsonl for several)",
    )
    parse.add_argument("--url", help="the page URL (picks the site extractor); one page only")
    parse.add_argument(
        "-j",
        "--jobs",
        type=_positive_int,
        default=1,
        metavar="N",
        help="WARC/WET input: parse in N processes (same output, same order as with 1)",
    )
    parse.add_argument(
        "--language",
        action="append",
        dest="languages",
        metavar="CODE",
        help="WARC/WET input: keep only records whose WARC-Identified-Content-Language names "
        "CODE (e.g. ara, as in Common Crawl WET files; repeatable); records without it are kept",
    )
    parse.add_argument(
        "--reference-date",
        type=datetime.fromisoformat,
        metavar="ISO",
        help="resolve relative dates («أمس») against this date when the page has none",
    )

    commands.add_parser("demo", help="parse the example page bundled with arnews and print it")
    return parser


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a number of processes >= 1, got {value}")
    return value


@contextmanager
def _open_output(path: str | None) -> Iterator[TextIO]:
    if path is None or path == "-":
        yield sys.stdout
    else:
        with open(path, "w", encoding="utf-8") as handle:
            yield handle


def _parse_path(path: str, url: str | None, reference: datetime | None) -> Article:
    if path == "-":
        return parse_html(sys.stdin.buffer.read(), url, reference_date=reference)
    file = Path(path)
    if file.suffix.lower() in TEXT_SUFFIXES:
        text = file.read_bytes().decode("utf-8", errors="replace")
        return parse_text(text, url, reference_date=reference)
    return parse_html(file.read_bytes(), url, reference_date=reference)


def _write(articles: Sequence[Article], out: TextIO, fmt: str) -> None:
    if fmt == "jsonl":
        for article in articles:
            out.write(article.to_json() + "\n")
        return
    payload = articles[0].to_dict() if len(articles) == 1 else [a.to_dict() for a in articles]
    out.write(json.dumps(payload, ensure_ascii=False, indent=2) + "\n")


def _is_crawl(path: str) -> bool:
    return path != "-" and (is_warc_path(path) or Path(path).is_dir())


def _single_page(path: Path) -> WarcPage:
    kind: PageKind = "text" if path.suffix.lower() in TEXT_SUFFIXES else "html"
    return WarcPage(kind, None, str(path), path.read_bytes())


def _crawl_pages(
    paths: Sequence[str], stats: WarcStats, problems: list[str], languages: list[str] | None
) -> Iterator[WarcPage]:
    """The pages of every input in order; an unreadable file is noted and the next one read."""
    for given in paths:
        files = find_warc_files([given])
        if not files:  # only a directory can give none
            problems.append(given)
            print(f"arnews: {given}: no WARC/WET files in this directory", file=sys.stderr)
        for path in files:
            try:
                if is_warc_path(path):
                    yield from iter_pages(path, stats=stats, languages=languages)
                else:
                    stats.records += 1
                    yield _single_page(path)
            except (OSError, ArnewsError) as error:
                problems.append(str(path))
                print(f"arnews: {path}: {error}", file=sys.stderr)


def failure_message(page: WarcPage, error: BaseException) -> str:
    """How a failing page is logged: its record id, URL and the error, on one line."""
    return f"record {page.record_id} ({page.url}) failed: {type(error).__name__}: {error}"


_Result = tuple[str | None, str | None]
"""A page's JSON line, or ``None`` and its failure message."""

_CHUNK = 8
"""Pages per task sent to a worker process: amortizes the inter-process traffic."""
_TASKS_PER_JOB = 4
"""Tasks in flight per worker process: keeps the workers busy, bounds what is read ahead."""


def _parse_job(page: WarcPage, reference_date: datetime | None) -> _Result:
    """Parse in a worker: the JSON line, or the failure message (exceptions may not pickle)."""
    try:
        return parse_page(page, reference_date=reference_date).to_json(), None
    except Exception as error:  # noqa: BLE001 (counted and logged by the parent, run goes on)
        return None, failure_message(page, error)


def _parse_chunk(job: Callable[[WarcPage], _Result], pages: list[WarcPage]) -> list[_Result]:
    return [job(page) for page in pages]


def _chunks(pages: Iterable[WarcPage], size: int) -> Iterator[list[WarcPage]]:
    iterator = iter(pages)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _parse_results(
    pages: Iterable[WarcPage], jobs: int, job: Callable[[WarcPage], _Result]
) -> Iterator[_Result]:
    """The results of *job* over *pages*, in order, computed in *jobs* processes.

    A bounded window of tasks is in flight: the order is kept, only a few pages
    are read ahead (``Executor.map`` would read the whole input first), and a
    worker that dies raises ``BrokenProcessPool`` instead of hanging the run as
    a lost ``Pool.imap`` task does. spawn: the same start method on every OS,
    and no fork of a threaded parent.
    """
    if jobs == 1:
        yield from map(job, pages)
        return
    pool = ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("spawn"))
    window: deque[Future[list[_Result]]] = deque()
    try:
        for chunk in _chunks(pages, _CHUNK):
            window.append(pool.submit(_parse_chunk, job, chunk))
            if len(window) >= jobs * _TASKS_PER_JOB:
                yield from window.popleft().result()
        while window:
            yield from window.popleft().result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


class _Progress:
    """A progress line on standard error, rewritten at most every 0.2 s, only on a terminal."""

    def __init__(self, stats: WarcStats, stream: TextIO) -> None:
        self.stats = stats
        self.stream = stream
        self.enabled = stream.isatty()
        self.start = time.monotonic()
        self.last = self.start - 1.0  # the first update shows at once

    def rate(self) -> float:
        return self.stats.parsed / max(time.monotonic() - self.start, 1e-9)

    def update(self) -> None:
        now = time.monotonic()
        if self.enabled and now - self.last >= 0.2:
            self.last = now
            s = self.stats
            self.stream.write(
                f"\r{s.records} records, {s.parsed} pages, {self.rate():.1f} pages/s, "
                f"{s.failed} errors"
            )
            self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


@contextmanager
def _log_to_stderr() -> Iterator[None]:
    """Show the warnings of :mod:`arnews.warc` (failing records) on standard error."""
    handler = logging.StreamHandler(sys.stderr)
    clear_progress = "\r\x1b[K" if sys.stderr.isatty() else ""
    handler.setFormatter(logging.Formatter(clear_progress + "arnews: %(message)s"))
    handler.setLevel(logging.WARNING)
    logger = logging.getLogger("arnews")
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)


def _cmd_crawl(args: argparse.Namespace) -> int:
    if args.url:
        print("arnews: --url applies to a single page (WARC records carry theirs)", file=sys.stderr)
        return 2
    if args.format == "json":
        print("arnews: WARC/WET input is written as JSON Lines (--format jsonl)", file=sys.stderr)
        return 2
    stats = WarcStats()
    problems: list[str] = []
    progress = _Progress(stats, sys.stderr)
    pages = _crawl_pages(args.paths, stats, problems, args.languages)
    job = partial(_parse_job, reference_date=args.reference_date)
    stopped = ""
    with _log_to_stderr(), _open_output(args.output) as out:
        try:
            for line, failure in _parse_results(pages, args.jobs, job):
                if line is None:
                    stats.failed += 1
                    logging.getLogger("arnews.warc").warning("%s", failure)
                else:
                    stats.parsed += 1
                    out.write(line + "\n")
                progress.update()
        except BrokenProcessPool as error:
            stopped = f", stopped early ({error})"
        finally:
            progress.close()
    elapsed = time.monotonic() - progress.start
    unread = f", {len(problems)} files unreadable" if problems else ""
    print(
        f"arnews: {stats.summary()}{unread}{stopped} in {elapsed:.1f} s "
        f"({progress.rate():.1f} pages/s)",
        file=sys.stderr,
    )
    return 1 if stats.failed or problems or stopped else 0


def _cmd_parse(args: argparse.Namespace) -> int:
    if any(_is_crawl(path) for path in args.paths):
        return _cmd_crawl(args)
    if args.url and len(args.paths) > 1:
        print("arnews: --url applies to a single page", file=sys.stderr)
        return 2
    articles: list[Article] = []
    failures = 0
    for path in args.paths:
        try:
            articles.append(_parse_path(path, args.url, args.reference_date))
        except (OSError, ArnewsError) as error:
            failures += 1
            print(f"arnews: {path}: {error}", file=sys.stderr)
    fmt = args.format or ("json" if len(args.paths) == 1 else "jsonl")
    if articles:
        with _open_output(args.output) as out:
            _write(articles, out, fmt)
    return 1 if failures else 0


def _cmd_demo() -> int:
    page = files("arnews.data").joinpath("demo.html").read_bytes()
    article = parse_html(page, DEMO_URL)
    sys.stdout.write(article.to_json(indent=2) + "\n")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``arnews`` command with *argv* (default: ``sys.argv[1:]``); return the exit code."""
    args = _build_parser().parse_args(argv)
    if args.command == "demo":
        return _cmd_demo()
    return _cmd_parse(args)
