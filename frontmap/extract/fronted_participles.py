"""Fronted participles: a clause of time with no subject of its own that opens the sentence
("Since falling to the Taliban on July 12, X has been cut off", "After being overrun on Sunday, the
district of X was ...") tells its change of the main clause's subject, as "Since it fell, X ..."
does (`frontmap.extract.fronted_pronouns`).

Only a subject a place can be: an intransitive fall ("falling") or a passive
("being captured", "having been retaken"). An active participle ("After capturing X, the Taliban
moved on Y") has an actor for its subject, never the place after the comma.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from frontmap.extract.fronted_pronouns import main_subject
from frontmap.extract.triggers import FALL

if TYPE_CHECKING:
    from frontmap.extract.triggers import Trigger

# what stands between the subordinator and the verb: nothing for "falling", an auxiliary of a passive
_PASSIVE_AUX = re.compile(r"(?:having\s+been|being)\s+$", re.IGNORECASE)
_FALLING = re.compile(r"(?:falling|collapsing)\b", re.IGNORECASE)
_OPENING_REACH = 90  # characters: a dateline, a measure ("a week"), the subordinator


def fronted_subjects(sentence: str, triggers: Sequence[Trigger], spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return (index among `spans`, offset) pairs: the place that is the main clause's subject, read
    again at the opening participle whose change it undergoes (the places' `spans` in order)."""
    if not spans or "," not in sentence[: spans[-1][0]]:
        return []
    for trigger in triggers:
        if trigger.start > _OPENING_REACH:
            break
        at = _participle_start(sentence, trigger)
        if at is not None and (i := main_subject(sentence, at, [s for s, _ in spans])) is not None:
            return [(i, at)]
    return []


def _participle_start(sentence: str, trigger: Trigger) -> int | None:
    """Return where the subject of the participle `trigger` is read (a passive's auxiliary, else the
    verb itself: "falling"), or None when the trigger is no such participle."""
    aux = _PASSIVE_AUX.search(sentence, max(0, trigger.start - 14), trigger.start)
    if aux is not None:
        return aux.start()
    return trigger.start if trigger.kind == FALL and _FALLING.match(sentence, trigger.start) else None
