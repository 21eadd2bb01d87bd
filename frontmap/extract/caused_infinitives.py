"""Infinitives told as done by a causative: "forced the troops to abandon X", "this led them to
capture X", "helped the army to retake X", "persuaded the governor to hand over X".

An infinitive is usually an aim ("sent to retake X"), but after a causative verb and its object it
tells what the object was made to do, so it happened. `frontmap.extract.cues` reads the
causatives written right before "to" ("were forced to withdraw"); this reads them with their
object between.
"""

from __future__ import annotations

import re

# a causative, up to four words of its object, then "to" (and an adverb): "forced government troops to",
# "led them to successfully"
_CAUSED_TO = re.compile(
    r"\b(?:forc(?:ed|ing)|compell(?:ed|ing)|oblig(?:ed|ing)|made|making|led|leading"
    r"|help(?:ed|ing)|enabl(?:ed|ing)|allow(?:ed|ing)|persuad(?:ed|ing)|convinc(?:ed|ing))"  # talked into it: they did it
    # not a choice made ("made the decision to enter X", "made an attempt to take X"): an aim, not a deed
    r"(?! +(?:the +|a +|an +|their +|its +|his +|no +)?(?:decisions?|attempts?|bids?|efforts?|plans?|moves?|preparations?|offers?|calls?)\b)"
    r"(?: +(?!to\b)\w+){1,4} +to +(?:\w+ly +)?$"
)
_REACH = 60  # characters before the verb in which the causative stands


def caused(view: str, clause_start: int, position: int) -> bool:
    """Return True when the infinitive ending right before `position` of the lower-case `view`
    follows a causative and its object ("forced the troops to <verb>")."""
    return _CAUSED_TO.search(view, max(clause_start, position - _REACH), position) is not None
