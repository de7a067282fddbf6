"""Coverage-guided fuzzing of the text entry points with atheris: :func:`arnews.parse_text`,
:func:`arnews.find_dates`, :func:`arnews.parse_date`, :func:`arnews.find_quotes`,
:func:`arnews.normalize` and :func:`arnews.normalize_with_offsets`.

The input bytes are read as UTF-8 text, lone surrogates included. Run (see README.md)::

    .venv/bin/python fuzz/fuzz_text.py -max_total_time=300 CORPUS_DIR
"""

from __future__ import annotations

from datetime import datetime

from invariants import REFERENCE, as_text, check_article, check_spans, fuzz

import arnews


def one_input(data: bytes) -> None:
    """Run every text entry point on *data* read as text and check the results."""
    text = as_text(data)
    check_article(arnews.parse_text(text, reference_date=REFERENCE))
    check_spans(text, arnews.find_dates(text, reference_date=REFERENCE), arnews.find_quotes(text))
    value = arnews.parse_date(text, reference_date=REFERENCE)
    if value is not None and not isinstance(value, datetime):
        raise AssertionError(f"parse_date gave {value!r}")
    for preset in ("search", "display"):
        out, offsets = arnews.normalize_with_offsets(text, preset=preset)
        if out != arnews.normalize(text, preset=preset):
            raise AssertionError("normalize and normalize_with_offsets disagree")
        if len(offsets) != len(out) or any(not 0 <= i < len(text) for i in offsets):
            raise AssertionError("offsets do not point into the input")


if __name__ == "__main__":
    fuzz(one_input)
