"""Verb objects: the side named right after another side's verb is what that verb was done to.

"The Taliban encircled the soldiers in X and seized the district": the soldiers are encircled, and
the verb joined after them with a bare "and" ("and seized") is still the Taliban's. `roles` takes the
nearest subject before a verb as its doer; for a verb joined so, a side standing as the object of the
verb before is passed over. A pronoun keeps its own reading ("freed the soldiers after they
surrendered X"), and three readings keep a side a subject: a verb of saying, seeing or thinking opens
a clause of its own ("officials reported the Taliban entered X"); a side told or helped to do
something does it ("ordered the troops to withdraw"); and a side with a finite verb right after it
is that clause's subject ("residents feared the Taliban would return").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# adverbs, auxiliaries and a day between a subject and its verb ("the Taliban on Wednesday encircled")
_BETWEEN = r"(?: +(?:had|has|have|also|then|later|reportedly|allegedly|quickly|swiftly|finally|eventually|overnight|yesterday|on +\w+day))*"
_IRREGULAR = r"took|struck|hit|overran|overcame|overtook|outfought|beat|caught|shot|slew|drove|threw"
# the verbs whose object begins another clause or does what it is told: no object here
_OPENS_A_CLAUSE = re.compile(
    r"(?:report|claim|add|stat|confirm|warn|not|announc|insist|tweet|deni|explain|acknowledg|alleg|estimat|believ|fear|expect"
    r"|show|learn|hear|watch|suspect|urg|ask|order|allow|forc|persuad|convinc|call|instruct|advis|encourag|invit|need|want"
    r"|help|assist|support|back|accus|blam|join|quot|cit|describ|consider|saw|thought|felt|suggest|indicat|assum)"
)
_SUBJECTS_VERB = re.compile(
    _BETWEEN + r" +(?P<verb>[a-z]+ed|" + _IRREGULAR + r")(?: +(?:out|back|off|away|down|up))?"
    r" +(?:(?:some|many|several|dozens|scores|hundreds|members)(?: +of)? +){0,2}"
    r"(?:the +|a +|an +|\d+ +|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|remaining|last|local|afghan) +){0,3}(?:[a-z-]+ +)?$"  # "the border police"
)
# a finite verb or "to" right after the side: the side is a subject after all
_OWN_VERB_AFTER = re.compile(r" +(?:to|had|has|have|were|was|is|are|would|will|could|might|may|did|can|\w+ed)\b")
# a verb joined to the one before with no subject of its own: "... and seized", "..., and then took"
_JOINED_BEFORE = re.compile(r"\band(?: +(?:then|later|also|subsequently|eventually|finally|quickly|soon))? *$")


def object_starts(view: str, found: Sequence[tuple[int, int, str, bool]]) -> frozenset[int]:
    """Return the starts of the sides in `found` (start, end, side, subject in the lower-cased
    sentence `view`) that stand as the object of the verb right after a subject side before them."""
    objects = set()
    for i in range(1, len(found)):
        before, (start, end, _side, _subject) = found[i - 1], found[i]
        if (before[0] in objects and start - before[1] <= 3) or (before[3] and _is_object(view, before[1], start, end)):
            objects.add(start)  # the words of one phrase go with its first ("security forces")
    return frozenset(objects)


def joined_verb(view: str, position: int) -> bool:
    """Return True when the verb at `position` of `view` is joined to the one before by a bare
    "and" (no subject of its own between): it shares the subject of that verb."""
    return _JOINED_BEFORE.search(view, max(0, position - 30), position) is not None


def _is_object(view: str, subject_end: int, start: int, end: int) -> bool:
    """Return True when the words between a subject ending at `subject_end` and the side at
    [start, end) are one verb (and its articles): the side is that verb's object."""
    shape = _SUBJECTS_VERB.match(view, subject_end, start)
    if shape is None or _OPENS_A_CLAUSE.match(shape.group("verb")):
        return False
    return _OWN_VERB_AFTER.match(view, end) is None
