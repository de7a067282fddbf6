"""Shared fixtures and Hypothesis profiles."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci", max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile("ci" if os.environ.get("CI") else "dev")

REPO = Path(__file__).resolve().parent.parent


def corpus_dir() -> Path:
    """The real corpus: $ARNEWS_CORPUS, else ../shared/corpus beside the repository."""
    return Path(os.environ.get("ARNEWS_CORPUS", REPO.parent / "shared" / "corpus"))


@pytest.fixture(scope="session")
def corpus() -> Path:
    """Path of the real corpus; tests that need it are skipped when it is absent."""
    path = corpus_dir()
    if not path.is_dir():
        pytest.skip(f"corpus not found at {path} (set ARNEWS_CORPUS)")
    return path
