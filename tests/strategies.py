"""Hypothesis strategies shared by the test suite (one place, as in attrs' test suite)."""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta, timezone

from hypothesis import strategies as st

from arnews.model import Article, DateMention, Image, Link, Quote
from arnews.normalization.tables import CODE_PAGE

ARABIC_LETTERS = "ءآأؤإئابةتثجحخدذرزسشصضطظعغفقكلمنهوىي"
HARAKAT = "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670"
TATWEEL = "\u0640"
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
INVISIBLES = (
    "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069\ufeff\u061c\u00ad"
)
SPACES = " \u00a0\u2009\u202f\t\n"
PRESENTATION = "ﻷﻻﷲﺍﺑﺗﺳﻣﹰﹲ"
LATIN = "abcXYZ019"
PUNCTUATION = "،؛؟.,:!-«»“”\"'()/"

arabic_letters = st.sampled_from(ARABIC_LETTERS)

arabic_chars = st.sampled_from(
    ARABIC_LETTERS
    + HARAKAT
    + TATWEEL
    + ARABIC_INDIC_DIGITS
    + PERSIAN_DIGITS
    + INVISIBLES
    + SPACES
    + PRESENTATION
    + LATIN
    + PUNCTUATION
    + "یکھٱ"
)
"""One character of the kind Arabic web text is made of, tricky ones included."""

arabic_text = st.text(arabic_chars, max_size=200)
"""Arabic web text: letters, harakat, tatweel, both digit sets, invisible and bidi marks,
odd spaces, presentation forms, Latin and punctuation."""

arabic_words = st.text(arabic_letters, min_size=1, max_size=12)
"""A plain Arabic word."""

any_text = st.one_of(arabic_text, st.text(max_size=200))
"""Arabic web text, or any Unicode text at all."""

code_page_text = st.text(st.sampled_from(CODE_PAGE), max_size=200)
"""Text made only of the characters of the normalization's private code page (ASCII and
the commonest other characters of Arabic news), every byte of the page used."""


def nfd(text: str) -> str:
    """*text* in Unicode NFD."""
    return unicodedata.normalize("NFD", text)


plain_text = st.text(st.characters(exclude_categories=["Cs"]), max_size=40)

datetimes = st.one_of(
    st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1)),
    st.datetimes(
        min_value=datetime(1900, 1, 1),
        max_value=datetime(2100, 1, 1),
        timezones=st.builds(
            timezone, st.integers(-14 * 60, 14 * 60).map(lambda m: timedelta(minutes=m))
        ),
    ),
)

links = st.builds(Link, text=plain_text, url=st.none() | plain_text)
images = st.builds(
    Image, url=plain_text, caption=st.none() | plain_text, alt=st.none() | plain_text
)


@st.composite
def quotes(draw: st.DrawFn) -> Quote:
    """A valid :class:`Quote`."""
    start = draw(st.integers(0, 10_000))
    content = draw(plain_text)
    return Quote(
        content=content,
        speaker=draw(st.none() | plain_text),
        speaker_full=draw(st.none() | plain_text),
        cue=draw(st.none() | plain_text),
        kind=draw(st.sampled_from(["direct", "indirect", "mixed"])),
        start=start,
        end=start + len(content),
    )


precisions = st.sampled_from(["year", "month", "week", "day", "minute"])
"""Any :data:`arnews.model.DatePrecision`."""


@st.composite
def date_mentions(draw: st.DrawFn) -> DateMention:
    """A valid :class:`DateMention`."""
    start = draw(st.integers(0, 10_000))
    text = draw(plain_text)
    return DateMention(
        text=text,
        start=start,
        end=start + len(text),
        value=draw(datetimes),
        kind=draw(st.sampled_from(["absolute", "numeric", "iso", "hijri", "relative", "weekday"])),
        precision=draw(precisions),
    )


def _small_tuple(strategy: st.SearchStrategy[object]) -> st.SearchStrategy[tuple[object, ...]]:
    return st.lists(strategy, max_size=3).map(tuple)


@st.composite
def _stamped(draw: st.DrawFn, field: str) -> dict[str, object]:
    """A stamp field of an :class:`Article` with its precision (both ``None``, or neither)."""
    value = draw(st.none() | datetimes)
    return {field: value, f"{field}_precision": None if value is None else draw(precisions)}


