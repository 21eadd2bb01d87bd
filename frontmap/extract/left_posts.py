"""Forces leaving their own posts in a place: "soldiers quit their posts in the city overnight",
"security forces abandoned their positions at Shir Khan Bandar" (for `frontmap.extract.rules`);
and people leaving their own homes ("forced families to leave their villages in X"), which is flight,
not a side giving up the place.

Posts named as the leavers' own ("their posts", "its positions") in a place are how the place was
held: those who held it left it, so the place itself changed hands. Posts that are not theirs, or
that lie around it ("checkpoints on the outskirts of X"), stay a part of it.
"""

from __future__ import annotations

import re

# "leaving X isolated", "left X exposed", "leaving X under threat": a word after the place that is no
# preposition ("fled X into Tajikistan": where they went), time or bearing, or a danger or a rule X is left in
# ("leaving Kabul under government control")
_CAUSATIVE_AFTER = re.compile(
    r" +(?!(?:on|in|into|of|at|after|before|for|to|without|and|or|overnight|late|early|earlier|yesterday|last|this|that|districts?|city|over|between"
    r"|around|through|throughout|until|till|from|toward|towards|(?:a|an|two|three|four|five|six|several|few|\d+) +(?:days?|weeks?|hours?|months?)"
    r"|cities|provinces?|cent(?:re|er)s?|headquarters|with|by|as|amid|under(?! +(?:\w+ +){0,3}?(?:threat|pressure|siege|attack|control|rule)\b)|following|behind|when|while|since|within|during|shortly"
    r"|the|s|again|once|twice"  # "pulled out of X again" (not "-ly": "leaving X increasingly isolated")
    # where the place lies is no state it is left in ("abandoned X district south of Y", "some 40 km from Y")
    r"|(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|outside|along|across|beside|some|about|roughly)\b)[a-z]+"
)

# "leaving X in the hands of a small police unit", "left X under Taliban control": whose hands it is left
# in (in the view: lower case, punctuation as spaces)
_LEFT_IN_HANDS = re.compile(
    r" +(?:(?:district +)?(?:centre|center|headquarters|compound) +)?(?:(?:as +)?the +(?:only|last) +(?:[\w'’-]+ +){0,5}?)?(?:in +(?:the +)?(?:[\w'’-]+ +){0,2}?hands(?: +of(?: [a-z0-9'’-]+){1,4})?"
    r"|under +(?:the +)?(?:[\w'’-]+ +){0,3}?(?:control|rule)(?: +of(?: [a-z0-9'’-]+){1,4})?)"
)
_LIST_TAIL = r"(?:[^.;:()]{1,60}?(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+))?"  # a later item of a list: "in Kunduz and <Badakhshan>"
_OWN_POSTS = re.compile(
    r"\s+(?:all\s+|most\s+of\s+)?(?:their|its|his)\s+(?:\w+\s+)?(?:posts?|positions?|checkpoints?|outposts?|bases?|barracks)"
    r"\s+(?:in|at|inside|within)\s+(?:the\s+)?(?:(?:city|town|district|centre|center|capital)\s+(?:of\s+)?)?" + _LIST_TAIL,
    re.IGNORECASE,
)

# "withdrew its troops from X", "pulled the police out of X": the forces a side takes out of the place
_OWN_FORCES = re.compile(
    r"\s+(?:all\s+(?:of\s+)?|most\s+of\s+|the\s+last\s+of\s+)?(?:their|its|his|the|government|afghan|remaining)\s+(?:\w+\s+)?"
    r"(?:troops|forces|soldiers|police(?:men)?|garrison|commandos|units|fighters|militants|men)"  # "withdrew their fighters from X": the Taliban leaving
    r"\s+(?:from|out\s+of)\s+(?:the\s+)?(?:(?:city|town|district|centre|center|capital)\s+(?:of\s+)?)?" + _LIST_TAIL,
    re.IGNORECASE,
)


def forces_taken_out(view: str, at: int) -> bool:
    """Return True when the words at `at` name the forces a verb of leaving takes out of a place
    ("withdrew their fighters from X"): those forces' side is the one leaving."""
    return _OWN_FORCES.match(view, at) is not None


def left_own_posts(gap: str) -> bool:
    """Return True when `gap`, the words between a verb of leaving and the place after it, names
    the leavers' own posts in that place ("abandoned their posts in", "quit its positions at the town of")
    or the forces taken out of it ("withdrew its troops from", "pulled the police out of")."""
    return _OWN_POSTS.fullmatch(gap) is not None or _OWN_FORCES.fullmatch(gap) is not None


_OWN_HOMES = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:their|his|her|its|our)\s+(?:\w+\s+)?(?:homes?|houses?|villages?|farms?|lands?|fields|shops)"
    r"\s+(?:\w+\s+){0,3}?(?:in|at|of|around|near)\s+(?:the\s+)?(?:(?:city|town|district|province)\s+(?:of\s+)?)?"
    + _LIST_TAIL,
    re.IGNORECASE,
)


def left_homes(gap: str) -> bool:
    """Return True when `gap`, the words between a verb of leaving and the place after it, names
    the leavers' own homes there ("leave their villages in", "abandoned their houses in the city of"):
    people fleeing, not a side leaving the place."""
    return _OWN_HOMES.fullmatch(gap) is not None


def left_in_hands(view: str, end: int) -> tuple[int, int] | None:
    """Return the span of the words after the place ending at `end` that say whose hands a leaving
    left it in ("leaving X in the hands of the police", "left X under Taliban control", "leaving X
    the only town of the province in government hands"), else None."""
    match = _LEFT_IN_HANDS.match(view, end)
    return match.span() if match else None


def left_in_a_state(sentence: str, end: int) -> bool:
    """Return True when a word after the place ending at `end` says what state the leaving left it
    in ("leaving X isolated", "left X under threat"), not where or when it was left."""
    return _CAUSATIVE_AFTER.match(sentence, end) is not None
