"""Where displaced people went: "fighting continues in Baghlan, displacing families into Pul-e
Khumri", "the battles in their villages led them to move to the suburbs of Taloqan", "uprooted
to Kabul". The place after the displacement is where people sought safety, not where the fight
is (`frontmap.extract.references` reads it as a destination). "Displaced from X" keeps X, the
place they fled. A photo caption's refuge stamped with its place ("families taking refuge from the
fighting between the Taliban and troops in Kabul, Afghanistan, Aug. 10") is where the picture was
taken, the refuge, however long the fight's description before it.
"""

from __future__ import annotations

import re

from frontmap.extract.text import has_any

_DISPLACED_TO = re.compile(
    r" (?:displac(?:ed|ing|es|ements?|e)|uproot(?:ed|ing|s)?|mov(?:e|es))(?: +\w+){0,4}? +(?:into|to|towards?) +(?:the +)?"  # "the displacement of families to X"
    r"(?:(?:suburbs|outskirts|safer +(?:parts|areas|neighbou?rhoods)) +of +(?:the +)?)?$"
)
_WORDS = ("displac", "uproot", "move")


def displaced_to(before: str) -> bool:
    """Return True when `before` (the lower-cased view before a place, opening on a space) ends on
    a displacement towards the place ("displacing families into", "led them to move to the suburbs of")."""
    return has_any(before, _WORDS) and _DISPLACED_TO.search(before) is not None

# "taking refuge from the fighting between the Taliban and Afghan troops in ": a refuge, then its place
_REFUGE_IN = re.compile(r"\b(?:refuge|shelter(?:s|ed|ing)?|sanctuary)\b[^.;:]{0,110}? in +(?:the +)?$", re.IGNORECASE)
# a caption's stamp after the place: "Kabul, Afghanistan, Aug. 10, 2021" / "Kabul, Afghanistan, on Tuesday"
_STAMP_AFTER = re.compile(r",\s*Afghanistan\s*,\s*(?:on\s+)?(?:[A-Z][a-z]+day\s*,?\s*)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8})\b")


def pictured_refuge(sentence: str, start: int, end: int) -> bool:
    """Return True when the place at sentence[start:end] is a photo's stamped place ("..., Afghanistan,
    Aug. 10") that closes a refuge phrase ("taking refuge from the fighting ... in X"): where the
    displaced sheltered, not where the fight was."""
    return _STAMP_AFTER.match(sentence, end) is not None and _REFUGE_IN.search(sentence, max(0, start - 130), start) is not None
