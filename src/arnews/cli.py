"""The ``arnews`` command (documented in ``docs/cli.md``, checked against this parser).

``arnews parse PATH...`` reads HTML pages, text dumps, WARC/WET files, gzip
files of any of them, directories of them and standard input (``-``); it writes
one JSON record per page, in input order, as soon as it is parsed, each with an
``"@input"`` key saying where it came from (:mod:`arnews._jobs`). Problems are
reported on standard error, one line each, and the run goes on. ``arnews demo``
parses the example page bundled with arnews.

The parts: :mod:`arnews._inputs` (what to read, sniffed from content),
:mod:`arnews._workers` (``--jobs``), :mod:`arnews._output` (``-o``, atomic),
:mod:`arnews._display` (escaping, progress).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import sys
import threading
from collections.abc import Generator, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from importlib.resources import files
from types import FrameType
from typing import IO, Final, NoReturn

from arnews._display import Progress, printable
from arnews._inputs import PageJob, ReadOptions, Report, WarcUrlError, read_inputs
from arnews._jobs import JobConfig, Outcome, run_job
from arnews._output import Output, OutputError
from arnews._version import __version__
from arnews._workers import WorkerError, WorkerPool, ordered_results
from arnews.extract import DEFAULT_MAX_BYTES, parse_html
from arnews.warc import WarcProblem, WarcStats

__all__ = ["EXIT_CODES", "main"]

DEMO_URL = "https://news.example.org/culture/2024/02/07/book-fair"

EXIT_OK: Final = 0
EXIT_FAILURES: Final = 1
EXIT_USAGE: Final = 2
EXIT_INTERRUPTED: Final = 130
EXIT_BROKEN_PIPE: Final = 141
EXIT_TERMINATED: Final = 143
EXIT_CODES: Final = {
    EXIT_OK: "every input was read and parsed",
    EXIT_FAILURES: "some inputs or records failed (each is named on standard error)",
    EXIT_USAGE: "usage error, or the output cannot be written (nothing is replaced)",
    EXIT_INTERRUPTED: "interrupted (Ctrl-C, SIGINT)",
    EXIT_BROKEN_PIPE: "the reader of standard output went away (a closed pipe, as with head)",
    EXIT_TERMINATED: "terminated (SIGTERM)",
}
"""Every exit code of ``arnews``, with its meaning (``docs/cli.md`` lists them)."""

INPUT_RULE: Final = (
    "Input type, from the content and not the name: gzip data is read as what it holds; "
    "'WARC/' at the start is a WARC/WET file; '<' as the first non-blank character is an "
    "HTML page; anything else is a text dump. Directories are walked recursively for files "
    "named *.html, *.htm, *.xhtml, *.shtml, *.txt, *.text, *.warc, *.wet and the same "
    "with .gz (hidden names skipped). An empty file counts as failed."
)
"""The rule ``--help`` states and the CLI page repeats."""

_SIZE: Final = re.compile(r"(?i)\s*(\d+)\s*([kmg]?)i?b?\s*")
_UNITS: Final = {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}
_UTC_SUFFIX: Final = "Z"
_JOB_FUNCTION: Final = "arnews._jobs:run_job"
_JSON_INDENT: Final = 2


class _Parser(argparse.ArgumentParser):
    """argparse, with a usage error on one line (no usage block) and escaped."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"{self.prog}: {printable(message)} (see '{self.prog} --help')\n")


class _IntermixedParser(_Parser):
    """A command's parser that takes options between paths (``parse a.html -o x b.html``)."""

    _inner = False

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        if self._inner:  # the intermixed parse calls back in (Python < 3.13)
            return super().parse_known_args(args, namespace)
        self._inner = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._inner = False


def _iso_datetime(text: str) -> datetime:
    value = text.strip()
    if value.endswith(_UTC_SUFFIX):
        value = value[: -len(_UTC_SUFFIX)] + "+00:00"
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected an ISO 8601 date such as 2024-03-05 or 2024-03-05T09:30+02:00, got {text!r}"
        ) from None


