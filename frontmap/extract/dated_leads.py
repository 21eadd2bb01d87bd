"""Datelines that open a report with its day (for `frontmap.extract.date_scope`): "KABUL, Aug 9 -",
"Kabul [Afghanistan] July 27 (ANI):", an agency's without its town or year ("July 14 (UPI) --"), a
release's dated lead ("May 5, 2021—Fighting ..."), and the date closing an agency's parenthesis
("MOSCOW (UrduPoint News / Sputnik - 10th August, 2021)"). Such a date is the report's, not an event's.
"""

from __future__ import annotations

import re

from frontmap.extract.date_expressions import DateExpression

_DATELINE_BEFORE = re.compile(
    r"^\W*[A-Z][A-Za-z'.-]+(?:[ -][A-Z][A-Za-z'.-]+){0,2}(?:\s*\[[^\]]{1,30}\])?(?:,\s*[A-Z][A-Za-z]+)?\s*(?:\([^)]{1,30}\))?(?:,|(?<=\]))\s*$"
)  # "KABUL, Aug 9 -", "Kabul [Afghanistan] July 27 (ANI):"
_DATELINE_AFTER = re.compile(r"\s*(?:\([^)]{1,30}\)\s*)?(?:[-–—:]|\(\w+\))")
# "July 14 (UPI) --": an agency's dateline without its town or year opens the report with its day
_UNPLACED_DATELINE = re.compile(r"\s*\([A-Za-z][^)]{0,29}\)\s*(?:[-–—:]|\.-)")
_DASH_AFTER = re.compile(r"\s*[-–—]")  # "May 5, 2021—": a dated lead
# "MOSCOW (UrduPoint News / Sputnik - 10th August, 2021)": the date closes the agency's parenthesis
_AGENCY_DATELINE = re.compile(r"^\W*[A-Z][A-Za-z'.-]+(?:,?\s+[A-Z][A-Za-z'.-]+){0,2},?\s*\([^()]{1,60}[-–—]\s*$")


def dateline_role(sentence: str, expr: DateExpression, at_head: bool) -> str | None:
    """Return "dateline" when `expr` is the day of a dateline opening `sentence`; "event" for a
    dateline's form past the report's head (`at_head` False: a timeline entry's heading, "Zaranj,
    August 6: The Taliban take over ..."); None when `expr` is no dateline's day."""
    if expr.start < 60 and _DATELINE_BEFORE.match(sentence, 0, expr.start) and _DATELINE_AFTER.match(sentence, expr.end):
        return "dateline" if at_head else "event"
    if at_head and _opens_unplaced_dateline(sentence, expr):
        return "dateline"
    if at_head and expr.start < 80 and _AGENCY_DATELINE.match(sentence, 0, expr.start) and sentence[expr.end : expr.end + 3].lstrip().startswith(")"):
        return "dateline"
    return None


def _opens_unplaced_dateline(sentence: str, expr: DateExpression) -> bool:
    """Return True when `expr`, a day, opens `sentence` as a dateline without a town: without its
    year and an agency's name in brackets after it ("July 14 (UPI) --"), or with its year and a dash
    after it ("May 5, 2021—Fighting ...", a charity's release)."""
    if expr.kind != "month_day" or sentence[: expr.start].strip():
        return False
    if expr.get("md_year") or expr.get("dm_year"):
        return _DASH_AFTER.match(sentence, expr.end) is not None
    return _UNPLACED_DATELINE.match(sentence, expr.end) is not None
