"""Job functions for worker-pool tests, imported by the worker processes by name."""

from __future__ import annotations

import os

DYING_ITEM = 3
"""The item whose job kills its worker."""


def square_or_die(item: int, config: object) -> int:
    """The square of *item*; the worker process dies (exit code 3) on :data:`DYING_ITEM`."""
    if item == DYING_ITEM:
        os._exit(3)
    return item * item


def always_die(item: int, config: object) -> int:
    """Kill the worker process (exit code 4), whatever the item."""
    os._exit(4)
