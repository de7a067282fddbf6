"""The registry of built-in sites: unique, explicit, documented, well-formed."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import unicodedata
from pathlib import Path

import pytest
from lxml import etree

from arnews.errors import SiteRegistryError
from arnews.extract.boilerplate import phrase_key
from arnews.sites import BUILTIN_SITES, Site, check_registry, find_site
from arnews.sites._docs import module_name, supported_sites_page

DOCS_PAGE = Path(__file__).resolve().parents[2] / "docs" / "guide" / "sites.md"
TATWEEL = "\u0640"


def _site_modules() -> dict[str, Site]:
    found: dict[str, Site] = {}
    package = importlib.import_module("arnews.sites")
    for info in pkgutil.iter_modules(package.__path__):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"arnews.sites.{info.name}")
        site = getattr(module, "SITE", None)
        assert isinstance(site, Site), f"arnews.sites.{info.name} has no SITE"
        found[info.name] = site
    return found


def test_ids_and_domains_are_unique() -> None:
    """No two built-in sites share an id or a domain (the import-time check passes)."""
    assert check_registry(BUILTIN_SITES) == BUILTIN_SITES
    assert len({s.id for s in BUILTIN_SITES}) == len(BUILTIN_SITES)
    domains = [d for s in BUILTIN_SITES for d in s.domains]
    assert len(set(domains)) == len(domains)


def test_duplicate_domain_is_refused() -> None:
    """A second site claiming a built-in domain makes the registry fail."""
    clash = Site(id="copy.example", name="نسخة", domains=("example.org", BUILTIN_SITES[0].id))
    with pytest.raises(SiteRegistryError, match="claimed by both"):
        check_registry((*BUILTIN_SITES, clash))
    same_id = dataclasses.replace(BUILTIN_SITES[0], domains=("elsewhere.example",))
    with pytest.raises(SiteRegistryError, match="two sites have the id"):
        check_registry((*BUILTIN_SITES, same_id))


def test_module_name_matches_id_and_every_module_is_registered() -> None:
    """``arnews/sites/<id with _>.py`` holds the site, and the registry lists each module."""
    modules = _site_modules()
    for name, site in modules.items():
        assert name == module_name(site.id)
        assert site.id in site.domains
    assert sorted(s.id for s in BUILTIN_SITES) == sorted(s.id for s in modules.values())


def test_every_site_module_is_documented() -> None:
    """Each site module has a docstring describing the outlet's markup."""
    for name in _site_modules():
        module = importlib.import_module(f"arnews.sites.{name}")
        assert module.__doc__ is not None, name
        assert len(module.__doc__.split()) >= 15, name


def test_supported_sites_page_is_current() -> None:
    """docs/guide/sites.md equals what ``python -m arnews.sites._docs`` prints."""
    if not DOCS_PAGE.is_file():
        pytest.skip("no docs/ beside the tests (tests run against an installed wheel)")
    page = DOCS_PAGE.read_text(encoding="utf-8")
    assert page == supported_sites_page()
    for site in BUILTIN_SITES:
        assert f"`{site.id}`" in page


def test_selectors_compile() -> None:
    """Every selector of every layout is valid XPath 1.0."""
    for site in BUILTIN_SITES:
        for layout in site.layouts:
            for field in dataclasses.fields(layout):
                value = getattr(layout, field.name)
                if isinstance(value, tuple):
                    for selector in value:
                        etree.XPath(selector)


def test_phrases_are_clean_data() -> None:
    """Site phrases are NFC, without tatweel, and not repeated after normalization."""
    for site in BUILTIN_SITES:
        profile = site.text
        groups = [site.boilerplate, site.dates.prefixes]
        if profile is not None:
            groups += [profile.title_suffixes, profile.header_lines, profile.footer_lines]
        for group in groups:
            for phrase in group:
                assert phrase == unicodedata.normalize("NFC", phrase), phrase
                assert TATWEEL not in phrase, phrase
                assert phrase == phrase.strip(), phrase
                assert phrase_key(phrase), phrase
            keys = [phrase_key(p) for p in group]
            assert len(keys) == len(set(keys)), (site.id, group)


@pytest.mark.parametrize(
    ("url", "site_id"),
    [
        ("https://m.youm7.com/story/2022/11/23/x/5987258", "youm7.com"),
        ("https://www.elbalad.news/6906165", "elbalad.news"),
        ("https://elbaladtv.net/x/", "elbaladtv.net"),
        ("http://arabic.cnn.com/2013/middle_east/8/3/x/index.html", "arabic.cnn.com"),
        ("https://www.assabah.com.tn/article/1", "assabah.com.tn"),
        ("https://edition.cnn.com/2013/x", None),
        ("https://notyoum7.com/x", None),
    ],
)
def test_find_site_by_hostname(url: str, site_id: str | None) -> None:
    """Sites are found by hostname, subdomains included, never by a look-alike name."""
    found = find_site(url, BUILTIN_SITES)
    assert (found.id if found else None) == site_id
