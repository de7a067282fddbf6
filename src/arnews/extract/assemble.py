"""The assemble stage, shared by both pipelines: a :class:`Draft` → :class:`~arnews.Article`.

Whatever found the fields (an HTML page's cascades and classified body, or a text
dump's classified lines), the last steps are the same and happen here, in this order:

1. the site's hooks fix the title and the paragraphs;
2. the dateline and its credit are read from the first paragraph, an agency credit
   from the end of the last;
3. the source is the first of: the byline's agency, the dateline's, the credit on a
   line of its own, the credit closing the story;
4. the stamps are put in the page's time zone (:mod:`arnews.extract.times`), and
   dates and quotes are found in the body (:func:`arnews.extract.enrich.enrich`),
   the dates in that zone too;
5. the language, the extractor id and the display normalization of every text field
   (:func:`_displayed`).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from arnews.extract.draft import Draft
from arnews.extract.enrich import enrich
from arnews.extract.generic import block_quality
from arnews.extract.load import replace_surrogates
from arnews.extract.people import credit_at_end, find_dateline
from arnews.extract.times import page_times
from arnews.model import Article, Image, Link
from arnews.normalization import normalize
from arnews.sites import Site

__all__ = ["assemble"]


def _display(text: str | None) -> str | None:
    return (normalize(text, preset="display") or None) if text else None


def _displayed(texts: tuple[str, ...]) -> tuple[str, ...]:
    """Each of *texts* in display form, the empty ones and the repeats dropped."""
    return tuple(dict.fromkeys(shown for text in texts if (shown := _display(text))))


def _images(images: tuple[Image, ...]) -> tuple[Image, ...]:
    return tuple(
        replace(image, caption=_display(image.caption), alt=_display(image.alt)) for image in images
    )


def _links(links: tuple[Link, ...]) -> tuple[Link, ...]:
    return tuple(replace(link, text=shown) for link in links if (shown := _display(link.text)))


def assemble(draft: Draft, site: Site | None, reference: datetime | None) -> Article:
    """The article of *draft*: hooks, dateline and source, enrichment, language.

    *reference* resolves relative dates in the body when the draft has no
    publication date. Every datetime of the article is in the page's zone, or naive
    when it is unknown (:mod:`arnews.extract.times`).
    """
    title = draft.title
    if title and site is not None and site.hooks.title is not None:
        title = site.hooks.title(title)
    paragraphs = draft.paragraphs
    if site is not None and site.hooks.paragraphs is not None:
        paragraphs = site.hooks.paragraphs(paragraphs)
    dateline, dateline_source = find_dateline(
        paragraphs[0] if paragraphs else None, draft.site_name, draft.url
    )
    source = (
        draft.byline_source
        or dateline_source
        or draft.credit
        or credit_at_end(paragraphs[-1] if paragraphs else None)
    )
    body = "\n\n".join(paragraphs)
    times = page_times(draft, site, reference)
    dates, quotes = enrich(body, times.reference)
    arabic = bool(body) and block_quality(body) > 0
    return Article(
        # The caller's URL as given; a lone surrogate, which no encoding can write, as U+FFFD.
        url=replace_surrogates(draft.url) if draft.url else draft.url,
        canonical_url=draft.canonical_url,
        site=_display(draft.site_name),
        extractor=site.id if site else "generic",
        title=_display(title),
        subtitle=_display(draft.subtitle),
        authors=_displayed(draft.authors),
        source=_display(source),
        dateline=_display(dateline or draft.byline_place),
        published=times.published,
        published_precision=times.published_precision,
        modified=times.modified,
        modified_precision=times.modified_precision,
        paragraphs=paragraphs,
        tags=_displayed(draft.tags),
        images=_images(draft.images),
        related=_links(draft.related),
        quotes=quotes,
        dates=times.localized(dates),
        language="ar" if arabic else draft.language,
    )
