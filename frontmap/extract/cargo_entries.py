"""Cargo entries: goods and the vehicles that carry them coming into a place, no side getting in.

Trade reports tell of "food-laden trucks" that "entered the country" at Hairatan, flour lorries
that "rolled into Jalalabad" or aid convoys that "entered Kunduz". The words are those of an
advance, but nobody armed moved: the place stays as it was on the map. Fighters riding in trucks
("Taliban fighters in pickup trucks rolled into Kunduz") are still an armed side getting in.

Everything here reads the sentence's view (`frontmap.extract.text.text_view`: lower case,
punctuation as spaces, same offsets as the sentence).
"""

from __future__ import annotations

import re

from frontmap.extract.cues import ARMED_SIDE
from frontmap.extract.triggers import ENTER, Trigger

# the goods or their carriers right before the entry verb, with what they carry or where they come from
_CARGO_BEFORE = re.compile(
    r"\b(?:trucks?|lorr(?:y|ies)|tankers?|containers?|wagons?|trains?|buses|goods|cargo|consignments?|shipments?"
    r"|supplies|imports|exports|commodities|aid(?:\s+convoys?)?|food|flour|wheat|fuel|fruit)"
    r"(?:\s+(?:carrying|laden|loaded|bringing|filled|packed|with|of|from)\b[\w\s]{0,50}?)?"
    r"(?:\s+(?:have|has|had|were|was|are|is|also|finally|began|begun|started|to|been))*"
    r"(?:\s+(?:made|rode|drove|wound|crept|found|[a-z]+ed))?\s*$"  # "aid convoys made (wound) their way into X": the verb before the trigger's "their way"
)


def cargo_entry(view: str, trigger: Trigger) -> bool:
    """Return True when the entry trigger's subject is goods or their carriers ("food-laden trucks
    have entered the country", "lorries carrying flour rolled into X") with no armed side in it."""
    if trigger.kind != ENTER:
        return False
    before = view[max(0, trigger.start - 110) : trigger.start]
    # an armed side in the subject makes the trucks theirs ("Taliban fighters in pickup trucks")
    return bool(_CARGO_BEFORE.search(before)) and not ARMED_SIDE.search(before)
