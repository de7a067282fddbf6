"""The HTML classify stage: each body block gets one role, in one pass."""

from __future__ import annotations

from arnews.extract.blocks import body_blocks, classify_body
from arnews.extract.context import Context, build_context
from arnews.extract.load import parse_tree
from arnews.extract.page import build_page
from arnews.extract.roles import Role
from arnews.sites import Layout, Site

_STORY = "قال الوزير إن الحكومة ستعلن خطتها الجديدة للنقل العام الأسبوع المقبل في العاصمة."
_MORE = "وأضاف أن الخطة تشمل خطوطاً جديدة للحافلات، وتوسيع شبكة القطارات في الضواحي."


SITE = Site(
    id="example.org",
    name="المثال",
    domains=("example.org",),
    layouts=(Layout(body=("//div[@class='story']",)),),
)


def _context(html: str, site: Site | None = SITE) -> Context:
    root = parse_tree(html)
    assert root is not None
    return build_context(build_page(root, "https://example.org/a"), site)


def _roles(html: str, title: str | None = None) -> list[Role]:
    ctx = _context(html)
    return [block.role for block in classify_body(body_blocks(ctx), ctx, title, None).blocks]


def test_every_kind_of_body_block_gets_its_role() -> None:
    """Story, title repeat, stamp, byline, credit, boilerplate and repeat are told apart."""
    html = (
        "<div class='story'><p>خطة جديدة للنقل العام</p>"
        f"<p>{_STORY}</p><p>12 مارس 2024</p><p>كتب: أحمد سالم</p><p>{_STORY}</p>"
        f"<p>شارك هذا الخبر</p><p>{_MORE}</p><p>(بترا)</p></div>"
    )
    assert _roles(html, title="خطة جديدة للنقل العام") == [
        Role.TITLE,
        Role.STORY,
        Role.STAMP,
        Role.BYLINE,
        Role.REPEAT,
        Role.BOILERPLATE,
        Role.STORY,
        Role.CREDIT,
    ]


def test_credit_is_read_from_the_classified_blocks() -> None:
    """An agency on a block of its own at the end of the body is the body's credit."""
    ctx = _context(f"<div class='story'><p>{_STORY}</p><p>{_MORE}</p><p>(رويترز)</p></div>")
    body = classify_body(body_blocks(ctx), ctx, None, None)
    assert body.credit == "رويترز"
    assert body.texts(Role.STORY) == (_STORY, _MORE)


def test_site_body_blocks_come_from_the_page_walk() -> None:
    """A site's body selector picks the page's own blocks inside it, headings left out."""
    ctx = _context(f"<div class='story'><h2>عنوان فرعي</h2><p>{_STORY}</p></div><p>{_MORE}</p>")
    blocks = body_blocks(ctx)
    assert [block.text for block in blocks] == [_STORY]
    assert all(any(block is own for own in ctx.blocks) for block in blocks)
