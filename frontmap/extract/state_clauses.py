"""A place told in a state clause of its own: "X is open and the enemy is under siege in Y".

The place is the subject of a clause that is complete before the conjunction: a copula and a state
("is open", "remains calm", "was quiet"). The clause joined after it has a subject of its own, so
its fight ("under siege", "fighting", "attacks") is that subject's, not the place's. Without a new
subject the state and the fight are the place's both: "X is calm but surrounded", "X was quiet
and under siege" say X is fought over.
"""

from __future__ import annotations

import re

_STATE_CLAUSE = re.compile(
    r"[\s\w'’-]{0,25}?\s(?:is|are|was|were|remains?|remained|stays?|stayed)\s+(?:(?:still|now|again|fully|largely|reportedly|relatively)\s+)?"
    r"(?:open|reopened|calm|quiet|normal|safe|secure|peaceful|closed|stable|accessible|clear|passable)\b"
    r"[^.;:]{0,40}?[\s,](?:and|but|while|whereas)\s+"
    r"(?:the|a|an|our|their|its|his|her|taliban|enemy|insurgents|militants|fighters|forces|troops|they|we|he|she|it)\s",
    re.IGNORECASE,
)


def own_state_before(sentence: str, end: int, trigger_start: int) -> bool:
    """Return True when the place ending at `end` is the subject of a state clause ("is open")
    and the trigger at `trigger_start` stands in a clause joined after it with its own subject."""
    return trigger_start > end and _STATE_CLAUSE.match(sentence, end, trigger_start) is not None


# a headline's verbless state after a comma: "..., Salang Pass open", "..., Kabul airport calm", "..., Kabul isolated";
# or a clause of the place's own whose verb needs no object ("Taliban take Ghazni, Kabul braces for assault")
_VERBLESS_STATE_AFTER = re.compile(
    r"(?:\s+(?:pass|highway|road|airport|crossing|city|town|border))?\s+(?:"
    r"(?:open|reopened|calm|quiet|closed|shut|normal|isolated|cut\s+off|tense|on\s+edge|on\s+alert|next)\s*(?:$|[.;:|,])"
    r"|(?:braces|braced|awaits|waits|prepares|fears|holds|held\s+out|holds\s+out|reels|hunkers|digs\s+in)\b)", re.IGNORECASE)


def verbless_state_after(sentence: str, trigger_end: int, start: int, end: int) -> bool:
    """Return True when the place at [start, end), after the trigger ending at `trigger_end`, opens a
    verbless clause of its own past a comma, telling only its state ("..., surrounded, Salang Pass open"), or
    a clause of its own with a verb that takes no object ("Taliban take Ghazni, Kabul braces"): no object of the trigger."""
    return "," in sentence[trigger_end:start] and _VERBLESS_STATE_AFTER.match(sentence, end) is not None
