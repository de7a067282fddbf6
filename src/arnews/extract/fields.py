"""Former home of the field steps, kept so ``arnews.extract.fields`` imports still work.

The field steps live in modules named for what they hold: :mod:`~arnews.extract.titles`,
:mod:`~arnews.extract.people`, :mod:`~arnews.extract.stamps`, :mod:`~arnews.extract.media`
and :mod:`~arnews.extract.context`. Import from those; this module only re-exports the
byline and dateline parsers that ``tests/robustness`` still imports from here.
"""

from __future__ import annotations

from arnews.extract.people import authors_of, find_dateline, parse_byline, split_authors

__all__ = ["authors_of", "find_dateline", "parse_byline", "split_authors"]
