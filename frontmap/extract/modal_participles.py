"""Participles under a modal: "will form a government after taking X", "would march on Y after seizing X".

A participle of time ("after taking X", "upon seizing X", "once capturing X") happens when the
clause it hangs on happens. When that clause speaks of what will, would or could come ("the group
will announce a cabinet after taking control of X", "they are expected to move on the capital after
seizing X"), the capture is a prospect, not a report: no event. The same participle under a verb
of the past ("formed a government after taking control of X on Sunday") is read as any other.
"""

from __future__ import annotations

import re

from frontmap.extract.triggers import Trigger

_OPENER_BEFORE = re.compile(r" (?:after|upon|on|once|soon +after|shortly +after|right +after|immediately +after) +$")
# a modal or a verb of the future in the clause before the opener; "may" is left out (the month)
_MODAL = re.compile(
    r"\b(?:will|would|could|might|shall|ll"
    r"|(?:is|are|was|were|be|been)(?: +\w+ly)? +(?:expected|set|likely|due|poised|going|planning|preparing|hoping|unlikely) +to"
    r"|(?:plans?|planned|intends?|intended|aims?|aimed|hopes?|hoped|wants?|wanted|vows?|vowed|threatens?|threatened|promises?|promised) +to)\b"
)
_REACH = 90  # characters before the opener in which the modal may stand


def prospective(view: str, trigger: Trigger) -> bool:
    """Return True when `trigger` is a participle of time ("after taking X") hanging on a clause of
    what will or would come: a prospect, no event."""
    first_word = trigger.text.lower().partition(" ")[0]
    if trigger.nominal or not first_word.endswith("ing"):
        return False
    opener = _OPENER_BEFORE.search(view, max(0, trigger.start - 24), trigger.start)
    if opener is None:
        return False
    # the clause the opener hangs on may end where the opener starts a clause of its own, so it is
    # read back to the last comma, not to `clause_start`
    main = view[max(0, opener.start() - _REACH) : opener.start()].rpartition("  ")[2]
    return _MODAL.search(main) is not None
