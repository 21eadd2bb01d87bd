"""A past participle with its agent that only describes the subject before the sentence's own
verb: "the three areas captured by the resistance forces have been retaken by the Taliban", "X,
seized by militias on Friday, was retaken by the Taliban on Sunday".

The participle tells how the place stood before ("captured by the resistance"); the finite verb
after it tells what happened now. Read as a trigger of its own, the participle gives the place to
the side it names while the main verb gives it to the other, and the two readings cancel: the
participle is no trigger. A participle after "was", "has been" and the like is itself the verb
("was captured by the resistance and has since been retaken"), and "and", "but" or a relative
word between the two verbs starts a clause of its own: both keep their readings. Words that only
point back in the text ("the city mentioned above has fallen") stand between a subject and its
verb in the same way.
"""

from __future__ import annotations

import re

_PARTICIPLE = r"(?:captured|seized|taken|held|overrun|retaken|recaptured|controlled|occupied|liberated)"
_AGENT_WORDS = r"(?:(?!(?:and|but|while|who|which|that|before|after|until|when)\b)[\w'-]+[\s,]+){1,7}?"
_MAIN_VERB = (
    r"(?:(?:have|has|had)\s+(?:since\s+|now\s+|also\s+|again\s+|already\s+)?been|was|were|is|are)\s+"
    r"(?:\w+ly\s+|since\s+|now\s+|again\s+)?(?:re-?\w+|captured|seized|taken|overrun|lost|abandoned|cleared|freed)\b"
)
_REDUCED = re.compile(_PARTICIPLE + r"\s+by\s+" + _AGENT_WORDS + _MAIN_VERB)
# "the four districts attacked on Friday fell": a participle and its day only, then the subject's own verb
_DAY_ONLY = r"(?:(?:on|late|early|last)\s+(?:on\s+)?\w+day|overnight|last\s+week|this\s+week|over\s+the\s+weekend)"
_ATTACKED = re.compile(
    r"(?:attacked|besieged|targeted|encircled|surrounded|assaulted|stormed)\s+" + _DAY_ONLY
    + r"\s+(?:fell|(?:have|has|had)\s+(?:since\s+)?fallen|(?:were|was)\s+(?:overrun|captured|taken|lost|abandoned|retaken))\b"
)
_BE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being|have|has|had|get|got)\s+(?:\w+ly\s+)?$")


def is_a_reduced_relative(view: str, start: int) -> bool:
    """Return True when the trigger word at `start` of `view` (a padded lower-case view) is a past
    participle with its agent describing the subject of a finite verb that follows (see the
    module notes)."""
    if _REDUCED.match(view, start) is None and _ATTACKED.match(view, start) is None:
        return False
    return _BE_BEFORE.search(view, max(0, start - 30), start) is None


# the same participle at the head of the words between a subject and its verb ("X captured by the
# militias on Friday have been retaken"): what is left is the verb's own
_GAP_HEAD = re.compile(r"^(\s*,?\s*)" + _PARTICIPLE + r"\s+by\s+" + _AGENT_WORDS + r"(?=(?:have|has|had|was|were|is|are)\b)", re.IGNORECASE)


# "the four districts attacked on Friday fell": the participle and its day at the head of the gap
_ATTACKED_HEAD = re.compile(r"^(\s*)(?:attacked|besieged|targeted|encircled|surrounded|assaulted|stormed)\s+" + _DAY_ONLY + r"\s*$", re.IGNORECASE)


# "the city mentioned above", "the district named in our previous update", "the town we reported on
# earlier": words that only point back in the text to the place meant, no verb of the clause
_POINTER_HEAD = re.compile(
    r"^(\s*,?\s*)(?:(?:we|i)\s+(?:have\s+|had\s+)?)?(?:mentioned|named|cited|described|referred\s+to|reported(?:\s+on)?|listed|noted)\s+"
    r"(?:above|earlier|before|previously|(?:in|on)\s+(?:our|the|an?|this)\s+(?:earlier|previous|last|first)\s+(?:entry|post|update|report|item))\s*,?\s*",
    re.IGNORECASE,
)


def without_participle(gap: str) -> str:
    """Return `gap` (the words between a subject and its verb) without a participle and its agent
    at its head ("captured by the militias have been" -> "have been"), a participle and its day
    alone ("attacked on Friday " -> " "), or the words pointing back in
    the text to the subject ("mentioned above has now" -> "has now")."""
    return _POINTER_HEAD.sub(r"\1", _GAP_HEAD.sub(r"\1", _ATTACKED_HEAD.sub(r"\1", gap, count=1), count=1), count=1)
