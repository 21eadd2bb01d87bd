"""Words of conflict and of control changing that the trigger table reads (`frontmap.extract.triggers`).

"Conflict" is mostly the war itself ("the conflict has displaced millions"), so it is fighting at a
place only when the words say where it goes on: "conflict between the army and the Taliban escalated
in X", "street-to-street conflicts in X", "armed conflict in X". "The conflict between ..." with
its article stays the war. Likewise "changes in control continued in X" tells control passing to
and fro, not a side holding X, so the word "control" there is no hold.
"""

from __future__ import annotations

# a fight: "conflict(s) between" without an article, a street or armed conflict, a conflict that escalated
CONFLICT_FIGHT = (
    r"\b(?<!the )(?<!this )(?<!long )(?<!old )(?<!year )(?<!decades )conflicts?\s+between\b"
    r"|(?:(?<=street to street )|(?<=street )|(?<=armed )|(?<=urban ))conflicts?\b"
    r"|\bconflicts?\b(?=\s+(?:has\s+|have\s+|had\s+)?(?:escalat|erupt|intensif|raged|rages|flared|spread)\w*)"
)

# lookbehinds put right after the word "control": not "changes in control", "shifting control"
TURNOVER_NOT_HOLD = "".join(
    f"(?<!{words} control)" for words in ("changes in", "change in", "changes of", "change of", "shifts in", "shift in", "shifts of", "shifting")
)
