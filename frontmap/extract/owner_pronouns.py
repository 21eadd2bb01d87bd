"""The side whose men a possessive pronoun names: "the insurgents said their fighters took X".

`frontmap.extract.roles` reads "its/their/his/her/our forces" as the men of the actor named last
before the pronoun. Two things decide which actor that is:

- "own" may stand between the pronoun and the men ("the Taliban named their own governor"): the
  governor is still the owner's, not a government official;
- "their" and "our" stand for a plural or collective owner, never a single person named by title:
  in "officials said the governor had fled after their fighters took X" the fighters are not the
  governor's. The last actor that is not a single titled person owns the men.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_OWNER_PRONOUN = re.compile(r" (?P<pronoun>its|their|his|her|our) +(?:own +)?$")
# one person named by title: "their" cannot stand for him
_SINGLE_PERSON = re.compile(r"(?:governor|official|commando|spokesman|president|minister|commander)$")
_PLURAL_PRONOUNS = ("their", "our")
_REACH = 14  # " their own " before the men's word, with room for the padding


def owner_side(padded: str, start: int, found: Sequence[tuple[int, int, str, bool]]) -> str | None:
    """Return the side of the owner a possessive pronoun right before the actor at `start` (an
    offset in `padded`, the view with one leading space) names, given the actors found before it
    as (start, end, side, subject) in view offsets; None when no such pronoun stands there or no
    actor before it can own the men."""
    pronoun = _OWNER_PRONOUN.search(padded, max(0, start - _REACH), start + 1)
    if pronoun is None or not found:
        return None
    if pronoun.group("pronoun") not in _PLURAL_PRONOUNS:
        return found[-1][2]
    view = padded[1:]
    owners = [side for a, b, side, _ in found if not _SINGLE_PERSON.search(view[a:b])]
    return owners[-1] if owners else None
