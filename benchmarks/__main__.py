"""``python -m benchmarks [accuracy|speed|topics|devset|scaling|crawl|docs|all|check|profile]``.

The default is ``all``.

Results go to ``benchmarks/results/`` (JSON and Markdown), the chart to
``docs/guide/benchmarks.png``, and the tables into ``docs/guide/benchmarks.md``.
The corpus is read from ``$ARNEWS_CORPUS``, else ``../shared/corpus``.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import Any

from benchmarks import accuracy, bench_crawl, devset, report, scaling, speed, targets

SCALING_ROUNDS = 5
"""Rounds of ``scaling`` within ``all`` (each round parses every page up to 16 times over)."""
CRAWL_ROUNDS = 5
"""Rounds of ``crawl`` within ``all`` (each round starts the CLI and Dask four times)."""


def _accuracy(args: argparse.Namespace) -> None:
    result = accuracy.run(args.tools)
    result["machine"] = report.machine()
    report.save("accuracy", result)
    table = accuracy.markdown(result)
    details = ["", "## Every wrong field, per library", ""]
    for name in result["summary"]:
        details += [f"### {name}", ""]
        details += [f"- {line}" for line in accuracy.failures(result, name)] or ["- none"]
        blind = accuracy.failures(result["layout_blind"], name)
        details += [f"- layout-blind {line}" for line in blind]
        details.append("")
    (report.RESULTS / "accuracy.md").write_text(table + "\n".join(details), encoding="utf-8")
    print(table)
    misses = accuracy.failures(result)
    print(f"arnews: {len(misses)} wrong fields or snippets")
    for line in misses:
        print("  " + line)


def _publish(name: str, result: dict[str, Any], render: Callable[[dict[str, Any]], str]) -> None:
    """Stamp *result* with the machine, save it as ``results/<name>.json`` and its table as
    ``results/<name>.md``, and print the table."""
    result["machine"] = report.machine()
    report.save(name, result)
    table = render(result)
    (report.RESULTS / f"{name}.md").write_text(table, encoding="utf-8")
    print(table)


def _speed(args: argparse.Namespace) -> None:
    _publish("speed", speed.run(args.rounds, args.tools), speed.markdown)


def _topics(args: argparse.Namespace) -> None:
    result: dict[str, Any] = {"machine": report.machine(), "topics": report.run_topics()}
    report.save("topics", result)
    text = report.topics_markdown(result["topics"])
    (report.RESULTS / "topics.md").write_text(text, encoding="utf-8")
    print(text)


def _devset(args: argparse.Namespace) -> None:
    scores = devset.run()
    result: dict[str, Any] = {
        "machine": report.machine(),
        "sets": [score.summary() for score in scores],
        "misses": {score.name: score.misses for score in scores},
    }
    report.save("devset", result)
    table = devset.markdown(result["sets"])
    details = ["", "## Every miss, per set", ""]
    for score in scores:
        details += [f"### {score.name}", ""]
        details += [f"- {line}" for line in score.misses] or ["- none"]
        details.append("")
    (report.RESULTS / "devset.md").write_text(table + "\n".join(details), encoding="utf-8")
    page = report.DOCS_PAGE.read_text(encoding="utf-8")
    report.DOCS_PAGE.write_text(report.fill(page, "devset", table), encoding="utf-8")
    print(table)
    for score in scores:
        print(f"{score.name}: {len(score.misses)} misses")
        for line in score.misses:
            print("  " + line)


def _docs(args: argparse.Namespace) -> None:
    acc, spd, top = report.load("accuracy"), report.load("speed"), report.load("topics")
    prof, scale, crawl = report.load("profile"), report.load("scaling"), report.load("crawl")
    report.chart(acc, spd)
    page = report.DOCS_PAGE.read_text(encoding="utf-8")
    newest = max(
        (r for r in (acc, spd, top, scale) if r), key=lambda r: r["machine"]["date"], default=None
    )
    if newest:
        normalize = (top or {}).get("topics", {}).get("bench_normalize", {}).get("data")
        listed = report.versions(spd, acc, normalize, crawl)
        page = report.fill(page, "machine", report.machine_markdown(newest["machine"], listed))
    page = report.fill(page, "targets", targets.markdown(acc, spd, top, scale))
    if acc:
        page = report.fill(page, "accuracy", accuracy.markdown(acc))
        page = report.fill(page, "misses", _misses(acc))
    sections = {
        "speed": (spd, speed.markdown),
        "profile": (prof, speed.profile_markdown),
        "scaling": (scale, scaling.markdown),
        "crawl": (crawl, bench_crawl.markdown),
        "topics": (top, lambda t: report.topics_markdown(t["topics"], brief=True)),
    }
    for section, (result, render) in sections.items():
        if result:
            page = report.fill(page, section, render(result))
    dev = report.load("devset")
    if dev:
        page = report.fill(page, "devset", devset.markdown(dev["sets"]))
    report.DOCS_PAGE.write_text(page, encoding="utf-8")
    print(f"updated {report.DOCS_PAGE} and {report.CHART}")


def _misses(acc: dict[str, Any]) -> str:
    misses = accuracy.failures(acc)
    if acc.get("layout_blind"):
        misses += [f"layout-blind {m}" for m in accuracy.failures(acc["layout_blind"])]
    return "\n".join(f"- {line}" for line in misses) if misses else "None on this corpus."


def _scaling(args: argparse.Namespace) -> None:
    _publish("scaling", scaling.run(args.rounds), scaling.markdown)


def _crawl(args: argparse.Namespace) -> None:
    bench_crawl.main(["--rounds", str(args.rounds)])


def _check(args: argparse.Namespace) -> None:
    problems = accuracy.check_expectations()
    for line in problems:
        print(line)
    print(f"{len(problems)} problems in tests/expected/")
    if problems:
        raise SystemExit(1)


def _profile(args: argparse.Namespace) -> None:
    result = speed.profile(args.tools or ["arnews"], args.rounds)
    print(result.get("report", ""))
    _publish("profile", result, speed.profile_markdown)


def _all(args: argparse.Namespace) -> None:
    _accuracy(args)
    _speed(args)
    _profile(argparse.Namespace(tools=None, rounds=3))
    _topics(args)
    _devset(args)
    _scaling(argparse.Namespace(rounds=SCALING_ROUNDS))
    _crawl(argparse.Namespace(rounds=CRAWL_ROUNDS))
    _docs(args)


def main(argv: list[str] | None = None) -> None:
    """Parse the command line and run the chosen benchmarks."""
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    commands = parser.add_subparsers(dest="command")
    runners = {
        "accuracy": (_accuracy, "field accuracy of every library on the corpus"),
        "speed": (_speed, "pages/second and memory, interleaved rounds"),
        "topics": (_topics, "run the per-topic benchmarks (normalize, dates, quotes)"),
        "devset": (_devset, "the labeled text dumps, seen and held out, field by field"),
        "docs": (_docs, "redraw the chart and refill docs/guide/benchmarks.md from results/"),
        "scaling": (_scaling, "time per call as the input grows 1x to 16x (--rounds 5)"),
        "crawl": (_crawl, "warcio vs FastWARC, arnews parse -j 1/2 and Dask on a crawl (3 min)"),
        "all": (_all, "all of the above (the default)"),
        "check": (_check, "verify tests/expected/ against the pages (snippets exist, <= 12 words)"),
        "profile": (_profile, "cProfile of arnews (or --tools) over the pages, --rounds times"),
    }
    for name, (func, text) in runners.items():
        sub = commands.add_parser(name, help=text)
        sub.set_defaults(func=func)
        sub.add_argument("--rounds", type=int, default=9, help="timing rounds (default 9)")
        sub.add_argument(
            "--tools", nargs="+", default=None, help="libraries to run (default: all installed)"
        )
    child = commands.add_parser("memory-child")  # internal: one library, fresh process
    child.add_argument("tool")
    args = parser.parse_args(argv)
    if args.command == "memory-child":
        print(json.dumps(speed.memory_child(args.tool)))
        return
    if args.command is None:
        args = parser.parse_args(["all", *(argv or [])])
    args.func(args)


if __name__ == "__main__":
    main()
