"""The quote lexicon: the words that introduce reported speech in Arabic news, and the
words the rules look for around them (introducers, stop words, attribution phrases).

Every spelling is NFC, without tatweel or diacritics. Spellings that differ only
by hamza on alef or ى/ي are *not* listed twice: matching happens on text
normalized by :func:`arnews.normalization.normalize` (``search`` preset), which
unifies them. The prefixes و and ف («وقال»، «فأكد») are handled by the matcher and
are not listed either. A test checks every table for NFC, tatweel, diacritics and
duplicates after normalization; :mod:`arnews.quotes.vocabulary` normalizes the tables
once, on first use. Letters and affixes are in :mod:`arnews.quotes._letters`.

The grammatical gender of each form (``"m"`` masculine singular, ``"f"`` feminine
singular, ``"p"`` plural) is what speaker carry-over uses: «وأضافت أن …» with no
subject takes the most recent speaker introduced by a feminine form.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Literal, NamedTuple

__all__ = [
    "ALA",
    "ALA_COMPLEMENTS",
    "AMBIGUOUS_VERB_FORMS",
    "AMBIGUOUS_WITH_PREFIX",
    "APPOSITION_BREAKERS",
    "AS_PUT",
    "ATTRIBUTIONS_BEFORE_AN",
    "ATTRIBUTIONS_BEFORE_L",
    "ATTRIBUTION_RELATIVES",
    "ATTRIBUTION_WORDS",
    "BARE_INTRODUCERS",
    "CLAUSE_CONJUNCTIONS",
    "CONSEQUENCE_PARTICLES",
    "CONTRAST_WORDS",
    "FRONTING_WORDS",
    "FUSED_ATTRIBUTION_RELATIVES",
    "GOVERNING_TITLES",
    "HONORIFICS",
    "IN",
    "INTRODUCERS",
    "JOINED_B_NOUNS",
    "NAME_INTRODUCERS",
    "NON_SOURCE_HEADS",
    "NON_SUBJECT_WORDS",
    "ON_THE_TONGUE",
    "PARTICIPLES",
    "PHRASE_VERBS",
    "POST_QUOTE_ADVERBS",
    "PRONOUN_SPEAKERS",
    "QUANTITY_WORDS",
    "RELATIVE_PRONOUNS",
    "RELAY_PREPOSITION",
    "RELAY_SAYING",
    "RELAY_VERB",
    "REPRESENTATION_HOSTS",
    "RESUMPTIVE_PRONOUNS",
    "SAYING_NOUNS",
    "SPEAKER_ACTS",
    "SPEAKER_PREPOSITION_HOSTS",
    "SPEAKER_STOPWORDS",
    "SPEECH_VERBS",
    "STATEMENT_NOUNS",
    "SUBJECTLESS_PREPOSITIONS",
    "TEMPORAL_PARTICLES",
    "TRAILING_PARTICLES",
    "UTTERANCE_SETTINGS",
    "VERB_PREPOSITIONS",
    "WRITER_CLAUSES",
    "WRITER_GLOSS",
    "Gender",
    "VerbForms",
]

Gender = Literal["m", "f", "p"]
"""``"m"`` masculine singular, ``"f"`` feminine singular, ``"p"`` plural."""


class VerbForms(NamedTuple):
    """The third-person forms of one speech verb (past, then present tense)."""

    masculine: tuple[str, ...]
    feminine: tuple[str, ...]
    plural: tuple[str, ...]


SPEECH_VERBS: Final[Mapping[str, VerbForms]] = {
    "قال": VerbForms(("قال", "يقول"), ("قالت", "تقول"), ("قالوا", "يقولون")),
    "أكد": VerbForms(("أكد", "يؤكد"), ("أكدت", "تؤكد"), ("أكدوا", "يؤكدون")),
    "أضاف": VerbForms(("أضاف", "يضيف"), ("أضافت", "تضيف"), ("أضافوا", "يضيفون")),
    "أوضح": VerbForms(("أوضح", "يوضح"), ("أوضحت", "توضح"), ("أوضحوا", "يوضحون")),
    "أشار": VerbForms(("أشار", "يشير"), ("أشارت", "تشير"), ("أشاروا", "يشيرون")),
    "لفت": VerbForms(("لفت", "يلفت"), ("لفتت", "تلفت"), ("لفتوا", "يلفتون")),
    "شدد": VerbForms(("شدد", "يشدد"), ("شددت", "تشدد"), ("شددوا", "يشددون")),
    "صرح": VerbForms(("صرح", "يصرح"), ("صرحت", "تصرح"), ("صرحوا", "يصرحون")),
    "ذكر": VerbForms(("ذكر",), ("ذكرت",), ("ذكروا", "يذكرون")),
    "كشف": VerbForms(("كشف", "يكشف"), ("كشفت", "تكشف"), ("كشفوا", "يكشفون")),
    "أعلن": VerbForms(("أعلن", "يعلن"), ("أعلنت", "تعلن"), ("أعلنوا", "يعلنون")),
    "اعتبر": VerbForms(("اعتبر", "يعتبر"), ("اعتبرت", "تعتبر"), ("اعتبروا", "يعتبرون")),
    "رأى": VerbForms(("رأى", "يرى"), ("رأت", "ترى"), ("رأوا", "يرون")),
    "تابع": VerbForms(("تابع",), ("تابعت",), ("تابعوا",)),
    "بين": VerbForms(("بين", "يبين"), ("بينت", "تبين"), ("بينوا", "يبينون")),
    "نفى": VerbForms(("نفى", "ينفي"), ("نفت", "تنفي"), ("نفوا", "ينفون")),
    "حذر": VerbForms(("حذر", "يحذر"), ("حذرت", "تحذر"), ("حذروا", "يحذرون")),
    "دعا": VerbForms(("دعا", "يدعو"), ("دعت", "تدعو"), ("دعوا", "يدعون")),
    "طالب": VerbForms(("طالب", "يطالب"), ("طالبت", "تطالب"), ("طالبوا", "يطالبون")),
    "تساءل": VerbForms(("تساءل", "يتساءل"), ("تساءلت", "تتساءل"), ("تساءلوا", "يتساءلون")),
    "كتب": VerbForms(("كتب", "يكتب"), ("كتبت", "تكتب"), ("كتبوا", "يكتبون")),
    "غرد": VerbForms(("غرد", "يغرد"), ("غردت", "تغرد"), ("غردوا", "يغردون")),
    "أفاد": VerbForms(("أفاد", "يفيد"), ("أفادت", "تفيد"), ("أفادوا", "يفيدون")),
    "أردف": VerbForms(("أردف", "يردف"), ("أردفت", "تردف"), ("أردفوا", "يردفون")),
    "استطرد": VerbForms(("استطرد",), ("استطردت",), ("استطردوا",)),
    "نوه": VerbForms(("نوه", "ينوه"), ("نوهت", "تنوه"), ("نوهوا", "ينوهون")),
    "أعرب": VerbForms(("أعرب", "يعرب"), ("أعربت", "تعرب"), ("أعربوا", "يعربون")),
    "تحدث": VerbForms(("تحدث", "يتحدث"), ("تحدثت", "تتحدث"), ("تحدثوا", "يتحدثون")),
    "زعم": VerbForms(("زعم", "يزعم"), ("زعمت", "تزعم"), ("زعموا", "يزعمون")),
    "توقع": VerbForms(("توقع", "يتوقع"), ("توقعت", "تتوقع"), ("توقعوا", "يتوقعون")),
    "أقر": VerbForms(("أقر", "يقر"), ("أقرت", "تقر"), ("أقروا", "يقرون")),
    "اعترف": VerbForms(("اعترف", "يعترف"), ("اعترفت", "تعترف"), ("اعترفوا", "يعترفون")),
    "نقل": VerbForms(("نقل", "ينقل"), ("نقلت", "تنقل"), ("نقلوا", "ينقلون")),
    "علق": VerbForms(("علق", "يعلق"), ("علقت", "تعلق"), ("علقوا", "يعلقون")),
    "ختم": VerbForms(("ختم", "اختتم"), ("ختمت", "اختتمت"), ("ختموا", "اختتموا")),
    "أكمل": VerbForms(("أكمل", "يكمل"), ("أكملت", "تكمل"), ("أكملوا", "يكملون")),
    "ناشد": VerbForms(("ناشد", "يناشد"), ("ناشدت", "تناشد"), ("ناشدوا", "يناشدون")),
    "اعتقد": VerbForms(("اعتقد", "يعتقد"), ("اعتقدت", "تعتقد"), ("اعتقدوا", "يعتقدون")),
}
"""Speech verbs by lemma: third-person forms by gender, past then present tense.

