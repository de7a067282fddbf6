"""Example tables for :func:`arnews.find_quotes` (our own sentences in news style)."""

from __future__ import annotations

import pytest

import arnews
from arnews import Quote, find_quotes
from arnews.quotes import pair_quote_marks
from tests.quotes import outer_quotes


def found(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(content, speaker, cue, kind) of every quote, after checking spans index back."""
    quotes = find_quotes(text)
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.content
    return [(q.content, q.speaker, q.cue, q.kind) for q in quotes]


def test_public_names() -> None:
    """``arnews.find_quotes`` and ``arnews.quotes.find_quotes`` are one function."""
    from arnews.quotes import find_quotes as inner

    assert arnews.find_quotes is inner


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "قال الوزير: «نحن مستعدون».",
            [("نحن مستعدون", "الوزير", "قال", "direct")],
            id="colon-guillemets",
        ),
        pytest.param(
            "«نحن مستعدون للحوار»، قال الوزير.",
            [("نحن مستعدون للحوار", "الوزير", "قال", "direct")],
            id="quote-then-verb",
        ),
        pytest.param(
            "وقال الوزير إن الحوار مستمر.",
            [("الحوار مستمر", "الوزير", "وقال", "indirect")],
            id="verb-subject-in",
        ),
        pytest.param(
            "«الحوار مستمر بين الطرفين»، بحسب مصدر دبلوماسي.",
            [("الحوار مستمر بين الطرفين", "مصدر دبلوماسي", "بحسب", "direct")],
            id="quote-then-according-to",
        ),
        pytest.param(
            "ونقلت الوكالة عن مسؤول كبير قوله إن المحادثات فشلت.",
            [("المحادثات فشلت", "مسؤول كبير", "ونقلت", "indirect")],
            id="reported-from-x-saying",
        ),
        pytest.param(
            'وصرّح المدير لـ"بلدي نيوز" بأن المعبر أغلق.',
            [("المعبر أغلق", "المدير", "وصرّح", "indirect")],
            id="addressee-in-quotes",
        ),
        pytest.param(
            "قال مصدر أمني، فضّل عدم الكشف عن اسمه، إن الهجوم فشل.",
            [("الهجوم فشل", "مصدر أمني", "قال", "indirect")],
            id="speaker-between-commas",
        ),
        pytest.param(
            "وقال المتحدث: “القرار نهائي”.",
            [("القرار نهائي", "المتحدث", "وقال", "direct")],
            id="curly-quotes",
        ),
        pytest.param(
            "وقال المتحدث: „القرار نهائي“.",
            [("القرار نهائي", "المتحدث", "وقال", "direct")],
            id="low-high-quotes",
        ),
        pytest.param(
            "وقال المتحدث: ‘القرار نهائي’.",
            [("القرار نهائي", "المتحدث", "وقال", "direct")],
            id="single-curly-quotes",
        ),
        pytest.param(
            'وقال المتحدث: "القرار نهائي".',
            [("القرار نهائي", "المتحدث", "وقال", "direct")],
            id="ascii-quotes",
        ),
    ],
)
def test_orders_and_marks(text: str, expected: list[tuple[str, str | None, str, str]]) -> None:
    """Each word order and each kind of quote mark of the issue gives the expected quote."""
    assert found(text) == expected


def test_seed_style_story() -> None:
    """Reported speech without subjects inherits the speaker, as in the seed story."""
    text = (
        "وأوضح البيان أن اللقاء جرى في المجمع الرئاسي، لافتاً إلى أن المجتمعين بحثوا الأزمة.\n\n"
        "وذكر أنه تم التأكيد على أهمية التعاون، وأكد أيضاً أنه تم الاتفاق على لجنة.\n\n"
        "ولفت إلى أن تركيا أبلغت الولايات المتحدة بالعملية.\n\n"
        "ووفق البيان، فقد أكد المجتمعون على ضرورة وقف العدوان."
    )
    assert found(text) == [
        ("اللقاء جرى في المجمع الرئاسي", "البيان", "وأوضح", "indirect"),
        ("المجتمعين بحثوا الأزمة", "البيان", "لافتاً", "indirect"),
        ("أنه تم التأكيد على أهمية التعاون", "البيان", "وذكر", "indirect"),
        ("أنه تم الاتفاق على لجنة", "البيان", "وأكد", "indirect"),
        ("تركيا أبلغت الولايات المتحدة بالعملية", "البيان", "ولفت", "indirect"),
        ("ضرورة وقف العدوان", "المجتمعون", "أكد", "indirect"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وزارة الصحة تعلن أن الإصابات تراجعت.", "وزارة الصحة"),
        ("الرئيس، وفي تغريدة على حسابه، قال إن الاتفاق تاريخي.", "الرئيس"),
        ("وكانت مصادر محلية أفادت بأن الطريق أغلق.", "مصادر محلية"),
        ("وفي وقت سابق، قال إن المفاوضات ستستأنف.", None),
        ("وعقب اللقاء، أشار إلى أن الوفد بحث القانون.", None),
    ],
)
def test_subject_before_the_verb(text: str, speaker: str | None) -> None:
    """A subject written before its verb is the speaker; adverbial openings are not."""
    assert found(text)[0][1] == speaker


def test_speaker_handed_to_a_participle() -> None:
    """«وأضاف الوزير قائلاً: …» gives the quote to «الوزير» with the participle as cue."""
    assert found("وأضاف الوزير قائلاً: «سنعمل ليل نهار».") == [
        ("سنعمل ليل نهار", "الوزير", "قائلاً", "direct")
    ]


def test_carry_over_follows_gender() -> None:
    """A feminine cue without a subject takes the last feminine speaker, not the last one."""
    text = "قالت الوزيرة إن الخطة جاهزة. وقال المستشار إن التمويل متوفر. وأضافت أن التنفيذ قريب."
    assert [q[1] for q in found(text)] == ["الوزيرة", "المستشار", "الوزيرة"]


def test_reported_source_of_unknown_gender_is_carried_over() -> None:
    """«نقلت القناة عن مصدر القول إن …، مبيناً أن …»: the participle goes to the source
    (whose gender no word shows), not to the channel that reported it."""
    text = "ونقلت القناة عن مصدر في الشرطة القول إن مدنياً قتل، مبيناً أن عبوة انفجرت."
    assert [q[1] for q in found(text)] == ["مصدر في الشرطة", "مصدر في الشرطة"]


def test_multi_paragraph_quote_chain() -> None:
    """Each paragraph that is one quote continues the chain started by a cue."""
    text = (
        "وقال الرئيس: «سنعيد البناء».\n\n"
        "«ولن نترك أحداً خلفنا في هذه المسيرة».\n\n"
        "«وسنحاسب كل من أجرم بحق هذا الشعب الصابر»."
    )
    assert [(q[1], q[2]) for q in found(text)] == [
        ("الرئيس", "وقال"),
        ("الرئيس", None),
        ("الرئيس", None),
    ]


def test_carry_over_without_a_speaker_of_that_gender_is_none() -> None:
    """With no earlier speaker of the cue's gender, the speaker stays ``None``."""
    assert found("وقال الوزير إن الخطة جاهزة. وأضافت أن التنفيذ قريب.")[1][1] is None


def test_participle_with_pronoun_attribution() -> None:
    """«على حد قوله» attributes the sentence to the last speaker of the pronoun's gender."""
    text = "وقالت المديرة إن العمل بدأ. والنتائج ستظهر خلال أشهر، على حد قولها."
    assert found(text)[-1] == (
        "والنتائج ستظهر خلال أشهر",
        "المديرة",
        "على حد قولها",
        "indirect",
    )


def test_quote_then_new_clause_is_direct() -> None:
    """«أن "…"، فيما تساءل آخرون …»: the quote is the whole reported clause."""
    text = 'إذ كتب أحد المستخدمين أن "الرئيس يشبه حلوى القطن"، فيما تساءل آخرون عن السبب.'
    assert found(text) == [
        ("الرئيس يشبه حلوى القطن", "أحد المستخدمين", "كتب", "direct"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وأوضح د. محمد علي أن العلاج متوفر في المستشفى.",
            [("العلاج متوفر في المستشفى", "د. محمد علي", "وأوضح", "indirect")],
            id="abbreviated-title-and-the-name-ali",
        ),
        pytest.param(
            "وأضاف الوزير:\n\n«نحن مستعدون للحوار».",
            [("نحن مستعدون للحوار", "الوزير", "وأضاف", "direct")],
            id="colon-at-line-end",
        ),
        pytest.param(
            "قال الخبير إن «الأزمة» ستطول.",
            [("«الأزمة» ستطول", "الخبير", "قال", "indirect")],
            id="scare-quote-first",
        ),
        pytest.param(
            "وقال الطبيب إن الحادث وقع في الساعة 3.15 صباحاً. وأضاف أن المصاب بخير.",
            [
                ("الحادث وقع في الساعة 3.15 صباحاً", "الطبيب", "وقال", "indirect"),
                ("المصاب بخير", "الطبيب", "وأضاف", "indirect"),
            ],
            id="decimal-point",
        ),
        pytest.param(
            "وذكرت «وكالة الأنباء الكويتية» أن المجلس وافق على الموازنة.",
            [("المجلس وافق على الموازنة", "«وكالة الأنباء الكويتية»", "وذكرت", "indirect")],
            id="speaker-in-quotes",
        ),
    ],
)
def test_punctuation_edge_cases(
    text: str, expected: list[tuple[str, str | None, str, str]]
) -> None:
    """Abbreviations, decimals, line breaks after «:», quoted names and scare quotes."""
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'وتابع قائلاً: "المعركة طويلة".',
            [("المعركة طويلة", None, "قائلاً", "direct")],
            id="verb-then-participle",
        ),
        pytest.param(
            "«سنواصل القتال حتى النصر» هكذا قال القائد.",
            [("سنواصل القتال حتى النصر", "القائد", "قال", "direct")],
            id="thus-said",
        ),
        pytest.param("ونفت الشركة صحة الأنباء التي تحدثت عن إفلاسها.", [], id="relative-clause"),
        pytest.param(
            "وأكد المجلس في بيان، «موقفنا الثابت من السلام» محملاً الطرف الآخر المسؤولية.",
            [("موقفنا الثابت من السلام", "المجلس", "وأكد", "direct")],
            id="quote-then-circumstantial-participle",
        ),
        pytest.param(
            "وقالت «الأمم المتحدة» محذرة من المجاعة إن الوضع خطير.",
            [("الوضع خطير", "«الأمم المتحدة»", "وقالت", "indirect")],
            id="participle-clause-after-speaker",
        ),
        pytest.param(
            "وتابع المدير قائلا “نعم فعلت ذلك بنفسي”.",
            [("نعم فعلت ذلك بنفسي", "المدير", "قائلا", "direct")],
            id="saying-before-a-quote",
        ),
        pytest.param(
            "وقال ناطق باسم الجيش لرويترز إن العملية انتهت.",
            [("العملية انتهت", "ناطق باسم الجيش", "وقال", "indirect")],
            id="agency-addressee",
        ),
    ],
)
def test_more_orders(text: str, expected: list[tuple[str, str | None, str, str]]) -> None:
    """A participle after a bare verb, «هكذا قال», relative clauses, agency addressees."""
    assert found(text) == expected


