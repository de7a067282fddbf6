"""The offsets of a tracked string, stored as runs: :class:`Offsets` and its builder.

Normalization keeps most characters where they were, so the map from output to input
indexes is a few long stretches where each output character comes from the input
character after the previous one. :class:`Offsets` stores one pair of integers per
stretch (a run), not one per character: a text of a million characters with a
thousand edits costs a thousand runs. Reading an offset is a binary search over the
runs; an edit builds new offsets from ranges of the old ones with :class:`Builder`.
"""

from __future__ import annotations

from array import array
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain
from typing import Final, overload

__all__ = ["Builder", "Offsets"]

_RUN_TYPE: Final = "q"
"""The :mod:`array` type code of run starts: signed 64-bit."""


class Offsets(Sequence[int]):
    """For each character of a string, the input index it came from, stored as runs.

    Run *r* covers output indexes ``out[r]`` up to the next run's start and maps index *k*
    to ``inp[r] + k - out[r]``. Immutable once built (a :class:`Builder` makes one).

    >>> offsets = Offsets.identity(5)
    >>> list(offsets), offsets[3], len(offsets)
    ([0, 1, 2, 3, 4], 3, 5)
    """

    __slots__ = ("_inp", "_length", "_out")

    def __init__(self, out: array[int], inp: array[int], length: int) -> None:
        """Runs starting at output indexes *out* and input indexes *inp*, *length* in all."""
        self._out = out
        self._inp = inp
        self._length = length

    @classmethod
    def identity(cls, length: int) -> Offsets:
        """The offsets of an input: each character at its own index (one run)."""
        start = [0] if length else []
        return cls(array(_RUN_TYPE, start), array(_RUN_TYPE, start), length)

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> int: ...

    @overload
    def __getitem__(self, index: slice) -> list[int]: ...

    def __getitem__(self, index: int | slice) -> int | list[int]:
        if isinstance(index, slice):
            start, stop, step = index.indices(self._length)
            if step != 1:
                return [self[k] for k in range(start, stop, step)]
            values: list[int] = []
            for first, count in self._runs_of(start, stop):
                values.extend(range(first, first + count))
            return values
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError("offset index out of range")
        run = bisect_right(self._out, index) - 1
        return self._inp[run] + index - self._out[run]

    def __iter__(self) -> Iterator[int]:
        # A chain of ranges: the values are produced in C, not one by one by a generator.
        return chain.from_iterable(self._ranges())

    def _ranges(self) -> Iterator[range]:
        """Each run as the range of its input indexes."""
        for first, count in self._runs_of(0, self._length):
            yield range(first, first + count)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Offsets):
            return list(self) == list(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # equal by value, and a mutable-looking map

    def __repr__(self) -> str:
        return f"Offsets({self.tolist()!r})"

    def tolist(self) -> list[int]:
        """Every offset, as a list."""
        values: list[int] = []
        for run in self._ranges():
            values.extend(run)
        return values

    @property
    def runs(self) -> int:
        """How many runs the offsets are stored as."""
        return len(self._out)

    def copy_into(self, builder: Builder, start: int, end: int) -> None:
        """Append the offsets of output indexes ``start..end-1`` to *builder*."""
        if start >= end:
            return
        run = bisect_right(self._out, start) - 1
        if run + 1 == len(self._out) or end <= self._out[run + 1]:  # one run (most edits)
            builder.add_run(self._inp[run] + start - self._out[run], end - start)
            return
        for first, count in self._runs_of(start, end):
            builder.add_run(first, count)

    def _runs_of(self, start: int, end: int) -> Iterator[tuple[int, int]]:
        """The offsets of output indexes ``start..end-1``, as (first offset, count) runs."""
        if start >= end:
            return
        run = bisect_right(self._out, start) - 1
        position = start
        while position < end:
            run_end = self._out[run + 1] if run + 1 < len(self._out) else self._length
            stop = min(run_end, end)
            yield self._inp[run] + position - self._out[run], stop - position
            position = stop
            run += 1


class Builder:
    """Offsets built left to right from runs and single values; adjacent runs that
    continue each other are merged.

    >>> builder = Builder()
    >>> builder.add_run(0, 3); builder.add_values([3, 3, 7]); builder.add_run(8, 2)
    >>> offsets = builder.build()
    >>> list(offsets), offsets.runs
    ([0, 1, 2, 3, 3, 7, 8, 9], 3)
    """

    __slots__ = ("_inp", "_length", "_next", "_out")

    def __init__(self) -> None:
        """An empty builder."""
        self._out: array[int] = array(_RUN_TYPE)
        self._inp: array[int] = array(_RUN_TYPE)
        self._length = 0
        self._next = -1
        """The input index that would continue the last run."""

    def add_run(self, first: int, count: int) -> None:
        """Append *count* offsets ``first, first + 1, …``."""
        if count <= 0:
            return
        if first != self._next:
            self._out.append(self._length)
            self._inp.append(first)
        self._length += count
        self._next = first + count

    def add_values(self, values: Iterable[int]) -> None:
        """Append each of *values*."""
        for value in values:
            self.add_run(value, 1)

    def build(self) -> Offsets:
        """The offsets appended so far."""
        return Offsets(self._out, self._inp, self._length)
