"""Entries that reach the seat of government: an entry that took the place, not a fight for it.

"Fighters entered X" is an advance, fought over and not yet held. An entry into the seat of
government is the place taken: "the insurgents entered the presidential palace in Kabul", "entered
Ghazni's abandoned governor's compound", or an entry whose own sentence goes on to the seat
("entered X and took control of the governor's office", with no other place named for the seat).
An entry told with the seat left to it is the place taken too: "the governor's house was evacuated
and the Taliban entered the city", "entered X after the district headquarters was abandoned";
residents who fled, or an entry into the outskirts (read apart, as a part), tell no fall.
Only a calm entry counts: fighters who "stormed" or "broke into" a compound are still fighting.
The presidential palace is Kabul's seat alone: "the capital" told with it is no provincial capital.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from frontmap.extract.cues import SentenceCues
from frontmap.extract.national_capital import NATIONAL_CODE
from frontmap.extract.outcome_days import outcome_day
from frontmap.extract.seats import SEAT_BUILDINGS
from frontmap.extract.text import text_view
from frontmap.status import CLAIMED, CONTESTED, TALIBAN

# the seat of government of a town or of the country
_SEAT = r"(?:presidential\s+(?:palace|compound)|(?:provincial\s+|district\s+)?governor['’]?s?\s+" + SEAT_BUILDINGS + r")\b"
# an entry that says nothing of fighting ("entered", "walked into", "swept into"; not "stormed")
_CALM_ENTRY = re.compile(r"^(?:enter(?:ed|s|ing)?|(?:walk|stroll|roll|march|mov|sw(?:ept|eep)|pour|stream|drove|driv)\w*\s+into"
                         r"|(?:were|are)\s+(?:already\s+|now\s+)?inside)$", re.IGNORECASE)  # "were inside the presidential palace"
# the entry's own object is the seat: "entered the presidential palace", "entered X's abandoned governor's office"
_SEAT_ENTERED = re.compile(
    r"\s+(?:(?:the|its|(?-i:[A-Z])[\w'’-]*['’]s?)\s+)?(?:(?:abandoned|empty|deserted|main|fortified|heavily\s+guarded)\s+)?" + _SEAT,
    re.IGNORECASE,
)
# the entry's sentence goes on to take the seat, no place named after it ("and took control of the governor's office")
_SEAT_TAKEN_AFTER = re.compile(
    r"\band\s+(?:then\s+|later\s+|soon\s+|quickly\s+|also\s+)?(?:took(?:\s+over|\s+(?:full\s+)?control\s+of)?|seized|captured|occupied|entered)"
    r"\s+(?:the\s+)?(?:city['’]s\s+|town['’]s\s+)?" + _SEAT + r"(?!\s+(?:in|of)\s+(?:the\s+)?(?-i:[A-Z]))",
    re.IGNORECASE,
)
# the seat emptied: "the governor's house was evacuated", "the district headquarters had been abandoned"
_LEFT = (r"(?:" + _SEAT + r"|(?:district|police|provincial)\s+(?:headquarters|centre|center|compound))[^.;:]{0,40}?\s+"
         r"(?:was|were|had\s+been|has\s+been|been)\s+(?:hastily\s+|quietly\s+|already\s+)?(?:evacuated|abandoned|emptied|vacated|deserted)\b")
# the seat left before the entry, in a clause coordinated with it, the Taliban its subject
_LEFT_BEFORE = re.compile(_LEFT + r"[^.;:]{0,60}?\b(?:and|as|before|when|then|by\s+the\s+time)\s+(?:[\w'’-]+\s+){0,3}?"
                          r"(?:taliban|insurgents|militants)\b[^.;:,]{0,30}$", re.IGNORECASE)
# the entry told first, the seat left with it: "entered X after the governor's office was abandoned"
_LEFT_AFTER = re.compile(r"[^.;:]{0,60}?\b(?:after|as|once)\s+(?:the\s+|its\s+)?" + _LEFT, re.IGNORECASE)


def seats_entered(drafts: Sequence[Any]) -> list[Any]:
    """Return `drafts`, each calm entry whose sentence has it reach the seat of government (see the
    module notes) told as a Taliban taking rather than a fight (a claim, when only the Taliban or an
    unverified report tell it)."""
    return [dataclasses.replace(d, status=_taking(d.excerpt)) if _reaches_seat(d) else d for d in drafts]


def _taking(sentence: str) -> str:
    """Return CLAIMED when `sentence` only reports a claim ("the Taliban said their fighters
    entered ..."), else TALIBAN."""
    view = text_view(sentence)
    return CLAIMED if SentenceCues(view, sentence).claimed(0, len(view)) else TALIBAN


def _reaches_seat(draft: Any) -> bool:
    """Return True for a contested calm entry whose object is a seat of government, or whose
    sentence goes on to take one with no place named for it."""
    if draft.status != CONTESTED or not _CALM_ENTRY.match(draft.trigger.strip()):
        return False
    at = draft.excerpt.find(draft.trigger)
    if at < 0:
        return False
    after = at + len(draft.trigger)
    seat = _SEAT_ENTERED.match(draft.excerpt, after) or _SEAT_TAKEN_AFTER.search(draft.excerpt, after)
    # the presidential palace is the national capital's seat, never a provincial capital's
    if seat is None:
        return _seat_left(draft.excerpt, at, after)
    later = outcome_day(draft.excerpt, seat.end(), draft.date)
    if later is not None and later > draft.date:
        return False  # "entered X on Monday and took the governor's compound the next day": Monday was a fight
    return ("presidential" not in seat.group().lower() or draft.province_code == NATIONAL_CODE)


def _seat_left(sentence: str, at: int, after: int) -> bool:
    """Return True when `sentence` tells the seat left in a clause coordinated with the Taliban's
    entry between `at` and `after`: before it ("was evacuated and the Taliban entered") or after it
    ("entered the city after the governor's compound was abandoned")."""
    return _LEFT_BEFORE.search(sentence[:at]) is not None or _LEFT_AFTER.match(sentence, after) is not None
