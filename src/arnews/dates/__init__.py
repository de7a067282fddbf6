"""Arabic date and time parsing: every month system, Hijri and relative dates.

:func:`parse_date` reads the date a short string (a byline, a ``<time>`` text, a
meta value) denotes; :func:`find_dates` finds every temporal expression in running
text, each with what it states (:attr:`arnews.DateMention.precision`). Both read all
month systems at once, with no locale argument:

>>> from datetime import datetime
>>> from arnews.dates import parse_date
>>> parse_date("الأربعاء، 28 آب/اغسطس 2013")
datetime.datetime(2013, 8, 28, 0, 0)
>>> parse_date("نشر في: 04 مارس 2020 - 03:15 م")
datetime.datetime(2020, 3, 4, 15, 15)
>>> parse_date("أول أمس", reference_date=datetime(2020, 3, 4))
datetime.datetime(2020, 3, 2, 0, 0)
>>> parse_date("لا تاريخ هنا") is None
True

The language data lives in :mod:`arnews.dates.months`, :mod:`arnews.dates.words`
and :mod:`arnews.dates.zones`. The engine reads it in four steps:
:mod:`~arnews.dates.lexicon` (the tables keyed by normalized form),
:mod:`~arnews.dates.grammar` (the compiled patterns, from the building blocks of
:mod:`~arnews.dates.patterns`), :mod:`~arnews.dates.scan` (where dates start, which
matches are kept) and resolution (a match → a datetime: :mod:`~arnews.dates.resolve`
for explicit dates, :mod:`~arnews.dates.relative` for relative ones,
:mod:`~arnews.dates.clock` for the clock time and zone next to a date);
:mod:`~arnews.dates.readers` turns a scan into what callers get.

For the extraction engine, :func:`scan_dates` tells which mentions depend on the
reference date (:class:`Found`), and :func:`read_stamp` reads a date stamp; both
scan the text once. Only :func:`parse_date`, :func:`find_dates` and
:func:`scan_dates` called without a reference read the clock (:func:`_now`);
:func:`read_stamp` never does, and neither does the extraction engine.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from arnews.dates import readers
from arnews.dates.readers import Found, Stamp
from arnews.model import DateMention

__all__ = ["Found", "Stamp", "find_dates", "parse_date", "read_stamp", "scan_dates"]


def _now() -> datetime:
    """The clock: today, naive local time. Read only when a public function is called
    without a reference date (tests replace it to show that extraction never is)."""
    return datetime.now()


def _arguments(text: object, reference_date: object) -> tuple[str, datetime]:
    """*text* and the reference date (the clock's when *reference_date* is ``None``),
    checked; one call where a short string takes about 10 µs to parse."""
    checked = text if isinstance(text, str) else _check(text)
    return checked, _now() if reference_date is None else _checked(reference_date)


def _checked(reference_date: object) -> datetime:
    if not isinstance(reference_date, datetime):
        raise TypeError(
            f"reference_date must be a datetime or None, not {type(reference_date).__name__}"
        )
    return reference_date


def _check(text: object) -> str:
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    return text


def parse_date(text: str, *, reference_date: datetime | None = None) -> datetime | None:
    """Return the date and time that the short string *text* denotes, or ``None``.

    All month systems (Egyptian/Gulf, Levantine/Iraqi, Algerian/Tunisian, Moroccan,
    English), dual forms («آذار/مارس»), Hijri dates (converted with the Umm al-Qura
    calendar), numeric and ISO 8601 forms in any digit set, clock times with
    ص/م and time zones, and relative expressions are understood. Relative
    expressions («أمس», «منذ ثلاثة أيام», «الثلاثاء») and a day and month without a
    year («21 يوليو») resolve against *reference_date*; without one they resolve
    against today (the machine's clock, naive), so the answer then depends on the
    day of the call. A written time zone gives an aware datetime; otherwise the
    result is naive. A year or a month alone («العام الماضي», «حزيران 2019») gives
    its first day: :func:`find_dates` tells what each date states.

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
    return readers.best(*_arguments(text, reference_date))


def find_dates(text: str, *, reference_date: datetime | None = None) -> tuple[DateMention, ...]:
    """Return every temporal expression in *text* with its span, resolved value and
    precision.

    Spans index into *text* (``text[m.start:m.end] == m.text``). Numbers that are
    not dates («القرار 2254», «30 جنديا»), bare years («عام 2011») and clock times
    without a date are not reported. Relative expressions resolve against
    *reference_date* (default: today, as for :func:`parse_date`).

    >>> from datetime import datetime
    >>> text = "وصل أمس الاثنين، وغادر في 5 آذار/مارس 2020، وسيعود الشهر المقبل"
    >>> for m in find_dates(text, reference_date=datetime(2020, 3, 4)):
    ...     print(m.text, m.value.date(), m.kind, m.precision, sep=" | ")
    أمس الاثنين | 2020-03-03 | relative | day
    5 آذار/مارس 2020 | 2020-03-05 | absolute | day
    الشهر المقبل | 2020-04-01 | relative | month
    """
    return readers.mentions(*_arguments(text, reference_date))


def scan_dates(text: str, reference_date: datetime | None = None) -> tuple[Found, ...]:
    """:func:`find_dates`, each mention with whether its value depended on
    *reference_date* (relative expressions, bare weekdays, a day and month without a
    year).

    >>> [(f.mention.text, f.anchored)
    ...  for f in scan_dates("وصل أمس، وغادر في 5 آذار 2020", datetime(2020, 3, 4))]
    [('أمس', True), ('5 آذار 2020', False)]
    """
    return readers.scan_dates(*_arguments(text, reference_date))


def read_stamp(
    text: str,
    reference_date: datetime | None = None,
    *,
    prefix: Callable[[str], str] | None = None,
    updated: bool = False,
) -> Stamp | None:
    """The date a stamp states and its precision (ISO 8601 first, else a written date,
    else a relative one with a *reference_date*), reading *text* once and never the
    clock; see :func:`arnews.dates.readers.read_stamp` (and for *updated*, the time of
    an update written after the date).

    >>> read_stamp("2024-02-07T10:30:00Z").value.isoformat()
    '2024-02-07T10:30:00+00:00'
    >>> read_stamp("تم نشره الجمعة 24 نيسان 2020 منذ ساعتين")
    Stamp(value=datetime.datetime(2020, 4, 24, 0, 0), precision='day')
    """
    if reference_date is not None:
        reference_date = _checked(reference_date)
    return readers.read_stamp(_check(text), reference_date, prefix=prefix, updated=updated)
