"""Worker processes for ``arnews parse --jobs N``: results in input order, no orphan left.

Each worker is ``python -m arnews._workers``, started with :mod:`subprocess`
(not :mod:`multiprocessing`: no resource-tracker process, no semaphores, the
same on every OS). Jobs go to it in pickled, length-prefixed frames on its
standard input; results come back the same way on a private copy of its
standard output.

A worker never outlives the parent:

- it reads a *lifeline*, a pipe whose only writing end the parent holds; a
  thread of the worker blocks on it and ends the worker the moment it closes,
  which happens when the parent exits, however it exits (``kill -9`` included);
- it ignores SIGINT: Ctrl-C reaches the whole process group, and only the parent
  decides (it stops the workers and exits 130);
- the end of its standard input (the parent closing it) ends it too.

A worker that dies anyway (a crash in a C extension, the OOM killer) fails only
the pages it held, reported with their inputs, and is replaced.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import pickle
import queue
import signal
import struct
import subprocess
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Final, Generic, TypeVar

__all__ = ["WorkerError", "WorkerPool", "ordered_results", "start_thread"]

_MAIN_THREAD_SIGNALS: Final = frozenset({signal.SIGINT, signal.SIGTERM})
"""The signals the parent handles: only its main thread may receive them."""


def start_thread(target: Callable[..., None], *args: Any) -> None:
    """Run *target* with *args* in a daemon thread that never receives SIGINT or SIGTERM.

    Python runs signal handlers in the main thread only. A signal the kernel hands to
    another thread, one blocked reading a slow input (a FIFO, a pipe), wakes only that
    thread, which goes back to its read, while the main thread sleeps on: Ctrl-C would
    be lost. The signals are blocked around the thread's start, so it is born with them
    blocked (a signal arriving meanwhile waits for the main thread)."""
    blocking = hasattr(signal, "pthread_sigmask")  # not on Windows, where this cannot happen
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _MAIN_THREAD_SIGNALS) if blocking else None
    try:
        threading.Thread(target=target, args=args, daemon=True).start()
    finally:
        if previous is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, previous)


_FRAME: Final = struct.Struct(">Q")
TASKS_PER_WORKER: Final = 4
"""Tasks in flight per worker: keeps the workers busy, bounds what is read ahead."""
BYTES_IN_FLIGHT: Final = 64 * 1024 * 1024
"""Payload bytes read ahead at most (beyond one task): bounds the parent's memory."""
MAX_RESTARTS: Final = 3
"""Workers that may die before any result comes back before the run gives up."""

Item = TypeVar("Item")
Result = TypeVar("Result")


class WorkerError(Exception):
    """The workers cannot run (they die at start, again and again)."""


@dataclass(slots=True)
class _Task(Generic[Item, Result]):
    items: list[Item]
    jobs: list[Item]
    is_job: list[bool] = field(default_factory=list)
    results: list[Result] | None = None
    failure: str | None = None
    worker: int | None = None
    size: int = 0

    @property
    def done(self) -> bool:
        return self.results is not None or self.failure is not None


def _write_frame(stream: IO[bytes], value: object) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_FRAME.pack(len(data)) + data)
    stream.flush()


def _read_frame(stream: IO[bytes]) -> Any:
    head = stream.read(_FRAME.size)
    if len(head) < _FRAME.size:
        return None
    (size,) = _FRAME.unpack(head)
    data = stream.read(size)
    return pickle.loads(data) if len(data) == size else None  # our own child: trusted


@dataclass(slots=True)
class _Worker:
    process: subprocess.Popen[bytes]
    inbox: queue.SimpleQueue[tuple[int, list[Any]] | None] = field(
        default_factory=queue.SimpleQueue
    )
    in_flight: int = 0


