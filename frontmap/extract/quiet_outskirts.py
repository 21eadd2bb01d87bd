"""Quiet outskirts: the edge of a town named only as where people are, with no side in the sentence.

"Outskirts" tells fighting when a side is there ("Taliban fighters reached the outskirts of X",
"the militants were on the city's outskirts"). Aid reports name the outskirts of a city as where
the displaced camp, a clinic stands or families live ("thousands are sheltering in a camp on the
outskirts of Kabul"): no fighter and no force is in the sentence, so nothing is fought over there.
A fighting word in such a sentence is its own trigger and still contests the place, and "they"
may stand for fighters named before ("took Jalalabad. By evening they were on the outskirts of the
capital"), so a sentence with it keeps its outskirts.
"""

from __future__ import annotations

import re

from frontmap.extract.roles import Actors
from frontmap.extract.triggers import Trigger

_THEY = re.compile(r"\bthey\b")


def unfought_outskirts(view: str, trigger: Trigger) -> bool:
    """Return True when the trigger is the bare word "outskirts" and its sentence (`view`) names no
    armed side at all, nor "they": the outskirts are only where people are."""
    return view[trigger.start : trigger.end].strip() == "outskirts" and not _THEY.search(view) and not Actors(view).named()
