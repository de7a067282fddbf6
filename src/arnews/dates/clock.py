"""Clock times and zones written next to a date («4 مارس 2020 - 10:30 م», «06:52PM
12/05/2020», «… 10:00 بتوقيت مكة»): :func:`attach_time` extends a candidate over them.
"""

from __future__ import annotations

import re
from datetime import datetime, tzinfo
from typing import Final

from arnews.dates.grammar import Match
from arnews.dates.lexicon import Lexicon, lexicon, match_key
from arnews.dates.resolve import MINUTES, Candidate, Source, fixed_zone, new_candidate, time_of_day

__all__ = ["attach_time"]

_TIME_AFTER_REACH: Final = 24
"""How far after a date a clock time's first digit can be («… 2020 - الساعة 10:00»)."""
_TIME_BEFORE_REACH: Final = 48
"""How far before a date a clock time written first can start («06:52PM 12/05/2020»)."""
_HAS_DIGIT: Final = re.compile(r"[0-9]")


def _timed(
    candidate: Candidate, match: Match, before: bool, lex: Lexicon
) -> tuple[int, int, datetime] | None:
    """The span and value of *candidate* with the clock time *match* written right
    after it or, if *before*, right before it («06:52PM 12/05/2020», «GMT 17:27
    17.03.2020»); ``None`` if the match is no time of day."""
    start, end, value = candidate.start, candidate.end, candidate.value
    h, mi, sec, ap, h2, ap2 = match.group("h", "mi", "s", "ap", "h2", "ap2")
    time = (
        time_of_day(h, mi, sec, ap, lex) if h is not None else time_of_day(h2, None, None, ap2, lex)
    )
    if time is None:
        return None
    hour, minute, second = time
    zone = value.tzinfo
    if not before:
        end = match.end()
    else:
        start = match.start()
        if prefix_zone := match.group("pz"):
            zone_name = match_key(prefix_zone.replace(".", " "))
            zone = fixed_zone(lex.zone_abbreviations[zone_name])
    return start, end, datetime(value.year, value.month, value.day, hour, minute, second, 0, zone)


def _zone(match: Match) -> tzinfo | None:
    """The zone a zone match names (``None`` for local time)."""
    lex = lexicon()
    groups = match.groupdict()
    minutes: int
    if groups["abbr"] is not None:
        minutes = lex.zone_abbreviations[match_key(groups["abbr"].replace(".", " "))]
        if groups["sg"] is not None:
            offset = int(groups["zh"]) * MINUTES + int(groups["zm"] or 0)
            minutes += offset if groups["sg"] == "+" else -offset
    elif groups["sg2"] is not None:
        offset = int(groups["zh2"]) * MINUTES + int(groups["zm2"])
        minutes = offset if groups["sg2"] == "+" else -offset
    elif groups["zname"] is not None:
        minutes = lex.zone_names[match_key(groups["zname"])]
    else:
        return None
    return fixed_zone(minutes)


def _with_zone(end: int, value: datetime, source: Source, limit: int) -> tuple[int, datetime]:
    """The end and value of a date with a clock time ending at *end*, extended over a
    zone written after the time («10:00 بتوقيت مكة», «10:00 GMT+3»), if there is one."""
    zone_match = source.grammar.zone.match(source.norm, end, limit)
    if zone_match is None:
        return end, value
    zone = _zone(zone_match)
    return zone_match.end(), value if zone is None else value.replace(tzinfo=zone)


def attach_time(candidate: Candidate, source: Source, floor: int, limit: int) -> Candidate:
    """Extend a day (*candidate*) over a clock time written next to it (after it, or
    failing that before it), and a time over a zone written after it, within
    ``source.norm[floor:limit]``."""
    start, end, value, kind, precision, _core_end, anchored = candidate
    g, norm = source.grammar, source.norm
    if precision == "day":
        # Cheap checks first: a clock time needs digits after (or a colon before) the date.
        match = None
        if end < limit and _HAS_DIGIT.search(norm, end, min(limit, end + _TIME_AFTER_REACH)):
            match = g.time_after.match(norm, end, limit)
            if match is None and source.updates:
                match = g.update_time_after.match(norm, end, limit)
        before = match is None
        if (
            before
            and start > floor
            and ":" in norm[(reach := max(floor, start - _TIME_BEFORE_REACH)) : start]
        ):
            match = g.time_before.search(norm, reach, start)
        if match is not None and (timed := _timed(candidate, match, before, g.lexicon)):
            start, end, value = timed
            precision = "minute"
    if (
        precision == "minute"
        and (value.tzinfo is None or kind == "relative")
        and g.zone_start.match(norm, end, limit)  # a cheap test first
    ):
        end, value = _with_zone(end, value, source, limit)
    if start == candidate.start and end == candidate.end:
        return candidate
    return new_candidate((start, end, value, kind, precision, end, anchored))
