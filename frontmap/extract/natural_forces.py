"""Natural forces: a flood, a fire, a disease or a mood as the subject of a verb of war.

Disaster and health reports borrow the verbs of an advance: "flash floods swept through three
villages in Kamdesh", "a fire swept through a market in Kandahar", "the virus has taken hold in
Kabul", "poverty has taken over Kabul", "panic gripped Herat". No side moved, fought or took
anything: the place stays as it was on the map.

Everything here reads the sentence's view (`frontmap.extract.text.text_view`: lower case,
punctuation as spaces, same offsets as the sentence).
"""

from __future__ import annotations

import re

from frontmap.extract.cues import ARMED_SIDE
from frontmap.extract.hardship_fights import HARDSHIP_WORDS
from frontmap.extract.triggers import Trigger

# the force right before the verb ("flash floods swept", "unemployment and poverty have taken over")
_FORCE_BEFORE = re.compile(
    r"\b(?:" + HARDSHIP_WORDS + r"|fire|flood\s+waters|waters|quakes?|earthquakes?|tremors?|storms?|avalanches?"
    r"|landslides?|mudslides?|rains?|variant|fear|panic|chaos|despair|gloom|darkness)"
    r"(?:\s+(?:and|or)\s+\w+)?(?:\s+(?:have|has|had|were|was|is|are|also|quickly|rapidly|now|already|then|again))*\s*$"
)


def natural_subject(view: str, trigger: Trigger) -> bool:
    """Return True when the subject right before the trigger is a natural force, a disease or a
    mood ("floods swept through X", "poverty has taken over X") and no armed side comes with it
    ("Taliban fire swept through X" is still a fight)."""
    before = view[max(0, trigger.start - 60) : trigger.start]
    return bool(_FORCE_BEFORE.search(before)) and not ARMED_SIDE.search(before)
