"""Coordinate carry: a clause joined by ", and" with no date of its own takes the day of the main
clause before it (for `frontmap.extract.date_scope.pick`).

"Troops pulled out of X on Friday after weeks under siege, and the insurgents took over the district
centre": the second clause tells the other half of one happening, on the day the first names. So
does one after a subject's relative clause that holds the main verb ("fighters who had ringed X
entered it on Thursday, and by evening ..."). So does a "but" clause telling the defence that met it ("reached X on Thursday, but local forces held
it"), a "but" clause telling the fight that went on ("took the governor's office on Friday, but
fighting continued around the prison"), a "but" clause denying a claim the first told ("claimed X on
Wednesday, but the governor denied it"), a "but" clause set against a state the first told of that day ("X was calm on Wednesday,
but fighting broke out in Y": the contrast is of one day), or one told at a later hour of it ("fell at dawn on
Sunday, but commandos retook it by nightfall"). Otherwise only a plain "and" carries the day: "and then", "and later", "and now", "but" or a present or perfect
tense ("and they now hold it", "and the militants have since moved in") tell a later time, and a
carried day must never be earlier than the change it dates.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

# ", and the Taliban moved into ...": a plain "and" opening the clause
_AND_OPENING = re.compile(r"[\s,]*and,?\s+(?!then\b|later\b|now\b|since\b|eventually\b|subsequently\b|afterwards\b)"
                          r"|[\s,]*(?=the\s+(?:former|latter)\s)", re.IGNORECASE)  # "..., the former retaken by X": an absolute clause
# ", but local forces held it", "but were beaten back", "but an attack by a second group on the centre of Y
# was repulsed": the defence that met the push told before, on its day; the subject may be long, but a
# change verb in it ("but Y fell after forces held out") tells another happening
_BUT_ANSWER = re.compile(
    r"[\s,]*but\s+(?:(?!(?:fell|fallen|took|taken|captured|seized|overran|overrun|surrendered|withdrew|abandoned)\b)"
    r"[\w'-]+\s+){0,12}?(?:(?:were|was)\s+)?(?:held|repelled|repulsed|pushed\s+back|beaten\s+back|beat\s+back"
    r"|beat\s+off|fought\s+off|drove\s+(?:them|the\s+\w+)\s+(?:back|out)|defended)\b",
    re.IGNORECASE,
)
# ", but the governor denied it": the denial that met a claim the clause before told ("claimed X on
# Wednesday"), on its day (a denial after a loss told as fact answers the speaker's own day, not the loss's)
_BUT_DENIAL = re.compile(r"[\s,]*but\s+(?:[\w'-]+\s+){0,8}?(?:denied|rejected|dismissed)\b", re.IGNORECASE)
_CLAIM = re.compile(r"\bclaim(?:ed|s|ing)?\b", re.IGNORECASE)
# ", but fighting continued around the prison": the fight that outlasted the day's change, on that day
_BUT_CONTINUED = re.compile(
    r"[\s,]*but\s+(?:heavy\s+|sporadic\s+|fierce\s+)?(?:fighting|clashes|battles?|gunfire|resistance)\s+(?:\w+\s+)?(?:continued|raged|went\s+on|persisted)\b",
    re.IGNORECASE,
)
# ", but": a contrast, which shares the day only when the clause before tells a state of that day
_BUT_OPENING = re.compile(r"[\s,]*but\s+", re.IGNORECASE)
# "X was calm on Wednesday", "the city remained quiet": the state the "but" clause is set against
_DAY_STATE = re.compile(
    r"\b(?:was|were|remained|stayed|seemed|appeared|looked)\s+(?:\w+\s+)?(?:calm|quiet|peaceful|normal|tense|stable|safe|secure)\b",
    re.IGNORECASE,
)
# "but commandos retook it by nightfall": a later hour of the day the clause before names
_LATER_HOUR = re.compile(r"\bby\s+(?:the\s+)?(?:evening|nightfall|dusk|midday|noon|afternoon)\b", re.IGNORECASE)
# a later time, or a state told as of now, inside the clause
_LATER_OR_NOW = re.compile(
    r"\b(?:then|later|now|since|still|eventually|subsequently|afterwards|days|weeks|is|are|has|have|remains?|control)\b",
    re.IGNORECASE,
)
_NO_DAY = frozenset({"month", "year"})
# a restrictive relative clause on the subject, with no comma: "Taliban fighters who had ..."
_SUBJECT_RELATIVE = re.compile(r"(?:who|that)\s", re.IGNORECASE)


class _Dated(Protocol):
    @property
    def expr(self): ...  # a DateExpression: .start, .end, .kind


def carried_across_and(
    sentence: str, clauses: Sequence[tuple[int, int, bool]], clause: tuple[int, int, bool], events: Sequence[_Dated],
) -> list[_Dated]:
    """Return the event dates of the main clause before `clause` (an undated main clause opened by
    a plain ", and") that date it too, else []."""
    at = next((i for i, c in enumerate(clauses) if c[0] == clause[0] and not c[2]), None)
    if clause[2] or not at:
        return []
    before = next((c for c in reversed(clauses[:at]) if not c[2]), None)
    if before is None:
        return []
    opening = _AND_OPENING.match(sentence, clause[0], clause[1]) or _BUT_ANSWER.match(sentence, clause[0], clause[1]) or _BUT_CONTINUED.match(sentence, clause[0], clause[1]) or (
        _BUT_OPENING.match(sentence, clause[0], clause[1]) if _DAY_STATE.search(sentence, before[0], before[1]) or _LATER_HOUR.search(sentence, clause[0], clause[1]) else None) or (
        _BUT_DENIAL.match(sentence, clause[0], clause[1]) if _CLAIM.search(sentence, before[0], before[1]) else None)
    if opening is None or _LATER_OR_NOW.search(sentence, opening.end(), clause[1]):
        return []
    dated = [d for d in events if before[0] <= d.expr.start < before[1]]
    while not dated and _AND_OPENING.match(sentence, before[0], before[1]) and (earlier := _main_before(clauses, before)) is not None:
        before = earlier  # "X on Monday, the former retaken by ... and the latter overrun": the day runs on through the conjuncts
        dated = [d for d in events if before[0] <= d.expr.start < before[1]]
    if not dated and _SUBJECT_RELATIVE.match(sentence, before[1]) and all(c[2] for c in clauses[clauses.index(before) + 1 : at]):
        # "Fighters who had ringed X earlier in the week entered it on Thursday, and by evening ...": the
        # main verb was read into the subject's relative clause; its day is the last one there
        dated = [d for d in events if before[1] <= d.expr.start < clause[0]][-1:]
    if len(dated) != 1 or dated[0].expr.kind in _NO_DAY:
        return []  # two days before it, or only a month: which one, if any, is not told
    return dated


# "By nightfall the district was back under government control": a state reached at a later hour of
# the day in force (the hour opens its clause, a few words before the state's words)
_REACHED_BY_HOUR = re.compile(r"\bby\s+(?:the\s+)?(?:evening|nightfall|dusk|midday|noon|afternoon|sunset|sundown)\b[^;:.]{0,60}$", re.IGNORECASE)


def reached_by_hour(sentence: str, at: int) -> bool:
    """Return True when a later hour of the day ("by nightfall", "by the afternoon") stands a few
    words before the state at `at` in its clause: the state was reached that day, not merely told of
    on the day the source spoke."""
    return _REACHED_BY_HOUR.search(sentence, max(0, at - 80), at) is not None


def _main_before(clauses: Sequence[tuple[int, int, bool]], clause: tuple[int, int, bool]) -> tuple[int, int, bool] | None:
    """Return the main clause before `clause`, or None."""
    return next((c for c in reversed(clauses[: clauses.index(clause)]) if not c[2]), None)
