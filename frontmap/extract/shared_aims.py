"""Aims shared by joined infinitives: "to eliminate threats and take control of X", "sent commandos
to secure the highway and retake X", and forecasts shared by joined bare verbs: "could isolate
Kabul within a month and take the city within three".

A bare verb joined by "and" (or "or") to an earlier "to" infinitive is that infinitive's second
aim: the "to" governs both, so the taking is a goal like "to take control of X", not a fact. A
modal ("could", "would", "may", "will" ...) governs the bare verbs joined after its own in the same
way: the second one is as foreseen as the first. A
noun of fighting opened by a joined bare verb ("could take the towns and begin a siege of X") is as
foreseen as the verb that opens it. A
finished verb after "and" ("entered the city and took control of X") is its own predicate, and an
infinitive the text tells as done ("forced the troops to retreat and hand over X", "were able to
break through and retake X": `frontmap.extract.cues`) stays a fact.
"""

from __future__ import annotations

import re

from frontmap.extract import caused_infinitives

# " to|could <verb> <up to six words of its object> and|or ": the earlier infinitive or modal, ending
# right before the verb ("in May", "since May": the month, not the modal)
_GOVERNOR = r"(?:to|will|would|could|might|can|shall|(?<!in )(?<!since )(?<!of )(?<!early )(?<!late )(?<!mid )(?<!until )(?<!from )may)(?: +not)?"
# the bare (infinitive) form of a control verb: "take", "retake", "clear", "seize", "regain" ...
_BARE_VERBS = (
    r"(?:re ?)?(?:take|capture|seize|clear|gain|claim|occupy|overrun|storm|enter|liberate|evict|expel|push|drive"
    r"|hand|surrender|hold|control|establish|fight|attack|battle|encircle|surround|besiege|isolate)\b"  # "mobilised to go in and fight the Taliban in X"
)
_BARE_VERB = re.compile(_BARE_VERBS)
# an "and" or "or" inside the first verb's object joins names ("the towns in the south, east and west"),
# not a new predicate: no verb follows it
_INNER_JOIN = r"(?:and|or)(?= +(?![a-z]+ed\b)(?!" + _BARE_VERBS + r")[a-z])"
_JOINED_TO = re.compile(
    r"(?:^| )" + _GOVERNOR + r" +(?:\w+ly +)?(?!be\b)[a-z]+(?: +(?:(?!and\b|or\b|to\b)[a-z0-9]+|" + _INNER_JOIN + r")){0,14} +(?:and|or) +(?:also +|then +|\w+ly +)?$"
)
# "and begin a siege of X", "or launch an assault on X": a bare verb that opens the fight its noun names
_OPENING_VERB = re.compile(
    r"(?:begin|start|launch|mount|lay|resume|step +up|intensify|tighten)(?: +(?:a|an|the|its|their|his|fresh|new|final|major|full|long|\w+ly))* +$"
)
_REACH = 120  # characters before the verb in which the earlier infinitive stands


def joined_to(view: str, clause_start: int, position: int, end: int) -> int | None:
    """Return the position of the "to" of an earlier infinitive, or of the modal of an earlier bare
    verb, that the bare verb at [position, end) of the lower-case `view` is joined to ("to secure
    the highway and retake X", "could isolate Kabul in a month and take it"), else None."""
    if not _BARE_VERB.match(view, position, end):
        opening = _OPENING_VERB.search(view, max(clause_start, position - 40), position)
        if opening is None:
            return None
        position = opening.start()  # the noun's own verb is the one joined ("and begin their siege of X")
    lo = max(clause_start, position - _REACH)
    found = _JOINED_TO.search(view, lo, position)
    if found is None:
        return None
    to = found.start() + (view[found.start()] == " ")
    return None if caused_infinitives.caused(view, 0, to + 3) else to
