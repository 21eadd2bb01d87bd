"""A place that surrenders: "after the city surrendered" is the surrender of those who held it.

"Taliban fighters entered X on Sunday after the city surrendered": the fighters named in the first
clause are not who surrendered; the city, the subject right before the verb, gave itself up, so
the verb hands it to the other side whoever an earlier clause names.
"""

from __future__ import annotations

import re

from frontmap.extract.triggers import HANDOVER, Trigger

__all__ = ["surrendered_itself"]

# between the place and its verb: only auxiliaries and adverbs ("the city had finally surrendered")
_SUBJECT_GAP = re.compile(r"\s*(?:(?:had|has|have|was|were|also|then|soon|\w+ly)\s+)*")


def surrendered_itself(view: str, trigger: Trigger, place_end: int) -> bool:
    """Return True when the handover verb `trigger` has the place ending at `place_end` as its own
    subject ("the city surrendered", "X had quickly surrendered"): the verb's actor is its holders."""
    if trigger.kind != HANDOVER or trigger.nominal or place_end > trigger.start:
        return False
    gap = _SUBJECT_GAP.match(view, place_end, trigger.start)
    return gap is not None and gap.end() == trigger.start
