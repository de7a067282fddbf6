"""Coverage-guided fuzzing of URLs and charset labels with atheris.

The input is cut at NUL bytes into fields: a charset label (put in ``<meta charset>``),
the caller's ``encoding=`` (the HTTP header; none when empty), the caller's ``url=`` (none
when empty), then hrefs, each put in the next URL slot of a page (canonical link,
``og:url``, ``<base href>``, ``og:image``, JSON-LD image, ``<img src>``, related links;
``tests/robustness/url_slots.py``).
The page is parsed as UTF-8 bytes and as windows-1256 bytes. Anything but an Article or an
ArnewsError, an Article with a URL that is not http(s) or holds a control or bidi
character, or a caller's URL replaced, is a crash. Run (see README.md)::

    .venv/bin/python fuzz/fuzz_urls.py -max_total_time=300 -max_len=2000 CORPUS_DIR
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

from invariants import REFERENCE, as_text, check_article, fuzz

import arnews
from arnews.errors import ArnewsError

# The URL slots are shared with the Hypothesis URL properties (tests/robustness/).
sys.path.append(str(Path(__file__).resolve().parent.parent))
from tests.robustness.url_slots import STORY, URL_SLOTS, in_slot


def page_of(label: str, hrefs: list[str]) -> str:
    """The page holding *label* as its charset and each of *hrefs* in the next URL slot."""
    slots = URL_SLOTS * (len(hrefs) // len(URL_SLOTS) + 1)
    parts = [in_slot(slot, href) for slot, href in zip(slots, hrefs, strict=False)]
    return f'<meta charset="{html.escape(label)}">' + "".join(parts) + STORY


def one_input(data: bytes) -> None:
    """Build the page *data* describes, parse it as UTF-8 and windows-1256 bytes, check the
    URLs and the article."""
    fields = as_text(data).split("\x00")
    label, header, url = [*fields, "", "", ""][:3]
    page = page_of(label, fields[3:])
    for encoding in ("utf-8", "cp1256"):
        raw = page.encode(encoding, errors="replace")
        try:
            article = arnews.parse_html(
                raw, url or None, encoding=header or None, reference_date=REFERENCE
            )
        except ArnewsError:
            continue
        check_article(article, url or None)


if __name__ == "__main__":
    fuzz(one_input)