«يذكر» and «تذكر» are left out on purpose: «يُذكر أن …» is the editor's «it is worth
noting», «لم يخلّف الحريق أضراراً تُذكر» «worth mentioning»; so are «يتابع/تتابع»,
which in news mostly mean «monitors» («تتابع الوحدة حسابات …»)."""

PARTICIPLES: Final[Mapping[str, tuple[str, Gender]]] = {
    "قائلا": ("قال", "m"),
    "قائلة": ("قال", "f"),
    "قائلين": ("قال", "p"),
    "مؤكدا": ("أكد", "m"),
    "مؤكدة": ("أكد", "f"),
    "مؤكدين": ("أكد", "p"),
    "مضيفا": ("أضاف", "m"),
    "مضيفة": ("أضاف", "f"),
    "مضيفين": ("أضاف", "p"),
    "موضحا": ("أوضح", "m"),
    "موضحة": ("أوضح", "f"),
    "موضحين": ("أوضح", "p"),
    "مشيرا": ("أشار", "m"),
    "مشيرة": ("أشار", "f"),
    "مشيرين": ("أشار", "p"),
    "لافتا": ("لفت", "m"),
    "لافتة": ("لفت", "f"),
    "لافتين": ("لفت", "p"),
    "مشددا": ("شدد", "m"),
    "مشددة": ("شدد", "f"),
    "مشددين": ("شدد", "p"),
    "كاشفا": ("كشف", "m"),
    "كاشفة": ("كشف", "f"),
    "معلنا": ("أعلن", "m"),
    "معلنة": ("أعلن", "f"),
    "معتبرا": ("اعتبر", "m"),
    "معتبرة": ("اعتبر", "f"),
    "معتبرين": ("اعتبر", "p"),
    "متابعا": ("تابع", "m"),
    "متابعة": ("تابع", "f"),
    "مبينا": ("بين", "m"),
    "مبينة": ("بين", "f"),
    "نافيا": ("نفى", "m"),
    "نافية": ("نفى", "f"),
    "محذرا": ("حذر", "m"),
    "محذرة": ("حذر", "f"),
    "محذرين": ("حذر", "p"),
    "داعيا": ("دعا", "m"),
    "داعية": ("دعا", "f"),
    "داعين": ("دعا", "p"),
    "مطالبا": ("طالب", "m"),
    "مطالبة": ("طالب", "f"),
    "مطالبين": ("طالب", "p"),
    "متسائلا": ("تساءل", "m"),
    "متسائلة": ("تساءل", "f"),
    "مردفا": ("أردف", "m"),
    "مردفة": ("أردف", "f"),
    "منوها": ("نوه", "m"),
    "منوهة": ("نوه", "f"),
    "معربا": ("أعرب", "m"),
    "معربة": ("أعرب", "f"),
    "معربين": ("أعرب", "p"),
}
"""Active participles used as «، مضيفاً أن …»: form → (lemma, gender). They never
take a subject, so their speaker is always carried over."""

SAYING_NOUNS: Final[Mapping[str, tuple[str, Gender]]] = {
    "بقوله": ("قال", "m"),
    "بقولها": ("قال", "f"),
    "بقولهم": ("قال", "p"),
}
"""«by his/her/their saying» («وختم كلمته بقوله: …», «وأنهت حديثها للصحفيين بقولها:
…»): form → (lemma, gender). They cue speech like a participle («قائلاً»): no subject
of their own, the speaker is the pronoun's referent, carried over."""