def _byte_size(text: str) -> int:
    match = _SIZE.fullmatch(text)
    if match is None or int(match.group(1)) == 0:
        raise argparse.ArgumentTypeError(f"expected a size such as 50M or 1048576, got {text!r}")
    return int(match.group(1)) * _UNITS[match.group(2).lower()]


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a number of processes >= 1, got {text!r}")
    return value


def _build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="arnews", description="Turn Arabic news pages into clean, typed data (JSON)."
    )
    parser.add_argument("--version", action="version", version=f"arnews {__version__}")
    commands = parser.add_subparsers(
        dest="command", metavar="COMMAND", required=True, parser_class=_IntermixedParser
    )
    parse = commands.add_parser(
        "parse",
        help="extract articles from pages, text dumps and crawls",
        description="Extract the article of every page and write one JSON record per page, "
        'in input order, with an "@input" key saying where it came from.',
        epilog=INPUT_RULE,
    )
    parse.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files, directories, or '-' for standard input",
    )
    parse.add_argument(
        "-o",
        "--output",
        metavar="OUT",
        help="write here instead of standard output; replaced atomically at the end of the "
        "run, never an input",
    )
    parse.add_argument(
        "--format",
        choices=("json", "jsonl"),
        default=None,
        help="json: indented JSON (one object for a single page, else a list); jsonl: one line "
        "per record (default: json for a single page, jsonl otherwise)",
    )
    parse.add_argument(
        "--input-format",
        choices=("auto", "html", "text", "warc"),
        default="auto",
        help="read every input as this type instead of sniffing it (gzip is still undone)",
    )
    parse.add_argument("--url", help="the page URL (picks the site extractor); one page only")
    parse.add_argument(
        "-j",
        "--jobs",
        type=_positive_int,
        default=1,
        metavar="N",
        help="parse in N processes (the output is the same as with 1, in the same order)",
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
        type=_iso_datetime,
        metavar="ISO",
        help="resolve relative dates («أمس») against this date when the page has none",
    )
    parse.add_argument(
        "--max-bytes",
        type=_byte_size,
        default=DEFAULT_MAX_BYTES,
        metavar="SIZE",
        help="refuse a page bigger than this, before or after decompression (default: 50M)",
    )
    commands.add_parser("demo", help="parse the example page bundled with arnews and print it")
    return parser


class _UsageError(Exception):
    """A usage error found after parsing the arguments (one line)."""


class _Terminated(BaseException):
    """SIGTERM arrived (a BaseException, like KeyboardInterrupt, so nothing swallows it)."""


def _on_sigterm(signum: int, frame: FrameType | None) -> NoReturn:
    raise _Terminated


@contextmanager
def _signals() -> Iterator[None]:
    """SIGTERM ends the run like Ctrl-C does (cleanly); the old handler comes back after."""
    try:
        previous = signal.signal(signal.SIGTERM, _on_sigterm)
    except ValueError:  # not the main thread: leave signals alone
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@dataclass
class _Run:
    """The counts of a run and its voice on standard error."""

    stderr: IO[str]
    stats: WarcStats = field(default_factory=WarcStats)
    unreadable: int = 0
    warnings: int = 0
    progress: Progress = field(init=False)

    def __post_init__(self) -> None:
        self.progress = Progress(self.stderr)

    def say(self, message: str) -> None:
        """One line on standard error, control characters escaped."""
        self.progress.clear()
        try:
            self.stderr.write(f"arnews: {printable(message)}\n")
            self.stderr.flush()
        except OSError:
            pass  # standard error is gone: nothing else can be told

    @property
    def problems(self) -> int:
        s = self.stats
        return s.failed + s.truncated + s.damaged + self.unreadable

    def show_progress(self) -> None:
        s = self.stats
        rate = s.parsed / max(self.progress.elapsed(), 1e-9)
        self.progress.update(
            f"{s.records} records, {s.parsed} parsed, {rate:.1f} pages/s, {self.problems} problems"
        )

    def summary(self) -> str:
        elapsed = self.progress.elapsed()
        unreadable = f", {self.unreadable} inputs unreadable" if self.unreadable else ""
        warnings = f", {self.warnings} warnings" if self.warnings else ""
        rate = self.stats.parsed / max(elapsed, 1e-9)
        return f"{self.stats.summary()}{unreadable}{warnings}; {elapsed:.1f} s, {rate:.1f} pages/s"


