"""Golden cases: one small page (HTML) or dump (text) per site layout and text profile.

Every fixture in ``fixtures/`` was written for these tests: the markup copies the
outlet's structure (class names, ids, stamp formats, boilerplate blocks) as read
off its real pages, the sentences are our own. A fixture's name is
``<site id>--<layout name>.html`` (``<site id>--<layout name>-<variant>.html`` for a
second page of the same layout) or ``<site id>--text.txt``.

What a human holds must be true of each fixture (its URL, headline, day,
authors, snippets, the outlet's related block in ``gone``…) is in
``tests/expected/fixtures/sites/<fixture name>.json``, in the format of the real
pages' expectations (see :mod:`tests.expected`). Everything else the engine gives
(modified, tags, images, dateline, dates, quotes…) is pinned by the fixture's
snapshot in ``tests/snapshots/fixtures/sites/``, and deliberately not repeated here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Final

from tests.expected import Expected, load

FIXTURES: Final = Path(__file__).parent / "fixtures"


@dataclass(frozen=True, slots=True)
class Case:
    """One fixture and what its site extractor must make of it."""

    fixture: Path
    expected: Expected

    @property
    def site(self) -> str:
        """The id of the site that must be picked (``Article.extractor``)."""
        return self.fixture.stem.split("--")[0]

    @property
    def layout(self) -> str | None:
        """The layout the fixture exercises; ``None`` for a text dump."""
        if self.fixture.suffix == ".txt":
            return None
        return self.fixture.stem.split("--")[1].split("-")[0]

    @property
    def url(self) -> str | None:
        """The URL the page is parsed with (``None``: routed by its own content)."""
        return self.expected.url

    @property
    def id(self) -> str:
        """A readable pytest id: ``site:layout[-variant]`` or ``site:text``."""
        site, rest = self.fixture.stem.split("--")
        return f"{site}:{rest}"


def _cases(pattern: str) -> tuple[Case, ...]:
    return tuple(
        Case(path, load(f"fixtures/sites/{path.name}")) for path in sorted(FIXTURES.glob(pattern))
    )


HTML_CASES: Final = _cases("*.html")
"""One case per HTML layout of every built-in site (and a variant where a layout has two
shapes worth pinning)."""

TEXT_CASES: Final = _cases("*.txt")
"""One case per text profile of every built-in site."""

CASES: Final = HTML_CASES + TEXT_CASES
