"""Hands phrases: where "in Taliban hands" starts when a pronoun is its subject.

The hold trigger of "in Taliban hands", "in the hands of the government" is the word "hands" (or
"hand"), but the phrase that follows "it was" starts at "in": "By Thursday it was back in Taliban
hands" tells the place's state as "it was under Taliban control" does, whose trigger starts right
after the auxiliaries. These starts let the pronoun reader find the state right after "it was".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from frontmap.extract.triggers import HOLD, Trigger

# "in Taliban hands", "in government hands", "in the hands of", "in the insurgents' hands": "in", a
# determiner and at most two words (the side), then the trigger
_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_REACH = 40  # characters before the trigger in which "in" is looked for


def in_hands_starts(sentence: str, triggers: Sequence[Trigger]) -> set[int]:
    """Return where each "in ... hands" hold phrase of `sentence` starts (at its "in"), for the
    hold triggers among `triggers` that are the word "hands" or "hand"."""
    starts = set()
    for trigger in triggers:
        if trigger.kind == HOLD and trigger.text.lower().startswith("hand"):
            match = _IN_BEFORE.search(sentence, max(0, trigger.start - _REACH), trigger.start)
            if match is not None:
                starts.add(match.start())
    return starts
