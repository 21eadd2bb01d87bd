"""Clearings still under way: the insurgents are being driven out, not gone.

"Commandos are clearing X of the Taliban", "forces are now pushing back the insurgents in X",
"X is being cleared of militants", "troops were still clearing X", "are retaking X": the verb's
aspect says the work goes on, so the place is fought over (contested), not yet back in
government hands. A finished clearing ("cleared X on Sunday", "have pushed the Taliban out of X")
is a retake as before, and so is mopping up ("troops were mopping up in X"): the last of a
clearing, after the insurgents are beaten.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontmap.extract.triggers import Trigger

# a present or past progressive, or a passive one, right before the verb ("are now clearing",
# "is being cleared", "were still pushing back"), or an ongoing "continue(d) to" / "keep" before it
_UNDER_WAY_BEFORE = re.compile(
    r"\b(?:(?:is|are|am|was|were|re)\s+(?:now\s+|still\s+|currently\s+|busy\s+|also\s+)*(?:being\s+)?"
    r"|continu(?:e|es|ed|ing)\s+(?:to\s+)?|keep(?:s|ing)?\s+|kept\s+)$"
)
_ING = re.compile(r"^\w+ing\b")
_REACH = 30  # characters before the verb in which its auxiliary stands


def under_way(view: str, trigger: Trigger) -> bool:
    """Return True when the expel or retake verb `trigger` is told as going on ("are clearing X of the
    Taliban", "X is being cleared", "continued to push the Taliban back"), not as done; `view` is
    the sentence's lower-case view."""
    before = view[max(0, trigger.start - _REACH) : trigger.start]
    if not _UNDER_WAY_BEFORE.search(before):
        return False
    verb = trigger.text.lower()
    if verb.startswith("mop"):
        return False
    # "is being cleared", "continued to clear" take any form; "are clearing" wants its -ing form
    return "being " in before[-16:] or before.rstrip().endswith(("to", "keep", "keeps", "kept", "keeping")) or bool(_ING.match(verb))
