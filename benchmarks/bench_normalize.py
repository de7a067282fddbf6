"""Speed of :func:`arnews.normalize`: ``python -m benchmarks.bench_normalize [--mb 2]``.

The text is Arabic news as crawlers see it: every text dump under
``text/pages/`` of the corpus (``$ARNEWS_CORPUS``, else ``../shared/corpus``),
concatenated at run time and repeated up to ``--mb`` megabytes of UTF-8. Nothing
of it is stored in the repository.

In the same run, round-robin (so a busy machine slows every contender alike),
best of ``--rounds``:

- arnews ``normalize`` with the ``"search"`` preset (the whole pipeline), with the
  ``"display"`` preset, the search preset called once per line (per-call cost), and
  ``normalize_with_offsets`` (the same string plus an offset per character);
- the camel-tools chain doing the closest work: ``normalize_unicode`` →
  ``dediac_ar`` → ``normalize_alef_ar`` → ``normalize_alef_maksura_ar``;
- pyarabic's ``strip_tashkeel`` alone, as a reference point.

Speed is UTF-8 megabytes of input per second of CPU time (``time.process_time``: on a
shared machine, other processes then slow the numbers less). The ratio column is each speed
divided by the camel-tools chain's. A Markdown table is printed, then one JSON
line (picked up by ``python -m benchmarks topics``).
"""

from __future__ import annotations

import argparse
import json
import platform
import sys
import time
from collections.abc import Callable

from benchmarks.corpus import package_version, text_dumps


def corpus_text(megabytes: float) -> str:
    """The corpus text dumps, concatenated and repeated up to *megabytes* of UTF-8."""
    texts = [dump.text for dump in text_dumps()]
    if not texts:
        raise SystemExit("no text dumps in the corpus (set ARNEWS_CORPUS)")
    base = "\n".join(texts)
    repeats = max(1, round(megabytes * 1e6 / len(base.encode("utf-8"))))
    return "\n".join([base] * repeats)


def contenders() -> tuple[dict[str, Callable[[str], object]], dict[str, str]]:
    """The functions to time, and the libraries that could not be imported (with why)."""
    from arnews import normalize, normalize_with_offsets

    def per_line(text: str) -> list[str]:
        return [normalize(line) for line in text.split("\n")]

    funcs: dict[str, Callable[[str], object]] = {
        "arnews normalize (search)": normalize,
        "arnews normalize (display)": lambda text: normalize(text, preset="display"),
        "arnews normalize (search), one call per line": per_line,
        "arnews normalize_with_offsets (search)": normalize_with_offsets,
    }
    missing: dict[str, str] = {}
    try:
        from camel_tools.utils.dediac import dediac_ar
        from camel_tools.utils.normalize import (
            normalize_alef_ar,
            normalize_alef_maksura_ar,
            normalize_unicode,
        )
    except ImportError as error:
        missing["camel-tools"] = str(error)
    else:

        def camel_chain(text: str) -> str:
            text = dediac_ar(normalize_unicode(text))
            return str(normalize_alef_maksura_ar(normalize_alef_ar(text)))

        funcs["camel-tools chain"] = camel_chain
    try:
        from pyarabic.araby import strip_tashkeel
    except ImportError as error:
        missing["pyarabic"] = str(error)
    else:
        funcs["pyarabic strip_tashkeel"] = strip_tashkeel
    return funcs, missing


def main(argv: list[str] | None = None) -> None:
    """Time every contender on the corpus text and print the table and a JSON line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0, help="megabytes of text (default 2)")
    parser.add_argument("--rounds", type=int, default=7, help="rounds, best kept (default 7)")
    args = parser.parse_args(argv)

    text = corpus_text(args.mb)
    size = len(text.encode("utf-8"))
    funcs, missing = contenders()
    best = dict.fromkeys(funcs, float("inf"))
    for func in funcs.values():  # warm-up: imports, caches, compiled patterns
        func(text[:10_000])
    for _ in range(args.rounds):
        for name, func in funcs.items():
            start = time.process_time()
            func(text)
            best[name] = min(best[name], time.process_time() - start)

    speeds = {name: size / seconds / 1e6 for name, seconds in best.items()}
    camel = speeds.get("camel-tools chain")
    # The table first, so that ``python -m benchmarks topics`` renders it as Markdown.
    print("| function | MB/s | × camel-tools chain |")
    print("|---|---:|---:|")
    for name, speed in speeds.items():
        ratio = f"{speed / camel:.1f}" if camel else "-"
        print(f"| {name} | {speed:.1f} | {ratio} |")
    for name, why in missing.items():
        print(f"| {name} | not installed ({why}) | - |")
    print(
        f"\n{size / 1e6:.2f} MB of UTF-8 ({len(text):,} characters) of corpus news text, "
        f"best of {args.rounds} rounds, CPU time; Python {platform.python_version()}, "
        f"arnews {package_version('arnews')}, camel-tools {package_version('camel-tools')}, "
        f"pyarabic {package_version('pyarabic')}\n"
    )
    print(
        json.dumps(
            {
                "bytes": size,
                "rounds": args.rounds,
                "mb_per_s": {name: round(speed, 2) for name, speed in speeds.items()},
                "missing": missing,
            },
            ensure_ascii=False,
        )
    )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
