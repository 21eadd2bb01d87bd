"""Who receives a place handed over "to them": the side named before the handing's own clause.

"Taliban fighters patrolled X on Tuesday, a day after local elders handed the city to them": the
elders hand the town over, and "them" are the fighters named before. The side named inside the
handing's own clause ("after police at the district centre surrendered to them", "and the governor
handed the city over to them") is the giver, never "them"; the nearest side named before that
clause opens (a comma, "and", "after", "that" ...) is who "them" means.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontmap.extract.roles import Actors
    from frontmap.extract.triggers import Trigger

_TO_THEM = re.compile(r" +(?:(?:city|town|district|centre|center|capital) +)?(?:over +|back +|up +)?to +them\b")
# where the handing's clause opens: a comma (two spaces in the view) or a joining word
_CLAUSE_OPENS = re.compile(r"  | (?:and|but|after|when|as|before|that|while|once|until|since|where) ")
_CLAUSE_REACH = 100  # characters back from the verb in which its clause opens


def receiver(view: str, actors: Actors, trigger: Trigger, after: int) -> str | None:
    """Return the side that receives a place handed "to them" (`after` the place and the verb):
    the nearest side named before the handing's own clause opens; None when the clause opens on
    no such side, or no "to them" follows."""
    if _TO_THEM.match(view, after) is None:
        return None
    opens = [m.start() for m in _CLAUSE_OPENS.finditer(view, max(0, trigger.start - _CLAUSE_REACH), trigger.start)]
    return actors.before(opens[-1] + 1) if opens else None