def test_mixed_quote_keeps_inner_marks() -> None:
    """A reported clause embedding a quoted fragment is ``mixed`` and keeps the inner marks;
    the fragment follows it as a ``direct`` quote of the same speaker."""
    text = 'وقال الوزير إن هذه "اتهامات باطلة لا أساس لها" وفق تقديره.'
    assert found(text) == [
        ('هذه "اتهامات باطلة لا أساس لها" وفق تقديره', "الوزير", "وقال", "mixed"),
        ("اتهامات باطلة لا أساس لها", "الوزير", "وقال", "direct"),
    ]


def test_quote_running_over_a_paragraph_break() -> None:
    """An open quote runs over a paragraph break up to its closing mark."""
    text = "وقال المدرب: «لعبنا جيداً.\n\nلكننا خسرنا في النهاية»."
    assert found(text) == [("لعبنا جيداً.\n\nلكننا خسرنا في النهاية", "المدرب", "وقال", "direct")]


def test_unclosed_quote_runs_to_the_end_of_its_paragraph() -> None:
    """A quote that never closes ends with its paragraph."""
    text = "وقال الشاهد: «رأيت الدخان يتصاعد\n\nوفي خبر آخر افتتح الوزير مدرسة."
    assert found(text) == [("رأيت الدخان يتصاعد", "الشاهد", "وقال", "direct")]


