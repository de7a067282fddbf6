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


SEED_FILE = "000_5a16510d4bb6253d.txt"


@pytest.fixture(scope="session")
def seed_text(corpus: Path) -> str:
    """The seed article (a republished Baladi News story), read from ``seeds/`` beside the
    corpus; tests that need it are skipped when it is absent."""
    path = corpus.parent / "seeds" / SEED_FILE
    if not path.is_file():
        pytest.skip(f"seed article not found at {path}")
    return path.read_text(encoding="utf-8")
