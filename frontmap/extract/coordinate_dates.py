"""Coordinate clauses and dates: a date on the far side of an "and" that opens a new clause does
not date what is told on the near side (for `frontmap.extract.date_scope.pick`).

Two openings are recognised, because both tell a separate happening with its own time:

- a clause that opens on its own date: "had taken Nimroz on Friday *and on Saturday* they took
  Sheberghan" - Saturday dates what follows it, never Nimroz before it;
- a clause in the present tense, with a new subject or none: "16 districts fell two weeks ago *and
  clashes are* still going on outside Taloqan" - the clashes are today's, not two weeks old; "retook
  X on Saturday *and are* fighting in Y" - the fighting is of the report's day, not Saturday's.

A second thing said opens the same way: "officials said the Taliban lost 100 men between Saturday and
Monday, *and that* forces still held X" - the span is the losses', not the hold's.

A sequence verb does the same: "the takeover of Jalalabad *followed* the fall of Mazar on Saturday" -
Saturday is the day of what was followed, not of the takeover told before the verb.

Two predicates of one subject each keep their own date: "X came under attack on Sunday *and was
overrun* on Monday" - Sunday dates the attack, Monday the capture; "overran X on Wednesday *and took*
Y on Thursday" - Thursday dates Y, Wednesday X (`earlier_predicate`). So does a second clause
whose subject is the place: "the operation began on Sunday night *and Kalafgan was retaken* on
Monday" - Monday dates the retaking.

A date that opens the sentence ("On Monday, ...") governs every clause of it and is never cut off.
"""

from __future__ import annotations

import re

from frontmap.extract.date_expressions import DateExpression
from frontmap.extract.respective_days import pairs_days

# text before a date that starts a new coordinate clause: "... and on Saturday", "... and then late on Sunday"
_AND_BEFORE_DATE = re.compile(r"\band\s+(?:then\s+)?(?:(?:on|early|late|later|by)\s+)*$", re.IGNORECASE)
# "and clashes are", "and the fighting is still", "and they have": a new subject in the present tense;
# "retook X on Saturday and are now fighting in Y": the same subject's next predicate, told as of now
_AND_PRESENT_CLAUSE = re.compile(
    r"\band\s+(?:the\s+|its\s+|their\s+)?(?:[a-z][a-z-]*\s+){0,2}?(?:still\s+|now\s+)?"
    r"(?:are|is|remains?|continues?|have\s+been|has\s+been)\b"
)
# "X followed the fall of Y on Saturday", "X preceded ...": a verb with an object orders two happenings,
# the date after it is the object's; "Jalalabad followed on Sunday" (no object) tells Jalalabad's own fall
_SEQUENCE_VERB = re.compile(
    r"\b(?:followed|follows|preceded|precedes)\s+(?:(?:the|a|an|its|their)\s+(?!(?:next|following|same|day|morning"
    r"|evening|night|afternoon)\b)|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|June|July|August)\b)[A-Z])"
)
# "said ..., and that ...": a second report of the same speaker, with a time of its own
_AND_THAT = re.compile(r"\band\s+that\b", re.IGNORECASE)
FRONTED = re.compile(r"^\W*(?:\w+\W+){0,2}$")
# between a first predicate's date and the second predicate's verb: "on Sunday and was (finally) overrun"
_NEXT_PREDICATE = re.compile(
    r"\s*,?\s*(?:and|but|before|then|and\s+then)\s+(?:(?:was|were|had|has|have|been|being|finally|eventually"
    r"|later|then|only|subsequently|quickly)\s+)*",
    re.IGNORECASE,
)
# between a first clause's date and a second clause's verb, its subject before it: "over the weekend and the Taliban took"
_NEXT_CLAUSE_VERB = re.compile(r"\s*,?\s*(?:and|but)\s+(?:then\s+)?(?:the\s+)?(?:[\w-]+\s+){1,3}?(?:(?:had|has|have|then|later|finally|eventually)\s+)*", re.IGNORECASE)
# between a first clause's date and the place that opens the second as its subject: "began on Sunday
# night and Kalafgan was retaken on Monday", "launched on Sunday and \"the districts were cleared ..."
_NEXT_SUBJECT = re.compile(r"(?:\s+[\w-]+){0,6}?\s*,?\s*(?:and|but|while|whereas)\s+[\"“]?(?:the\s+|its\s+|both\s+)?", re.IGNORECASE)
# from the second verb to its own date: "overrun by the Taliban on Monday", "fell on Monday"
_DATE_GAP = re.compile(r"[^,;.]{0,60}?\s(?:on|early|late|by|overnight|in)?\s*")
_REACH = 160  # characters: a coordinate opening further than this from the event is not looked for


def across_coordinate(sentence: str, expr: DateExpression, position: int, trigger: int | None = None) -> bool:
    """Return True when a coordinate clause boundary separates the date `expr` from the place at
    `position` and the trigger at `trigger` that tells its event: the date belongs to the other clause."""
    near = (position,) if trigger is None else (position, trigger)
    if expr.start > max(near):
        if _SEQUENCE_VERB.search(sentence, max(near), expr.start):
            return True
        opening = _AND_BEFORE_DATE.search(sentence, max(max(near), expr.start - 40), expr.start)
        return opening is not None and opening.start() > max(near) and not pairs_days(sentence, expr.end)  # not "on Saturday and Sunday respectively"
    if expr.end > min(near) or min(near) - expr.end > _REACH or FRONTED.match(sentence, 0, expr.start):
        return False
    opening = _AND_PRESENT_CLAUSE.search(sentence, expr.end)
    return (opening is not None and opening.start() < min(near)) or _AND_THAT.search(sentence, expr.end, min(near)) is not None


def earlier_predicate(sentence: str, expr: DateExpression, later: list[DateExpression], position: int, trigger: int | None) -> bool:
    """Return True when the date `expr` closes a first predicate and the verb at `trigger` opens a
    second one, told of the place at `position`, dated by its own expression in `later` ("came under
    attack on Sunday and was overrun on Monday": Sunday is not the day of the overrun; "overran X
    on Wednesday and took Y on Thursday": Wednesday is not Y's)."""
    if trigger is None or not expr.start < trigger:
        return False
    if expr.start < position < trigger:  # the place between: its own clause only when it opens one
        opens_clause = expr.end <= position and _NEXT_SUBJECT.fullmatch(sentence, expr.end, position) is not None
        if not opens_clause:
            return False  # the place before the date ("X came under attack on Sunday and was overrun")
    elif _NEXT_PREDICATE.fullmatch(sentence, expr.end, trigger) is None and _NEXT_CLAUSE_VERB.fullmatch(sentence, expr.end, trigger) is None:
        return False
    return any(trigger < other.start and _DATE_GAP.fullmatch(sentence, trigger, other.start) for other in later)
