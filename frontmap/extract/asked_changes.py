"""Asked-for changes: a change of control named as a noun after a verb of asking is not one.

"The Taliban demanded the handover of X", "elders called for the surrender of the garrison in X",
"urged the capture of X": the noun names what someone wants, as "vowed to take X" does with a verb;
nothing has changed hands. A demand met is told by its own verb ("handed X over after the demand").
"""

from __future__ import annotations

import re

from frontmap.extract.triggers import Trigger

__all__ = ["asked_for"]

# the verb of asking and at most an article or a word ("demanded the immediate surrender of")
_ASKING_BEFORE = re.compile(
    r"\b(?:call(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?|urg(?:es|ed|ing)|ask(?:s|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for"
    r"|appeal(?:s|ed|ing)?\s+for|seek(?:s|ing)?|sought|insist(?:s|ed|ing)?\s+on)\s+(?:the|a|an)?\s*(?:\w+\s+)?$",
    re.IGNORECASE,
)

_ARTICLE_END = re.compile(r"\b(?:the|a|an)\s+(?:\w+\s+)?$", re.IGNORECASE)


def asked_for(view: str, trigger: Trigger) -> bool:
    """Return True when the nominal trigger `trigger` ("handover of", "surrender") is the object of a
    verb of asking ("demanded the handover of X"): a wish, not an event."""
    asked = _ASKING_BEFORE.search(view, max(0, trigger.start - 50), trigger.start)
    # a verb's form read as a noun after an article ("demanded the surrender of")
    return asked is not None and (trigger.nominal or _ARTICLE_END.search(asked.group()) is not None)
