"""The place as the scene or subject of a verb told after it.

- "X, which security forces left on Sunday" / "X was abandoned by the army": the leavers named in a
  relative clause or a "by" phrase left the place itself, and so did "troops in X" who withdrew
  (`left_by`, `frontmap.extract.garrison_leavers`);
- "In X, insurgents seized the governor's office": a fronted locative sets the scene of the clause
  (`fronted`), and so does a "where" clause after it (`frontmap.extract.where_scenes`).
"""

from __future__ import annotations

import re

from frontmap.extract import gaps, garrison_leavers, where_scenes

_IGNORE_CASE = re.IGNORECASE
# not "In addition to X," / "In contrast to X,": a phrase ending in "to" or "with" names a thing compared, not where
_FRONTED_LOCATIVE = re.compile(r"^\W*(?:in|inside|at)\s+(?:the\s+)?(?:(?!(?:to|with)\s)[\w’'-]+\s+){0,2}$", _IGNORE_CASE)

# "X, which the troops", "X in Y, which government forces", "X, whose police": a relative clause whose
# subject (named in it) is the one leaving the place
_RELATIVE_LEAVER = re.compile(
    r"(?:\s+(?:district|city|town))?(?:\s+(?:in|of)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:\s+province)?)?\s*,\s*(?:which|that|whose)\s+(?:the\s+|its\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:forces|troops|soldiers|police|policemen|army|commandos|garrison|defenders|officials)"
    r"(?:\s+(?:had|have|has|finally|then|also))?\s+$",
    _IGNORE_CASE,
)
# "checkpoints around X", "the airport in X": the place only says where the thing left stood
_LOCATED_BEFORE = re.compile(r"\b(?:in|near|around|outside|inside|at|beyond|across|close\s+to)\s+(?:the\s+)?$", _IGNORE_CASE)
# "were", "is" (a timeline's present), "have all been", "had both been": a list keeps its verb with a word on the group between
_AUX = r"(?:(?:was|were|is|are)(?:\s+(?:all|both|also|now|then))?|(?:had|have|has)(?:\s+(?:all|both|also|now|since))?\s+been)"
_PASSIVE_AFTER_LIST = re.compile(r"\s" + _AUX + r"\s+(?:\w+ly\s+)?$")
_PASSIVE_BY = re.compile(r"\s*(?:city\s+|district\s+)?" + _AUX + r"\s+(?:\w+ly\s+)?$")  # needs a "by" agent
# a participle's aside between the place and its verb: "X, besieged since the weekend, was abandoned by"
_PARTICIPLE_ASIDE = re.compile(r"\s*,\s*(?:\w+ly\s+)?\w+(?:ed|en)\b[^,;:()]{0,80},", _IGNORE_CASE)


def left_by(sentence: str, place: tuple[int, int], verb: tuple[int, int]) -> bool:
    """Return True when the words between the place at `place` = (start, end) and a verb of leaving
    at `verb` = (start, end) make the place what the leavers left ("X, which the troops", "X was",
    "troops in X"), the place not being where something else stood ("bases near X were evacuated")."""
    start, end = place
    trigger_start = verb[0]
    if garrison_leavers.garrison_left(sentence, place, verb):
        return True
    if _LOCATED_BEFORE.search(sentence, max(0, start - 30), start):
        return False
    aside = _PARTICIPLE_ASIDE.match(sentence, end, trigger_start)
    if _RELATIVE_LEAVER.match(sentence, end, trigger_start) or _PASSIVE_BY.match(sentence, aside.end() if aside else end, trigger_start):
        return True
    passive = _PASSIVE_AFTER_LIST.search(sentence, end, trigger_start)  # "X, Y and Z, all in the east, were abandoned by"
    return passive is not None and gaps.is_subject_gap(sentence[end : passive.start()] + " ")


def left_role(sentence: str, place: tuple[int, int], verb: tuple[int, int]) -> str | None:
    """Return what a verb of leaving at `verb` leaves of the place at `place`: the whole (`left_by`),
    a part (its garrison fell back inside it: "troops in X retreated to the airport"), or None."""
    if left_by(sentence, place, verb):
        return gaps.WHOLE
    return gaps.PART if garrison_leavers.garrison_withdrew_inside(sentence, place, verb) else None


def fronted(sentence: str, clause_start: int, start: int) -> bool:
    """Return True when the place at `start` opens its clause as a fronted locative ("In X, ...")."""
    return start - clause_start <= 40 and bool(_FRONTED_LOCATIVE.match(sentence[clause_start:start]))


# "In addition to X, ...", "Besides X, ...": the place the clause's object adds to (not "In addition to attacking X")
_ADDED_OPENING = re.compile(r"^\W*(?:in\s+addition\s+to|besides)\s+(?:the\s+)?(?:(?![\w’'-]+ing\s)[\w’'-]+\s+){0,2}$", _IGNORE_CASE)
# "two other capitals", "three more districts", "another district": the object counts places beside it
_OTHERS = re.compile(r"^\s*(?:(?:the|\w+)\s+)?(?:other|more|further)\b|^\s*another\b", _IGNORE_CASE)


def fronted_role(sentence: str, clause_start: int, start: int, obj: str, scene: tuple[int, int] | None = None) -> str | None:
    """Return how a place that opens its clause stands to the verb after it, `obj` the verb's
    object: a fronted locative ("In X, they took the police headquarters"), or a place a "where"
    clause follows (`scene` = (the place's end, the verb's start): "X, where they took ..."), as that
    object makes it (`gaps.object_kind`); a place the object adds to ("In addition to X, they took
    two other capitals") the whole place, as taken as the others; None for a place that opens no
    clause so."""
    if fronted(sentence, clause_start, start) or (scene is not None and where_scenes.where_scene(sentence, *scene, obj)):
        return gaps.object_kind(obj)
    opening = start - clause_start <= 40 and _ADDED_OPENING.match(sentence[clause_start:start])
    return gaps.WHOLE if opening and _OTHERS.match(obj) else None


