"""The side whose men a possessive pronoun names: "the insurgents said their fighters took X".

`frontmap.extract.roles` reads "its/their/his/her/our forces" as the men of the actor named last
before the pronoun. Two things decide which actor that is:

- "own" may stand between the pronoun and the men ("the Taliban named their own governor"): the
  governor is still the owner's, not a government official;
- the state's own men ("its police", "their soldiers", "our army") stay the state's whoever was
  named last: in "X never fell to the Taliban, and its police still hold the centre" the police
  are the district's, not the Taliban's;
- after a participle that hangs on the clause before it ("..., saying their fighters", "...,
  adding that its forces"), the pronoun stands for that clause's subject, the one saying it:
  in "the Taliban denied the government's claim of retaking X, saying their fighters still hold
  it" the fighters are the Taliban's, though the government was named last;
- "our" is the speaker's: in a quotation it names the side of whoever says it (`voiced_sides`), never
  the actor named last ('"The Taliban attacked X, and by Saturday our men had left," said a police
  officer': the police officer's men, not the Taliban's);
- "their" stands for a plural or collective owner, never a single person named by title:
  in "officials said the governor had fled after their fighters took X" the fighters are not the
  governor's. The last actor that is not a single titled person owns the men.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_OWNER_PRONOUN = re.compile(r" (?P<pronoun>its|their|his|her|our) +(?:own +)?$")
# men only the state has: a pronoun before them names their place, not another side
_STATE_MEN = re.compile(r" *(?:police(?:men)?|army|soldiers|commandos)\b")
# one person named by title: "their" cannot stand for him
_SINGLE_PERSON = re.compile(r"(?:governor|official|commando|spokesman|president|minister|commander)$")
_PLURAL_PRONOUNS = ("their",)
_REACH = 14  # " their own " before the men's word, with room for the padding
# a participle after a comma (a double space in the view) whose doer is the clause's subject
_SAYING = re.compile(r"  (?:saying|adding|insisting|stressing|noting|claiming|arguing|vowing)(?: +that)? +$")


def owner_side(padded: str, start: int, found: Sequence[tuple[int, int, str, bool]]) -> str | None:
    """Return the side of the owner a possessive pronoun right before the actor at `start` (an
    offset in `padded`, the view with one leading space) names, given the actors found before it
    as (start, end, side, subject) in view offsets; None when no such pronoun stands there or no
    actor before it can own the men."""
    pronoun = _OWNER_PRONOUN.search(padded, max(0, start - _REACH), start + 1)
    if pronoun is None or not found or _STATE_MEN.match(padded, start) or pronoun.group("pronoun") == "our":
        return None
    view = padded[1:]
    if (sayer := _sayers_side(view, pronoun.start(), found)) is not None:  # its space's padded offset: its first letter's in the view
        return sayer
    if pronoun.group("pronoun") not in _PLURAL_PRONOUNS:
        return found[-1][2]
    owners = [side for a, b, side, _ in found if not _SINGLE_PERSON.search(view[a:b])]
    return owners[-1] if owners else None


def _sayers_side(view: str, pronoun: int, found: Sequence[tuple[int, int, str, bool]]) -> str | None:
    """Return the side of the subject of the clause a participle right before the pronoun at
    `pronoun` (the view offset of its first letter) hangs on, when the actor named last in that
    clause is no subject ("the Taliban denied the government's claim ..., saying their"), or None
    when no such participle stands there, the last actor is a subject (as the nearest owner it
    stays so) or the clause names no subject actor."""
    saying = _SAYING.search(view, max(0, pronoun - 30), pronoun)
    if saying is None:
        return None
    opens = view.rfind("  ", 0, saying.start()) + 1  # the clause's first character (0 for the sentence's first)
    clause = [(side, subject) for a, _, side, subject in found if opens <= a < saying.start()]
    if not clause or clause[-1][1]:
        return None  # "officials said the Taliban entered X, adding that their fighters ...": the doer named last
    subjects = [side for side, subject in clause if subject]
    return subjects[0] if subjects else None
