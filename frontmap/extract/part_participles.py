"""Part participles: a part of a place named right before a taking or clearing participle ("a
checkpoint recaptured from the Taliban in X", "posts seized by the insurgents in X district", a
headline's "Villages cleared in X"). The participle is said of the part; the place after "in" or
"of" is only where the part lies. A side took some of the place, not all of it: the place is fought
over, as when a side "retook a checkpoint in X".
"""

from __future__ import annotations

import re

from frontmap.extract.triggers import CAPTURE, EXPEL, RETAKE, Trigger

# a part right before the participle: "a checkpoint recaptured", "several posts seized", "villages retaken"
_PART_BEFORE = re.compile(  # (a headline may open with it)
    r"(?:^| )(?:check-?points?|posts?|outposts?|bases?|villages?|areas?|positions?|hills?|hilltops?|bridges?"
    r"|security +belts?|compounds?|bazaars?|markets?|neighbou?rhoods?)(?: +(?:now|since|recently|briefly))? *$"
)
# the participle itself (no auxiliary before it is checked by the part noun standing right before it)
_PARTICIPLE = re.compile(r"^(?:re-?)?(?:captured|taken|seized|overrun|won\s+back|cleared|liberated)\b", re.IGNORECASE)
# the place after the participle only locates the part: "from the Taliban in X", "by commandos in the X district"
_LOCATING_GAP = re.compile(
    r"\s*(?:[\w'-]+\s+){0,5}?(?:in|of|inside|around)\s+(?:the\s+)?(?:(?:city|town|district|province)\s+of\s+)?$", re.IGNORECASE
)


def part_taken_before(view: str, trigger: Trigger, gap: str) -> bool:
    """Return True when the taking participle `trigger` has a part noun right before it and the
    place after it (reached through `gap`) only locates that part."""
    return (trigger.kind in (CAPTURE, RETAKE, EXPEL) and not trigger.nominal and bool(_PARTICIPLE.match(trigger.text))
            and bool(_PART_BEFORE.search(view, max(0, trigger.start - 30), trigger.start)) and bool(_LOCATING_GAP.match(gap)))
