"""Site destinations: a town named only to place the site men withdrew to.

"Troops retreated to the airport outside Kunduz", "officials fell back to an army base near Farah":
the destination is the airport or the base; the town only locates it, at its own edge. Such a town
is no destination a later "the city" can never mean ("fled to Kabul ... the city fell" is not
Kabul); it may be meant when no other town is at hand ("... retreated to the airport outside Kunduz
after the Taliban captured the city": Kunduz). A site "in" a town ("the airport in Kabul") is where
men went, often far off, and stays a destination.
"""

from __future__ import annotations

import re

# the site, then a word that sets it at the town's edge, right before the town's name
_SITE_AT_EDGE = re.compile(
    r"\b(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,2}?(?:airport|airfield|base|barracks|garrison|camp|corps\s+headquarters)"
    r"\s+(?:just\s+)?(?:outside(?:\s+of)?|near|on\s+the\s+(?:outskirts|edge)\s+of)\s+(?:the\s+(?:city|town)\s+of\s+)?$",
    re.IGNORECASE,
)


def locates_site(text: str, name_start: int) -> bool:
    """Return True when the name starting at `name_start` only locates a site at the edge of its
    town that men withdrew to ("the airport outside X")."""
    return _SITE_AT_EDGE.search(text, max(0, name_start - 60), name_start) is not None
