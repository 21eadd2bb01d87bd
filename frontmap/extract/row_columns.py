"""A place in an export row's own column, heading the note that follows: not what the note's verbs act on.

Event databases and monitoring exports lay a row out as columns ("12 July 2021 | Kandahar | Shah
Wali Kot | Taliban captured the district centre following clashes with ANDSF."). When the note
calls the place "the district" (or "the city", "the town"), that reference carries the note's
events; the column itself is only the row's heading, as a line-opening "X:" is before a report's
sentence. A note with no word of its own for the place ("| Khakrez | Clashes between Taliban and
ANDSF.") is still read on the column's place, whose name then stands for the note's subject.
"""

from __future__ import annotations

import re

__all__ = ["heads_the_note"]

# the place's own column, then (after any further columns) the note: "| X | Taliban ...", "| X | Kandahar | Taliban ..."
_ROW_COLUMN = re.compile(r"(?:[ \t]*\|[^|\n]*(?=\|))*[ \t]*\| +(?=[A-Z])")
# the note's own word for the row's place
_ROW_REFERENCE = re.compile(r"\bthe (?:district|city|town|provincial capital)\b", re.IGNORECASE)


def heads_the_note(sentence: str, start: int, end: int) -> bool:
    """Return True when the name at [start, end) of `sentence` fills a column of its own (a pipe
    before and after it) and the row's note after the columns calls the place "the district" or
    "the city": the note's reference, not the column, is what its verbs speak of."""
    if not sentence[:start].rstrip(" \t").endswith("|") or (column := _ROW_COLUMN.match(sentence, end)) is None:
        return False
    line_end = sentence.find("\n", column.end())
    return _ROW_REFERENCE.search(sentence, column.end(), len(sentence) if line_end < 0 else line_end) is not None