class WorkerPool:
    """*jobs* worker processes running ``function(job, config)`` (given as ``module:name``)."""

    def __init__(self, jobs: int, function: str, config: object) -> None:
        self._size = jobs
        self._function = function
        self._config = config
        self.events: queue.SimpleQueue[tuple[str, Any, Any]] = queue.SimpleQueue()
        """Where the workers' results (``result``) and deaths (``died``) arrive."""
        self._workers: list[_Worker] = []
        self._retired: list[_Worker] = []  # dead workers replaced: closed with the pool
        self._deaths = 0
        self._lifeline_read, self._lifeline_write = os.pipe() if os.name == "posix" else (-1, -1)

    @property
    def size(self) -> int:
        """The number of worker processes."""
        return self._size

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self, index: int) -> _Worker:
        package_root = str(Path(__file__).resolve().parent.parent)
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [package_root, env.get("PYTHONPATH")]))
        posix = self._lifeline_read >= 0
        process = subprocess.Popen(
            [sys.executable, "-m", "arnews._workers", str(self._lifeline_read)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            pass_fds=(self._lifeline_read,) if posix else (),
        )
        worker = _Worker(process)
        assert process.stdin is not None
        _write_frame(process.stdin, (self._function, self._config, list(sys.path)))
        for target in (self._send, self._receive):
            start_thread(target, index, worker)
        return worker

    def _send(self, index: int, worker: _Worker) -> None:
        """The sender thread of a worker: tasks from its inbox to its standard input. It
        closes that pipe itself when done, so that no unflushed buffer is left to fail
        later (at garbage collection) against a dead worker."""
        stdin = worker.process.stdin
        assert stdin is not None
        try:
            while (task := worker.inbox.get()) is not None:
                _write_frame(stdin, task)
        except (OSError, ValueError):
            pass  # the worker died (its reader reports it) or the pool is closing
        finally:
            with contextlib.suppress(OSError, ValueError):
                stdin.close()

    def _receive(self, index: int, worker: _Worker) -> None:
        stdout = worker.process.stdout
        assert stdout is not None
        with contextlib.suppress(OSError, ValueError):  # ValueError: closed by close()
            while (frame := _read_frame(stdout)) is not None:
                self.events.put(("result", index, frame))
        self.events.put(("died", index, worker.process.wait()))
        with contextlib.suppress(OSError):
            stdout.close()

    def submit(self, task_id: int, jobs: list[Any]) -> int:
        """Send a task to the least busy worker (starting workers on first use); its index."""
        if not self._workers:
            self._workers = [self._start(i) for i in range(self._size)]
        index = min(range(self._size), key=lambda i: self._workers[i].in_flight)
        self._workers[index].in_flight += 1
        self._workers[index].inbox.put((task_id, jobs))
        return index

    def done(self, index: int) -> None:
        """Note that the worker at *index* finished a task."""
        self._workers[index].in_flight -= 1
        self._deaths = 0

    def replace(self, index: int) -> None:
        """Start a new worker in place of the dead one at *index*."""
        self._deaths += 1
        self._workers[index].inbox.put(None)  # its sender thread ends and closes the pipe
        self._retired.append(self._workers[index])
        if self._deaths > MAX_RESTARTS:
            code = self.exit_code(index)
            raise WorkerError(f"worker processes keep dying (last exit code {code})")
        self._workers[index] = self._start(index)

    def exit_code(self, index: int) -> int | None:
        """The exit code of the worker at *index*, if it has ended."""
        return self._workers[index].process.poll()

    def close(self) -> None:
        """Stop every worker now (closing the lifeline ends them even mid-page)."""
        for fd in (self._lifeline_write, self._lifeline_read):
            if fd >= 0:
                os.close(fd)
        self._lifeline_write = self._lifeline_read = -1
        everyone = self._workers + self._retired
        for worker in everyone:
            worker.inbox.put(None)
            worker.process.kill()
        for worker in everyone:
            worker.process.wait()
            for stream in (worker.process.stdin, worker.process.stdout):
                if stream is not None:
                    with contextlib.suppress(OSError, ValueError):  # a pipe to a dead worker
                        stream.close()
        self._workers, self._retired = [], []


def _tasks(
    items: Iterator[Item], is_job: Callable[[Item], bool], size_of: Callable[[Item], int]
) -> Iterator[_Task[Item, Any]]:
    """One task per item: a task never waits for a next item that may be slow to come (a
    pipe), and the traffic per page (one small frame each way) is tiny next to a parse."""
    for item in items:
        job = is_job(item)
        yield _Task([item], [item] if job else [], [job], size=size_of(item) if job else 0)


class _Budget:
    """How far the reader thread may read ahead: tasks and payload bytes not yet yielded."""

    def __init__(self, tasks: int) -> None:
        self._condition = threading.Condition()
        self._tasks_left = tasks
        self._bytes = 0
        self.closed = False

    def wait_for_room(self) -> bool:
        """Block until another task may be read; ``False`` once the consumer is gone."""
        with self._condition:
            self._condition.wait_for(
                lambda: self.closed or (self._tasks_left > 0 and self._bytes < BYTES_IN_FLIGHT)
            )
            return not self.closed

    def take(self, size: int) -> None:
        with self._condition:
            self._tasks_left -= 1
            self._bytes += size

    def give_back(self, size: int) -> None:
        with self._condition:
            self._tasks_left += 1
            self._bytes -= size
            self._condition.notify()

    def close(self) -> None:
        with self._condition:
            self.closed = True
            self._condition.notify()


def _read_ahead(
    chunks: Iterator[_Task[Item, Any]],
    events: queue.SimpleQueue[tuple[str, Any, Any]],
    budget: _Budget,
) -> None:
    """The reader thread: tasks into *events*, then ``end`` (or the ``error`` that stopped it)."""
    try:
        while budget.wait_for_room():
            task = next(chunks, None)
            if task is None:
                break
            budget.take(task.size)
            events.put(("task", task, None))
    except BaseException as error:  # noqa: BLE001 (handed to the main thread, raised there)
        events.put(("error", error, None))
    else:
        events.put(("end", None, None))


def ordered_results(
    pool: WorkerPool,
    items: Iterable[Item],
    is_job: Callable[[Item], bool],
    size_of: Callable[[Item], int],
) -> Iterator[tuple[Item, Result | str | None]]:
    """Each item with its result (``None`` for items that are no job, a ``str`` saying
    why for jobs whose worker died), in the order of *items*.

    *items* are read in a thread of their own, never more than
    :data:`TASKS_PER_WORKER` tasks per worker and :data:`BYTES_IN_FLIGHT` ahead of
    what has been yielded; finished items at the head are yielded at once, so a
    slow input (a pipe, a network file system) never holds back results already
    made. Whatever stopped the reading (an exception) is raised here, in order.
    """
    budget = _Budget(pool.size * TASKS_PER_WORKER)
    events = pool.events
    chunks = _tasks(iter(items), is_job, size_of)
    start_thread(_read_ahead, chunks, events, budget)
    window: deque[_Task[Item, Any]] = deque()
    tasks: dict[int, _Task[Item, Any]] = {}
    reading = True
    try:
        while reading or window:
            while window and window[0].done:
                task = window.popleft()
                budget.give_back(task.size)
                yield from _finished(task)
            if not reading and not window:
                return
            kind, first, second = events.get()
            if kind == "task":
                window.append(first)
                if first.jobs:
                    first.worker = pool.submit(id(first), first.jobs)
                    tasks[id(first)] = first
                else:
                    first.results = []
            elif kind == "result":
                pool.done(first)
                tasks.pop(second[0]).results = second[1]
            elif kind == "died":
                for lost in [key for key, task in tasks.items() if task.worker == first]:
                    tasks.pop(lost).failure = f"its worker process died (exit code {second})"
                pool.replace(first)
            elif kind == "error":
                raise first
            else:
                reading = False
    finally:
        budget.close()


def _finished(task: _Task[Item, Any]) -> Iterator[tuple[Item, Any]]:
    results = iter(task.results or [])
    for item, job in zip(task.items, task.is_job, strict=True):
        if job:
            yield item, (task.failure if task.failure is not None else next(results))
        else:
            yield item, None


# --- the worker process -----------------------------------------------------------------


def _watch_lifeline(fd: int) -> None:
    """End this process as soon as the parent's end of the lifeline closes."""
    try:
        os.read(fd, 1)
    finally:
        os._exit(0)


def _resolve(name: str) -> Callable[[Any, Any], Any]:
    module, _, attribute = name.partition(":")
    function: Callable[[Any, Any], Any] = getattr(importlib.import_module(module), attribute)
    return function


def worker_main(argv: list[str]) -> int:
    """The loop of a worker process (see the module docstring)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    lifeline = int(argv[0]) if argv else -1
    if lifeline >= 0:
        threading.Thread(target=_watch_lifeline, args=(lifeline,), daemon=True).start()
    results = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # a stray print cannot break a frame
    jobs = sys.stdin.buffer
    start = _read_frame(jobs)
    if start is None:
        return 0
    function_name, config, parent_path = start
    sys.path.extend(p for p in parent_path if p not in sys.path)
    function = _resolve(function_name)
    while (task := _read_frame(jobs)) is not None:
        task_id, items = task
        _write_frame(results, (task_id, [function(item, config) for item in items]))
    return 0


if __name__ == "__main__":
    raise SystemExit(worker_main(sys.argv[1:]))
