"""Speed of :func:`arnews.normalize`: ``python -m benchmarks.bench_normalize [--mb 2]``.

One text set, every text timed in the same run:

- **corpus dumps**: every text dump under ``text/pages/`` of the corpus
  (``$ARNEWS_CORPUS``, else ``../shared/corpus``), concatenated at run time and
  repeated up to ``--mb`` megabytes of UTF-8 (navigation, bylines, short lines);
- **seed repeated**: the seed article (``seeds/*.txt``, one long story) repeated
  up to ``--mb`` megabytes;
- **…, one call per line**: the same two texts, every function called once per line
  (titles, tokens and lines are the common case: the per-call cost counts).

Nothing of the corpus is stored in the repository. On each text: arnews
``normalize`` with the ``"search"`` preset (the whole pipeline) and the
``"display"`` preset, ``normalize_with_offsets`` (the same string plus a list of one
offset per character: a Python int each, which alone costs about as much as the
normalization of a long text) and ``normalize_with_offset_map`` (the same offsets kept
as runs, the form arnews itself uses for long texts), the camel-tools chain doing the
closest work (``normalize_unicode`` → ``dediac_ar`` → ``normalize_alef_ar`` →
``normalize_alef_maksura_ar``), and pyarabic's ``strip_tashkeel`` alone as a reference
point.

Every (text, function) pair is timed once per round, in a shuffled order (so a busy
moment of a shared machine slows every contender alike), in CPU time of this process
(``time.process_time``); the best of ``--rounds`` is kept. Speed is UTF-8 megabytes
of input per CPU second; the ratio is each speed ÷ the camel-tools chain's on the
same text, called the same way (whole text or once per line). A Markdown table is
printed, then one JSON line (picked up by ``python -m benchmarks topics``).
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from benchmarks.corpus import package_version, seed_path, text_dumps

CAMEL = "camel-tools chain"
PER_LINE = ", one call per line"
"""Suffix of the texts on which every function is called once per line."""
WARM_UP_CHARS = 10_000


def _repeat(base: str, megabytes: float) -> str:
    repeats = max(1, round(megabytes * 1e6 / len(base.encode("utf-8"))))
    return "\n".join([base] * repeats)


def corpus_text(megabytes: float) -> str:
    """The corpus text dumps, concatenated and repeated up to *megabytes* of UTF-8."""
    texts = [dump.text for dump in text_dumps()]
    if not texts:
        raise SystemExit("no text dumps in the corpus (set ARNEWS_CORPUS)")
    return _repeat("\n".join(texts), megabytes)


def text_set(megabytes: float) -> dict[str, str]:
    """The texts of the run by name (the seed's only when the seed is present)."""
    texts = {"corpus dumps": corpus_text(megabytes)}
    seed = seed_path()
    if seed is not None:
        texts["seed repeated"] = _repeat(seed.read_text(encoding="utf-8"), megabytes)
    for name in list(texts):
        texts[name + PER_LINE] = texts[name]
    return texts


def contenders() -> tuple[dict[str, Callable[[str], object]], dict[str, str]]:
    """The functions to time, and the libraries that could not be imported (with why)."""
    from arnews import normalize, normalize_with_offsets
    from arnews.normalization import normalize_with_offset_map

    funcs: dict[str, Callable[[str], object]] = {
        "arnews normalize (search)": normalize,
        "arnews normalize (display)": lambda text: normalize(text, preset="display"),
        "arnews normalize_with_offsets (search)": normalize_with_offsets,
        "arnews normalize_with_offset_map (search)": normalize_with_offset_map,
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

        funcs[CAMEL] = camel_chain
    try:
        from pyarabic.araby import strip_tashkeel
    except ImportError as error:
        missing["pyarabic"] = str(error)
    else:
        funcs["pyarabic strip_tashkeel"] = strip_tashkeel
    return funcs, missing


def _timer(func: Callable[[str], object], text: str, per_line: bool) -> Callable[[], float]:
    """A function timing one call of *func* on *text* (or one per line), in CPU seconds."""
    lines = text.split("\n")

    def whole() -> float:
        start = time.process_time()
        func(text)
        return time.process_time() - start

    def each_line() -> float:
        start = time.process_time()
        for line in lines:
            func(line)
        return time.process_time() - start

    return each_line if per_line else whole


def measure(texts: dict[str, str], rounds: int) -> dict[str, Any]:
    """Time every (text, function) pair in shuffled round-robin; return speeds and ratios."""
    funcs, missing = contenders()
    timers = {
        (text_name, name): _timer(func, text, text_name.endswith(PER_LINE))
        for text_name, text in texts.items()
        for name, func in funcs.items()
    }
    for func in funcs.values():  # warm-up: imports, caches, compiled patterns
        func(next(iter(texts.values()))[:WARM_UP_CHARS])
    samples: dict[tuple[str, str], list[float]] = {key: [] for key in timers}
    order = list(timers)
    shuffler = random.Random(0)
    for _ in range(rounds):
        shuffler.shuffle(order)
        for key in order:
            samples[key].append(timers[key]())
    sizes = {name: len(text.encode("utf-8")) for name, text in texts.items()}
    speeds: dict[str, dict[str, float]] = {name: {} for name in texts}
    medians: dict[str, dict[str, float]] = {name: {} for name in texts}
    for (text_name, name), seconds in samples.items():
        speeds[text_name][name] = round(sizes[text_name] / min(seconds) / 1e6, 2)
        medians[text_name][name] = round(sizes[text_name] / statistics.median(seconds) / 1e6, 2)
    return {
        "texts": {
            name: {"bytes": sizes[name], "calls": len(text.split("\n")) if PER_LINE in name else 1}
            for name, text in texts.items()
        },
        "rounds": rounds,
        "mb_per_s": speeds,
        "mb_per_s_median": medians,
        "vs_camel": {name: _ratios(values) for name, values in speeds.items()},
        "vs_camel_median": {name: _ratios(values) for name, values in medians.items()},
        "per_line_vs_camel_whole": _per_line_vs_whole(speeds),
        "missing": missing,
    }


def _ratios(speeds: dict[str, float]) -> dict[str, float]:
    camel = speeds.get(CAMEL)
    return {name: round(speed / camel, 2) for name, speed in speeds.items()} if camel else {}


def _per_line_vs_whole(speeds: dict[str, dict[str, float]]) -> dict[str, dict[str, float]]:
    """Each function called once per line ÷ the camel-tools chain called once on the whole text.

    The figure the project quoted before the like-for-like column existed: camel-tools
    is not slower per line (often faster), so this ratio flatters the per-line call."""
    out = {}
    for name, values in speeds.items():
        whole = speeds.get(name.removesuffix(PER_LINE), {}).get(CAMEL)
        if name.endswith(PER_LINE) and whole:
            out[name] = {func: round(speed / whole, 2) for func, speed in values.items()}
    return out


def markdown(result: dict[str, Any]) -> str:
    """One row per function, one column per text: MB/s (× the camel-tools chain)."""
    names = list(result["mb_per_s"])
    funcs = list(result["mb_per_s"][names[0]])
    out = [
        "| function | " + " | ".join(names) + " |",
        "|---|" + "---:|" * len(names),
    ]
    for func in funcs:
        cells = []
        for name in names:
            ratio = result["vs_camel"][name].get(func)
            speed = result["mb_per_s"][name][func]
            cells.append(f"{speed:.1f} ({ratio:.1f}×)" if ratio else f"{speed:.1f}")
        out.append(f"| {func} | " + " | ".join(cells) + " |")
    for name, why in result["missing"].items():
        out.append(f"| {name} | not installed ({why}) |" + " |" * (len(names) - 1))
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> None:
    """Time every contender on the text set and print the table and a JSON line."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--mb", type=float, default=2.0, help="megabytes per text (default 2)")
    parser.add_argument("--rounds", type=int, default=7, help="rounds, best kept (default 7)")
    args = parser.parse_args(argv)

    result = measure(text_set(args.mb), args.rounds)
    # The table first, so that ``python -m benchmarks topics`` renders it as Markdown.
    print(markdown(result))
    sizes = ", ".join(
        f"{name} {info['bytes'] / 1e6:.2f} MB"
        + (f" in {info['calls']:,} calls" if PER_LINE in name else "")
        for name, info in result["texts"].items()
    )
    print(
        f"MB/s of UTF-8 input per CPU second, best of {args.rounds} shuffled round-robin rounds "
        f"(every cell in the same run); in brackets × the camel-tools chain on the same text, "
        f"called the same way. Texts: {sizes}. Python {platform.python_version()}, "
        f"arnews {package_version('arnews')}, camel-tools {package_version('camel-tools')}, "
        f"pyarabic {package_version('pyarabic')}\n"
    )
    result["versions"] = {
        name: package_version(name) for name in ("arnews", "camel-tools", "pyarabic")
    }
    for name, ratios in result["per_line_vs_camel_whole"].items():
        ours = ratios.get("arnews normalize (search)")
        print(
            f"{name}: arnews normalize (search) is {ours:.1f}× the camel-tools chain "
            f"called once on the whole text ({name.removesuffix(PER_LINE)}).\n"
        )
    print(json.dumps(result, ensure_ascii=False))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
