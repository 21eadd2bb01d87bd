"""An entry told as the setting of what came next: "the first thing the insurgents did on entering
X was to open the prison", "upon entering the city, the fighters went door to door".

A gerund of entering after "on" or "upon" times another act: the sentence tells what the men did
once inside, not a fight to get in (the fall, if any, is told elsewhere). "After entering X they
clashed with police" still has its own fight word for the clash.

Reads the sentence's view (`frontmap.extract.text.text_view`: lower case, punctuation as spaces).
"""

from __future__ import annotations

import re

from frontmap.extract.triggers import ENTER, Trigger

_TIMING_BEFORE = re.compile(r"(?:^|\s)(?:on|upon)\s+$")
_GERUND = re.compile(r"entering\b")


def entry_as_setting(view: str, trigger: Trigger) -> bool:
    """Return True when the entry trigger is a gerund after "on"/"upon" ("did on entering X"),
    which only sets the time of another act."""
    if trigger.kind != ENTER or not _GERUND.match(trigger.text.lower()):
        return False
    return _TIMING_BEFORE.search(view, max(0, trigger.start - 8), trigger.start) is not None
