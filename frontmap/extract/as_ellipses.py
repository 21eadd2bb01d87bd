"""A place that shares a whole predicate told before it: "Kunduz is the scene of heavy fighting,
as is Herat", "Zaranj fell on Friday, as did Sheberghan", "Ghazni held out, and so did
Gardez", "most of X is in Taliban hands, as is most of Y". Unlike "after X" or "then X", which share only a change of hands, "as is X" repeats the
predicate itself, so a fight or a hold is shared too.

"as officials in Herat said" or "as Herat's governor put it" is no such ellipsis: the name must
follow the auxiliary and end the phrase.
"""

from __future__ import annotations

import re

from frontmap.extract.triggers import Trigger

# ", as is", ", as was the city of", "and so did": then only names up to the place
_AS_AUXILIARY = re.compile(
    r",?\s+(?:and\s+)?(?:as|so)\s+(?:is|was|are|were|has|have|had|did|does|do)\s+(?:(?:also|too)\s+)?"
    r"(?:(?:most|much|all|parts?|half|large\s+parts?)\s+of\s+)?"  # "as is most of X": the part as the predicate's
    r"(?:the\s+(?:[\w-]+\s+){0,2}?(?:city|town|district|province|capital)\s+of\s+)?"
    r"(?:[A-Z][\w’'-]*(?:[\s-]+[A-Z][\w’'-]*)*(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$"
)


def shared_start(before: str) -> int | None:
    """Return where ", as is" (", as did", "and so was") stands in `before` (the words right before
    a place) when only names follow it up to the place, else None."""
    if " as " not in before and " so " not in before:
        return None
    match = _AS_AUXILIARY.search(before)
    return None if match is None else match.start()


def shared_trigger(triggers: list[Trigger], i: int) -> Trigger | None:
    """Return `triggers[i]`, the verb right before ", as is": any kind, a fight too; None when `i` is
    before the first."""
    return triggers[i] if i >= 0 else None
