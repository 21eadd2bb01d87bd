"""A fall the same sentence takes back: "X's police chief and his men surrendered, but the district
centre remained in government hands".

The map follows who holds a place's seat. A surrender or a capture told of a place, then a "but"
clause saying its seat (the district centre, the governor's compound, the city centre) is still
held by government forces, tells a place fought over and not yet lost: the verdict becomes
contested, and the seat's hold, which the sentence also tells, stands beside it.
"""

from __future__ import annotations

import dataclasses
import re

from frontmap.status import CONTESTED, TALIBAN

__all__ = ["seat_still_held"]

_SEAT = (
    r"(?:district\s+(?:cent(?:re|er)|headquarters|compound|administrative\s+cent(?:re|er))|governor['’]?s?\s+(?:compound|office|house)"
    r"|city\s+cent(?:re|er)|provincial\s+(?:headquarters|capital))"
)
# ", but the district centre remained in government hands", "but the governor's compound is still held by the army"
_SEAT_HELD_AFTER = re.compile(
    r"[^.;]{0,160}?,?\s+but\s+(?:the\s+|its\s+)?" + _SEAT + r"\s+(?:\w+\s+){0,2}?"
    r"(?:remain(?:ed|s)?|stay(?:ed|s)?|is|was)(?:\s+still)?(?:\s+(?:held|controlled))?\s+(?:in|under|with|by)\s+"
    r"(?:the\s+)?(?:control\s+of\s+(?:the\s+)?)?(?:government|afghan\s+(?:forces|army|government)|security\s+forces|army|troops)\b",
    re.IGNORECASE,
)


def seat_still_held(sentence: str, verdict, place_end: int):
    """Return `verdict` (a `rules.Verdict`), or, when it tells the place taken and a "but" clause
    after it says the place's seat is still in government hands, the same verdict made contested."""
    if verdict is None or verdict.status != TALIBAN or "but" not in sentence.lower():  # the cheap test first: asked for every taking
        return verdict
    after = max(place_end, verdict.trigger_start + len(verdict.trigger))
    if _SEAT_HELD_AFTER.match(sentence, after) is None:
        return verdict
    return dataclasses.replace(verdict, status=CONTESTED)
