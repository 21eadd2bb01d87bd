"""A hold fought for is fighting at the place, not a hold of it.

"Government forces were fighting to hold X", "troops battled to keep X": the infinitive is what
the fighting is for, and the fighting is at the place (contested). The hold word after it is no
hold told as a fact, nor an aim that cancels the fighting: it says nothing of its own, and the
fighting verb before it gives the reading. An aim with no fighting verb ("plans to hold X",
"vowed to hold X") stays what `frontmap.extract.cues` makes of it.
"""

from __future__ import annotations

import re

__all__ = ["is_a_fought_hold"]

_FOUGHT_FOR = re.compile(r"\b(?:fight(?:s|ing)?|fought|battl(?:e|es|ed|ing)|clash(?:ed|ing))\s+(?:hard\s+|on\s+)?to\s+$")
_HOLD_WORDS = ("hold", "keep", "retain", "defend", "protect")


def is_a_fought_hold(view: str, start: int) -> bool:
    """Return True when the hold word starting at `start` of `view` (a sentence's lower-case view)
    is the aim of a fighting verb right before it ("fighting to hold X")."""
    return view.startswith(_HOLD_WORDS, start) and _FOUGHT_FOR.search(view, max(0, start - 30), start) is not None
