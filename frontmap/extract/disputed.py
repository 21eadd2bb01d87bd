"""A recapture the same sentence takes back: "forces claimed the recapture of X, but the Taliban
are still active in the district", "the army says it has retaken X, though insurgents remain in
parts of it". The government's word stands against the Taliban still there, so the place is
fought over (contested), not held. A contrast that keeps the Taliban somewhere else ("retook X on
Friday, but the Taliban still hold Y and Z", "... still control three other districts") says
nothing against the recapture.
"""

from __future__ import annotations

import re

_STILL_THERE = re.compile(
    r" (?:but|though|although|however|yet|even +though|while) +(?:\w+ +){0,4}?(?:taliban|insurgents|militants|fighters|group)"
    r" +(?:\w+ +){0,2}?(?:still|remain|remains|remained|continue|continues|are +yet)\b"
)
# "still hold Bilchiragh", "still control three other districts": a hold whose object is another place
_HELD_ELSEWHERE = re.compile(
    r"(?:\s+(?:to\s+)?(?:hold|holds|held|control|controls|controlled|occupy|occupies))\s+"
    r"(?:(?:[A-Z][\w'’-]+)|(?:(?:several|many|two|three|four|five|six|\d+|most|much|all)\s+)?(?:other|neighbou?ring|nearby|surrounding)\b)"
)


def still_fought_after(view: str, after: int, sentence: str | None = None) -> bool:
    """Return True when the rest of the sentence after `after` (the verb) opens a contrast that keeps the
    Taliban in place ("..., but the Taliban is still active in the district"); given the `sentence`
    (its cased text), not when the Taliban are kept holding another place it names."""
    found = _STILL_THERE.search(" " + view[after : after + 200])
    if found is None:
        return False
    at = after + found.end() - 1  # the view is the sentence's, offset for offset
    return sentence is None or _HELD_ELSEWHERE.match(sentence, at) is None
