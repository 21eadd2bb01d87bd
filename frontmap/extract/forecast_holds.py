"""Forecast holds: control a report foresees a change bringing, not control it tells.

"The offensive is expected to bring X under Taliban control", "the fall of Y could soon put X in
the insurgents' hands", "the push threatens to leave X in Taliban hands": a hold word after the
place ("under ... control", "in ... hands") is the end state of a causative verb ("bring", "put",
"place", "leave", "deliver") that a modal or a word of forecast governs. Nothing has changed hands
yet. Told as a fact, the same verbs are a capture ("brought X under their control on Friday", "the
collapse put X in the hands of the Taliban").
"""

from __future__ import annotations

import re

from frontmap.extract.text import has_any
from frontmap.extract.triggers import HOLD, Trigger

_FORECASTER = (
    r"(?:(?:expected|likely|set|poised|bound|tipped|predicted|forecast|threaten(?:s|ed|ing)?|hop(?:e|es|ed|ing)|aim(?:s|ed|ing)?"
    r"|seek(?:s|ing)?|want(?:s|ed|ing)?|plan(?:s|ned|ning)?|intend(?:s|ed|ing)?|tr(?:y|ies|ying|ied)|attempt(?:s|ed|ing)?) +to"
    r"|will|would|could|might|may|can|shall|(?:is|are|was|were) +going +to)"
)
# the forecaster, the causative verb, the place (a few words), then "in the" before the hold word
_FORESEEN_BEFORE = re.compile(
    r" " + _FORECASTER + r"(?: +not)?(?: +(?:soon|quickly|eventually|finally|also|now|\w+ly))*"
    r" +(?:bring|put|place|leave|deliver|return|push)(?: +back)? +(?:[\w-]+ +){1,5}?(?:(?:in|into) +(?:the +)?(?:[\w-]+ +){0,2})?$"
)
_WORDS = ("bring", "put", "place", "leave", "deliver", "return", "push")
_REACH = 120  # characters before the hold word in which the forecast is read


def foreseen(view: str, trigger: Trigger, clause_start: int) -> bool:
    """Return True when the hold `trigger` ("under Taliban control", "hands") is the end state a
    forecast or a modal gives a causative verb ("is expected to bring X under Taliban control"),
    so no fact; False for any other trigger."""
    if trigger.kind != HOLD:
        return False
    start = max(clause_start, trigger.start - _REACH)
    return has_any(view[start : trigger.start], _WORDS) and _FORESEEN_BEFORE.search(view, start, trigger.start) is not None
