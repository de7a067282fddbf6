"""``arnews parse`` as a process: streaming, --jobs, signals, kills, a terminal.

A named pipe (FIFO) given as the last input holds a run in the middle, at a
point the test chooses, without any sleep: the run blocks opening it until the
test opens it for writing. Runs are started in a session of their own, so that
a signal sent to the "terminal" (the process group) reaches the workers too.
"""

from __future__ import annotations

import gzip
import os
import pty
import select
import signal
import subprocess
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from arnews._workers import WorkerError, WorkerPool, ordered_results, start_thread
from tests.cli_helpers import (
    DUMP,
    DUMP_TITLE,
    TIMEOUT,
    command,
    environment,
    err_lines,
    records,
    run,
    start,
)
from tests.warc_builder import PAGE_1, PAGE_3, TITLE_1, TITLE_3, article_html

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc"),
]


def _read_lines(process: subprocess.Popen[bytes], count: int) -> bytes:
    """The first *count* lines of the process's output, read without Python's buffering (so
    that select sees what is left), or fail at the deadline."""
    assert process.stdout is not None
    fd = process.stdout.fileno()
    deadline = time.monotonic() + TIMEOUT
    data = b""
    while data.count(b"\n") < count:
        ready, _, _ = select.select([fd], [], [], max(deadline - time.monotonic(), 0))
        assert ready, "no output before the deadline"
        chunk = os.read(fd, 65536)
        assert chunk, "the output ended early"
        data += chunk
    return data


def _children(pid: int) -> set[int]:
    """Every living descendant of *pid* (from /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            parents[int(entry.name)] = int(fields[1])
    found: set[int] = set()
    frontier = {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _alive(pid: int) -> bool:
    """Whether *pid* runs (a zombie waiting for a reaper does not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_for(predicate: object, what: str) -> None:
    deadline = time.monotonic() + TIMEOUT
    while not predicate():  # type: ignore[operator]
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


@pytest.fixture
def held(tmp_path: Path) -> Iterator[tuple[list[str], Path]]:
    """Inputs whose last one is a FIFO: a run stops there until the test writes to it."""
    (tmp_path / "a.html").write_text(PAGE_1, encoding="utf-8")
    (tmp_path / "b.txt").write_text(DUMP, encoding="utf-8")
    fifo = tmp_path / "c.html"
    os.mkfifo(fifo)
    return [str(tmp_path / "a.html"), str(tmp_path / "b.txt"), str(fifo)], fifo


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_records_stream_out_before_the_last_input_is_read(
    held: tuple[list[str], Path], jobs: str
) -> None:
    """The first records are written while a later input cannot even be opened yet, at -j 1
    and -j 2; then the run goes on to the end, in input order."""
    paths, fifo = held
    process = start(["parse", *paths, "--jobs", jobs])
    try:
        head = _read_lines(process, 1)
        assert records(head)[0]["title"] == TITLE_1
        fifo.write_text(PAGE_3, encoding="utf-8")
        rest, _ = process.communicate(timeout=TIMEOUT)
    finally:
        process.kill()
        process.wait()
    assert [r["title"] for r in records(head + rest)] == [TITLE_1, DUMP_TITLE, TITLE_3]
    assert process.returncode == 0


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="POSIX signal masks")
def test_helper_threads_leave_ctrl_c_to_the_main_thread() -> None:
    """The threads of a run (input read-ahead, worker pipes) are born with SIGINT and
    SIGTERM blocked, so the kernel hands Ctrl-C to the main thread, the only one Python
    runs handlers in; the main thread's own mask is left as it was."""
    before = signal.pthread_sigmask(signal.SIG_BLOCK, set())
    seen: list[set[signal.Signals]] = []
    done = threading.Event()

    def report() -> None:
        seen.append(signal.pthread_sigmask(signal.SIG_BLOCK, set()))
        done.set()

    start_thread(report)
    assert done.wait(TIMEOUT)
    assert {signal.SIGINT, signal.SIGTERM} <= seen[0]
    assert signal.pthread_sigmask(signal.SIG_BLOCK, set()) == before


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_exits_130_without_a_traceback(held: tuple[list[str], Path], jobs: str) -> None:
    """SIGINT to the whole process group (what Ctrl-C does) mid-run: exit 130, one line
    saying so, no traceback from the parent or a worker, no process left."""
    paths, _ = held
    process = start(["parse", *paths, "--jobs", jobs], start_new_session=True)
    try:
        both = _read_lines(process, 2)
        assert [r["title"] for r in records(both)] == [TITLE_1, DUMP_TITLE]  # now at the FIFO
        family = _children(process.pid)
        os.killpg(process.pid, signal.SIGINT)
        _, err = process.communicate(timeout=TIMEOUT)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == 130
    lines = err_lines(err)
    assert len(lines) == 1
    assert lines[0].startswith("arnews: interrupted: 2 records read, 2 parsed")
    _wait_for(lambda: not any(_alive(pid) for pid in family), "the workers to end")


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_killing_the_parent_leaves_no_process_and_the_old_output(
    held: tuple[list[str], Path], tmp_path: Path, sig: signal.Signals
) -> None:
    """kill -9 or SIGTERM of `arnews parse -j 2 -o OUT` mid-run: its workers end at once
    (standard error reaches its end: no process holds it), and OUT is the old file."""
    paths, _ = held
    out = tmp_path / "out.jsonl"
    out.write_text("old\n")
    process = start(["parse", *paths, "--jobs", "2", "-o", str(out)], start_new_session=True)
    try:
        _wait_for(lambda: len(_children(process.pid)) >= 2, "two workers")
        family = _children(process.pid)
        process.send_signal(sig)
        _, err = process.communicate(timeout=TIMEOUT)  # returns at the end of stderr
    finally:
        process.kill()
        process.wait()
    _wait_for(lambda: not any(_alive(pid) for pid in family), "the workers to end")
    assert out.read_text() == "old\n"
    if sig == signal.SIGTERM:
        assert process.returncode == 143
        assert err_lines(err)[0].startswith("arnews: terminated: ")
        assert not list(tmp_path.glob(".out.jsonl.*.part"))
    else:
        assert process.returncode == -signal.SIGKILL
    assert b"Traceback" not in err


