"""Speaker clauses: the clause whose source speaks for a clause that has no speaker of its own.

A clause's claim cues are read in the clause itself. Some clauses take their speaker from before:
- a clause a colon or "saying" ends is what the clause before it says ("Mujahid said: ...", "the
  Taliban posted a video, saying ...");
- a reporting verb whose subject a relative clause cut off from it ("Zabihullah Mujahid, who speaks
  for the group, said on Tuesday that ..."): the subject stands in the clause before the relative
  clause (or clauses).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_REPORTING_START = re.compile(
    r" *(?:(?:also|later|then|further|separately|meanwhile) +)?(?:said|says|told|claimed|claims|added|announced|tweeted|wrote|posted|declared|insisted|confirmed)\b"
)


def speaker_clause(sentence: str, view: str, clauses: Sequence[tuple[int, int, bool]], i: int) -> tuple[int, int, bool] | None:
    """Return the clause that speaks for clause `i` of the sentence (see the module notes), or None
    when clause `i` has its own speaker or none."""
    if i <= 0:
        return None
    start = clauses[i][0]
    if sentence[max(0, start - 4) : start].rstrip().endswith(":") or view[start : start + 8].lstrip().startswith("saying"):
        return clauses[i - 1]
    if not clauses[i - 1][2] or not _REPORTING_START.match(view, start):
        return None
    j = i - 1
    while j > 0 and clauses[j][2]:  # past the relative clauses to the subject's own
        j -= 1
    return None if clauses[j][2] else clauses[j]
