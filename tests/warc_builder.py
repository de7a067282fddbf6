"""WARC/WET files written by hand, byte by byte, for the tests of arnews.warc and the CLI.

Hand-written so that the tests can also build what a reader must survive (wrong
lengths, truncated members, garbage); the pages are our own tiny Arabic articles.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable, Sequence
from pathlib import Path

TITLE_1 = "افتتاح معرض الكتاب في عمّان"
TITLE_2 = "أمطار غزيرة تعم مناطق الشمال"
TITLE_3 = "المنتخب يتأهل إلى نصف النهائي"


def article_html(
    title: str, paragraphs: Sequence[str], *, meta_charset: str | None = "utf-8"
) -> str:
    """A small news page of our own, shaped like the real ones (h1, article, p)."""
    meta = f'<meta charset="{meta_charset}">' if meta_charset else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html lang='ar' dir='rtl'><head>{meta}<title>{title}</title></head>"
        f"<body><nav><a href='/'>الرئيسية</a></nav><article><h1>{title}</h1>{body}</article>"
        "</body></html>"
    )


PAGE_1 = article_html(
    TITLE_1,
    [
        "عمّان - افتتحت وزارة الثقافة صباح اليوم معرض الكتاب الدولي بمشاركة مئات دور النشر.",
        "وقال مدير المعرض إن الدورة الحالية تضم أكثر من مئة ألف عنوان في مختلف المجالات.",
    ],
)
PAGE_2 = article_html(
    TITLE_2,
    [
        "شهدت المحافظات الشمالية أمطاراً غزيرة منذ ساعات الفجر الأولى وسط انخفاض الحرارة.",
        "ودعت الأرصاد الجوية المواطنين إلى توخي الحذر أثناء القيادة على الطرق الجبلية.",
    ],
    meta_charset=None,  # the charset is only in the HTTP header
)
PAGE_3 = article_html(
    TITLE_3,
    [
        "تأهل المنتخب الوطني إلى نصف نهائي البطولة بعد فوزه في مباراة مثيرة مساء أمس.",
        "وسجل المهاجم هدف الفوز في الدقائق الأخيرة وسط احتفالات الجماهير في المدرجات.",
    ],
)
WET_TEXT_1 = f"{TITLE_1}\nعمّان - افتتحت وزارة الثقافة معرض الكتاب الدولي بمشاركة واسعة.\n"
WET_TEXT_2 = f"{TITLE_2}\nشهدت المحافظات الشمالية أمطاراً غزيرة منذ ساعات الفجر الأولى.\n"


def record(
    rec_type: str,
    block: bytes,
    *,
    uri: str | None = None,
    content_type: str | None = None,
    number: int = 0,
    length: int | None = None,
) -> bytes:
    """One WARC/1.0 record; *length* overrides Content-Length (to build a truncated record)."""
    headers = [
        "WARC/1.0",
        f"WARC-Type: {rec_type}",
        f"WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-{number:012d}>",
        "WARC-Date: 2024-02-07T10:00:00Z",
    ]
    if uri is not None:
        headers.append(f"WARC-Target-URI: {uri}")
    if content_type is not None:
        headers.append(f"Content-Type: {content_type}")
    headers.append(f"Content-Length: {len(block) if length is None else length}")
    return "\r\n".join(headers).encode() + b"\r\n\r\n" + block + b"\r\n\r\n"


def http_response(
    body: bytes,
    content_type: str | None = "text/html; charset=utf-8",
    status: str = "200 OK",
    extra: Iterable[str] = (),
) -> bytes:
    """An HTTP/1.1 response block as a WARC response record stores it."""
    lines = [f"HTTP/1.1 {status}", *extra]
    if content_type is not None:
        lines.append(f"Content-Type: {content_type}")
    lines.append(f"Content-Length: {len(body)}")
    return "\r\n".join(lines).encode() + b"\r\n\r\n" + body


def response(uri: str, block: bytes, number: int) -> bytes:
    """A WARC response record holding an HTTP response."""
    return record(
        "response", block, uri=uri, content_type="application/http; msgtype=response", number=number
    )


def write_records(path: Path, records: Iterable[bytes]) -> Path:
    """Write *records* to *path*, one gzip member per record when the name ends in ``.gz``."""
    with path.open("wb") as out:
        for rec in records:
            out.write(gzip.compress(rec) if path.suffix == ".gz" else rec)
    return path


SITE = "https://news.example.org"
WARCINFO = record(
    "warcinfo", b"software: tests\r\n", content_type="application/warc-fields", number=1
)


def crawl_records() -> list[bytes]:
    """A small crawl: 3 pages among 9 records that are no pages (and why), in file order."""
    return [
        WARCINFO,
        record(
            "request",
            b"GET /culture/1 HTTP/1.1\r\nHost: news.example.org\r\n\r\n",
            uri=f"{SITE}/culture/1",
            content_type="application/http; msgtype=request",
            number=2,
        ),
        response(f"{SITE}/culture/1", http_response(PAGE_1.encode()), 3),
        record(
            "metadata",
            b"fetchTimeMs: 12\r\n",
            uri=f"{SITE}/culture/1",
            content_type="application/warc-fields",
            number=4,
        ),
        response(
            f"{SITE}/weather/2",
            http_response(PAGE_2.encode("cp1256"), "text/html; charset=windows-1256"),
            5,
        ),
        response(f"{SITE}/robots.txt", http_response(b"User-agent: *\n", "text/html"), 6),
        response(f"{SITE}/logo.png", http_response(b"\x89PNG\r\n\x1a\n", "image/png"), 7),
        response(
            f"{SITE}/old",
            http_response(b"", None, "301 Moved Permanently", [f"Location: {SITE}/new"]),
            8,
        ),
        record("revisit", b"", uri=f"{SITE}/culture/1", number=9),
        response(f"{SITE}/empty", http_response(b"  \n"), 10),
        record(
            "resource", PAGE_3.encode(), uri=f"{SITE}/sport/3", content_type="text/html", number=11
        ),
        response(f"{SITE}/feed.json", http_response(b"{}", "application/json"), 12),
    ]


CRAWL_URLS = [f"{SITE}/culture/1", f"{SITE}/weather/2", f"{SITE}/sport/3"]
CRAWL_SKIPS = {"record-type": 4, "robots": 1, "content-type": 2, "status": 1, "empty": 1}


def wet_records() -> list[bytes]:
    """A small WET file: warcinfo and two conversion records."""
    return [
        WARCINFO,
        record(
            "conversion",
            WET_TEXT_1.encode(),
            uri=f"{SITE}/culture/1",
            content_type="text/plain",
            number=2,
        ),
        record(
            "conversion",
            WET_TEXT_2.encode(),
            uri=f"{SITE}/weather/2",
            content_type="text/plain",
            number=3,
        ),
    ]


def language_records() -> list[bytes]:
    """Conversion records identified as Arabic, English, both, and not identified."""
    texts = [
        ("ara", WET_TEXT_1),
        ("eng", "Weather: heavy rain in the north.\n"),
        ("eng,ara", WET_TEXT_2),
        (None, WET_TEXT_1),
    ]
    records = []
    for n, (language, text) in enumerate(texts, start=1):
        rec = record(
            "conversion", text.encode(), uri=f"{SITE}/{n}", content_type="text/plain", number=n
        )
        if language is not None:
            rec = rec.replace(
                b"\r\nContent-Type",
                f"\r\nWARC-Identified-Content-Language: {language}\r\nContent-Type".encode(),
                1,
            )
        records.append(rec)
    return records
