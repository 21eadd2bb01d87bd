"""What an anchored shift is after: in "comes two days after the insurgents took X", the words after
"two days after" up to the clause's end are its complement, told of a day of their own (for
`frontmap.extract.date_anchor` and `frontmap.extract.dates.ArticleDates`)."""

from __future__ import annotations

import re

from frontmap.extract.date_expressions import DateExpression

_COMPLEMENT_END = re.compile(r"[,;:]|\s[-–—]\s")


def complement(sentence: str, expr: DateExpression) -> tuple[int, int]:
    """Return the span of what "two days after" is after: to the next comma, colon or dash."""
    stop = _COMPLEMENT_END.search(sentence, expr.end)
    return expr.end, stop.start() if stop else len(sentence)
