"""A change of hands told as a noun owned by the place: "Kunduz's fall on Sunday", "Taloqan's
capture by the insurgents", "the city of Herat's collapse".

The trigger row (`frontmap.extract.triggers`) finds the bare noun after a possessive; here the
rules check that the possessive belongs to the place itself (nothing but "'s", or a unit word and
"'s", between them), so "Kunduz's governor's fall from favour" or "the Taliban's capture" of
something else is not read as the place's fall.
"""

from __future__ import annotations

import re

from frontmap.extract.triggers import Trigger

# the place's own possessive: "Kunduz's ", "Kunduz city's ", "Panjwai district’s "
_OWNER_GAP = re.compile(r"(?:\s+(?:city|town|district|province))?['’]s\s+$", re.IGNORECASE)
# the owner's name before the noun: "Herat's ", "Pul-e Khumri's ", "Kunduz city's "
_OWNER_BEFORE = re.compile(r"[A-Z][\w'’-]*(?:[ -](?:(?:e|i|ye)\b|[A-Z][\w'’-]*)){0,3}(?:\s+(?:city|town|district|province))?['’]s\s+$")


def owned_by_place(gap: str, trigger: Trigger) -> bool:
    """Return True when `trigger` is a nominal change of hands whose owner is the place just before
    it (`gap`: the text between the place and the noun)."""
    return trigger.nominal and _OWNER_GAP.fullmatch(gap) is not None and not trigger.text.lower().endswith(" of")


def owner_start(sentence: str, trigger: Trigger) -> int:
    """Return where the name owning a possessive `trigger` starts ("to prevent *Herat's* fall": a plan
    is read before the owner, not before the noun), else the trigger's own start."""
    if not trigger.nominal or trigger.text.lower().endswith(" of"):
        return trigger.start
    owner = _OWNER_BEFORE.search(sentence, max(0, trigger.start - 60), trigger.start)
    return owner.start() if owner else trigger.start
