"""Air power backing a ground fight: "commandos supported by the air force carried out a clearance
operation in X", "with the help of air strikes, forces repelled an attack on X", "heavy fighting
with air support raged in X".

The aircraft help the troops; the fight told is on the ground, so its kind is not a strike
(`frontmap.extract.kinds`). Strikes told as the event itself ("warplanes struck Taliban positions
in X", "an airstrike on X", "attacked X with drones") stay strikes.
"""

from __future__ import annotations

import re

from frontmap.extract.text import Stems

_AIR = r"(?:(?:the\s+|afghan\s+|us\s+|u\.s\.\s+|american\s+|nato\s+)*(?:air\s*(?:force|forces|support|power|cover|strikes?|raids?)|aircraft|warplanes|jets|helicopters|gunships|drones|aaf))"
_BACKING = re.compile(
    rf"\b(?:supported|backed|assisted|aided|helped|covered|support(?:ed)?\s+from)\s+(?:up\s+)?by\s+{_AIR}"
    rf"|\bwith\s+(?:the\s+)?(?:support|help|backing|cover)\s+(?:of|from)\s+{_AIR}|\bwith\s+(?:the\s+)?(?:afghan\s+|us\s+)?air\s+(?:support|cover|power)\b",
    re.IGNORECASE,
)
# every form names air power with one of these words ("aircraft", "air support" and "air force" hold "air")
_AIR_WORDS = Stems("air", "warplanes", "jets", "helicopters", "gunships", "drones", "aaf")


def without_air_backing(window: str) -> str:
    """Return `window` (a trigger and the words around it) without the air power it names as
    backing a ground fight ("supported by the Afghan Air Force", "with the help of air strikes")."""
    if not _AIR_WORDS.found_in(window):
        return window  # most windows name no aircraft: the pattern would try every position for nothing
    return _BACKING.sub(" ", window)
