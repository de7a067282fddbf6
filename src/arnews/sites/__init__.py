"""Site-specific extractors and their registry.

The built-in sites are imported explicitly below; third-party packages add
sites through the entry-point group ``arnews.sites`` (each entry point names a
:class:`~arnews.sites.Site` value). Two sites claiming one domain is an error
(:class:`~arnews.errors.SiteRegistryError`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from functools import lru_cache
from importlib.metadata import entry_points
from typing import Final
from urllib.parse import urlsplit

from arnews.errors import SiteRegistryError
from arnews.sites import (
    akhbarelyom_com,
    albayan_ae,
    almadenahnews_com,
    alsaa_net,
    alwakeelnews_com,
    alyaum_com,
    arabic_cnn_com,
    arabic_sputniknews_com,
    arabkhabar_com,
    assabah_com_tn,
    baladi_news_com,
    beirutobserver_com,
    djazairess_com,
    elbalad_news,
    elbaladtv_net,
    jawharafm_net,
    ksaplayers_com,
    lbcgroup_tv,
    lebanon24_com,
    maghress_com,
    sauress_com,
    shaamtimes_net,
    vetogate_com,
    youm7_com,
)
from arnews.sites._site import DateRules, Hooks, Layout, Site, TextProfile

__all__ = [
    "BUILTIN_SITES",
    "DateRules",
    "Hooks",
    "Layout",
    "Site",
    "TextProfile",
    "check_registry",
    "find_site",
    "plugin_sites",
    "registered_sites",
]


ENTRY_POINT_GROUP: Final = "arnews.sites"


def check_registry(candidates: Iterable[Site]) -> tuple[Site, ...]:
    """Return *candidates* as a tuple; a duplicate id or domain raises
    :class:`~arnews.errors.SiteRegistryError`."""
    seen_ids: set[str] = set()
    owner: dict[str, str] = {}
    result = tuple(candidates)
    for site in result:
        if site.id in seen_ids:
            raise SiteRegistryError(f"two sites have the id {site.id!r}")
        seen_ids.add(site.id)
        for domain in site.domains:
            if domain in owner:
                raise SiteRegistryError(
                    f"domain {domain!r} is claimed by both {owner[domain]!r} and {site.id!r}"
                )
            owner[domain] = site.id
    return result


BUILTIN_SITES: Final[tuple[Site, ...]] = check_registry(
    (
        akhbarelyom_com.SITE,
        albayan_ae.SITE,
        almadenahnews_com.SITE,
        alsaa_net.SITE,
        alwakeelnews_com.SITE,
        alyaum_com.SITE,
        arabic_cnn_com.SITE,
        arabic_sputniknews_com.SITE,
        arabkhabar_com.SITE,
        assabah_com_tn.SITE,
        baladi_news_com.SITE,
        beirutobserver_com.SITE,
        djazairess_com.SITE,
        elbalad_news.SITE,
        elbaladtv_net.SITE,
        jawharafm_net.SITE,
        ksaplayers_com.SITE,
        lbcgroup_tv.SITE,
        lebanon24_com.SITE,
        maghress_com.SITE,
        sauress_com.SITE,
        shaamtimes_net.SITE,
        vetogate_com.SITE,
        youm7_com.SITE,
    )
)
"""The sites that ship with arnews, in a fixed order (alphabetical by module).

Checked when the module is imported: two sites with one id or one domain raise
:class:`~arnews.errors.SiteRegistryError` right away.
"""


def _search_path_state() -> tuple[tuple[str, int], ...]:
    """``sys.path`` with each entry's modification time: it changes when a distribution
    is installed or removed (a ``.dist-info`` appears or goes), so it keys the cache."""
    state: list[tuple[str, int]] = []
    for entry in sys.path:
        try:
            state.append((entry, os.stat(entry or ".").st_mtime_ns))
        except OSError:
            state.append((entry, -1))
    return tuple(state)


@lru_cache(maxsize=8)
def _registry(state: tuple[tuple[str, int], ...]) -> tuple[tuple[Site, ...], tuple[Site, ...]]:
    """(plugin sites, all sites) for one state of the search path."""
    found: list[Site] = []
    for entry in entry_points(group=ENTRY_POINT_GROUP):
        value = entry.load()
        if not isinstance(value, Site):
            raise SiteRegistryError(
                f"entry point {entry.name!r} ({entry.value}) gives a "
                f"{type(value).__name__}, not a Site"
            )
        found.append(value)
    plugins = tuple(found)
    return plugins, check_registry(BUILTIN_SITES + plugins)


def plugin_sites() -> tuple[Site, ...]:
    """Load the sites that installed packages register under the ``arnews.sites`` entry point.

    Reading entry points costs milliseconds, so the result is kept until ``sys.path``
    or one of its directories changes (installing a package needs no restart).
    """
    return _registry(_search_path_state())[0]


def registered_sites() -> tuple[Site, ...]:
    """Every site arnews can use: the built-in ones, then installed plugins.

    Plugins are found as by :func:`arnews.sites.plugin_sites`; a plugin that claims a domain of a
    built-in site or of another plugin raises :class:`~arnews.errors.SiteRegistryError`.
    """
    return _registry(_search_path_state())[1]


def find_site(url: str | None, candidates: Iterable[Site] | None = None) -> Site | None:
    """The site whose domain is the longest suffix of *url*'s hostname, or ``None``."""
    if not url:
        return None
    try:
        host = (urlsplit(url if "//" in url else "//" + url).hostname or "").lower().rstrip(".")
    except ValueError:  # not a URL («http://[x», an unclosed IPv6 bracket)
        return None
    if not host:
        return None
    best: Site | None = None
    best_length = -1
    for site in candidates if candidates is not None else registered_sites():
        for domain in site.domains:
            if (host == domain or host.endswith("." + domain)) and len(domain) > best_length:
                best, best_length = site, len(domain)
    return best
