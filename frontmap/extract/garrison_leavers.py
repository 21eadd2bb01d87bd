"""A place's own garrison leaving it: "troops in X retreated to a base outside the district centre",
"police at X withdrew overnight", "X's last defenders left" (for `frontmap.extract.place_subjects`).

Forces named by where they stand ("troops in X") and told to retreat, withdraw or pull out leave
that place: those who held it gave it up. A retreat that stays inside the place ("withdrew to the
airport", "pulled back into the governor's compound") leaves them holding a part of it, so it is
no loss of the whole but of most of it (the place is fought over); a refuge past it ("a base
outside the district centre") is a loss of the whole.
"""

from __future__ import annotations

import re

_IGNORE_CASE = re.IGNORECASE

# "troops in", "the police garrison at", "soldiers stationed in", "the last soldiers holding out in",
# "forces defending the provincial capital of": the men who hold the place
_GARRISON_BEFORE = re.compile(
    r"\b(?:forces|troops|soldiers|police|policemen|guards|garrison|defenders|commandos|army|personnel|militiamen|fighters|insurgents|militants)"
    r"\s+(?:(?:(?:stationed|based|deployed|posted|holding\s+out|holed\s+up|trapped|besieged|remaining)\s+)?(?:in|at)|(?:defending|guarding|protecting|holding))\s+(?:the\s+)?"
    r"(?:(?:(?:provincial|border|northern|southern|eastern|western|besieged)\s+)?(?:capital|city|town|district|crossing|port)\s+of\s+)?$",
    _IGNORE_CASE,
)
_FORCES_RIGHT_BEFORE = re.compile(r"\b(?:forces|troops|soldiers|police|policemen|guards|garrison|defenders|commandos|personnel)\s+$", _IGNORE_CASE)
# "X's police", "Kunduz's last defenders", "the town's remaining troops" (then up to the verb): the place's own men
_OWN_GARRISON_AFTER = re.compile(
    r"['’]s\s+(?:(?:last|remaining|few|entire|whole|own|local)\s+){0,2}"
    r"(?:forces|troops|soldiers|police|policemen|guards|garrison|defenders|commandos|army|personnel)"
    r"(?:\s+(?:had|have|has|were|was|then|also|finally|all|both|eventually|later))*\s+",
    _IGNORE_CASE,
)
# what a site is, as an aside names it ("the rail and road gateway", "a remote district")
_SITE_NOUN = r"(?:route|road|highway|gateway|crossing|border\s+post|post|port|hub|link|town|city|district|outpost|base|junction|corridor|foothold)"
# where the place lies, set off by commas: "troops in X, west of the city, withdrew", "police in X, 20 km from Y, left"
_BEARING_ASIDE = (
    r"(?:\s*,\s*(?:(?:about|some|roughly|nearly|just)\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of|from|outside|near)\s+[^,;:()]{2,60},"
    r"|\s*,\s*(?:the|a|an)\s+(?:main|key|busiest|biggest|largest|only|second)\s+[^,;:()]{2,60},"  # "X, the main transit route to Iran,"
    r"|\s*,\s*(?:the|a|an)\s+(?:[\w-]+\s+){0,4}?" + _SITE_NOUN + r"\b[^,;:()]{0,60},)?"  # "X, the rail and road gateway between Y and Z,"
)
# the province that holds the place: "troops in X district of Y (province) fled"
_CONTAINER = r"(?:\s+(?:of|in)\s+(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)?(?:\s+province)?)?"
# nothing but the place's kind, where it lies and an auxiliary between the place and the verb ("troops in X district had",
# "soldiers in the X border post, the main route into Iran, fled")
_TO_VERB = re.compile(
    r"(?:\s+(?:district|city|town|province|centre|center|border|crossing|port|post|gate))*" + _CONTAINER + _BEARING_ASIDE + r"(?:\s+(?:had|have|has|were|was|then|also|finally|all|both|eventually|later))*\s+",
    _IGNORE_CASE,
)
# a refuge inside the place: "to the airport", "into the governor's compound", "inside the city" (not a
# place named: "pulled back to Kunduz city" leaves the place)
_INNER_REFUGE = re.compile(
    r"\s+(?:back\s+)?(?:to|into|inside|within)\s+(?:the\s+|a\s+|an\s+|their\s+|its\s+)?(?:(?!outside|beyond|nearby|neighbou?ring|distant)(?-i:[a-z’'-]+)\s+){0,3}?"  # "a nearby base": out of the place
    r"(?:airport|compound|headquarters|base|bases|barracks|garrison|citadel|fort|fortress|palace|office|offices|building|city|town|centre|center)\b"
    r"(?!\s+(?:[\w-]+\s+){0,2}?(?:outside|beyond|away|out\s+of|on\s+the\s+outskirts)\b)",
    _IGNORE_CASE,
)

# a refuge that is not the district's own seat ("the district compound")
_LAST_STRONGHOLD = re.compile(r"(?![^\n]*\bdistrict\b).*")


def garrison_left(sentence: str, place: tuple[int, int], verb: tuple[int, int]) -> bool:
    """Return True when forces named as standing in the place at `place` = (start, end) are the
    subject of the verb of leaving at `verb` = (start, end) and do not stay inside it."""
    return _garrison_subject(sentence, place, verb) and _INNER_REFUGE.match(sentence, verb[1]) is None


def garrison_withdrew_inside(sentence: str, place: tuple[int, int], verb: tuple[int, int]) -> bool:
    """Return True when forces named as standing in the place at `place` are the subject of the verb
    of leaving at `verb` and fall back to a refuge inside it ("troops in X retreated to the airport"):
    they have lost most of it and hold a part. Not into a district's compound, which is the district
    they hold."""
    refuge = _INNER_REFUGE.match(sentence, verb[1])
    return refuge is not None and _LAST_STRONGHOLD.fullmatch(refuge.group()) is not None and _garrison_subject(sentence, place, verb)


def _garrison_subject(sentence: str, place: tuple[int, int], verb: tuple[int, int]) -> bool:
    """Return True when forces named as standing in the place at `place` ("troops in X", "X's last
    defenders", "troops there") are the subject of the verb at `verb`."""
    start, end = place
    if sentence.startswith("there", start):  # "troops there had fled": the forces of the place "there" stands for
        end = start + len("there")
        return _FORCES_RIGHT_BEFORE.search(sentence, max(0, start - 20), start) is not None and _TO_VERB.fullmatch(sentence, end, verb[0]) is not None
    if _OWN_GARRISON_AFTER.fullmatch(sentence, end, verb[0]):
        return True  # "X's last defenders left"
    return _GARRISON_BEFORE.search(sentence, max(0, start - 70), start) is not None and _TO_VERB.fullmatch(sentence, end, verb[0]) is not None


def stays_inside(sentence: str, verb_end: int) -> bool:
    """Return True when the verb of leaving ending at `verb_end` goes on to a refuge inside the place
    ("withdrew to the airport", "pulled back into the governor's compound"): no loss of the whole."""
    return _INNER_REFUGE.match(sentence, verb_end) is not None
