"""Origins: a place named only as where troops or supplies came from ("reinforcements from Kabul",
"commandos sent from Mazar-i-Sharif", "flown in from Herat") is no event, whatever the fighting
told of the place they went to.

Only a movement of people or goods counts: "drove the Taliban from X" and "retook X from the
Taliban" keep their own readings.
"""

from __future__ import annotations

import re

_SENT = r"(?:sent|dispatched|deployed|redeployed|flown|airlifted|airdropped|brought|rushed|transferred)"
_MOVED = rf"(?:{_SENT}|moved|arriv(?:ed|ing)|c(?:ame|oming))"
_CARRIED = (
    r"(?:reinforcements?|troops|commandos|soldiers|forces|units?|convoys?|columns?|personnel|supplies|ammunition|aid"
    r"|militiamen|police(?:men)?|officers|battalions?)"
)
# "reinforcements from X", "troops who were flown in from X", "sent from X"; not "forces withdrew from X"
_ORIGIN_BEFORE_PLACE = re.compile(
    rf"(?:\b{_CARRIED}\s+(?:(?:who|that)\s+)?(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:{_MOVED}\s+(?:in\s+|over\s+|back\s+)?)?"
    rf"|\b{_SENT}\s+(?:in\s+|over\s+|back\s+)?)"
    r"from\s+(?:the\s+)?(?:(?:capital|city|province|provincial\s+capital|neighbouring|neighboring|nearby)\s+(?:of\s+)?)*$"
)


def is_origin(view: str, place_start: int) -> bool:
    """Return True when the place starting at `place_start` in the sentence view `view` is only
    where troops or supplies came from ("reinforcements sent from X")."""
    return bool(_ORIGIN_BEFORE_PLACE.search(view, max(0, place_start - 80), place_start))
