"""The failure families of the second round of issue #16, each pinned with sentences of
our own (never corpus text): quoted fragments inside reported clauses, quotes in marks
closed too late, slash quotes, boilerplate lines after a cue, where reported words end,
and speakers named outside the cue's sentence.
"""

from __future__ import annotations

import pytest

from arnews import find_quotes


def found(text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(content, speaker, cue, kind) of every quote, after checking spans index back."""
    quotes = find_quotes(text)
    for quote in quotes:
        assert text[quote.start : quote.end] == quote.content
    return [(q.content, q.speaker, q.cue, q.kind) for q in quotes]


# --- quoted fragments inside reported clauses --------------------------------------


def test_a_fragment_inside_a_clause_is_also_a_direct_quote() -> None:
    """«أن الإضراب "…" بموجب …»: the clause is ``mixed`` and its quoted words follow it as
    a ``direct`` quote of the same speaker, nested in its span."""
    text = 'وأعلنت النقابة أن الإضراب "حق مشروع لا تنازل عنه" بموجب القانون.'
    assert found(text) == [
        ('الإضراب "حق مشروع لا تنازل عنه" بموجب القانون', "النقابة", "وأعلنت", "mixed"),
        ("حق مشروع لا تنازل عنه", "النقابة", "وأعلنت", "direct"),
    ]
    outer, inner = find_quotes(text)
    assert outer.start < inner.start < inner.end < outer.end


def test_every_fragment_of_two_words_or_more_is_given() -> None:
    """Once a clause embeds quoted words, each fragment of two words or more is a quote."""
    text = 'قال المدرب إن فريقه قدم "مباراة كبيرة جداً" رغم "الظروف الصعبة" في الملعب.'
    assert [q[0] for q in found(text) if q[3] == "direct"] == [
        "مباراة كبيرة جداً",
        "الظروف الصعبة",
    ]


def test_quoted_names_inside_a_clause_are_not_fragments() -> None:
    """Quoted names and terms stay inside the clause only: after a name word, after a
    preposition, and a quote opening with a name word."""
    text = (
        'وأكد الوزير أن مسلسل "ليالي الشرق" وبرنامج "حزب الكنبة الساخر" حققا '
        '"نجاحاً لم يتوقعه أحد" وأن العائدات تضاف إلى "صندوق الأجيال القادمة" كل عام.'
    )
    assert [q[0] for q in found(text) if q[3] == "direct"] == ["نجاحاً لم يتوقعه أحد"]


def test_a_sentence_attributed_after_it_gives_its_fragments_too() -> None:
    """«… "…" …، بحسب X.»: a sourced sentence with quoted words is ``mixed`` with fragments."""
    text = 'تواجه المدينة "أزمة مياه غير مسبوقة" هذا الصيف، بحسب مصلحة المياه.'
    assert found(text)[1] == ("أزمة مياه غير مسبوقة", "مصلحة المياه", "بحسب", "direct")


# --- quotes in marks closed too late, Egyptian spellings ---------------------------


def test_a_participle_inside_quote_marks_ends_the_quote() -> None:
    """«:"…، لافتا إلي أن …".»: the writer closed the marks too late; the third-person
    participle after the comma is narration, so the quote ends at the comma and the
    participle gives its own reported words (without the dangling closing mark)."""
    text = 'وأضاف المدير:" لدينا مخزون من الوقود يكفي لشهرين، لافتا إلي أن الشحنة تصل غداً".'
    assert found(text) == [
        ("لدينا مخزون من الوقود يكفي لشهرين", "المدير", "وأضاف", "direct"),
        ("الشحنة تصل غداً", "المدير", "لافتا", "indirect"),
    ]


def test_an_unclosed_quote_ends_at_an_egyptian_participle() -> None:
    """«مشيرا الي ان» (no hamza, ي for ى) ends an unclosed quote like «مشيراً إلى أن»."""
    text = "وتابعت الوزيرة: «الأسعار مستقرة في الأسواق، مشيرة الي ان الرقابة مستمرة"
    assert found(text) == [
        ("الأسعار مستقرة في الأسواق", "الوزيرة", "وتابعت", "direct"),
        ("الرقابة مستمرة", "الوزيرة", "مشيرة", "indirect"),
    ]


def test_a_participle_without_a_comma_stays_inside_the_quote() -> None:
    """Only a participle after a comma that opens speech ends the marks early: the
    speaker's «قائلين» inside a quote, with no introducer after it, stays in the quote."""
    text = 'وقال المدرب: "خرج اللاعبون من الملعب قائلين شكراً للجمهور".'
    assert found(text) == [
        ("خرج اللاعبون من الملعب قائلين شكراً للجمهور", "المدرب", "وقال", "direct")
    ]


def test_a_dangling_closing_mark_is_trimmed_off_reported_words() -> None:
    """A closing mark with no opener in the reported words is not part of them."""
    text = 'وأوضح المتحدث أن المعبر سيفتح صباح الأحد".'
    assert found(text) == [("المعبر سيفتح صباح الأحد", "المتحدث", "وأوضح", "indirect")]


# --- slashes as quote marks ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "وقال الوزير: /نحن مستعدون للحوار في أي وقت/.",
            ("نحن مستعدون للحوار في أي وقت", "الوزير", "وقال", "direct"),
            id="after-a-colon",
        ),
        pytest.param(
            "وقال الوزير /نحن مستعدون للحوار/.",
            ("نحن مستعدون للحوار", "الوزير", "وقال", "direct"),
            id="after-the-speaker",
        ),
        pytest.param(
            "وقال الأمير ردا على سؤال عن الزيارة.. /البلدان شقيقان..والعلاقة راسخة/.",
            ("البلدان شقيقان..والعلاقة راسخة", "الأمير", "وقال", "direct"),
            id="after-a-full-stop",
        ),
    ],
)
def test_slashes_after_a_cue_are_quote_marks(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    """«/…/» introduced by a cue or a «:» is a direct quote, also after the «..» that
    ends the cue's sentence in that house style."""
    assert found(text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        "الرئيسية /أخبار محلية/ رياضة",
        "بلغت النسبة 1/2 من الإجمالي يوم 2020/05/01 على https://example.com/ar/news/",
        "يعاقب المخالف بالغرامة و/أو الحبس.",
    ],
)
def test_other_slashes_are_not_quotes(text: str) -> None:
    """Slashes in menus, numbers, dates, URLs and «و/أو» without a cue quote nothing."""
    assert found(text) == []


