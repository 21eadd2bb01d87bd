"""A "could" that means "managed to": "After hours of fighting, forces could push back the
Taliban from X".

Some outlets (Afghan English-language papers among them) write "could" for an ability used in the
past. It tells a fact, not a possibility, when the clause pins it to a time already gone ("after
hours of fighting", "yesterday", "last night") or says it came in the end ("could finally", "could
eventually", "could successfully"), and nobody fears or expects it; otherwise "could" stays a
possibility ("the Taliban could capture X within days", "by the evening they could be in X").

A "would" that looks back from a past told in the narrative ("The city would later fall on Aug 10",
"it would go on to be retaken", "it would fall two days later") tells what happened next, unless the sentence foresees it ("feared
the city would later fall", "analysts said Kabul would eventually fall").
"""

from __future__ import annotations

import re

from frontmap.extract.bare_falls import COUNTED_LATER

# the past time, then "could" and the verb right before the trigger (the text before it, lower case)
_ACHIEVED_COULD = re.compile(
    r"(?:(?:\bafter +(?:hours|days|weeks) +of +(?:fighting|clashes|battles?)|\byesterday|\blast +night)[^.;]{0,40}? could"
    r"|\bcould +(?:finally|eventually|successfully))(?: +\w+ly)? *$"
)
# a foreseen outcome: "officials feared the Taliban could finally take X"
_FORESEEN = re.compile(r"\b(?:fear|warn|expect|worr|predict|threat|risk|if\b|unless\b)")


# the future seen from a told past: "would later", "would go on to", "would eventually" (+ "be")
_LATER_WOULD = re.compile(r"\bwould +(?:(later|subsequently|go +on +to)|eventually|ultimately)(?: +be)? *$")
# a bare "would" (+ "be") whose clause counts the time on from the told past: "would fall two days
# later", "would be retaken by police the next day"
_BARE_WOULD = re.compile(r"\bwould(?: +be)? *$")
_COUNTED_AFTER = re.compile(r"[^,;.:!?]{0,60}?\b" + COUNTED_LATER)
# a speaker or a condition makes the "would" a forecast again
_SPOKEN = re.compile(r"\b(?:said|says|say|told|tells|believ|think|thought|hop|vow|promis|pledg|insist|claim|assur)")


def _told_later(view: str, position: int) -> bool:
    """Return True when a narrative "would later"/"would eventually" stands right before `position`
    and nothing in its sentence foresees or speaks it."""
    match = _LATER_WOULD.search(view[max(0, position - 40) : position])
    counted = match is None and _BARE_WOULD.search(view, max(0, position - 12), position) is not None and _COUNTED_AFTER.match(view, position) is not None
    if match is None and not counted:
        return False
    start = max(view.rfind(". ", 0, position), view.rfind("\n", 0, position), position - 200) + 1
    if _FORESEEN.search(view, start, position) or _SPOKEN.search(view, start, position):
        return False
    end = view.find(". ", position)  # "Kabul would eventually fall, analysts said": a forecast too
    return counted or match.group(1) is not None or _SPOKEN.search(view, position, end if end > 0 else len(view)) is None


def achieved(view: str, position: int) -> bool:
    """Return True when the lower-case `view` ends before `position` (a trigger's start) with a
    "could" that tells what was done ("after hours of fighting forces could", "they could finally")
    or a narrative "would later" ("the city would later fall"), and the sentence up to it foresees
    nothing."""
    before = view[max(0, position - 60) : position]
    if "would" in before and _told_later(view, position):
        return True
    return "could" in before and _ACHIEVED_COULD.search(before) is not None and _FORESEEN.search(view, max(0, position - 200), position) is None
