"""State origins: a standing hold dated by the change that began it, told right after the place.

"The Taliban now control Ghazni after they overran it on Thursday", "Forces hold Khinjan, which
they retook on Friday", "Insurgents are in control of Qalat since they stormed it on Monday", "Islam
Qala is in Taliban hands after the militants stormed it on Thursday": the
state has no day of its own, and the clause after the place tells the change that began it, with
its day. Without this the state takes the report's day and the day the text gives is lost.

A clause whose change is another place's ("Sheberghan, now under Taliban control after Zaranj fell on
Friday", "... since the insurgents captured Kunduz on Sunday") tells no origin: its day is that
place's, and the state takes the day in force.
"""

from __future__ import annotations

import re

from frontmap.extract.date_scope import Dated, states_at
from frontmap.extract.date_sequels import dated_before_sequel
from frontmap.extract.fight_durations import counted_from_fight
from frontmap.extract.relative_history import retakes

# After the place: a clause opener, then (within the clause) a verb of a change of hands.
_ORIGIN_CLAUSE = re.compile(
    r"[^.;:!?]{0,40}?\b(?:after|since|when|once|which|that)\b[^.;:!?]{0,60}?"
    r"\b(?:overr[au]n|seiz\w*|captur\w*|took|taken|stormed|conquer\w*|fell|retook|retaken|recaptur\w*"
    r"|regain\w*|liberat\w*|cleared|pushed\s+\w+\s+out|handed|surrender\w*|abandon\w*)\b[^.;:!?]{0,40}$",
    re.IGNORECASE,
)

_NAME = r"(?!(?:Taliban|Afghan|Government|Islamic|Mujahid|Special|Army|National)\b)[A-Z][\w'’-]*(?:[ -](?:e|i|ye|[A-Z][\w'’-]*))*"
_CHANGE = r"(?:overr[au]n|seiz\w*|captur\w*|took|taken|stormed|fell|fallen|retook|retaken|recaptur\w*|surrender\w*|handed)"
# the change told is another place's: "after Zaranj fell", "since Kunduz was overrun", "after they captured Kunduz"
_ANOTHER_PLACE = re.compile(
    rf"\b(?:after|since|when|once)\s+{_NAME}\s+(?:(?:had|has|was|were)\s+(?:been\s+)?)?{_CHANGE}\b|\b{_CHANGE}\s+{_NAME}"
)


def state_origin(sentence: str, events: list[Dated], position: int, trigger: int | None) -> Dated | None:
    """Return the event date of the change told right after the place at `position` (or after the
    trigger, when the state is told after the place: "X is in Taliban hands after they stormed it
    on Thursday") when the trigger at `trigger` tells a standing state, else None."""
    if trigger is None or not states_at(sentence, trigger) or retakes(sentence, trigger):
        return None  # "regained control of X, which they lost in June": a change, and the clause its loss
    start = max(position, trigger)
    later = [d for d in events if d.expr.start > start]
    if not later:
        return None
    first = min(later, key=lambda d: d.expr.start)
    return first if tells_its_origin(sentence, start, first.expr.start) else None


def tells_its_origin(sentence: str, start: int, end: int) -> bool:
    """Return True when sentence[start:end] (from the place to a date) opens a clause that tells a
    change of hands ("... after they overran it on", "..., which they retook on")."""
    return _ORIGIN_CLAUSE.match(sentence, start, end) is not None and _ANOTHER_PLACE.search(sentence, start, end) is None


def day_told_after(
    sentence: str, events: list[Dated], position: int, trigger: int | None, picked: Dated | None,
) -> Dated | None:
    """Return the date of the place at `position` from what the sentence tells around its trigger:
    a change "after N days of fighting" counted from a joined clause's day (`fight_durations`),
    else `picked` (the plain reading's, unless it is the day a "has since" change came after),
    else a hold's origin (`state_origin`), else None."""
    if dated_before_sequel(sentence, picked, trigger):
        picked = None
    return counted_from_fight(sentence, events, trigger) or picked or state_origin(sentence, events, position, trigger)
