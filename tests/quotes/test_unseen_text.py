"""The failure families of the second round of issue #16, each pinned with sentences of
our own (never corpus text): quoted fragments inside reported clauses, quotes in marks
closed too late, slash quotes, boilerplate lines after a cue, where reported words end,
and speakers named outside the cue's sentence.
"""

from __future__ import annotations

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
