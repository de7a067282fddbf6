"""Pages per second and peak memory of arnews and other libraries on the corpus HTML.

Every round times one pass of every library over all pages, in a shuffled order
(interleaved, so that a busy moment of a shared machine hits all libraries
alike); the time is the CPU time of the process (``time.process_time``), so
that other programs running on the machine are not counted. The best and the
median round are reported, with two ratios from the same run: pages/s ÷
trafilatura's, and time per page ÷ that of a bare lxml parse of the same bytes
(the floor).
Memory is measured in a fresh subprocess per library: resident memory after the
imports, its peak over a pass on all pages, and the peak of Python allocations
(``tracemalloc``; lxml's C allocations are not in it) during a second pass.
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

from benchmarks import corpus
from benchmarks.corpus import HtmlPage
from benchmarks.tools import FLOOR, LXML_HTML, Tool, load_tools

SPEED_TOOLS = [
    FLOOR,
    LXML_HTML,
    "selectolax",
    "resiliparse",
    "arnews",
    "arnews (bytes)",
    "arnews (no enrichment)",
    "trafilatura",
    "newspaper4k",
    "readability-lxml",
]
"""Every row of the speed table, all timed in the same interleaved rounds.

The two lxml rows parse the page's bytes and do nothing else (the floor: no extractor
built on lxml can be faster); selectolax and resiliparse give text only (no title,
date or authors) and are speed anchors. ``arnews (bytes)`` is arnews given the
undecoded page, charset detection included; ``arnews (no enrichment)`` skips the
date and quote scan of the body. Every other row is given the decoded ``str``.
(htmldate only finds dates, so it is not among them.)"""
BASELINE = "trafilatura"
ANCHORS = frozenset({FLOOR, LXML_HTML, "selectolax", "resiliparse"})
"""The rows that give text only, or nothing: speed anchors, not extractors."""


def _one_pass(call: Callable[[HtmlPage], object], pages: list[HtmlPage]) -> float:
    """CPU seconds of this process for one pass (other work on the machine does not count)."""
    start = time.process_time()
    for page in pages:
        call(page)
    return time.process_time() - start


def _works(tool: Tool, pages: list[HtmlPage]) -> str | None:
    """Run one warm-up pass; return why the tool cannot be timed, or None."""
    for page in pages:
        try:
            tool.call(page)
        except Exception as exc:  # noqa: BLE001 (reported in the table instead of timed)
            return f"{type(exc).__name__} on {page.file.split('/')[1]}"
    return None


def time_tools(tools: list[Tool], pages: list[HtmlPage], rounds: int) -> dict[str, Any]:
    """Interleaved timing; per tool the best and median pages/second, and the ratios.

    ``vs_trafilatura`` is the tool's pages/s ÷ trafilatura's, ``vs_floor`` its time per
    page ÷ the floor's (:data:`~benchmarks.tools.FLOOR`), both from the best rounds;
    the ``_median`` variants from the medians.
    """
    skipped = {t.name: why for t in tools if (why := _works(t, pages)) is not None}
    timed = [t for t in tools if t.name not in skipped]
    samples: dict[str, list[float]] = {t.name: [] for t in timed}
    order = random.Random(0)
    for _ in range(rounds):
        order.shuffle(timed)
        for tool in timed:
            samples[tool.name].append(len(pages) / _one_pass(tool.call, pages))
    result: dict[str, Any] = {}
    for name, values in samples.items():
        result[name] = {
            "pages_per_s": round(statistics.median(values), 2),
            "best": round(max(values), 2),
            "min": round(min(values), 2),
            "max": round(max(values), 2),
            "ms_per_page": round(1000 / max(values), 3),
            "rounds": len(values),
        }
    for name, why in skipped.items():
        result[name] = {"pages_per_s": None, "error": why}
    _ratios(result)
    return result


def _ratios(result: dict[str, Any]) -> None:
    """Add the ratios to trafilatura and to the floor to every timed entry of *result*."""
    base, floor = result.get(BASELINE, {}), result.get(FLOOR, {})
    for entry in result.values():
        if not entry.get("pages_per_s"):
            continue
        for key, ref, faster_is_more in (
            ("vs_trafilatura", base, True),
            ("vs_floor", floor, False),
        ):
            for suffix, field in (("", "best"), ("_median", "pages_per_s")):
                mine, theirs = entry[field], ref.get(field)
                ratio = (mine / theirs if faster_is_more else theirs / mine) if theirs else None
                entry[key + suffix] = round(ratio, 2) if ratio else None


def _status_mb(key: str) -> float:
    """A memory line of ``/proc/self/status`` (``VmRSS``, ``VmHWM``...) in MB."""
    with open("/proc/self/status", encoding="ascii") as handle:
        for line in handle:
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024  # the value is in kB
    raise OSError(f"{key} not in /proc/self/status")


def memory_child(name: str) -> dict[str, Any]:
    """In this fresh process: resident memory after import and at peak, and the Python heap peak.

    ``VmHWM`` (the high-water mark of resident memory) is read from ``/proc``,
    not ``ru_maxrss``, which a child process inherits from its parent on Linux.
    """
    tools, missing = load_tools([name])
    if missing:
        return {"error": missing[name]}
    tool = tools[0]
    pages = corpus.html_pages()
    loaded = _status_mb("VmRSS")
    try:
        _one_pass(tool.call, pages)
    except Exception as exc:  # noqa: BLE001 (reported, not measured)
        return {"error": f"{type(exc).__name__}: {exc}"[:120]}
    peak = _status_mb("VmHWM")
    tracemalloc.start()
    _one_pass(tool.call, pages)
    _, heap = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {
        "rss_after_import_mb": round(loaded, 1),
        "peak_rss_mb": round(peak, 1),
        "tracemalloc_peak_mb": round(heap / 2**20, 1),
    }


def measure_memory(names: list[str]) -> dict[str, Any]:
    """Run :func:`memory_child` for each tool in its own subprocess."""
    out = {}
    for name in names:
        proc = subprocess.run(
            [sys.executable, "-m", "benchmarks", "memory-child", name],
            capture_output=True,
            text=True,
            check=False,
            cwd=corpus.REPO,
        )
        lines = proc.stdout.strip().splitlines()
        try:
            out[name] = json.loads(lines[-1]) if lines else {"error": proc.stderr[-300:]}
        except json.JSONDecodeError:
            out[name] = {"error": (proc.stderr or proc.stdout)[-300:]}
    return out


def time_parse_text(rounds: int) -> dict[str, Any] | None:
    """arnews.parse_text throughput on the crawler text dumps (arnews only)."""
    try:
        import arnews
    except ImportError:
        return None
    dumps = corpus.text_dumps()
    if not dumps:
        return None
    try:
        for dump in dumps:
            arnews.parse_text(dump.text, url=dump.url)
    except Exception as exc:  # noqa: BLE001 (reported instead of timed)
        return {"n": len(dumps), "error": f"{type(exc).__name__}: {exc}"[:120]}
    values = []
    for _ in range(rounds):
        start = time.process_time()
        for dump in dumps:
            arnews.parse_text(dump.text, url=dump.url)
        values.append(len(dumps) / (time.process_time() - start))
    return {"n": len(dumps), "dumps_per_s": round(statistics.median(values), 1)}


def run(rounds: int = 9, names: list[str] | None = None) -> dict[str, Any]:
    """The page-level speed run: timing, memory and parse_text throughput."""
    tools, missing = load_tools(names or SPEED_TOOLS)
    pages = corpus.html_pages()
    return {
        "pages": len(pages),
        "bytes": sum(len(p.raw) for p in pages),
        "rounds": rounds,
        "tools": {t.name: t.version for t in tools},
        "missing": missing,
        "speed": time_tools(tools, pages, rounds),
        "memory": measure_memory([t.name for t in tools]),
        "parse_text": time_parse_text(rounds),
    }


def profile(names: list[str], rounds: int, top: int = 15) -> dict[str, Any]:
    """cProfile the given libraries over all pages after a warm-up pass.

    Returns the *top* functions by cumulative time, each with its share of the
    total (a function and its callees), and the full sorted report as text.
    """
    import cProfile
    import io
    import pstats

    tools, missing = load_tools(names)
    if missing:
        return {"error": missing}
    pages = corpus.html_pages()
    for tool in tools:  # imports, caches and compiled patterns warm up outside the profile
        _one_pass(tool.call, pages)
    profiler = cProfile.Profile()
    for tool in tools:
        for _ in range(rounds):
            for page in pages:
                profiler.runcall(tool.call, page)
    stream = io.StringIO()
    stats = pstats.Stats(profiler, stream=stream)
    stats.sort_stats("cumulative").print_stats(40)
    stats.sort_stats("tottime").print_stats(25)
    total = max(entry[3] for entry in stats.stats.values())
    rows = sorted(stats.stats.items(), key=lambda item: -item[1][3])
    hot = []
    for (filename, line, func), (_, calls, own, cumulative, _) in rows:
        if filename.endswith("benchmarks/tools.py") or filename == "~":
            continue  # the adapter and built-in wrappers
        hot.append(
            {
                "function": f"{_short(filename)}:{line}({func})",
                "calls": calls,
                "own_s": round(own, 4),
                "cumulative_s": round(cumulative, 4),
                "share": round(cumulative / total, 3),
            }
        )
        if len(hot) == top:
            break
    return {
        "tools": names,
        "rounds": rounds,
        "total_s": round(total, 3),
        "hot": hot,
        "modules": _by_module(stats.stats, total, top),
        "report": stream.getvalue(),
    }


def _by_module(stats: dict[Any, Any], total: float, top: int) -> list[dict[str, Any]]:
    """Own time (not callees) summed per source file, largest first: where the work is."""
    own: dict[str, float] = {}
    calls: dict[str, int] = {}
    for (filename, _, _), (_, count, tottime, _, _) in stats.items():
        if filename.endswith("benchmarks/tools.py"):
            continue
        name = "built-ins (C functions, lxml)" if filename == "~" else _short(filename)
        own[name] = own.get(name, 0.0) + tottime
        calls[name] = calls.get(name, 0) + count
    ranked = sorted(own.items(), key=lambda item: -item[1])[:top]
    return [
        {"module": name, "calls": calls[name], "own_s": round(s, 4), "share": round(s / total, 3)}
        for name, s in ranked
    ]


def _short(filename: str) -> str:
    """``.../src/arnews/x.py`` → ``arnews/x.py``; site-packages and stdlib paths likewise."""
    for marker in ("/src/", "/site-packages/", "/lib/python3"):
        if marker in filename:
            tail = filename.split(marker, 1)[1]
            return tail.split("/", 1)[1] if marker == "/lib/python3" else tail
    return filename


def profile_markdown(result: dict[str, Any]) -> str:
    """The hottest functions as a Markdown table."""
    if "hot" not in result:
        return f"Not profiled: {result.get('error')}\n"
    out = [
        f"cProfile of {', '.join(result['tools'])} over the pages, {result['rounds']} pass(es) "
        f"after a warm-up ({result['total_s']:.2f} s under the profiler). Share = time in the "
        "function and what it calls.",
        "",
        "| function | calls | own s | with callees s | share |",
        "|---|---:|---:|---:|---:|",
    ]
    out += [
        f"| `{h['function']}` | {h['calls']} | {h['own_s']:.3f} | {h['cumulative_s']:.3f} "
        f"| {h['share']:.0%} |"
        for h in result["hot"]
    ]
    if result.get("modules"):
        out += [
            "",
            "The same run by module: time spent in each file's own code (not in what it calls).",
            "",
            "| module | calls | own s | share |",
            "|---|---:|---:|---:|",
        ]
        out += [
            f"| `{m['module']}` | {m['calls']} | {m['own_s']:.3f} | {m['share']:.0%} |"
            for m in result["modules"]
        ]
    return "\n".join(out) + "\n"


def markdown(result: dict[str, Any]) -> str:
    """Render the speed result as a Markdown table."""
    out = [
        f"{result['pages']} pages ({result['bytes'] / 1e6:.1f} MB of HTML), all rows timed in "
        f"the same {result['rounds']} interleaved rounds (shuffled order each round), CPU time of "
        "the process. pages/s: best round, then median (and slowest–fastest). Ratios from the "
        "best rounds, medians' in brackets: × trafilatura is pages/s ÷ trafilatura's; "
        f"× floor is time per page ÷ that of the bare parse `{FLOOR}` of the same bytes. "
        "Rows marked † give text only (no title, date or authors), or nothing: speed anchors.",
        "",
        "| library | pages/s best | median (range) | ms/page | × trafilatura | × floor "
        "| RSS after import | peak RSS | Python heap peak |",
        "|---|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name, entry in result["speed"].items():
        mem = result["memory"].get(name, {})
        label = f"{name} {result['tools'].get(name, '')}" + (" †" if name in ANCHORS else "")
        if entry.get("pages_per_s") is None:
            out.append(f"| {label} | failed: {entry.get('error')} |" + " — |" * 7)
            continue
        out.append(
            f"| {label} | {entry['best']:.1f} | {entry['pages_per_s']:.1f} "
            f"({entry['min']:.1f}–{entry['max']:.1f}) | {entry['ms_per_page']:.2f} "
            f"| {_both(entry, 'vs_trafilatura')} | {_both(entry, 'vs_floor')} "
            f"| {_mb(mem, 'rss_after_import_mb')} | {_mb(mem, 'peak_rss_mb')} "
            f"| {_mb(mem, 'tracemalloc_peak_mb')} |"
        )
    for name, why in result["missing"].items():
        out.append(f"| {name} | {why} |" + " — |" * 7)
    text = result.get("parse_text")
    if text:
        value = (
            f"{text['dumps_per_s']:.1f} dumps/s"
            if "dumps_per_s" in text
            else f"failed: {text['error']}"
        )
        out += ["", f"`arnews.parse_text` on {text['n']} crawler text dumps: {value}."]
    return "\n".join(out) + "\n"


def _both(entry: dict[str, Any], key: str) -> str:
    best, median = entry.get(key), entry.get(key + "_median")
    if best is None:
        return "—"
    return f"{best:.2f}× ({median:.2f}×)" if median is not None else f"{best:.2f}×"


def _mb(mem: dict[str, Any], key: str) -> str:
    return f"{mem[key]:.1f} MB" if key in mem else "—"
