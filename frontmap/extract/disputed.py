"""A recapture the same sentence takes back: "forces claimed the recapture of X, but the Taliban
are still active in the district", "the army says it has retaken X, though insurgents remain in
parts of it". The government's word stands against the Taliban still there, so the place is
fought over (contested), not held. A contrast that keeps the Taliban somewhere else ("retook X on
Friday, but the Taliban still hold Y and Z", "... still control three other districts") says
nothing against the recapture. Nor does one that keeps them only in the country around a district
centre retaken ("retook the district centre of X, but the Taliban still hold the villages around
it"): the map follows who holds the centre (`frontmap.extract.holdouts`).
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

# the retaken object is the district's seat: "retook the district centre of", "recaptured the centre of"
_SEAT_RETAKEN = re.compile(r" +(?:the +)?(?:district +)?(?:cent(?:re|er)|headquarters|seat|administrative +cent(?:re|er)) +(?:of|in)\b")
# the Taliban kept only in its outlying parts: "villages around it", "the countryside", "the surrounding areas"
_OUTLYING = re.compile(r"\b(?:villages?|countryside|rural|surrounding|outlying|outskirts|hinterland)\b")


def still_fought_after(view: str, after: int, sentence: str | None = None) -> bool:
    """Return True when the rest of the sentence after `after` (the verb) opens a contrast that keeps the
    Taliban in place ("..., but the Taliban is still active in the district"); given the `sentence`
    (its cased text), not when the Taliban are kept holding another place it names."""
    found = _STILL_THERE.search(" " + view[after : after + 200])
    if found is None:
        return False
    at = after + found.end() - 1  # the view is the sentence's, offset for offset
    if _SEAT_RETAKEN.match(view, after) and _OUTLYING.search(view, at, at + 60):
        return False
    return sentence is None or _HELD_ELSEWHERE.match(sentence, at) is None
