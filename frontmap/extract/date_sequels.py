"""A change told as coming after the day in force, with no day of its own.

"On August 9 they seized Aybak and the next day Farah. Later they captured X and Y." The day in
force is August 10, and "Later" says X and Y fell after it, on days the text does not give: so
they are not dated to it. Such a change, like "X has since fallen", is known only as of the
report's day (for `frontmap.extract.dates.ArticleDates`). So is the main clause after an uncounted
"Days after the fall of Y," when the day in force is Y's: X fell some days after Y, not on Y's day.
A "later" with a day of its own ("later that day", "later on Friday") is a date expression and
dates its sentence itself.
"""

from __future__ import annotations

import re

from frontmap.extract.date_scope import Dated, told_since

# a sentence opening "Later," / "Later on" / "Afterwards" / "Subsequently" / "In the days that followed" /
# "But then" (a step of a sequence after the day in force: "First, on Aug. 6, X fell. Then they took Y")
_SEQUEL_OPENING = re.compile(
    r"[\W_]*(?:later(?:\s+on)?|afterwards?|subsequently|in\s+the\s+(?:following|next)\s+days|in\s+the\s+days\s+that\s+followed"
    r"|(?:(?:but|and)\s+)?then(?=,|\s+(?:they|the|insurgents|militants|fighters)\b))"
    r"(?!\s+(?:that|the\s+same|in\s+the|on|this|last|next|same|(?:mon|tues|wednes|thurs|fri|satur|sun)day|"
    r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d))\b",
    re.IGNORECASE,
)
# "Days after the fall of X, ...", "A few weeks after Y fell, ...": an uncounted span after a change the
# opening retells; the main clause after the comma is later than that change, by days it does not count
_UNCOUNTED_AFTER_OPENING = re.compile(
    r"[\W_]*(?:(?:a\s+few|several|some|many)\s+)?(?:days|weeks|hours)\s+after\s+[^,;:]{1,80}?,", re.IGNORECASE)


def told_after_force(sentence: str, trigger: int | None) -> bool:
    """Return True when the change at `trigger` of `sentence` is told as coming after the day in
    force ("X has since fallen", "Later they captured X", "Days after the fall of Y, X was overrun"):
    some day after it, known as of the report."""
    if trigger is None:
        return False
    opening = _SEQUEL_OPENING.match(sentence) or _UNCOUNTED_AFTER_OPENING.match(sentence)
    return (opening is not None and opening.end() <= trigger) or told_since(sentence, trigger)


def dated_before_sequel(sentence: str, picked: Dated | None, trigger: int | None) -> bool:
    """Return True when `picked` is a date told before the trigger at `trigger` and the trigger
    tells a change since ("retaken in July, but five have since fallen back"): the date is the
    earlier clause's, and the change came after it, on a day the text does not give."""
    return picked is not None and trigger is not None and picked.expr.end <= trigger and told_since(sentence, trigger)
