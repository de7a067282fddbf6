"""The plain-text pipeline: lines → site → features → classify → fields → assemble.

Read :func:`extract_text` top to bottom: each stage takes what the one before made.
The field steps below read the roles :func:`~arnews.extract.dump.classify_lines`
gave; none of them looks at a raw line again.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Final

import regex

from arnews.extract.assemble import Draft, assemble
from arnews.extract.boilerplate import boilerplate_matcher, phrase_keys
from arnews.extract.dump import Dump, classify_lines
from arnews.extract.lines import TitleSplit, dump_lines, read_lines, title_splits
from arnews.extract.load import replace_surrogates
from arnews.extract.people import People
from arnews.extract.roles import Role
from arnews.extract.stamps import parse_stamp
from arnews.model import Article, Link
from arnews.sites import Site, find_site, registered_sites

__all__ = ["extract_text"]

# Day, month word, year, then an optional clock, at the very start of a paragraph.
_OPENING_STAMP: Final = regex.compile(
    r"^((?:[0-9]{1,2}[ /.-]\p{L}{3,12}[ ,/.-]{1,3}[0-9]{4}"
    r"|[0-9]{1,4}[/.-][0-9]{1,2}[/.-][0-9]{1,4})"
    r"(?:\s*[-–|,]?\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)?)\s*[-–|:]?\s+"
)


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


def _stamps(dump: Dump) -> tuple[datetime | None, datetime | None]:
    """(published, modified): a labelled stamp wins over an unlabelled date line (maybe a
    «today» widget); an update label alone does not date the publication."""
    stamps = dump.of(Role.STAMP)
    labelled = next((s.labelled.published for s in stamps if s.labelled.published), None)
    modified = next((s.labelled.modified for s in stamps if s.labelled.modified), None)
    plain = next((s.stamp for s in stamps if s.stamp is not None and not s.labelled), None)
    return labelled or plain, modified


def _opening_stamp(
    paragraph: str, reference: datetime | None, site: Site | None
) -> tuple[datetime | None, str]:
    """A stamp that opens the story («12 يوليوز, 2018 - 09:15:00 أعلنت …»): its date, and
    the paragraph without it."""
    match = _OPENING_STAMP.match(paragraph)
    if match is None:
        return None, paragraph
    value = parse_stamp(match.group(1), reference=reference, site=site)
    if value is None:
        return None, paragraph
    return value, paragraph[match.end() :]


def _people(dump: Dump, site: Site | None) -> People:
    """The first authors a byline names, and the first source named before the story:
    the site's fixed source line, else a byline's agency or the outlet under the title."""
    names = next((c.names for c in dump.header if c.names), ())
    fixed = site.text.source if site and site.text else None
    return names, fixed or next((c.credit for c in dump.header if c.credit), None)


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
    dump = classify_lines(read_lines(texts, splits, site, matcher, reference_date), site, matcher)
    published, modified = _stamps(dump)
    paragraphs = [line.text for line in dump.of(Role.STORY)]
    if published is None and paragraphs:
        published, paragraphs[0] = _opening_stamp(paragraphs[0], reference_date, site)
    authors, source = _people(dump, site)
    draft = Draft(
        url=url,
        site_name=site.name if site else dump.site_name,
        title=dump.title,
        authors=authors,
        byline_source=source,
        credit=next((c.credit for c in dump.body if c.credit), None),
        published=published,
        modified=modified,
        paragraphs=tuple(paragraphs),
        related=tuple(Link(text=line.text) for line in dump.of(Role.RELATED_ITEM)),
    )
    del texts, splits, dump  # let the lines go: a long dump's dates and quotes need room
    return assemble(draft, site, reference_date)
