"""Who denies: a denial's speaker decides what it leaves, and an official who denies backs no claim.

- An official's denial ("the ministry denied that X had fallen") leaves the place the
  government's. A Taliban denial ("the Taliban denied that X had been retaken", "a Taliban
  spokesman rejected the report and said X was under their control") leaves it the Taliban's by
  their word only: a claim.
- "The Taliban said they had overrun X, which officials denied": the officials named in the
  sentence deny the claim, so they do not stand behind it as a source would.
"""

from __future__ import annotations

import re

from frontmap.status import CLAIMED, GOVERNMENT, TALIBAN

#: What calls a report of a change false ("reports of the fall of X were untrue", "claims of X falling are baseless").
FALSE_WORDS = r"(?:untrue|false|baseless|unfounded|groundless|premature|exaggerated|incorrect|inaccurate|propaganda|rumou?rs?|wrong|not\s+true|fabricated|fake|(?:a\s+)?fabrications?|(?:a\s+)?lies?)\b"
#: A denial in the passive, its denier after it, not the Taliban ("the claim that X had fallen was
#: rejected by officials"), as a pattern on the lower-case view after the auxiliary.
DENIED_BY_SOURCE = (
    r"(?:(?:later|since|also) +)?(?:denied|rejected|dismissed|refuted|disputed) +(?:as +(?:\w+ +){1,2})?by +(?:the +|a +|an +)?"
    r"(?:(?!taliban|insurgents?|militants?|group)\w+ +){0,2}?(?:officials?|authorities|governor|ministry|police|army|spokes\w+|council|lawmakers?|government)\b"
)
#: The verbs of denial ("denied", "rejected", "dismissed", "refuted", "disputed"), as a pattern.
DENY_VERB = r"(?:den(?:y|ied|ies|ying)|reject(?:ed|s|ing)?|dismiss(?:ed|es|ing)?|refut(?:ed|es|ing)?|disput(?:ed|es|ing)?|brush(?:ed|es|ing)?\s+off)"
#: A verb of denial in a lower-cased view.
DENIAL = re.compile(rf" {DENY_VERB}\b")
_TALIBAN_DENIER = re.compile(
    r" (?:taliban|insurgents|militants|the +group|mujahid|ahmadi|islamic +emirate|spokes\w+ +for +the +(?:taliban|group|insurgents|militants))\b"
    r"(?! +(?:claims?|statements?|reports?|accounts?|assertions?|propaganda|attacks?|offensive|advance)\b)"
)
_OFFICIAL = re.compile(
    r" (?:officials?|authorities|governor|ministry|police|army|government|council|lawmakers?|mps?|commanders?|corps|kabul)\b"
)
_DENYING_AFTER = re.compile(rf" +(?:\w+ +){{0,3}}?{DENY_VERB}\b")
# the Taliban's tag after a comma ("it is not true that X was retaken, a Taliban spokesman said"): who
# spoke the denial when no one is named before it
_TALIBAN_TAG_AFTER = re.compile(
    r"[\w ]{0,100}?  (?:an? +|the +)?(?:taliban|insurgents|militants|mujahid|group)(?: +(?:spokes\w+|commanders?|officials?|sources?|leaders?))?"
    r"(?: +(?:zabih?ullah|zabiullah|mujahid|qari|yousuf|ahmadi))*(?: +(?:on +)?\w+day)? +(?:said|says|told|wrote|added|insisted)\b")
_SPEAKER_REACH = 80  # characters before the denial in which its speaker is named
# the trigger kinds (`triggers`, which imports this module) of a place changing back to the government
_GOVERNMENT_GAINS = ("retake", "expel")


def denied_status(status: str | None, denier_is_taliban: bool, kind: str | None = None) -> str | None:
    """Return the status a denied statement leaves (None: nothing): the Taliban's claim when the
    Taliban deny; else the government's, or the Taliban's when what is denied is the government's
    own retaking of a place (`kind`: "reports that forces had retaken X were false": X stays lost)."""
    if status not in (TALIBAN, CLAIMED, GOVERNMENT):
        return None
    if denier_is_taliban:
        return CLAIMED
    return TALIBAN if status == GOVERNMENT and kind in _GOVERNMENT_GAINS else GOVERNMENT


def taliban_deny(view: str, clause_start: int, position: int) -> bool:
    """Return True when the last denial before `position` in its clause is spoken by the Taliban
    (named just before it, with no official between; with no verb of denial there, when a Taliban
    tag follows after a comma)."""
    padded = " " + view
    last = None
    for match in DENIAL.finditer(padded, clause_start, position + 1):
        last = match
    if last is None:  # "it is not true that ...": a denial without its verb, its speaker tagged after
        return bool(_TALIBAN_TAG_AFTER.match(view, position))
    before = padded[max(clause_start, last.start() - _SPEAKER_REACH) : last.start() + 1]
    speaker = None
    for speaker in _TALIBAN_DENIER.finditer(before):
        pass
    return speaker is not None and not _OFFICIAL.search(before, speaker.end())


def denying(padded: str, source_end: int) -> bool:
    """Return True when the source ending at `source_end` is the subject of a denial ("officials
    swiftly denied", "the governor rejected"), so it backs nothing it speaks of."""
    return bool(_DENYING_AFTER.match(padded, source_end))


# "denied the fall of", "denies reports of the capture of": the noun of a change said not to have happened
_DENIED_NOUN = re.compile(r"\bden(?:y|ied|ies|ying) +(?:(?:the +)?(?:reports?|claims?|rumou?rs?|news) +(?:of|about) +)?(?:the +|any +)?(?:\w+ +)?$")


# "did not deny the fall of X", "never denied": the denial itself negated tells no denial
_DENIAL_NEGATED = re.compile(r"\b(?:not|\w+n t|never)(?: +\w+ly)? +$")


def denied_noun(view: str, position: int) -> bool:
    """Return True when the noun of a change at `position` is the object of a denial ("denied the
    fall of X", "denies reports of the capture of X"), one not itself negated ("did not deny")."""
    denial = _DENIED_NOUN.search(view, max(0, position - 50), position)
    return denial is not None and _DENIAL_NEGATED.search(view, max(0, denial.start() - 30), denial.start()) is None


# "the fall of X was averted", "the capture of X was narrowly prevented": the change named did not
# happen (not "the fall of X was a blow that could have been averted": a verb of its own between)
_AVERTED_AFTER = re.compile(
    r"(?:(?! (?:that|which|who|could|would|might|a|an) )[^,;]){0,40}? (?:was|were|been) +(?:narrowly +)?(?:averted|prevented|thwarted|forestalled|staved +off)\b"
)


def averted_after(view: str, position: int, clause_end: int) -> bool:
    """Return True when the words after a change's noun ending at `position` (in the text view
    `view`, its clause ending at `clause_end`) say the change was averted: it did not happen."""
    return _AVERTED_AFTER.match(view, position, clause_end) is not None
