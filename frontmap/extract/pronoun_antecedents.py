"""The side a pronoun subject stands for, when the sentence's nearest subject is someone else.

Two pronouns name their side plainly where the nearest-subject reading of `frontmap.extract.roles`
gets them wrong:

- the "they" or "we" a speaker opens a that-clause with is the speaker's own side: "a Taliban
  spokesman said (that) they had retaken X" is a Taliban retake, though "Taliban" there only
  names the spokesman and is no subject; so too past the one told ("the Taliban told a police
  officer they took X");
- "it" stands for the last singular actor named before it, subject or not: "resistance forces
  took three districts, the first uprising against the group since it seized Kabul" is the
  group's seizure, not the resistance's.

Without such a pronoun right before the verb, nothing here answers and the nearest subject rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from frontmap.extract.pronoun_speakers import SAYS
from frontmap.status import other_side

_AUX = r"(?: +(?:had|have|has|would|will|were|was|also|now|already|then|later|successfully|finally))*"
# "... spokesman Zabihullah Mujahid said (on Monday) (that) they have": the speaker's clause ends right before the verb;
# "the Taliban told a police officer they took X": the one told is no speaker
_SPEAKER_THEY = re.compile(
    r" +(?P<says>" + SAYS + r")(?:(?<=told)(?: +[a-z]+){1,3}?)?(?: +(?:on +)?\w+day)?(?: +that)? +(?:they|we)" + _AUX + r" +$"
)
# after a verb of saying, "it" may be the place itself ("the front claimed it controlled four districts"): left to the subject
_IT = re.compile(r"(?:^|  | (?:since|after|when|as|and|because|before|until|where|once)) +it" + _AUX + r" +$")
# singular actor words "it" can stand for (not "forces", "fighters", "militants": those are "they")
_SINGULAR = re.compile(
    r"(?:group|movement|taliban|emirate|government|govt|army|ministry|resistance|front|alliance|nrfa?|uprising|militia|administration|garrison)$"
)
_JOINED = re.compile(r" (?:and|but|then|before|after) ")  # the speaker's verb joined to another clause's subject
_AGAINST = re.compile(r"(?:against|anti) +$")  # `roles` reads "against the group" as the side opposing it
_SPEAKER_REACH = 60  # characters between the speaker's last word and "said" ("spokesman Zabihullah Mujahid")
_IT_REACH = 120


def pronoun_side(view: str, actors: Sequence[tuple[int, int, str, bool]], position: int) -> str | None:
    """Return the side the pronoun subject right before `position` (a trigger's start in the
    lower-case sentence `view`) stands for, given the sentence's actors as (start, end, side,
    subject); None when no such pronoun stands there or its side is not named before it."""
    head = view[max(0, position - 80) : position]
    speaker = _SPEAKER_THEY.search(head)
    if speaker is not None:
        says_at = position - len(head) + speaker.start("says")
        side = _last_side(actors, says_at, _SPEAKER_REACH, singular_only=False, view=view)
        ends = [end for _, end, _, _ in actors if end <= says_at]
        # "insurgents killed soldiers and said they had seized X": the verb's subject speaks, not its object
        return side if ends and not _JOINED.search(view, ends[-1], says_at) else None
    if _IT.search(head):
        return _last_side(actors, position, _IT_REACH, singular_only=True, view=view)
    return None


def _last_side(actors: Sequence[tuple[int, int, str, bool]], position: int, reach: int, *, singular_only: bool, view: str) -> str | None:
    """Return the side of the last actor ending before `position` within `reach` characters
    (with `singular_only`, the last one whose head word is singular), else None."""
    for start, end, side, _subject in reversed(actors):
        if end > position:
            continue
        if position - end > reach:
            return None
        if not singular_only:
            return side
        if _SINGULAR.search(view[start:end]):  # "an uprising against the group": the group itself, not its opponents
            return other_side(side) if _AGAINST.search(view, max(0, start - 10), start) else side
    return None