articles = st.builds(
    lambda published, modified, **fields: Article(**published, **modified, **fields),
    _stamped("published"),
    _stamped("modified"),
    url=st.none() | plain_text,
    canonical_url=st.none() | plain_text,
    site=st.none() | plain_text,
    extractor=plain_text,
    title=st.none() | plain_text,
    subtitle=st.none() | plain_text,
    authors=_small_tuple(plain_text),
    source=st.none() | plain_text,
    dateline=st.none() | plain_text,
    paragraphs=_small_tuple(plain_text),
    tags=_small_tuple(plain_text),
    images=_small_tuple(images),
    related=_small_tuple(links),
    quotes=_small_tuple(quotes()),
    dates=_small_tuple(date_mentions()),
    language=st.none() | st.sampled_from(["ar", "en"]),
)
"""Any valid :class:`Article`."""


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(["url", "title", "text", "start", "end", "kind", "value"]) | st.text(),
            children,
            max_size=4,
        )
    ),
    max_leaves=20,
)
"""Any JSON value (the keys of objects often those of the model)."""


@st.composite
def content_types(draw: st.DrawFn) -> str:
    """HTTP ``Content-Type`` values: real charsets, unknown names, odd quoting and spacing."""
    charset = draw(
        st.sampled_from(["utf-8", "UTF8", "windows-1256", "iso-8859-6", "base64", "rot13", "x"])
        | st.text(max_size=12)
    )
    quote = draw(st.sampled_from(["", '"', "'"]))
    name = draw(st.sampled_from(["charset", "Charset", " CHARSET ", "char"]))
    extra = draw(st.lists(st.text(max_size=8), max_size=2))
    params = [*extra, f"{name}={quote}{charset}{quote}"]
    return "; ".join([draw(st.sampled_from(["text/html", "", "TEXT/HTML "])), *params])


# --- normalization (arnews.normalization) -----------------------------------------------

NORMALIZE_SWITCHES = (
    "presentation_forms",
    "deobfuscate",
    "diacritics",
    "tatweel",
    "alef",
    "yeh",
    "persian",
    "teh_marbuta",
    "invisible",
    "whitespace",
)

normalize_overrides = st.fixed_dictionaries(
    {},
    optional={
        **{name: st.booleans() for name in NORMALIZE_SWITCHES},
        "digits": st.sampled_from(["ascii", "arabic", "keep"]),
    },
)
"""Keyword options for :func:`arnews.normalize`: any subset of the switches."""

OBFUSCATING_SEPARATORS = ("-", ".", "ـ.ـ", "ـ-ـ", ".ـ", "ـ.", " ", "", "\u200c", "..")


@st.composite
def obfuscated_text(draw: st.DrawFn) -> str:
    """Arabic words (some with harakat or tatweel) glued by hyphens, dots, tatweel-dot-tatweel,
    ZWNJ or spaces, as obfuscated and abbreviated news text looks."""
    words = draw(
        st.lists(
            st.text(
                st.sampled_from(ARABIC_LETTERS + HARAKAT[:3] + TATWEEL), min_size=1, max_size=6
            ),
            min_size=1,
            max_size=8,
        )
    )
    out = [words[0]]
    for word in words[1:]:
        out.append(draw(st.sampled_from(OBFUSCATING_SEPARATORS)))
        out.append(word)
    return "".join(out)


composing_text = st.text(
    st.sampled_from("اوىيیٱأـ\u200d\u0653\u0654\u0655\u064e\u0651\u06d6\u0301 -."),
    max_size=30,
)
"""Letters that compose with a combining hamza or madda, those marks, and what can stand
between them (tatweel, ZWJ, other marks)."""

ARABIC_BLOCKS = (
    (0x0600, 0x06FF),  # Arabic
    (0x0750, 0x077F),  # Arabic Supplement
    (0x08A0, 0x08FF),  # Arabic Extended-A
    (0xFB50, 0xFDFF),  # Arabic Presentation Forms-A
    (0xFE70, 0xFEFF),  # Arabic Presentation Forms-B
)
HYPHENS_AND_DOTS = "-.‐‑–—·۔٫٬"

arabic_block_chars = st.one_of(
    *(
        st.characters(min_codepoint=low, max_codepoint=high, exclude_categories=["Cs"])
        for low, high in ARABIC_BLOCKS
    ),
    st.sampled_from(INVISIBLES + TATWEEL + HYPHENS_AND_DOTS + LATIN + " \n"),
    arabic_letters,
)
"""Any character of the five Arabic blocks (letters, marks, digits, signs, presentation
forms), a zero-width or bidi mark, tatweel, a hyphen or dot, a Latin letter or digit, a
space or line break, and often a plain Arabic letter (so that words form)."""

