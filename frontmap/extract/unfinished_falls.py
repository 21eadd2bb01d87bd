"""Falls denied while the fight goes on: a denial that leaves the place contested, not held.

"The governor said X had not fallen and clashes were still going on", "the government claimed
there was still fierce fighting in the city and that X had not fallen", "X has not fallen to the
Taliban completely": the negated fall keeps the place out of Taliban hands, but the same sentence
says it is still fought over, or only partly lost, so it is contested, not the government's.
Fighting told of another named place ("..., while clashes went on in Y") says nothing of X.
So does an entry the sentence grants ("did not deny that fighters had entered X, but said the city
had not fallen", "X has not fallen, though insurgents have pushed into the city"): X is fought over; an
entry into another named place ("had entered Y", "had entered the outskirts of Y") says nothing of X.
Reaching or storming the place grants as much ("insurgents had reached X, but the governor insisted
the city had not fallen"), when what was reached is the place ("reached an agreement" is not).
"""

from __future__ import annotations

import re

from frontmap.extract.triggers import Trigger
from frontmap.status import CONTESTED, GOVERNMENT

_PARTIAL = r"(?:completely|fully|entirely|totally|wholly)"
# "has not completely fallen", "is not fully Taliban-controlled"
_PARTIAL_BEFORE = re.compile(r" " + _PARTIAL + r" +(?:been +)?(?:in +(?:the +)?)?(?:(?:taliban|insurgent|militant)[- ]?)?$", re.IGNORECASE)
_PARTIAL_AFTER = re.compile(r"(?: +(?:to|into) +(?:the +)?(?:hands +of +)?(?:the +)?\w+)? +" + _PARTIAL + r"\b")  # "fallen to the Taliban completely"
_ONGOING = re.compile(
    r" still +(?:\w+ +){0,2}?(?:fighting|clashes|battles?|battling|resisting)\b"
    r"| (?:fighting|clashes|battles?|resistance|gunfights?) +(?:\w+ +){0,3}?(?:continu\w*|ongoing|under +way|underway|going +on|raging|persist\w*)\b"
    r"| (?:locked|engaged|embroiled) +in +(?:\w+ +){0,2}?(?:fighting|clashes|battles?)\b"
    r"| (?:were|are|was|is) +(?:still +)?(?:resisting|fighting +(?:back|on))\b"
    r"| continu\w+ +to +(?:resist|fight)\b"
    # "fighting over the city's key buildings is still going on": where, in words of the place's own parts
    r"| (?:fighting|clashes|battles?) +(?:over|for|around|near|inside|in|at) +(?:[a-z][\w'’]* +){1,7}?(?:is|are|was|were) +(?:still +)?"
    r"(?:continu\w*|ongoing|under +way|underway|going +on|raging)\b"
)
# "had entered X", "have already entered the city": not "had not entered"
_ENTERED = re.compile(r" (?:had|have|has)(?: +already)? +(?:entered|pushed +into|broken +into)\b")
# "had reached X", "stormed the centre of X", "breached the city": not "had not reached"
_REACHED = re.compile(r"(?<!not)(?<!never) (?:(?:had|have|has)(?: +already)? +)?(?:reached|stormed|breached)\b")
# what a reach has to name to be the place's: its name (checked apart) or a word of a settlement or its parts
_PLACE_PART = re.compile(r"(?:the +)?(?:city|town|district|provincial|capital|centre|center|outskirts|gates|edge|heart|bazaar|market|compound|headquarters)\b|it\b")
# "the outskirts of Aqcha", "the bazaar in Y": the part of a named place
_PART_OF = re.compile(r"(?:the +)?(?:[a-z]+ +){0,2}?[a-z]+ +(?:of|in) +([A-Z][\w'’-]*)")
# "who had entered it were pushed out": the entry undone, the place held
_UNDONE = re.compile(r"\b(?:(?:pushed|driven|forced|thrown|beaten|chased) +(?:back|out)|repell?ed|repulsed|expelled|evicted|cleared|flushed +out)\b")
_NO_BEFORE = re.compile(r" (?:no|not|any) +(?:\w+ +)?$")  # "there was no fighting going on"
# "clashes went on in Arghandab", "fighting continues in districts around it": not at the place itself
_ELSEWHERE = re.compile(
    r" *,? *(?:nearby|elsewhere|(?:in|at|around|near|across|for|outside) +(?:the +)?(?:[A-Z]|(?:[a-z]+ +){0,2}?(?:other|nearby|neighbou?ring|surrounding|adjacent"
    r"|districts|villages|provinces|countryside|rural)\b))"
)

# "fighting in Arghandab was still going on": the fight named at another place, inside the words read
_NAMED_WITHIN = re.compile(r" (?:in|at|around|near|inside|over|for) +(?:the +)?[A-Z]")


def still_fought(status: str | None, sentence: str, view: str, trigger: Trigger, place: tuple[int, int] | None = None) -> str | None:
    """Return CONTESTED for a government hold read from a denied or negated fall when the sentence
    says the place is still fought over, was not wholly lost or was entered (`place`: its span in
    the sentence); else `status`."""
    if status != GOVERNMENT:
        return status
    return CONTESTED if _partly(view, trigger) or _fight_goes_on(sentence, view) or _entered(sentence, view, place) else status


def _partly(view: str, trigger: Trigger) -> bool:
    """Return True when the fall is denied only in part ("not fallen completely", "not fully captured")."""
    return bool(_PARTIAL_BEFORE.search(view, max(0, trigger.start - 30), trigger.start) or _PARTIAL_AFTER.match(view, trigger.end))


def _fight_goes_on(sentence: str, view: str) -> bool:
    """Return True when the sentence tells fighting going on, not at another named place."""
    return any(not _NO_BEFORE.search(view, max(0, m.start() - 12), m.start() + 1) and not _ELSEWHERE.match(sentence, m.end())
               and not _NAMED_WITHIN.search(sentence, m.start(), m.end()) for m in _ONGOING.finditer(view))


def _entered(sentence: str, view: str, place: tuple[int, int] | None) -> bool:
    """Return True when the sentence grants an entry into the place itself, not undone after it
    ("pushed out"): the entry names no other place (the place's own name, "the city", "it", or
    nothing), or the place is a reference ("the city") to the one the entry names."""
    own = sentence[place[0] : place[1]] if place else ""
    entries = [(m, False) for m in _ENTERED.finditer(view)] + [(m, True) for m in _REACHED.finditer(view)]
    for match, reached in entries:
        after = sentence[match.end() :].lstrip(" ,")
        if _into_place(after, own, reached) and not _UNDONE.search(view, match.end()):
            return True
    return False


def _into_place(after: str, own: str, reached: bool) -> bool:
    """Return True when the words after an entry verb (`after`) name the place `own` (its name, or
    a word such as "the city" when no other name is given), or `own` is itself such a word; a verb of
    reaching (`reached`) has to name a settlement or a part of one."""
    if after[:1].isupper():
        return not own[:1].isupper() or after.startswith(own)
    part_of = _PART_OF.match(after)
    if part_of and own[:1].isupper() and not own.startswith(part_of.group(1)):
        return False  # "the outskirts of Aqcha" is not Sheberghan
    return not reached or bool(_PLACE_PART.match(after))
