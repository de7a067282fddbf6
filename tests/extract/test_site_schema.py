"""The Site schema that site modules fill in."""

from __future__ import annotations

from datetime import timedelta

import pytest

from arnews.sites import BUILTIN_SITES, Site, find_site
from arnews.sites._site import DateRules, Hooks, Layout, TextProfile


def test_layout_rejects_a_bare_string() -> None:
    """A selector field given as a string (a missing comma) is refused."""
    with pytest.raises(TypeError):
        Layout(title="//h1")  # type: ignore[arg-type]


def test_layout_rejects_empty_selectors() -> None:
    """An empty selector is refused."""
    with pytest.raises(ValueError, match="empty selector"):
        Layout(body=(" ",))


def test_layout_probes_default_to_body() -> None:
    """Without match selectors, a layout is recognised by its body selectors."""
    assert Layout(body=("//div[@id='b']",)).probes == ("//div[@id='b']",)
    assert Layout(match=("//main",), body=("//div",)).probes == ("//main",)


def test_site_rejects_string_fields() -> None:
    """domains and boilerplate must be tuples."""
    with pytest.raises(TypeError):
        Site(id="a.example", name="أ", domains="a.example")  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        Site(id="a.example", name="أ", domains=("a.example",), boilerplate="x")  # type: ignore[arg-type]


def _upper(title: str) -> str:
    return title.upper()


def test_site_defaults_and_parts() -> None:
    """A site can carry date rules, hooks and a text profile; all default to empty."""
    bare = Site(id="a.example", name="أ", domains=("a.example",))
    assert bare.layouts == ()
    assert bare.text is None
    assert bare.hooks.title is None
    full = Site(
        id="b.example",
        name="ب",
        domains=("b.example", "m.b.example"),
        dates=DateRules(utc_offset=timedelta(hours=2), prefixes=("نشر في",)),
        hooks=Hooks(title=_upper),
        text=TextProfile(title_suffixes=("ب نيوز",), source="ب نيوز", footer_lines=("اقرأ",)),
    )
    assert full.hooks.title is not None
    assert full.hooks.title("ab") == "AB"


def test_builtin_example_site_is_registered() -> None:
    """The example site module is in the registry and found by URL."""
    assert any(site.id == "youm7.com" for site in BUILTIN_SITES)
    found = find_site("https://m.youm7.com/story/1")
    assert found is not None
    assert found.id == "youm7.com"


def test_date_rules_url_date_needs_named_groups() -> None:
    """A url_date pattern without year, month and day groups is refused at definition."""
    with pytest.raises(ValueError, match="year, month and day"):
        DateRules(url_date=r"/([0-9]{4})/")


_UPDATE_ONLY = (
    "<html><body><div id='story'><h1>اشتباكات عنيفة في ريف العاصمة</h1>"
    "<div class='stamp'>الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00</div>"
    "<div class='text'><p>قالت مصادر ميدانية إن اشتباكات عنيفة اندلعت فجر اليوم في عدة"
    " بلدات من ريف العاصمة بين فصائل المعارضة والقوات الحكومية.</p>"
    "<p>وأضافت المصادر أن المعارك أسفرت عن سقوط عدد من القتلى والجرحى من الطرفين.</p>"
    "</div></div></body></html>"
)
_UPDATE_ONLY_SITE = Site(
    id="stamps.example",
    name="مثال",
    domains=("stamps.example",),
    layouts=(
        Layout(
            title=("//div[@id='story']/h1",),
            body=("//div[@class='text']",),
            modified=("//div[@class='stamp']",),
        ),
    ),
    dates=DateRules(
        url_date=r"/(?P<year>20[0-9]{2})/[a-z]+/(?P<month>[0-9]{1,2})/(?P<day>[0-9]{1,2})/"
    ),
)


def test_update_stamp_is_not_the_publication_date() -> None:
    """A page that prints only its last update takes its publication day from the URL
    (the site's url_date), and the stamp goes to modified."""
    from datetime import datetime

    import arnews

    url = "https://stamps.example/2013/world/8/3/story.html"
    article = arnews.parse_html(_UPDATE_ONLY, url, sites=(_UPDATE_ONLY_SITE,))
    assert article.extractor == "stamps.example"
    assert article.published == datetime(2013, 8, 3)
    assert article.modified is not None
    assert article.modified.date().isoformat() == "2013-08-28"
    undated = arnews.parse_html(
        _UPDATE_ONLY, "https://stamps.example/story.html", sites=(_UPDATE_ONLY_SITE,)
    )
    assert undated.published is None
