"""The outskirts of a town named only as an address, not as a front.

"Families sheltering in a makeshift settlement on the outskirts of Kandahar city", "camps on Kabul's
northern outskirts", "a blast at a
mosque on the outskirts of the capital", "a farmer whose plot lies on the outskirts of Charikar", "residents of the outskirts of X" say
where something stands or someone lives (so does "troops withdrew to a base on the outskirts of X":
where the retreat ended), not that anyone fights there. The bare word "outskirts" is
fighting only when it tells where fighters are or press ("the Taliban are on the outskirts of X",
"by evening they were on the outskirts of the capital"). A fight word of its own in the sentence
("clashes", "attacked") still tells the fighting.

Everything here reads the sentence's view (`frontmap.extract.text.text_view`: lower case,
punctuation as spaces, same offsets as the sentence).
"""

from __future__ import annotations

import re

from frontmap.extract.cues import ARMED_SIDE

__all__ = ["address_only", "is_an_address"]

# whose outskirts: "the", or the town's name in the possessive ("on Kabul's northern outskirts", the
# view's "kabul s"), which names the town as the following "of X" would
_OWNER = r"(?:the\s+|(?:the\s+)?(?:[\w-]+\s+){1,3}s\s+)?"
# a standing place, or a verb of lying or living, then a few words and "on (at, in) the outskirts"
_ADDRESS_BEFORE = re.compile(
    r"\b(?:camps?|settlements?|shelters?|mosques?|hospitals?|clinics?|schools?|universit(?:y|ies)|shrines?|cemeter(?:y|ies)"
    r"|graveyards?|factor(?:y|ies)|weddings?|funerals?|(?:refugee|displacement)\s+sites?"
    r"|located|situated|lying|based|living|lives|live|settled|sheltering|sheltered|displaced|stranded|housed)"
    r"\s+(?:[\w'’-]+\s+){0,3}?(?:on|at|in)\s+" + _OWNER + r"(?:(?:north|south|east|west)\w*\s+)?$"
    # where troops went back to: "units pulled back to a hilltop base on the outskirts of the town" (their
    # retreat is read on its own; the outskirts only say where the base they reached lies)
    r"|\b(?:withdr[ae]w\w*|retreat\w*|pulled\s+back|fell\s+back|fallen\s+back|relocated|redeployed)\s+to\s+(?:an?|the|their|its|another)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?:on|at|in)\s+" + _OWNER + r"(?:(?:north|south|east|west)\w*\s+)?$"
    # a district or town said to lie there: "the Arghandab district in the outskirts of Kandahar City was retaken"
    # (the district's own verb tells what happened to it; the outskirts only say where it lies)
    r"|\b(?:district|town)\s+(?:just\s+|right\s+|located\s+|lying\s+|situated\s+)?(?:in|on|at)\s+the\s+(?:(?:north|south|east|west)\w*\s+)?$"
    # the people who live there: "residents of the outskirts of X", "families from the outskirts"
    r"|\b(?:residents?|inhabitants?|villagers|families|dwellers|locals|shopkeepers|traders)\s+(?:of|from|in|on)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west)\w*\s+)?$"
    # defenders shown guarding, standing or posing there ("policemen stand guard at a checkpoint on the outskirts of X",
    # "militiamen stand at a post on the outskirts of X",
    # "militiamen loyal to Y on the outskirts of X"): where they stand, no attack on the town
    r"|\b(?:policem[ae]n|police\s+officers|soldiers|troops|commandos|militiam[ae]n|guards|security\s+(?:forces|personnel))\s+"
    r"(?:(?:loyal|belonging)\s+to\s+(?:[\w'’-]+\s+){1,4}?|(?:(?:stand|stands|stood|standing)(?:\s+guard)?|(?:keep|keeps|kept|keeping)\s+guard)\s+"
    r"(?:at\s+(?:an?|the)\s+(?:[\w'’-]+\s+){0,2}?)?|pos(?:e|es|ed|ing)\s+(?:for\s+(?:a\s+)?(?:photos?|pictures?)\s+)?)(?:on|at|in)\s+(?:the\s+)?$"
)
# people's own homes there ("families ordered to leave their homes on the outskirts of X"): an address
# only in a sentence that tells no fighting ("fled their homes on the outskirts as fighters attacked")
_HOMES_BEFORE = re.compile(r"\b(?:their|our|own)\s+(?:houses|homes)\s+(?:on|at|in)\s+" + _OWNER + r"(?:(?:north|south|east|west)\w*\s+)?$")

# fighting, a siege, a capture or an advance told anywhere in the sentence
_FIGHTING = re.compile(
    r"\b(?:fight\w*|fought|clash\w*|battl\w*|attack\w*|assault\w*|offensives?|advanc\w*|sieges?|besieg\w*|shell\w*"
    r"|mortars?|rockets?|gunfire|firing|captur\w*|seiz\w*|overr[au]n\w*|encircl\w*|surround\w*|positions?|checkpoints?"
    r"|front\s?lines?|push\w*|storm\w*|took|taken|fell|fallen|control\w*|airstrikes?|strikes?|bomb\w*"
    # men named before ("By evening they were on the outskirts of the capital"); an arrival or an
    # approach alone may be of the displaced, so it needs a side or a pronoun for them
    r"|they|them)\b"
)


def is_an_address(view: str, start: int) -> bool:
    """Return True when the word "outskirts" starting at `start` of `view` (a sentence's lower-case
    view) only says where a camp, a mosque, a settlement or people living there lie, or where
    people's own homes are in a sentence that tells no fighting."""
    if _ADDRESS_BEFORE.search(view, max(0, start - 80), start) is not None:
        return True
    return _HOMES_BEFORE.search(view, max(0, start - 40), start) is not None and not _FIGHTING.search(view)


def address_only(view: str, start: int, end: int) -> bool:
    """Return True when `view[start:end]` is the word "outskirts" in a sentence that names no armed
    side and no fighting: the outskirts are where someone or something is, not a front."""
    if view[start:end].strip() != "outskirts":
        return False
    return not (ARMED_SIDE.search(view) or _FIGHTING.search(view))
