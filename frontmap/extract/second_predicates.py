"""Lists that belong to a second predicate: "the Taliban now control large parts of the country and
are menacing several cities, including X and Y".

A verb's subject may go on to a second verb after "and" ("and are ...", "and have ..."); the list
"including X" that follows names what the second verb is about, not the first verb's object. A
control verb before the "and" says nothing of X: only the second verb can ("confronting forces in
several cities, including X" is fighting there, "menacing several cities, including X" is nothing).
"""

from __future__ import annotations

import re

__all__ = ["second_predicate_before"]

# "and are menacing", "and have now besieged", "and were still pressing": a finite verb of its own after "and"
_SECOND_PREDICATE = re.compile(
    r"\band\s+(?:are|were|is|was|have|has|had)\s+(?:(?:now|also|still|already|reportedly|increasingly|been)\s+){0,2}[a-z]+(?:ing|ed)\b",
    re.IGNORECASE,
)


def second_predicate_before(gap: str, inclusion: int) -> bool:
    """Return True when the words of `gap` before the list word at `inclusion` ("including") hold
    a second predicate of the subject ("and are menacing several cities"): the list is its object."""
    return _SECOND_PREDICATE.search(gap, 0, inclusion) is not None