VERB_PREPOSITIONS: Final[Mapping[str, frozenset[str]]] = {
    "قال": frozenset(),
    "أكد": frozenset({"على"}),
    "أضاف": frozenset(),
    "أوضح": frozenset(),
    "أشار": frozenset({"إلى"}),
    "لفت": frozenset({"إلى"}),
    "شدد": frozenset({"على"}),
    "صرح": frozenset({"ب"}),
    "ذكر": frozenset(),
    "كشف": frozenset({"عن"}),
    "أعلن": frozenset({"عن"}),
    "اعتبر": frozenset(),
    "رأى": frozenset(),
    "تابع": frozenset(),
    "بين": frozenset(),
    "نفى": frozenset(),
    "حذر": frozenset({"من"}),
    "دعا": frozenset({"إلى"}),
    "طالب": frozenset({"ب"}),
    "تساءل": frozenset(),
    "كتب": frozenset(),
    "غرد": frozenset(),
    "أفاد": frozenset({"ب"}),
    "أردف": frozenset(),
    "استطرد": frozenset(),
    "نوه": frozenset({"إلى", "ب"}),
    "أعرب": frozenset({"عن"}),
    "تحدث": frozenset({"عن"}),
    "زعم": frozenset(),
    "توقع": frozenset(),
    "أقر": frozenset({"ب"}),
    "اعترف": frozenset({"ب"}),
    "نقل": frozenset(),
    "علق": frozenset(),
    "ختم": frozenset(),
    "أكمل": frozenset(),
    "ناشد": frozenset(),
    "اعتقد": frozenset(),
}
"""The preposition each verb takes before a reported noun phrase or «أن»
(«أشار إلى أن …», «شدد على ضرورة …»); ``ب`` is written joined to the next word."""

