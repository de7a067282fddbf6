"""Property tests of the pure helpers that ship with the site modules."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

import arnews
from arnews.errors import ArnewsError
from arnews.sites import BUILTIN_SITES, Site, alsaa_net, alwakeelnews_com
from arnews.sites._docs import module_name, supported_sites_page
from arnews.sites._tags import outlet_tag, strip_outlet_tag
from arnews.sites.almadenahnews_com import drop_outlet_tag
from tests.strategies import arabic_text, html_pages, outlet_tags, plain_text, site_ids


@given(st.lists(arabic_text, max_size=5).map(tuple))
def test_drop_outlet_tag_is_idempotent_and_local(paragraphs: tuple[str, ...]) -> None:
    """The hook only ever changes the first paragraph, never adds one, and is idempotent."""
    once = drop_outlet_tag(paragraphs)
    assert drop_outlet_tag(once) == once
    assert len(once) <= len(paragraphs)
    rest = paragraphs[1:]
    assert once[len(once) - len(rest) :] == rest


@given(outlet_tags, arabic_text.filter(lambda t: t.strip() == t and t.strip()))
def test_drop_outlet_tag_removes_the_tag(tag: str, story: str) -> None:
    """«المدينة نيوز :-» before the first paragraph is removed, the story itself is kept."""
    result = drop_outlet_tag((tag + story, "فقرة ثانية."))
    assert result[-1] == "فقرة ثانية."
    if story.startswith("المدينة نيوز"):
        return
    assert result[0] == story


def test_drop_outlet_tag_on_adversarial_input() -> None:
    """Megabytes of spaces and repeated tags are handled in one linear pass."""
    spaces = " " * 1_000_000
    assert drop_outlet_tag(("المدينة نيوز" + spaces + ":-" + spaces + "x",)) == ("x",)
    assert drop_outlet_tag(("المدينة نيوز :" * 100_000 + "x",)) == ("x",)
    assert drop_outlet_tag(("المدينة نيوز" + spaces + "x",)) == ("المدينة نيوز" + spaces + "x",)


@given(site_ids)
def test_module_name_is_an_identifier(site_id: str) -> None:
    """A site id always maps to an importable module name."""
    name = module_name(site_id)
    assert name.isidentifier()
    assert name.replace("_", "") == site_id.replace(".", "").replace("-", "")


@given(st.lists(st.tuples(site_ids, plain_text), max_size=6, unique_by=lambda p: p[0]))
def test_supported_sites_page_has_one_row_per_site(pairs: list[tuple[str, str]]) -> None:
    """Every site is one table row of six cells, whatever its name contains."""
    sites = [Site(id=i, name=n.strip() or "x", domains=(i,)) for i, n in pairs]
    page = supported_sites_page(sites)
    rows = [line for line in page.splitlines() if line.startswith("| ")]
    assert len(rows) == len(sites) + 2
    for row in rows:
        cells = row.replace("\\|", "").split("|")
        assert len(cells) == 8


@given(html_pages(), st.sampled_from(BUILTIN_SITES))
def test_every_site_survives_arbitrary_pages(page: str, site: Site) -> None:
    """Any page on a site's domain gives an Article from that site (or, for a page with no
    document at all, an empty one), never another exception."""
    try:
        article = arnews.parse_html(page, f"https://www.{site.domains[0]}/story/1")
    except ArnewsError:
        return
    if article.extractor != site.id:
        assert article.title is None
        assert not article.paragraphs
    assert all(paragraph.strip() for paragraph in article.paragraphs)


@given(st.lists(arabic_text, max_size=8).map("\n".join), st.sampled_from(BUILTIN_SITES))
def test_every_text_profile_survives_arbitrary_dumps(text: str, site: Site) -> None:
    """Any dump on a site's domain gives an Article from that site (or, for a dump with no
    visible line, an empty one)."""
    article = arnews.parse_text(text, f"https://{site.domains[0]}/1")
    if article.extractor != site.id:
        assert article.title is None
        assert not article.paragraphs


@pytest.mark.parametrize(
    ("hook", "tag"),
    [
        (alsaa_net.drop_outlet_tag, "مدار الساعة - "),
        (alwakeelnews_com.drop_outlet_tag, "الوكيل الإخباري-  "),
    ],
)
def test_outlet_tag_hooks(hook: Callable[[tuple[str, ...]], tuple[str, ...]], tag: str) -> None:
    """Each outlet's hook removes its own tag from the first paragraph and nothing else."""
    assert hook((tag + "قال الوزير إن الخطة جاهزة.", tag + "فقرة.")) == (
        "قال الوزير إن الخطة جاهزة.",
        tag + "فقرة.",
    )
    assert hook(("قال الوزير.",)) == ("قال الوزير.",)


@given(arabic_text, arabic_text)
def test_strip_outlet_tag_only_strips_a_tag(name: str, story: str) -> None:
    """Without the name followed by a colon or dash, the paragraphs come back unchanged."""
    if not name.strip():
        return
    paragraphs = (story,)
    result = strip_outlet_tag(outlet_tag(name), paragraphs)
    assert result == paragraphs or story.lstrip().startswith(name)
