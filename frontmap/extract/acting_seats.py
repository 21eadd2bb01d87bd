"""A place named as the government that acts from it, not as a place where anything happens.

"The offensive in Takhar forced Kabul to deploy commandos", "the fighting prompted Kabul to rush
reinforcements north", "Kabul has sent more troops": the capital stands for the government that
sends and orders; the fighting is elsewhere. A place is read so when a verb of sending, deploying
or ordering follows it as its own verb, or, after a verb of causing ("forced", "prompted", "led"),
as the infinitive it is made to do. So is the capital that is warned, asked or pressed ("commanders
had warned Kabul for days that an attack was coming", "appealed to Kabul for reinforcements"): the
government addressed, not a place where the warned-of attack happens.
"""

from __future__ import annotations

import re

__all__ = ["acts_as_government"]

# what a government does with troops and orders, not what happens to a town
_ACTS = (r"(?:deploy|send|dispatch|rush|airlift|fly|reinforce|mobili[sz]e|order|respond|scramble|redeploy|recruit|arm)")
# "Kabul deployed", "Kabul has sent", "Kabul quickly dispatched": the place's own verb
_ACTING_AFTER = re.compile(
    r"\s+(?:(?:has|had|have|then|quickly|hastily|also|later|since)\s+){0,2}"
    r"(?:deployed|sent|dispatched|rushed|airlifted|flew|reinforced|mobili[sz]ed|ordered|responded|scrambled|redeployed|recruited|armed)"
    r"\s+(?:\w+\s+){0,3}?(?:troops|soldiers|forces|reinforcements|commandos|special|militia\w*|men|units|aircraft|planes|helicopters|by|to|more|fresh|additional|hundreds|thousands)\b",
    re.IGNORECASE,
)
# "forced Kabul to deploy", "prompting Kabul to rush": the government made to act
_CAUSED_BEFORE = re.compile(
    r"\b(?:forc|prompt|le(?:d|ad)|push|compel|oblig|spur|driv|drove|press|urg)\w*\s+$", re.IGNORECASE)
_CAUSED_AFTER = re.compile(r"\s+to\s+(?:\w+ly\s+)?" + _ACTS + r"\b", re.IGNORECASE)
# "warned Kabul", "appealed to Kabul", "pleaded with Kabul": the government addressed, then what it was told or asked
_ADDRESSED_BEFORE = re.compile(
    r"\b(?:warn(?:ed|s|ing)?|ask(?:ed|s|ing)?|beg(?:ged|s|ging)?|implor(?:ed|es|ing)|alert(?:ed|s|ing)?|lobb(?:ied|ies|ying)"
    r"|petition(?:ed|s|ing)?|appeal(?:ed|s|ing)?\s+to|plead(?:ed|s|ing)?\s+with|pled\s+with|call(?:ed|s|ing)?\s+on)\s+$",
    re.IGNORECASE,
)
_ADDRESSED_AFTER = re.compile(
    r"(?:\s+(?:again|repeatedly|for\s+(?:days|weeks|months)|in\s+vain|(?:(?:late|early)\s+)?on\s+\w+day|\w+day))*\s*,?\s+(?:that|to|for|about|of)\b",
    re.IGNORECASE)
# "the battle between Kabul and the Taliban", "talks between the insurgents and Kabul": a side, not a place
_SIDES = r"(?:the\s+)?(?:Taliban|insurgents|militants|insurgency)"
_SIDE_BEFORE = re.compile(r"\bbetween\s+(?:" + _SIDES + r"\s+and\s+)?$", re.IGNORECASE)
_SIDE_AFTER = re.compile(r"\s+and\s+" + _SIDES + r"\b", re.IGNORECASE)


def acts_as_government(sentence: str, start: int, end: int) -> bool:
    """Return True when the place at sentence[start:end] is the government acting ("forced Kabul
    to deploy commandos", "Kabul has sent reinforcements") or addressed ("warned Kabul that"), so
    no event place."""
    if _ACTING_AFTER.match(sentence, end) or _opposes_taliban(sentence, start, end):
        return True
    if _ADDRESSED_BEFORE.search(sentence, max(0, start - 30), start) and _ADDRESSED_AFTER.match(sentence, end):
        return True
    return bool(_CAUSED_AFTER.match(sentence, end) and _CAUSED_BEFORE.search(sentence[max(0, start - 30) : start]))


def _opposes_taliban(sentence: str, start: int, end: int) -> bool:
    """Return True when the place is one side of a pair with the Taliban ("the battle between Kabul
    and the Taliban", "between the insurgents and Kabul"): the government it stands for."""
    before = _SIDE_BEFORE.search(sentence[max(0, start - 40) : start])
    if before is None:
        return False
    return " and " in before.group(0) or _SIDE_AFTER.match(sentence, end) is not None
