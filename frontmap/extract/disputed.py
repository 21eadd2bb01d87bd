"""A recapture the same sentence takes back: "forces claimed the recapture of X, but the Taliban
are still active in the district", "the army says it has retaken X, though insurgents remain in
parts of it". The government's word stands against the Taliban still there, so the place is
fought over (contested), not held.
"""

from __future__ import annotations

import re

_STILL_THERE = re.compile(
    r" (?:but|though|although|however|yet|even +though|while) +(?:\w+ +){0,4}?(?:taliban|insurgents|militants|fighters|group)"
    r" +(?:\w+ +){0,2}?(?:still|remain|remains|remained|continue|continues|are +yet)\b"
)


def still_fought_after(view: str, after: int) -> bool:
    """Return True when the rest of the sentence after `after` (the verb) opens a contrast that keeps the
    Taliban in place ("..., but the Taliban is still active in the district")."""
    return bool(_STILL_THERE.search(" " + view[after : after + 200]))
