"""Manhunts: forces searching a place for the authors of an attack are policing it, not fighting for it.

After a bombing the side that holds the town sends its men through the town and its edges to find
those behind it ("Taliban forces have been conducting sweeps on the outskirts of X, searching for
those responsible for the attacks"). The sweep, the raid or the outskirts such a sentence names tell
where the hunt went, not that the place was fought over. A sentence that also tells a fight of its
own (clashes, a siege, an assault) keeps it: the hunt only clears the trigger when it is the
sentence's whole business.

Everything here reads the sentence's view (lower case, punctuation as spaces).
"""

from __future__ import annotations

import re

from frontmap.extract.triggers import Trigger

# the hunted: the authors of an attack told as such, never a side ("searching for Taliban fighters")
_HUNT = re.compile(
    r"\b(?:search(?:ing|ed|es)?|hunt(?:ing|ed|s)?(?:\s+down)?|look(?:ing|ed)|track(?:ing|ed)?\s+down)\s+for\s+"
    r"(?:those|the\s+people|the\s+men|anyone)\s+(?:responsible|behind)\b"
    r"|\b(?:search(?:ing|ed|es)?|hunt(?:ing|ed|s)?(?:\s+down)?|look(?:ing|ed)|track(?:ing|ed)?\s+down)\s+(?:for\s+)?the\s+"
    r"(?:perpetrators|culprits|attackers|assailants|bombers|killers)\b"
)
# a fight the sentence tells besides the hunt
_OWN_FIGHT = re.compile(r"\b(?:clash\w*|battl\w*|fought|fighting|sieges?|besieg\w*|assault\w*|offensives?|captur\w*|seiz\w*)\b")
# the triggers a hunt is told with: where the men went and what they did there
_HUNT_WORDS = ("outskirts", "sweep", "raid", "operation", "search")
# the attack the hunted are behind: "those responsible for the attacks" names the raid hunted for
_HUNTED_ATTACK_BEFORE = re.compile(r"\b(?:responsible\s+for|behind)\s+(?:the\s+|these\s+|this\s+)?(?:\w+\s+)?$")


def hunt_only(view: str, trigger: Trigger) -> bool:
    """Return True when the trigger is where or how forces hunted the authors of an attack (a sweep,
    a raid, an operation, the outskirts) or the attack they are hunted for, in a sentence that
    tells no fight of its own."""
    word = view[trigger.start : trigger.end].strip()
    hunted = word.startswith("attack") and _HUNTED_ATTACK_BEFORE.search(view, max(0, trigger.start - 30), trigger.start) is not None
    if not (hunted or word.startswith(_HUNT_WORDS)):
        return False
    return _HUNT.search(view) is not None and _OWN_FIGHT.search(view) is None
