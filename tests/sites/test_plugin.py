"""Third-party sites through the ``arnews.sites`` entry point, installed in the test session.

A tiny plugin package and its ``.dist-info`` (with ``entry_points.txt``) are written
into ``tmp_path`` and put on ``sys.path``: that is all ``importlib.metadata`` needs
to see an installed distribution, so no pip is involved.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

import arnews
from arnews.errors import SiteRegistryError
from arnews.sites import BUILTIN_SITES, plugin_sites, registered_sites

PLUGIN_MODULE = '''\
"""A plugin site for an outlet arnews does not ship."""

from arnews.sites import Layout, Site

SITE = Site(
    id="akhbar-almadina.example",
    name="أخبار المدينة",
    domains=("akhbar-almadina.example",),
    layouts=(
        Layout(
            name="2024",
            title=("//h1[@class='headline']",),
            body=("//div[@class='story']",),
            authors=("//span[@class='writer']",),
            published=("//span[@class='stamp']",),
        ),
    ),
    boilerplate=("تابعونا على قناتنا",),
)

CLASH = Site(id="youm7-copy.example", name="نسخة", domains=("youm7.com",))

NOT_A_SITE = "a string"
'''

PAGE = """<html><head><title>عنوان في الوسم - أخبار المدينة</title></head><body>
<div class="menu"><a href="/">الرئيسية</a></div>
<h1 class="headline">البلدية تفتح حديقة جديدة في الحي الشرقي</h1>
<span class="writer">كتب: سمير العلي</span><span class="stamp">2024-05-02T09:30:00+03:00</span>
<div class="story"><p>فتحت البلدية صباح اليوم حديقة جديدة في الحي الشرقي بعد أشهر من العمل.</p>
<p>وقال رئيس البلدية إن الحديقة مفتوحة للزوار طوال أيام الأسبوع مجانا.</p>
<p>تابعونا على قناتنا</p></div></body></html>"""


def _install(root: Path, entry_points: str) -> None:
    package = root / "arnews_plugin_example"
    package.mkdir()
    (package / "__init__.py").write_text(PLUGIN_MODULE, encoding="utf-8")
    info = root / "arnews_plugin_example-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: arnews-plugin-example\nVersion: 1.0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(entry_points, encoding="utf-8")


@pytest.fixture
def install(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Put a plugin distribution on ``sys.path``; forget its module afterwards."""
    monkeypatch.syspath_prepend(str(tmp_path))
    importlib.invalidate_caches()
    yield
    sys.modules.pop("arnews_plugin_example", None)


def _entry(value: str) -> str:
    return f"[arnews.sites]\nexample = arnews_plugin_example:{value}\n"


@pytest.mark.usefixtures("install")
def test_plugin_site_is_listed_and_used(tmp_path: Path) -> None:
    """An installed plugin appears in ``arnews.registered_sites()`` and parse_html routes to it."""
    _install(tmp_path, _entry("SITE"))
    listed = registered_sites()
    assert [s.id for s in plugin_sites()] == ["akhbar-almadina.example"]
    assert listed[: len(BUILTIN_SITES)] == BUILTIN_SITES
    assert listed[-1].id == "akhbar-almadina.example"
    article = arnews.parse_html(PAGE, "https://www.akhbar-almadina.example/news/1")
    assert article.extractor == "akhbar-almadina.example"
    assert article.title == "البلدية تفتح حديقة جديدة في الحي الشرقي"
    assert article.authors == ("سمير العلي",)
    assert article.published is not None
    assert article.published.isoformat() == "2024-05-02T09:30:00+03:00"
    assert len(article.paragraphs) == 2
    assert "تابعونا" not in article.text


@pytest.mark.usefixtures("install")
def test_plugin_claiming_a_builtin_domain_is_refused(tmp_path: Path) -> None:
    """A plugin cannot take over a domain a built-in site owns."""
    _install(tmp_path, _entry("CLASH"))
    with pytest.raises(SiteRegistryError, match=r"youm7\.com"):
        registered_sites()


@pytest.mark.usefixtures("install")
def test_plugin_entry_point_must_name_a_site(tmp_path: Path) -> None:
    """An entry point that loads something other than a Site is an error, not ignored."""
    _install(tmp_path, _entry("NOT_A_SITE"))
    with pytest.raises(SiteRegistryError, match="not a Site"):
        plugin_sites()


def test_without_plugins_only_builtin_sites() -> None:
    """With no plugin installed, ``arnews.registered_sites()`` is exactly the built-in registry."""
    assert registered_sites() == BUILTIN_SITES


@pytest.mark.usefixtures("install")
def test_plugin_lookup_is_cached_until_the_search_path_changes(tmp_path: Path) -> None:
    """Repeated calls reuse one registry; installing a distribution is seen without restart."""
    before = registered_sites()
    assert registered_sites() is before
    assert before == BUILTIN_SITES
    _install(tmp_path, _entry("SITE"))
    after = registered_sites()
    assert after is not before
    assert after[-1].id == "akhbar-almadina.example"