def test_a_closed_pipe_ends_the_run_quietly(tmp_path: Path) -> None:
    """When the reader of standard output goes away (as `| head -c 100`), the run stops with
    exit code 141 and nothing on standard error, at -j 2 as well."""
    for n in range(60):
        (tmp_path / f"{n:02}.html").write_text(PAGE_1, encoding="utf-8")
    for jobs in ("1", "2"):
        process = start(["parse", str(tmp_path), "--jobs", jobs])
        assert process.stdout is not None
        assert len(process.stdout.read(100)) == 100
        process.stdout.close()
        _, err = process.communicate(timeout=TIMEOUT)
        assert (process.returncode, err) == (141, b"")


def test_a_dead_worker_fails_only_what_it_held() -> None:
    """A worker that dies (a crash in a C extension would) fails the items it held, with
    its exit code; the others come back right and in order; the run goes on."""
    items = list(range(21))
    with WorkerPool(2, "tests.worker_jobs:square_or_die", None) as pool:
        results = list(ordered_results(pool, items, lambda item: True, lambda item: 1))
    assert [item for item, _ in results] == items
    assert results[3][1] == "its worker process died (exit code 3)"
    for item, result in results:
        assert result in (item * item, "its worker process died (exit code 3)")


def test_workers_that_keep_dying_stop_the_run() -> None:
    """Workers that die on every task are replaced a few times, then WorkerError stops the
    run instead of looping for ever."""
    with (
        WorkerPool(2, "tests.worker_jobs:always_die", None) as pool,
        pytest.raises(WorkerError, match="keep dying"),
    ):
        list(ordered_results(pool, range(200), lambda item: True, lambda item: 1))


# --- the acceptance run of issue #17 --------------------------------------------------------


