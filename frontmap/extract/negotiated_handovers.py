"""Handovers still being negotiated: "elders were negotiating on Wednesday for the handover of X",
"were negotiating the surrender of X", "officials are bargaining over the surrender of X", "elders
talk handover of X", "trying to arrange the handover of X", "elders urge surrender of X",
"rejected the handover of X", "were awaiting a peaceful transfer of X".

A handover someone is still negotiating for (over, about) has not happened: it is a topic of the
talks, like the nouns `frontmap.extract.cues` reads ("talks over the handover of X"). Told with the
verb, the progressive or the present says the talks go on; a past "negotiated the handover of X"
(its object right after the verb) tells a handover that was done, and stays a fact.
"""

from __future__ import annotations

import re

# the verb of talks in the progressive or the present, up to four words ("on Wednesday", "with the
# Taliban"), then "for" / "over" / "on" / "about" and up to three words of the noun's determiner
_NEGOTIATING_FOR = re.compile(
    r"\b(?:negotiat(?:ing|es?|ions)|bargain(?:ing|s)?|haggl(?:ing|es?)|mediat(?:ing|es?)|talking|talks|discussions)"  # "in talks ... about surrendering X"
    r"(?: +(?!for\b|over\b|about\b)[\w'’]+){0,6} +(?:for|over|on|about)"
    r"(?: +(?:a|an|the|its|their|possible|peaceful|negotiated|orderly|quick|swift)){0,3} +$"
)
# a handover as the object of talk ("Elders talk handover of X", a headline's present; "discussed a
# possible surrender of X"; "were negotiating the surrender of X", not the done "negotiated"): the
# subject of the talk, which may never come
_DISCUSSING = re.compile(
    r"\b(?:talk|talks|discuss(?:es|ed|ing)?|debat(?:e|es|ed|ing)|negotiat(?:ing|es?)"
    # a handover asked for or turned down ("elders urge surrender of X", "rejected the handover of X")
    r"|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|(?:call(?:s|ed|ing)?|press(?:es|ed|ing)?)\s+for|seek(?:s|ing)?|sought"
    r"|reject(?:s|ed|ing)?|refus(?:e|es|ed|ing)|propos(?:e|es|ed|ing))"
    r"(?: +(?:a|an|the|its|their|possible|peaceful|negotiated|orderly|quick|swift)){0,3} +$"
)
# the progressive or the infinitive of arranging, with the handover as its object ("trying to arrange
# the handover of X", "were brokering the surrender of X"): the talks go on; the past ("brokered
# the surrender of X") told it done
_ARRANGING = re.compile(
    r"\b(?:(?:is|are|was|were|been|be|still)\s+|to\s+)(?:broker(?:ing)?|arrang(?:ing|e)|work(?:ing)?\s+out)"
    r"(?: +(?:a|an|the|its|their|possible|peaceful|negotiated|orderly|quick|swift)){0,3} +$"
)
# a handover waited for ("awaiting a peaceful transfer of X", "waited for what they called a peaceful
# handover of X", "expecting the surrender of X"): looked forward to, not yet done
_AWAITING = re.compile(
    r"\b(?:await(?:s|ed|ing)?|wait(?:s|ed|ing)?\s+for|expect(?:s|ed|ing)?|anticipat(?:e|es|ed|ing))"
    r"(?: +what +(?:they|it|he|she|officials|the +group) +(?:call(?:s|ed)?|termed|describ(?:e|es|ed) +as))?"
    r"(?: +(?:a|an|the|its|their|possible|peaceful|negotiated|orderly|quick|swift)){0,3} +$"
)
_REACH = 70  # characters before the trigger in which the verb stands
# the nouns of a handover: talks "about the capture of X" may well tell a capture
_HANDOVER_NOUN = re.compile(r"(?:handover|hand-over|handing|surrender(?:ing)?|transfer|turnover)\b")


def under_negotiation(view: str, clause_start: int, position: int) -> bool:
    """Return True when the trigger at `position` of the lower-case `view` (a handover noun) is what
    someone is still negotiating for ("were negotiating for the handover of X")."""
    if not _HANDOVER_NOUN.match(view, position):
        return False
    start = max(clause_start, position - _REACH)
    return any(pattern.search(view, start, position) is not None for pattern in (_NEGOTIATING_FOR, _DISCUSSING, _ARRANGING, _AWAITING))