# the people who can hand a place over: its officials and defenders
_GIVERS = re.compile(
    r"\b(?:officials|officers|governor|governors|chief|chiefs|commanders?|head|heads|forces|troops|soldiers|police|policemen"
    r"|army|garrison|defenders|personnel|staff|militias?|leaders|elders|administration)\b",
    _IGNORE_CASE,
)
_SURRENDER_REACH = 250  # a subject listing the governor, the police chief, ... and the corps commander


def surrendered_in(sentence: str, clause_start: int, place: tuple[int, int], verb_start: int) -> bool:
    """Return True when a fronted place is where its officials or defenders, the subject named
    before a verb of handing over at `verb_start`, gave up ("In Herat, the governor, the police
    chief and the corps commander surrendered to the Taliban"): the place is handed over."""
    start, end = place
    gap = sentence[end:verb_start]
    return (
        0 < verb_start - end <= _SURRENDER_REACH and gap.startswith(",") and fronted(sentence, clause_start, start)
        and "." not in gap and bool(_GIVERS.search(gap))
    )


# "surrendered to the Taliban", "handed themselves over to", "gave themselves up to": giving oneself up
# (or with no one named: "troops holding out in X ran out of food and surrendered on Friday")
_GAVE_UP = re.compile(
    r"\b(?:surrender(?:ed|s)|hand(?:ed|s)\s+(?:themselves|himself)\s+over|ga(?:ve|ven)\s+(?:themselves|himself)\s+up)\s+to\b"
    r"|\bsurrender(?:ed|s)(?=\s+(?:on|after|overnight|late|early|without|last|yesterday|this)\b|\s*[,.;])",
    _IGNORE_CASE,
)
_SAYING = re.compile(r"\b(?:said|says|told|added|according)\b|[;:]", _IGNORE_CASE)
# the place as the one the givers serve: "the governor of Farah province", "forces in X", "Herat governor"
# (or where they held out: "the last soldiers holding out in X surrendered to the Taliban")
_OWNER_BEFORE = re.compile(
    r"\b(?:governor|mayor|officials|forces|troops|soldiers|police|garrison|commanders?|chief|administration)"
    r"(?:\s+(?:still\s+)?(?:holding\s+out|holed\s+up|stationed|posted|besieged|trapped|remaining))?\s+(?:of|in|at)\s+(?:the\s+)?$",
    _IGNORE_CASE,
)
_OWNER_AFTER = re.compile(r"^(?:\s+province)?(?:['’]s)?\s+(?:provincial\s+)?(?:governor|officials|police|garrison|commanders?|administration)\b", _IGNORE_CASE)


def gave_up_after(sentence: str, end: int) -> int | None:
    """Return where the verb starts when the people named with the place at `end` give themselves
    up later in the same clause ("the governor of Farah ... surrendered to the Taliban"), else None."""
    found = _GAVE_UP.search(sentence, end, end + _SURRENDER_REACH)
    if found is None or _SAYING.search(sentence, end, found.start()) or "." in sentence[end : found.start()]:
        return None
    return found.start()


def owners_gave_up(sentence: str, place: tuple[int, int], verb_start: int) -> bool:
    """Return True when the place names whose officials or defenders they are ("the governor of X",
    "X governor") and they give themselves up at `verb_start`: the place is handed over."""
    start, end = place
    if not (_OWNER_BEFORE.search(sentence, max(0, start - 30), start) or _OWNER_AFTER.match(sentence[end : end + 40])):
        return False
    return gave_up_after(sentence, end) == verb_start


def gave_up_in(sentence: str, clause_start: int, place: tuple[int, int], verb_start: int) -> bool:
    """Return True when the verb of handing over at `verb_start` hands the place over through its
    people: a fronted place's officials (`surrendered_in`) or the ones it names (`owners_gave_up`)."""
    return surrendered_in(sentence, clause_start, place, verb_start) or owners_gave_up(sentence, place, verb_start)


# what a place may hand over and still be what changes hands: itself, its seat, its control
_HANDED_PLACE_WORDS = frozenset(
    "city town district province capital control power it itself area areas territory base bases headquarters compound"
    " compounds centre center seat keys gates administration".split()
)
_HANDED_OBJECT = re.compile(r"(?:\s+over)?\s+(?P<object>(?:a|an|the|its|their|his|her|some|several|all|\d+)\s+(?:(?!(?:over|to)\b)[\w’'-]+\s+){1,5}?)(?:over|to)\b", _IGNORE_CASE)


def hands_other_thing(sentence: str, verb_start: int, verb_end: int) -> bool:
    """Return True when a verb of handing over (at sentence[verb_start:verb_end]) hands something
    that is not a place, nor its seat or control ("Kabul handed a proposal to Taliban negotiators",
    "Herat handed over its weapons to"): the place before it is the giver, not what is given."""
    if not sentence[verb_start:verb_end].lower().startswith("hand"):
        return False
    found = _HANDED_OBJECT.match(sentence, verb_end, verb_end + 80)
    if found is None:
        return False
    words = found.group("object").split()
    return not any(w[:1].isupper() or w.lower().strip("’'") in _HANDED_PLACE_WORDS for w in words)