COMBINING_MARKS = HARAKAT + "\u0653\u0654\u0655\u06e1\u08f0\u0301\u0316\u0340\u0344\u0f73"
"""Harakat, the hamza and madda marks, Quranic and Extended-A marks, Latin accents above and
below, and the marks that decompose (U+0340, U+0344, U+0F73)."""

mark_runs = st.builds(
    lambda base, marks, rest: base + "".join(marks) + rest,
    st.sampled_from(["", "ب", "ا", "أ", "ؤ", "e", "ᾂ", "ـ", " "]),
    st.lists(st.sampled_from(COMBINING_MARKS), min_size=10, max_size=80),
    st.sampled_from(["", " ب", "-عش", "ـ" + "\u064e" * 20]),
)
"""A letter (perhaps one that decomposes into a letter and marks) and a run of combining marks
around the Stream-Safe bound of 30, perhaps followed by more text."""

normalization_text = st.one_of(
    arabic_text,
    obfuscated_text(),
    composing_text,
    st.text(arabic_block_chars, max_size=60),
    mark_runs,
    st.text(max_size=200),
    st.text(st.one_of(arabic_chars, st.characters(categories=["Cs"])), max_size=50),
)
"""Text to normalize: Arabic web text, obfuscated words, composing marks, any character of
the Arabic blocks, long runs of combining marks, any Unicode, lone surrogates."""

spelling_tatweel_text = st.lists(
    st.tuples(
        st.sampled_from(["", " ", "ب", "\u064e", "ـ", "\u200c", "-"]),
        st.sampled_from(["", "و", "ف"]),
        st.sampled_from(["ه", "ال", "بال", "لل", "ب", "ل", "ك", "ا", "له"]),
        st.sampled_from(["ـ", "ـــ", "", "\u064eـ"]),
        st.sampled_from(["", " ", "5", "٣", "a", "«", '"', "“", "‘", "'", ".", "ب", "\u0651"]),
    ).map("".join),
    max_size=6,
).map("".join)
"""Words made of the spelling tatweel's prefixes (ه ال بال لل ب ل ك, perhaps after و or ف),
a run of tatweel or none, and what may stand before and after them (letters, harakat,
digits, Latin, quotation marks)."""

code_page_text = st.text(
    st.one_of(
        st.sampled_from(CODE_PAGE),
        arabic_letters,
        st.sampled_from(HARAKAT[:8] + " -."),
        arabic_block_chars,
    ),
    max_size=80,
)
"""Text made mostly of the characters of the normalization shortcut's code page (ASCII and
the commonest characters of Arabic news), Arabic letters, harakat, spaces, hyphens and
dots, with now and then any character of the Arabic blocks."""

digit_strings = st.text(
    st.sampled_from("0123456789" + ARABIC_INDIC_DIGITS + PERSIAN_DIGITS)
    | st.characters(categories=["Nd"]),
    min_size=1,
    max_size=30,
)
"""A run of decimal digits from any script, Arabic-Indic and Persian often."""


# --------------------------------------------------------------------- dates


