"""Fighting told only as a rumour: "Rumours that the Taliban had entered X spread panic", "rumours
circulated on social media that fighters were inside X".

A rumour is the talk of the town, not a source: what it says of an entry or a clash is no fight
the report stands behind (a capture told the same way is a claim, `frontmap.extract.cues`). The
rumour must govern the clause that tells the fight ("rumours that ..."); a rumour named elsewhere
in the sentence ("despite rumours, fighting went on in X") leaves the fight as told.

Everything here reads the sentence's view (`frontmap.extract.text.text_view`: lower case,
punctuation as spaces, same offsets as the sentence).
"""

from __future__ import annotations

import re

from frontmap.extract.triggers import Trigger

# "rumours that", "rumours spread (circulated on social media) that", "rumour had it that", then
# the words of the rumoured clause up to the trigger (no "but" or "however" turning to the news itself)
_RUMOUR_THAT = re.compile(
    r"\brumou?rs?\s+(?:(?:had\s+it|spread|spreading|circulated|circulating|swirled|swirling|went\s+round|on\s+social\s+media|online)\s+){0,3}"
    r"(?:[\w'’-]+\s+){0,4}?that\s+(?:(?!but\b|however\b|though\b)[\w'’-]+\s+){0,10}$"
)
_REACH = 140  # characters before the trigger in which the rumour stands


def rumoured(view: str, trigger: Trigger) -> bool:
    """Return True when the fighting or entry `trigger` is only what a rumour says happened."""
    return _RUMOUR_THAT.search(view, max(0, trigger.start - _REACH), trigger.start) is not None