AMBIGUOUS_VERB_FORMS: Final[frozenset[str]] = frozenset(
    {
        "بين",
        "تبين",
        "تابع",
        "ترى",
        "رأى",
        "ذكر",
        "نفى",
        "علق",
        "يعلق",
        "تعلق",
        "ختم",
        "ختمت",
        "اختتم",
    }
)
"""Forms that are also common nouns or other words («بين» between, «رأي» opinion,
«نفي» denial): they count as a cue only when «أن»/«:» follows within a few words."""

AMBIGUOUS_WITH_PREFIX: Final[frozenset[str]] = frozenset({"بين", "تبين", "تعلق"})
"""Ambiguous forms that stay ambiguous after و/ف («وبين» is also «and between»);
the others are plainly verbs once prefixed («ورأى», «ونفى»)."""

JOINED_B_NOUNS: Final[frozenset[str]] = frozenset(
    {"بيان", "بلاغ", "بعض", "بين", "بلدية", "بنك", "برلمان", "بلاد", "بلده", "بلادنا", "باسم"}
)
"""Words that begin with ب but are not «ب + noun» complements («أفاد بيان …»)."""

NON_SUBJECT_WORDS: Final[frozenset[str]] = frozenset(
    {
        "كما",
        "ثم",
        "قد",
        "وقد",
        "فقد",
        "حيث",
        "بينما",
        "فيما",
        "لكن",
        "ولكن",
        "إذ",
        "و",
        "في",
        "وفي",
        "من",
        "ومن",
        "على",
        "وعلى",
        "عن",
        "وعن",
        "بعد",
        "قبل",
        "وقبل",
        "خلال",
        "وخلال",
        "حول",
        "وحول",
        "هل",
        "لماذا",
        "كيف",
        "سبق",
        "وسبق",
        "عقب",
        "وعقب",
        "إثر",
        "وإثر",
        "عند",
        "وعند",
        "عندما",
        "وعندما",
        "لدى",
        "ولدى",
        "أثناء",
        "وأثناء",
        "منذ",
        "ومنذ",
        "بعدما",
        "وبعدما",
        "وفيما",
        "وبينما",
    }
)
"""First words of a sentence that are not the start of a subject for a verb later in
it («وفي وقت سابق، قال …»). Words beginning with «وب» («وبالنسبة», «وبحسب») and with a
speech verb are excluded as well."""

FRONTING_WORDS: Final[frozenset[str]] = frozenset(
    {"كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا", "فكان", "فكانت", "أما", "وأما"}
)
"""Words before a fronted subject that are skipped: an auxiliary («وكانت مصادر محلية
أفادت …») or «أما» («أما الائتلاف، فقد دعا …»)."""

CLAUSE_CONJUNCTIONS: Final[frozenset[str]] = frozenset(
    {"فيما", "بينما", "حيث", "إذ", "لكن", "ولكن", "وهو", "وهي", "وذلك"}
)
"""Words that, after a closing quote and a comma, start a new clause («أن "…"، فيما
تساءل آخرون …»): the quote ends the reported words."""

STATEMENT_NOUNS: Final[frozenset[str]] = frozenset(
    {
        "بيانا",
        "تقريرا",
        "تعميما",
        "تنبيها",
        "تحذيرا",
        "خبرا",
        "تصريحا",
        "منشورا",
        "بلاغا",
        "إعلانا",
        "مقالا",
        "تسجيلا",
        "رسالة",
        "تغريدة",
        "تدوينة",
        "وثيقة",
        "مذكرة",
        "نشرة",
    }
)
"""Statements in the accusative, as the object of «أصدر/نشر»: a cue right after one
describes it («أصدرت الوزارة بياناً يؤكد أن …»), and the speaker is the sentence's
subject."""

CONTRAST_WORDS: Final[frozenset[str]] = frozenset({"لكن", "ولكن"})
"""«…، لكن X أفادت بأن …»: after a comma, the word starts a clause whose subject may
come before its verb, as at a sentence start."""

WRITER_CLAUSES: Final[frozenset[str]] = frozenset(
    {"وذلك", "فيما", "وفيما", "بينما", "وبينما", "علما"}
)
"""Words that, after a comma, start the writer's own clause, not more of the reported
words: «قال إن الاحتياطي يكفي، وذلك في حديث لإذاعة محلية», «…، فيما نشر حساب الوزارة …»,
«…، علماً أن الامتحان …» (the writer's note)."""

