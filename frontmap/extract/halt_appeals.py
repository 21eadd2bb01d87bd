"""A call to stop fighting made from a place: "the NATO envoy in Kabul urged the Taliban to halt
their offensives", "elders in Kandahar called on both sides to end the fighting".

The place named before the call is where the callers are, not where the fighting they want
stopped goes on, so the fighting word after the call contests nothing there. A fight the call
names at a place after it ("urged the Taliban to halt their assault on Lashkar Gah") is that
place's, and is read as it would be without the call.

Everything here reads the sentence's view (`frontmap.extract.text.text_view`).
"""

from __future__ import annotations

import re

from frontmap.extract.triggers import Trigger

# "urged the Taliban on Monday to halt their", "called on both sides to end the", "demanded an end to"
_CALL = re.compile(
    r"\b(?:urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|upon|for)|ask(?:s|ed|ing)?|demand(?:s|ed|ing)?|press(?:es|ed|ing)?"
    r"|appeal(?:s|ed|ing)?\s+to)\s+(?:[\w-]+\s+){0,6}?"
    r"(?:(?:to\s+)?(?:halt|stop|end|cease|suspend|pause|scale\s+back|wind\s+down)|(?:a\s+halt|an\s+end)\s+to)\s+"
    r"(?:(?:the|their|its|all|further|ongoing|military)\s+)*$"
)
_REACH = 90  # characters before the fighting word in which the call is read


def called_off_elsewhere(view: str, trigger: Trigger, place_end: int) -> bool:
    """Return True when the fighting word `trigger` is what a call asks to stop and the place
    (ending at `place_end`) comes before the call: the callers' place, not the fight's."""
    if place_end > trigger.start:
        return False
    call = _CALL.search(view, max(0, trigger.start - _REACH), trigger.start)
    return call is not None and place_end <= call.start()
