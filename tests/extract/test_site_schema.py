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
