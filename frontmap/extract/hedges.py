"""Hedges on a whole statement: the reporter passes a report on without standing behind it.

"The Taliban were said to have taken X", "X is believed to have fallen", "X was reported to have
been overrun", "the Taliban appeared to have taken X", a headline's "X said to be in Taliban hands", a sentence opening "Reportedly, the
insurgents captured X", "reports of Taliban fighters taking X", "footage appeared to show fighters in X", a speaker's
"we hear that X has fallen", "my cousin called and said X had fallen", "... but I have not seen it myself": an unverified report (a claim, unless a source in the clause states or confirms it). The hedge
stands between a place and its verb without cutting them apart: "X was said to have fallen" still has X for the subject of
"fallen", as "X has fallen" does.
"""

from __future__ import annotations

import re

_CONTROL_VERB = r"(?:captured|seized|took|taken|overran|overrun|fell|fallen|entered|stormed|gained|won)"
_TAKING = r"(?:capturing|seizing|taking|overrunning|entering|storming)"
# "were said to have", "is believed to be", "has been reported to have"
# (a headline drops the verb before it: "X said to be in Taliban hands")
_SAID_TO = r"(?:(?:was|were|is|are|(?:has|have|had) +been) +)?(?:widely +|also +|now +)?(?:said|believed|thought|reported|rumou?red|presumed|appear(?:s|ed)?|seem(?:s|ed)?) +to +(?:have|be)\b"
# the kin and neighbours a speaker hears news from
_KIN = r"(?:cousins?|brothers?|sisters?|uncles?|father|mother|sons?|daughters?|nephews?|relatives?|relations|neighbou?rs?|friends?|family|in-laws)"
_HEDGED = re.compile(
    r" " + _SAID_TO
    # "reportedly, the taliban captured", "allegedly insurgent fighters overran": the adverb before
    # the clause's subject (the adverb right before the verb is `claim_speakers`' hedge)
    + r"| (?:reportedly|allegedly|purportedly|supposedly) +(?:(?!" + _CONTROL_VERB + r"\b)\w+ +){1,3}?" + _CONTROL_VERB + r"\b"
    # "we hear that X has fallen", "I have heard that ...": hearsay a speaker passes on without having seen it
    + r"| (?:we|i) +(?:have +|had +)?(?:hear|heard) +that\b"
    # "my cousin called from X and said ...", "our relatives there tell us ...": news a kinsman passed on
    # (the kinsman the subject of the telling, no punctuation between: not "my brother was killed when ...," said a farmer)
    + r"| (?:my|our) (?:\w+ ){0,2}?" + _KIN + r" (?:(?!said|says|told|tells)\w+ ){0,8}?(?:said|says|told|tells)\b"
    # "..., but I have not seen it myself", "we cannot confirm it": the speaker disowns what he passes on
    + r"| (?:i|we) +(?:have +not|haven +t|did +not|didn +t|could +not|couldn +t|cannot|can +not) +(?:seen|see|confirm|verify)\b"
    # "reports of taliban fighters taking control of X": what the reports tell, not what the reporter saw
    # "citing unnamed sources, an agency reported that X had fallen": a source nobody names is unverified
    + r"| (?:unnamed|unidentified|anonymous) +(?:\w+ +){0,2}?sources?\b"
    + r"| (?:unconfirmed +|unverified +)?(?:reports|rumou?rs) +(?:of|about) +(?:(?!" + _TAKING + r"\b)\w+ +){1,3}?" + _TAKING + r"\b"
    # "footage shared online appeared to show armed men in X", "a video purporting to show": pictures nobody vouches for
    + r"| (?:videos?|footage|images?|pictures?|photos?|clips?) +(?:[\w-]+ +){0,6}?(?:(?:appear(?:s|ed)?|seem(?:s|ed)?|purport(?:s|ed)?) +to|purporting +to) +show\b"
)
# the same hedge between a subject and its verb, in the sentence's own letters
_SAID_TO_GAP = re.compile(r"\b" + _SAID_TO.replace(" +", r"\s+") + r"(?:\s+been)?", re.IGNORECASE)


def hedged_statements(padded: str) -> list[int]:
    """Return the start of each hedge on a whole statement in the padded view ("were said to have",
    "is believed to be", "reportedly, the taliban captured", "citing unnamed sources", "we hear that")."""
    if not any(word in padded for word in (" to ", "edly", "ing ", "source", " hear", " my ", " our ", " i ", " we ")):
        return []
    return [m.start() for m in _HEDGED.finditer(padded)]


def unhedged(gap: str) -> str:
    """Return the words between a subject and its verb with a hedge on the statement taken out
    ("district was said to have " -> "district "), so what is left may be read as any gap."""
    return _SAID_TO_GAP.sub(" ", gap) if " to " in gap else gap
