"""Apposed kinds: an unnamed place that only describes the name before it.

"Lashkar Gah, the capital of Helmand province and a key southern city": "a key southern city" is
a second description of Lashkar Gah in the same apposition, no new place; "the city" in the next
sentence still means Lashkar Gah. An unnamed place brought in after a name on its own ("took
Kunduz and a town nearby ... the town") is another place, and stays one.
"""

from __future__ import annotations

import re

# a comma, a first description led by an article, then "and" right before the unnamed place
_FIRST_DESCRIPTION = re.compile(r"\s*,\s*(?:the|a|an)\s+[^,;:.()\"“”]{1,60}?\s+and\s*$", re.IGNORECASE)
_AND_ONLY = re.compile(r"\s+and\s+")
# a mention read with its apposition ("Lashkar Gah, the capital of Helmand province"): the first description inside it
_APPOSED_SPAN = re.compile(r"[^,]+,\s*(?:the|a|an)\s")
# or a mention that is itself the first description ("X, the capital of Helmand province": the capital phrase read as X)
_OPENED_BEFORE = re.compile(r",\s*(?:the|a|an)\s+[^,;:.()\"“”]{0,50}$", re.IGNORECASE)


def second_description(text: str, name: tuple[int, int], at: int) -> bool:
    """Return True when the unnamed place starting at `at` is the second description of an
    apposition opened right after the name spanning `name` (", the capital of X and a ..."), the
    first one written after the name or read with it as one mention."""
    start, end = name
    if not 0 <= at - end <= 80:
        return False
    return _FIRST_DESCRIPTION.fullmatch(text, end, at) is not None or (
        _AND_ONLY.fullmatch(text, end, at) is not None
        and (_APPOSED_SPAN.match(text, start, end) is not None or _OPENED_BEFORE.search(text, max(0, start - 60), start) is not None))
