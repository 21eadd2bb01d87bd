"""A change named only as a yardstick or as one outcome among those imagined.

"Kandahar could be a game-changer, almost as big as the fall of Kabul", "losing Herat would rival
the capture of Kunduz" measure one thing against another: the fall named after "as big as" is
not told to have happened. Nor is one listed among the outcomes that may come ("no outcome is
inevitable, including the fall of Kabul", "officials planned for every scenario, such as the
loss of the capital"). A comparison with a fact ("a blow like the fall of Kunduz last week") is
told without a modal and stays an event.

Read in a sentence's view (`frontmap.extract.text.text_view`: lower case, punctuation as spaces).
"""

from __future__ import annotations

import re

__all__ = ["compared_or_imagined"]

_REACH = 110  # characters before the nominal trigger in which the modal or the outcome word stands
# a modal, a few words, then a word of measure right before the trigger ("could be almost as big as the")
_MODAL_YARDSTICK = re.compile(
    r" (?:would|could|might|may|will)(?: +not)?(?: +[\w-]+){0,8}? +(?:as +(?:\w+ +){1,2}?as|comparable +to|akin +to"
    r"|on +a +par +with|rival(?:s|ling)?|match(?:es|ing)?|equal(?:s|ling)?|than|like|eclips(?:e|es|ing)|dwarf(?:s|ing)?)"
    r" +(?:(?:even|the|a|an) +)?$"
)
# what may come: "no outcome is inevitable, including the", "every scenario, such as the"
_IMAGINED_OUTCOMES = re.compile(
    r" (?:outcomes?|scenarios?|possibilit(?:y|ies)|eventualit(?:y|ies)|contingenc(?:y|ies))\b(?: +[\w-]+){0,8}?"
    r" +(?:including|such +as|like|even) +(?:(?:the|a|an) +)?$"
)


def compared_or_imagined(view: str, position: int) -> bool:
    """Return True when the nominal trigger at `position` of `view` is a yardstick after a modal
    ("could be as big as the fall of X") or an outcome imagined ("no outcome is inevitable,
    including the fall of X"), not a change told."""
    before = " " + view[max(0, position - _REACH) : position]
    return bool(_MODAL_YARDSTICK.search(before) or _IMAGINED_OUTCOMES.search(before))
