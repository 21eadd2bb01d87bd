"""Who cleared a place when nobody is named as driven out of it.

"Afghan forces cleared X of the Taliban" names the side driven out; "Taliban forces had cleared the
districts" names none, and then the subject is the side that won them: the Taliban, not the army an
expel verb otherwise stands for. Only an active verb with its object right after it says so: a
headline's "Insurgents driven out of X", "Militants repelled at X" is a passive without its "were"
(the actor before it is the one expelled).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from frontmap.status import other_side

if TYPE_CHECKING:
    from frontmap.extract.roles import Actors
    from frontmap.extract.triggers import Trigger

# a preposition right after the verb: the place is where someone was expelled from, not its object
_PLACE_PREPOSITION_AFTER = re.compile(r"\s+(?:of|from|at|in|near|outside|around|on|by|back|to|into|out|off|away)\b")
# the auxiliaries of an active perfect or progressive before the verb ("had cleared", "have repelled")
_ACTIVE_BEFORE = re.compile(r"\b(?:had|has|have|having)\s+(?:\w+\s+)?$")
# a siege its own side ends ("lifted their siege of", "ended its two-week siege of"): the subject leaves
_OWN_SIEGE_ENDED = re.compile(r"(?:lift|end|br(?:oke|eak))\w*\s+(?:their|its)\s", re.IGNORECASE)
_PAST = re.compile(r"(?:ed|ove)$")  # "cleared", "repelled", "drove": a finite past (a bare "driven" is a participle)
# a headline's present ("Taliban mop up resistance in X", "militias repel Taliban"): finite, never a participle
_PRESENT = re.compile(r"^(?:mop|mops|clear|clears|repel|repels|drive|drives|push|pushes|evict|evicts|expel|expels|chase|chases)$")


def active_expeller(trigger: Trigger, actors: Actors, view: str) -> str | None:
    """Return the side of the subject of an active expel verb whose object follows it with no side
    named as expelled ("Taliban forces had cleared the districts"), else None."""
    if _PLACE_PREPOSITION_AFTER.match(view, trigger.end):
        return None
    if _OWN_SIEGE_ENDED.match(trigger.text) and (besieger := actors.before(trigger.start)) is not None:
        return other_side(besieger)  # "the Taliban lifted their siege of X": the besiegers gave up
    head = trigger.text.lower().split(" ", 1)[0]
    if not (_PAST.search(head) or _PRESENT.match(head) or _ACTIVE_BEFORE.search(view, max(0, trigger.start - 25), trigger.start)):
        return None
    return actors.before(trigger.start)
