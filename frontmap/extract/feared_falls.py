"""Feared falls: a loss someone only fears ("officials fear X has fallen", "the district chief feared
the Taliban had taken X", "there are fears X is being surrounded"), or fears but cannot confirm ("the
council chief said he feared the worst but could not confirm that the district had been lost").

Nobody in such a sentence says the place fell: the speaker only fears it, and a confirmation he
withholds is of his own fear, not of anyone's claim. It is no claim (which needs the Taliban or an
unverified source saying so) and no fall. A withheld confirmation of what others report ("could
not confirm the Taliban's claim", "feared reports that X had fallen were true") is left to the
reading of claims.
"""

from __future__ import annotations

import re

__all__ = ["only_feared"]

# the withheld confirmation, then only the words of its object clause up to the trigger
_UNCONFIRMED_BEFORE = re.compile(
    r" (?:(?:could|can|would|did)(?: +not| +n t)|cannot|couldn t|unable +to|not +able +to|no +way +to)"
    r" +(?:yet +|immediately +|independently +)?(?:confirm|verify|say|tell)"
    r" +(?:that|whether|if)(?: +[a-z]+){1,6} +$"
)
_FEAR = re.compile(r" (?:fear(?:s|ed|ing)?|afraid|worried|worries)\b")
# the fear's own object clause, up to the trigger's auxiliary, in one phrase (single spaces: no comma
# between, so not "fearing an attack, police abandoned X"), with no clause of telling or time between;
# the fear's own day may stand before "that" ("there were fears on Tuesday that X had fallen")
_FEARED_OBJECT = re.compile(
    r" (?:fears?|feared|fearing|afraid|worried)(?: +(?:on|late|early|last|by) +\w+)?(?: +that)?(?: (?!(?:said|says|told|as|when|after|because|but|and|while|since|before|until|so)\b)[a-z]+){0,6}?"
    r" (?:had|has|have|was|were|is|are|(?:may|might|could) +have|(?:had|has|have) +been|(?:was|were|is|are) +being) +$"
)
# someone else's word the speaker would be confirming: then it is a claim, read elsewhere
_CLAIMANT = re.compile(
    r" (?:taliban|insurgents?|militants?|group|claim\w*|reports?|reported|rumou?rs?|residents?|social +media|videos?|posts?|statements?|sources?)\b"
)


def only_feared(view: str, position: int) -> bool:
    """Return True when the trigger at `position` of the sentence's lower-case `view` is only
    feared: the object of a verb of fearing ("feared X had fallen"), or of a confirmation withheld
    ("could not confirm that X had been lost") by a speaker who, earlier in the sentence, only
    fears it, with no one else's word between."""
    before = " " + view[max(0, position - 160) : position]
    if _FEARED_OBJECT.search(before):
        return True
    unconfirmed = _UNCONFIRMED_BEFORE.search(before)
    if unconfirmed is None:
        return False
    fears = [m.end() for m in _FEAR.finditer(before, 0, unconfirmed.start() + 1)]
    return bool(fears) and _CLAIMANT.search(before, fears[-1]) is None
