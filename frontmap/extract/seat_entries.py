"""Entries that reach the seat of government: an entry that took the place, not a fight for it.

"Fighters entered X" is an advance, fought over and not yet held. An entry into the seat of
government is the place taken: "the insurgents entered the presidential palace in Kabul", "entered
Ghazni's abandoned governor's compound", or an entry whose own sentence goes on to the seat
("entered X and took control of the governor's office", with no other place named for the seat).
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
from frontmap.extract.seats import SEAT_BUILDINGS
from frontmap.extract.text import text_view
from frontmap.status import CLAIMED, CONTESTED, TALIBAN

# the seat of government of a town or of the country
_SEAT = r"(?:presidential\s+(?:palace|compound)|(?:provincial\s+|district\s+)?governor['’]?s?\s+" + SEAT_BUILDINGS + r")\b"
# an entry that says nothing of fighting ("entered", "walked into", "swept into"; not "stormed")
_CALM_ENTRY = re.compile(r"^(?:enter(?:ed|s|ing)?|(?:walk|stroll|roll|march|mov|sw(?:ept|eep)|pour|stream|drove|driv)\w*\s+into)$", re.IGNORECASE)
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
    return seat is not None and ("presidential" not in seat.group().lower() or draft.province_code == NATIONAL_CODE)
