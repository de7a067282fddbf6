"""Generic main-text extraction: text blocks and the main container."""

from __future__ import annotations

import re

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

from arnews.extract import generic
from arnews.extract.generic import block_quality, main_paragraphs, text_blocks
from arnews.extract.load import parse_tree
from arnews.normalization.tables import CODE_PAGE
from tests.strategies import any_text, code_page_text

P1 = "قال وزير النقل إن الحكومة ستفتتح خطاً جديداً للقطارات بين المدينتين العام المقبل."
P2 = "وأضاف أن المشروع يوفر آلاف فرص العمل، ويخفف الازدحام على الطرق السريعة."
P3 = "وأشار إلى أن التمويل جاء من صندوق التنمية، وأن الأعمال تبدأ في الربيع."


def body_of(html: str) -> list[str]:
    root = parse_tree(html)
    assert root is not None
    return [b.text for b in main_paragraphs(text_blocks(root))]


def test_paragraphs_of_the_densest_container() -> None:
    """The container with the most Arabic prose wins; menus and sidebars are left out."""
    html = (
        '<body><ul class="menu"><li><a href="/">الرئيسية</a></li><li><a href="/s">رياضة</a></li>'
        f'</ul><div class="story"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div><div class="sidebar">'
        "<p>الأكثر قراءة اليوم في الموقع كله من الأخبار والتقارير.</p></div></body>"
    )
    assert body_of(html) == [P1, P2, P3]


def test_lead_in_a_sibling_box_is_kept() -> None:
    """A lead paragraph in its own box right before the story's box belongs to the body."""
    html = (
        f"<div class='article'><div class='lead'><p>{P3}</p></div>"
        f"<div class='text'><p>{P1}</p><p>{P2}</p><p>{P1[::-1]}</p></div>"
        "<div class='comments'><p>أضف تعليقك على هذا الخبر المنشور في الموقع.</p></div></div>"
    )
    assert body_of(html)[:3] == [P3, P1, P2]


def test_br_separated_paragraphs_are_split() -> None:
    """Text separated by <br> inside one div becomes separate paragraphs."""
    assert body_of(f"<div>{P1}<br><br>{P2}<br/>{P3}</div>") == [P1, P2, P3]


def test_inline_markup_does_not_split() -> None:
    """Bold, links and spans stay inside their paragraph."""
    html = (
        "<div><p>قال <b>وزير</b> النقل <a href='/x'>اليوم</a> إن الخط جاهز للعمل.</p>"
        f"<p>{P2}</p></div>"
    )
    assert body_of(html)[0] == "قال وزير النقل اليوم إن الخط جاهز للعمل."


def test_link_lists_are_not_prose() -> None:
    """A block that is mostly link text is dropped from the body."""
    links = "".join(f"<a href='/{i}'>عنوان خبر آخر رقم {i} في الموقع</a> " for i in range(5))
    html = f"<div><p>{P1}</p><p>{links}</p><p>{P2}</p></div>"
    assert body_of(html) == [P1, P2]


def test_short_subheading_kept_only_between_prose() -> None:
    """A short line between two paragraphs is kept; one at the edge is not."""
    html = f"<div><p>تابعونا</p><p>{P1}</p><p>خطة جديدة</p><p>{P2}</p><p>شاهد</p></div>"
    assert body_of(html) == [P1, "خطة جديدة", P2]


def test_chrome_wrapper_falls_back() -> None:
    """When the story sits inside navigation-like markup, it is still found."""
    html = f"<div class='widget-area'><p>{P1}</p><p>{P2}</p></div>"
    assert body_of(html) == [P1, P2]


def test_no_prose_gives_no_paragraphs() -> None:
    """A page of links only has no body."""
    assert body_of("<div><a href='/'>الرئيسية</a> <a href='/a'>أخبار</a></div>") == []


def test_dropped_subtrees_are_skipped() -> None:
    """Elements given as dropped are left out of the blocks."""
    root = parse_tree(f"<div><p>{P1}</p><div class='x'><p>{P2}</p></div></div>")
    assert root is not None
    dropped = root.xpath("//div[@class='x']")
    assert [b.text for b in text_blocks(root, dropped)] == [P1]


def test_walk_marks_of_each_block() -> None:
    """A block keeps its owner, its chrome and heading marks and its links in the order
    they end (a link inside a link first); text around a dropped block stays one block."""
    root = parse_tree(
        '<div><h2>عنوان <a href="/1">أول <b><a href="/2">ثان</a></b></a> بعد</h2>'
        '<div class="share"><p>شارك</p>نص</div><p>قبل <span class="x">وسط</span> بعد</p></div>'
    )
    assert root is not None
    dropped = root.xpath("//span[@class='x']")
    blocks = text_blocks(root, dropped)
    assert [(b.text, b.owner.tag, b.chrome, b.heading) for b in blocks] == [
        ("عنوان أول ثان بعد", "h2", False, True),
        ("شارك", "p", True, False),
        ("نص", "div", True, False),
        ("قبل بعد", "p", False, False),
    ]
    assert blocks[0].links == (("ثان", "/2"), ("أول ثان", "/1"))
    assert blocks[0].link_chars == len("أول ثان") + len("ثان")


