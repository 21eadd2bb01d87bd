"""A raid, an operation or an air strike somewhere in a province, or a toll taken there, names no place fought over.

"Commandos killed 18 militants in a night raid in Baghlan province", "forces carried out clearing
operations in several districts of Kandahar province", "troops killed 22 insurgents in Faryab
province": the province only says where a raid or a sweep happened, somewhere among its districts;
no town or district of it is fought over, so the province is no event. A district or town named so
("killed 22 militants in Nad Ali district") stays fought over, and fighting told of the province
itself ("heavy fighting raged across Kandahar province") stays the province's.

The ministries' daily roundups say the same of air strikes and counter-attacks, often over a list
of provinces: "jets struck Taliban positions in Jawzjan province", "increased airstrikes on Taliban
positions in Herat, Balkh and Kunduz provinces", "operations and counter-attacks against the Taliban
in X, Y and Z provinces": every province of the list is only where the strikes fell.
"""

from __future__ import annotations

import re

from frontmap.extract.battle_tolls import toll_fight

__all__ = ["operation_located"]

_WHERE = (
    r"(?:(?:several|some|many|various|two|three|four|five|\d+)\s+(?:of\s+the\s+)?(?:districts|parts|areas)\s+(?:of|in)\s+"
    r"|(?:the\s+)?(?:parts|outskirts)\s+of\s+)?"
    r"(?:the\s+)?(?:afghanistan['’]s\s+)?(?:(?:northern|southern|eastern|western|central|restive|north\w*|south\w*)\s+)?(?:province\s+of\s+)?"
)
# "a (night) raid in", "clearing operations in several districts of", "an operation across parts of"
_OPERATION_IN = re.compile(r"\b(?:raids?|operations?|sweeps?)\s+(?:in|across|throughout|inside)\s+" + _WHERE + "$", re.IGNORECASE)
# the names listed before this one: "in Herat, Balkh and " (a province of such a list is located alike)
_LISTED = r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)){1,12}"
# "airstrikes kill 21 militants in": the strike's own toll, then where
_TOLL = r"(?:kills?|killed|killing)\s+(?:at\s+least\s+|over\s+|more\s+than\s+)?[\w,]+\s+(?:more\s+)?(?:taliban|militants|insurgents)(?:\s+(?:fighters|militants|insurgents))?"
_ENEMY_SITES = r"(?:the\s+)?(?:taliban|insurgents?|militants?|enemy)(?:['’]s?)?\s+(?:positions|hideouts|targets|bases|strongholds|gatherings)"
# "a raid carried out by Afghan forces in": the side that raided, between the raid and where
_BY_FORCES = r"(?:\s+by\s+(?:the\s+)?(?:(?:afghan|government|security|special|national)\s+){0,2}(?:forces|troops|commandos|army|police|soldiers))?"
# "airstrikes (on Taliban positions) in", "an air strike carried out in", "struck Taliban hideouts in",
# "operations and counter attacks against the Taliban militants in": a strike or a sweep, then where
_STRUCK_IN = re.compile(
    r"(?:\b(?:air\s*strikes?|air\s+raids?|(?:air|aerial)\s+attacks?|bombardments?|(?:operations?\s+and\s+)?counter[\s-]*attacks?"
    r"|operations?|raids?)(?:\s+(?:on|against)\s+" + _ENEMY_SITES + r"|\s+against\s+(?:the\s+)?(?:taliban|insurgents|militants)(?:\s+(?:militants|insurgents|fighters))?)?"
    r"(?:\s+(?:that\s+)?(?:they|it|were|was)?\s*(?:carried\s+out|conducted|launched))?" + _BY_FORCES + r"(?:\s+" + _TOLL + r")?"
    r"|\b(?:struck|targeted|pounded|bombed|hit)\s+" + _ENEMY_SITES + r"|\bstrikes?\s+(?:on|against)\s+" + _ENEMY_SITES + r")"
    r"\s+(?:in|across|on)\s+" + _WHERE + "(?:" + _LISTED + ")?$",
    re.IGNORECASE,
)
# "Militants killed in Baghlan raid", "the Kandahar night operation": the province as the raid's modifier
_OPERATION_AFTER = re.compile(r"(?:\s+province)?\s+(?:(?:night|joint|clearing|clearance|security)\s+)?(?:raids?|operations?|sweeps?)\b", re.IGNORECASE)
_FIGHT_AND = re.compile(r"\b(?:clashes|fighting|battles?|gunfights?|firefights?)\s+(?:and|&)\s+$", re.IGNORECASE)
_REACH = 90  # characters before the province in which the raid or operation is told
_LIST_REACH = 220  # the same, over a list of provinces named before this one


def operation_located(sentence: str, s_view: str, start: int, end: int) -> bool:
    """Return True when the province named at [start, end) of `sentence` (`s_view` its lower-case
    view) is only where a raid, an operation, an air strike or a toll took place."""
    if _OPERATION_IN.search(sentence, max(0, start - _REACH), start) or _OPERATION_AFTER.match(sentence, end):
        return True
    struck = _STRUCK_IN.search(sentence, max(0, start - _LIST_REACH), start)
    if struck and not _FIGHT_AND.search(sentence, max(0, struck.start() - 30), struck.start()):
        return True  # ("clashes and airstrikes in X province": the clashes are fighting there)
    return toll_fight(s_view, (start, end)) is not None
