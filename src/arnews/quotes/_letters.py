"""Arabic letters and affixes the quote rules test words for.

The word tables are in :mod:`arnews.quotes._lexicon`; this module holds the
letters and affixes (prefixes, suffixes, endings) that the rules look for inside
a word. They are compared with text normalized by
:func:`arnews.normalization.normalize` (``search`` preset), so every entry is
written in its normalized form, which a test checks; the exceptions are
:data:`ALEF_MAKSURA` and :data:`YEH`, which are looked up in the *original* text.
"""

from __future__ import annotations

from typing import Final

__all__ = [
    "ALA_WITH_MAKSURA",
    "ALEF_MAKSURA",
    "AND_B_PREFIX",
    "AND_PREFIX",
    "ARABIC_LETTER_FIRST",
    "ARABIC_LETTER_LAST",
    "B_PREFIX",
    "CONJUNCTION_PREFIXES",
    "DEFINITE_ARTICLE",
    "DEFINITE_B_PREFIX",
    "DEFINITE_L_PREFIX",
    "FEMININE_PAST_ENDING",
    "FEMININE_PRONOUN",
    "FI_WITH_MAKSURA",
    "FI_WITH_YEH",
    "L_PREFIX",
    "MASCULINE_PRONOUN",
    "NISBA_ENDINGS",
    "OBJECT_ENDINGS",
    "OBJECT_SUFFIXES",
    "PARTICIPLE_ENDING",
    "PARTICIPLE_PREFIX",
    "PLURAL_PAST_ENDING",
    "PREPOSITION_PREFIXES",
    "PRESENT_FEMININE_PREFIX",
    "PRESENT_MASCULINE_PREFIX",
    "PRESENT_PREFIXES",
    "PRONOUN_LETTER",
    "PRONOUN_SUFFIXES",
    "QUOTE_PREFIX_LETTERS",
    "SOUND_PLURAL_ENDINGS",
    "SUBJECT_ENDING_SUFFIXES",
    "TA",
    "TA_MARBUTA",
    "YEH",
]

ARABIC_LETTER_FIRST: Final = "\u0621"
"""«ء», the first Arabic letter in Unicode order."""
ARABIC_LETTER_LAST: Final = "\u064a"
"""«ي», the last basic Arabic letter in Unicode order (harakat follow it)."""

CONJUNCTION_PREFIXES: Final = "وف"
"""«و» and «ف», written joined to the next word: «وقال», «فأكد»."""
AND_PREFIX: Final = "و"
"""«و»: the only prefix a participle takes («ومضيفاً»), and a preposed source's
(«وبحسب»)."""
QUOTE_PREFIX_LETTERS: Final = "وفبلك"
"""One-letter prefixes that may stand alone before a quote mark: «و"جيفري», «ل"بلدي».
Such a mark opens a quote."""
PREPOSITION_PREFIXES: Final = "بلك"
"""The joined prepositions «ب», «ل», «ك»: «بها», «لهم» are not objects of a verb."""

B_PREFIX: Final = "ب"
"""The joined preposition «ب»: «طالب بالإفراج», «صرح بأن»."""
DEFINITE_B_PREFIX: Final = "بال"
"""«ب» followed by the article: «بالإفراج» is always «ب + noun»."""
L_PREFIX: Final = "ل"
"""The joined preposition «ل»: «وفقاً لـ…», «لـ"بلدي نيوز"»."""
DEFINITE_L_PREFIX: Final = "لل"
"""«ل» followed by the article (ال loses its alef): «للوكالة»."""
AND_B_PREFIX: Final = "وب"
"""«و» + «ب» at the start of a sentence («وبالنسبة», «وبحسب»): not a subject."""

DEFINITE_ARTICLE: Final = "ال"
"""The article, joined to its noun: «البيان»."""
PRONOUN_SUFFIXES: Final = ("هما", "هم", "ها", "ه")
"""Possessive pronouns joined to a noun («كلمته», «بيانها»), longest first."""
PRONOUN_LETTER: Final = "ه"
"""The letter every pronoun of :data:`PRONOUN_SUFFIXES` holds."""
TA_MARBUTA: Final = "ة"
"""«ة», which is written «ت» before a pronoun suffix («كلمة» → «كلمته»)."""
TA: Final = "ت"
"""«ت», the form «ة» takes before a pronoun suffix."""

SUBJECT_ENDING_SUFFIXES: Final = ("ها", "هم")
"""Object pronouns that end a speaker phrase: «دعت النقابة أعضاءها إلى …»."""
OBJECT_SUFFIXES: Final = ("ه", "ها")
"""Object pronouns joined to a speech verb after «ما»: «وفق ما ذكرته», «حسب ما نقلتها»."""
OBJECT_ENDINGS: Final = ("ة", "ا", "ات")
"""Endings of a noun that starts a verb's object after its subject: «صحة», «عرضاً» (its
tanween gone once normalized), «إيرادات»."""
NISBA_ENDINGS: Final = ("ي", "ية", "يون", "يين")
"""Endings of adjectives of relation, which follow a noun in its phrase: «الأردني»,
«الفلسطينية»."""
SOUND_PLURAL_ENDINGS: Final = ("ون", "ين")
"""Endings of sound masculine plurals: «المتظاهرون», «مسؤولين»."""

PRESENT_PREFIXES: Final = "يت"
"""Prefixes of third-person present-tense verbs: «يقول», «تتابع»."""
PRESENT_MASCULINE_PREFIX: Final = "ي"
"""Prefix of a masculine present-tense verb: «يعود»."""
PRESENT_FEMININE_PREFIX: Final = "ت"
"""Prefix of a feminine present-tense verb («تعود»), and first letter of many masculine
past verbs («تفقّد», «تحدّث»): «تت…» is always feminine («تتدخل»)."""
FEMININE_PAST_ENDING: Final = "ت"
"""Ending of a feminine past-tense verb: «عبّرت», «أعلنت»."""
PLURAL_PAST_ENDING: Final = "وا"
"""Ending of a plural past-tense verb: «عبّروا»."""
MASCULINE_PRONOUN: Final = "ه"
"""The masculine pronoun suffix: «سيادته» (his excellency)."""
FEMININE_PRONOUN: Final = "ها"
"""The feminine pronoun suffix: «سيادتها»."""

PARTICIPLE_PREFIX: Final = "م"
"""First letter of an active participle of a derived verb: «محملاً», «مطالباً»."""
PARTICIPLE_ENDING: Final = "ا"
"""Last letter of an accusative participle once its tanween is gone: «محملاً» → «محملا»."""

ALEF_MAKSURA: Final = "\u0649"
"""«ى», looked up in the original text: in a text that writes «في» (never «فى»), a word
ending in ى is spelled so on purpose («نفى» the verb, not «نفي» the noun)."""
YEH: Final = "\u064a"
"""«ي», looked up in the original text: in a text that writes «على», «علي» is the name Ali."""
ALA_WITH_MAKSURA: Final = "\u0639\u0644\u0649"
"""«على» as spelled with ى, looked up in the original text."""
FI_WITH_YEH: Final = "\u0641\u064a"
"""«في» as spelled with ي, looked up in the original text."""
FI_WITH_MAKSURA: Final = "\u0641\u0649"
"""«فى», Egyptian typography's «في», looked up in the original text."""
