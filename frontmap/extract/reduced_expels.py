"""Men driven out, told by a participle after them: "soldiers driven out of X fell back to Y",
"police expelled from X regrouped in Y".

The participle stands for a passive with its auxiliary left out: the men before it are the ones
expelled, as in "soldiers were driven out of X", so X is the other side's. Only a noun of armed men
right before the participle counts; "the Taliban pushed out of X" with a verb of its own is
`frontmap.extract.roles`' reading of an active verb.
"""

from __future__ import annotations

import re

# the participle alone, or with "out" and no object between ("pushed out", not "pushed the insurgents out": an active verb)
_PARTICIPLE = re.compile(r"(?:driven|pushed|forced|expelled|evicted|ousted|chased|kicked|flushed|routed|thrown)(?:\s+out)?$", re.IGNORECASE)
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
            and _MEN_BEFORE.search(view, 0, trigger_start) is not None)
