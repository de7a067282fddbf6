"""Write a small seed corpus for the fuzz targets into a directory (nothing is committed).

The seeds are made here: a tiny news page in UTF-8, windows-1256 and UTF-16, with JSON-LD,
meta tags, a byline, a dateline, dates and quotes, and a plain-text dump. Pass
``--corpus DIR`` to add the real corpus pages (``../shared/corpus``) as seeds too.

    .venv/bin/python fuzz/make_seeds.py /tmp/arnews-seeds [--corpus ../shared/corpus]
"""

from __future__ import annotations

import argparse
import hashlib
from pathlib import Path

PAGE = (
    '<html><head><meta charset="{charset}"><title>عنوان الخبر - الموقع</title>'
    '<meta name="author" content="سامر الحلبي">'
    '<meta property="article:published_time" content="2024-03-05T10:30:00+03:00">'
    '<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "عنوان الخبر",'
    ' "author": {{"name": "سامر الحلبي"}}, "datePublished": "2024-03-05"}}</script>'
    '</head><body><nav class="menu"><a href="/">الرئيسية</a></nav><article><h1>عنوان الخبر</h1>'
    '<div class="author">بقلم: سامر الحلبي</div><time datetime="2024-03-05">5 مارس 2024</time>'
    "<p>دمشق - (رويترز) قال الوزير: «الاجتماع سيعقد غداً في 6 آذار/مارس 2024».</p>"
    "<p>وأضاف أن الخطة ستنفذ منذ أمس الأحد، مشيراً إلى أن الموعد 1445/8/24 هـ.</p>"
    '<figure><img src="/a.jpg" alt="صورة"><figcaption>الوزير</figcaption></figure>'
    '</article><div class="related"><a href="/b">اقرأ أيضاً: خبر آخر</a></div></body></html>'
)
DUMP = (
    "الرئيسية أخبار رياضة\n\nعنوان الخبر - الموقع\n\nعنوان الخبر\n\nالمصدر: وكالات\n\n"
    "نشر في: 05/03/2024 - 10:30\n\nقال الوزير: «الاجتماع سيعقد غداً».\n\nمقالات ذات صلة\n"
)


URL_FIELDS = (
    # fuzz_urls.py: label, encoding=, url=, then hrefs, separated by NUL bytes
    ("windows-1256", "", "https://www.youm7.com/story/2024/3/5/x/1", "/a/1", "javascript:alert(1)"),
    ("utf-8", "cp1256", "", "https://e.example/a", "//cdn.e.example/i.jpg", "/b\u202e/2"),
    ("latin1", "", "http://[x", "DATA:text/html,x", "java\nscript:x", "../c", "\\\\evil"),
)


def seeds() -> list[bytes]:
    """The generated seeds (pages and a dump for the page and text targets, URL fields for
    the URL target)."""
    out = [PAGE.format(charset=c).encode(c) for c in ("utf-8", "cp1256")]
    out.append(PAGE.format(charset="utf-16").encode("utf-16"))
    out.append(DUMP.encode("utf-8"))
    out += ["\x00".join(fields).encode("utf-8") for fields in URL_FIELDS]
    return out


def main() -> None:
    """Write the seeds (and the corpus pages, with --corpus) into the directory given."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("directory", type=Path)
    parser.add_argument("--corpus", type=Path)
    args = parser.parse_args()
    args.directory.mkdir(parents=True, exist_ok=True)
    data = seeds()
    if args.corpus:
        data += [path.read_bytes() for path in sorted(args.corpus.glob("html/*/*.html"))]
    for item in data:
        (args.directory / hashlib.sha1(item).hexdigest()).write_bytes(item)


if __name__ == "__main__":
    main()
