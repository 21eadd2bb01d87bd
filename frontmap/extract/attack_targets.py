"""Attack targets: the men an attack was aimed at, told after an expel verb, were not driven out.

"Forces repelled the attacks on police posts in X", "troops pushed back an assault on army
checkpoints in X": the police and the army are what the attack was on. The expel verb's object is
the attack, and the side it drove off is the attack's owner ("repelled the Taliban attack on ..."),
never the side named after its "on", "against" or "at". Read naively, the police after "on" would
be the ones driven out, and X would turn Taliban.
"""

from __future__ import annotations

import re

# in the sentence's lower-cased view, right after the expel verb: "the (taliban) attacks on", "an assault against"
_ATTACK_ON = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:attacks?|assaults?|offensives?|raids?|onslaughts?|advances?|push|pushes|incursions?)"
    r"\s+(?P<prep>on|against|at)\b"
)


def reach_before_target(view: str, verb_end: int, reach: int) -> int:
    """Return how far past `verb_end` (at most `reach`) the expelled side may be named: up to the
    "on", "against" or "at" of an attack that is the expel verb's object ("repelled the attacks on police
    posts": the attack's own words only), else `reach` unchanged."""
    match = _ATTACK_ON.match(view, verb_end)
    if match is None:
        return reach
    return min(reach, match.start("prep") - verb_end)
