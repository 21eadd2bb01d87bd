"""A fall told again after it was foreseen: "the loss of the two districts paves the way for the fall
of Qalat, and the fall of Qalat blocks the highway".

The first "fall of Qalat" is a prospect (`frontmap.extract.cues` reads "paves the way for" before
it); the second names the same prospect again, to tell what it would bring, so it is no fall either.
A nominal trigger ("the fall of", "the capture of") whose place was named, earlier in the sentence,
as what something opens or paves the way for is read as that prospect.
"""

from __future__ import annotations

import re

from frontmap.extract.triggers import Trigger

# "paves the way for the fall of X", "opens up the way to the capture of X" (the present, as `cues` reads it:
# "paved the way for the capture of X" told a capture that came)
_PROSPECT = re.compile(
    r"\b(?:pav(?:e|es|ing)|open(?:s|ing)?(?:\s+up)?)\s+the\s+(?:way|door)\s+(?:for|to)\s+(?:the\s+|an?\s+)?(?:eventual\s+)?"
    r"(?:fall|capture|loss|collapse|surrender)\s+of\s+(?:the\s+)?(?P<name>[a-z][\w'’-]*)"
)
_NAME_AFTER = re.compile(r"\s*(?:the\s+)?([a-z][\w'’-]*)")


def repeats_prospect(view: str, trigger: Trigger) -> bool:
    """Return True when the nominal `trigger` ("the fall of X") names again a place the sentence
    (its lower-case `view`) has told, before it, as a foreseen fall ("paves the way for the fall of X")."""
    if not trigger.nominal or "way" not in view[: trigger.start] and "door" not in view[: trigger.start]:
        return False
    name = _NAME_AFTER.match(view, trigger.end)
    if name is None:
        return False
    return any(m["name"] == name.group(1) for m in _PROSPECT.finditer(view, 0, trigger.start))
