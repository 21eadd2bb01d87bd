"""Lives, kin and homes "lost" at a place are deaths and hardship there, not the place lost.

"Three of his relatives lost their lives in the blast outside Kabul airport" and "families who lost
their homes in Kunduz" tell what people lost where they were: the verb "lost" there says nothing
of who holds the place. What a side loses of its ground is still a loss ("lost their positions in
X", "lost its hold on X", "lost control of X").
"""

from __future__ import annotations

import re

__all__ = ["is_a_lost_life"]

_LOSE = re.compile(r"los(?:t|e|es|ing)\s")
_PERSONAL_LOSS = re.compile(
    r"los(?:t|e|es|ing)\s+(?:(?:their|his|her|its|our|my|your|the|all|many|several|two|three|four|five|\d+)\s+)?(?:own\s+|young\s+)?"
    r"(?:lives|life|loved\s+ones|relatives|family\s+members|famil(?:y|ies)|sons?|daughters?|children|husbands?|wives|brothers?"
    r"|fathers?|mothers?|homes?|houses?|jobs?|livelihoods?|belongings|possessions|everything|limbs?|legs?|arms?|eyes?|hope)\b"
)


def is_a_lost_life(view: str, start: int) -> bool:
    """Return True when the word "lost" (or "lose", "loses", "losing") starting at `start` of `view`
    (a sentence's lower-case view) has a life, kin or a home as its object ("lost their lives in X")."""
    return _LOSE.match(view, start) is not None and _PERSONAL_LOSS.match(view, start) is not None
