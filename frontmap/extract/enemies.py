""""Cleared X of the enemy": each side calls the other the enemy, so the one that cleared the place
is the side acting or speaking, never the side the word "enemy" would name by itself; a place
cleared "of resistance fighters" (the Taliban's opponents after August 15) likewise."""

from __future__ import annotations

import re

from frontmap.status import TALIBAN

# "of the enemy", "from the enemies", "of resistance fighters": the side cleared out is the other one
_OF_ENEMY = re.compile(
    r" +(?:[\w-]+ +){0,9}?(?:of|from) +(?:the +|all +|remaining +)?"
    r"(?:enemy|enemies|resistance(?: +fighters| +forces)?|anti-taliban +(?:fighters|forces|militias?))\b"
)
_TALIBAN_VOICE = re.compile(
    r"(?<![a-z])(?:mujahid|islamic +emirate|taliban +(?:spokes(?:man|person)|commanders?|officials?|statement)"
    r"|taliban +(?:also +)?(?:said|say|says|claimed|claim|announced|tweeted))\b"
)


def clearer_of_enemy(trigger_end: int, agent: str | None, view: str) -> str | None:
    """Return the side that cleared a place "of the enemy" (the verb ends at `trigger_end` in the
    lower-case `view`): the verb's `agent`, else the Taliban when they are the ones speaking; None
    when no enemy is named after the verb or the side is not known."""
    if not _OF_ENEMY.match(view, trigger_end):
        return None
    if agent is not None:
        return agent
    return TALIBAN if taliban_voice(view) else None


def taliban_voice(view: str) -> bool:
    """Return True when the Taliban are the ones speaking in the lower-case sentence `view` (their
    spokesman, their statement, "the Taliban said")."""
    return _TALIBAN_VOICE.search(view) is not None
