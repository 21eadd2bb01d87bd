"""Compound holds and lost ground before a place: "government-held X", "the lost parts of X".

Such a compound says who held the place before what the clause tells happened to it: in "the
Taliban captured government-held X" the capture decides, in "government-held X came under attack"
the attack does. So the compound waits behind every other trigger of the place's clause and is read
only when none of them says anything of the place, or when the clause's verb is no fact ("forces
plan to retake Taliban-held X": the insurgents still hold it). Its holder is the side named in the
compound, not the sentence's subject ("the Taliban attacked government-held X").

Where the clause only places it ("families from Taliban-held X", "convoys moved to
government-controlled X", "fell back to government-held X"), the compound is all that speaks of
the place, and it still tells its holder; a compound before the units of a list ("the Taliban-held
districts of X, Y and Z") tells each of them. A compound later in the clause is its own noun's.

"Lost" said of the place's unit ("the lost districts of X", "every district lost since May,
including X") is read the same way, except that under a verb that is no fact it tells nothing:
"an operation to retake the lost parts of X will begin" is about a plan, not a new loss.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from frontmap.extract.gaps import WHOLE
from frontmap.extract.last_pockets import without_last_pocket
from frontmap.extract.triggers import HOLD, LOSE, Trigger

_COMPOUND_WORDS = ("held", "controlled", "run", "ruled")
# "captured government-held X", "besieged the Taliban-controlled city of X": who held it, no other thing
# "government-held X", "Taliban-held district of X", "government-controlled provincial capital, X"
_UNIT_OF = re.compile(r"\s*(?:(?:\w+\s+)?(?:cit(?:y|ies)|towns?|districts?|capitals?|provinces?|cent(?:re|er)s?)\s*(?:of\s+|,\s*))?", re.IGNORECASE)
# "Taliban-held X and Y districts", "Taliban-controlled X, Y and Z": the compound stands before the
# whole list, so before its later names too
_NAMES_BEFORE = re.compile(r"\s+(?:[A-Z][\w'’-]*(?:[ -](?:e|i|wa|o|[A-Z][\w'’-]*))*\s*(?:,\s*(?:and\s+)?|\s+and\s+))+")
_UNITS = r"(?:parts?|districts?|areas?|territor(?:y|ies)|cit(?:y|ies)|towns?|capitals?|ground|provinces?)"
_COMPOUND_IN_GAP = re.compile(rf"\b[A-Za-z]+-(?:held|controlled)\b|\blost\b(?=\s+{_UNITS}\b)", re.IGNORECASE)
# "the lost districts of", "every district lost since": "lost" as an adjective of a unit
_LOST_BEFORE_UNIT = re.compile(rf"\s+{_UNITS}\b", re.IGNORECASE)
_UNIT_BEFORE_LOST = re.compile(rf"\b{_UNITS}\s+$", re.IGNORECASE)


# a compound standing before a noun ("Taliban-held Y", "Taliban-controlled districts"), not a predicate
_PRENOMINAL = re.compile(r" +(?:[A-Z]|(?:\w+ +)?(?:cit|town|district|capital|province|cent|area|part|village|territor|border|crossing|base|outpost|post|region|valley))")


def hyphened(sentence: str, trigger: Trigger) -> bool:
    """Return True when the hold `trigger` ends a hyphened compound ("Taliban-held"), an adjective
    whose holder is told as it stands, whatever the clause's verb aims at."""
    return trigger.kind == HOLD and trigger.start > 1 and sentence[trigger.start - 1] == "-" and trigger.text.lower() in _COMPOUND_WORDS


def attributive(sentence: str, trigger: Trigger, place_start: int) -> bool:
    """Return True when `trigger` is the end of a hyphened compound right before the place
    ("government-held X"), or before the list the place ends ("Taliban-held X and Y")."""
    if trigger.kind != HOLD or trigger.text.lower() not in _COMPOUND_WORDS or trigger.start < 2:
        return False
    if sentence[trigger.start - 1] != "-":
        return False
    lead = _UNIT_OF.match(sentence, trigger.end, place_start)  # "Taliban-held districts of X, Y and Z": the list after the units too
    if lead is None:
        return False
    return lead.end() == place_start or bool(_NAMES_BEFORE.fullmatch(sentence, lead.end() - 1 if lead.end() > trigger.end else trigger.end, place_start))


def told_by_compound(sentence: str, verdict, place_start: int) -> bool:
    """Return True when the `verdict` on the place comes from a compound hold right before it or
    its list ("moved to Taliban-controlled X"): a holder told whatever the place is to the clause."""
    if verdict is None or not verdict.trigger or sentence[verdict.trigger_start : verdict.trigger_start + len(verdict.trigger)] != verdict.trigger:
        return False
    trigger = Trigger(verdict.trigger_start, verdict.trigger_start + len(verdict.trigger), verdict.trigger, verdict.status, 0.0, False, HOLD)
    return hyphened(sentence, trigger) and attributive(sentence, trigger, place_start)


def compound_role(view: str, sentence: str, trigger: Trigger, place_start: int) -> str | None:
    """Return "" when the hold `trigger` before the place is the aim of a fight ("the fight for
    control of X"), WHOLE when it is a compound before the place or its list ("Taliban-held
    districts of X, Y and Z"), else None (its gap decides)."""
    if view.endswith("for ", 0, trigger.start):
        return ""
    return WHOLE if attributive(sentence, trigger, place_start) else None


