"""Speaker places: the town a speaker named after "said" serves in.

'"We held them off for three days," said a police officer in Ghormach' names the officer's post,
as "a police officer in Ghormach said" does: the town is the speaker's, a place the report goes on
to speak of ("The district fell on Tuesday"), not where a statement was made ("said in Kabul",
"told a news conference in Kabul").
"""

from __future__ import annotations

import re

# "said a police officer in", "says the district governor in", "told Reuters an elder in": a person, then "in"
_SPEAKER_IN_BEFORE = re.compile(
    r" (?:said|says|told|added)(?: +[A-Z]\w+)? +(?:an?|the|one) +(?:[\w’'-]+ +){0,2}?"
    r"(?:officer|official|commander|spokesm[ae]n|spokeswoman|spokesperson|resident|elder|councill?or|member|chief|governor"
    r"|lawmaker|legislator|soldier|policeman|fighter|trader|doctor|journalist|source) +in +$",
    re.IGNORECASE,
)


def speaker_in(before: str) -> bool:
    """Return True when `before` (the text up to a place name) ends in a speaker placed there after
    "said" ("said a police officer in ")."""
    return bool(_SPEAKER_IN_BEFORE.search(before))
