"""The places a page can hold a URL, shared by the URL property tests and the atheris URL
harness (``fuzz/fuzz_urls.py``). Plain data: importing it imports nothing else."""

from __future__ import annotations

import html
import json

URL_SLOTS = (
    '<link rel="canonical" href="{}">',
    '<meta property="og:url" content="{}">',
    '<base href="{}">',
    '<meta property="og:image" content="{}">',
    '<script type="application/ld+json">{{"@type": "NewsArticle", "image": {}}}</script>',
    '<article><figure><img src="{}" alt="صورة"></figure></article>',
    '<h3>مقالات ذات صلة</h3><ul><li><a href="{}">الحكومة تعلن خطة جديدة لتطوير الطرق</a></li></ul>',
    '<p>اقرأ أيضاً: <a href="{}">الوزير يفتتح مشروعاً جديداً للمياه في الجنوب</a></p>',
)
"""Canonical link, og:url, base, og:image, JSON-LD image, <img>, a related list, an
inline «اقرأ أيضاً» link: ``{}`` is where the URL goes."""

STORY = "<p>قال الوزير إن الخطة الجديدة ستنفذ على مراحل خلال العام المقبل.</p>"
"""A story paragraph, so that the page is an article."""


def in_slot(slot: str, href: str) -> str:
    """*slot* holding *href*, escaped for its place (JSON in JSON-LD, else an attribute)."""
    return slot.format(json.dumps(href) if "ld+json" in slot else html.escape(href, quote=True))
