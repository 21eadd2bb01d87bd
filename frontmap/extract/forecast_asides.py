"""Forecast asides: a change told with a comment that it was foreseen ("the Taliban, as many had
feared, overran X"; "the district — as officials had predicted — fell").

The aside confirms the fact: what was feared or expected came about. Its verb of fearing or
expecting stands right before the change once the commas are blanked, where it would read like an
adjective of an awaited event ("a feared assault"). Only an aside set off by punctuation on both
sides counts: "as residents feared attacks" still fears them. The side that speaks the aside ("as
officials had predicted") is no doer of the change, and the clause or the "a day after" complement
it interrupts goes on past it.
"""

from __future__ import annotations

import re

__all__ = ["aside_end", "aside_subject", "blanked"]

_VERB = r"(?:feared|expected|predicted|anticipated|forecast|foreseen|warned|suspected)"
_SPAN = r"(?: +(?:for +(?:days|weeks|months)|all +along))?"
# in the text view punctuation is blanked, so an aside is bounded by two blanks in a row (or the start)
_FORECAST_ASIDE = re.compile(
    r"(?:^|\s\s)as +(?:[a-z’'-]+ +){0,3}?(?:(?:had|has|have|was|were|is|had +been|has +been|had +long|had +widely|had +been +widely) +)?"
    r"(?:long +|widely +|largely +)?" + _VERB + _SPAN + r"\s\s+$"
)
# the aside's own speaker and verb after it: "(as) officials had predicted for weeks,"
_AFTER_SPEAKER = re.compile(r" +(?:(?:had|has|have)(?: +(?:long|widely|been))? +)?(?:long +|widely +)?" + _VERB + _SPAN + r"\s\s")


def aside_end(view: str, position: int) -> int:
    """Return where a forecast aside set off right before `position` ends (", as many had feared,"),
    so the words before the change are read from there; 0 when there is none."""
    window = max(0, position - 50)
    if not view.endswith("  ", 0, position):
        return 0  # cheap gate: an aside ends with blanked punctuation
    match = _FORECAST_ASIDE.search(view, window, position)
    return position if match is not None else 0


def aside_subject(view: str, start: int, end: int) -> bool:
    """Return True when the actor at [start, end) only speaks the forecast aside ("the Taliban, as
    officials had predicted, seized X"): it does not do what the sentence's verb tells."""
    before = view[max(0, start - 10) : start]
    return before.endswith(("  as ", "  as the ", "  as some ", "  as many ")) and _AFTER_SPEAKER.match(view, end) is not None


# in the sentence itself: ", as many had feared," or " — as officials predicted — "
_SET_OFF_ASIDE = re.compile(
    r"[,—–] *as +(?:[a-z’'-]+ +){0,3}?(?:(?:had|has|have|was|were|is)(?: +(?:long|widely|been))? +)?(?:long +|widely +|largely +)?"
    + _VERB + _SPAN + r" *[,—–]",
    re.IGNORECASE,
)


def blanked(sentence: str) -> str:
    """Return `sentence` with its forecast asides blanked to spaces (same length), so the clause
    they interrupt reads as one ("a day after the Taliban, as many had feared, overran X")."""
    if " as " not in sentence and " As " not in sentence:
        return sentence  # cheap gate: most sentences have no such aside
    return _SET_OFF_ASIDE.sub(lambda m: " " * len(m.group()), sentence)