class _Writer:
    """Records out, as JSON Lines, one indented object, or an indented list."""

    def __init__(self, output: Output, fmt: str | None, single: bool) -> None:
        self.output = output
        self.fmt = fmt
        self.single = single
        self.mode: str | None = None
        self.count = 0

    def write(self, record: str, warc: bool) -> None:
        if self.mode is None:
            single = self.single and not warc
            self.mode = (
                "lines"
                if self.fmt == "jsonl" or (self.fmt is None and not single)
                else ("object" if single else "array")
            )
            if self.mode == "array":
                self.output.write(b"[\n")
        if self.mode == "lines":
            text = record + "\n"
        else:
            indented = json.dumps(json.loads(record), ensure_ascii=False, indent=_JSON_INDENT)
            end = "\n" if self.mode == "object" else ""
            text = (",\n" if self.count else "") + indented + end
        self.count += 1
        self.output.write(text.encode("utf-8"))

    def close(self) -> None:
        if self.mode == "array":
            self.output.write(b"\n]\n")
        elif self.mode is None and self.fmt == "json" and not self.single:
            self.output.write(b"[]\n")


def _job_failure(job: PageJob, reason: str, detail: str) -> str:
    origin = job.origin
    path = str(origin["path"])
    if origin["type"] != "warc":
        return f"{path}: failed: {reason}: {detail}"
    offset = origin.get("offset")
    problem = WarcProblem(
        "failed",
        reason,
        detail,
        offset if isinstance(offset, int) else None,
        str(origin.get("record_id") or "") or None,
        job.url,
    )
    return f"{path}: {problem.message()}"


def _handle(run: _Run, writer: _Writer, item: PageJob | Report, outcome: object) -> None:
    if isinstance(item, Report):
        if not item.counted:
            run.unreadable += 1
        run.say(item.message)
        return
    if isinstance(outcome, str):  # its worker died
        run.stats.failed += 1
        run.say(_job_failure(item, "worker-died", outcome))
        return
    assert isinstance(outcome, Outcome)
    if outcome.record is None:
        run.stats.failed += 1
        run.say(_job_failure(item, "parse", outcome.failure or "unknown error"))
        return
    run.stats.parsed += 1
    writer.write(outcome.record, item.origin["type"] == "warc")
    for warning in outcome.warnings:
        run.warnings += 1
        run.say(f"{item.origin['path']}: warning: {warning}")


def _results(
    items: Iterable[PageJob | Report], jobs: int, config: JobConfig
) -> Generator[tuple[PageJob | Report, object], None, None]:
    if jobs == 1:
        for item in items:
            yield item, (run_job(item, config) if isinstance(item, PageJob) else None)
        return
    with WorkerPool(jobs, _JOB_FUNCTION, config) as pool:
        yield from ordered_results(
            pool,
            items,
            lambda item: isinstance(item, PageJob),
            lambda item: len(item.payload) if isinstance(item, PageJob) else 0,
        )


def _check_paths(args: argparse.Namespace) -> None:
    """Refuse, before reading anything, what cannot work (see :class:`_UsageError`)."""
    missing = [p for p in args.paths if p != "-" and not os.path.exists(p)]
    if missing:
        raise _UsageError("; ".join(f"{p}: no such file or directory" for p in missing))
    single = len(args.paths) == 1 and not os.path.isdir(args.paths[0])
    if args.url and not single:
        raise _UsageError("--url applies to a single page (WARC records carry their own)")
    if args.output in (None, "-") or not os.path.exists(args.output):
        return
    for path in args.paths:
        if path != "-" and not os.path.isdir(path) and os.path.samefile(path, args.output):
            raise _UsageError(f"{args.output}: the output would overwrite an input")


