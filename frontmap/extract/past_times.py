"""Earlier times: a change told as one of the place's past ("the insurgents briefly held Kunduz twice
before", "have captured it once before", "had previously held X", "fell to them in the past") is
history, not the news of the report, even when no year is given.

The words that make it so are adverbs of repetition or of an earlier time around the verb:
"twice before", "three times before", "before" closing the clause ("have held the city before"),
"in the past" (not a recent window: "in the past 24 hours", "in the past week" is news), a span of
years or decades ("the heaviest fighting of the past two decades", "during the war", "the hub of
the offensive for two decades", "for 20 years", "over the years"), and
"previously", "formerly", "once" right before the verb.
"""

from __future__ import annotations

import re

from frontmap.extract.text import has_any

_TIMES = r"(?:once|twice|(?:two|three|four|five|several|many|multiple|\d+) +times)"
_RECENT = (r"(?:\d+|few|several|one|two|three|four|five|six|seven|eight|nine|ten|couple|week|weeks|month|months|day|days"
           r"|year|hours|fortnight|24|48|72)")
# "the night before", "a day before", "shortly before": a time the text counts from, not the past
_WHEN = (r"(?:night|nights|day|days|evening|morning|afternoon|week|weeks|weekend|month|months|year|years|hours?|minutes?"
         r"|time|moments?|shortly|just|soon|long|earlier|dawn|fortnight)")
# after the verb, in its clause: "twice before", "in the past" (not "in the past 24 hours"), "before" ending it
_EARLIER_AFTER = re.compile(
    rf"^[^.;]{{0,60}}?\b(?:{_TIMES} +(?:before|previously|earlier)\b|(?:{_TIMES} +)?in +the +past\b(?! +{_RECENT}\b)"
    rf"|(?:in|of|over|during) +the +(?:past|last) +(?:\w+ +)?(?:decades?|(?:\d+|two|three|four|five|ten|twenty|several|many) +years)\b"
    r"|during +the +(?:\w+ +)?war\b)"  # "the heaviest fighting of the past two decades": the war's, not the news
    # "the hub of the offensive for two decades" (no punctuation between, a double space in the view: not "..., a city
    # they had not held for 20 years")
    r"|^(?:(?! {2}).){0,60}?\b(?:for|over) +(?:(?:(?:two|three|four|several|many|\d) +)?decades|(?:[1-9]\d|ten|fifteen|twenty|forty) +years)\b"
    r"|^(?:(?! {2}).){0,60}?\b(?:over|through|across) +the +years\b"  # "the fiercest fighting between them over the years"
    rf"|^(?: +[a-z]+){{0,3}}? +(?!{_WHEN}\b)[a-z]+ +before(?: *$| {{2,}})"
)
# right before the verb: "had previously held", "once controlled", "formerly ruled"
_EARLIER_BEFORE = re.compile(r" (?:previously|formerly|once)(?: +\w+ly)? *$")
# words without which the pattern named beside them cannot match (most verbs have none near them)
_AFTER_WORDS = ("before", "previously", "earlier", "past", "last", "war", "decades", "years")  # _EARLIER_AFTER
_BEFORE_WORDS = ("previously", "formerly", "once")  # _EARLIER_BEFORE
_REACH = 80  # characters after the verb in which the clause's adverbs are read
_BOUNDARY = 8


def earlier_times(view: str, trigger_start: int, trigger_end: int, clause_end: int) -> bool:
    """Return True when the verb at [trigger_start, trigger_end) of the view tells the place's past
    (see the module docstring), read in its clause (up to `clause_end`)."""
    # a few characters past the clause: "before" may open the next one ("twice before - in 2015")
    after = view[trigger_end : min(clause_end + _BOUNDARY, trigger_end + _REACH)]
    if has_any(after, _AFTER_WORDS) and _EARLIER_AFTER.search(after):
        return True
    before = view[max(0, trigger_start - 30) : trigger_start]
    return has_any(before, _BEFORE_WORDS) and _EARLIER_BEFORE.search(" " + before) is not None
