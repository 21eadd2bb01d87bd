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


# "Since then, ...", "Ever since, ...", "In the weeks since, ...": the sentence tells the period after the day in force
_PERIOD_OPENING = re.compile(
    r"[\W_]*(?:(?:and|but)\s+)?(?:(?:ever\s+)?since\s+then\b|ever\s+since(?=\s*,)|in\s+the\s+(?:days|weeks|months)\s+since\b)", re.IGNORECASE)
# "Attacks have since stepped up in X", "the militants have also since pushed into X": the adverb after a perfect
_SINCE_ADVERB = re.compile(r"\b(?:has|have|'ve|’ve)\s+(?:also\s+)?since\b", re.IGNORECASE)
_SINCE_REACH = 40  # characters after the trigger in which its clause's "have since" is read ("Attacks have since ...")
_CLAUSE_BREAK = re.compile(r"[;,]|\b(?:and|but|while)\b")
# "Currently", "now", "at present", "at the moment", "as of now" (not "by now", "until now", "now-former")
_NOW_ADVERB = re.compile(
    r"(?<!\bby\s)(?<!\buntil\s)(?<!\btill\s)(?<!\bup\sto\s)\b(?:currently|at\s+present|at\s+the\s+moment|as\s+of\s+now|now)\b(?!-)",
    re.IGNORECASE)
# a present or progressive auxiliary: "are trying to seize", "is besieging", "have now surrounded"
_PRESENT_AUXILIARY = re.compile(r"\b(?:is|are|am|remains?|has|have)\b|['’]re\b", re.IGNORECASE)
_NOW_REACH = 60  # characters before the trigger in which its clause's "now" and present verb are read


def _period_after_force(sentence: str, trigger: int) -> bool:
    """Return True when `sentence` tells the period after the day in force around the trigger at
    `trigger`: it opens "Since then," or "In the weeks since,", or a "have since" stands before
    the trigger or just after it in its clause ("Attacks have since stepped up in X")."""
    if _PERIOD_OPENING.match(sentence):
        return True
    adverb = _SINCE_ADVERB.search(sentence, 0, trigger + _SINCE_REACH)
    return adverb is not None and (adverb.start() < trigger or not _CLAUSE_BREAK.search(sentence, trigger, adverb.start()))


def told_as_of_now(sentence: str, trigger: int) -> bool:
    """Return True when the trigger at `trigger` is told in the present with "currently", "now",
    "at present" or the like ("Currently the Taliban are trying to seize X"): of the report's own
    day, not of a day carried from an earlier sentence."""
    head = sentence[max(0, trigger - _NOW_REACH) : trigger]
    adverb = _NOW_ADVERB.search(head)
    auxiliary = _PRESENT_AUXILIARY.search(head)
    if adverb is None or auxiliary is None:
        return False
    return not re.search(r"[;:]", head[min(adverb.start(), auxiliary.start()) :]) and not _CLAUSE_BREAK.search(head, auxiliary.end())


def told_after_force(sentence: str, trigger: int | None) -> bool:
    """Return True when the change at `trigger` of `sentence` is told as coming after the day in
    force ("X has since fallen", "Later they captured X", "Days after the fall of Y, X was overrun",
    "Since then they have attacked X", "Attacks have since stepped up in X"):
    some day after it, known as of the report."""
    if trigger is None:
        return False
    opening = _SEQUEL_OPENING.match(sentence) or _UNCOUNTED_AFTER_OPENING.match(sentence)
    return (opening is not None and opening.end() <= trigger) or told_since(sentence, trigger) or _period_after_force(sentence, trigger)


def dated_before_sequel(sentence: str, picked: Dated | None, trigger: int | None) -> bool:
    """Return True when `picked` is a date told before the trigger at `trigger` and the trigger
    tells a change since ("retaken in July, but five have since fallen back"): the date is the
    earlier clause's, and the change came after it, on a day the text does not give."""
    return picked is not None and trigger is not None and picked.expr.end <= trigger and told_since(sentence, trigger)
