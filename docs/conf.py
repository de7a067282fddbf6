"""Sphinx configuration for the arnews documentation."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "docs" / "_ext"))

from arnews import __version__  # noqa: E402

project = "arnews"
author = "arnews developers"
copyright = "2026, arnews developers"
release = __version__
version = __version__

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "arnews_bidi",  # Arabic in code blocks in logical order, with _static/bidi.css
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
exclude_patterns = ["_build"]

html_theme = "furo"
html_title = f"arnews {release}"
language = "en"
html_static_path = ["_static"]
html_css_files = ["bidi.css"]

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_typehints_format = "short"
autodoc_preserve_defaults = True

# No network at build time, hence no intersphinx: references to the standard
# library and to third-party types are not resolvable and are listed here.
nitpick_ignore_regex = [
    (r"py:.*", r"(datetime|collections|typing|typing_extensions|regex|lxml|pathlib|io|enum)\b.*"),
    (r"py:.*", r"(os|dask|fsspec)\b.*|(Bag|Errors)$"),  # arnews.warc, arnews.dask
    (r"py:.*", r"(Final|Literal|Mapping|Sequence|Iterable|Iterator|Callable|TextIO|Any|Self)"),
    (r"py:.*", r"(JSONValue|QuoteKind|DateKind|Preset|DigitStyle|_Text)"),
]

doctest_global_setup = "import arnews"
# Docstring examples are run by pytest --doctest-modules; here only {doctest} blocks.
doctest_test_doctest_blocks = ""
