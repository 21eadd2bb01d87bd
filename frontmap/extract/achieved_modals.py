"""A "could" that means "managed to": "After hours of fighting, forces could push back the
Taliban from X".

Some outlets (Afghan English-language papers among them) write "could" for an ability used in the
past. It tells a fact, not a possibility, when the clause pins it to a time already gone ("after
hours of fighting", "yesterday", "last night") or says it came in the end ("could finally", "could
eventually", "could successfully"), and nobody fears or expects it; otherwise "could" stays a
possibility ("the Taliban could capture X within days", "by the evening they could be in X").
"""

from __future__ import annotations

import re

# the past time, then "could" and the verb right before the trigger (the text before it, lower case)
_ACHIEVED_COULD = re.compile(
    r"(?:(?:\bafter +(?:hours|days|weeks) +of +(?:fighting|clashes|battles?)|\byesterday|\blast +night)[^.;]{0,40}? could"
    r"|\bcould +(?:finally|eventually|successfully))(?: +\w+ly)? *$"
)
# a foreseen outcome: "officials feared the Taliban could finally take X"
_FORESEEN = re.compile(r"\b(?:fear|warn|expect|worr|predict|threat|risk|if\b|unless\b)")


def achieved(view: str, position: int) -> bool:
    """Return True when the lower-case `view` ends before `position` (a trigger's start) with a
    "could" that tells what was done ("after hours of fighting forces could", "they could finally"),
    and the sentence up to it foresees nothing."""
    before = view[max(0, position - 60) : position]
    return "could" in before and _ACHIEVED_COULD.search(before) is not None and _FORESEEN.search(view, max(0, position - 200), position) is None
