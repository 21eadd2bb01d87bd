"""A report's stamp line: the line under its headline (or byline) that is only the day it was
printed ("Jun 16, 2021", "July 26, 2021").

Such a line is a date heading to `frontmap.extract.date_lines`, and its day is in force for the
sentences under it. It says when the report was printed, not when anything in it happened: a body
sentence that names its own day ("... four districts fell on Tuesday") is the report's news, not a
flashback from the stamp's day, so that day carries on into the next paragraphs as it would with no
stamp ("Anar Dara and Khas Uruzgan were among them": Tuesday too).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontmap.extract.date_lines import is_heading

if TYPE_CHECKING:
    from frontmap.extract.dates import ArticleDates

__all__ = ["from_stamp"]

_HEAD_REACH = 4  # sentences: headline, deck, byline, then the stamp


def from_stamp(dates: ArticleDates, index: int) -> bool:
    """Return True when the date in force at sentence `index` is the report's stamp line: a line
    that is only the publication day, among the report's first sentences."""
    found = dates._in_force_at(index)
    source = dates._source.get(index)
    if found is None or source is None or source > _HEAD_REACH or found[0] != dates._published:
        return False
    return is_heading(dates._sentence(source))