@st.composite
def rendered_dates(draw: st.DrawFn) -> tuple[str, datetime]:
    """A date written the way Arabic news writes it, and the naive datetime it denotes.

    Random month system and spelling, digit set, separator, dual form, weekday prefix,
    «م» after the year, 12-hour time with ص/م, numeric, ISO and Hijri forms.
    """
    from collections.abc import Mapping

    from hijridate import Gregorian

    from arnews.dates import months, words

    moment = draw(
        st.datetimes(min_value=datetime(1940, 1, 1), max_value=datetime(2075, 12, 31))
    ).replace(second=0, microsecond=0, fold=0)
    digits = draw(st.sampled_from(["0123456789", ARABIC_INDIC_DIGITS, PERSIAN_DIGITS]))

    def num(value: int, width: int = 1) -> str:
        return str(value).zfill(width).translate(str.maketrans("0123456789", digits))

    def month_name(table: Mapping[str, int], month: int) -> str:
        names = [name for name, m in table.items() if m == month]
        name = draw(st.sampled_from(sorted(names)))
        if draw(st.booleans()):
            name = name.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا").replace("ى", "ي")
        return name

    systems = [t for n, t in months.GREGORIAN_SYSTEMS.items() if n != "latin"]
    form = draw(st.sampled_from(["named", "month_first", "numeric", "ymd", "iso", "hijri"]))
    day = num(moment.day, draw(st.sampled_from([1, 2])))
    year = num(moment.year)
    if form == "named":
        name = month_name(draw(st.sampled_from(systems)), moment.month)
        dual = draw(st.sampled_from(["", "/", " / ", " (", "-"]))
        if dual:
            partner = month_name(draw(st.sampled_from(systems)), moment.month)
            name = f"{name}{dual}{partner})" if "(" in dual else f"{name}{dual}{partner}"
        sep = draw(st.sampled_from([" ", " - ", "/", " من "]))
        text = f"{day}{sep}{name}{sep if sep != ' من ' else ' '}{year}"
    elif form == "month_first":
        name = month_name(draw(st.sampled_from(systems)), moment.month)
        text = f"{name} {day}، {year}"
    elif form == "numeric":
        sep = draw(st.sampled_from(["/", "-", "."]))
        text = f"{num(moment.day, 2)}{sep}{num(moment.month, 2)}{sep}{year}"
    elif form == "ymd":
        text = f"{year}/{num(moment.month, 2)}/{num(moment.day, 2)}"
    elif form == "iso":
        return moment.isoformat(timespec="minutes"), moment
    else:
        hijri = Gregorian(moment.year, moment.month, moment.day).to_hijri()
        name = month_name(months.HIJRI, hijri.month)
        suffix = draw(st.sampled_from([" هـ", "هـ", " ه", " هجري"]))
        return f"{num(hijri.day)} {name} {num(hijri.year)}{suffix}", moment.replace(
            hour=0, minute=0
        )
    if draw(st.booleans()) and form != "month_first":
        text += draw(st.sampled_from(["م", " م"]))
    if draw(st.booleans()):
        weekday = next(n for n, d in words.WEEKDAYS.items() if d == moment.weekday())
        text = f"{weekday}{draw(st.sampled_from([' ', '، ', ' - ']))}{text}"
    if draw(st.booleans()):
        hour12 = moment.hour % 12 or 12
        marker = draw(st.sampled_from(["ص", "صباحاً"])) if moment.hour < 12 else "م"
        text += f" - {num(hour12, 2)}:{num(moment.minute, 2)} {marker}"
        return text, moment
    return text, moment.replace(hour=0, minute=0)


homograph_junk = st.lists(
    st.sampled_from(["آب", "أب", "إب", "اب", "آبَ", "5", "12", " ", "، ", "2020", "/", "الأحد"]),
    max_size=12,
).map("".join)
"""«آب» (August) mixed with «أب», «إب» and «اب» (father, Ibb) in one string."""

period_junk = st.lists(
    st.sampled_from(
        [
            *("العام", "الشهر", "الأسبوع", "هذا", "الماضي", "المقبل", "الجاري", "مارس", "آب"),
            *(" ", "و", "حزيران", "2019", "منذ", "شهرين", "10:00", "رمضان", "1441", "هـ"),
        ]
    ),
    max_size=10,
).map(" ".join)
"""Words of relative periods and months, in any order («هذا العام الماضي 10:00»)."""

fixed_zones = st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
"""A fixed UTC offset, as a page or a caller may give one."""

reference_dates = st.one_of(
    st.none(),
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2040, 12, 31)),
    st.datetimes(
        min_value=datetime(1990, 1, 1), max_value=datetime(2040, 12, 31), timezones=fixed_zones
    ),
)
"""A caller's ``reference_date``: none, naive, or aware in any zone."""


any_moments = st.builds(
    lambda moment, fold: moment.replace(fold=fold),
    st.datetimes(timezones=st.none() | fixed_zones | st.just(timezone.utc)),
    st.integers(0, 1),
)
"""Any datetime of the calendar (year 1 to 9999, naive or aware), either fold."""

unit_counts = st.one_of(
    st.integers(-30, 30), st.integers(-(10**7), 10**7), st.integers(-(10**30), 10**30)
)
"""How many units a date is moved by: a few, a great many, or far beyond any calendar."""

date_junk = st.lists(
    st.sampled_from(
        [
            *"0123456789٠١٢٣٤٥٦٧٨٩/-.:،() ",
            *("م", "ص", "هـ", "T", "+03:00", "GMT", "2020", "١٤٤١", "يناير", "آذار", "رجب"),
            *("أمس", "منذ", "ساعتين", "الثلاثاء", "الماضي", "بتوقيت مكة"),
        ]
    ),
    max_size=60,
).map("".join)
"""Text made of the pieces dates are made of, to shake the date finder."""

