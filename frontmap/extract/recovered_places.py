"""Places recovered: "recovered two districts from the Taliban", "recovered control of X", "police
recovered it on Tuesday", "uprising fighters recovered Kohistan district", "X was freed from the Taliban".

"Recover" wins a place back only when what it takes is one: control, something taken from the
Taliban, a pronoun or a town noun ("recovered it", "recovered the district centre"), or a single
name closed by a unit word or a day ("recovered Kohistan district", "recovered Obe on Wednesday").
What soldiers recover after a fight is mostly not a place ("recovered weapons", "recovered the bodies
of ...", "recovered a vehicle"): an article, number or possessive before the object, or one of those
nouns, keeps the verb out, as does "recovered it" after such a thing in its sentence ("a truck seized near X
... police recovered it"). The text scanned is the view (lower case, punctuation as spaces).
"""

from __future__ import annotations

import re

_NOT_PLACES = r"(?:weapons|arms|ammunition|bod(?:y|ies)|vehicles?|explosives|cache|equipment|cash|hostages)"
_FROM_TALIBAN = r"\s+(?:\S+\s+){0,8}?from\s+(?:the\s+)?(?:taliban|talibs|insurgents|militants|enemy)\b"
# "recovered it", "recovered the district centre", "recovered the provincial capital"
_UNIT_OBJECT = r"\s+(?:it|the\s+(?:(?:\w+\s+)?(?:district|provincial)\s+)?(?:district|town|city|centre|center|capital|headquarters))\b(?!\s+(?:of\s+)?" + _NOT_PLACES + r"\b)"
# "recovered kohistan district", "recovered obe on wednesday": one name (of up to three words), not "a", "their", "two"
_NAME_OBJECT = (r"\s+(?!(?:a|an|the|some|his|her|their|its|our|all|two|three|four|five|several|many|more|most|\d+)\s)\w+(?:\s\w+){0,2}?"
                r"\s+(?:district|city|town|on\s+\w+day|late\s+on|overnight|last\s+week)\b")
#: a pattern fragment for the trigger table's retake row (it opens with "|")
RECOVERED = (
    r"|\brecover(?:ed|s|ing)?\b(?!\s+(?:[\w'’-]+\s+){0,2}?" + _NOT_PLACES + r"\b)"
    r"(?=\s+(?:(?:full|complete)\s+)?control\b|" + _FROM_TALIBAN + "|" + _UNIT_OBJECT + "|" + _NAME_OBJECT + ")"
    r"|\bfreed\b(?=\s+(?:\S+\s+){0,6}?(?:from|of)\s+(?:the\s+)?(?:taliban|talibs|insurgents|militants|enemy)\b(?!\s+(?:captivity|custody|prisons?|jails?)\b))"
)

# the things "it" means when the sentence has named one before it ("an army truck seized near X ... police recovered it")
_THING_BEFORE = re.compile(r"\b(?:trucks?|vehicles?|humvees?|cars?|tanks?|helicopters?|drones?|aircraft|planes?|weapons?|guns?|rifles?|bod(?:y|ies)|cache|consignment|shipment|equipment|ammunition)\b")
_RECOVERED_IT = re.compile(r"recover(?:ed|s|ing)?\s+it\b")


def is_a_recovered_thing(view: str, start: int) -> bool:
    """Return True when the word at `start` of `view` is "recovered it" and the sentence named a
    vehicle, weapon or body before it: "it" is that thing, not a place."""
    return _RECOVERED_IT.match(view, start) is not None and _THING_BEFORE.search(view, 0, start) is not None
