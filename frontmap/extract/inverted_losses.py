"""Inverted losses: "Also lost were X and Y", "Lost on Wednesday was X": a loss told before its
subjects, each name of the list the unit lost (not "lost X", whose object the winner took from
someone named before).
"""

from __future__ import annotations

import re

# the words between "lost" and the place: a few words, then "was"/"were", then the names before it in the list
_INVERTED = re.compile(
    r"\s+(?:(?!(?:when|as|after|before|while|because|and|but|since)\b)[\w-]+\s+){0,6}?(?:was|were)\s+"
    r"(?:[A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*){0,2}(?:\s*,\s*(?:and\s+)?|\s+and\s+))*"
)


def inverted_subject(gap: str) -> bool:
    """Return True when `gap`, the words between "lost" and a place after it, makes the place the
    inverted subject of "lost" ("Also lost were Nawur and <Malistan>")."""
    return _INVERTED.fullmatch(gap) is not None
