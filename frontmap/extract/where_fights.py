"""Where-clauses of fighting: "the Taliban took X, where the government says it is still battling".

A relative "where" clause right after a place tells what goes on there now. When it tells fighting,
the place is fought over on the day the main clause tells; the main clause's change of hands still
stands beside it: both are on the map. Two steps:

- the clause's fight word waits behind a verb of change before the place (`fight_in_where`,
  used by `frontmap.extract.circumstances.change_first`), so the capture decides the place;
- the fight is then added as a contested event of the same place and day (`add_where_fights`).

An apposition may stand between the place and the clause ("X, the capital of Helmand, where
fighting went on"): the clause is still about the place.

A clause that denies or only foresees the fight ("where there is no fighting", "where clashes could
break out") tells none; nor does one after another place than the event's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from frontmap.extract.derived_events import derived_event
from frontmap.extract.triggers import FIGHT, Trigger
from frontmap.status import CONTESTED

if TYPE_CHECKING:
    from frontmap.extract.events import ControlEvent

_FIGHT_WORD = r"(?:fighting|battling|clashing|clashes|battles?|resisting|gunfights?)"
# words of the clause before its fight word: no negation, no modal, no other clause
_CLAUSE_WORDS = r"(?:(?!(?:no|not|never|could|would|will|may|might|if|expected|fears?|feared|warn\w*)\b)[\w'’-]+\s+){0,8}?"
_FORESEEN = r"(?!\s+(?:could|would|will|may|might|are\s+(?:likely|expected)|(?:is|are)\s+feared)\b)"
_WHERE_FIGHT = re.compile(r",\s+where\s+" + _CLAUSE_WORDS + _FIGHT_WORD + r"\b" + _FORESEEN, re.IGNORECASE)
_N_T = re.compile(r"\wn['’ ]t\b", re.IGNORECASE)  # the view spaces out the apostrophe
# a time between the place and the clause ("took X on Friday, where ...")
_TIME = r"\s+(?:(?:on|late|early|last)\s+)*(?:\w+day|overnight|yesterday|today)(?:\s+(?:night|morning|afternoon|evening))?"
_TIME_TAIL = re.compile(_TIME + "$", re.IGNORECASE)
# what the place is, set off by a comma (a double space in the view), between it and the clause
# ("took X, the capital of Helmand, where ..."; not "the provincial capital of X, where": X's own)
_APPOSITION = r"(?:\s*,|\s)\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:capital|centre|center|seat)(?:\s+of(?:\s+[\w'’-]+){1,3}?)?"
_APPOSITION_TAIL = re.compile(_APPOSITION + "$", re.IGNORECASE)
_WHERE_GAP = re.compile(r"(?:" + _APPOSITION + r")?(?:" + _TIME + r")?\s*,?\s+where\s+" + _CLAUSE_WORDS + r"$", re.IGNORECASE)
# the clause tells fighting now, not a past one ("where foreign troops fought for a decade")
_NOW = re.compile(r"\b(?:still|now|continu\w*|ongoing|under\s+way|going\s+on|raging|(?:is|are)\s+(?:\w+\s+)?" + _FIGHT_WORD + r")\b",
                  re.IGNORECASE)
_KIND = re.compile(r"\s+(?:district|city|town|province|capital)$", re.IGNORECASE)


def fight_in_where(view: str, place_end: int, trigger: Trigger) -> bool:
    """Return True when `trigger` is a fight word in a "where" clause right after the place ending
    at `place_end` ("X, where forces are still battling")."""
    if trigger.kind != FIGHT or trigger.start < place_end:
        return False
    gap = view[place_end : trigger.start]
    return _WHERE_GAP.fullmatch(gap) is not None and not _N_T.search(gap)


def add_where_fights(events: list[ControlEvent]) -> list[ControlEvent]:
    """Return `events` with a contested event added beside each change of hands whose place a
    "where" clause of fighting follows, on the change's day."""
    known = {(e.place, e.status, e.event_date) for e in events}
    added = []
    for event in events:
        if event.status == CONTESTED or (event.place, CONTESTED, event.event_date) in known:
            continue
        if _fought_where(event):
            known.add((event.place, CONTESTED, event.event_date))
            added.append(derived_event(event, "where-fight", status=CONTESTED, trigger="where clause", kind=""))
    return events + added if added else events


def _fought_where(event: ControlEvent) -> bool:
    """Return True when a "where" clause of fighting follows the event's place in its sentence."""
    place = _letters(event.place)
    for match in _WHERE_FIGHT.finditer(event.excerpt):
        told = event.excerpt[match.start() : match.end() + 30]
        if _N_T.search(match.group()) or not _NOW.search(told):
            continue
        before = _KIND.sub("", _APPOSITION_TAIL.sub("", _TIME_TAIL.sub("", event.excerpt[: match.start()])))
        if place and _letters(before).endswith(place):
            return True
    return False


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())
