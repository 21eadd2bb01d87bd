"""List days: a day told right after a list of names dates every name of the list.

"Clashes broke out in X on Friday and spread to Y and Z over the weekend": Y is as far from
"Friday" as from "over the weekend", yet only names stand between Y and the weekend, so the
weekend is Y's day as much as Z's; Friday closed the clause before it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

_NAME = r"[A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*)*"
# the place's name, the names after it, then the words that open a day ("on", "over the")
_RUN_TO_DAY = re.compile(
    _NAME + r"(?:\s*,\s*(?:and\s+)?" + _NAME + r"|\s+and\s+" + _NAME + r")+"
    r"(?:\s+(?:districts?|towns?|cities))?\s+(?:(?:on|over|during|late|early)\s+)?(?:the\s+)?"
)


class _Dated(Protocol):
    @property
    def expr(self): ...  # a DateExpression: .start, .end


def closes_list(sentence: str, position: int, later: Sequence[_Dated]) -> bool:
    """Return True when the first of `later` (the clause's days after the place at `position`)
    follows the place's run of names with nothing else between: that day is the place's."""
    first = min(later, key=lambda d: d.expr.start, default=None)
    return first is not None and _RUN_TO_DAY.fullmatch(sentence, position, first.expr.start) is not None
