"""Advancing clauses: who takes what a participle names after a clause of advance.

"The president fled as Taliban fighters surged into the capital, taking the air base nearby": the
taking participle right after the comma continues the advance of the clause it follows (the fighters
surging in), not the main clause's subject (the president fleeing). Only a clause opened by "as",
"while" or "when" whose own verb tells an advance (surged, swept, pushed, moved, stormed ...) hands
its subject on; "the Taliban pressed on as troops withdrew, seizing X" keeps the main subject.
"""

from __future__ import annotations

import re

from frontmap.extract.triggers import CAPTURE

# the advance verb right after the clause's subject ("surged into", "also swept across", "poured in")
_ADVANCE_AFTER = re.compile(
    r" +(?:\w+ly +|also +|then +|later +)?(?:surged?|surging|swept|sweep(?:ing|s)?|advanc(?:ed|ing|es?)|push(?:ed|ing|es)|press(?:ed|ing)|"
    r"mov(?:ed|ing)|march(?:ed|ing)|roll(?:ed|ing)|storm(?:ed|ing)|pour(?:ed|ing)|stream(?:ed|ing)|drove|driving|"
    r"rac(?:ed|ing)|rush(?:ed|ing)|closed|closing|entered|entering)\b",
    re.IGNORECASE,
)
# "as", "while", "when" opening the clause, a few words (the subject's modifiers) before the actor
_OPENED_BEFORE = re.compile(r"(?<![\w])(?<!such )(?<!well )(?<!known )(?<!same )(?:as|while|when) +(?:[\w'’-]+ +){0,3}$", re.IGNORECASE)


def advancer(view: str, found: list[tuple[int, int, str, bool]], position: int, kind: str) -> str | None:
    """Return the side of the subject of an "as/while/when" clause of advance that ends at the comma
    right before the taking participle at `position`, or None when no such clause stands there."""
    if kind != CAPTURE or view[max(0, position - 2) : position] != "  ":
        return None
    for start, end, side, subject in reversed(found):
        if end > position:
            continue
        if "  " in view[end : position - 2]:
            return None  # the nearest clause before the comma names no actor of its own
        if not subject or not _ADVANCE_AFTER.match(view, end):
            continue
        before = view[max(0, start - 40) : start]  # "as Taliban militants": the modifiers stand in the gap
        return side if _OPENED_BEFORE.search(before) and "  " not in before[-25:] else None
    return None
