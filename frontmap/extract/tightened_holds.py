"""A hold "tightened" on a town is pressure on it, not a hold of it.

"The Taliban are trying to tighten their hold on Lashkar Gah" tells of insurgents pressing a town
they do not hold, as "tightened their grip on X" does: the word "hold" there says nothing of who
holds the place. A hold kept or strengthened ("kept their hold on X") is still one.
"""

from __future__ import annotations

import re

__all__ = ["is_a_tightened_hold"]

_TIGHTENED_BEFORE = re.compile(r"\btighten(?:s|ed|ing)?\s+(?:(?:their|its|his|the|a|an)\s+)?(?:\w+\s+)?$")


def is_a_tightened_hold(view: str, start: int) -> bool:
    """Return True when the word "hold" starting at `start` of `view` (a sentence's lower-case view)
    is the object of "tighten" ("tighten their hold on X")."""
    return view.startswith("hold", start) and _TIGHTENED_BEFORE.search(view, max(0, start - 40), start) is not None
