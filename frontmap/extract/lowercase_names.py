"""Place names some wire copy prints in lower case ("the city of sheberghan", "sheberghan city").

English capitalises place names, so a lower-case hit is normally a word ("heart", "burqa"). A
lower-case name still reads as a place when a place word stands right beside it: "city", "district"
or "province" after it, or "city of", "district of", "province of" before it, or a later part of
the name written with a capital ("pol-e-Hesar, Bano and Deh Salah districts"). Short names stay
out: a three- or four-letter word beside "district" is more likely an ordinary word.
"""

from __future__ import annotations

import re

_MIN_LENGTH = 5
_WORD_AFTER = re.compile(r"\s+(?:city|district|province)\b", re.IGNORECASE)
_CAPITAL_PART = re.compile(r"[-\s][A-Z]")
_WORDS_BEFORE = re.compile(r"\b(?:city|district|province|town)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def placed_in_lower_case(text: str, start: int, end: int) -> bool:
    """Return True when the lower-case name at text[start:end] stands beside a place word that
    makes it a place ("city of sheberghan", "sheberghan city"), else False."""
    if end - start < _MIN_LENGTH or not text[start:end].replace(" ", "").replace("-", "").isalpha():
        return False
    if _CAPITAL_PART.search(text, start, end):
        return True  # "pol-e-Hesar": a part written with a capital, as no ordinary word is
    written = text[start:end].lower()
    if written.endswith((" city", " district", " province")):  # the alias holds its place word
        return True
    return bool(_WORD_AFTER.match(text, end) or _WORDS_BEFORE.search(text, max(0, start - 30), start))
