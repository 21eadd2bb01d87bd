"""Attacks told by the person they killed: "the director of the media centre was killed in a
Taliban ambush in Kabul", "two journalists were shot dead in an attack in X".

An attack whose victim is a civilian or an official (no fighter), and that aims at no place, is a
killing at a place, not a fight for it, as "ambushed and killed the director" is
(`frontmap.extract.cues.people_targeted`, which reads the victim after the verb). Here the victim
stands before, as the subject of a passive "was killed in a ... ambush". Soldiers, policemen and commanders killed so are a fight in the place
("four policemen were killed in an ambush in Shibar") and are not read here.
"""

from __future__ import annotations

import re

from frontmap.extract.triggers import Trigger

# the victim: a civilian or an official by their work, one or many (never forces: no police, soldier, commander)
_VICTIM = (r"\b(?:officials?|directors?|journalists?|activists?|judges?|clerics?|politicians?|lawmakers?|mps|presenters?"
           r"|reporters?|doctors?|prosecutors?|spokes(?:man|woman|person)|ministers?|head\s+of|scholars?|elders?)\b")
# then its passive killing (no speaker's verb between: "an official said two soldiers were killed"), a
# day or time before the attack noun may stand ("was killed on Friday in a Taliban ambush")
_KILLED_IN = re.compile(
    _VICTIM + r"(?:(?!\b(?:said|says|told|added|reported|according|that|while|but|when|after|as)\b)[^.;:!?]){0,90}?\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:\w+ly\s+)?"
    r"(?:killed|shot(?:\s+dead)?|wounded|injured|assassinated|murdered|abducted|kidnapped)\s+"
    r"(?:(?:on|late|early)\s+\w+(?:\s+(?:night|morning|evening|afternoon))?\s+)?in\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}$"
)


def victim_before(view: str, trigger: Trigger) -> bool:
    """Return True when the fight noun `trigger` of the lower-case `view` is the attack a civilian or
    an official named before it was killed or wounded in ("the director ... was killed in a Taliban
    ambush"): a killing, which tells nothing of who holds the place."""
    if view.startswith((" on ", " against "), trigger.end):
        return False  # "killed in a Taliban attack on X": the attack aims at the place, a fight for it
    return _KILLED_IN.search(view, max(0, trigger.start - 200), trigger.start) is not None