latin_date_junk = st.lists(
    st.sampled_from(
        [
            *("Jan", "JANUARY", "mAr", "march", "Sept", "sePtember", "May", "jun", "Dec"),
            *("am", "P.M.", "pm", "GMT", "utc", "at", "th", "T", "Z", "published"),
            *("\u017fept", "\u212a", "\u0130", "\u0131", "a", "s", "x", "e"),
            *("ec", "pr", "ov", "an", "ug", "ep", "d", "J", "o", "N", "m", "F"),
            *("مارس", "كانون", "كانون الأول", "آب", "أغسطس", "رجب", "الساعة", "أمس", "و", "ف"),
            *" .-/،0123456789",
        ]
    ),
    max_size=30,
).map("".join)
"""Latin and Arabic date words in any case, cut and glued (with pieces of month names, and
the letters that case folding maps to Latin ones: the long s, the Kelvin sign, the dotted
and dotless I)."""

day_junk = st.lists(
    st.sampled_from([*"0123456789.,:/- ", " مارس", "مارس", " رجب 1441", " 2020", " من شهر", "th"]),
    max_size=14,
).map("".join)
"""Day numbers, separators and month names glued every way («5:08 مارس», «1.2/3»)."""

iso_shapes = st.from_regex(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}"
    r"([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}([.,][0-9]{1,9})?)?([Zz]|[+-][0-9]{2}(:?[0-9]{2})?)?)?",
    fullmatch=True,
)
"""The shapes of an ISO 8601 stamp with any digits (so impossible dates too)."""

iso_like = st.one_of(
    iso_shapes,
    st.tuples(iso_shapes, date_junk).map("".join),
    st.tuples(iso_shapes, st.sampled_from([" م", " PM", " GMT", " +03:00", "Z", ":00"])).map(
        "".join
    ),
    st.datetimes().map(lambda moment: moment.isoformat(sep=" ")),
)
"""ISO 8601 stamps, alone or followed by what a date can be followed by."""

month_letters = st.text(st.sampled_from("adfjmnosecprugbvtlyhiADFJMNOSEPR \u017f"), max_size=12)
"""Letters of the Latin month names in any order and case: wrong joins of their pieces
(«dpr», «Mov») come up often."""


quote_pieces = st.sampled_from(
    [
        "وقال",
        "قالت",
        "وأضاف",
        "وأضافت",
        "مضيفاً",
        "ولفت",
        "إلى",
        "على",
        "عن",
        "أن",
        "إن",
        "بأن",
        "أنه",
        "الوزير",
        "الوزارة",
        "المتحدث باسم",
        "بحسب",
        "وفق",
        "ما",
        "نقلاً",
        "قوله",
        "على حد",
        "جاء في",
        "البيان",
        "لـ",
        "في بيان",
        "اليوم",
        "«",
        "»",
        "“",
        "”",
        "„",
        "‘",
        "’",
        '"',
        ":",
        "،",
        ",",
        ".",
        "؟",
        "!",
        "\n",
        "\n\n",
        " ",
        "\u064e",
        "\u0640",
        "\u200f",
        "ﻷ",
    ]
)
quote_texts = st.lists(
    st.one_of(quote_pieces, quote_pieces.map(lambda p: p + " "), arabic_words),
    max_size=80,
).map("".join)
"""Text made of the pieces quotes are made of (cues, speakers, marks, introducers, breaks)."""

page_starts = st.tuples(
    st.text(
        st.sampled_from(" \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u2028\u3000\x00ب"), max_size=4
    ),
    st.sampled_from(('<?xml version="1.0"?>', "<?XML ?>", "<?xml", "?>", "<p>", "")),
    st.text(max_size=3),
).map("".join)
"""The first characters of a page: white space of every kind (and the separators U+001C–
U+001F, which only some engines count as space), XML declaration pieces, markup, text."""

_HTML_TAGS = ("div", "p", "span", "a", "b", "h1", "h2", "li", "ul", "nav", "article", "br")
_HTML_CLASSES = ("", "story", "menu", "share", "related", "date", "author", "entry-content")


