"""The date of an event told in a text of one sentence (a headline, a caption, a test's example).

A thin front to `frontmap.extract.dates.ArticleDates` for callers that have one sentence and no
article around it.
"""

from __future__ import annotations

import datetime as dt

from frontmap.extract.date_expressions import DateExpression, find_date_expressions
from frontmap.extract.dates import ArticleDates


def resolve_date(
    sentence: str,
    published: dt.date | None,
    *,
    position: int | None = None,
    previous: dt.date | None = None,
    expressions: list[DateExpression] | None = None,
) -> tuple[dt.date | None, str]:
    """Return (date, basis) for an event told in a one-sentence text `sentence`, published on
    `published` (`position`: the place's offset; `previous`: the date in force, for "the next
    day"). Falls back to (published, "publication"), or (None, "undated") without one."""
    dates = ArticleDates(sentence, [(0, len(sentence))], published, in_force=previous)
    span = (0, len(sentence), False)
    if position is None:  # the sentence's first date
        position = min((e.start for e in (expressions or find_date_expressions(sentence))), default=0)
    date, basis = dates.date_of(0, [span], span, position)
    return dates._fallback if basis == "carried" else (date, basis)
