"""The atheris harnesses in fuzz/ run on their seeds and on hostile inputs without a finding,
and every input the fuzzers ever reported stays fixed (regression tests).

Skipped where fuzz/ is absent (the wheel build runs a copy of tests/ alone).
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest

from tests.robustness.hostile import finish, page

FUZZ = Path(__file__).resolve().parents[2] / "fuzz"
MIN_SEEDS = 4
"""The seed corpus make_seeds.py writes has at least this many inputs."""

REGRESSIONS: tuple[bytes, ...] = (
    # Inputs atheris reported, kept once fixed. None so far: the bugs fixed in this work
    # came from the battery, the Hypothesis properties and the scaling probe; the inputs
    # below are those bugs in the shape a fuzzer would feed them.
    page().encode("utf-8")[:401] + b"\xff" + page().encode("utf-8")[401:],
    ("<div>" * 300 + page()).encode("utf-8"),
    page(head='<meta name="author" content="' + " " * 20_000 + 'x">').encode("utf-8"),
    b"<p>\xed\xa0\x80</p>",  # a UTF-8-encoded surrogate: lone surrogate under surrogateescape
    # The URL and charset bugs of #19 in the shape fuzz_urls.py reads (label, encoding=,
    # url=, hrefs; NUL-separated): a scheme split by a line break, DATA: in capitals, a
    # page replacing the caller's URL, a bidi override in a URL, UTF-8 labelled cp1256,
    # a lone surrogate in url=.
    b"windows-1256\x00\x00https://e.example/a\x00https://mirror.example/a\x00\x00\x00"
    b"DATA:text/html,x\x00java\nscript:alert(1)\x00/b\xe2\x80\xae/c",
    b"utf-8\x00windows-1256\x00\xed\xa0\x80\x00/a",
)


@pytest.fixture(scope="module")
def fuzz_dir(monkeypatch_module: pytest.MonkeyPatch) -> Path:
    """The fuzz/ directory, importable (its harnesses import ``invariants`` as a sibling)."""
    if not (FUZZ / "invariants.py").is_file():
        pytest.skip("fuzz/ is not beside tests/ (tests run from a copy)")
    monkeypatch_module.syspath_prepend(str(FUZZ))
    return FUZZ


@pytest.fixture(scope="module")
def monkeypatch_module() -> Iterator[pytest.MonkeyPatch]:
    """A module-scoped MonkeyPatch."""
    patcher = pytest.MonkeyPatch()
    yield patcher
    patcher.undo()


def _load(directory: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"fuzz_{name}", directory / f"{name}.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _targets(directory: Path) -> list[Callable[[bytes], None]]:
    names = ("fuzz_parse_html", "fuzz_text", "fuzz_urls")
    return [_load(directory, name).one_input for name in names]


def test_harnesses_accept_their_seeds(fuzz_dir: Path) -> None:
    """Both harnesses run on every generated seed without reporting anything."""
    seeds = _load(fuzz_dir, "make_seeds").seeds()
    assert len(seeds) >= MIN_SEEDS
    for target in _targets(fuzz_dir):
        for seed in seeds:
            finish(lambda target=target, seed=seed: target(seed))


@pytest.mark.parametrize("data", REGRESSIONS, ids=range(len(REGRESSIONS)))
def test_regressions(fuzz_dir: Path, data: bytes) -> None:
    """Each kept input passes both harnesses' checks."""
    for target in _targets(fuzz_dir):
        finish(lambda target=target: target(data))


def test_invariants_catch_a_bad_span(fuzz_dir: Path) -> None:
    """The shared checks do report a span that does not give back its text (they can fail)."""
    import arnews

    invariants = _load(fuzz_dir, "invariants")
    bad = arnews.Quote(content="x", speaker=None, cue="قال", kind="direct", start=0, end=1)
    with pytest.raises(AssertionError, match="quote span"):
        invariants.check_spans("y", [], [bad])
