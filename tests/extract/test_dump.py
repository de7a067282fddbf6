"""The text classify stage: line features computed once, one role per line."""

from __future__ import annotations

from datetime import datetime

from arnews.extract.boilerplate import boilerplate_matcher
from arnews.extract.dump import Dump, classify_lines
from arnews.extract.dumptext import dump_lines, split_title_line, title_splits
from arnews.extract.lines import Reading, read_lines
from arnews.extract.roles import Role

_DUMP = """الرئيسية أخبار محلية رياضة
افتتاح جسر جديد فوق النهر - موقع المثال
افتتاح جسر جديد فوق النهر
لندن: رنيم حنوش
نشر في: 12 مارس 2024
افتتح المحافظ، اليوم الأحد، الجسر الجديد الذي يربط ضفتي النهر بعد أعمال استمرت ثلاث سنوات.
(رويترز)
افتتح المحافظ، اليوم الأحد، الجسر الجديد الذي يربط ضفتي النهر بعد أعمال استمرت ثلاث سنوات.
مقالات ذات صلة
إغلاق الجسر القديم للصيانة
شارك"""


def _classify(text: str) -> Dump:
    texts = dump_lines(text)
    splits = title_splits(texts)
    matcher = boilerplate_matcher()
    return classify_lines(read_lines(texts, splits, Reading(None, matcher)), None, matcher)


def test_every_line_gets_one_role_in_reading_order() -> None:
    """Navigation, title, byline, stamp, story, credit, repeat, related heading and items."""
    dump = _classify(_DUMP)
    assert [c.role for c in dump.lines] == [
        Role.OTHER,
        Role.TITLE,
        Role.TITLE,
        Role.BYLINE,
        Role.STAMP,
        Role.STORY,
        Role.CREDIT,
        Role.REPEAT,
        Role.RELATED_HEADING,
        Role.RELATED_ITEM,
        Role.BOILERPLATE,
    ]
    assert dump.title == "افتتاح جسر جديد فوق النهر"
    assert dump.site_name == "موقع المثال"


def test_classified_lines_carry_what_they_name() -> None:
    """A byline carries its names, a credit line its agency, a stamp its parsed dates."""
    dump = _classify(_DUMP)
    byline, credit = (c for c in dump.lines if c.role in (Role.BYLINE, Role.CREDIT))
    assert byline.names == ("رنيم حنوش",)
    assert credit.credit == "رويترز"
    (stamp,) = dump.of(Role.STAMP)
    assert stamp.labelled.published == datetime(2024, 3, 12)


def test_headline_followed_by_its_story_after_captions() -> None:
    """A headline with the story a few lines of text below it (no repeat) is the title."""
    dump = _classify(
        "خطة جديدة لدعم المزارعين في الجنوب\n"
        "صورة أرشيفية\n٣\n"
        "أعلنت الوزارة عن خطة جديدة لدعم المزارعين في المحافظات الجنوبية هذا العام.\n"
    )
    assert dump.title == "خطة جديدة لدعم المزارعين في الجنوب"
    assert dump.of(Role.STORY)


def test_no_story_within_the_window_means_no_title() -> None:
    """A headline-like line far above the first paragraph is not taken as the title."""
    filler = "".join(f"سطر قصير رقم {n}\n" for n in range(8))
    dump = _classify(
        "خطة جديدة لدعم المزارعين في الجنوب\n"
        + filler
        + "أعلنت الوزارة عن خطة جديدة لدعم المزارعين في المحافظات الجنوبية هذا العام.\n"
    )
    assert dump.title is None


def test_split_title_line_needs_both_sides() -> None:
    """A separator with nothing on one side is no «TITLE - SITE» line."""
    assert split_title_line("عنوان الخبر - ") is None
    assert split_title_line("عنوان الخبر - الموقع") == ("عنوان الخبر", "الموقع")