def mixed_directory(root: Path, count: int) -> list[str]:
    """*count* mixed inputs under *root* (HTML, UTF-8 and windows-1256 dumps, gzip files of
    both, in subdirectories) and one broken file; the relative paths in walk order."""
    for n in range(count):
        title = f"خبر رقم {n} عن افتتاح معرض الكتاب الدولي"
        body = f"افتتحت وزارة الثقافة اليوم المعرض رقم {n} بمشاركة مئات دور النشر العربية."
        page = article_html(title, [body, "وقال مدير المعرض إن الدورة تضم آلاف العناوين."])
        dump = f"{title} - موقع المثال\n\n{title}\n\n{body}\n"
        folder = root / f"part{n % 4}"
        folder.mkdir(parents=True, exist_ok=True)
        kind = n % 5
        if kind == 0:
            (folder / f"{n:04}.html").write_text(page, encoding="utf-8")
        elif kind == 1:
            (folder / f"{n:04}.txt").write_text(dump, encoding="utf-8")
        elif kind == 2:
            (folder / f"{n:04}.txt").write_bytes(dump.encode("cp1256"))
        elif kind == 3:
            (folder / f"{n:04}.html.gz").write_bytes(gzip.compress(page.encode("cp1256")))
        else:
            (folder / f"{n:04}.txt.gz").write_bytes(gzip.compress(dump.encode("utf-8")))
    (root / "part1" / "0000-broken.html").write_bytes(bytes(range(256)) * 8)
    found = sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())
    return found


ACCEPTANCE_FILES = 40
"""Inputs of the automated acceptance run (the 1,000-file run is done by hand, see docs)."""


def test_a_mixed_directory_streams_in_order_and_jobs_2_is_identical(tmp_path: Path) -> None:
    """The acceptance run of #17: a directory of mixed inputs and one broken file gives JSON
    Lines in walk order with provenance, the broken file reported on standard error, exit 1;
    -j 2 writes the same bytes and the same report; on a terminal a progress line shows."""
    root = tmp_path / "mixed"
    paths = mixed_directory(root, ACCEPTANCE_FILES)
    one = run(["parse", str(root), "--jobs", "1"])
    two = run(["parse", str(root), "--jobs", "2"])
    assert (one.returncode, two.returncode) == (1, 1)
    assert two.stdout == one.stdout
    assert err_lines(two.stderr) == err_lines(one.stderr)
    got = records(one.stdout)
    broken = str(root / "part1" / "0000-broken.html")
    assert [r["@input"]["path"] for r in got] == [str(root / p) for p in paths if "broken" not in p]
    assert all(r["title"].startswith("خبر رقم ") for r in got)
    lines = err_lines(one.stderr)
    assert lines[0].startswith(f"arnews: {broken}: failed: parse: UndecodableInputError")
    assert lines[1] == (
        f"arnews: {ACCEPTANCE_FILES + 1} records read, {ACCEPTANCE_FILES} parsed, 0 skipped, "
        "1 failed, 0 truncated"
    )
    assert "\r" not in one.stderr.decode()
    _assert_progress_on_a_terminal(root, got)


def _assert_progress_on_a_terminal(root: Path, expected: list[dict[str, object]]) -> None:
    leader, follower = pty.openpty()
    try:
        process = subprocess.Popen(
            [*command(), "parse", str(root), "--jobs", "2"],
            stdout=subprocess.PIPE,
            stderr=follower,
            env=environment(),
        )
        os.close(follower)
        out, _ = process.communicate(timeout=TIMEOUT)
        shown = b""
        while select.select([leader], [], [], 0)[0]:
            try:
                chunk = os.read(leader, 65536)
            except OSError:  # the terminal's other end is closed
                break
            if not chunk:
                break
            shown += chunk
    finally:
        os.close(leader)
    assert records(out) == expected
    text = shown.decode()
    assert "\r" in text
    assert "records," in text
    assert "pages/s" in text
    assert f"{ACCEPTANCE_FILES} parsed" in text