def _parse_all(args: argparse.Namespace, run: _Run, output: Output) -> None:
    exclude = output.identity()
    options = ReadOptions(
        input_format=args.input_format,
        max_bytes=args.max_bytes,
        languages=tuple(args.languages) if args.languages else None,
        url=args.url,
        exclude=frozenset([exclude] if exclude else []),
    )
    config = JobConfig(reference_date=args.reference_date, max_bytes=args.max_bytes)
    single = len(args.paths) == 1 and not os.path.isdir(args.paths[0])
    writer = _Writer(output, args.format, single)
    items = read_inputs(args.paths, options, run.stats, sys.stdin.buffer)
    results = _results(items, args.jobs, config)
    try:
        for item, outcome in results:
            _handle(run, writer, item, outcome)
            run.show_progress()
    finally:
        results.close()  # stops the workers at once, whatever stopped the loop
    writer.close()


def _cmd_parse(args: argparse.Namespace) -> int:
    run = _Run(sys.stderr)
    try:
        _check_paths(args)
        output = Output.open(args.output, sys.stdout.buffer)
    except (_UsageError, OutputError) as error:
        run.say(str(error))
        return EXIT_USAGE
    try:
        _parse_all(args, run, output)
        quiet = run.stats.records == run.stats.parsed == 1 and not run.problems
        if run.problems and not run.stats.parsed:
            output.discard()  # nothing but failures: an existing output is left alone
        output.commit()
    except BaseException as error:  # noqa: BLE001 (each kind is sorted out in _stopped)
        output.discard()
        return _stopped(run, error)
    finally:
        run.progress.clear()
    if not quiet:
        run.say(run.summary())
    return EXIT_FAILURES if run.problems else EXIT_OK


def _stopped(run: _Run, error: BaseException) -> int:
    """The exit code (and last word) of a run stopped by *error*; re-raise what is a bug."""
    if isinstance(error, BrokenPipeError):
        _silence_stdout()
        return EXIT_BROKEN_PIPE
    if isinstance(error, (WarcUrlError, _UsageError)):
        run.say("--url applies to a single page (WARC records carry their own)")
        return EXIT_USAGE
    if isinstance(error, (OutputError, WorkerError)):
        run.say(str(error))
        return EXIT_USAGE if isinstance(error, OutputError) else EXIT_FAILURES
    if isinstance(error, (KeyboardInterrupt, _Terminated)):
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # a second Ctrl-C: no traceback either
        word = "interrupted" if isinstance(error, KeyboardInterrupt) else "terminated"
        run.say(f"{word}: {run.summary()}")
        return EXIT_INTERRUPTED if isinstance(error, KeyboardInterrupt) else EXIT_TERMINATED
    raise error


def _silence_stdout() -> None:
    """After a broken pipe: later flushes (at exit) go nowhere instead of failing."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass  # no real standard output (e.g. under a test harness)


def _cmd_demo() -> int:
    page = files("arnews.data").joinpath("demo.html").read_bytes()
    article = parse_html(page, DEMO_URL)
    sys.stdout.write(article.to_json(indent=2) + "\n")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``arnews`` command with *argv* (default: ``sys.argv[1:]``); return the exit code."""
    handler = signal.getsignal(signal.SIGINT)
    try:
        with _signals():
            args = _build_parser().parse_args(argv)
            if args.command == "demo":
                return _cmd_demo()
            return _cmd_parse(args)
    except KeyboardInterrupt:  # before or after the run itself
        return EXIT_INTERRUPTED
    except _Terminated:
        return EXIT_TERMINATED
    finally:
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, handler)
