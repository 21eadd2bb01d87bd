"""Local days: a day told twice, once by a foreign clock and once by Afghanistan's (for
`frontmap.extract.date_glosses`).

A report filed in Washington or London may give the day by its own clock and then by the Afghan
one: "on Thursday in Washington, early Friday in Afghanistan", "Friday in Kabul (Thursday in
Washington)", "late Thursday U.S. time, Friday morning local time". The map's day is the Afghan
one, so the day told by the foreign clock takes the date of the day told beside it. A foreign clock
told alone ("said on Thursday in Washington") keeps its day: nothing says the Afghan day differs.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontmap.extract.date_scope import Dated

_PART = r"\s*(?:(?:morning|afternoon|evening|night)\s+)?"
# the clock of another country right after a day: "in Washington", "U.S. time", "GMT"
_FOREIGN = re.compile(
    _PART + r"(?:(?:in|at)\s+(?:Washington|New\s+York|London|Brussels|Geneva|Europe|the\s+(?:U\.?S\.?|United\s+States))\b"
    r"|(?:U\.?S\.?|Washington|New\s+York|Eastern|London|British|European|Central\s+European)\s+time\b|(?:GMT|UTC|EDT|ET|BST)\b)",
    re.IGNORECASE,
)
# Afghanistan's clock right after a day: "in Afghanistan", "local time", "Kabul time"
_LOCAL = re.compile(_PART + r"(?:in\s+(?:Afghanistan|Kabul)\b|(?:local|Kabul|Afghan(?:istan)?)\s+time\b)", re.IGNORECASE)
# what may join the two tellings of the day: a comma, a bracket, a dash, "or", "which was"
_JOIN = re.compile(r"\s*(?:[,;(\[]|-|\u2013|\u2014)?\s*(?:or\s+|which\s+was\s+|and\s+)?(?:on\s+)?(?:(?:early|late)\s+(?:on\s+)?)?")
_DAY_KINDS = ("weekday", "month_day")


def in_afghanistan(sentence: str, found: Sequence[Dated]) -> list[Dated]:
    """Return `found` (a sentence's dated expressions, in order) with each day told by a foreign
    clock given the date of the day told beside it by Afghanistan's (or by no named clock)."""
    result = list(found)
    for i, first in enumerate(found[:-1]):
        second = found[i + 1]
        if not _both_days(first, second):
            continue
        first_foreign, first_end = _clock(_FOREIGN, sentence, first.expr.end)
        local_end = _clock(_LOCAL, sentence, first.expr.end)[1]
        if first_foreign and _JOIN.fullmatch(sentence, first_end, second.expr.start) and not _clock(_FOREIGN, sentence, second.expr.end)[0]:
            result[i] = dataclasses.replace(first, date=second.date, basis=second.basis)  # "Thursday in Washington, early Friday in Afghanistan"
        elif local_end != first.expr.end and _JOIN.fullmatch(sentence, local_end, second.expr.start) and _clock(_FOREIGN, sentence, second.expr.end)[0]:
            result[i + 1] = dataclasses.replace(second, date=first.date, basis=first.basis)  # "Friday in Kabul (Thursday in Washington)"
    return result


def _both_days(first: Dated, second: Dated) -> bool:
    """Return True when both expressions name a day and date an event."""
    kinds = first.expr.kind in _DAY_KINDS and second.expr.kind in _DAY_KINDS
    return kinds and first.role == second.role == "event" and first.date is not None and second.date is not None


def _clock(pattern: re.Pattern[str], sentence: str, end: int) -> tuple[bool, int]:
    """Return (True, where the clock's words end) when `pattern` names a clock right at `end`, else (False, `end`)."""
    match = pattern.match(sentence, end)
    return (True, match.end()) if match else (False, end)
