"""A place that opens a conjunct of its own and is the subject of the verb after it ("The Taliban
took Kunduz on Sunday, and Mazar-i-Sharif, the north's largest city, held"; "... but Taloqan
remained under government control") is no object of the verb before it: that verb ends with its
own object, and the place's news is what its own predicate says, even when that predicate (a bare
"held") gives no status the rules read.

A relative clause after the place is no predicate of its own ("took X and Y, which was later
retaken": Y is still taken), nor is a noun ("and Y, whose fall ...").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from frontmap.extract import gaps
from frontmap.extract.triggers import Trigger

# the conjunction that opens the place's conjunct after a comma, right before it ("..., and the city of")
_CONJUNCT_BEFORE = re.compile(r",\s*(?:and|but|while|whereas|yet)\s+(?:the\s+(?:city|town|district)\s+of\s+)?$", re.IGNORECASE)
# what a list of names alone leaves between the verb and the conjunction ("took X, Y, and Z"): no clause ends there
_NAMES_ONLY = re.compile(r"[\s,]*(?:(?:the\s+)?(?:(?:districts?|cities|towns)\s+of\s+)?[A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*)*(?:\s+(?:districts?|provinces?))?[\s,]*)*")
_RELATIVE = re.compile(r"\b(?:which|that|who|whose|where|when)\b", re.IGNORECASE)
# a comma alone before the place (headline style: "Taliban overrun X, Y holds"): a conjunct of its
# own only when a finite verb of the place's own fate follows the place at once
_COMMA_BEFORE = re.compile(r",\s*$")
_OWN_VERB = re.compile(r"\s+(?:still\s+|also\s+)?(?:holds|held|stands|stood|remains|remained|falls|fell)\b(?!\s+by\b)", re.IGNORECASE)


def own_predicate_after(sentence: str, triggers: Sequence[Trigger], span: tuple[int, int]) -> bool:
    """Return True when the place at `span` opens a conjunct ("..., and X") and a verb after it
    has it as subject (only words a subject may have between, an aside set off by commas
    included, no relative clause): the verbs before the conjunction are not about it."""
    start, end = span
    conjunct = _CONJUNCT_BEFORE.search(sentence, max(0, start - 30), start)
    if conjunct is None:
        return _comma_conjunct(sentence, triggers, span)
    verb_end = max((t.end for t in triggers if t.end <= conjunct.start()), default=None)
    if verb_end is None or _NAMES_ONLY.fullmatch(sentence, verb_end, conjunct.start()):
        return False  # a list's last name ("took X, Y, and Z"), or no verb before to leave
    for trigger in triggers:
        if trigger.start >= end and not trigger.nominal:
            gap = sentence[end : trigger.start]
            return _RELATIVE.search(gap) is None and gaps.is_subject_gap(gap)
    return False


def _comma_conjunct(sentence: str, triggers: Sequence[Trigger], span: tuple[int, int]) -> bool:
    """Return True when the place at `span` follows a verb and a comma alone and its own finite
    verb comes right after it ("Taliban overrun X, Y holds"): no list item of the verb before."""
    start, end = span
    comma = _COMMA_BEFORE.search(sentence, max(0, start - 5), start)
    if comma is None or not any(t.end <= comma.start() and not t.nominal for t in triggers):
        return False
    return _OWN_VERB.match(sentence, end) is not None and any(t.start >= end and not t.nominal for t in triggers)
