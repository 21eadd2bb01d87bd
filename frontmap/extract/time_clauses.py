"""Time clauses: a day told in a clause of time dates the main clause beside it (for `date_scope.pick`).

"As Kunduz was collapsing on Sunday morning, the Taliban also captured Sar-e Pul" and "The Taliban
lost Pul-e Hesar after clashes with a local militia on Friday": the main clause names no day of its
own, and the clause of time ("as", "when", "while", "after") gives the day it happened on; past an
undated one, the next gives it ("overran X after heavy fighting when the troops left on June 7").
A clause after "after" that tells a change of its own ("retook X after the Taliban had captured it
on Friday") dates that earlier change, and one that tells when fighting began ("after clashes that
began late on Sunday", "after days of fighting") dates its start: neither dates the main clause;
but a change the main clause followed within hours ("Hours after X fell on Tuesday, they attacked
Y", "shortly after ...", "half an hour after ...") dates it too: the same day; so does a departure told in the
simple past that brought the main clause's change about ("X came under Taliban control after the troops withdrew
on Thursday night": the withdrawal handed it over that day; "after they had withdrawn on Friday" is its own).
Nor does a clause of time in a sentence with another date (that one is the main clause's), or one
that names only a month ("the first to fall after attacks escalated in May").

A relative clause without a day is dated by the clause of time right after it: "police who fled X
when the Taliban stormed it on July 8 (returned on Sunday)" fled on July 8, whatever the main clause's
day (`relative_time_dates`).

A "when" clause right after a date glosses it: "families who fled X in June, when those districts
fell" tells the fall in June, though the date stands in another clause.

A siege told before a clause of "before <doing>" with a day lasts until that day ("besieged X for
weeks before launching an offensive on Tuesday"): the assault's day is one of the siege's
(`siege_end_dates`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

_TIME_OPENING = re.compile(r"\W*(?:just\s+|shortly\s+|soon\s+)?(as|when|while|after|once)\b", re.IGNORECASE)
_OWN_CHANGE = re.compile(
    r"\b(?:captur|seiz|took|tak(?:en|ing)|f[ae]ll|fallen|overr[au]n|retook|retak|recaptur|surrender|abandon|withdr[ae]w"
    r"|los[te]|handed|gave\s+up|stormed|entered|pushed\s+(?:back|out))",
    re.IGNORECASE,
)
_OWN_START = re.compile(r"\b(?:that|which|beg[au]n|started|erupted|broke\s+out|(?:days|weeks)\s+of)\b", re.IGNORECASE)  # a start, not the main clause's day
# "hours after X fell on Tuesday", "shortly after ...": the main clause's change came the same day
_SAME_DAY_BEFORE = re.compile(r"\b(?:hours?|minutes|moments|shortly|just|immediately)\W*$", re.IGNORECASE)
# "after government troops withdrew", "after the police abandoned their posts": a departure that handed the place over
_DEPARTURE = re.compile(r"\b(?<!had )(?<!had been )(?:withdr[ae]w|abandoned|pulled\s+out|fled|retreated|left)\b", re.IGNORECASE)


_RELATIVE_OPENING = re.compile(r"\W*(?:who|which)\b", re.IGNORECASE)
_SAME_TIME_OPENING = re.compile(r"\W*(?:just\s+|shortly\s+)?(?:when|as|while|once)\b", re.IGNORECASE)
_NO_DAY = frozenset({"month", "year"})
_GLOSS_GAP = re.compile(r"[\s,]*")  # between a date and the "when" clause that glosses it
# "in June, when those districts fell"; "returned on Sunday after commandos cleared X": no later than that day
_GLOSS_OPENING = re.compile(r"(?:[Ww]hen|after)\s")


class _Dated(Protocol):
    @property
    def expr(self): ...  # a DateExpression: .start, .end


def time_clause_dates(
    sentence: str, clauses: Sequence[tuple[int, int, bool]], clause: tuple[int, int, bool], events: Sequence[_Dated],
) -> list[_Dated]:
    """Return the event dates of the clause of time next to `clause` (a main clause without a date
    of its own) that dates it, else []: the one right before it or right after it."""
    at = next((i for i, c in enumerate(clauses) if c[0] == clause[0] and not c[2]), None)
    if clause[2]:
        return _glossed_day(sentence, clause, events)
    if at is None:
        return []
    neighbours = _neighbours(sentence, clauses, at, events)
    for neighbour in neighbours:
        if not neighbour[2]:
            continue
        opening = _TIME_OPENING.match(sentence, neighbour[0], neighbour[1])
        if opening is None:
            continue
        dated = [d for d in events if neighbour[0] <= d.expr.start < neighbour[1]]
        if not dated and neighbour[0] > clause[0] and neighbour is not neighbours[-1]:
            continue  # "after heavy fighting": the clause of time after it may tell the day
        if len(dated) < len(events) or any(d.expr.kind in _NO_DAY for d in dated):
            return []  # another date of the sentence is the main clause's; "after ... in May" names no day
        if opening.group(1).lower() == "after" and _own_day(sentence, neighbour[0], opening.start(1), opening.end(), dated[0].expr.start if dated else neighbour[1]):
            continue  # "after the Taliban had captured it on Friday": that change's day
        if dated:
            return dated
    return []


def _own_day(sentence: str, clause_start: int, after: int, lo: int, hi: int) -> bool:
    """Return True when the "after" clause (its word at `after`, its words sentence[lo:hi] up to its
    date) tells a change or a start of its own that dates only itself; not a change the main clause
    followed within hours ("hours after X fell on Tuesday", "shortly after ...")."""
    if _OWN_START.search(sentence, lo, hi):
        return True
    same_day = _SAME_DAY_BEFORE.search(sentence, max(0, clause_start - 14), after) is not None
    change = None if same_day else _OWN_CHANGE.search(sentence, lo, hi)
    return change is not None and not _DEPARTURE.match(sentence, change.start())


def _neighbours(
    sentence: str, clauses: Sequence[tuple[int, int, bool]], at: int, events: Sequence[_Dated],
) -> list[tuple[int, int, bool]]:
    """Return the clauses that may date the main clause `clauses[at]`: the one right before it, the
    one right after it and, past undated clauses of time, the next ("overran X after heavy fighting
    when the troops pulled out on June 7": the day of the second clause)."""
    found = [clauses[at - 1]] if at else []
    for later in clauses[at + 1 :]:
        found.append(later)
        undated = not any(later[0] <= d.expr.start < later[1] for d in events)
        if not (later[2] and undated and _TIME_OPENING.match(sentence, later[0], later[1])):
            break
    return found


def _glossed_day(sentence: str, clause: tuple[int, int, bool], events: Sequence[_Dated]) -> list[_Dated]:
    """Return the date a "when" or "after" clause `clause` glosses ("in June, when those districts
    fell", "returned on Sunday after commandos cleared X"): the one that ends right before it, else []."""
    if not _GLOSS_OPENING.match(sentence, clause[0]):
        return []
    return [d for d in events if _GLOSS_GAP.fullmatch(sentence, d.expr.end, clause[0])][-1:]


def relative_time_dates(
    sentence: str, clauses: Sequence[tuple[int, int, bool]], clause: tuple[int, int, bool], events: Sequence[_Dated],
) -> list[_Dated]:
    """Return the first event date of the clause of time ("when", "as", "while") that follows the
    relative clause `clause` ("who fled X when the Taliban stormed it on July 8"), when `clause`
    holds no date of its own; else []."""
    if not clause[2] or not _RELATIVE_OPENING.match(sentence, clause[0], clause[1]):
        return []
    if any(clause[0] <= d.expr.start < clause[1] for d in events):
        return []
    after = next((c for c in clauses if c[0] == clause[1]), None)
    if after is None or not after[2] or not _SAME_TIME_OPENING.match(sentence, after[0], after[1]):
        return []
    dated = [d for d in events if after[0] <= d.expr.start < after[1]]
    return dated[:1] if dated and dated[0].expr.kind not in _NO_DAY else []


# "besieged X for weeks before launching an offensive on Tuesday", "encircled X before storming it on
# Friday": a siege lasts until the assault that ends it, so the assault's day is one of the siege's
_SIEGE = re.compile(r"(?:besieg|siege|encircl|surround)", re.IGNORECASE)
_BEFORE_DOING = re.compile(r"\bbefore\s+\w+ing\b", re.IGNORECASE)
_SIEGE_REACH = 80  # characters from the siege word to its "before": the same telling


def siege_end_dates(sentence: str, trigger: int | None, events: Sequence[_Dated]) -> list[_Dated]:
    """Return the first event date after a "before <doing>" that follows the siege word at `trigger`
    ("besieged X for weeks before launching an offensive on Tuesday": the day the siege turned to an
    assault, one of the siege's own), else []."""
    if trigger is None or not _SIEGE.match(sentence, trigger):
        return []
    before = _BEFORE_DOING.search(sentence, trigger, trigger + _SIEGE_REACH)
    if before is None:
        return []
    dated = [d for d in events if d.expr.start >= before.end()]
    return dated[:1] if dated and dated[0].expr.kind not in _NO_DAY else []
