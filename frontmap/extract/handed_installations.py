"""Installations given up in a town named just before: "shots were heard in X before all the
provincial installations were surrendered to the insurgents" hands X over.

A report of a quiet handover often names the town in one clause and the handover in the next,
whose subject is the town's buildings with no place of their own ("before all the government
offices were handed over to the Taliban", "as the main government buildings were taken over").
Those buildings are the town's seat, so the change is told of the town located in the clause
before ("in X", "in the provincial capital of X"). A town only set as a goal or a road's end
("officials fled to X before ...") is not where the buildings stood; buildings with a place of
their own ("the offices in Y were surrendered") are read from that place as usual.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

__all__ = ["handed_installations"]

_BUILDING_WORDS = ("installations", "buildings", "offices", "facilities")
# "all the provincial installations were surrendered", "the main government buildings had been handed over"
_HANDED_OVER = re.compile(
    r"\b(?P<noun>(?:all\s+(?:of\s+)?(?:the\s+)?|the\s+)(?:(?:main|key|provincial|government|public|state|official|administrative|district)\s+){1,2}"
    r"(?:installations|buildings|offices|facilities))\s+(?:were|had\s+been|have\s+been)\s+(?:(?:quickly|peacefully|formally|then|soon)\s+)?"
    r"(?:surrendered|handed\s+over|turned\s+over|given\s+up|taken\s+over|seized|captured|overrun)\b",
    re.IGNORECASE,
)
# the town before is where something happened: "in X", "inside the provincial capital of X"
_LOCATED = re.compile(r"\b(?:in|inside|at)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}(?:of\s+)?$", re.IGNORECASE)
# the clause of the buildings follows the town's at once: "before", "after", "as", "when", "until", "and then"
_LINK = re.compile(r"^[^;:.()\"“”]{0,80}?\b(?:before|after|as|when|until|and(?:\s+then)?)\s*$", re.IGNORECASE)
_OWN_PLACE_REACH = 40  # "were surrendered to the Taliban in Y": a place right after is the buildings' own


def handed_installations(sentence: str, s_start: int, mentions: list[Mention]) -> Iterator[tuple[int, int, Mention]]:
    """Yield (start, end, mention) for each subject of a handover clause of `sentence` (starting at
    `s_start` of the text) that is a town's buildings with no place of their own, the mention being
    the town the clause just before locates ("in X")."""
    lowered = sentence.lower()
    if not any(word in lowered for word in _BUILDING_WORDS):
        return
    for match in _HANDED_OVER.finditer(sentence):
        start, end = match.span("noun")
        if any(0 <= m.start - s_start - match.end() <= _OWN_PLACE_REACH for m in mentions):
            continue  # the buildings' own place follows
        town = _located_town(sentence, s_start, mentions, start)
        if town is not None:
            yield start, end, town


def _located_town(sentence: str, s_start: int, mentions: list[Mention], at: int) -> Mention | None:
    """Return the town named last before `at` when the sentence locates something in it and the
    clause at `at` follows at once, else None."""
    before = sorted((m for m in mentions if m.end - s_start <= at and m.place.kind != "province"), key=lambda m: m.end)
    located = [m for m in before if _LOCATED.search(sentence, 0, m.start - s_start)]
    if not located:
        return None
    town = located[-1]
    if any(m.place.key != town.place.key for m in before if m.start > town.start):
        return None  # another town named between ("in X, near Y, before ..."): which one is unclear
    # an apposition between is only the town's ("in X, the capital of Wardak, before ...")
    return town if _LINK.match(sentence[town.end - s_start : at]) else None
