"""Where a short list of names ends when a plural relative clause follows it: "fled Faizabad and
Taloqan, both of which fell last week", "X and Y, which were overrun" (a list of four or more is
`list_reach`'s).

The clause after the list speaks of each of its names, so the verb it holds is looked for past the
list's end for every name, not only for the one right before the comma. A singular clause ("X and
Y, which is besieged") is still the last name's alone (`relative_lists`).
"""

from __future__ import annotations

import re

from frontmap.extract import list_reach

# more names after the place: ", Y", " and Y", ", and Y" (capitalised, with the particles of Dari names)
_MORE_NAMES = re.compile(r"(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[A-Z][\w'’-]*(?:[ -](?:(?:e|i|ye)\b|[A-Z][\w'’-]*))*)+")
# a clause that says it is about them all: "both of which", "which were" (a bare "which came under
# attack" after a list is the last name's, as "X, Y and Z, which came under attack" reads)
_RELATIVE = re.compile(r"\s*,\s*(?:(?:both|all|each)\s+of\s+which|which\s+(?:were|are|have)\b)", re.IGNORECASE)


def list_end(sentence: str, place: tuple[int, int]) -> int:
    """Return where the list holding the place at `place` = (start, end) ends when a plural relative
    clause follows the list, else the place's own end."""
    end = list_reach.list_end(sentence, place)
    more = _MORE_NAMES.match(sentence, end) if sentence[end : end + 1] in (",", " ") else None
    end = end if more is None else more.end()
    return end if _RELATIVE.match(sentence, end) else place[1]
