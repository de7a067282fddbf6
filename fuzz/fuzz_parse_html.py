"""Coverage-guided fuzzing of :func:`arnews.parse_html` with atheris.

Each input is parsed as ``bytes`` (decoding included) and as ``str`` (with lone surrogates
where the bytes are not UTF-8). Anything but an Article or an ArnewsError, or an Article
breaking :mod:`invariants`, is a crash. Run (see README.md)::

    .venv/bin/python fuzz/fuzz_parse_html.py -max_total_time=300 -rss_limit_mb=4096 CORPUS_DIR
"""

from __future__ import annotations

from invariants import REFERENCE, as_text, check_article, fuzz

import arnews
from arnews.errors import ArnewsError


def one_input(data: bytes) -> None:
    """Parse *data* as bytes and as text; check every article that comes out."""
    for html in (data, as_text(data)):
        try:
            article = arnews.parse_html(html, reference_date=REFERENCE)
        except ArnewsError:
            continue
        check_article(article)


if __name__ == "__main__":
    fuzz(one_input)
