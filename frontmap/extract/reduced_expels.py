"""Men driven out, told by a participle after them: "soldiers driven out of X fell back to Y",
"police expelled from X regrouped in Y".

The participle stands for a passive with its auxiliary left out: the men before it are the ones
expelled, as in "soldiers were driven out of X", so X is the other side's. Only a noun of armed men
right before the participle counts; "the Taliban pushed out of X" with a verb of its own is
`frontmap.extract.roles`' reading of an active verb.

A participle that opens the sentence (after a dateline, if any) has its men after the comma that
closes it: "Pushed out of X on Monday, the soldiers fell back to Y" tells the soldiers lost X,
"Driven out of X, the Taliban regrouped" that the insurgents did.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# the participle alone, or with "out" and no object between ("pushed out", not "pushed the insurgents out": an active verb)
_PARTICIPLE = re.compile(r"(?:driven|pushed|forced|expelled|evicted|ousted|chased|kicked|flushed|routed|thrown)(?:\s+out)?$", re.IGNORECASE)
_DATELINE_REACH = 60  # characters a dateline before the opening participle may take
_CLAUSE_REACH = 80  # characters from the participle to the comma that closes its clause
_SUBJECT_REACH = 12  # characters from that comma to the men it tells of ("the last soldiers")
_FROM_AFTER = re.compile(r" +(?:out +)?(?:of|from)\b")
# the armed men right before it ("soldiers", "the last Afghan troops", "Taliban fighters"); not "who were"
_MEN_BEFORE = re.compile(
    r"\b(?:soldiers|troops|forces|police(?:men)?|commandos|army|guards|defenders|garrison|militiamen|fighters|militants|insurgents|taliban|rebels)\s*$"
)


def men_driven_out(trigger_text: str, view: str, trigger_start: int) -> bool:
    """Return True when the expel trigger `trigger_text` at `trigger_start` of the sentence view
    `view` is a bare participle right after the armed men it tells were driven out ("soldiers
    driven out of X"): a passive whose subject is those men."""
    end = trigger_start + len(trigger_text)
    return (_PARTICIPLE.match(trigger_text) is not None and _FROM_AFTER.match(view, end) is not None
            and (_MEN_BEFORE.search(view, 0, trigger_start) is not None or _opens_sentence(view, trigger_start)))


def _opens_sentence(view: str, position: int) -> bool:
    """Return True when nothing but a dateline (its dash a run of spaces in the view) stands
    before `position` of the sentence view `view`."""
    before = view[:position]
    return not before.strip() or (before.endswith("   ") and len(before) <= _DATELINE_REACH)


def fronted_expelled(trigger_text: str, view: str, trigger_start: int, actor_at: Callable[[int, int], str | None]) -> str | None:
    """Return the side of the men after the comma closing a participle that opens the sentence
    ("Pushed out of X on Monday, the soldiers ...": the soldiers' side), or None when the trigger
    `trigger_text` at `trigger_start` of `view` is no such participle; `actor_at(position, reach)`
    gives the side of the first actor starting within reach of position."""
    end = trigger_start + len(trigger_text)
    if _PARTICIPLE.match(trigger_text) is None or _FROM_AFTER.match(view, end) is None or not _opens_sentence(view, trigger_start):
        return None
    comma = view.find("  ", end, end + _CLAUSE_REACH)
    return actor_at(comma, _SUBJECT_REACH) if comma >= 0 else None