def test_numbers_and_urls_stay_inside_reported_words() -> None:
    """After a cue, slashes between digits or in a URL are not quote marks."""
    text = "وقال الخبير إن النسبة بلغت 1/2 يوم 2020/05/01 وفق https://example.com/ar/news/ أمس."
    assert found(text) == [
        (
            "النسبة بلغت 1/2 يوم 2020/05/01 وفق https://example.com/ar/news/ أمس",
            "الخبير",
            "وقال",
            "indirect",
        )
    ]


# --- boilerplate lines between a cue and its quote, «بقوله:» --------------------------


def test_short_lines_between_a_colon_and_its_quote_are_skipped() -> None:
    """«بقوله:⏎اسم الموقع⏎اسم الموقع⏎“…»: lines a crawl leaves between a cue ending in
    «:» and the opening mark do not break the attribution."""
    text = (
        "وختم الأمين العام حديثه بقوله:\nالموقع الإخباري\nالموقع الإخباري\n"
        "“نتمنى لكم عاماً سعيداً مليئاً بالنجاح.\nخبر آخر"
    )
    assert found(text) == [
        ("نتمنى لكم عاماً سعيداً مليئاً بالنجاح", "الأمين العام", "بقوله", "direct")
    ]


def test_a_long_line_after_a_colon_is_not_skipped() -> None:
    """Only short lines of words are skipped, and only before a quote mark: a line of
    text after «:» is the speech itself, a line of punctuation stops the skipping."""
    speech = "وقال الوزير:\nنحن مستعدون للحوار في أي وقت.\n“نص آخر لا علاقة له بالتصريح”"
    assert found(speech)[0][0] == "نحن مستعدون للحوار في أي وقت"
    menu = "وقال الوزير:\nالرئيسية | أخبار\n“نص في قائمة الموقع لا علاقة له”"
    assert found(menu) == []


def test_saying_nouns_cue_speech_like_a_participle() -> None:
    """«وعلق … على ذلك بقوله: …», «وختمت بقولها إن …»: the speaker is carried over as for
    «قائلاً», and the verb before it ends the reported words before."""
    assert found('وعلق الوزير على ذلك بقوله: "الحوار هو الحل الوحيد".') == [
        ("الحوار هو الحل الوحيد", "الوزير", "بقوله", "direct")
    ]
    assert found("قالت الوزيرة إن الخطة جاهزة، وختمت بقولها إن التنفيذ يبدأ غداً.") == [
        ("الخطة جاهزة", "الوزيرة", "قالت", "indirect"),
        ("التنفيذ يبدأ غداً", "الوزيرة", "بقولها", "indirect"),
    ]


def test_the_object_of_the_verb_before_a_saying_noun_is_not_the_speaker() -> None:
    """«وختم الوزير كلمته بقوله», «وكتبت الفنانة … على صفحتها إن …»: the speech or page
    with a pronoun is not part of the speaker."""
    assert found("وختم الوزير كلمته بقوله: «شكراً لكم جميعاً على الحضور».")[0][1] == "الوزير"
    assert found("وكتبت الفنانة سارة أحمد على صفحتها إن العمل انتهى.")[0][1] == (
        "الفنانة سارة أحمد"
    )