@st.composite
def html_pages(draw: st.DrawFn, depth: int = 3) -> str:
    """A small page of nested tags (some with chrome-like classes) around Arabic sentences,
    boilerplate phrases and stray markup characters."""

    def node(level: int) -> str:
        tag = draw(st.sampled_from(_HTML_TAGS))
        if tag == "br":
            return "<br>"
        css = draw(st.sampled_from(_HTML_CLASSES))
        attrs = f' class="{css}"' if css else ""
        if tag == "a":
            attrs += ' href="/x"'
        parts = []
        for _ in range(draw(st.integers(0, 3))):
            if level < depth and draw(st.booleans()):
                parts.append(node(level + 1))
            else:
                parts.append(
                    draw(
                        st.one_of(
                            arabic_text,
                            st.sampled_from(
                                (
                                    "قال الوزير، إن الخطة جاهزة للتنفيذ الأسبوع المقبل.",
                                    "اقرأ أيضاً: خبر آخر",
                                    "مقالات ذات صلة",
                                    "جميع الحقوق محفوظة",
                                    "<",
                                    "&amp;",
                                    "&#0;",
                                )
                            ),
                        )
                    )
                )
        close = "" if draw(st.integers(0, 9)) == 0 else f"</{tag}>"
        return f"<{tag}{attrs}>" + "".join(parts) + close

    return "".join(node(0) for _ in range(draw(st.integers(0, 4))))


_MARKS = ("story", "story-body", "menu", "body", "a", "", "x y")
_METADATA_MARKS = ("author", "datePublished", "dc:date", "byline-x", "post-date", "2024-03-05")


@st.composite
def marked_pages(draw: st.DrawFn, depth: int = 4) -> str:
    """A small page of nested elements marked with a few classes and ids (the same mark
    often on an element and on one inside it), with text, links and the attributes of
    bylines and stamps (``rel``, ``itemprop``, ``property``, ``content``, ``datetime``):
    what site selectors and the generic markup queries are evaluated on."""

    def node(level: int) -> str:
        tag = draw(st.sampled_from(("div", "p", "span", "a", "ul", "li", "img", "br", "time")))
        names = ("class", "id", "href", "src", "rel", "itemprop", "property", "content")
        attrs = "".join(
            f' {name}="{draw(st.sampled_from(_MARKS + _METADATA_MARKS))}"'
            for name in (*names, "datetime")
            if draw(st.integers(0, 3)) == 0
        )
        children = [
            node(level + 1) if level < depth and draw(st.booleans()) else draw(arabic_text)
            for _ in range(draw(st.integers(0, 3)))
        ]
        return f"<{tag}{attrs}>" + "".join(children) + f"</{tag}>"

    return "".join(node(0) for _ in range(draw(st.integers(1, 4))))


@st.composite
def nested_marked_pages(draw: st.DrawFn, depth: int = 4) -> str:
    """Boxes of one name and nearly one class nested in each other (``<div class="a">``
    inside ``<div class="a b">``…), with paragraphs, links and text between them: where a
    site selector's first step finds elements inside each other."""

    def node(level: int) -> str:
        kind = draw(st.sampled_from(("div", "div", "p", "a", "span", "text")))
        if kind == "text" or level >= depth:
            return draw(st.sampled_from(("x", "قال", " ")))
        attrs = f' class="{draw(st.sampled_from(("a", "a b", "b", "")))}"' if kind == "div" else ""
        attrs += ' href="/h"' if kind == "a" else ""
        children = "".join(node(level + 1) for _ in range(draw(st.integers(0, 3))))
        return f"<{kind}{attrs}>{children}</{kind}>"

    return "".join(node(0) for _ in range(draw(st.integers(1, 3))))


nested_selectors = st.builds(
    lambda step, rest: step + rest,
    st.sampled_from(("//div[@class='a']", "//div[contains(@class, 'a')]")),
    st.sampled_from(("//p", "//a/@href", "//p[1]", "//*", "//text()", "/p", "//div//p", "/*[1]")),
)
"""Site selectors whose first step finds the boxes of :func:`nested_marked_pages`."""


site_selectors = st.builds(
    lambda tag, attribute, contains, mark, rest: (
        f"//{tag}[contains(@{attribute}, '{mark}')]{rest}"
        if contains
        else f"//{tag}[@{attribute}='{mark}']{rest}"
    ),
    st.sampled_from(("div", "p", "span", "a", "li")),
    st.sampled_from(("class", "id")),
    st.booleans(),
    st.sampled_from((*(mark for mark in _MARKS if mark), "stor", "y")),
    st.sampled_from(
        ("", "//p", "/p", "//a/@href", "/@class", "//span[1]", "/text()", "//*", "/*[2]", "/..")
    ),
)
"""XPath selectors of the shape site modules use: an element by its class or id, then
child, descendant and attribute steps (and one that leaves the element: ``/..``)."""


