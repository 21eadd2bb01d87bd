"""Where displaced people went: "fighting continues in Baghlan, displacing families into Pul-e
Khumri", "the battles in their villages led them to move to the suburbs of Taloqan", "uprooted
to Kabul". The place after the displacement is where people sought safety, not where the fight
is (`frontmap.extract.references` reads it as a destination). "Displaced from X" keeps X, the
place they fled.
"""

from __future__ import annotations

import re

from frontmap.extract.text import has_any

_DISPLACED_TO = re.compile(
    r" (?:displac(?:ed|ing|es|e)|uproot(?:ed|ing|s)?|mov(?:e|es))(?: +\w+){0,4}? +(?:into|to|towards?) +(?:the +)?"
    r"(?:(?:suburbs|outskirts|safer +(?:parts|areas|neighbou?rhoods)) +of +(?:the +)?)?$"
)
_WORDS = ("displac", "uproot", "move")


def displaced_to(before: str) -> bool:
    """Return True when `before` (the lower-cased view before a place, opening on a space) ends on
    a displacement towards the place ("displacing families into", "led them to move to the suburbs of")."""
    return has_any(before, _WORDS) and _DISPLACED_TO.search(before) is not None
