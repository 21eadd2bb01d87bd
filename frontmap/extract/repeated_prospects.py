"""A prospect named again keeps its frame.

"The loss of the two districts opens the door to the fall of Qalat, and the fall of Qalat would cut
(cuts) the highway": the sentence framed the fall as prospective the first time it named it, and the
second "fall of Qalat" is that same prospect, whatever tense follows it. A nominal trigger ("the
fall of", "the capture of") whose place words were named after an earlier nominal trigger of the
sentence that is no fact is no fact either. Only the same place counts: "fears of the fall of Qalat
grew after the fall of Shinkay on Sunday" tells Shinkay's fall as a fact.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from frontmap.extract.triggers import Trigger

# the first word of what the noun is "of", past a determiner: "of the city of Qalat" -> "city"
_OBJECT_WORD = re.compile(r" *(?:(?:the|a|an|its|their) +)?([a-z0-9]+)")


def names_prospect_again(view: str, trigger: Trigger, triggers: Sequence[Trigger], not_a_fact: Callable[[Trigger], bool]) -> bool:
    """Return True when the nominal `trigger` names the same place as an earlier nominal trigger of
    the sentence (`triggers`, in order) that is no fact (`not_a_fact`): the prospect named again."""
    if not trigger.nominal:
        return False
    word = _object_word(view, trigger.end)
    if word is None:
        return False
    return any(
        earlier.nominal and _object_word(view, earlier.end) == word and not_a_fact(earlier)
        for earlier in triggers
        if earlier.end <= trigger.start and earlier.start < trigger.start  # not itself (a verb carried from the sentence before is an empty span at 0)
    )


def _object_word(view: str, end: int) -> str | None:
    """Return the first word after a nominal trigger ending at `end` (past a determiner), or None."""
    match = _OBJECT_WORD.match(view, end, end + 40)
    return match.group(1) if match else None
