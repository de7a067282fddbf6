"""How the time of arnews grows with its input: ``python -m benchmarks scaling``.

Linear means twice the input takes about twice the time. For each size factor k in
:data:`FACTORS` (1×, 2×, 4×, 8×, 16×):

- ``parse_html`` (with and without enrichment) on each corpus page whose ``<body>``
  content is repeated k times (the ``<head>`` once): time per page, averaged over the
  pages;
- the text functions on the seed article (``seeds/*.txt``) with its story paragraphs
  k times over (see :func:`grown_story`): ``normalize``, ``normalize_with_offsets``,
  ``find_dates``, ``find_quotes`` and ``parse_text``; and ``parse_date`` on a stamp line behind a
  breadcrumb that grows k times («الرئيسية | أخبار …» then «نشر في: 04 مارس 2020»).

Every (function, k) pair is timed once per round, in a shuffled order, in CPU time
of this process, best of ``--rounds``; each sample makes ``16 / k`` times as many
calls as at 16×, so every sample handles about the same amount of text. The table
shows the time per call at 1× and, for each k, that time ÷ the 1× time (k for a
linear function).
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any, Final

from benchmarks import corpus
from benchmarks.corpus import HtmlPage

FACTORS: Final = (1, 2, 4, 8, 16)
SAMPLE_S: Final = 0.04
"""CPU seconds one sample should last at the largest factor (fewer calls are noise)."""
MIN_STORY_WORDS: Final = 25
"""A block of the seed with at least this many words is a story paragraph."""
REFERENCE: Final = datetime(2020, 3, 4, 12, 30)
BREADCRUMB: Final = "الرئيسية | أخبار | سياسة | اقتصاد | رياضة | "
STAMP: Final = "نشر في: 04 مارس 2020 - 03:15 م"


def grown_page(page: HtmlPage, factor: int) -> str:
    """*page* serialized with the content of its ``<body>`` repeated *factor* times."""
    import copy

    from lxml import html as lxml_html

    doc = lxml_html.document_fromstring(page.raw)
    body = doc.find("body")
    if body is not None:
        children = list(body)
        for _ in range(factor - 1):
            for child in children:
                body.append(copy.deepcopy(child))
    return str(lxml_html.tostring(doc, encoding="unicode", doctype="<!DOCTYPE html>"))


def grown_story(seed: str, factor: int) -> str:
    """The seed dump with its story paragraphs there *factor* times: copy j of each
    paragraph has its words rotated by j, since a dump's repeated lines are dropped as
    boilerplate (a plain repetition would not grow the article)."""
    blocks = seed.split("\n\n")
    story = [i for i, block in enumerate(blocks) if len(block.split()) >= MIN_STORY_WORDS]
    if not story:
        return "\n\n".join([seed] * factor)
    extra = []
    for j in range(1, factor):
        for i in story:
            words = blocks[i].split()
            turn = j % len(words)
            extra.append(" ".join(words[turn:] + words[:turn]))
    end = story[-1] + 1
    return "\n\n".join(blocks[:end] + extra + blocks[end:])


def _text_inputs(seed: str) -> dict[str, Callable[[int], str]]:
    def story(k: int) -> str:
        return grown_story(seed, k)

    def stamp_line(k: int) -> str:
        return BREADCRUMB * (4 * k) + STAMP

    return {"story": story, "stamp": stamp_line}


def _functions() -> dict[str, tuple[str, Callable[[Any], object]]]:
    """Every timed function: (the kind of input, the call)."""
    import arnews
    from benchmarks.tools import no_enrichment

    def plain_html(pages: list[tuple[str, str]]) -> None:
        with no_enrichment():
            for html, url in pages:
                arnews.parse_html(html, url=url)

    def html(pages: list[tuple[str, str]]) -> None:
        for text, url in pages:
            arnews.parse_html(text, url=url)

    return {
        "parse_html (per page)": ("pages", html),
        "parse_html without enrichment (per page)": ("pages", plain_html),
        "normalize": ("story", arnews.normalize),
        "normalize_with_offsets": ("story", arnews.normalize_with_offsets),
        "find_dates": ("story", corpus.with_reference(arnews.find_dates, REFERENCE)),
        "parse_date (stamp line)": (
            "stamp",
            corpus.with_reference(arnews.parse_date, REFERENCE),
        ),
        "find_quotes": ("story", arnews.find_quotes),
        "parse_text": ("story", arnews.parse_text),
    }


def _inputs(seed: str) -> dict[tuple[str, int], Any]:
    pages = corpus.html_pages()
    makers = _text_inputs(seed)
    out: dict[tuple[str, int], Any] = {}
    for k in FACTORS:
        out["pages", k] = [(grown_page(page, k), page.url) for page in pages]
        for kind, make in makers.items():
            out[kind, k] = make(k)
    return out


def _size(value: Any) -> int:
    if isinstance(value, str):
        return len(value)
    return sum(len(html) for html, _ in value)


def run(rounds: int = 5) -> dict[str, Any]:
    """Time every function at every factor; return per-call times and their ratios."""
    seed_file = corpus.seed_path()
    if seed_file is None:
        raise SystemExit("no seed article (seeds/*.txt beside the corpus)")
    inputs = _inputs(seed_file.read_text(encoding="utf-8"))
    functions = _functions()
    calls: dict[tuple[str, int], int] = {}
    for name, (kind, func) in functions.items():  # warm-up and calibration at 16×
        func(inputs[kind, FACTORS[0]])
        start = time.process_time()
        func(inputs[kind, FACTORS[-1]])
        top = max(1, math.ceil(SAMPLE_S / max(time.process_time() - start, 1e-6)))
        for k in FACTORS:
            calls[name, k] = top * FACTORS[-1] // k
    samples: dict[tuple[str, int], list[float]] = {key: [] for key in calls}
    order = list(calls)
    shuffler = random.Random(0)
    for _ in range(rounds):
        shuffler.shuffle(order)
        for name, k in order:
            kind, func = functions[name]
            given = inputs[kind, k]
            start = time.process_time()
            for _ in range(calls[name, k]):
                func(given)
            samples[name, k].append((time.process_time() - start) / calls[name, k])
    pages = len(inputs["pages", 1])
    return _result(functions, inputs, samples, pages, rounds)


def _result(
    functions: dict[str, tuple[str, Callable[[Any], object]]],
    inputs: dict[tuple[str, int], Any],
    samples: dict[tuple[str, int], list[float]],
    pages: int,
    rounds: int,
) -> dict[str, Any]:
    rows: dict[str, Any] = {}
    for name, (kind, _) in functions.items():
        per_call = {k: min(samples[name, k]) for k in FACTORS}
        if kind == "pages":
            per_call = {k: seconds / pages for k, seconds in per_call.items()}
        base, size = per_call[FACTORS[0]], _size(inputs[kind, FACTORS[0]])
        rows[name] = {
            "input_chars_1x": size // pages if kind == "pages" else size,
            "size_ratio": {str(k): round(_size(inputs[kind, k]) / size, 2) for k in FACTORS},
            "seconds_per_call": {str(k): per_call[k] for k in FACTORS},
            "time_ratio": {str(k): round(per_call[k] / base, 2) for k in FACTORS},
        }
    return {"factors": list(FACTORS), "rounds": rounds, "pages": pages, "rows": rows}


def _duration(seconds: float) -> str:
    if seconds >= 1e-3:
        return f"{seconds * 1e3:.1f} ms"
    return f"{seconds * 1e6:.0f} µs"


def markdown(result: dict[str, Any]) -> str:
    """One row per function: time at 1×, then time ÷ that at 1× for each factor."""
    factors = result["factors"]
    top = str(factors[-1])
    out = [
        f"| function | input at 1× | at {top}× | time at 1× | "
        + " | ".join(f"{k}×" for k in factors[1:])
        + " |",
        "|---|---:|---:|---:|" + "---:|" * (len(factors) - 1),
    ]
    for name, row in result["rows"].items():
        ratios = " | ".join(f"{row['time_ratio'][str(k)]:.1f}" for k in factors[1:])
        out.append(
            f"| {name} | {row['input_chars_1x']:,} chars | {row['size_ratio'][top]:.1f}× "
            f"| {_duration(row['seconds_per_call']['1'])} | {ratios} |"
        )
    out += [
        "",
        f"Time per call at each size ÷ the time at 1× (linear: 2, 4, 8, 16 when the input "
        f"grows exactly k×; column «at {top}×» gives how much it really grew); CPU time, best "
        f"of {result['rounds']} shuffled round-robin rounds, every cell in the same run. "
        f"parse_html: the {result['pages']} corpus pages with their `<body>` content repeated "
        "(time per page; the `<head>` is not repeated). The text functions: the seed article "
        "with its story paragraphs k times over (each copy's words rotated, as a dump's "
        "repeated lines are dropped); parse_date: a stamp behind a breadcrumb that grows k×.",
    ]
    return "\n".join(out) + "\n"
