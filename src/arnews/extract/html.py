"""The HTML pipeline: (load →) site → context → fields → classify → assemble.

Read :func:`extract_html` top to bottom: each stage takes what the one before made.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from lxml import etree

from arnews.extract.assemble import assemble
from arnews.extract.blocks import body_blocks, classify_body
from arnews.extract.context import build_context
from arnews.extract.draft import Draft
from arnews.extract.media import find_images, find_related, find_tags
from arnews.extract.page import build_page
from arnews.extract.people import find_authors
from arnews.extract.roles import Role
from arnews.extract.stamps import find_modified, find_published
from arnews.extract.titles import find_subtitle, find_title
from arnews.model import Article
from arnews.sites import Site, find_site

__all__ = ["extract_html"]


def extract_html(
    root: etree._Element | None,
    url: str | None,
    *,
    reference_date: datetime | None,
    sites: Sequence[Site] | None,
) -> Article:
    """The article of a parsed page (*root* from :func:`~arnews.extract.load.load_html`);
    see :func:`arnews.parse_html`.

    The tree and the page's blocks are let go before the last stage: the body's dates
    and quotes, found by then, need memory of their own on a long page."""
    if root is None:
        return Article(url=url)
    draft, site = _draft(root, url, reference_date, sites)
    del root  # the caller passes the only other reference along (see parse_html)
    return assemble(draft, site, reference_date)


def _draft(
    root: etree._Element,
    url: str | None,
    reference_date: datetime | None,
    sites: Sequence[Site] | None,
) -> tuple[Draft, Site | None]:
    """What the HTML field steps find in *root*, and the page's site."""
    page = build_page(root, url)
    site = find_site(page.url, sites)
    ctx = build_context(page, site, reference=reference_date)
    title = find_title(ctx)
    subtitle = find_subtitle(ctx, title)
    body = classify_body(body_blocks(ctx), ctx, title, subtitle)
    authors, byline_source = find_authors(ctx, body.texts(Role.BYLINE))
    published, modified = find_published(ctx), find_modified(ctx)
    draft = Draft(
        url=page.url,
        canonical_url=page.canonical,
        site_name=ctx.site_name,
        title=title,
        subtitle=subtitle,
        authors=authors,
        byline_source=byline_source,
        credit=body.credit,
        published=published.value if published else None,
        published_precision=published.precision if published else None,
        modified=modified.value if modified else None,
        modified_precision=modified.precision if modified else None,
        paragraphs=body.texts(Role.STORY),
        tags=find_tags(ctx, title),
        images=find_images(ctx),
        related=find_related(ctx),
        language=page.language,
    )
    return draft, site