def test_continuation_paragraph_takes_the_previous_speaker() -> None:
    """A paragraph that is one quote continues the quote of the paragraph before."""
    text = "وقال الرئيس: «سنعيد البناء».\n\n«ولن نترك أحداً خلفنا في هذه المسيرة»."
    assert found(text)[1] == (
        "ولن نترك أحداً خلفنا في هذه المسيرة",
        "الرئيس",
        None,
        "direct",
    )


def test_a_quoted_headline_alone_is_not_a_quote() -> None:
    """A paragraph in quote marks with no quote before it is a title, not speech."""
    assert found("«لن نترك أحداً خلفنا في هذه المسيرة»\n\nافتتح الوزير المدرسة.") == []


@pytest.mark.parametrize(
    "text",
    [
        "وشاركت الفنانة في مسلسل «ليالي الشرق» الذي عرض في رمضان.",
        'وتواصلت عملية "درع الربيع" في إدلب.',
        "وأذاعت شبكة «سي بي سي» تقريراً عن الحادث.",
        'لقاء مغلق بين "قالن" و"جيفري وكرافت" بشأن سوريا في أنقرة',
        "يذكر أن الاتفاق وقع في الدوحة عام 2020.",
        "وتوزعت المساعدات بين الأسر النازحة في المخيمات.",
        "وتم الاتفاق على الجدول، وفقاً لقرار مجلس الأمن رقم 2254.",
        "كتب: محمد علي",
        "مقالات ذات صلة",
    ],
)
def test_negatives(text: str) -> None:
    """Names, titles, scare quotes and look-alike words are not quotes."""
    assert found(text) == []


