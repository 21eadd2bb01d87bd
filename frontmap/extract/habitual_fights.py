"""Habitual fights: attacks told as a habit, a purpose or a standing description of a place.

"Insurgents have several times carried out attacks in X", "militants often strike X", "X has long
been used by insurgents to launch attacks on Y", "X has been a frequent target of Taliban attacks",
"X has come under attacks for years", "X is a volatile province where the Taliban carry out attacks",
"cities the insurgents had besieged for years", "forces put up strong resistance this summer in places
such as X" (a season for its span): none of these is a fight on the report's day, so none makes
the place contested today. Fighting still going on stays a fact ("fighting has raged in X for
three days", "attacks on X have gone on for weeks"), and so does a habit pinned to a recent day
("attacked X again on Sunday", "have several times attacked X since Friday").

The phrase read is the trigger's own: from the punctuation before it to the punctuation after it,
inside its clause (a comma is a double space in the sentence's view); a purpose may open before
the clause ("used as a corridor to stage attacks", cut at "as").
"""

from __future__ import annotations

import re

from frontmap.extract.text import has_any
from frontmap.extract.triggers import FIGHT, Trigger

# how often: "has long been", "often", "several times", "on many occasions", "time and again"
_FREQUENCY = re.compile(
    r"\b(?:(?:has|have|had)\s+long|often|frequently|regularly|routinely|usually|sometimes|occasionally|periodically|habitually"
    r"|(?:several|many|multiple|numerous|countless|\d+)\s+times|on\s+(?:several|many|numerous|multiple)\s+occasions"
    r"|time\s+and\s+(?:again|time\s+again)|(?:frequent|regular|favou?rite|usual|common|constant)\s+targets?\s+of"
    r"|(?:launch|carry\s+out|conduct|stage|mount)\s+(?:sporadic|occasional|periodic|frequent)\s+(?:attacks|raids|assaults))\b"  # a present-tense habit
)
# a long span that makes plural attacks a habit: "attacks for months", "for years" (not "fighting for months")
_LONG_SPAN = re.compile(r"\b(?:for|over)\s+(?:(?:many|several|the\s+past|the\s+last|\d+|two|three|four|five|six)\s+)?(?:months|years)\b")
_ATTACK_NOUNS = re.compile(r"(?:attacks|raids|assaults|ambushes)$")
# a siege told over years is the place's standing state ("cities besieged by the insurgents for
# years"); one of weeks or months is still the news
_SIEGE_WORDS = re.compile(r"(?:besieg\w*|sieges?|encircled|surrounded)$")
_YEARS_SPAN = re.compile(r"\b(?:for|over)\s+(?:(?:many|several|the\s+past|the\s+last|\d+|two|three|four|five|six)\s+)?years\b")
# a purpose: "used ... to launch attacks", "a base to stage attacks", "a launchpad for raids on Y", "launchpads for hit-and-run attacks"
_PURPOSE = re.compile(
    r"\b(?:used|uses|use|using|(?:as|into)\s+(?:an?\s+)?(?:\w+\s+)?(?:base|launch\s*pads?|launching\s+pads?|springboard|staging\s+(?:ground|post|area)"
    r"|gateway|corridor|route|haven|sanctuary|hideout))\b.*?\s(?:to\s+(?:\w+\s+){0,3}?(?:launch|stage|mount|carry\s+out|plan|plot)"
    r"|for)\s+(?:hit\s+and\s+run\s+|\w+\s+){0,2}$"
)
# a recent day pins the habit to the news: "again on Sunday", "since Friday", "this week", "overnight"
_RECENT = re.compile(
    r"\b(?:again|today|tonight|yesterday|overnight|this\s+(?:week|morning|evening)|last\s+night|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|since|(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d)\b"
)
# a standing description of a place, the attacks told in a clause on it: "X is a volatile province where the
# Taliban are active, carrying out attacks on the security forces"
_DESCRIBED = re.compile(
    r"\b(?:is|remains|has\s+(?:long\s+)?been)\s+(?:one\s+of\s+the\s+most\s+|among\s+the\s+most\s+)?(?:an?\s+)?(?:\w+\s+)?"
    r"(?:volatile|restive|insecure|troubled|unstable|unsafe)\s+(?:provinces?|districts?|regions?|areas?)\b[^.;:]*?\bwhere\b"
)
# a season for its span: "put up strong resistance this summer in places such as X", "clashes earlier this spring"
_SEASON = re.compile(r"\b(?:earlier\s+)?this\s+(?:summer|spring)\b")
_WORDS = ("summer", "spring", "long", "ofte", "freq", "sporad", "regul", "rout", "usual", "somet", "occas", "period", "habit", "times", "time and", "target",
          "months", "years", "use", " as ", "pad")


def habitual(view: str, trigger: Trigger, clause: tuple[int, int]) -> bool:
    """Return True when the fight `trigger` is told as a habit, a purpose or a standing description
    (see the module docstring), so no fight on the report's day; False for any other trigger."""
    if trigger.kind != FIGHT:
        return False
    start, end = _phrase(view, trigger, clause)
    described = _DESCRIBED.search(view, 0, trigger.start)
    if described is not None and _ATTACK_NOUNS.search(trigger.text.lower()) and not _RECENT.search(view, described.start(), end):
        return True
    phrase, wide = view[start:end], _opening(view, 0, trigger.start)
    if not has_any(view[wide:end], _WORDS) or _RECENT.search(phrase):
        return False
    if _FREQUENCY.search(phrase) or _PURPOSE.search(view, wide, trigger.start) or _SEASON.search(phrase):
        return True
    told = trigger.text.lower()
    if _SIEGE_WORDS.search(told) and _YEARS_SPAN.search(view, trigger.end, end):
        return True
    return bool(_ATTACK_NOUNS.search(told) and _LONG_SPAN.search(view, trigger.end, end))


def _phrase(view: str, trigger: Trigger, clause: tuple[int, int]) -> tuple[int, int]:
    """Return the span of the trigger's phrase: between the punctuation around it, inside `clause`."""
    c_start, c_end = clause
    closing = view.find("  ", trigger.end, c_end)
    return (_opening(view, c_start, trigger.start), c_end if closing < 0 else closing)


def _opening(view: str, floor: int, position: int) -> int:
    """Return where the punctuation before `position` ends (`floor` when none comes after it)."""
    opening = view.rfind("  ", floor, position)
    return floor if opening < 0 else opening
