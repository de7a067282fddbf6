"""The ``arnews`` command.

``arnews parse PATH... [-o OUT] [--format json|jsonl] [--url URL]`` prints the
article JSON of each page (``.txt`` files are read as text dumps, anything else
as HTML; ``-`` reads HTML from standard input). ``arnews demo`` parses the
example page bundled with arnews.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from importlib.resources import files
from pathlib import Path
from typing import TextIO

from arnews._version import __version__
from arnews.errors import ArnewsError
from arnews.extract import parse_html, parse_text
from arnews.model import Article

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
    parse.add_argument("paths", nargs="+", metavar="PATH", help="files to parse ('-' for stdin)")
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
        "--reference-date",
        type=datetime.fromisoformat,
        metavar="ISO",
        help="resolve relative dates («أمس») against this date when the page has none",
    )

    commands.add_parser("demo", help="parse the example page bundled with arnews and print it")
    return parser


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


def _cmd_parse(args: argparse.Namespace) -> int:
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