def test_spans_index_the_original_text_with_diacritics_and_tatweel() -> None:
    """Matching happens on normalized text but spans cover the original spelling."""
    text = "وقالَ الوزيرُ إنَّ المـفاوضاتِ مستمرةٌ."
    assert found(text) == [("المـفاوضاتِ مستمرةٌ", "الوزيرُ", "وقالَ", "indirect")]


def test_nested_quotes_stay_inside_the_outer_quote() -> None:
    """A quote inside a quote belongs to the outer quote's content; nothing overlaps."""
    text = "وقال المسؤول: «قال لي الوزير: «افعل ما تراه مناسباً»، وهذا ما فعلته»."
    assert found(text) == [
        ("قال لي الوزير: «افعل ما تراه مناسباً»، وهذا ما فعلته", "المسؤول", "وقال", "direct")
    ]


def test_quote_objects() -> None:
    """Results are :class:`arnews.Quote` values in text order."""
    quotes = find_quotes("قال الوزير إن الحوار مستمر. وقالت الوزيرة إن الخطة جاهزة.")
    assert all(isinstance(q, Quote) for q in quotes)
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)


@pytest.mark.parametrize("text", ["", "   ", "\n\n", "«", "»", '"', "قال", "قال:", "قال إن"])
def test_degenerate_inputs(text: str) -> None:
    """Empty, blank and truncated inputs give no quotes."""
    assert find_quotes(text) == ()


def test_rejects_non_strings() -> None:
    """Bytes are a type error, not an empty result."""
    with pytest.raises(TypeError):
        find_quotes(b"\xd9\x82\xd8\xa7\xd9\x84")  # type: ignore[arg-type]


def test_pair_quote_marks_handles_nesting_and_stale_openers() -> None:
    """Nested marks pair inside out; an unmatched opener is left out."""
    assert pair_quote_marks("«أ «ب» ج»") == {3: 5, 0: 8}
    assert pair_quote_marks("«أ «ب»") == {3: 5}
    assert pair_quote_marks('و"قالن" و"جيفري"') == {1: 6, 9: 15}


@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("«" * 50_000 + " قال الوزير: «نعم»", id="unmatched-guillemets"),
        pytest.param('"' * 50_000, id="ascii-marks"),
        pytest.param("«»" * 30_000, id="empty-pairs"),
        pytest.param("وقال " * 40_000 + "إن الأمر انتهى.", id="verb-run"),
        pytest.param("قال إن " * 30_000, id="verb-in-run"),
        pytest.param("قال" * 700_000, id="no-spaces-2mb"),
        pytest.param("«قال إن x» " * 20_000, id="cues-in-quotes"),
        pytest.param("بحسب " * 40_000 + ".", id="attribution-run"),
        pytest.param("، مضيفا أن" * 30_000, id="participle-run"),
    ],
)
def test_adversarial_inputs_finish(text: str) -> None:
    """Long adversarial inputs finish (linear-time scans) and still give valid spans."""
    quotes = outer_quotes(find_quotes(text))
    last = 0
    for quote in quotes:
        assert quote.start >= last
        assert text[quote.start : quote.end] == quote.content
        last = quote.end