# --- where reported words end -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "وقال المبعوث إن هناك تقدما ملموسا في المفاوضات وأبدى تفاؤله بالجولة المقبلة.",
            "هناك تقدما ملموسا في المفاوضات",
            id="stance-verb",
        ),
        pytest.param(
            "وأكدت الوزيرة أن الخطة جاهزة وثمنت جهود الفرق الميدانية.",
            "الخطة جاهزة",
            id="feminine-stance-verb",
        ),
        pytest.param(
            "وأكد المدير أن الموسم ناجح، وأعرب عن أمله في موسم أفضل.",
            "الموسم ناجح",
            id="cue-with-its-preposition",
        ),
        pytest.param(
            "وقال النائب إنه لن يتراجع عن موقفه، في إشارة إلى الخلاف مع الحكومة.",
            "إنه لن يتراجع عن موقفه",
            id="writer-gloss",
        ),
        pytest.param(
            "وأشارت الوزارة إلى أن الامتحان سيكون سهلا، علما أن النتائج تعلن في يوليو.",
            "الامتحان سيكون سهلا",
            id="writer-note",
        ),
    ],
)
def test_reported_words_end_where_the_narrative_resumes(text: str, content: str) -> None:
    """A joined verb in the past agreeing with the cue (the speaker's next act), «في
    إشارة», «، علماً» end the reported words."""
    assert found(text)[0][0] == content


@pytest.mark.parametrize(
    ("text", "content"),
    [
        pytest.param(
            "وقال المتحدث إن الشركة رفعت أسعارها في السوق وأعلنت خطة للتوسع.",
            "الشركة رفعت أسعارها في السوق وأعلنت خطة للتوسع",
            id="verb-of-the-reported-subject",
        ),
        pytest.param(
            "وأكد الوزير أن الشركة ستفتح فرعا جديدا، وأعربت عن أملها في نجاحه.",
            "الشركة ستفتح فرعا جديدا، وأعربت عن أملها في نجاحه",
            id="cue-of-another-gender",
        ),
        pytest.param(
            "وأوضح المدير أن اللجنة اجتمعت أمس وأشادت بالنتائج.",
            "اللجنة اجتمعت أمس وأشادت بالنتائج",
            id="stance-verb-of-another-gender",
        ),
    ],
)
def test_verbs_of_the_reported_subject_stay_in_the_reported_words(text: str, content: str) -> None:
    """A joined verb that agrees with the reported clause's subject, not with the cue,
    continues the reported words."""
    assert found(text)[0][0] == content


# --- ASCII marks standing free after a cue ------------------------------------------------


def test_a_free_mark_right_after_a_cue_opens_its_quote() -> None:
    """«… مضيفا " …".»: a ``"`` between spaces after a cue opens that cue's quote instead
    of closing the quote before it, which its writer left open."""
    text = (
        'وتابع المدير " الموسم كان جيداً لكل المزارعين في الجهة مضيفا " الإنتاج بلغ '
        'ألف طن هذا العام".'
    )
    assert found(text) == [
        ("الموسم كان جيداً لكل المزارعين في الجهة", "المدير", "وتابع", "direct"),
        ("الإنتاج بلغ ألف طن هذا العام", "المدير", "مضيفا", "direct"),
    ]


def test_a_free_mark_after_the_speaker_opens_an_unclosed_quote() -> None:
    """«قال الوزير " نحن …» with no closing mark: the quote runs to the paragraph's end."""
    text = 'وقال الوزير " نحن مستعدون للحوار مع الجميع\nخبر آخر'
    assert found(text) == [("نحن مستعدون للحوار مع الجميع", "الوزير", "وقال", "direct")]


