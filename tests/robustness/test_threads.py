"""Thread safety: the same pages parsed from several threads give the sequential results,
and running the library changes no module-level state."""

from __future__ import annotations

import importlib
import pkgutil
import random
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime
from functools import partial
from pathlib import Path

import pytest

import arnews
from arnews.errors import ArnewsError
from tests.robustness.hostile import STORY_PARAGRAPHS, finish, page

REFERENCE = datetime(2024, 3, 5, 12, 0)
THREADS = 8
ROUNDS = 3

Job = Callable[[], object]


def _result(job: Job) -> object:
    """*job*'s return value, or its ArnewsError as a comparable (type, message) pair."""
    try:
        return job()
    except ArnewsError as error:
        return (type(error).__name__, str(error))


def _own_jobs() -> list[Job]:
    """Parsing jobs over the fixtures of this package: pages, bytes, dumps and texts."""
    text = "\n\n".join(("عنوان الخبر", *STORY_PARAGRAPHS, "قال الوزير: «سنبدأ أمس الأحد»"))
    pages: list[str | bytes] = [
        page(),
        page("<div>" * 400 + "</div>" * 400),
        page().encode("cp1256"),
        page().encode("utf-8")[:-30] + b"\xff" + page().encode("utf-8")[-30:],
        "<div>" * 3_000 + "</div>" * 3_000,
        random.Random(3).randbytes(2_000),
    ]
    jobs: list[Job] = [partial(arnews.parse_html, data, reference_date=REFERENCE) for data in pages]
    jobs.append(lambda: arnews.parse_text(text, reference_date=REFERENCE))
    jobs.append(lambda: arnews.find_dates(text, reference_date=REFERENCE))
    jobs.append(lambda: arnews.find_quotes(text))
    jobs.append(lambda: arnews.normalize(text))
    jobs.append(lambda: arnews.normalize_with_offsets(text, preset="display"))
    return jobs


def _corpus_jobs(corpus: Path) -> list[Job]:
    """Parsing jobs over every HTML page and the first text dumps of the real corpus."""
    html = sorted((corpus / "html").glob("*/*.html"))
    dumps = sorted((corpus / "text" / "pages").glob("*/*.txt"))[:30]
    jobs: list[Job] = [
        partial(arnews.parse_html, path.read_bytes(), reference_date=REFERENCE) for path in html
    ]
    jobs += [
        partial(arnews.parse_text, path.read_text(encoding="utf-8"), reference_date=REFERENCE)
        for path in dumps
    ]
    return jobs


def _threaded(jobs: list[Job]) -> list[object]:
    """The results of *jobs*, each run ROUNDS times in shuffled order on THREADS threads;
    every result of a job must be the same."""
    order = [i for i in range(len(jobs)) for _ in range(ROUNDS)]
    random.Random(0).shuffle(order)
    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        results = list(pool.map(lambda i: (i, _result(jobs[i])), order))
    by_job: dict[int, list[object]] = {}
    for i, result in results:
        by_job.setdefault(i, []).append(result)
    for i, seen in by_job.items():
        assert all(result == seen[0] for result in seen), f"job {i} differs between threads"
    return [by_job[i][0] for i in range(len(jobs))]


def test_threads_match_sequential_results_on_own_pages() -> None:
    """Pages, dumps and texts parsed from 8 threads give exactly the sequential results."""
    jobs = _own_jobs()
    sequential = [_result(job) for job in jobs]
    assert finish(lambda: _threaded(jobs)) == sequential


@pytest.mark.corpus
@pytest.mark.slow
def test_threads_match_sequential_results_on_the_corpus(corpus: Path) -> None:
    """The real corpus pages parsed from 8 threads give exactly the sequential results."""
    jobs = _corpus_jobs(corpus)
    assert jobs
    sequential = [_result(job) for job in jobs]
    assert finish(lambda: _threaded(jobs)) == sequential


def _modules() -> list[object]:
    """Every module of the arnews package."""
    return [
        importlib.import_module(info.name)
        for info in pkgutil.walk_packages(arnews.__path__, "arnews.")
    ]


def _state() -> dict[str, str]:
    """The repr of every module-level value in arnews that is not a module, class, function
    or compiled pattern: the state a parse could change behind a later one's back."""
    state: dict[str, str] = {}
    for module in _modules():
        for name, value in vars(module).items():
            if name.startswith("__") or callable(value) or hasattr(value, "pattern"):
                continue
            state[f"{module.__name__}.{name}"] = repr(value)
    return state


def test_module_containers_are_final_constants() -> None:
    """Every module-level dict, list or set in arnews is annotated Final (a constant table),
    and none is a list or set (mutable by design)."""
    found = []
    for module in _modules():
        annotations = vars(module).get("__annotations__", {})
        for name, value in vars(module).items():
            if name.startswith("__") or not isinstance(value, dict | list | set | bytearray):
                continue
            found.append(name)
            assert not isinstance(value, list | set | bytearray), f"{module.__name__}.{name}"
            assert "Final" in str(annotations.get(name, "")), f"{module.__name__}.{name}"
    assert found  # the month tables at least: the check looked at something


def test_parsing_changes_no_module_level_state() -> None:
    """Running every entry point (from threads too) leaves all module-level values as they
    were."""
    before = _state()
    assert any(key.endswith("months.EGYPTIAN_GULF") for key in before)
    jobs = _own_jobs()
    for job in jobs:
        _result(job)
    finish(lambda: _threaded(jobs))
    assert _state() == before
