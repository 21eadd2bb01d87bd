"""Clashes with a neighbour's forces: the Taliban and Iranian border guards trading fire near Nimroz,
Pakistani troops and the Taliban facing off over the fence in Nangarhar.

Such a clash is a quarrel over the frontier line, not a fight between the sides of the map for
the province or town it happens near: the place stays as it was. The neighbour's forces must be a
party to the fighting the trigger names: acting just before it ("Iranian border forces and the
Taliban ended clashes"), or named right after it ("a clash between Pakistani troops and ...",
"clashed with Iranian guards"). Forces of a neighbour named for another event do not count.
"""

from __future__ import annotations

import re

from frontmap.extract.islamic_state_raids import last_named_before
from frontmap.extract.literal_gates import GatedPattern, LiteralGate
from frontmap.extract.triggers import Trigger

_NEIGHBOUR = r"(?:Iranian|Iran['’]s|Pakistani|Pakistan['’]s|Tajik|Tajikistan['’]s|Uzbek|Turkmen)"
_FORCES = r"(?:(?:border\s+)?(?:guards?|forces|troops|soldiers|army|military|police)|border\s+(?:guards?|police|forces))\b"
_NEIGHBOUR_FORCES = re.compile(r"\b" + _NEIGHBOUR + r"\s+(?:\w+\s+)?" + _FORCES)
# "a clash between Iranian border guards and ...", "clashed with Pakistani troops", "fire on Iranian posts"
_PARTY_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:between|with|against|on)\s+(?:the\s+)?" + _NEIGHBOUR + r"\s+(?:\w+\s+)?" + _FORCES)
_PARTY = GatedPattern(_PARTY_AFTER)  # both run only on a sentence naming a neighbour (`literal_gates`)
_NAMED = LiteralGate(_NEIGHBOUR_FORCES)


def neighbour_party(sentence: str, trigger: Trigger) -> bool:
    """Return True when a neighbour's forces are a party to the fighting `trigger` names in
    `sentence`: named just before it, or after it as the other side ("between", "with")."""
    if _PARTY.match(sentence, sentence, trigger.end):
        return True
    return _NAMED.admits(sentence) and last_named_before(sentence, trigger.start, _NEIGHBOUR_FORCES) is not None
