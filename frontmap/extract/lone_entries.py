"""Lone entries: one person getting into a place, no force getting in.

"A senior Taliban intelligence chief had entered X", "Mullah Y, a Taliban commander, entered X",
"I resumed my efforts to enter X": an official, a named envoy or the writer on a journey went in,
and nobody fought for the place or took it. A commander entering "with hundreds of fighters" is
still a force, and so is a plural ("Taliban commanders and their men entered X").

Everything here reads the sentence's view (`frontmap.extract.text.text_view`: lower case,
punctuation as spaces, same offsets as the sentence).
"""

from __future__ import annotations

import re

from frontmap.extract.triggers import ENTER, FIGHT, Trigger

_PERSON = (
    r"(?:chief|commander|official|governor|leader|spokesman|spokesperson|envoy|delegate|negotiator|mediator|minister"
    r"|deputy|emissary|representative|cleric|elder|reporter|journalist|correspondent|photographer|doctor)"
)
_AUX = r"(?:\s+(?:who|had|has|was|also|reportedly|himself|herself|then|later|finally|quietly|secretly))*\s*$"
# "a senior Taliban intelligence chief had", ", a Taliban commander,": one person as the subject
_ONE_PERSON_BEFORE = re.compile(r"(?:^|\s)(?:a|an|the|one)\s+(?:[\w-]+\s+){0,3}?" + _PERSON + _AUX)
# the writer's own journey: "I resumed my efforts to", "I tried again to", "my attempt to"
_NARRATOR_BEFORE = re.compile(
    r"(?:(?:^|\s)i\s+(?:\w+\s+){0,2}?(?:tried|attempted|managed|wanted|hoped|set\s+out|resumed|made|began|started|was\s+able)\s+(?:\w+\s+){0,3}?"
    r"|\b(?:my|our)\s+(?:\w+\s+)?(?:efforts?|attempts?|bid|trip|journey|way)\s+)(?:to\s+)?$"
)
# an attempt to get in, read as a fight when an armed side makes it ("efforts to enter")
_ENTRY_ATTEMPT = re.compile(r"(?:efforts?|attempts?|bids?|tr(?:y|ied|ying))\s+to\s+(?:enter|reach|get)\b")
# a force along with the person: "with hundreds of fighters", "and his men"
_FORCE_AFTER = re.compile(r"\s+(?:\w+\s+){0,4}?(?:with|and|along\s+with|leading|at\s+the\s+head\s+of)\s+(?:\w+\s+){0,4}?(?:fighters|men|troops|forces|militants|insurgents|convoy|column)\b")


def lone_entry(view: str, trigger: Trigger) -> bool:
    """Return True when the entry trigger's subject is one person or the writer ("an intelligence
    chief had entered X", "I resumed my efforts to enter X") with no force told with them."""
    before = view[max(0, trigger.start - 70) : trigger.start]
    if trigger.kind == FIGHT and _ENTRY_ATTEMPT.match(trigger.text.lower()):
        return _NARRATOR_BEFORE.search(before + "to ") is not None  # "my efforts to enter X": the writer's trip
    if trigger.kind != ENTER or not (_ONE_PERSON_BEFORE.search(before) or _NARRATOR_BEFORE.search(before)):
        return False
    return _FORCE_AFTER.match(view, trigger.end, trigger.end + 80) is None and not _FORCE_AFTER.search(before)
