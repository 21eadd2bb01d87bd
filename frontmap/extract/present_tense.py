"""Whether a hold or a fight is told in the present tense, so as of the report's own day.

Roundups from the agencies run a dated change and then the state of play in the present: "The
insurgent group took over X on Sunday. Clashes are underway in Y. The Taliban control Z." The
second and third sentences carry no day of their own, yet they are not of Sunday: a present tense
is the writer's now, the report's day. The past keeps the day carried to it ("Fighting went on in
Y", "The Taliban controlled Z"), and so does a quotation, whose present is its speaker's.
"""

from __future__ import annotations

import re

__all__ = ["told_in_present"]

# "clashes are underway", "fighting is continuing", "fighting continues", "battles have been raging"
_ONGOING = re.compile(
    r"(?:heavy\s+|fierce\s+|intense\s+)?(?:fighting|clashes|battles?|gunfights?)\s+(?:"
    r"(?:is|are|has\s+been|have\s+been)\s+(?:still\s+)?(?:going\s+on|continuing|raging|under\s*way|ongoing|in\s+progress)"
    r"|(?:still\s+)?(?:continues|continue|rages|rage|goes\s+on))\b",
    re.IGNORECASE,
)
# "the Taliban control X", "forces still hold X" (a subject right before the present verb: not "took control of")
_HOLDER_BEFORE = re.compile(
    r"\b(?:taliban|insurgents|militants|fighters|group|forces|troops|government|they)\s+(?:still\s+|now\s+|also\s+|firmly\s+)?$", re.IGNORECASE
)
_HOLD_VERB = re.compile(r"(?:controls?|holds?)\b(?!\s+(?:off|back|up|out|on\s+to|talks|a\s+meeting))", re.IGNORECASE)
# "is in Taliban hands", "remains under government control": a present copula before the phrase
_COPULA_BEFORE = re.compile(r"\b(?:is|are|remains?)\s+(?:still\s+|now\s+|firmly\s+)?$", re.IGNORECASE)
_HELD_PHRASE = re.compile(r"(?:in|under)\s+(?:\w+\s+){0,3}?(?:hands|control)\b|contested\b|under\s+siege\b|besieged\b", re.IGNORECASE)
# the trigger at the noun itself: "is in Taliban hands", "remains under their control"
_HELD_WORD = re.compile(r"(?:hands|control)\b", re.IGNORECASE)
_COPULA_IN_BEFORE = re.compile(r"\b(?:is|are|remains?)\s+(?:still\s+|now\s+|firmly\s+)?(?:in|under)\s+(?:[\w'’]+\s+){0,3}$", re.IGNORECASE)
# a place the insurgents do not hold, told in the present or in an appositive of the writer's now: "X remains the
# only province out of Taliban control", "Panjshir province, the only region outside the Taliban's grip"
_NOT_HELD = re.compile(r"(?:out\s+of|outside(?:\s+of)?|beyond|free\s+(?:from|of))\b", re.IGNORECASE)
_NOT_HELD_BEFORE = re.compile(
    r"(?:\b(?:is|are|remains?)\s+(?:still\s+|now\s+)?(?:(?:the|an?)\s+(?:only|last|sole)\s+(?:[\w'’-]+\s+){0,2})?"
    r"|,\s+(?:the|an?)\s+(?:only|last|sole)\s+(?:[\w'’-]+\s+){0,2})(?:still\s+|now\s+)?$", re.IGNORECASE)
_QUOTES = "\"“”"
_QUOTE_REACH = 300  # characters before the trigger in which an opening quotation mark is looked for


def told_in_present(sentence: str, trigger: int | None) -> bool:
    """Return True when the trigger at `trigger` opens a fight told as going on now ("clashes are
    underway in X", "X remains contested") or a hold told in the present ("the Taliban control X",
    "X is in Taliban hands"), outside a quotation: the report's day, not one carried from an
    earlier sentence."""
    if trigger is None or any(q in sentence[max(0, trigger - _QUOTE_REACH) : trigger] for q in _QUOTES):
        return False
    if _ONGOING.match(sentence, trigger):
        return True
    head = sentence[max(0, trigger - 30) : trigger]
    if _HOLD_VERB.match(sentence, trigger) and _HOLDER_BEFORE.search(head):
        return True
    if _NOT_HELD.match(sentence, trigger) and _NOT_HELD_BEFORE.search(sentence[max(0, trigger - 60) : trigger]):
        return True
    if _HELD_PHRASE.match(sentence, trigger) is not None and _COPULA_BEFORE.search(head) is not None:
        return True
    return _HELD_WORD.match(sentence, trigger) is not None and _COPULA_IN_BEFORE.search(head) is not None