WRITER_GLOSS: Final = ("في", "إشارة")
"""«… في إشارة إلى …», «… في إشارة منه إلى …»: the writer explains what the speaker
alluded to, with or without a comma before it; the reported words end there."""

SPEAKER_ACTS: Final[Mapping[str, tuple[str, str, str]]] = {
    "أبدى": ("أبدى", "أبدت", "أبدوا"),
    "أشاد": ("أشاد", "أشادت", "أشادوا"),
    "ثمن": ("ثمن", "ثمنت", "ثمنوا"),
    "رحب": ("رحب", "رحبت", "رحبوا"),
    "جدد": ("جدد", "جددت", "جددوا"),
    "استنكر": ("استنكر", "استنكرت", "استنكروا"),
    "أدان": ("أدان", "أدانت", "أدانوا"),
    "أثنى": ("أثنى", "أثنت", "أثنوا"),
    "تمنى": ("تمنى", "تمنت", "تمنوا"),
    "هنأ": ("هنأ", "هنأت", "هنأوا"),
}
"""Verbs of a speaker's stance (past tense: masculine, feminine, plural) that news joins
to a report with «و» and the speaker as their subject: «وقال X إن … وأبدى ترحيبه
بـ…», «وأكدت أن … وثمنت جهود …». Joined so and agreeing with the cue before them in
their sentence, they end its reported words."""

RELATIVE_PRONOUNS: Final[frozenset[str]] = frozenset(
    {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "والذي", "والتي"}
)
"""«الأنباء التي تحدثت عن …»: a cue right after a relative pronoun with no subject of
its own is not a quote."""

TRAILING_PARTICLES: Final[frozenset[str]] = frozenset(
    {"كما", "وكما", "وقد", "فقد", "قد", "ثم", "و"}
)
"""Particles trimmed off the end of reported words and speakers («…، كما»): they
begin the next clause."""

CONSEQUENCE_PARTICLES: Final[frozenset[str]] = frozenset({"فإن", "فقد"})
"""«وفق البيان، فإن …»: the particle after a preposed source is left out of the
reported words."""

BARE_INTRODUCERS: Final[frozenset[str]] = frozenset({"أن", "بأن"})
"""The introducers of :data:`INTRODUCERS` without a pronoun (إن is أن after
normalization): they are left out of the content, and skipped after «:»
(«وأضاف: إن …»)."""

SUBJECTLESS_PREPOSITIONS: Final[frozenset[str]] = frozenset(
    {"من", "إلى", "على", "عن", "في", "ل", "مع"}
)
"""Prepositions that, right after the verb, show that no subject is written there
(«قال لـ"بلدي نيوز" …», «أشار إلى أن …»)."""

ALA: Final = "على"
"""«على», which normalizes to «علي» (also the name Ali): it ends a speaker only with
the stop word after it («على حسابه»), and it is part of «على حد قوله», «على لسان»."""

ALA_COMPLEMENTS: Final[frozenset[str]] = frozenset(
    {
        "حسابه",
        "حسابها",
        "صفحته",
        "صفحتها",
        "منصة",
        "منصته",
        "منصتها",
        "موقعه",
        "موقعها",
        "هامش",
        "قناته",
        "قناتها",
        "ضرورة",
        "أهمية",
        "الانتباه",
        "ذلك",
    }
)
"""Stop words that follow «على» («على حسابه», «على هامش», «شدد على ضرورة»): before
them «علي» is the preposition, and the speaker ends before it; before another stop
word («أحمد علي في بيان») «علي» is the name Ali."""

POST_QUOTE_ADVERBS: Final[frozenset[str]] = frozenset({"هكذا", "كما"})
"""Words between a quote and the verb that follows it: «"…" هكذا قال القائد»."""

RELAY_VERB: Final = "نقل"
"""The lemma of relayed speech: «نقلت Y عن X قوله إن …» has X as its speaker."""
RELAY_PREPOSITION: Final = "عن"
"""The preposition before the relayed source: «نقلت الوكالة عن مسؤول …», «نقلاً عن …»."""
RELAY_SAYING: Final = "القول"
"""«نقلت Y عن X القول إن …»: the word ends the source X, like «قوله» (of unknown gender)."""

