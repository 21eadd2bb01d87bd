"""The place a "where" clause after it makes the scene of its verb.

"Prisoners were freed in X, where militants took over the police headquarters": the clause after
", where" tells what happened in X, just as a fronted locative does ("In X, militants took over the
police headquarters"), so X stands to the clause's verb as that verb's object makes it: a part of
it taken (the police headquarters), the whole (the city), or nothing of it (a police chief).
"""

from __future__ import annotations

import re

# ", where the Taliban", ", where there are reports that militants have": the clause's subject (and a
# hedge over it) up to its verb, with no other clause or place name opening in between
_WHERE_SUBJECT = re.compile(
    r"\s*,\s*where\s+(?:there\s+(?:are|were)\s+(?:\w+\s+){0,2}?reports?\s+that\s+)?"
    r"(?:(?:the|its|local|armed)\s+)?(?:(?:[a-z][\w’'-]*|Taliban|Afghan)\s+){0,3}?"
    r"(?:(?:had|have|has|also|reportedly|allegedly|apparently|then|later|now)\s+){0,2}$"
)


# a name in the verb's object ("X, where they took over Arghandab district"): the object's own place
_NAME = re.compile(r"\b[A-Z]")


def where_scene(sentence: str, end: int, verb_start: int, obj: str) -> bool:
    """Return True when the words from the place ending at `end` to the verb at `verb_start` are a
    ", where <subject>" opening and the verb's object `obj` names no place of its own: the place is
    the scene of that verb (a subject of common words or the sides' names only: "X, where Kandahar
    police ..." names another place's people)."""
    return (0 < verb_start - end <= 90 and _WHERE_SUBJECT.match(sentence, end, verb_start) is not None
            and _NAME.search(obj) is None)
