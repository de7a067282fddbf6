"""Development sessions: ``nox -s tests lint typing docs build`` (and ``bench``)."""

from __future__ import annotations

import shutil
from pathlib import Path

import nox
import tomllib

ROOT = Path(__file__).parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PYTHONS = ["3.10", "3.11", "3.12", "3.13"]
nox.options.sessions = ["tests", "lint", "typing", "docs", "build"]
nox.options.error_on_missing_interpreters = False


def _extra(name: str) -> list[str]:
    return list(PYPROJECT["project"]["optional-dependencies"][name])


@nox.session(python=PYTHONS)
def tests(session: nox.Session) -> None:
    """Run the test suite on every supported Python found on this machine."""
    session.install("-e", ".[test]")
    session.run("python", "-m", "pytest", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff check and ruff format --check."""
    session.install(*[d for d in _extra("lint") if d.startswith("ruff")])
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def typing(session: nox.Session) -> None:
    """mypy --strict on the package and on a file written as a user would."""
    session.install("-e", ".[lint]")
    session.run("mypy", "--strict")


@nox.session
def docs(session: nox.Session) -> None:
    """Build the docs with warnings as errors, and run their examples."""
    session.install("-e", ".[docs]")
    shutil.rmtree(ROOT / "docs" / "_build", ignore_errors=True)
    session.run(
        "sphinx-build", "-W", "-n", "--keep-going", "-b", "html", "docs", "docs/_build/html"
    )
    session.run("sphinx-build", "-W", "-n", "-b", "doctest", "docs", "docs/_build/doctest")


@nox.session
def build(session: nox.Session) -> None:
    """Build the sdist and wheel, install the wheel, and run the tests against it."""
    shutil.rmtree(ROOT / "dist", ignore_errors=True)
    session.install("build")
    session.run("python", "-m", "build")
    wheel = next((ROOT / "dist").glob("*.whl"))
    session.install(f"{wheel}[test]")
    # Run from a temporary folder so that the installed wheel, not src/, is imported.
    tmp = Path(session.create_tmp()).resolve()
    shutil.rmtree(tmp / "tests", ignore_errors=True)
    shutil.copytree(ROOT / "tests", tmp / "tests")
    shutil.copy(ROOT / "pyproject.toml", tmp / "pyproject.toml")
    session.chdir(tmp)
    session.run(
        "python",
        "-m",
        "pytest",
        "-p",
        "no:cacheprovider",
        "-o",
        "testpaths=tests",
        env={"ARNEWS_CORPUS": str(ROOT.parent / "shared" / "corpus")},
    )
    session.run("python", "-c", "import arnews, sys; assert 'site-packages' in arnews.__file__")


@nox.session
def bench(session: nox.Session) -> None:
    """Accuracy, speed, scaling and crawls against other libraries (see benchmarks/README.md)."""
    session.install("-e", ".[dask]", "-r", "benchmarks/requirements.txt")
    # camel-tools' own requirements pull in torch and CUDA wheels (gigabytes) that its
    # normalization functions never import; its code alone is enough for the comparison.
    session.install("--no-deps", "camel-tools")
    session.run("python", "-m", "benchmarks", *session.posargs)
