"""What ``arnews parse`` does with one page, in whichever process: parse, then one JSON record.

The record is :meth:`arnews.Article.to_dict` with one more key in front,
``"@input"``, saying where the page came from (see :data:`PROVENANCE_KEY`); an
``@`` cannot start an :class:`~arnews.Article` field name, so the two never
collide, and :meth:`arnews.Article.from_dict` reads the record as it is.

After parsing, the article's text is checked for the marks of a wrong decoding
(:func:`mojibake_warnings`): they become warnings on standard error, not errors.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Final

import regex

from arnews._inputs import PageJob
from arnews.model import Article
from arnews.warc import WarcPage, parse_page

__all__ = ["PROVENANCE_KEY", "JobConfig", "Outcome", "mojibake_warnings", "run_job"]

PROVENANCE_KEY: Final = "@input"
"""The top-level key of a record that says where its page came from."""

SAMPLE_CHARS: Final = 20_000
"""Characters of an article's text checked for mojibake."""

MIN_ARABIC_LETTERS: Final = 10
"""Arabic letters a re-decoded sample must show before it is called mojibake."""

MAX_BROKEN_RATIO: Final = 0.1
"""Broken sequences allowed per Arabic letter in a re-decoded sample."""

_ARABIC_LETTER: Final = regex.compile(r"[\u0621-\u064a]")
_MISREAD_AS: Final = ("cp1256", "cp1252", "latin-1")
"""Charsets UTF-8 is commonly misread as."""


@dataclass(frozen=True, slots=True)
class JobConfig:
    """What every job of a run shares."""

    reference_date: datetime | None = None
    max_bytes: int = 50 * 1024 * 1024
    indent: int | None = None
    """``None``: one line per record (JSON Lines); a number: indented JSON."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result of one job: a JSON record, or a failure; and warnings."""

    record: str | None
    failure: str | None = None
    warnings: tuple[str, ...] = ()


def _double_encoded(sample: str, codec: str) -> bool:
    """Whether *sample* reads as Arabic once turned back into the bytes *codec* made of it.

    Tolerant: parsing drops some of the characters mojibake is made of (a soft hyphen,
    a control character), so a few broken sequences are allowed.
    """
    fixed = sample.encode(codec, errors="ignore").decode("utf-8", errors="replace")
    arabic = len(_ARABIC_LETTER.findall(fixed))
    return arabic >= MIN_ARABIC_LETTERS and fixed.count("\ufffd") <= MAX_BROKEN_RATIO * arabic


def mojibake_warnings(article: Article) -> list[str]:
    """Warnings about a text that reads wrongly decoded (U+FFFD, UTF-8 read as a code page).

    >>> article = Article(title="ط§ظ„ظ‚ط§ظ‡ط±ط© طھط³طھط¶ظٹظپ ط§ظ„ظ…ط¹ط±ط¶")
    >>> mojibake_warnings(article)
    ['the text reads like UTF-8 decoded as cp1256 (mojibake)']
    >>> mojibake_warnings(Article(title="القاهرة تستضيف المعرض"))
    []
    """
    sample = "\n".join(filter(None, [article.title, article.subtitle, *article.paragraphs]))
    sample = sample[:SAMPLE_CHARS]
    warnings = []
    replaced = sample.count("\ufffd")
    if replaced:
        warnings.append(f"{replaced} characters could not be decoded (shown as U+FFFD)")
    for codec in _MISREAD_AS:
        if _double_encoded(sample, codec):
            warnings.append(f"the text reads like UTF-8 decoded as {codec} (mojibake)")
            break
    return warnings


def run_job(job: PageJob, config: JobConfig) -> Outcome:
    """Parse *job* into its JSON record, or say why it failed (never raises for a page)."""
    page = WarcPage(job.kind, job.url, None, job.payload, job.charset)
    try:
        article = parse_page(page, reference_date=config.reference_date, max_bytes=config.max_bytes)
    except Exception as error:  # noqa: BLE001 (reported with its input; the run goes on)
        return Outcome(None, f"{type(error).__name__}: {error}")
    record = {PROVENANCE_KEY: job.origin, **article.to_dict()}
    text = json.dumps(record, ensure_ascii=False, indent=config.indent)
    return Outcome(text, None, tuple(mojibake_warnings(article)))