def test_quality_prefers_arabic_sentences() -> None:
    """Latin text scores 0; punctuated Arabic scores more than unpunctuated."""
    assert block_quality("Breaking news today") == 0
    assert block_quality("قال الوزير، إن الخطة جاهزة.") > block_quality("قال الوزير إن الخطة جاهزة")


def test_deep_nesting_walk_is_iterative() -> None:
    """A very deep tree is walked without recursion errors."""
    root = parse_tree("<div>" * 250 + P1 + "</div>" * 250)
    assert root is not None
    assert body_of("<div>" * 250 + P1 + "</div>" * 250) == [P1]


@given(any_text)
def test_blocks_of_any_text(text: str) -> None:
    """Blocks never contain leading/trailing or doubled white space."""
    root = parse_tree("<div><p>" + text.replace("<", " ") + "</p></div>")
    if root is None:
        return
    for block in text_blocks(root):
        assert block.text == block.text.strip()
        assert "  " not in block.text
        assert 0 <= block.link_density <= 1


_RULES = [
    "إن تسجيل المستخدمين في الموقع عبر حسابات الشبكات الاجتماعية يعني قبولهم لقواعد النشر كاملة.",
    "يحق لإدارة الموقع حذف التعليقات المكتوبة بلغة غير لغة الموقع أو التي تخالف القواعد المعلنة.",
    "يتم حذف تعليق المستخدم إذا كان يحرض على الكراهية أو يسيء إلى الآخرين بأي شكل من الأشكال.",
    "ويتم حظر المستخدم الذي يكرر المخالفات، ولا يحق له التسجيل مرة أخرى باسم آخر في الموقع.",
    "تحتفظ إدارة الموقع بحق تعديل هذه القواعد في أي وقت، ويعد استمرار التعليق قبولاً بها.",
]


def test_comment_rules_do_not_outscore_a_short_story() -> None:
    """Long, well-punctuated comment rules in a box of their own (no class or id to tell
    them apart) weigh less than the story, which wins."""
    rules = "".join(f"<p>{rule}</p>" for rule in _RULES)
    html = f"<body><div><p>{P1}</p><p>{P2}</p></div><div>{rules}</div></body>"
    assert body_of(html) == [P1, P2]


def test_a_story_about_comments_is_still_the_story() -> None:
    """A story paragraph that mentions a comment («رفض التعليق») is only weighed less; with
    no competing prose the story still wins and keeps that paragraph."""
    declined = "ورفض المتحدث باسم الوزارة التعليق على هذه الأنباء حتى الآن."
    html = f"<body><div><p>{P1}</p><p>{declined}</p><p>{P3}</p></div></body>"
    assert body_of(html) == [P1, declined, P3]


@given(st.text(st.sampled_from(" \t\n\u00a0\u2028\x85abقل"), max_size=60), st.integers(1, 9))
def test_chunked_rewrites_match_whole_ones(text: str, chunk: int) -> None:
    """White space collapsed and letters counted a chunk at a time (as for a 20 MB text
    node) give exactly what one pass over the whole text gives."""
    space, other = re.compile(r"\s+"), re.compile(r"[^\S ]")
    letters = regex.compile(r"\p{L}++")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(generic, "LONG_TEXT_CHUNK", chunk)
        assert generic.collapse_space(text, space, other) == " ".join(text.split())
        assert generic._covered(letters, text) == sum(map(len, letters.findall(text)))


_ANY_LETTER = regex.compile(r"\p{L}")


@given(any_text)
def test_word_count_counts_the_tokens_holding_a_letter(text: str) -> None:
    """word_count is the number of white-space separated tokens with a letter (\\p{L}) in
    them, whatever shortcut it takes for tokens made of letters only."""
    expected = sum(1 for token in text.split() if _ANY_LETTER.search(token))
    assert generic.word_count(text) == expected


@given(st.one_of(any_text, code_page_text))
def test_arabic_letters_are_counted_as_the_pattern_counts_them(text: str) -> None:
    """The code-page count of Arabic letters (two C passes) equals the pattern's count,
    for text of the code page and for text with any other character."""
    assert generic._arabic_letters(text) == generic._covered(generic._ARABIC_LETTERS, text)


def test_every_character_of_the_code_page_counts_as_the_pattern_counts_it() -> None:
    """Each character of the code page, alone and in a run, is an Arabic letter to the
    code-page count exactly when the pattern covers it (both counts add up per character,
    so this holds for every text of the code page)."""
    for char in CODE_PAGE:
        for text in (char, char * 3 + " x"):
            assert generic._arabic_letters(text) == generic._covered(generic._ARABIC_LETTERS, text)
