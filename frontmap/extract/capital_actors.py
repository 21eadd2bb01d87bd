"""The national capital named for the government that sits there, not for a place anything
happened at: "Kabul repelled the attacks on three cities", "a claim refuted by Kabul", "Kabul's
forces retook the district". The name is the subject of a verb only a side can do (repel, deny,
refute, send, vow), the owner of a side's men or words ("Kabul's troops", "Kabul's claim"), the
agent after "by" of such a verb, or the source of a response ("no immediate response from Kabul").
"The attack on Kabul was repelled" keeps Kabul a place: a preposition before the name makes it
where something was done, and "Kabul fell" is no side's act.
"""

from __future__ import annotations

import re


# `national_capital.NATIONAL_CODE`, not imported: that module reads the references, which read this one
NATIONAL_CODE = "AF-KAB"

# what only a side does: push back an attack, deny or refute a claim, send men, vow or warn
_SIDE_ACT = (
    r"repel(?:s|led)?|refut(?:es?|ed)|den(?:y|ies|ied)|reject(?:s|ed)?|dismiss(?:es|ed)?|insist(?:s|ed)?"
    r"|claim(?:s|ed)?|accus(?:es?|ed)|blam(?:es?|ed)|vow(?:s|ed)?|pledg(?:es?|ed)|respond(?:s|ed)?|retaliat(?:es?|ed)"
    r"|deploy(?:s|ed)?|sen(?:d|ds|t)|rush(?:es|ed)?|dispatch(?:es|ed)?|urg(?:es?|ed)|warn(?:s|ed)?"
    r"|launch(?:es|ed)?|order(?:s|ed)?|plan(?:s|ned)?|prepar(?:es|ed)|mount(?:s|ed)?"
)
# "Kabul is planning a counter-offensive", "Kabul was rushing troops north": the side at work
_SIDE_ACTING = (
    r"(?:is|was|are|were)\s+(?:now\s+|also\s+|still\s+)?(?:planning|preparing|launching|mounting|deploying|sending|rushing|dispatching"
    r"|ordering|urging|vowing|pledging|insisting|denying|refuting|rejecting|claiming|warning)"
)
# "Kabul repel ...", "Kabul has also sent ...", "Kabul on Sunday denied ...", "Kabul is planning ..."
_AS_SUBJECT = re.compile(
    r"\s+(?:(?:has|have|had|also|quickly|swiftly|later|again|since|(?:on|late\s+on|early\s+on)\s+[A-Z]\w+day)\s+){0,3}(?:" + _SIDE_ACT + "|" + _SIDE_ACTING + r"|says|said)\b(?!\s+(?:by|into|to\s+(?:be|have))\b)",  # not a passive: "Kabul claimed by the Taliban", "Kabul said to be encircled"
    re.IGNORECASE,
)
# "Kabul's forces", "Kabul's denial": the side's men, arms or words
_AS_OWNER = re.compile(
    r"['’]s\s+(?:(?:own|elite|special|security|government|military)\s+)?(?:forces|troops|army|soldiers|commandos|government|administration"
    r"|authorities|officials|side|claims?|denials?|statements?|air\s+force|warplanes|jets|reinforcements)\b",
    re.IGNORECASE,
)
# "a statement refuted by Kabul", "reinforcements sent by Kabul"
_AS_AGENT = re.compile(r"\b(?:" + _SIDE_ACT + r")\s+by\s+$", re.IGNORECASE)
# "no immediate response from Kabul", "a statement from Kabul": the government's voice, where no news happened
_AS_SOURCE = re.compile(
    r"\b(?:response|reply|comment|reaction|word|statement|confirmation|denial)s?\s+(?:yet\s+)?from\s+$", re.IGNORECASE)
# a preposition before the name makes it where something happened ("the attack on Kabul repelled")
_PLACE_BEFORE = re.compile(
    r"\b(?:on|in|at|to|from|near|of|toward|towards|into|around|outside|over|for|against|about|with|across|through|reach|reached)\s+$",
    re.IGNORECASE,
)


def stands_for_government(sentence: str, start: int, end: int, province_code: str, name: str) -> bool:
    """Return True when the name at sentence[start:end] is the national capital (by `province_code`
    and `name`, the place's own) standing for the government that acts: the subject of a side's
    verb, the owner of a side's forces or words, the agent after "by" of such a verb, or the source
    of a response or statement ("no immediate comment from Kabul")."""
    if province_code != NATIONAL_CODE or name.lower() != "kabul":
        return False
    before = sentence[max(0, start - 40) : start]
    if _AS_AGENT.search(before) or _AS_SOURCE.search(before):
        return True
    if _PLACE_BEFORE.search(before):
        return False
    return bool(_AS_OWNER.match(sentence, end) or _AS_SUBJECT.match(sentence, end))


def names_government(sentence: str, start: int, end: int) -> bool:
    """Return True when the text at sentence[start:end] is "Kabul" standing for the government that
    acts ("Kabul was rushing troops to X"): no place an event, nor one "the city" may refer to."""
    return sentence[start:end].lower() == "kabul" and stands_for_government(sentence, start, end, NATIONAL_CODE, "kabul")
