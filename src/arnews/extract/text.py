"""The plain-text pipeline: lines → site → features → classify → fields → assemble.

Read :func:`extract_text` top to bottom: each stage takes what the one before made.
The field steps below read the roles :func:`~arnews.extract.dump.classify_lines`
gave; none of them looks at a raw line again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from arnews.extract.assemble import assemble
from arnews.extract.boilerplate import boilerplate_matcher, phrase_keys
from arnews.extract.draft import Draft
from arnews.extract.dump import Dump, classify_lines
from arnews.extract.dumptext import TitleSplit, dump_lines, title_splits
from arnews.extract.lines import Reading, read_lines
from arnews.extract.load import replace_surrogates
from arnews.extract.published import find_published
from arnews.extract.roles import Role
from arnews.extract.sitename import Outlet
from arnews.model import Article, Link
from arnews.sites import Site, find_site, registered_sites

__all__ = ["extract_text"]


def _site_by_title_line(
    splits: Sequence[TitleSplit | None], candidates: Sequence[Site]
) -> Site | None:
    """The site whose name (or a title suffix it uses) ends a «TITLE - SITE» line."""
    for split in splits:
        if split is None:
            continue
        for site in candidates:
            names = (site.text.title_suffixes if site.text else ()) + (site.name,)
            if split.tail_key in phrase_keys(names):
                return site
    return None


def _people(dump: Dump, site: Site | None) -> tuple[tuple[str, ...], str | None, str | None]:
    """The first authors a byline names (before the story, else inside it: «حاوره /
    فلان»), the first source named before the story (the site's fixed source line, else
    a credit line's agency or outlet), and the first city a credit line names."""
    names = next((c.names for c in dump.header if c.names), ()) or next(
        (c.names for c in dump.body if c.role is Role.BYLINE and c.names), ()
    )
    fixed = site.text.source if site and site.text else None
    source = fixed or next((c.credit for c in dump.header if c.credit), None)
    return names, source, next((c.place for c in dump.header if c.place), None)


def extract_text(
    text: str,
    url: str | None,
    *,
    reference_date: datetime | None,
    sites: Sequence[Site] | None,
) -> Article:
    """The article of a dump whose size was checked; see :func:`arnews.parse_text`."""
    texts = dump_lines(replace_surrogates(text))
    del text  # the lines are what is read from here on
    if not texts:
        return Article(url=url)
    splits = title_splits(texts)
    candidates = tuple(sites) if sites is not None else registered_sites()
    site = find_site(url, candidates) or _site_by_title_line(splits, candidates)
    profile = site.text if site else None
    extra = (site.boilerplate if site else ()) + (profile.header_lines if profile else ())
    matcher = boilerplate_matcher(extra)
    outlet = Outlet.of(url, (site.name if site else None,))
    how = Reading(site, matcher, reference_date, outlet)
    dump = classify_lines(read_lines(texts, splits, how), site, matcher, outlet)
    site_name = site.name if site else dump.site_name
    dates = find_published(
        dump,
        [line.text for line in dump.of(Role.STORY)],
        reference=reference_date,
        site=site,
        outlet=Outlet.of(url, (site_name,)),  # as the assemble step reads the dateline
    )
    authors, source, place = _people(dump, site)
    draft = Draft(
        url=url,
        site_name=site_name,
        title=dump.title,
        authors=authors,
        byline_source=source,
        byline_place=place,
        credit=next((c.credit for c in dump.body if c.credit), None),
        published=dates.published,
        modified=dates.modified,
        paragraphs=dates.paragraphs,
        related=tuple(Link(text=line.text) for line in dump.of(Role.RELATED_ITEM)),
    )
    del texts, splits, dump  # let the lines go: a long dump's dates and quotes need room
    return assemble(draft, site, reference_date)
