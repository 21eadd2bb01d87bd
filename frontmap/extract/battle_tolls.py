"""A battle told by its toll: one side killing the other's fighters in a place.

"Massoud's fighters killed a dozen Taliban in X", "troops killed 30 insurgents in X district",
"the Taliban killed eight soldiers in X": when the killers are one armed side and the dead are the
other's fighters, the killing is fighting in the place (contested), though no fight word is used.
A toll with no side behind it ("a roadside bomb killed six soldiers in X"), one from the air
("killed ten Taliban in an air strike in X": the strike stands between the dead and the place),
and the killing of civilians or officials are no battle for the place.
"""

from __future__ import annotations

import re

from frontmap.extract.resistance_leaders import LEADER_SIDE
from frontmap.extract.triggers import FIGHT, Trigger
from frontmap.status import CONTESTED

__all__ = ["toll_fight", "toll_triggers"]

_TALIBAN_MEN = r"(?:taliban|insurgents?|militants?)(?: +(?:fighters|militants|insurgents|members|commanders?))?"
_GOVERNMENT_MEN = (r"(?:afghan +|government +|security +|special +)*(?:soldiers|troops|police(?:men)?|police +officers|commandos"
                   r"|(?:security +)?forces|militiamen|resistance +fighters|members +of +the +(?:security +forces|resistance))")
_GOVERNMENT_SIDE = (r"(?:(?:afghan|government|security|special|resistance|government +and +resistance) +)*(?:forces|troops|army|soldiers|commandos|police"
                    r"|militias?|fighters(?<=resistance fighters)|(?<=the )resistance|nrf)|" + LEADER_SIDE + r" +s +(?:fighters|forces|men|militia)")
_COUNT = r"(?:at +least +|more +than +|nearly +|about +|some +|over +)?(?:\d+|a +dozen|dozens +of|scores +of|several|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)"
_KILLED = r"(?:also +|reportedly +)?(?:killed|killing|shot +dead)"
# the killers, the verb, a count of the other side's men, then where: "resistance fighters killed 15
# Taliban in", "the Taliban killed eight soldiers at" (the view: lower case, punctuation as spaces)
_TOLL_BEFORE_PLACE = re.compile(
    rf"(?:(?:^| )(?:{_GOVERNMENT_SIDE}) +(?:(?:on +)?\w+day +)?{_KILLED} +{_COUNT} +(?:more +)?{_TALIBAN_MEN}"
    rf"|(?:^| )(?:the +)?(?:taliban|insurgents|militants)(?: +fighters)? +(?:(?:on +)?\w+day +)?{_KILLED} +{_COUNT} +(?:more +)?{_GOVERNMENT_MEN})"
    r"(?: +(?:on +)?\w+day)? +(?:in|at|near|around) +(?:the +)?(?:(?:city|town|district|province|village) +of +)?$"
)
_REACH = 160  # characters before the place in which the killing is told
_TOLL_IN_PLACE = re.compile(_TOLL_BEFORE_PLACE.pattern[:-1] + r"(?=[A-Za-z])")


def toll_fight(view: str, place: tuple[int, int]) -> Trigger | None:
    """Return the killing that tells a battle at the place at `place` = (start, end) of `view` (a
    sentence's lower-case view) as a fight trigger ("resistance fighters killed 15 Taliban in X"),
    else None."""
    start = place[0]
    if view.find("kill", max(0, start - _REACH), start) < 0 and view.find("shot", max(0, start - _REACH), start) < 0:
        return None  # a cheap test first: most places have no killing before them
    found = _TOLL_BEFORE_PLACE.search(view, max(0, start - _REACH), start)
    if found is None:
        return None
    return _killing(view, found.start(), start)


def toll_triggers(view: str) -> list[Trigger]:
    """Return the killings in `view` (a sentence's lower-case view) that tell a battle at the place
    named right after them, as fight triggers, for a sentence with no control word of its own."""
    return [_killing(view, found.start(), found.end()) for found in _TOLL_IN_PLACE.finditer(view)] if "kill" in view or "shot" in view else []


def _killing(view: str, start: int, end: int) -> Trigger:
    """Return the verb of the killing told in `view`[start:end] as a fight trigger."""
    verb = re.search(_KILLED, view[start:end])
    return Trigger(start + verb.start(), start + verb.end(), view[start + verb.start() : start + verb.end()], CONTESTED, 0.7, False, FIGHT)
