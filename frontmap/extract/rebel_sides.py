"""Which side "the rebels" are: the Taliban until they took Kabul, their armed opponents after.

Until 15 August 2021 the reports call the Taliban "the rebels" ("the rebels overran X"). Once the
Taliban are the government in Kabul, the same words name the fighters against them: "X has been
recaptured by the rebel forces" in a late-August report is the resistance's retake, not a Taliban
one. The actors of a sentence are read from its view (`frontmap.extract.roles`), which counts
"rebels" as the Taliban's; in a report published after the takeover the words are written in the
view as the government side's (same length, so every offset stays). Only a report that speaks of
the fight against the Taliban (the resistance, an uprising, Massoud's front, rebels set against
the Taliban in one sentence) reads so: a later recap of the summer's offensive ("the rebels swept
the north in July") keeps rebels the Taliban's, and so does a report that itself calls the
Taliban rebels ("Taliban rebels"). A "rebel" that describes a place ("took the rebel province of
Panjshir under their control") names no side at all: it is neither rewritten nor read as an actor
(`PLACE_AHEAD`, also used by `frontmap.extract.roles`).
"""

from __future__ import annotations

import datetime as dt
import re

TAKEOVER = dt.date(2021, 8, 15)  # the Taliban enter Kabul: from the next day they are the government

# "the rebel Afghan province of Panjshir", "a rebel district": the word describes the place (one the
# Taliban's opponents hold or the Taliban contest), not men who act in the sentence; it names no side
PLACE_AHEAD = (r"(?! +(?:(?:afghan|northern|southern|eastern|western|central|mountain|mountainous|holdout|remote|last)\s+){0,2}"
               r"(?:province|district|region|valley|stronghold|enclave|bastion|heartland|territory|town|city)s?\b)")
_REBEL = re.compile(r"\brebel(s?)\b" + PLACE_AHEAD)
# the report names the Taliban themselves as rebels: "the Taliban rebels", "rebel Taliban"
_TALIBAN_REBELS = re.compile(r"\b(?:taliban(?:'s|s)?\s+rebels?|rebel\s+taliban)\b", re.IGNORECASE)
# the report speaks of armed opposition to the Taliban, or sets rebels against the Taliban in one
# sentence ("the rebels attacked Taliban positions"): only then are its rebels that opposition
_RESISTANCE = re.compile(r"\b(?:resistance|anti-?\s?taliban|uprising|massoud|nrf)\b"
                         r"|\brebels?\b[^.!?]{0,200}?\btaliban\b|\btaliban\b[^.!?]{0,200}?\brebels?\b", re.IGNORECASE)


def after_takeover(text: str, published: dt.date | None) -> bool:
    """Return True when a report published on `published` reads "rebels" as the Taliban's opponents:
    published after the takeover, speaking of the resistance, and nowhere calling the Taliban rebels."""
    return (published is not None and published > TAKEOVER and _RESISTANCE.search(text) is not None
            and not _TALIBAN_REBELS.search(text))


def as_opponents(view: str) -> str:
    """Return the sentence `view` with "rebel(s)" written as words of the side against the Taliban."""
    if "rebel" not in view:
        return view
    return _REBEL.sub(lambda m: "forces" if m.group(1) else "andsf", view)


def article_view(view: str | None, text: str, published: dt.date | None) -> str | None:
    """Return the article's `view` with its rebels written as the Taliban's opponents when the report
    is published after the takeover (`after_takeover`), else `view` as it is."""
    if view is None or "rebel" not in view or not after_takeover(text, published):  # most reports name no rebels: no scan
        return view
    return as_opponents(view)
