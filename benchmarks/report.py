"""Results on disk, the machine description, the chart and the docs page."""

from __future__ import annotations

import json
import os
import platform
import re
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from benchmarks import corpus

RESULTS = corpus.REPO / "benchmarks" / "results"
DOCS_PAGE = corpus.REPO / "docs" / "guide" / "benchmarks.md"
CHART = corpus.REPO / "docs" / "guide" / "benchmarks.png"
TOPICS = ("bench_normalize", "bench_dates", "bench_quotes")
"""Per-topic benchmark modules written by the engineers of each topic, run if present.

``bench_warc`` (crawl files, minutes of work) is run on its own."""


def machine() -> dict[str, Any]:
    """The date, CPU, core count and Python version of this run."""
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        cpu = platform.processor() or "unknown"
    return {
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu,
        "nproc": os.cpu_count(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "system": f"{platform.system()} {platform.machine()}",
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }


def save(name: str, data: dict[str, Any]) -> Path:
    """Write ``benchmarks/results/<name>.json``."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return path


def load(name: str) -> dict[str, Any] | None:
    """Read ``benchmarks/results/<name>.json`` when it exists."""
    path = RESULTS / f"{name}.json"
    if not path.is_file():
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def run_topics(timeout: float = 900) -> dict[str, Any]:
    """Run each per-topic benchmark present as ``python -m benchmarks.<name>``.

    A topic script may print one JSON object as its last line; it is kept as
    ``data``. Its whole output is kept as ``output`` either way.
    """
    out: dict[str, Any] = {}
    for name in TOPICS:
        if not (corpus.REPO / "benchmarks" / f"{name}.py").is_file():
            continue
        try:
            proc = subprocess.run(
                [sys.executable, "-m", f"benchmarks.{name}"],
                capture_output=True,
                text=True,
                check=False,
                cwd=corpus.REPO,
                timeout=timeout,
            )
        except subprocess.TimeoutExpired:
            out[name] = {"returncode": None, "output": f"timed out after {timeout:.0f} s"}
            continue
        entry: dict[str, Any] = {"returncode": proc.returncode, "output": proc.stdout.strip()}
        if proc.returncode:
            entry["stderr"] = proc.stderr.strip()[-2000:]
        lines = proc.stdout.strip().splitlines()
        if lines and lines[-1].startswith("{"):
            try:
                entry["data"] = json.loads(lines[-1])
                entry["output"] = "\n".join(lines[:-1]).strip()
            except json.JSONDecodeError:
                pass
        out[name] = entry
    return out


def _first_table(text: str) -> str:
    """*text* up to the end of its first Markdown table (details stay in results/)."""
    lines = text.splitlines()
    seen = False
    for i, line in enumerate(lines):
        if line.startswith("|"):
            seen = True
        elif seen:
            return "\n".join(lines[:i])
    return text


def topics_markdown(topics: dict[str, Any], *, brief: bool = False) -> str:
    """The per-topic outputs, each under its own heading (only the first table if *brief*)."""
    if not topics:
        return "No per-topic benchmark was found in `benchmarks/`.\n"
    parts = []
    for name, entry in topics.items():
        status = "" if entry.get("returncode") == 0 else f" (exit code {entry.get('returncode')})"
        parts.append(f"**`python -m benchmarks.{name}`**{status}\n")
        body = entry.get("output") or ""
        if brief:
            body = _first_table(body)
        if not any(line.startswith("|") for line in body.splitlines()):
            body = "```text\n" + body + "\n```"  # not a Markdown table: shown as printed
        parts.append(body + "\n")
        if entry.get("returncode"):
            parts.append("```text\n" + entry.get("stderr", "")[-800:] + "\n```\n")
    return "\n".join(parts)


COLORS = {
    "arnews": "#1f5fa8",
    "arnews (generic)": "#6fa8dc",
    "arnews (bytes)": "#6fa8dc",
    "trafilatura": "#e69138",
    "newspaper4k": "#6aa84f",
    "readability-lxml": "#cc4125",
    "htmldate": "#8e7cc3",
    "arnews (no enrichment)": "#6fa8dc",
    "resiliparse": "#999999",
    "selectolax": "#b7b7b7",
    "lxml etree.fromstring": "#666666",
    "lxml.html.fromstring": "#666666",
}
"""One colour per library in every panel (the arnews variants in blues)."""


TEXT_ONLY = frozenset({"resiliparse", "selectolax"})
"""Speed anchors that give text only (labelled so in the chart)."""


def _accuracy_values(summary: dict[str, Any], blind: dict[str, Any] | None) -> list[float]:
    nan = float("nan")
    values = [summary[key]["rate"] if summary[key] else nan for key in ("title", "date", "authors")]
    values.append(summary["words"]["f1"] if summary.get("words") else nan)
    values.append(blind["words"]["f1"] if blind and blind.get("words") else nan)
    return values


def chart(accuracy: dict[str, Any] | None, speed: dict[str, Any] | None) -> Path | None:
    """Draw accuracy per field and pages/second per library into the docs PNG."""
    try:
        import matplotlib
    except ImportError:
        return None
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.6), width_ratios=(3, 2))
    if accuracy:
        labels = ["title", "date", "authors", "body F1", "body F1,\nlayout-blind"]
        names = list(accuracy["summary"])
        blind = (accuracy.get("layout_blind") or {}).get("summary", {})
        width = 0.8 / max(len(names), 1)
        for i, name in enumerate(names):
            values = _accuracy_values(accuracy["summary"][name], blind.get(name))
            xs = [j + (i - (len(names) - 1) / 2) * width for j in range(len(labels))]
            left.bar(xs, values, width, label=name, color=COLORS.get(name))
        left.set_xticks(range(len(labels)), labels)
        left.set_ylim(0, 1.05)
        left.set_ylabel("share correct (body: word F1)")
        left.set_title(f"Accuracy on {len(accuracy['pages'])} Arabic news pages")
        left.legend(fontsize=8, loc="upper center", bbox_to_anchor=(0.5, -0.14), ncol=3)
    if speed:
        entries = [
            (name, e["pages_per_s"]) for name, e in speed["speed"].items() if e.get("pages_per_s")
        ]
        entries.sort(key=lambda item: item[1])
        colors = [COLORS.get(n, "tab:gray") for n, _ in entries]
        labels = [f"{n} (text only)" if n in TEXT_ONLY else n for n, _ in entries]
        right.barh(labels, [v for _, v in entries], color=colors)
        for y, (_, value) in enumerate(entries):
            right.text(value, y, f" {value:.0f}", va="center", fontsize=8)
        if entries:  # a log scale: the bare parses are two orders of magnitude faster
            right.set_xscale("log")
            right.set_xlim(min(v for _, v in entries) / 1.5, max(v for _, v in entries) * 3)
        right.set_xlabel("pages/s (CPU time, median, log scale)")
        right.set_title("Speed (one core)")
    fig.tight_layout()
    CHART.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(CHART, dpi=100, metadata={"Software": None})
    plt.close(fig)
    return CHART


def fill(page: str, section: str, content: str) -> str:
    """Replace the text between ``% bench:<section>:start`` and ``% bench:<section>:end``."""
    pattern = re.compile(rf"(% bench:{section}:start\n).*?(% bench:{section}:end)", flags=re.DOTALL)
    if not pattern.search(page):
        raise SystemExit(f"{DOCS_PAGE}: markers for section {section!r} are missing")
    return pattern.sub(lambda m: m.group(1) + "\n" + content.strip() + "\n\n" + m.group(2), page)


def machine_markdown(info: dict[str, Any], versions: dict[str, str]) -> str:
    """One paragraph: when, on what, with which versions of every library compared."""
    listed = ", ".join(f"{name} {version}" for name, version in versions.items())
    load = info.get("load_average")
    busy = f"; load average {load[0]:.1f} when the run started" if load else ""
    return (
        f"Run on {info['date']}: {info['cpu']}, {info['nproc']} cores "
        f"(shared with other work{busy}; every library ran on one core unless said), "
        f"{info['implementation']} {info['python']} on {info['system']}. "
        f"Versions: {listed}.\n"
    )


def package_of(name: str) -> str:
    """The package behind a row name: ``lxml etree.fromstring`` → ``lxml``."""
    return name.split(" ", maxsplit=1)[0].split(".", maxsplit=1)[0]


def versions(*results: dict[str, Any] | None) -> dict[str, str]:
    """Every package version named in *results* (their ``tools`` and ``versions``), once."""
    out: dict[str, str] = {}
    for result in results:
        for key in ("tools", "versions"):
            for name, version in (result or {}).get(key, {}).items():
                if version and version not in ("-", "?"):
                    out.setdefault(package_of(name), version)
    return out
