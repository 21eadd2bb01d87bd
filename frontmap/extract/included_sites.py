"""Sites a list counts: "overran checkpoints in Zabul, including posts in Shinkai and Shahjoy",
"troops hold isolated outposts in several districts, including Sangin and Musa Qala".

"Including X" usually makes X one of the verb's objects ("seven districts fell, including X"). When
the counted objects are sites (posts, checkpoints, bases, a prison), the names only say where those
sites stand: X is a part of the story, not taken or held as a whole. A crossing counted so is a place
of its own ("the border crossings, including Spin Boldak"), and district headquarters or compounds are
the districts' seats ("the headquarters of five districts, including X"): neither is read here.
"""

from __future__ import annotations

import re

from frontmap.extract import facilities

__all__ = ["sites_included"]

_INCLUSION = re.compile(r"\b(?:including|among\s+them|among\s+which|such\s+as|namely)\b", re.IGNORECASE)
_WORD = re.compile(r"[a-z]+")
_SITE_WORDS = frozenset(
    """posts post checkpoints checkpoint outposts outpost bases base positions airport airports airfield airfields
    prison prisons jail jails stations station""".split()
) | facilities.BASE_WORDS


def sites_included(gap: str) -> bool:
    """Return True when the words `gap` (from the verb to the place) count sites before their
    "including" or after it ("checkpoints ..., including", "including posts in"): the place after
    them is where the sites stand."""
    return _INCLUSION.search(gap) is not None and any(w in _SITE_WORDS for w in _WORD.findall(gap.lower()))