ATTRIBUTIONS_BEFORE_L: Final[frozenset[str]] = frozenset({"وفقا", "طبقا"})
"""Attribution words that name a source only before «ل»: «وفقاً لمصادر», «طبقاً للبيان»."""
ATTRIBUTIONS_BEFORE_AN: Final[frozenset[str]] = frozenset({"نقلا"})
"""Attribution words that name a source only before :data:`RELAY_PREPOSITION`: «نقلاً
عن مسؤول»."""
ATTRIBUTION_RELATIVES: Final[frozenset[str]] = frozenset({"ما", "لما"})
"""«وفق ما ذكرته X», «وفقاً لما أعلنته X»: a relative followed by a speech verb."""
FUSED_ATTRIBUTION_RELATIVES: Final[frozenset[str]] = frozenset(
    {"حسبما", "بحسبما", "وفقما", "مثلما"}
)
"""Attribution words with the relative «ما» joined: «حسبما أفادت X», «مثلما أوضحته X»."""
RESUMPTIVE_PRONOUNS: Final[frozenset[str]] = frozenset({"به", "بها"})
"""«وفق ما صرح به X»: the pronoun after the verb, skipped before the source."""
ON_THE_TONGUE: Final = ("على", "لسان")
"""«وفق ما نقلته الوكالة على لسان X»: the source follows the phrase."""
AS_PUT: Final = ("على", "حد")
"""«على حد قوله/تعبيرها»: an attribution to the pronoun's referent."""

PHRASE_VERBS: Final[Mapping[str, str]] = {"جاء": "في", "ورد": "في"}
"""Impersonal cues followed by a fixed preposition: «وجاء في البيان أن …» (speaker
«البيان»)."""

INTRODUCERS: Final[frozenset[str]] = frozenset(
    {
        "أن",
        "أنه",
        "أنها",
        "أنهم",
        "أنهما",
        "أنهن",
        "أننا",
        "أنني",
        "أني",
        "أنك",
        "أنكم",
        "بأن",
        "بأنه",
        "بأنها",
        "بأنهم",
        "بأنهما",
        "بأننا",
        "بأنني",
    }
)
"""«أن/إن/بأن» and their forms with an attached pronoun (إن is أن after
normalization). A bare particle is left out of the quote's content; one with a
pronoun stays in it, because the pronoun is the clause's subject."""

QUANTITY_WORDS: Final[frozenset[str]] = frozenset(
    {"ألف", "آلاف", "مئة", "مائة", "مئات", "مليون", "ملايين", "عدد", "بضع", "بضعة"}
)
"""Words of quantity: a cue form after one is a noun, «ألف طالب» (students), not the
verb «طالب» (demanded)."""

TEMPORAL_PARTICLES: Final[frozenset[str]] = frozenset(
    {
        "بعد",
        "قبل",
        "منذ",
        "دون",
        "بدون",
        "حتى",
        "ريثما",
        "إلى",
        "على",
        "عن",
        "من",
        "في",
        "يمكن",
        "يمكنه",
        "يجب",
        "ينبغي",
        "بد",
        "لابد",
        "يريد",
        "تريد",
        "أراد",
        "أرادت",
        "يحاول",
        "تحاول",
        "يستطيع",
        "تستطيع",
        "عليه",
        "عليها",
        "إلا",
        "مجرد",
        "بمجرد",
    }
)
"""Words after which «أن» does not introduce speech («بعد أن التقى …», «لا يمكن أن …»),
unless the word is the verb's own preposition («أشار إلى أن»)."""

SPEAKER_STOPWORDS: Final[frozenset[str]] = ALA_COMPLEMENTS | frozenset(
    {
        "في",
        "خلال",
        "عبر",
        "أثناء",
        "عقب",
        "وسط",
        "أمام",
        "ضمن",
        "اليوم",
        "أمس",
        "يوم",
        "صباح",
        "مساء",
        "ليلة",
        "الليلة",
        "مؤخرا",
        "أيضا",
        "كذلك",
        "بدوره",
        "بدورها",
        "بدورهم",
        "السبت",
        "الأحد",
        "الاثنين",
        "الثلاثاء",
        "الأربعاء",
        "الخميس",
        "الجمعة",
        "ل",
        "للصحفيين",
        "للصحافيين",
        "لوسائل",
        "لوكالة",
        "لصحيفة",
        "لجريدة",
        "لقناة",
        "لموقع",
        "لإذاعة",
        "لتلفزيون",
        "لنا",
        "له",
        "لها",
        "انتباه",
        "النظر",
        "فيه",
        "فيها",
        "عنه",
        "عنها",
        "عليه",
        "عليها",
        "عليهم",
        "بشدة",
        "بقوة",
        "مجددا",
        "بعد",
        "قبل",
        "حين",
        "عندما",
        "حيث",
        "دون",
        "لرئيس",
        "لوزير",
        "للوكالة",
        "للموقع",
        "لشبكة",
        "لراديو",
        "لرويترز",
        "لفرانس",
        "للأناضول",
        "لسكاي",
        "للجزيرة",
        "للعربية",
        "للتلفزيون",
        "للإذاعة",
        "الجميع",
        "جميع",
        "كافة",
        "المواطنين",
        "عدم",
        "ردا",
        "تعليقا",
        "تعقيبا",
        "قبيل",
        "بعيد",
        "ما",
        "إلينا",
        "إليه",
        "إليها",
        "إليهم",
        "معنا",
        "معه",
        "سابقا",
        "لاحقا",
        "حاليا",
        "أخيرا",
        "بالقول",
        "الذي",
        "التي",
        "الذين",
        "وهو",
        "وهي",
        "وهم",
    }
)
"""Words that end the speaker phrase: times, places of utterance, addressees
(«لوكالة …», «لـ"بلدي نيوز"»), adverbs («أيضاً»), and every word of
:data:`ALA_COMPLEMENTS`. The speaker also ends at the first comma."""