# --- speakers named outside the cue's sentence -------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        pytest.param(
            "تعود الفنانة سارة أحمد إلى الشاشة في مسلسل جديد.\nوأكدت أن الدور مختلف تماماً.",
            "الفنانة سارة أحمد",
            id="feminine-present-in-an-earlier-sentence",
        ),
        pytest.param(
            "وعبر الشيخ خالد بن محمد في تصريحات عن تضامنه مع البلاد. وقال: «نحن معكم».",
            "الشيخ خالد بن محمد",
            id="masculine-past-in-an-earlier-sentence",
        ),
        pytest.param(
            "نشر النائب سامي الخوري في تغريدة على حسابه، صورة من الجلسة، وعلق عليها "
            'بالقول: "المجلس في زمن الوباء".',
            "النائب سامي الخوري",
            id="verb-of-the-same-sentence",
        ),
        pytest.param(
            "اجتمع رئيس الجمهورية سعيد سالم أمس بوزير الزراعة في القصر، حيث شدد على "
            "ضرورة دعم المزارعين.",
            "رئيس الجمهورية سعيد سالم",
            id="after-hayth",
        ),
    ],
)
def test_the_subject_of_an_earlier_verb_speaks(text: str, speaker: str) -> None:
    """A cue without a subject and no earlier speaker takes the subject of a verb that
    opens its sentence or one before it, when the verb agrees with the cue."""
    assert found(text)[-1][1] == speaker


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "تعود الفنانة سارة أحمد إلى الشاشة في مسلسل جديد.\nوأكد أن الدور مختلف تماماً.",
            id="gender-disagrees",
        ),
        pytest.param("تتابع الوحدة حسابات تبين بأنها تنشر من خارج البلاد.", id="relative-clause"),
        pytest.param("وحديثاً تغيّر شكل الساحة كثيراً. وأكد أن التغيير ضروري.", id="adverb-first"),
    ],
)
def test_no_subject_is_taken_from_a_verb_that_does_not_agree(text: str) -> None:
    """A verb of another gender, a cue inside a relative clause and a sentence opened by
    an adverb give no speaker."""
    assert found(text)[-1][1] is None


def test_an_honorific_with_a_pronoun_stands_for_its_bearer() -> None:
    """«وشكر سيادته المنظمين …، داعياً»: the speaker is the «سيادة …» named before."""
    text = (
        "زار سيادة الرئيس سالم حمدان، صباح الأحد، معرض الكتاب.\n"
        "وشكر سيادته المنظمين على جهودهم، داعياً الشباب أن يقبلوا على القراءة."
    )
    assert found(text) == [("يقبلوا على القراءة", "سيادة الرئيس سالم حمدان", "داعياً", "indirect")]


def test_an_honorific_speaker_takes_the_last_speaker_when_no_bearer_is_named() -> None:
    """«وأضاف معاليه أن …» after «وقال وزير …»: the honorific carries the speaker over."""
    text = "وقال وزير السياحة سالم المحروقي إن الموسم ناجح. وأضاف معاليه أن الخطة جاهزة."
    assert [q[1] for q in found(text)] == ["وزير السياحة سالم المحروقي"] * 2


def test_a_subject_before_its_verb_is_the_speaker_not_the_object_after_it() -> None:
    """«محفوض يدعو النواب إلى …» (a headline): the subject stands before the verb, so the
    words after it are its object."""
    assert found("الوزير يدعو النواب إلى حماية حرية البرلمان")[0][1] == "الوزير"


def test_a_dateline_and_a_leading_particle_are_no_verb() -> None:
    """«إربد - (بترا) - أرسل جلالة الملك …، أعرب فيها …», «في حين أعلن فلان …، حيث كتب
    …»: the verb after a dateline or «في حين» names the speaker."""
    text = (
        "إربد - (بترا) - أرسل جلالة الملك سالم الأول، أمس، رسالة إلى المؤتمر، "
        "أعرب فيها جلالته عن أمله في نجاح أعماله."
    )
    assert found(text)[0][1] == "جلالة الملك سالم الأول"
    text = (
        "انتشر خبر عن مرض الفنانة. في حين أعلن المخرج سامي حسن إصابتها بوعكة، حيث كتب "
        'عبر حسابه: "ألف سلامة عليك".'
    )
    assert found(text)[0][1] == "المخرج سامي حسن"


def test_reported_words_inside_a_quote_end_with_it() -> None:
    """A cue inside quote marks with no cue outside them: its reported words end at the
    closing mark, not at the end of the writer's sentence."""
    text = '"قال الطبيب إن الحالة مستقرة" عبارة سمعناها كثيراً في الأيام الماضية.'
    assert found(text) == [("الحالة مستقرة", "الطبيب", "قال", "indirect")]


def test_a_source_between_commas_speaks_for_a_participle_of_its_sentence() -> None:
    """«ويضم المهرجان، بحسب فلان، …، موضحاً أنه …»: the participle takes the source named
    in its sentence, not an earlier speaker; a name holding «حسب» is no source."""
    text = (
        "وقال المدير إن المهرجان ناجح. ويضم المهرجان، بحسب الناشط سامي علوان، عروضاً "
        "من عشر دول عربية، موضحاً أنه سيستمر أسبوعاً كاملاً."
    )
    assert found(text)[-1][1] == "الناشط سامي علوان"
    text = (
        'وقال المدير إن المعرض ناجح. وأشار "حسب الله"، خلال اتصال هاتفي، إلى أن '
        'الجلسات مستمرة، مضيفاً: "أنا أحضر كل الجلسات".'
    )
    assert found(text)[-1][1] == '"حسب الله"'
