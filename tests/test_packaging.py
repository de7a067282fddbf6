"""The license and typing marker travel with arnews: LICENSE in the repository and
in both distributions (as pyproject.toml declares them), ``py.typed`` in the wheel."""

from __future__ import annotations

import importlib.metadata
import sys
from pathlib import Path

import pytest

import arnews

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    tomllib = pytest.importorskip("tomli")

ROOT = Path(__file__).resolve().parent.parent
CHECKOUT = (ROOT / "src" / "arnews").is_dir()
"""Whether the tests run in a source checkout (not from a copy beside an installed wheel)."""


@pytest.mark.skipif(not CHECKOUT, reason="needs a source checkout")
def test_license_file_is_mit_for_arnews_developers() -> None:
    """LICENSE is the MIT license, copyright 2026 arnews developers."""
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License\n")
    assert "Copyright (c) 2026 arnews developers\n" in text
    assert 'THE SOFTWARE IS PROVIDED "AS IS"' in text


@pytest.mark.skipif(not CHECKOUT, reason="needs a source checkout")
def test_pyproject_ships_license_and_py_typed() -> None:
    """pyproject.toml declares LICENSE as the license file of an MIT project, includes it
    in the sdist, and builds the wheel from the package folder that holds py.typed."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["project"]["license"] == "MIT"
    assert config["project"]["license-files"] == ["LICENSE"]
    targets = config["tool"]["hatch"]["build"]["targets"]
    assert "LICENSE" in targets["sdist"]["include"]
    assert "src/arnews" in targets["sdist"]["include"]
    assert targets["wheel"]["packages"] == ["src/arnews"]
    assert (ROOT / "src" / "arnews" / "py.typed").is_file()


@pytest.mark.skipif(CHECKOUT, reason="checks an installed wheel, not a source checkout")
def test_installed_wheel_carries_license_and_py_typed() -> None:
    """The installed distribution (nox -s build) holds LICENSE and py.typed."""
    assert "site-packages" in arnews.__file__
    files = {str(path) for path in importlib.metadata.files("arnews") or ()}
    assert any(path.endswith(".dist-info/licenses/LICENSE") for path in files)
    assert "arnews/py.typed" in files
    assert importlib.metadata.metadata("arnews")["License-Expression"] == "MIT"