_DOMAIN_LABEL = st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=8)
site_ids = st.builds(
    lambda first, rest, dash: ".".join([first + ("-x" if dash else ""), *rest]),
    st.text("abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=8),
    st.lists(_DOMAIN_LABEL, min_size=1, max_size=3),
    st.booleans(),
)
"""Hostnames shaped like site ids («arabic.cnn.com», «baladi-news.com»)."""
outlet_tags = st.sampled_from(
    ["المدينة نيوز :- ", "المدينة نيوز :-\u00a0 ", "المدينة نيوز: ", "المدينة نيوز - ", ""]
)
"""The ways almadenahnews.com prints its tag before a story (and no tag at all)."""

_FUZZ_TAGS = (
    *("html", "head", "body", "title", "meta", "link", "script", "style", "noscript"),
    *("div", "p", "span", "a", "b", "h1", "h2", "article", "section", "header", "footer"),
    *("time", "figure", "img", "figcaption", "table", "td", "ul", "li", "br", "iframe"),
    *("svg", "template", "textarea", "xmp", "plaintext", "select", "x-news"),
)
_FUZZ_ATTRIBUTES = (
    *("class", "id", "href", "src", "content", "name", "property", "itemprop", "datetime"),
    *("charset", "http-equiv", "lang", "dir", "type", "rel", "style", "data-x"),
)
fuzz_snippets = st.sampled_from(
    (
        "قال الوزير: «الخطة جاهزة للتنفيذ»، وأضاف أن الموعد قريب.",
        "الأربعاء 5 مارس 2024 - 10:30 ص",
        "2024-03-05T10:30:00+03:00",
        "منذ ساعتين",
        "بقلم: سامر الحلبي",
        '{"@type": "NewsArticle", "headline": "عنوان", "datePublished": "2024-03-05"}',
        '{"@graph": [{"headline": "\\"',
        "<![CDATA[",
        "]]>",
        "<!--",
        "-->",
        "</",
        "<",
        "&",
        "&amp;",
        "&lol;",
        "&#0;",
        "&#xd800;",
        "&#x202e;",
        "\u202e",
        "\x00",
        "«",
        "»",
        "1/",
        "windows-1256",
        "http://[x/",
        "//example.com/2024/03/05/x",
    )
)
"""Pieces of news markup and text that exercise particular code paths, and junk."""
fuzz_urls = st.one_of(
    st.none(),
    st.sampled_from(
        (
            "https://arabic.cnn.com/middle-east/article/2024/03/05/x",
            "https://www.youm7.com/story/2024/3/5/x/1",
            "http://[x/",
            "//[",
            "example.com",
            "",
        )
    ),
    st.text(max_size=30),
)
"""The url= argument: none, a registered site, an unparsable URL, or any text."""
fuzz_text = st.one_of(arabic_text, st.text(max_size=60), fuzz_snippets)
"""Text for the fuzzed trees: Arabic web text, any text, or one of the snippets."""
surrogate_text = st.text(
    st.one_of(arabic_chars, st.characters(), st.characters(categories=["Cs"])), max_size=200
)
"""Any text, lone surrogates (which a ``str`` can hold) included."""


@st.composite
def html_trees(draw: st.DrawFn, max_depth: int = 4) -> str:
    """A random HTML document: random tags (some left open) with random attributes, Arabic and
    Latin text, comments, scripts (JSON-LD among them), a doctype, markup junk."""

    def attributes() -> str:
        pairs = draw(st.lists(st.tuples(st.sampled_from(_FUZZ_ATTRIBUTES), fuzz_text), max_size=3))
        quote = draw(st.sampled_from(('"', "'", "")))
        return "".join(f" {name}={quote}{value}{quote}" for name, value in pairs)

    def node(level: int) -> str:
        kind = draw(st.integers(0, 9))
        if kind == 0:
            return f"<!--{draw(fuzz_text)}-->"
        if kind == 1:
            script_type = draw(st.sampled_from(("", ' type="application/ld+json"')))
            return f"<script{script_type}>{draw(fuzz_text)}</script>"
        if kind <= 4 or level >= max_depth:
            return draw(fuzz_text)
        tag = draw(st.sampled_from(_FUZZ_TAGS))
        children = "".join(node(level + 1) for _ in range(draw(st.integers(0, 4))))
        close = draw(st.sampled_from((f"</{tag}>", f"</{tag}>", "", "</div>")))
        return f"<{tag}{attributes()}>{children}{close}"

    doctype = draw(st.sampled_from(("", "<!DOCTYPE html>", '<?xml version="1.0"?>')))
    return doctype + "".join(node(0) for _ in range(draw(st.integers(0, 5))))


@st.composite
def html_bytes(draw: st.DrawFn) -> bytes:
    """A random HTML document as bytes: UTF-8 (with or without a BOM), windows-1256,
    ISO-8859-6 or UTF-16, perhaps declared in a <meta charset>, perhaps damaged."""
    encoding = draw(st.sampled_from(("utf-8", "utf-8-sig", "cp1256", "iso8859_6", "utf-16")))
    meta = draw(st.sampled_from(("", f'<meta charset="{encoding}">', '<meta charset="utf-8">')))
    data = (meta + draw(html_trees())).encode(encoding, errors="replace")
    if draw(st.booleans()):
        position = draw(st.integers(0, len(data)))
        data = data[:position] + draw(st.binary(max_size=4)) + data[position:]
    return data


@st.composite
def damaged_warcs(draw: st.DrawFn) -> bytes:
    """A small crawl (tests/warc_builder.py), plain or gzipped per record, then up to six
    random edits: a byte changed, bytes cut out or put in, or the file cut short."""
    import gzip

    from tests.warc_builder import crawl_records

    pieces = crawl_records()
    if draw(st.booleans()):
        pieces = [gzip.compress(piece, mtime=0) for piece in pieces]
    data = b"".join(pieces)
    for _ in range(draw(st.integers(1, 6))):
        position = draw(st.integers(0, len(data)))
        edit = draw(st.sampled_from(("change", "cut", "insert", "end")))
        if edit == "change":
            data = data[:position] + draw(st.binary(min_size=1, max_size=1)) + data[position + 1 :]
        elif edit == "cut":
            data = data[:position] + data[position + draw(st.integers(1, 400)) :]
        elif edit == "insert":
            data = data[:position] + draw(st.binary(min_size=1, max_size=64)) + data[position:]
        else:
            data = data[:position]
    return data


# ---------------------------------------------------------------------- URLs

_URL_PIECES = (
    *("http:", "https:", "HTTPS:", "javascript:", "JaVaScRiPt:", "java\nscript:", "jav\tascript:"),
    *("vbscript:", "data:", "DATA:", "file:", "mailto:", "ftp:", "//", "/", "\\\\", "\\", "../"),
    *("./", "?", "#", "&", "=", "@", ":", "[", "]", "%", "%2F", "%00", "%E2%80%AE", "&colon;"),
    *("example.com", "www.youm7.com", "52.16.95.170", "[::1]", "xn--mgbh0fb.xn--kgbechtv"),
    *("story", "2024", "صور", "خبر", "a b", '"', "'", "<", ">", "`", "\x00", "\x01", "\x7f"),
    *("\t", "\n", "\r", " ", "\u00a0", "\u202e", "\u200f", "\u2066", "\ufeff", "\ud800"),
)
hostile_hrefs = st.one_of(
    st.lists(st.sampled_from(_URL_PIECES), max_size=10).map("".join),
    st.text(max_size=30),
)
"""URL-like strings: schemes safe and unsafe (any case, split by a tab or line break),
hosts, paths, backslashes, escapes, entities, controls, spaces, bidi marks, a lone
surrogate; or any text."""


@st.composite
def pages_with_urls(draw: st.DrawFn) -> str:
    """A small page whose canonical, og:url, base, images and related links hold hostile
    URLs (attribute-escaped, and JSON-escaped in JSON-LD)."""
    from tests.robustness.url_slots import STORY, URL_SLOTS, in_slot

    slots = draw(st.lists(st.sampled_from(URL_SLOTS), min_size=1, max_size=6))
    return "".join(in_slot(slot, draw(hostile_hrefs)) for slot in slots) + STORY


CHARSET_LABELS = (
    *("utf-8", "UTF8", "utf-16", "windows-1256", "cp1256", "iso-8859-6", "ISO_8859-6"),
    *("latin1", "iso-8859-1", "windows-1252", "ascii", "koi8-r", "gb18030", "shift_jis"),
    *("utf-7", "unicode-escape", "undefined", "punycode", "idna", "rot13", "base64", "hex"),
    *("x-user-defined", "", " ", "utf-8\x00", "\u202eutf-8"),
)
"""Charset labels: real web charsets, Python codecs that are no web charset, junk."""

charset_labels = st.one_of(st.sampled_from(CHARSET_LABELS), st.text(max_size=12))
"""A charset label as a page or an HTTP header may give it."""
