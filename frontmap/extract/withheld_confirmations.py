"""Withheld confirmations: a change named only as what someone has not confirmed ("the ministry is
yet to confirm the capture of X", "officials have not commented on the Taliban's claim of
seizing X").

The subject of such a sentence is the one who stays silent, not the one who took the place: read
as the actor of "capture", the government became the captor and the place the government's. The
change itself is only the other side's word, told (if at all) where the claim is made.

So too a change that is the object of a verb of telling ("officials confirmed the capture of X",
"the governor announced the fall of X"): the teller tells it, the noun's actor is someone else.
"""

from __future__ import annotations

import re

# the withholding verb, then only the words of its object up to the trigger
_WITHHELD_BEFORE = re.compile(
    r" (?:not|\w+n t|never|neither|yet +to|declined +to|refused +to|unable +to)"
    r"(?: +(?:yet|immediately|independently|officially|publicly|been|be))*"
    r" +(?:confirm(?:ed|s|ing)?|verif(?:y|ied|ies)|comment(?:ed|s)? +on|acknowledg(?:e|ed|es)|react(?:ed)? +to)"
    r"(?: +n?or +(?:den(?:y|ied|ies)|reject(?:ed|s)?))?"  # "did not confirm or deny the fall of X": no denial either
    r"(?: +(?:the|a|an|this|that|these|those|its|their|any|taliban|s|group|insurgents?|militants?|reports?|claims?"
    r"|news|announcement|statement|assertion|by|of|about|on|over|alleged|reported|purported"
    r"|district|city|town|capital|province|base|crossing|area|port))* *$"  # "the district's fall"
)


def withheld(before: str) -> bool:
    """Return True when `before` (the lower-case view up to a trigger, from its clause on) ends in
    a confirmation withheld whose object the trigger completes, so the trigger tells no fact."""
    return bool(_WITHHELD_BEFORE.search(" " + before))


# a verb of telling right before the noun of a change: "confirmed the capture of X", "announced
# the fall of X", "reported the Taliban's seizure of X" (the words between only its object's)
_TOLD_BEFORE = re.compile(
    r" (?:confirm(?:ed|s|ing)?|announc(?:e|ed|es|ing)|report(?:ed|s|ing)?|acknowledg(?:e|ed|es|ing)|verif(?:y|ied|ies)"
    r"|comment(?:ed|s)? +on|welcom(?:e|ed|es)|condemn(?:ed|s)?|decr(?:y|ied|ies))"
    r"(?: +(?:the|a|an|this|that|its|their|news|reports?|claims?|of|about|on|by|taliban|s|group|insurgents?|militants?))* *$"
)


# "did not confirm or deny", "neither confirmed nor denied", "declined to confirm or deny": the
# denial verb is the second half of an answer withheld, so it denies nothing
_UNDECIDED_DENIAL = re.compile(
    r" (?:not|\w+n t|never|neither|declined +to|refused +to|unable +to)(?: +(?:yet|immediately|independently|officially|publicly))*"
    r" +(?:confirm(?:ed|s|ing)?|verif(?:y|ied|ies)|acknowledg(?:e|ed|es)) +n?or *$"
)


def undecided_denial(padded: str, position: int) -> bool:
    """Return True when the verb of denial at `position` in the padded lower-case view is the
    second half of a withheld answer ("did not confirm or deny"), so it is no denial."""
    return _UNDECIDED_DENIAL.search(padded, max(0, position - 70), position) is not None


def told_change(view: str, position: int) -> bool:
    """Return True when the noun of a change at `position` in the lower-case `view` is the object
    of a verb of telling ("officials confirmed the capture of X"), so the teller is not its actor."""
    return bool(_TOLD_BEFORE.search(" " + view[max(0, position - 60) : position]))


# an armed side announcing its own gain: "fighters loyal to Saleh announced the capture of X", "the
# resistance declared the seizure of X". Confirming or reporting a change tells another's deed.
_ANNOUNCED_GAIN_BEFORE = re.compile(
    r" (?:announc(?:e|ed|es|ing)|declar(?:e|ed|es|ing))(?: +(?:the|its|their|of))* +$"
)
_GAIN_NOUN = re.compile(r"(?:re)?captur\w*|seiz\w*|takeover|taking|liberation")
# the announcer is armed men, not officials or a ministry telling the news
_ARMED_ANNOUNCER = re.compile(r"\b(?:forces|fighters|troops|militias?|militiamen|resistance|commandos|soldiers|gunmen)\b")


def announced_gain(view: str, position: int) -> bool:
    """Return True when the noun of a gain at `position` in the lower-case `view` is the object of
    "announced" or "declared" and armed men announce it: they are the ones who gained the place."""
    told = _ANNOUNCED_GAIN_BEFORE.search(" " + view[max(0, position - 40) : position])
    if _GAIN_NOUN.match(view, position) is None or told is None:
        return False
    verb = max(0, position - 40) + told.start()  # the shift of the leading space and the match's space cancel
    return _ARMED_ANNOUNCER.search(_announcer(view[max(0, verb - 120) : verb])) is not None


_ASIDE = re.compile(r" *(?:led|commanded|backed|loyal|who|which)\b")


def _announcer(before: str) -> str:
    """Return the words of the announcer before the verb, back to a comma, passing over an aside
    set off by commas ("fighters loyal to Saleh, led by a local commander, announced")."""
    chunks = [chunk for chunk in before.split("  ") if chunk.strip()]
    while len(chunks) > 1 and _ASIDE.match(chunks[-1]):
        chunks.pop()
    return chunks[-1] if chunks else ""
