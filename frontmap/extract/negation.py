"""Negated control statements: what "has not fallen" or "is no longer under government control" says.

A statement said not to have happened tells the opposite of what it would have told: the Taliban
did not take the place, so the government still holds it ("the Taliban have not captured any part
of X", "forces have not withdrawn from X"); the government did not win it back or clear it, so
the Taliban still hold it ("X has not been retaken", "the district has not been cleared", "X is
no longer under government control"). Fighting said not to have happened ("have not entered X")
tells nothing, and so does a claim said not to have been made ("the Taliban did not claim X"):
its silence holds neither side.
"""

from __future__ import annotations

from frontmap.extract.triggers import ENTER, FIGHT
from frontmap.status import CLAIMED, GOVERNMENT, TALIBAN


def negated_status(status: str | None, kind: str, claimed: bool = False, verb: str = "") -> str | None:
    """Return the status a negated trigger of `kind` (its words `verb`) gives, from the status it
    would give unnegated (None: nothing); `claimed`: only the Taliban say so, so their hold is a claim."""
    if kind in (ENTER, FIGHT) or status is None or verb.lower().startswith("claim"):
        return None
    if status in (TALIBAN, CLAIMED):
        return GOVERNMENT
    if status == GOVERNMENT:
        return CLAIMED if claimed else TALIBAN
    return None
