"""The project's targets (issue #18 and before), each with this run's figure and a verdict.

Every figure is read from ``benchmarks/results/*.json``; a target whose benchmark has
not been run shows "not measured". Ratios are those measured inside one run (see each
benchmark); where a benchmark repeats its run (dates), the verdict is the worst run's.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Final

PARSE_HTML_VS_TRAFILATURA: Final = 8.0
"""``parse_html``, dates and quotes on, at least this many times trafilatura's pages/s."""
PARSE_HTML_VS_FLOOR: Final = 8.0
"""``parse_html``'s time per page at most this many times a bare lxml parse of the bytes."""
NORMALIZE_VS_CAMEL: Final = 10.0
"""``normalize`` (search) at least this many times the camel-tools chain, on every text."""
NORMALIZE_PER_LINE_VS_CAMEL: Final = 8.0
"""… and this many times when both are called once per line."""
OFFSETS_VS_CAMEL: Final = 5.0
"""``normalize_with_offsets`` at least this many times the camel-tools chain."""
NORMALIZE_MB_S: Final = 50.0
"""``normalize`` (search) at least this many MB/s of UTF-8 on every whole text."""
PARSE_DATE_VS_DATEPARSER: Final = 30.0
"""``parse_date`` at least this many times dateparser (warm, same strings), every run."""
LINEAR_SLACK: Final = 1.25
"""Scaling counts as linear while time grows at most this much faster than the input
(at the largest factor): 16× the input in at most 20× the time."""

SEARCH: Final = "arnews normalize (search)"
OFFSETS: Final = "arnews normalize_with_offsets (search)"
OFFSET_MAP: Final = "arnews normalize_with_offset_map (search)"
PER_LINE: Final = ", one call per line"


def _row(target: str, measured: str, met: bool | None) -> str:
    verdict = "—" if met is None else ("met" if met else "**not met**")
    return f"| {target} | {measured} | {verdict} |"


def _find(values: dict[str, Any], prefix: str) -> Any:
    return next((v for k, v in values.items() if k.startswith(prefix)), None)


def _speed(spd: dict[str, Any] | None) -> Iterator[str]:
    speed = (spd or {}).get("speed", {})
    ours = speed.get("arnews", {})
    ratio, floor = ours.get("vs_trafilatura"), ours.get("vs_floor")
    yield _row(
        f"`parse_html` ≥ {PARSE_HTML_VS_TRAFILATURA:g}× trafilatura's pages/s, all enrichment on",
        f"{ratio:.2f}× (median rounds {ours['vs_trafilatura_median']:.2f}×)"
        if ratio
        else "not measured",
        ratio >= PARSE_HTML_VS_TRAFILATURA if ratio else None,
    )
    yield _row(
        f"`parse_html` time per page ≤ {PARSE_HTML_VS_FLOOR:g}× the bare lxml parse",
        f"{floor:.1f}× (median rounds {ours['vs_floor_median']:.1f}×)" if floor else "not measured",
        floor <= PARSE_HTML_VS_FLOOR if floor else None,
    )


def _accuracy(acc: dict[str, Any] | None) -> Iterator[str]:
    summary = (acc or {}).get("summary", {})
    ours, theirs = summary.get("arnews"), summary.get("trafilatura")
    if not (ours and theirs):
        return
    parts, worse = [], []
    for key in ("title", "date", "authors"):
        a, b = ours[key]["rate"], theirs[key]["rate"]
        parts.append(f"{key} {a:.2f} vs {b:.2f}")
        if a < b:
            worse.append(key)
    a, b = ours["words"]["f1"], theirs["words"]["f1"]
    parts.append(f"body F1 {a:.2f} vs {b:.2f}")
    if a < b:
        worse.append("body")
    yield _row(
        "… while at least as accurate as trafilatura on every field (in-sample)",
        "; ".join(parts),
        not worse,
    )


