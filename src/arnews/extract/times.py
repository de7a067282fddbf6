"""The time-zone rule of an article: one zone for every datetime, or none.

Within one :class:`~arnews.Article`, every datetime (:attr:`~arnews.Article.published`,
:attr:`~arnews.Article.modified`, each :attr:`arnews.DateMention.value`) is aware when
the page's zone is known, and then all are in that zone; when it is not known, all
are naive, so any two of them compare. The page's zone is the first of:

1. the zone the site declares (:attr:`arnews.sites.DateRules.utc_offset`);
2. the zone of the publication stamp (an offset in JSON-LD or a meta value, «GMT+3»
   or «بتوقيت مكة» in a printed stamp);
3. the zone of the update stamp.

A zone written in the body («10:00 بتوقيت غرينتش») is the zone of that one time,
not the page's. A naive value is a wall-clock time of the page: it gets the page's
zone. An aware time of day is converted to it; an aware value that states only a
day (or a month, a year) keeps its calendar day. When the page's zone is unknown, an
aware value in the body keeps the wall-clock time as written and loses its zone.

Body dates are resolved against the publication date, else the caller's
``reference_date``, both read as wall-clock times of the page's zone.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, time, timezone, tzinfo

from arnews.extract.draft import Draft
from arnews.model import DateMention, DatePrecision
from arnews.sites import Site

__all__ = ["PageTimes", "page_times"]


def _precision(value: datetime, precision: DatePrecision | None) -> DatePrecision:
    """*precision*, or for a pipeline that gave none, what *value* shows: a clock time
    unless it is midnight."""
    if precision is not None:
        return precision
    return "day" if value.time() == time() else "minute"


def in_zone(value: datetime, precision: DatePrecision, zone: tzinfo | None) -> datetime:
    """*value* in the page's *zone* (naive when the zone is unknown), by the rule above."""
    if zone is None:
        return value.replace(tzinfo=None)
    if value.tzinfo is None or precision != "minute":
        return value.replace(tzinfo=zone)
    return value.astimezone(zone)


def _zone(site: Site | None, *stamps: datetime | None) -> tzinfo | None:
    """The page's zone: the site's, else that of the first aware stamp."""
    if site is not None and site.dates.utc_offset is not None:
        return timezone(site.dates.utc_offset)
    return next((stamp.tzinfo for stamp in stamps if stamp is not None and stamp.tzinfo), None)


@dataclass(frozen=True, slots=True)
class PageTimes:
    """The stamps of a page in its zone, and what its body dates are resolved against."""

    zone: tzinfo | None
    """The page's zone, or ``None`` when it is unknown."""
    published: datetime | None
    published_precision: DatePrecision | None
    modified: datetime | None
    modified_precision: DatePrecision | None
    reference: datetime | None
    """The publication date, else the caller's reference date, as a naive wall-clock
    time of the page's zone (``None``: only dates written out in full are kept)."""

    def localized(self, mentions: tuple[DateMention, ...]) -> tuple[DateMention, ...]:
        """*mentions* (found against :attr:`reference`) with their values in the page's
        zone."""
        return tuple(replace(m, value=in_zone(m.value, m.precision, self.zone)) for m in mentions)


def _stamp(
    value: datetime | None, precision: DatePrecision | None, zone: tzinfo | None
) -> tuple[datetime | None, DatePrecision | None]:
    if value is None:
        return None, None
    stated = _precision(value, precision)
    return in_zone(value, stated, zone), stated


def page_times(draft: Draft, site: Site | None, reference: datetime | None) -> PageTimes:
    """The stamps of *draft* in the page's zone, and the reference for its body dates
    (the publication date, else the caller's *reference*)."""
    zone = _zone(site, draft.published, draft.modified)
    published, published_precision = _stamp(draft.published, draft.published_precision, zone)
    modified, modified_precision = _stamp(draft.modified, draft.modified_precision, zone)
    anchor = published or reference
    if anchor is not None and anchor.tzinfo is not None:
        anchor = (anchor if zone is None else anchor.astimezone(zone)).replace(tzinfo=None)
    return PageTimes(zone, published, published_precision, modified, modified_precision, anchor)
