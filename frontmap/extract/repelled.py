"""An attack repelled: the expel verb that governs a fight word, so the place was held and fought over.

"Forces repelled the attack on X" puts the verb before the fight word; "the attack on X was
repelled" and "a Taliban assault on X was pushed back overnight" put it after the place, as a
passive whose subject is the attack (a headline drops the auxiliary: "Taliban attack on X repelled,
say police"); "Taliban attacks have been pushed back in X" puts the place after that passive.
Either way the fight word alone would only say "contested". The place may be any name of a list
the attack was on ("the attacks on X, Y and Z were repelled": each held).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from frontmap.extract import roles, shared_outcomes
from frontmap.extract.triggers import EXPEL, FIGHT, Trigger
from frontmap.status import GOVERNMENT, TALIBAN

_IGNORE_CASE = re.IGNORECASE
_GOVERNED_GAP = re.compile(
    r"^\s+(?:(?:the|a|an|their|its|taliban['’]?s?|militants?['’]?s?|insurgents?['’]?s?|rebels?['’]?s?|enemy['’]?s?|non[\s-]+state[\s-]+armed[\s-]+groups?|\(?nsags?\)?|an?|all|every|each|repeated|further|fresh|new|latest|major"
    r"|large|massive|\w+-scale|night|overnight|dawn|morning|evening|coordinated|suicide|heavy|fierce|another|several|renewed"
    r"|multiple|second|third|\w+-pronged)\s+){0,3}$",
    _IGNORE_CASE,
)
# "the attack on X", "the attack by militants on X", or a fight word that ends in its preposition ("the push on X")
_ON_PLACE = re.compile(
    r"(?:\s+by\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?[\w’'-]+(?=\s+(?:on|against)\b))?"
    r"(?:(?<=\son)|(?<=\sagainst)|\s+(?:on|against|in)|(?<=outskirts)\s+of)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?$", _IGNORE_CASE)
# the items of a list of names before the place ("the attack on Faizabad, Mazar-e-Sharif and X"), case-sensitive
_ITEMS_BEFORE = (r"(?-i:(?:[A-Z][\w’'.-]*(?:[ -](?:(?:e|i|ye)\b|[A-Z][\w’'.-]*))*(?:\s+(?:city|town|district))?"
                 r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)){1,7})")
# "the attacks in two villages of X", "in Sherdagh and Kharzar areas of the district": a part of the place
_IN_PART_OF_PLACE = re.compile(
    r"\s+(?:on|against|in)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?:areas?|parts?|villages?|sections?|neighbou?rhoods?)\s+of\s+(?:the\s+)?$",
    _IGNORE_CASE)
_ON_LISTED_PLACE = re.compile(_ON_PLACE.pattern[:-1] + _ITEMS_BEFORE + "$", _IGNORE_CASE)
_BY_AFTER = re.compile(r" +by +(?:the +)?")  # in the sentence's view
# "police said the attack on X was repelled": the speaker before the attack owns no attack
_SAID_BEFORE = re.compile(r"\b(?:said|says|say|told|reported|added|stated|confirmed|announced|noted)\b")
_ON_OTHER_PLACE = re.compile(  # "an attack on Y": Y's; not "an attack on Sunday"
    r"\s+(?:on|against|in|at|near)\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?"
    r"(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)[A-Z]")
# "repelled attacks on three major cities": the attacks were on places the object counts, not on X
_ON_OTHER_PLACES = re.compile(r"\s+(?:on|against)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:cities|towns|districts|capitals|provinces)\b", _IGNORE_CASE)
_FIGHT_NOUN = re.compile(r"(?:attacks?|assaults?|offensives?|advances?|push|onslaught|raids?)", _IGNORE_CASE)
_PASSIVE_GAP = re.compile(r"\s+(?:(?:have|has|had)\s+been|was|were)\s+(?:\w+ly\s+)?", _IGNORE_CASE)
_PASSIVE_AFTER_PLACE = re.compile(  # needs the sentence's case: "in Herat" locates, "in the" does not
    r"^(?:\s+(?:districts?|city|town|province|cent(?:re|er)|capital|headquarters))*(?:\s+(?:in|of)\s+[A-Z][\w’'-]+(?:\s+province)?)?"
    r"(?:\s*,\s+(?:the|a|an)\s+[^,;:()]{1,80},)?"  # "the attack on X, the capital of Takhar province, was repelled"
    r"(?:\s+(?:last\s+night|overnight|yesterday|today|this\s+morning|on\s+[A-Z]\w+day|(?:early|late)\s+(?:on\s+)?[A-Z]\w+day))?"  # "... last night has been"
    r"(?:\s+(?:was|were|has\s+been|have\s+been|had\s+been)(?:\s+(?:\w+ly|also|again|successfully))?)?\s+$",
)


def governing(sentence: str, triggers: list[Trigger], starts: list[int], fight: Trigger, c_start: int,
              place: tuple[int, int]) -> Trigger:
    """Return the expel verb that governs the fight trigger `fight` about the place at `place`
    (start, end) ("repelled the attack on X", "the attack on X was repelled"), else `fight`.
    `starts` are the triggers' starts, `c_start` where the place's clause starts."""
    i = bisect.bisect_left(starts, fight.start)
    if i > 0:
        verb = triggers[i - 1]
        if verb.kind == EXPEL and verb.start >= c_start and _GOVERNED_GAP.match(sentence[verb.end : fight.start]):
            return verb
    start, end = place
    if fight.end <= start and any(p.match(sentence, fight.end, start) for p in (_ON_PLACE, _ON_LISTED_PLACE, _IN_PART_OF_PLACE)):
        end = shared_outcomes.list_end(sentence, end)  # "the attacks on X, Y and Z were repelled": X's too
        j = bisect.bisect_left(starts, end)
        if j < len(triggers) and triggers[j].kind == EXPEL and _PASSIVE_AFTER_PLACE.match(sentence[end : triggers[j].start]):
            return triggers[j]
    return fight


def attack_and_verb(sentence: str, triggers: list[Trigger], starts: list[int], trigger: Trigger, c_start: int,
                    place: tuple[int, int], actors: Callable[[], roles.Actors]) -> tuple[Trigger, Trigger]:
    """Return (fight, verb) for `trigger` read about the place at `place` (start, end): a fight
    word and the expel verb governing it ("repelled the attack on X"; "the attack on X was
    repelled", read from the verb too when it is X's nearest word: "the attacks on Y and X were
    repelled", "an attack by the army on X was repelled"), else (`trigger`, `trigger`). `actors`
    gives the sentence's actors."""
    if trigger.kind == FIGHT:
        return trigger, governing(sentence, triggers, starts, trigger, c_start, place)
    if trigger.kind == EXPEL and trigger.start >= place[1]:
        i = bisect.bisect_left(starts, place[0]) - 1
        attack = triggers[i] if i >= 0 and triggers[i].kind == FIGHT and triggers[i].start >= c_start else None
        if attack is not None and governing(sentence, triggers, starts, attack, c_start, place) is trigger:
            return attack, trigger
        attack = _object_attack(sentence, triggers, starts, trigger)
        if attack is not None:
            return attack, trigger
    if trigger.kind == EXPEL and trigger.end <= place[0]:
        attack = _passive_subject(sentence, triggers, starts, trigger, c_start)
        if attack is not None:
            return attack, trigger
    return trigger, trigger


def _object_attack(sentence: str, triggers: list[Trigger], starts: list[int], verb: Trigger) -> Trigger | None:
    """Return the fight noun that is the object of the expel verb `verb` told after the place ("In
    X, police repelled an attack", "police in X repelled a Taliban assault": the attack was at X),
    else None; an attack said to be on another place ("repelled an attack on Y") is not X's."""
    i = bisect.bisect_right(starts, verb.start)
    attack = triggers[i] if i < len(triggers) and triggers[i].kind == FIGHT else None
    if attack is None or not _FIGHT_NOUN.fullmatch(attack.text) or not _GOVERNED_GAP.match(sentence[verb.end : attack.start]):
        return None
    return None if _ON_OTHER_PLACE.match(sentence, attack.end) else attack


def aimed_at_counted_places(sentence: str, fight: Trigger, place: tuple[int, int]) -> bool:
    """Return True when the fight noun `fight`, told after the place at `place` (start, end), is
    said to be on places its object counts ("X was hit and troops repelled attacks on three
    cities"): the attacks, and the verb driving them off, say nothing of X."""
    if fight.kind != FIGHT or fight.start < place[1] or not _FIGHT_NOUN.fullmatch(fight.text):
        return False
    return bool(_ON_OTHER_PLACES.match(sentence, fight.end))


def _passive_subject(sentence: str, triggers: list[Trigger], starts: list[int], verb: Trigger, c_start: int) -> Trigger | None:
    """Return the fight word that is the subject of the passive expel verb `verb` ("Taliban attacks
    have been pushed back in X": the attacks were driven off, X held), else None."""
    i = bisect.bisect_left(starts, verb.start) - 1
    attack = triggers[i] if i >= 0 and triggers[i].kind == FIGHT and triggers[i].start >= c_start else None
    if attack is None or not _FIGHT_NOUN.fullmatch(attack.text):
        return None
    return attack if _PASSIVE_GAP.fullmatch(sentence, attack.end, verb.start) else None


# "a counter-attack on X was repelled": with no side named, the side that lost X strikes back, and in
# these reports that is the government (a Taliban one names its side: "a Taliban counter-attack")
_COUNTER_BEFORE = re.compile(r"\bcounter[ -]?$")


def holder_after_repelled(actors: roles.Actors, view: str, fight: Trigger) -> str:
    """Return the side that held the place when the attack `fight` on it was repelled: the side
    opposite the attack's owner ("the Taliban attack"; "the army's assault"; "an attack by the
    army on X"; not a speaker before it: "police said the attack"), else the government."""
    owner = None if _SAID_BEFORE.search(view, max(0, fight.start - 14), fight.start) else actors.owner_before(fight.start, 12)
    attacker = owner or _agent_after(actors, view, fight) or (GOVERNMENT if _COUNTER_BEFORE.search(view, max(0, fight.start - 9), fight.start) else None)
    return TALIBAN if attacker == GOVERNMENT else GOVERNMENT


def _agent_after(actors: roles.Actors, view: str, fight: Trigger) -> str | None:
    """Return the side named by "by" right after the fight word ("an assault by commandos on
    X"), or None."""
    match = _BY_AFTER.match(view, fight.end)
    return None if match is None else actors.agent_at(match.end())
