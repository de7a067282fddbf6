"""Peak memory of one parse, measured in a fresh process (issue #19, item 6).

Each shape is a page or dump built in memory (nothing is committed). The child process
imports arnews, parses a small page and dump once (so that lazily built tables are not
counted), builds the input, resets the kernel's peak-RSS counter, parses, and reports how
much the peak resident set grew, divided by the input's size in bytes::

    python -m tests.robustness.memory                 # every shape at 10 MB, a table
    python -m tests.robustness.memory --mb 4 text-lines

``tests/robustness/test_memory.py`` checks the ratio against the documented bound; the
figures in the Robustness guide come from this script.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Final

MB: Final = 1024 * 1024
_PARAGRAPH: Final = (
    "قال المتحدث باسم الوزارة إن الاجتماع سيعقد غداً في مقر الوزارة بالعاصمة، "
    "وأضاف أن الوفود ستصل يوم 5 آذار 2024 لبحث «الخطة الجديدة» مع الحكومة."
)
"""A dense paragraph: a reported quote, a quoted phrase, a relative and an absolute date."""


def _paragraphs(size: int, template: str) -> str:
    unit = len(template.format(n=0, text=_PARAGRAPH).encode())
    return "".join(template.format(n=n, text=_PARAGRAPH) for n in range(max(1, size // unit)))


def _html(body: str) -> bytes:
    return (
        "<html><head><title>عنوان الخبر المهم</title></head><body><article>"
        f"<h1>عنوان الخبر المهم</h1>{body}</article></body></html>"
    ).encode()


SHAPES: Final[dict[str, Callable[[int], tuple[str, bytes]]]] = {
    "html-paragraphs": lambda size: ("html", _html(_paragraphs(size, "<p>{n} {text}</p>\n"))),
    "html-one-node": lambda size: ("html", _html(f"<p>{_paragraphs(size, '{text} ')}</p>")),
    "html-links": lambda size: (
        "html",
        _html(
            "<nav><ul>"
            + _paragraphs(size, '<li><a href="/news/{n}">خبر عاجل عن الاقتصاد {n}</a></li>')
            + f"</ul></nav><p>{_PARAGRAPH}</p>"
        ),
    ),
    "html-script": lambda size: (
        "html",
        _html(f"<script>var x = '{'a' * size}';</script><p>{_PARAGRAPH}</p>"),
    ),
    "text-lines": lambda size: (
        "text",
        ("عنوان الخبر\n\n" + _paragraphs(size, "{n} {text}\n")).encode(),
    ),
    "text-one-line": lambda size: (
        "text",
        ("عنوان الخبر\n\n" + _paragraphs(size, "{text} ")).encode(),
    ),
}
"""Each shape: a function of the size in bytes giving the parser (``html``/``text``) and
the input."""


def _peak_rss() -> int:
    """The peak resident set of this process since the last reset, in bytes (Linux)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    raise OSError("no VmHWM in /proc/self/status")


def _current_rss() -> int:
    return int(Path("/proc/self/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def measure(shape: str, size: int) -> dict[str, float]:
    """Parse *shape* at *size* bytes in this process: input bytes, peak growth, seconds."""
    import arnews

    arnews.parse_html(_html(f"<p>{_PARAGRAPH}</p>"))
    arnews.parse_text(f"عنوان\n\n{_PARAGRAPH}\n")
    kind, data = SHAPES[shape](size)
    before = _current_rss()
    Path("/proc/self/clear_refs").write_text("5")  # reset the peak to the current RSS
    start = time.perf_counter()
    article = arnews.parse_html(data) if kind == "html" else arnews.parse_text(data)
    seconds = time.perf_counter() - start
    growth = _peak_rss() - before
    return {
        "bytes": len(data),
        "growth": growth,
        "ratio": growth / len(data),
        "seconds": seconds,
        "paragraphs": len(article.paragraphs),
    }


def measured(shape: str, megabytes: float) -> dict[str, float]:
    """:func:`measure` run in a fresh interpreter (so nothing earlier counts)."""
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root / "src"), str(root)])}
    command = [sys.executable, "-m", "tests.robustness.memory", "--json", shape]
    done = subprocess.run(
        [*command, "--mb", str(megabytes)],
        capture_output=True,
        text=True,
        check=True,
        cwd=root,
        env=env,
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result


def main() -> None:
    """Print the peak memory of each shape (or one JSON line with ``--json``)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("shapes", nargs="*", default=list(SHAPES), help=", ".join(SHAPES))
    parser.add_argument("--mb", type=float, default=10.0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    unknown = set(args.shapes) - set(SHAPES)
    if unknown:
        parser.error(f"unknown shape(s): {', '.join(sorted(unknown))}")
    if args.json:
        print(json.dumps(measure(args.shapes[0], int(args.mb * MB))))
        return
    print("| shape | input | peak growth | × input | time | s/MB |")
    print("|---|---:|---:|---:|---:|---:|")
    for shape in args.shapes:
        r = measured(shape, args.mb)
        print(
            f"| {shape} | {r['bytes'] / 1e6:.1f} MB | {r['growth'] / 1e6:.0f} MB "
            f"| {r['ratio']:.1f} | {r['seconds']:.1f} s | {r['seconds'] / (r['bytes'] / 1e6):.2f} |"
        )


if __name__ == "__main__":
    main()
