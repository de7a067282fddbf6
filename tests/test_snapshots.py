"""Every fixture and corpus page gives exactly its committed snapshot (see tests/snapshots)."""

from __future__ import annotations

import pytest

from tests.snapshots import Input, inputs, render, snapshot

_ALL = inputs()


@pytest.mark.parametrize("item", _ALL, ids=lambda item: item.name)
def test_article_matches_snapshot(item: Input) -> None:
    """The whole article is unchanged; regenerate with ``python -m tests.snapshots --update``
    after a wanted change and review the diff."""
    assert item.file.is_file(), f"no snapshot for {item.name}: run python -m tests.snapshots"
    assert render(snapshot(item)) == item.file.read_text(encoding="utf-8")


def test_every_fixture_has_a_snapshot() -> None:
    """Our own fixtures are always present, so their snapshots are checked on every machine."""
    own = inputs(corpus=False)
    assert own
    assert all(item.file.is_file() for item in own)
