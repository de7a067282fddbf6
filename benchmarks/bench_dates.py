"""Accuracy and speed of :func:`arnews.parse_date`: ``python -m benchmarks.bench_dates``.

The strings are our own, written in the forms Arabic news prints (bylines,
``<time>`` texts, meta values, relative phrases), each with the answer a reader
would give for the reference date 2020-03-04 12:30 (a Wednesday), or ``None``
when the string holds no date. Every parser parses every string once first (warm:
imports, caches, compiled patterns), then ``--runs`` runs (default 5) each time all
parsers round-robin in a shuffled order, best of ``--rounds`` (each ``--repeat`` passes
over the list), in CPU time of this process so a busy machine does not skew the ratio;
the ratio to arnews is reported as the median of the runs and their range:

- arnews ``parse_date(s, reference_date=REF)``;
- ``dateparser.parse(s, languages=["ar"], settings={"RELATIVE_BASE": REF})``;
- htmldate ``find_date`` on the string wrapped in a minimal HTML page
  (date only; htmldate never returns a time), when htmldate is installed.

Accuracy: *exact* counts a result equal to the expected datetime (time and
zone included; ``None`` for ``None``); *date* only compares the calendar date.
A Markdown table is printed, then the strings each library gets wrong, then
one JSON line (picked up by ``python -m benchmarks topics``).
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
from datetime import datetime, timedelta, timezone
from typing import Any

from benchmarks.corpus import package_version, with_reference

REF = datetime(2020, 3, 4, 12, 30)
OURS = "arnews parse_date"


def _tz(hours: int) -> timezone:
    return timezone(timedelta(hours=hours))


CASES: list[tuple[str, datetime | None]] = [
    # Egyptian / Gulf month names, bylines with labels and times
    ("نشر في: 04 مارس 2020 - 03:15 م", datetime(2020, 3, 4, 15, 15)),
    ("الخميس 12 نوفمبر 2020", datetime(2020, 11, 12)),
    ("السبت 20 أغسطس 2016 05:08 ص", datetime(2016, 8, 20, 5, 8)),
    ("تاريخ النشر: 7 يونيو 2019", datetime(2019, 6, 7)),
    ("1 إبريل 2018", datetime(2018, 4, 1)),
    ("الأربعاء , أبريل 24 2024", datetime(2024, 4, 24)),
    ("٢٥ ديسمبر ٢٠٢١", datetime(2021, 12, 25)),
    ("الجمعة، 24 نوفمبر 2017 08:35 م", datetime(2017, 11, 24, 20, 35)),
    # Levantine / Iraqi
    ("الأربعاء، 28 آب/اغسطس 2013", datetime(2013, 8, 28)),
    ("الثلاثاء 21 نيسان 2020 - 13:10", datetime(2020, 4, 21, 13, 10)),
    ("3 تشرين الثاني 2022", datetime(2022, 11, 3)),
    ("15 كانون الأول 2019", datetime(2019, 12, 15)),
    ("9 كانون الثاني/يناير 2020", datetime(2020, 1, 9)),
    ("12 حزيران (يونيو) 2019", datetime(2019, 6, 12)),
    ("5 آذار 2020", datetime(2020, 3, 5)),
    ("1 أيلول 2017", datetime(2017, 9, 1)),
    ("14 تموز 2018", datetime(2018, 7, 14)),
    ("20 شباط 2020", datetime(2020, 2, 20)),
    # Algerian / Tunisian
    ("الثلاثاء 2 جوان 2020", datetime(2020, 6, 2)),
    ("17 جانفي 2021", datetime(2021, 1, 17)),
    ("5 جويلية 2019", datetime(2019, 7, 5)),
    ("20 أوت 2020", datetime(2020, 8, 20)),
    ("11 فيفري 2022", datetime(2022, 2, 11)),
    ("3 أفريل 2021", datetime(2021, 4, 3)),
    # Moroccan
    ("23 غشت, 2017 - 10:42:00", datetime(2017, 8, 23, 10, 42)),
    ("21 شتنبر 2016", datetime(2016, 9, 21)),
    ("13 نونبر 2023", datetime(2023, 11, 13)),
    ("الخميس 27 يوليوز 2023", datetime(2023, 7, 27)),
    ("8 دجنبر 2022", datetime(2022, 12, 8)),
    # numeric, ISO 8601, all digit sets
    ("2020-03-04T10:15:00+03:00", datetime(2020, 3, 4, 10, 15, tzinfo=_tz(3))),
    ("2020-03-17T17:27:41Z", datetime(2020, 3, 17, 17, 27, 41, tzinfo=_tz(0))),
    ("2020-11-30 20:36:03", datetime(2020, 11, 30, 20, 36, 3)),
    ("آخر تحديث: 2020/08/24 11:38 م", datetime(2020, 8, 24, 23, 38)),
    ("26-12-2017 | 20:13", datetime(2017, 12, 26, 20, 13)),
    ("السبت، 13-09-2025 08:24 م", datetime(2025, 9, 13, 20, 24)),
    ("٠٤/٠٣/٢٠٢٠", datetime(2020, 3, 4)),
    ("۱۲.۰۵.۲۰۲۱", datetime(2021, 5, 12)),
    ("21/01/2025 10:33PM", datetime(2025, 1, 21, 22, 33)),
    ("الإثنين 09/مارس/2026 - 09:25 م", datetime(2026, 3, 9, 21, 25)),
    # Hijri (Umm al-Qura)
    ("10 رجب 1441 هـ", datetime(2020, 3, 5)),
    ("1 رمضان 1441 هـ", datetime(2020, 4, 24)),
    ("14 محرم 1447 هـ، الموافق لـ10 يوليوز 2025", datetime(2025, 7, 10)),
    ("19 ذو الحجة 1439 هـ الموافق 30 أغسطس 2018 م", datetime(2018, 8, 30)),
    # times with zones
    ("4 مارس 2020 10:00 بتوقيت مكة المكرمة", datetime(2020, 3, 4, 10, tzinfo=_tz(3))),
    ("4 مارس 2020 10:00 GMT", datetime(2020, 3, 4, 10, tzinfo=_tz(0))),
    ("04/03/2020 10:00 (GMT+0400)", datetime(2020, 3, 4, 10, tzinfo=_tz(4))),
    # relative to REF
    ("اليوم", datetime(2020, 3, 4)),
    ("أمس", datetime(2020, 3, 3)),
    ("أول أمس", datetime(2020, 3, 2)),
    ("أول من أمس", datetime(2020, 3, 2)),
    ("غداً", datetime(2020, 3, 5)),
    ("منذ 5 دقائق", datetime(2020, 3, 4, 12, 25)),
    ("منذ ساعتين", datetime(2020, 3, 4, 10, 30)),
    ("منذ ٣ ساعات", datetime(2020, 3, 4, 9, 30)),
    ("منذ ثلاثة أيام", datetime(2020, 3, 1)),
    ("قبل يومين", datetime(2020, 3, 2)),
    ("قبل أسبوعين", datetime(2020, 2, 19)),
    ("منذ شهرين", datetime(2020, 1, 4)),
    ("الأسبوع الماضي", datetime(2020, 2, 26)),
    ("الثلاثاء", datetime(2020, 3, 3)),
    ("الخميس المقبل", datetime(2020, 3, 5)),
    # no date at all
    ("القرار 2254", None),
    ("قتل 30 جنديا", None),
    ("145 طفلا", None),
    ("لا يوجد تاريخ في هذا النص", None),
    ("السعر 12.50 دولار", None),
    ("هاتف 0123-456-789", None),
]


def _dateparser() -> Callable[[str], datetime | None] | None:
    try:
        import dateparser
    except ImportError:
        return None
    settings = {"RELATIVE_BASE": REF}

    def parse(text: str) -> datetime | None:
        try:
            return dateparser.parse(text, languages=["ar"], settings=settings)
        except Exception as error:  # noqa: BLE001 - a crash is a miss, and is reported
            print(f"dateparser raised {type(error).__name__} on {text!r}", file=sys.stderr)
            return None

    return parse


def _htmldate() -> Callable[[str], datetime | None] | None:
    try:
        from htmldate import find_date
    except ImportError:
        return None

    def parse(text: str) -> datetime | None:
        page = f"<html><head></head><body><p>{text}</p></body></html>"
        found = find_date(page, extensive_search=True, outputformat="%Y-%m-%d")
        return None if found is None else datetime.strptime(found, "%Y-%m-%d")

    return parse


def contenders() -> tuple[dict[str, Callable[[str], datetime | None]], list[str]]:
    """The parsers to compare, and the names of those not installed."""
    from arnews import parse_date

    funcs: dict[str, Callable[[str], datetime | None]] = {OURS: with_reference(parse_date, REF)}
    missing = []
    for name, make in (('dateparser (languages=["ar"])', _dateparser), ("htmldate", _htmldate)):
        func = make()
        if func is None:
            missing.append(name)
        else:
            funcs[name] = func
    return funcs, missing


def _same_date(got: datetime | None, expected: datetime | None) -> bool:
    if got is None or expected is None:
        return got is expected
    return got.date() == expected.date()


def _exact(got: datetime | None, expected: datetime | None) -> bool:
    if got is None or expected is None:
        return got is expected
    if (got.tzinfo is None) != (expected.tzinfo is None):
        return False
    return got == expected


def time_run(
    funcs: dict[str, Callable[[str], datetime | None]], texts: list[str], rounds: int, repeat: int
) -> dict[str, float]:
    """One run: CPU seconds per pass over *texts* of every function, best of *rounds*.

    Each round times every function once (*repeat* passes), in a shuffled order, so a
    busy moment of a shared machine slows every contender alike."""
    best = dict.fromkeys(funcs, float("inf"))
    order = list(funcs)
    shuffler = random.Random(len(texts))
    for _ in range(rounds):
        shuffler.shuffle(order)
        for name in order:
            func = funcs[name]
            start = time.process_time()
            for _ in range(repeat):
                for text in texts:
                    func(text)
            best[name] = min(best[name], (time.process_time() - start) / repeat)
    return best


def timing(
    funcs: dict[str, Callable[[str], datetime | None]], texts: list[str], args: argparse.Namespace
) -> dict[str, Any]:
    """``--runs`` independent runs; per run the µs per string and × arnews, and the ranges."""
    runs = []
    for _ in range(args.runs):
        best = time_run(funcs, texts, args.rounds, args.repeat)
        per_call = {name: seconds / len(texts) * 1e6 for name, seconds in best.items()}
        ours = per_call[OURS]
        runs.append(
            {
                "us_per_string": {k: round(v, 2) for k, v in per_call.items()},
                "x_arnews": {k: round(v / ours, 2) for k, v in per_call.items()},
            }
        )
    return {
        "runs": runs,
        "us_per_string": {
            name: round(min(run["us_per_string"][name] for run in runs), 2) for name in funcs
        },
        "x_arnews_range": {
            name: [min(r["x_arnews"][name] for r in runs), max(r["x_arnews"][name] for r in runs)]
            for name in funcs
        },
        "x_arnews_median": {
            name: round(statistics.median(r["x_arnews"][name] for r in runs), 2) for name in funcs
        },
    }


def _share(
    results: dict[str, list[datetime | None]],
    right: Callable[[datetime | None, datetime | None], bool],
) -> dict[str, float]:
    """Per parser, the share of :data:`CASES` whose result is *right*."""
    return {
        name: sum(right(g, e) for g, (_, e) in zip(got, CASES, strict=True)) / len(CASES)
        for name, got in results.items()
    }


def main(argv: list[str] | None = None) -> None:
    """Score and time every contender on :data:`CASES`; print the table and a JSON line."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--rounds", type=int, default=9, help="rounds per run, best kept (9)")
    parser.add_argument(
        "--repeat", type=int, default=5, help="passes over the strings per round (default 5)"
    )
    parser.add_argument(
        "--runs", type=int, default=5, help="independent runs, for the range of ratios (5)"
    )
    args = parser.parse_args(argv)

    funcs, missing = contenders()
    texts = [text for text, _ in CASES]
    results = {name: [func(text) for text in texts] for name, func in funcs.items()}  # warm-up
    timed = timing(funcs, texts, args)
    n = len(CASES)
    exact, dates = _share(results, _exact), _share(results, _same_date)
    print(
        f"{n} strings (bylines, meta values, relative phrases, non-dates), reference "
        f"{REF.isoformat(sep=' ')}; all warm (every string parsed once before timing); "
        f"CPU time, {args.runs} runs of {args.rounds} shuffled round-robin rounds of "
        f"{args.repeat} passes each. µs per string: best round of all runs; × arnews: "
        f"median of the {args.runs} runs' ratios (each from its best rounds), and their "
        f"range. Python {platform.python_version()}, arnews {package_version('arnews')}, "
        f"dateparser {package_version('dateparser')}, htmldate {package_version('htmldate')}\n"
    )
    print("| parser | exact | same date | µs per string | arnews is × faster (range) |")
    print("|---|---:|---:|---:|---:|")
    for name in funcs:
        low, high = timed["x_arnews_range"][name]
        print(
            f"| {name} | {exact[name]:.1%} | {dates[name]:.1%} "
            f"| {timed['us_per_string'][name]:,.1f} "
            f"| {timed['x_arnews_median'][name]:,.1f} ({low:,.1f}–{high:,.1f}) |"
        )
    for name in missing:
        print(f"| {name} | not installed | - | - | - |")
    print()
    for name, got in results.items():
        wrong = [(text, g, e) for g, (text, e) in zip(got, CASES, strict=True) if not _exact(g, e)]
        print(f"{name}: {len(wrong)} not exact")
        for text, g, e in wrong:
            print(f"  {text!r}: got {g}, expected {e}")
    print()
    print(
        json.dumps(
            {
                "strings": n,
                "rounds": args.rounds,
                "repeat": args.repeat,
                "exact": {k: round(v, 4) for k, v in exact.items()},
                "same_date": {k: round(v, 4) for k, v in dates.items()},
                **timed,
                "missing": missing,
            },
            ensure_ascii=False,
        )
    )
    sys.stdout.flush()


if __name__ == "__main__":
    main()
