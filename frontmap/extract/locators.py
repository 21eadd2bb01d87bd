"""Where a name shared by districts of several provinces finds the province that locates it."""

from __future__ import annotations

import re

# What locates a name shared by districts of several provinces: the province named right after it
# or after the list it opens ("Nawa in Ghazni", "Kohistan, Yaftal and Argo districts of Badakhshan",
# "Dawlatabad district of Faryab province"), or before it as a possessive ("Ghazni's Nawa district").
_LOCATOR_AFTER = re.compile(
    r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?){0,6}"
    r"\s*(?:districts?\s+)?(?:,\s*|\s+(?:in|of)\s+)(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?(?:province\s+of\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
_LOCATOR_BEFORE = re.compile(r"(?P<name>[A-Z][\w'’-]+)['’]s\s+$")
_LOCATOR_AFTER_FIRST = frozenset(",adio")  # what _LOCATOR_AFTER can find first past a name's spaces


def after(text: str, end: int) -> re.Match | None:
    """Return _LOCATOR_AFTER's match after a name ending at `end`; None at once when the first
    character past its spaces cannot open one (a comma, "and", "districts", "in", "of")."""
    if text[end : end + 160].lstrip()[:1] not in _LOCATOR_AFTER_FIRST:
        return None
    return _LOCATOR_AFTER.match(text, end, end + 160)


def before(text: str, start: int) -> re.Match | None:
    """Return _LOCATOR_BEFORE's match before a name at `start` ("Ghazni's Nawa"); None at once
    when the words before it do not end in a possessive."""
    window = max(0, start - 30)
    if not text[window:start].rstrip().endswith(("'s", "’s")):
        return None
    return _LOCATOR_BEFORE.search(text, window, start)