def _normalize(data: dict[str, Any]) -> Iterator[str]:
    ratios, speeds = data.get("vs_camel", {}), data.get("mb_per_s", {})
    whole = {t: r for t, r in ratios.items() if not t.endswith(PER_LINE) and r}
    lines = {t: r for t, r in ratios.items() if t.endswith(PER_LINE) and r}
    if not whole:
        return

    def each(values: dict[str, dict[str, float]], func: str) -> tuple[str, float]:
        text = ", ".join(f"{name} {r[func]:.1f}×" for name, r in values.items())
        return text, min(r[func] for r in values.values())

    text, worst = each(whole, SEARCH)
    yield _row(
        f"`normalize` ≥ {NORMALIZE_VS_CAMEL:g}× the camel-tools chain on every text",
        text,
        worst >= NORMALIZE_VS_CAMEL,
    )
    if lines:
        text, worst = each(lines, SEARCH)
        # The other definition, quoted before like-for-like was measured: arnews per line
        # against the chain called once on the whole text.
        against_whole = data.get("per_line_vs_camel_whole", {})
        if against_whole:
            other = ", ".join(f"{v[SEARCH]:.1f}×" for v in against_whole.values() if SEARCH in v)
            text += f" (against the chain called on the whole text: {other})"
        yield _row(
            f"… ≥ {NORMALIZE_PER_LINE_VS_CAMEL:g}× when both are called once per line",
            text,
            worst >= NORMALIZE_PER_LINE_VS_CAMEL,
        )
    text, worst = each(whole, OFFSETS)
    if all(OFFSET_MAP in r for r in whole.values()):
        runs, _ = each(whole, OFFSET_MAP)
        text += f" (`normalize_with_offset_map`, offsets kept as runs: {runs})"
    yield _row(
        f"`normalize_with_offsets` ≥ {OFFSETS_VS_CAMEL:g}× the camel-tools chain",
        text,
        worst >= OFFSETS_VS_CAMEL,
    )
    mb = {name: speeds[name][SEARCH] for name in whole}
    yield _row(
        f"`normalize` ≥ {NORMALIZE_MB_S:g} MB/s",
        ", ".join(f"{name} {v:.0f} MB/s" for name, v in mb.items()),
        min(mb.values()) >= NORMALIZE_MB_S,
    )


def _dates(data: dict[str, Any]) -> Iterator[str]:
    median = _find(data.get("x_arnews_median", {}), "dateparser")
    span = _find(data.get("x_arnews_range", {}), "dateparser")
    if median and span:
        runs = len(data.get("runs", []))
        yield _row(
            f"`parse_date` ≥ {PARSE_DATE_VS_DATEPARSER:g}× dateparser (warm), in every run",
            f"{median:.1f}× (median of {runs} runs; range {span[0]:.1f}–{span[1]:.1f}×)",
            span[0] >= PARSE_DATE_VS_DATEPARSER,
        )
    ours_ok = _find(data.get("exact", {}), "arnews")
    dp_ok = _find(data.get("exact", {}), "dateparser")
    if ours_ok is not None and dp_ok is not None:
        yield _row("… with higher accuracy", f"exact {ours_ok:.0%} vs {dp_ok:.0%}", ours_ok > dp_ok)


def _scaling(scale: dict[str, Any] | None) -> Iterator[str]:
    rows = (scale or {}).get("rows", {})
    if not rows:
        return
    top = str(scale["factors"][-1]) if scale else "16"
    growth = {name: row["time_ratio"][top] / row["size_ratio"][top] for name, row in rows.items()}
    worst = max(growth, key=lambda name: growth[name])
    yield _row(
        f"every function linear in its input (time ≤ {LINEAR_SLACK:g}× the input's growth)",
        f"worst: {worst}, {rows[worst]['time_ratio'][top]:.1f}× the time for "
        f"{rows[worst]['size_ratio'][top]:.1f}× the input",
        growth[worst] <= LINEAR_SLACK,
    )


def markdown(
    acc: dict[str, Any] | None,
    spd: dict[str, Any] | None,
    top: dict[str, Any] | None,
    scale: dict[str, Any] | None = None,
) -> str:
    """The targets table."""
    topics = (top or {}).get("topics", {})
    rows = ["| target | measured | verdict |", "|---|---|---|"]
    rows += _speed(spd)
    rows += _accuracy(acc)
    rows += _normalize(topics.get("bench_normalize", {}).get("data") or {})
    rows += _dates(topics.get("bench_dates", {}).get("data") or {})
    rows += _scaling(scale)
    return "\n".join(rows) + "\n"
