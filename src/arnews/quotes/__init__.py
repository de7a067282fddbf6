"""Quotation extraction with speaker attribution: direct, indirect and mixed quotes.

:func:`find_quotes` finds reported speech in running news text and says who said
it. Direct quotes are words in quote marks attached to a speech verb; indirect
quotes are clauses introduced by «أن/إن/بأن» (or the verb's preposition); mixed
quotes are reported clauses that embed a quoted fragment:

>>> from arnews.quotes import find_quotes
>>> text = "وقال وزير الخارجية أحمد علي: «نحن مستعدون للحوار». وأضاف أن الباب ما زال مفتوحاً."
>>> for q in find_quotes(text):
...     print(q.kind, "|", q.speaker, "|", q.cue, "|", q.content)
direct | وزير الخارجية أحمد علي | وقال | نحن مستعدون للحوار
indirect | وزير الخارجية أحمد علي | وأضاف | الباب ما زال مفتوحاً

The pipeline is :mod:`arnews.quotes.finder`, read top to bottom: tokens and paired
quote marks (``tokens``, ``marks``), candidates from speech verbs (``verb_quotes``,
with ``cues``, ``regions``, ``clauses``), from attribution phrases
(``attributions``) and from paragraphs (``paragraphs``), then speakers
(``speakers``, ``subjects``) and their fullest mentions (``coreference``). The language data is
in the data modules ``_lexicon`` (words) and ``_letters`` (letters and affixes),
normalized once by ``vocabulary``. The rules are described in the "Quotes" guide
page.
"""

from __future__ import annotations

from arnews.quotes.finder import find_quotes
from arnews.quotes.marks import pair_quote_marks

__all__ = ["find_quotes", "pair_quote_marks"]
