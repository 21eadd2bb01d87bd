"""A fronted partitive frame: in "Of three districts attacked overnight, X and Y were overrun" the
verb inside the frame tells what befell the whole set and the main verb after the comma what befell
the names, so the frame's verb is not the names' ("Of the towns attacked, X fell": X fell, no more)."""

from __future__ import annotations

import re

__all__ = ["inside_fronted_frame"]

# "Of three districts", "Of the two cities", "Of the 12 district centres" opening the sentence (or after a dateline dash)
_FRAME_OPENING = re.compile(
    r"(?:^|[\s\"“][-–—]\s*|^\W*)of\s+(?:the\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|all)\s+)?"
    r"(?:\w+\s+)?(?:districts|district\s+cent(?:res|ers)|cities|capitals|towns|bases|posts|outposts|checkpoints)\s+$",
    re.IGNORECASE,
)


def inside_fronted_frame(sentence: str, trigger_start: int, trigger_end: int, start: int) -> bool:
    """Return True when the verb at [trigger_start, trigger_end) stands inside a fronted "Of N
    districts <verb> ...," frame whose comma closes before the place at `start`."""
    if "," not in sentence[trigger_end:start]:
        return False
    return _FRAME_OPENING.search(sentence, 0, trigger_start) is not None