def compound_before(sentence: str, triggers: list[Trigger], place_start: int) -> Trigger | None:
    """Return the compound hold right before the place or its list ("from Taliban-held X", "to the
    government-controlled city of X"), else None: what tells of a place the clause only locates."""
    for trigger in triggers:
        if place_start - 150 < trigger.end <= place_start and attributive(sentence, trigger, place_start):
            return trigger
    return None


# "the soldiers holding out in X surrendered": the defenders named by where they held out, the
# subject of what the clause tells next (the hold is before it, the clause's verb decides)
_DEFENDERS_BEFORE = re.compile(
    r"\b(?:troops|soldiers|forces|police|policemen|defenders|garrison|men|commandos|officials|personnel|fighters|militiamen)\s+(?:still\s+)?$",
    re.IGNORECASE,
)
# (or at a site of it: "holding out in the governor's compound in X", "holed up at the police headquarters of X")
_HOLDOUT_SITE = (r"(?:(?:the|a|an)\s+)?(?:[\w-]+(?:['’]s|\s+s)?\s+){0,2}"
                 r"(?:compound|headquarters|base|office|outpost|fort|citadel|prison|airport|palace)\s+(?:in|at|of)\s+")
_HOLDOUT_GAP = re.compile(r"\s*(?:(?:in|at|inside)\s+)?(?:" + _HOLDOUT_SITE + r")?(?:the\s+)?(?:(?:town|city|district|cent(?:re|er))\s+of\s+)?", re.IGNORECASE)


def holdout_participle(sentence: str, trigger: Trigger, place_start: int) -> bool:
    """Return True when `trigger` is "holding out" said of the defenders in the place, a
    participle in the subject ("soldiers holding out in X ran out of food and surrendered")."""
    if trigger.kind != HOLD or not trigger.text.lower().startswith(("holding out", "holed up")):
        return False
    return bool(_HOLDOUT_GAP.fullmatch(sentence, trigger.end, place_start) and _DEFENDERS_BEFORE.search(sentence, max(0, trigger.start - 40), trigger.start))


def lost_unit(sentence: str, trigger: Trigger) -> bool:
    """Return True when `trigger` is "lost" said of a unit ("the lost parts of", "districts lost
    since May"), not a verb ("the army lost X")."""
    if trigger.kind != LOSE or trigger.text.lower() != "lost":
        return False
    before = sentence[max(0, trigger.start - 30) : trigger.start]
    if _LOST_BEFORE_UNIT.match(sentence, trigger.end) and re.search(r"\b(?:the|its|their|all|every|of)\s+$", before, re.IGNORECASE):
        return True
    return bool(_UNIT_BEFORE_LOST.search(before))


def without_compound(gap: str) -> str:
    """Return the words between a verb and its place without a compound hold ("government-held"),
    which says whose the place was, not that another thing was taken), and as a bare space when they
    name the last ground a side had there (`last_pockets`)."""
    return without_last_pocket(_COMPOUND_IN_GAP.sub("", gap).replace("  ", " "))


def compound_holder(view: str, actors, trigger: Trigger) -> str | None:
    """Return the side named in the compound ending at `trigger` ("government" in "government
    held" on the text view, "afghan army" in "afghan army controlled"), else None."""
    if trigger.text.lower() not in _COMPOUND_WORDS:
        return None
    first = view.rfind(" ", 0, max(0, view.rfind(" ", 0, trigger.start - 1)))
    return actors.inside(first + 1, trigger.start)


class HoldsLast:
    """The triggers of a place, nearest first, with a compound hold before it (`attributive`),
    a hold-out participle of its defenders (`holdout_participle`) or lost ground (`lost_unit`)
    moved behind all the others; `pending` is it while it waits."""

    def __init__(self, triggers: Iterable[Trigger], sentence: str, place_start: int, every: list[Trigger] | None = None):
        self._triggers = triggers
        self._sentence = sentence
        self._place_start = place_start
        self.pending: Trigger | None = None
        # the compound the nearest triggers may not have reached yet ("sent to Taliban-held X to retake it")
        self._ahead = compound_before(sentence, every, place_start) if every else None

    def __iter__(self) -> Iterator[Trigger]:
        for trigger in self._triggers:
            if trigger.start > self._place_start and hyphened(self._sentence, trigger) and _PRENOMINAL.match(self._sentence, trigger.end):
                continue  # "from government-held X to Taliban-held Y": the later compound is Y's
            if trigger is self._ahead:
                self._ahead = None
            if self.pending is None and (attributive(self._sentence, trigger, self._place_start) or lost_unit(self._sentence, trigger)
                                         or holdout_participle(self._sentence, trigger, self._place_start)):
                self.pending = trigger
                continue
            yield trigger
        if self.pending is not None:
            trigger, self.pending = self.pending, None
            yield trigger

    def state_pending(self) -> bool:
        """Return True while a compound hold waits (a verb that is no fact leaves it to say who holds
        the place; lost ground waiting under such a verb tells nothing)."""
        return (self.pending is not None and self.pending.kind == HOLD) or self._ahead is not None