IN: Final = "في"
"""«في», a stop word of the speaker only before a setting of the utterance («قال الوزير
في بيان …»); before anything else it belongs to the speaker («مصدر في الشرطة»,
«الخبير في الشؤون الإيرانية هاني سليمان»)."""

UTTERANCE_SETTINGS: Final[frozenset[str]] = frozenset(
    {
        "بيان",
        "تصريح",
        "تصريحات",
        "مؤتمر",
        "حديث",
        "حوار",
        "مقابلة",
        "لقاء",
        "كلمة",
        "خطاب",
        "رسالة",
        "تغريدة",
        "تدوينة",
        "منشور",
        "بلاغ",
        "اتصال",
        "مداخلة",
        "ندوة",
        "محاضرة",
        "اجتماع",
        "جلسة",
        "ورشة",
        "حفل",
        "احتفال",
        "مناسبة",
        "زيارة",
        "ختام",
        "افتتاح",
        "مستهل",
        "بداية",
        "نهاية",
        "أعقاب",
        "معرض",
        "إطار",
        "سياق",
        "صدد",
        "ظل",
        "رد",
        "تعليق",
        "تقرير",
        "مقال",
        "برنامج",
        "فيديو",
        "مقطع",
        "تسجيل",
        "شريط",
        "صفحة",
        "حساب",
        "موقع",
        "منصة",
        "نشرة",
        "وقت",
        "حين",
        "أثناء",
        "ساعة",
        "أسبوع",
        "شهر",
        "عام",
        "سنة",
        "فترة",
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
    }
)
"""What «في» introduces when it ends the speaker: the setting of the utterance (a
statement, an interview, a meeting, a time), written without the article and
without a pronoun («في كلمته», «في المؤتمر الصحفي» match too)."""

APPOSITION_BREAKERS: Final[frozenset[str]] = frozenset(
    {"اسمه", "اسمها", "هويته", "هويتها", "لاسيما", "سيما", "خاصة", "وخاصة"}
)
"""Words that make a phrase between commas after the speaker an aside, not an
apposition: «قال مصدر، فضّل عدم الكشف عن اسمه، إن …», «…، لاسيما أن …». Stop words
(«عدم», «رداً», «اليوم») break an apposition too."""

SPEAKER_PREPOSITION_HOSTS: Final[frozenset[str]] = frozenset(
    {
        "صادر",
        "صادرة",
        "الصادر",
        "الصادرة",
        "المسؤول",
        "المسؤولة",
        "المسؤولين",
        "مسؤول",
        "مسؤولة",
        "المبعوث",
        "مبعوث",
        "الخاص",
        "الخاصة",
        "المكلف",
        "المكلفة",
        "المنبثقة",
        "المنبثق",
    }
)
"""Words after which a preposition belongs to the speaker phrase («بيان صادر عن
…», «المبعوث الخاص إلى سوريا»), not to the verb; «عن» after them does not end the
speaker either."""

HONORIFICS: Final[frozenset[str]] = frozenset(
    {"جلالة", "سمو", "فخامة", "معالي", "سيادة", "دولة", "سعادة", "عطوفة", "نيافة", "غبطة"}
)
"""Honorifics before a title and a name («سيادة الرئيس فلان», «معالي الوزير فلان»);
with a pronoun («سيادته», «معاليها») they stand for that bearer, who is the speaker."""

GOVERNING_TITLES: Final[frozenset[str]] = frozenset(
    {
        "نائب",
        "مساعد",
        "وكيل",
        "مستشار",
        "مدير",
        "عام",
        "رئيس",
        "أمين",
        "سكرتير",
        "عضو",
        "ناطق",
        "متحدث",
        "مكتب",
        "مسؤول",
        "ممثل",
        "سفير",
        "قائد",
        "خبير",
        "مجلس",
        "هيئة",
        "لجنة",
        "مركز",
        "دائرة",
        "إدارة",
        "قسم",
    }
)
"""Titles and bodies (written without the article) that govern the noun after them: in
«نائب وزير الزراعة» or «مدير عام الوزارة» that noun is not the speaker, so «الوزير»
and «الوزارة» do not refer to them (:mod:`arnews.quotes.coreference`)."""

