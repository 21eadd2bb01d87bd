"""Lists without a verb of their own: "The districts include X, Y and Z in Badakhshan. They all
fell on Sunday." and "The fallen districts are X in Herat, Y in Ghor and Z in Zabul."

A sentence that only lists places after "the districts include" / "the districts are" takes its
outcome from the word that heads it ("the fallen districts") or from the next sentence when that
one speaks of them all ("They all fell", "All of them were captured"). The outcome is set where
the list starts, as a noun would be ("the fall of X, Y and Z"), so each name of the list is its
object.
"""

from __future__ import annotations

import dataclasses
import re

from frontmap.extract import rules
from frontmap.extract.triggers import CAPTURE, FALL, HANDOVER, LOSE, RETAKE, Trigger

_LIST_HEAD = re.compile(
    r"^(?:[A-Z][A-Za-z’'.-]*(?:\s+[A-Z][A-Za-z’'.-]*)*,\s+[A-Z][a-z]+\.?\s+\d{1,2}\s*[-–—]+\s*)?"  # a dateline: "FAIZABAD, July 5 - "
    r"\W*(?:the|these|those)\s+(?:(?P<adjective>[a-z]+)\s+)?(?:\w+\s+)?(?:districts?|towns?|cities|capitals|provinces"
    r"|district\s+cent(?:re|er)s)\s+(?:include[sd]?|are|were)\s+(?:the\s+)?(?=[A-Z])",
    re.IGNORECASE,
)
_ALL_OF_THEM = re.compile(r"^\W*(?:they|all\s+of\s+them|both\s+of\s+them|both)\s+(?:all\s+|both\s+)?", re.IGNORECASE)
_FALLEN = frozenset("fallen captured lost seized overrun abandoned".split())
_OUTCOMES = (CAPTURE, RETAKE, FALL, LOSE, HANDOVER)
_OUTCOME_REACH = 40  # characters into the next sentence its verb may start ("They all fell ...")


def only_in_head(sentence: str, triggers: list[Trigger]) -> bool:
    """Return True when every trigger of a list sentence stands in its head ("the fallen districts
    are ..."): the list then takes its outcome from `list_outcome`."""
    head = _LIST_HEAD.match(sentence)
    return head is not None and all(t.end <= head.end() for t in triggers)


def list_outcome(sentence: str, view: str, following: str | None, following_view: str | None) -> tuple[list[Trigger], int | None]:
    """Return the outcome a verbless list sentence (`view` its lower-case view) takes, set where the
    list starts, and where its verb stands in `following` (the next sentence, or None) when it
    comes from there (None when from the list's head). An empty list when it takes none."""
    head = _LIST_HEAD.match(sentence)
    if head is None:
        return [], None
    borrowed = None
    if (head.group("adjective") or "").lower() in _FALLEN:
        source = [t for t in rules.find_triggers("fell", "fell") if t.kind == FALL]
    elif following is not None and following_view is not None and _ALL_OF_THEM.match(following):
        source = [
            t for t in rules.find_triggers(following, following_view)
            if t.kind in _OUTCOMES and t.start < _OUTCOME_REACH
        ]
        borrowed = source[0].start if source else None
    else:
        return [], None
    at = head.end() - 1  # the space before the first name: each name stands after the outcome
    return ([dataclasses.replace(source[0], start=at, end=at, nominal=True)], borrowed) if source else ([], None)
