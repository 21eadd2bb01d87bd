"""Outskirts addresses: "on the outskirts of X" telling where someone lives or works, not a front.

"A farmer whose plot lies in a village on the outskirts of Charikar", "a camp on the outskirts of
Herat": the outskirts are an address. Read as a trigger they would make the town fought over. They
mark fighting near a town only in a sentence that tells of an armed side or of fighting ("the
Taliban were on the outskirts of Kandahar", "clashes on the outskirts of Kunduz").

Everything here reads the sentence's view (`frontmap.extract.text.text_view`: lower case,
punctuation as spaces, same offsets as the sentence).
"""

from __future__ import annotations

import re

from frontmap.extract.cues import ARMED_SIDE
from frontmap.extract.triggers import Trigger

# fighting, a siege, a capture or an advance told anywhere in the sentence
_FIGHTING = re.compile(
    r"\b(?:fight\w*|fought|clash\w*|battl\w*|attack\w*|assault\w*|offensives?|advanc\w*|sieges?|besieg\w*|shell\w*"
    r"|mortars?|rockets?|gunfire|firing|captur\w*|seiz\w*|overr[au]n\w*|encircl\w*|surround\w*|positions?|checkpoints?"
    r"|front\s?lines?|push\w*|storm\w*|took|taken|fell|fallen|control\w*|airstrikes?|strikes?|bomb\w*"
    # an advance told of men named before ("By evening they were on the outskirts of the capital")
    r"|they|them|reach\w*|approach\w*|closing|closed\s+in|arriv\w*)\b"
)


def address_only(view: str, trigger: Trigger) -> bool:
    """Return True when the trigger is "outskirts" in a sentence that names no armed side and no
    fighting: the outskirts are where someone or something is, not a front."""
    if view[trigger.start : trigger.end].strip() != "outskirts":
        return False
    return not (ARMED_SIDE.search(view) or _FIGHTING.search(view))
