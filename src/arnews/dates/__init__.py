"""Arabic date and time parsing: every month system, Hijri and relative dates.

:func:`parse_date` reads the date a short string (a byline, a ``<time>`` text, a
meta value) denotes; :func:`find_dates` finds every temporal expression in
running text. Both read all month systems at once, with no locale argument:

>>> from datetime import datetime
>>> from arnews.dates import parse_date
>>> parse_date("الأربعاء، 28 آب/اغسطس 2013")
datetime.datetime(2013, 8, 28, 0, 0)
>>> parse_date("نشر في: 04 مارس 2020 - 03:15 م")
datetime.datetime(2020, 3, 4, 15, 15)
>>> parse_date("أول أمس", reference=datetime(2020, 3, 4))
datetime.datetime(2020, 3, 2, 0, 0)
>>> parse_date("لا تاريخ هنا") is None
True

The language data lives in :mod:`arnews.dates.months`, :mod:`arnews.dates.words`
and :mod:`arnews.dates.zones`. The engine reads it in four steps, one module each:
:mod:`~arnews.dates.lexicon` (the tables keyed by normalized form),
:mod:`~arnews.dates.grammar` (the compiled patterns), :mod:`~arnews.dates.scan`
(where dates start, which matches are kept) and :mod:`~arnews.dates.resolve` (a match
→ a datetime); :mod:`~arnews.dates.readers` turns a scan into what callers get.

For the extraction engine, :func:`scan_dates` tells which mentions depend on the
reference date (:class:`Found`), and :func:`read_stamp` reads a date stamp; both
scan the text once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from arnews.dates import readers
from arnews.dates.readers import Found
from arnews.model import DateMention

__all__ = ["Found", "find_dates", "parse_date", "read_stamp", "scan_dates"]


def _reference(reference: datetime | None) -> datetime:
    if reference is None:
        return datetime.now()
    if not isinstance(reference, datetime):
        raise TypeError(f"reference must be a datetime or None, not {type(reference).__name__}")
    return reference


def _check(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    return text


def parse_date(text: str, *, reference: datetime | None = None) -> datetime | None:
    """Return the date and time that the short string *text* denotes, or ``None``.

    All month systems (Egyptian/Gulf, Levantine/Iraqi, Algerian/Tunisian, Moroccan,
    English), dual forms («آذار/مارس»), Hijri dates (converted with the Umm al-Qura
    calendar), numeric and ISO 8601 forms in any digit set, clock times with
    ص/م and time zones, and relative expressions are understood. Relative
    expressions («أمس», «منذ ثلاثة أيام», «الثلاثاء») resolve against *reference*
    (default: now, naive). A written time zone gives an aware datetime; otherwise
    the result is naive.

    When *text* holds several dates, the one after a publication label («نشر في»)
    wins, then the first Gregorian date, then a Hijri one, then the first relative
    one. When it holds none, the result is ``None`` (never a default day).

    >>> parse_date("2020-03-04T10:15:00+03:00").isoformat()
    '2020-03-04T10:15:00+03:00'
    >>> parse_date("4 مارس 2020 10:00 بتوقيت مكة المكرمة").isoformat()
    '2020-03-04T10:00:00+03:00'
    >>> parse_date("10 رجب 1441 هـ")
    datetime.datetime(2020, 3, 5, 0, 0)
    """
    return readers.best(_check(text), _reference(reference))


def find_dates(text: str, *, reference: datetime | None = None) -> list[DateMention]:
    """Return every temporal expression in *text* with its span and resolved value.

    Spans index into *text* (``text[m.start:m.end] == m.text``). Numbers that are
    not dates («القرار 2254», «30 جنديا»), bare years («عام 2011») and clock times
    without a date are not reported.

    >>> from datetime import datetime
    >>> [(m.text, m.value.date().isoformat(), m.kind)
    ...  for m in find_dates("وصل أمس الاثنين، وغادر في 5 آذار/مارس 2020",
    ...                      reference=datetime(2020, 3, 4))]
    [('أمس الاثنين', '2020-03-03', 'relative'), ('5 آذار/مارس 2020', '2020-03-05', 'absolute')]
    """
    return readers.mentions(_check(text), _reference(reference))


def scan_dates(text: str, reference: datetime | None = None) -> list[Found]:
    """:func:`find_dates`, each mention with whether its value depended on *reference*
    (relative expressions, bare weekdays, a day and month without a year).

    >>> [(f.mention.text, f.anchored)
    ...  for f in scan_dates("وصل أمس، وغادر في 5 آذار 2020", datetime(2020, 3, 4))]
    [('أمس', True), ('5 آذار 2020', False)]
    """
    return readers.scan_dates(_check(text), _reference(reference))


def read_stamp(
    text: str, reference: datetime | None = None, *, prefix: Callable[[str], str] | None = None
) -> datetime | None:
    """The date a stamp states (ISO 8601 first, else a written date, else a relative one
    with a *reference*), reading *text* once; see :func:`arnews.dates.readers.read_stamp`.

    >>> read_stamp("2024-02-07T10:30:00Z").isoformat()
    '2024-02-07T10:30:00+00:00'
    >>> read_stamp("تم نشره الجمعة 24 نيسان 2020 منذ ساعتين")
    datetime.datetime(2020, 4, 24, 0, 0)
    """
    if reference is not None:
        reference = _reference(reference)
    return readers.read_stamp(_check(text), reference, prefix=prefix)