REPRESENTATION_HOSTS: Final[frozenset[str]] = frozenset(
    {
        "النائب",
        "نائب",
        "النائبة",
        "نائبة",
        "ممثل",
        "الممثل",
        "ممثلة",
        "الممثلة",
        "عضو",
        "العضو",
        "النواب",
        "البرلمان",
        "الشيوخ",
        "الأمة",
        "الدفاع",
    }
)
"""Words after which «عن» names whom the speaker represents or defends («النائب عن حزب
…», «عضو البرلمان عن البصرة …», «هيئة الدفاع عن المتهمين»): it does not end the
speaker there."""

ATTRIBUTION_WORDS: Final[frozenset[str]] = frozenset(
    {"بحسب", "حسب", "حسبما", "بحسبما", "وفق", "وفقا", "وفقما", "مثلما", "طبقا", "نقلا"}
)
"""Source phrases: «… بحسب X», «وفق ما قاله X»، «وفقاً لـX»، «نقلاً عن X»."""

PRONOUN_SPEAKERS: Final[Mapping[str, Gender]] = {
    "قوله": "m",
    "قولها": "f",
    "قولهم": "p",
    "تعبيره": "m",
    "تعبيرها": "f",
    "تعبيرهم": "p",
    "وصفه": "m",
    "وصفها": "f",
    "وصفهم": "p",
}
"""«على حد قوله»، «بحسب تعبيرها»: the speaker is the pronoun's referent (carried over),
and «نقل عن X قوله» ends the speaker X."""

NON_SOURCE_HEADS: Final[frozenset[str]] = frozenset(
    {
        "قرار",
        "القرار",
        "قانون",
        "القانون",
        "الدستور",
        "المادة",
        "اتفاق",
        "الاتفاق",
        "اتفاقية",
        "الاتفاقية",
        "خطة",
        "الخطة",
        "جدول",
        "الجدول",
        "نظام",
        "النظام",
        "معايير",
        "المعايير",
        "الأصول",
        "الحاجة",
        "الطلب",
        "التوقيت",
        "توقيت",
        "الظروف",
        "شروط",
        "الشروط",
        "برنامج",
        "البرنامج",
        "تعليمات",
        "التعليمات",
        "تقويم",
        "التقويم",
        "أحكام",
        "لأحكام",
        "مقتضيات",
        "المقتضيات",
        "النصوص",
        "نصوص",
        "اللوائح",
        "لوائح",
        "الفقرة",
        "فقرة",
        "البند",
        "بند",
        "خارطة",
        "خريطة",
        "التسعيرة",
        "تسعيرة",
    }
)
"""Heads after «وفق/حسب» that are rules or circumstances, not speakers («وفقاً
لقرار …», «حسب الحاجة»)."""

NAME_INTRODUCERS: Final[frozenset[str]] = frozenset(
    {
        "عملية",
        "حركة",
        "تنظيم",
        "جماعة",
        "حزب",
        "صحيفة",
        "جريدة",
        "مجلة",
        "وكالة",
        "قناة",
        "موقع",
        "شبكة",
        "إذاعة",
        "برنامج",
        "مسلسل",
        "فيلم",
        "كتاب",
        "رواية",
        "أغنية",
        "شركة",
        "مؤتمر",
        "منتدى",
        "مبادرة",
        "مشروع",
        "حملة",
        "وسم",
        "هاشتاغ",
        "بعنوان",
        "عنوان",
        "اسم",
        "باسم",
        "يسمى",
        "المسمى",
        "المسماة",
        "المعروف",
        "المعروفة",
        "مهرجان",
        "معرض",
        "ملتقى",
        "تحالف",
        "ائتلاف",
        "مخيم",
        "ساحة",
        "شارع",
        "سوق",
        "قرية",
        "قريتي",
        "بلدة",
        "بلدتي",
        "مدينة",
        "منطقة",
        "حي",
        "محافظة",
        "ولاية",
        "جبل",
        "معبر",
        "مطار",
        "ميناء",
        "فندق",
        "مستشفى",
        "جامعة",
        "مدرسة",
        "نادي",
        "فريق",
    }
)
"""Nouns after which a short quoted phrase is a name («عملية "درع الربيع"»), not a
quoted fragment."""
