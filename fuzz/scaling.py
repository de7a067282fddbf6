"""Scaling probe: does the time of each entry point grow linearly with hostile input?

Every field of a page (title, meta and JSON-LD fields, byline, dates, paragraphs, URLs…),
every line kind of a text dump, and every kind of repeated element is filled with a short
adversarial piece repeated to a small and to a 4× larger size. A ratio well above 4
(flagged above 8) points at quadratic work; this probe found the quadratic byline dash
pattern and the RecursionError on deep JSON-LD. Timing, not a test: run it by hand.

    .venv/bin/python fuzz/scaling.py [--size 4000] [--only SUBSTRING]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.robustness.hostile import SENTENCE, TITLE, page

import arnews

PIECES = (
    *(" ", "\t", "\n", " \n", "- ", " -", " | ", "::", "/", "-", ". ", "، ", ":", "(", "«"),
    *("بب", "ال ", "ب.", "ب-", "ـ", "1/", "0", "٠", "2020-", "10:10 ", '\\"', "x ", "and "),
    *("بقلم ", "http:", "a-"),
)


def _ld(value: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(value)}</script>'


HTML_FIELDS: dict[str, Callable[[str], str]] = {
    "title": lambda x: page(head=f"<title>{x}</title>"),
    "meta-author": lambda x: page(head=f'<meta name="author" content="{x}">'),
    "meta-title": lambda x: page(head=f'<meta property="og:title" content="{x}">'),
    "meta-date": lambda x: page(head=f'<meta property="article:published_time" content="{x}">'),
    "meta-keywords": lambda x: page(head=f'<meta name="keywords" content="{x}">'),
    "canonical": lambda x: page(head=f'<link rel="canonical" href="{x}">'),
    "ld-headline": lambda x: page(head=_ld({"@type": "NewsArticle", "headline": x})),
    "ld-author": lambda x: page(head=_ld({"@type": "NewsArticle", "author": [x, {"name": x}]})),
    "ld-date": lambda x: page(head=_ld({"@type": "NewsArticle", "datePublished": x})),
    "ld-broken": lambda x: page(head='<script type="application/ld+json">{"headline": "' + x),
    "h1": lambda x: page(f"<h1>{x}</h1>"),
    "byline": lambda x: page(f'<div class="author">{x}</div><p>بقلم: {x}</p>'),
    "time": lambda x: page(f'<time datetime="{x}">{x}</time><div class="date">{x}</div>'),
    "paragraph": lambda x: page(f"<p>{x}</p>"),
    "figure": lambda x: page(
        f'<figure><img src="{x}" alt="{x}"><figcaption>{x}</figcaption></figure>'
    ),
    "link": lambda x: page(f'<div class="related"><a href="{x}">{x}</a></div>'),
    "class": lambda x: page(f'<div class="{x}"><p>نص</p></div>'),
}
TEXT_LINES: dict[str, Callable[[str], str]] = {
    "nav": lambda x: f"{x}\n\n{TITLE} - الموقع\n\n{TITLE}\n\n{SENTENCE}",
    "title-line": lambda x: f"{TITLE}{x} - الموقع\n\n{TITLE}\n\n{SENTENCE}",
    "byline-line": lambda x: f"{TITLE} - الموقع\n\n{TITLE}\n\nبقلم: {x}\n\n{SENTENCE}",
    "stamp-line": lambda x: f"{TITLE} - الموقع\n\n{TITLE}\n\nنشر في: {x}\n\n{SENTENCE}",
    "body-line": lambda x: f"{TITLE}\n\n{SENTENCE}\n\n{x}\n\n{SENTENCE}",
}
REPEATED: dict[str, Callable[[int], str]] = {
    "paragraphs": lambda n: page("".join(f"<p>{SENTENCE} {i}</p>" for i in range(n))),
    "links": lambda n: page("".join(f'<a href="/{i}">رابط {i}</a>' for i in range(n))),
    "json-ld": lambda n: page(head=_ld({"@type": "NewsArticle", "headline": "ع"}) * n),
    "deep-json-ld": lambda n: page(head='<script type="application/ld+json">' + "[" * n),
    "metas": lambda n: page(head='<meta name="author" content="سامر الحلبي">' * n),
    "images": lambda n: page('<figure><img src="/a.jpg"><figcaption>ص</figcaption></figure>' * n),
    "quotes": lambda n: page(f"<p>قال الوزير: «الخطة جاهزة» {SENTENCE}</p>" * n),
    "sibling-divs": lambda n: page("<div><span>x</span></div>" * n),
}


def _seconds(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    with contextlib.suppress(arnews.ArnewsError):
        call()
    return time.perf_counter() - start


def _cases(size: int) -> Iterator[tuple[str, Callable[[int], Callable[[], object]]]]:
    """(name, a function of the size factor giving the call to time)."""
    slots: tuple[tuple[str, dict[str, Callable[[str], str]], Callable[[str], object]], ...] = (
        ("html", HTML_FIELDS, arnews.parse_html),
        ("text", TEXT_LINES, arnews.parse_text),
    )
    for kind, makers, parse in slots:
        for slot, make in makers.items():
            for piece in PIECES:
                yield (
                    f"{kind} {slot} {piece!r}",
                    lambda k, m=make, p=piece, f=parse: (
                        lambda: f(m("ب" + p * (k * size // len(p)) + "ب"))
                    ),
                )
    for name, make_page in REPEATED.items():
        yield (
            f"repeated {name}",
            lambda k, m=make_page: lambda: arnews.parse_html(m(k * size // 2)),
        )


def main() -> None:
    """Print the cases whose time grows more than 8× for 4× the input (all with --all)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", type=int, default=4000)
    parser.add_argument("--only", default="")
    parser.add_argument("--all", action="store_true", help="print every case")
    args = parser.parse_args()
    flagged = 0
    for name, make in _cases(args.size):
        if args.only not in name:
            continue
        small, large = _seconds(make(1)), _seconds(make(4))
        ratio = large / max(small, 1e-4)
        slow = large > 0.3 and ratio > 8
        flagged += slow
        if slow or args.all:
            mark = "  <- superlinear" if slow else ""
            print(f"{name:40s} {small:8.3f} s {large:8.3f} s  ×{ratio:5.1f}{mark}", flush=True)
    print(f"{flagged} superlinear case(s)")


if __name__ == "__main__":
    main()
