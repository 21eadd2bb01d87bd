"""A report of a change called false with no verb between, as headlines write it.

Headlines drop the copula: "Reports of X's fall untrue, says army", "X's fall denied",
"Claims of X's capture baseless". The copular forms ("reports of the fall of X were untrue") are
read by `frontmap.extract.cues.falsified_after`; here the word of falsehood or of denial stands
right after the noun phrase of the change, and ends its clause (a comma, a semicolon or the end of
the line), so "the fall of X denied the army its last base" is no denial: an object follows.
"""

from __future__ import annotations

import re

from frontmap.extract.denials import FALSE_WORDS

# the noun phrase's tail ("of x", "x s"), no comma and no verb inside ("the capture of X went wrong"),
# then the bare word and the clause's end
_BARE_FALSE = re.compile(
    r"(?:(?!  | (?:was|were|is|are|be|been|has|have|had|went|goes|proved|proves|made|makes|left|leaves|seemed|looked) )[^;]){0,60}? (?:" + FALSE_WORDS + r"|(?:denied|rejected|dismissed|refuted)\b)(?= *(?:  |;|$))"
)


def called_false(view: str, trigger_end: int, clause_end: int) -> bool:
    """Return True when a word calling it false ("untrue", "baseless", "denied") follows the
    nominal trigger ending at `trigger_end` with no verb of its own and ends the clause."""
    return bool(_BARE_FALSE.match(view, trigger_end, clause_end))
