"""Speed of :func:`arnews.find_quotes`: ``python -m benchmarks.bench_quotes [--rounds 5]``.

The input is every text dump under ``text/pages/`` of the corpus (``$ARNEWS_CORPUS``,
else ``../shared/corpus``), read at run time; nothing of it is stored in the
repository. Three workloads, each timed best of ``--rounds`` in CPU time
(``time.process_time``, so other processes on a shared machine slow it less):

- *per page*: ``find_quotes`` called once per dump (about 1 KB each, the real use:
  one article body per call);
- *concatenated*: all dumps joined into one text, repeated up to ``--mb`` megabytes
  (long-text throughput, carry-over across the whole text);
- *adversarial*: 50,000 unmatched «, a long run of speech verbs and 2 MB without a
  space (checks that the time stays linear; no quotes expected from most of them).

Speed is kilobytes of UTF-8 input per second. A Markdown table is printed, then one
JSON line (picked up by ``python -m benchmarks topics``).
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from collections.abc import Callable

from benchmarks.corpus import text_dumps


def adversarial() -> list[str]:
    """Inputs built to make a careless matcher quadratic."""
    return [
        "«" * 50_000 + " قال الوزير: «نعم»",
        "وقال " * 40_000 + "إن الأمر انتهى.",
        "قال" * 700_000,
        "«قال إن x» " * 20_000,
    ]


def best_of(rounds: int, work: Callable[[], int]) -> tuple[float, int]:
    """Best CPU seconds over *rounds* runs of *work*, and what it returned."""
    best = float("inf")
    found = 0
    for _ in range(rounds):
        start = time.process_time()
        found = work()
        best = min(best, time.process_time() - start)
    return best, found


def main(argv: list[str] | None = None) -> None:
    """Time the workloads and print a table and a JSON line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--mb", type=float, default=1.0)
    args = parser.parse_args(argv)

    from arnews import find_quotes

    pages = [dump.text for dump in text_dumps()]
    if not pages:
        raise SystemExit("no text dumps in the corpus (set ARNEWS_CORPUS)")
    base = "\n\n".join(pages)
    repeats = max(1, round(args.mb * 1e6 / len(base.encode("utf-8"))))
    joined = "\n\n".join([base] * repeats)
    attacks = adversarial()

    workloads: dict[str, tuple[list[str], int]] = {
        f"per page ({len(pages)} dumps)": (pages, 0),
        f"concatenated ({repeats}x)": ([joined], 0),
        "adversarial (4 inputs)": (attacks, 0),
    }
    rows = []
    for name, (texts, _) in workloads.items():
        size = sum(len(text.encode("utf-8")) for text in texts)
        seconds, found = best_of(
            args.rounds, lambda texts=texts: sum(len(find_quotes(t)) for t in texts)
        )
        rows.append(
            {
                "workload": name,
                "kilobytes": round(size / 1e3, 1),
                "seconds": round(seconds, 3),
                "kb_per_s": round(size / 1e3 / seconds, 1) if seconds else None,
                "quotes": found,
            }
        )

    print("| workload | input KB | CPU s | KB/s | quotes |")
    print("|---|---:|---:|---:|---:|")
    for row in rows:
        print(
            f"| {row['workload']} | {row['kilobytes']} | {row['seconds']} | "
            f"{row['kb_per_s']} | {row['quotes']} |"
        )
    print(
        json.dumps(
            {
                "topic": "quotes",
                "python": sys.version.split()[0],
                "machine": platform.machine(),
                "rows": rows,
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
