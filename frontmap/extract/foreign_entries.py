"""Entries abroad: "Afghan troops stationed at X retreated and entered Iranian territory", "soldiers
entered Tajikistan to escape the Taliban". The entry verb's object is a neighbouring country (or its
territory, soil, side), not an Afghan place: the troops fled across the border, so it is no advance
into the place named as where they stood (`frontmap.extract.idle_triggers` asks this before the
word becomes a trigger).
"""

from __future__ import annotations

import re

_NEIGHBOURS = r"(?:iran|tajikistan|pakistan|turkmenistan|uzbekistan|china)"
_NEIGHBOUR_ADJECTIVES = r"(?:iranian|tajik|pakistani|turkmen|uzbek|chinese)"
# the entry word at the trigger's start, then the country or its territory ("the neighbouring Iranian soil")
_ENTRY_ABROAD = re.compile(
    r"(?:entered|enters|enter|entering)\s+(?:the\s+)?(?:neighbou?ring\s+)?(?:" + _NEIGHBOURS + r"(?!\s*(?:'s|’s)?\s*(?:side\s+of|border\s+(?:town|city|post|crossing)))\b"
    r"|" + _NEIGHBOUR_ADJECTIVES + r"\s+(?:territory|territories|soil|land|side|border\s+areas?)\b)"
)


def is_an_entry_abroad(view: str, start: int) -> bool:
    """Return True when the trigger word at `start` of `view` (a sentence's lower-case view) is an
    entry whose object is a neighbouring country or its territory ("entered Iranian territory")."""
    return _ENTRY_ABROAD.match(view, start) is not None
