"""Work stoppages: a "strike" that is workers downing tools, not a blow struck at a place.

Business reports tell of truck drivers who "went on strike in Kandahar", a "hunger strike" by
teachers in Mazar-i-Sharif or "the drivers' strike" that emptied fuel stations in Kabul. None of it
is fighting: the places stay as they were on the map. An air, drone or missile strike is read by
`frontmap.extract.strikes` as before.

Everything here reads the sentence's view (`frontmap.extract.text.text_view`: lower case,
punctuation as spaces, same offsets as the sentence).
"""

from __future__ import annotations

import re

from frontmap.extract.triggers import Trigger

_STRIKE = re.compile(r"strikes?")
# people who down tools: "the drivers' strike", "a strike by bus drivers"
_WORKERS = (
    r"(?:workers?|teachers?|drivers?|truckers?|doctors?|nurses?|traders?|shopkeepers?|transporters?|bakers?|staff"
    r"|employees?|students?|miners?|labou?rers?|merchants?|exchangers?|vendors?|owners?)"
)
# a weapon or a force before the word makes it a blow ("a drone strike", "a US strike")
_BLOW_WORD = r"(?!(?:air|drone|missile|rocket|military|precision|retaliatory|artillery|aerial|us|american|nato|coalition|pre-?emptive)\b)"
_STOPPAGE_BEFORE = re.compile(
    # "went on strike", "remained on a week-long strike"
    r"(?:\b(?:go|goes|going|went|gone|are|were|is|was|be|been|being|remain(?:ed|s|ing)?|stay(?:ed|s|ing)?|still)\s+on\s+(?:an?\s+)?"
    r"(?:" + _BLOW_WORD + r"[\w-]+\s+)?"
    # "a hunger strike", "a general strike", "the drivers' strike"
    r"|\b(?:hunger|general|labou?r|sit\s+in|token|wildcat|transport|trade|" + _WORKERS + r")\s+"
    # "staged a strike", "called off their strike"
    r"|\b(?:stag(?:ed|e|es|ing)|held|hold(?:s|ing)?|called\s+off|call(?:ed|s|ing)?|end(?:ed|s|ing)?|join(?:ed|s|ing)?"
    r"|declar(?:ed|e|es|ing))\s+(?:an?|the|their|its)\s+(?:" + _BLOW_WORD + r"[\w-]+\s+)?)$"
)
_STOPPAGE_AFTER = re.compile(
    r"\s+(?:by\s+(?:\w+\s+){0,2}" + _WORKERS + r"\b|to\s+(?:protest|demand|press)\b|in\s+protest\b|demanding\b"
    r"|over\s+(?:\w+\s+){0,2}(?:pay|wages|salar\w+|taxes|tax|fees|prices|mistreatment|harassment|demands|conditions|arrears)\b"
    r"|against\s+(?:\w+\s+){0,3}(?:taxes|tax|fees|prices|mistreatment|harassment|ban|decision|rules?)\b)"
)


def work_stoppage(view: str, trigger: Trigger) -> bool:
    """Return True when the trigger is the word "strike" naming a stoppage of work ("went on strike
    in X", "a hunger strike", "the drivers' strike", "a strike to protest new taxes")."""
    if not _STRIKE.fullmatch(view, trigger.start, trigger.end):
        return False
    before = view[max(0, trigger.start - 50) : trigger.start]
    return bool(_STOPPAGE_BEFORE.search(before) or _STOPPAGE_AFTER.match(view, trigger.end))
