"""Expelled entrants: the place a side entered, read again where that side is driven out of it.

"Taliban fighters entered the centre of X on Sunday, only to be driven out by commandos on Monday",
"captured X on Saturday and were driven out the next day",
"reached the outskirts of X on Saturday before being pushed back on Sunday": the passive second
verb has no place of its own, but those driven out are the ones who entered, so they are driven
out of the place just entered. The place is read a second time where the second verb's subject
would stand, as a reference to it, so the fight and the expulsion are two events, each on its own
day. Only a passive expulsion joined right after the place ("only to be", "before being", "but
were") with a day of its own is read so ("but were driven back" alone is an attack repelled); a
place named between the two verbs, or after the second ("pushed back from Y"), is what the second
one is about.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from frontmap.extract.chains import DAY_IN_GAP
from frontmap.extract.triggers import CAPTURE, ENTER, EXPEL, FIGHT, Trigger

# between the first verb and its object: "the centre of", "the outskirts of", "the northern city of"
_OBJECT_GAP = re.compile(
    r" *(?:(?:the|a|of|centre|center|heart|edge|edges|gates|outskirts|bazaar|market|key|strategic|provincial|capital|city|town|district"
    r"|northern|southern|eastern|western) +){0,5}"
)
# after the place: a short tail with its day ("district on sunday"), then the passive that drives the
# entrants out ("only to be", "before being", "but were"); a comma shows as a double space in the view
_PASSIVE_AFTER = re.compile(
    r"(?: +[a-z0-9]+){0,5}? +(?:only +to +|before +|but +|and +)"
    r"(?P<aux>(?:be|being|were|was|had +been)(?: +(?:quickly|swiftly|soon|later|then|eventually))? +)$"
)
_REACH = 90  # characters from the end of the place to the second verb


def expelled_after(view: str, triggers: Sequence[Trigger], named: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return (i, position) for each place `named[i]` = (start, end) that is the object of a verb of
    entering or fighting followed by a passive expulsion with no place of its own (`view` the
    sentence's lower-case view, `triggers` its triggers): `position` is where the expulsion's
    subject would stand."""
    starts = [t.start for t in triggers]
    places = sorted(start for start, _ in named)
    found = []
    for n, (start, end) in enumerate(named):
        i = bisect.bisect_left(starts, start) - 1
        if i < 0 or triggers[i].kind not in (ENTER, FIGHT, CAPTURE):
            continue
        if not _OBJECT_GAP.fullmatch(view, triggers[i].end, start):
            continue
        j = bisect.bisect_left(starts, end)
        if j >= len(triggers) or triggers[j].kind != EXPEL or triggers[j].start - end > _REACH:
            continue
        if n + 1 < len(named) and named[n + 1][0] < triggers[j].start:
            continue  # "entered X and Y, but were driven out": not X alone, so not read for X
        later = bisect.bisect_left(places, triggers[j].end)
        if later < len(places) and "  " not in view[triggers[j].end : places[later]]:
            continue  # "and were pushed back from the bazaar of Y": the expulsion names its own place
        clause_end = view.find("  ", triggers[j].end)
        if not DAY_IN_GAP.search(view, triggers[j].end, clause_end if clause_end >= 0 else len(view)):
            continue  # "but were driven back" with no day of its own: the attack repelled, read as such
        match = _PASSIVE_AFTER.fullmatch(view, end, triggers[j].start)
        if match is not None:
            found.append((n, match.start("aux")))
    return found
