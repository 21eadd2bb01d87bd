"""Negative subjects: a control verb whose subject is "no district", "no place in X", "none of the
cities", "not a single town", "neither X nor Y" or "nowhere in X" is said not to have happened.

"No district, including X, has fallen, the governor said", "none of the besieged cities, among them X
and Y, had fallen" and "none of the provinces' capitals has been captured" (or "none of Bamyan's
districts") deny the change as "X has not fallen" does; the negation stands in the
subject, before the place and the verb, so the word right before the verb is no "not".
"""

from __future__ import annotations

import re

# "no access to areas ...", "no electricity in parts of X": the "no" counts another noun, linked to the units by a preposition
_OTHER_NOUN_LINK = r"(?:to|in|into|of|from|at|on|for|with|across|inside|within)\b"
_UNITS = r"(?:districts?|provinces?|cities|city|towns?|capitals?|areas?|places?|cent(?:re|er)s?|bases?|parts?|posts?|crossings?)"
_NONE_SUBJECT = re.compile(
    r" (?:no|none +of +(?:the|its|their|these|those|[\w-]+(?: s|['’]s?))|not +(?:a +single|one|one +of +the|any)|nor +any(?: +other)?) +(?:(?!" + _OTHER_NOUN_LINK + r")\w+ +){0,2}?" + _UNITS
    + r"(?: +themselves)?(?: +(?:of|in|around|near|across) +(?:the +)?\w+)?(?: +(?:including|such +as|not +even|let +alone|among +them|notably) +(?:\w+ +){1,6}?)?"
    r"(?: +(?:has|have|had|was|were|is|are|yet|so|far|been|being|ever|now|actually|\w+ly))* *$"
)
# "neither the capital nor any district of X has fallen": both halves of the subject are denied the verb
# (not "neither confirmed nor denied that X had fallen": two verbs of answering, no subject)
_NEITHER_NOR_SUBJECT = re.compile(
    r" neither +(?!(?:confirm|verif|acknowledg|den[iy]|reject)\w* +nor\b)(?:[\w'’]+ +){1,6}?nor +(?:[\w'’]+ +){1,6}?(?:has|have|had|was|were|is|are)(?: +(?:yet|so|far|been|being|ever|now|\w+ly))* *$"
)
# "nowhere in the entire province is under government control": no part of the place said to be so
_NOWHERE_SUBJECT = re.compile(r" nowhere +(?:in|on|across|inside) +(?:\w+ +){1,5}?(?:(?:is|was|are|were|has|have|had|been|yet|still|now|\w+ly) +){1,3}$")
_REACH = 90  # characters before the verb in which its negative subject stands


def negative_subject(view: str, clause_start: int, position: int) -> bool:
    """Return True when the verb at `position` has a negative subject ("no district has fallen")."""
    before = " " + view[max(clause_start, position - _REACH) : position]
    if " neither " in before and _NEITHER_NOR_SUBJECT.search(before) is not None:
        return True
    return _NONE_SUBJECT.search(before) is not None or (" nowhere " in before and _NOWHERE_SUBJECT.search(before) is not None)
