"""Holders: whose hold a hold trigger tells ("under Taliban control", "held by the army", "in our hands", "still with us").

The side is read from the trigger itself ("Taliban control"), the actor right after it ("held by
commandos", "in control of the government"), whose hands ("the insurgents' hands"), or, for "our"
and "their", the speaker the quote is attributed to; a speaker of no named side who calls the
other side "the enemy" before "our" speaks for the government (the Taliban's voice is read first). `frontmap.extract.roles` asks it once it has
ruled out every kind of change.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from frontmap.extract import attributive_holds, flags, quote_opponents
from frontmap.extract.place_holdouts import contrasted_hold, holds_itself
from frontmap.status import GOVERNMENT, TALIBAN

if TYPE_CHECKING:
    from frontmap.extract.roles import Actors
    from frontmap.extract.triggers import Trigger

_OUR = re.compile(r"\bours?\b")
_IN_BEFORE = re.compile(r" in +(?:the +)?$")
# "remain in the government's control", "in the Taliban's control": whose control, owned before the word
_IN_OWNED_BEFORE = re.compile(r" in +(?:the +)?(?:[a-z]+ +){1,3}?s +$")
# a word that only says which forces ("of Afghan forces", "of the national army"): the actor comes after it
_FORCES_WORD = r"(?:afghan|national|local|government|security|special|commando|pro +government)"
_OF_AFTER = re.compile(r" +of +(?:the +)?(?:" + _FORCES_WORD + r" +)?")
_ENDS_IN_FORCES_WORD = re.compile(r"\bof +(?:the +)?" + _FORCES_WORD + r"$")
# "in the hands of a small police unit", "of the armed Taliban": the owner within a short phrase
# after "of" (never past punctuation: two spaces in the view)
_OWNER_OF_PHRASE = re.compile(r"(?:hands|control) +of((?: [a-z0-9'-]+){1,4})")
_SAID = re.compile(r" (?:said|says|told|tells|added|tweeted|wrote|stated|announced)\b")
_TALIBAN_SPEAKER = re.compile(r" (?:mujahid|ahmadi|shaheen|islamic +emirate|taliban +(?:spokes(?:man|person)|commanders?|officials?))\b")
_NEW_CLAUSE = re.compile(r"  +(?:and|but|while|whereas|as|after|before|when)\b")
# a speaker who sits for the state though no actor word names him: "a member of the Herat provincial council", "a lawmaker from X"
_STATE_SPEAKER = re.compile(r" (?:provincial +council|council +members?|councill?ors?|lawmakers?|mps?|parliamentarians?|district +(?:governor|chief)|deputy +governor)\b")
_TAG_REACH = 200  # characters after a quoted hold in which its speaker's tag is read
_ENEMY = re.compile(r"\b(?:the +)?enem(?:y|ies)\b")  # the speaker's name for the other side: not the one saying "our"
_FREE_OF = ("free", "out of", "outside", "beyond")  # the hold triggers told of a place the insurgents do not hold
# the group as the source of a sentence, not its subject (the subject is read by `Actors.agent`)
_TALIBAN_SOURCE = re.compile(
    r"\baccording +to +(?:the +)?(?:taliban|movement|mujahid)\b|\btaliban +(?:s +)?(?:statement|announcement|message|spokes(?:man|person))s?\b"
    r"|\b(?:statement|announcement|message)s? +(?:\w+ +){0,2}?(?:by|from|of) +the +(?:taliban|group|movement)\b"
)
_NAMED_TALIBAN = re.compile(r"\b(?:taliban|insurgents?|militants?|islamic +emirate)\b")
# "the Taliban's claim to hold X", "the group's claims to control X": the claim's owner is the holder it tells
_CLAIM_TO_BEFORE = re.compile(r" s +(?:own +|latest +|earlier +)?claims? +to +(?:still +|fully +|now +)?$")
# "offered safe passage to the soldiers holding out in X": the defenders right before the participle
# hold out, whoever the sentence's actor is
_DEFENDERS_HOLDING = re.compile(
    r"\b(?<!taliban )(?:troops|soldiers|police|policemen|commandos|garrison|defenders|personnel|guards)\s+(?:still\s+)?$"
)
_FIGHTING = re.compile(r"\b(?:fight(?!ers?\b)|clash|battl|attack|assault|siege|shell)")  # "held out amid heavy fighting": fought over

# the presence triggers of armed men (`seat_objects`, `triggers`) and the men of no side named before them
_PRESENCE_VERB = re.compile(r"(?:(?:were|are) +)?(?:walk|roam|stroll|stand|stood|pos|sit|sat|seated)")
_UNNAMED_ARMED_BEFORE = re.compile(r"\b(?:armed +men|gunmen) +(?:(?:were|are) +)?$")


def holder(trigger: Trigger, actors: Actors, view: str, place_end: int = -1) -> str | None:
    """Return the side a hold trigger names ("under Taliban control", "held by", "forces hold",
    "X held out": the place's defenders, `place_end` where the place ends), or None when it names
    none ("Taliban take Y; X holds": the place its bare subject, the Taliban are not its holder)."""
    text = trigger.text.lower()
    if text.startswith(_FREE_OF):
        return GOVERNMENT  # "still free from the Taliban", "out of the Taliban's control": not theirs
    own = actors.inside(trigger.start, trigger.end) or attributive_holds.compound_holder(view, actors, trigger)
    if own is not None:
        return own
    if text.endswith((" by", " with")):  # "still with us": the speaker's side, as "in our hands"
        return actors.agent_at(trigger.end) or (_speaker_side(trigger, actors, view) if view.startswith(" us", trigger.end) else None)
    if holds_itself(trigger.text, view, place_end, trigger.start, trigger.end, actors):
        if text.endswith(" out") and (not _FIGHTING.search(view) or _attackers_not_holders(trigger, actors, view)):
            return GOVERNMENT  # "the Taliban took Y, but X held out": its defenders
        agent = actors.agent(trigger)  # "Police chief: X holds"; the actor of a clause before ("took Y; X holds") is none
        if agent in (None, TALIBAN) and contrasted_hold(trigger.text, view, place_end, trigger.end):
            return GOVERNMENT  # "Y fell while X held": the place its defenders kept
        return None if agent == TALIBAN else agent
    if told_as_ours(trigger.text, view, trigger.start):
        return _speaker_side(trigger, actors, view)  # "under our control", "in our hands"
    of = _OF_AFTER.match(view, trigger.end) if text == "control" else None
    reach = of.end() - trigger.end + 4 if of is not None else 0  # "of the group" names its actor from "the"
    if of is not None and _IN_BEFORE.search(view, max(0, trigger.start - 10), trigger.start) and actors.at(trigger.end, reach):
        return actors.at(trigger.end, reach)  # "remain in control of the government"
    if text == "control" and _IN_OWNED_BEFORE.search(view, max(0, trigger.start - 40), trigger.start):
        return actors.owner_before(trigger.start, 4)  # "remain in the government's control"
    if text.startswith("flag"):
        return actors.owner_before(trigger.start) or flags.flag_side(trigger.text, view[max(0, trigger.start - 25) : trigger.start])  # "the group's white flags were flying over X"; "the national flag flew over X"
    if text.startswith("hands") or text == "theirs":
        if actors.possessive_before(trigger.start) or text == "theirs":  # "in their hands", "X is theirs": whose, said earlier
            return actors.before(trigger.start, 250) or (None if text == "theirs" else TALIBAN)  # "theirs" of no one named: unknown
        return actors.before(trigger.start, 4) or _owner_of_hands(trigger, actors, view)  # "in Taliban hands"
    if text.startswith("h") and (text.endswith(" out in") or (text.endswith(" out") and not _FIGHTING.search(view))):
        return _holdout_side(trigger, actors, view)  # "only the provincial capital still held out", "held out in X": its defenders
    if text.startswith("h") and text.endswith(" out") and _attackers_not_holders(trigger, actors, view):
        return GOVERNMENT  # "Of the districts the Taliban attacked, X fell while Y and Z held out": the defenders
    if text.startswith("under") and (owner := _owner_in_phrase(trigger, actors, view)) is not None:
        return owner  # "under the control of local police"
    if " their " in text:  # "X is under their control, a Taliban spokesman said"; with no one named, as "in their hands"
        return actors.agent(trigger) or _speaker_side(trigger, actors, view) or TALIBAN
    return _claim_owner(trigger, actors, view) or actors.agent(trigger) or _armed_presence(trigger, view) or _claimants_control(trigger, view)


def _claim_owner(trigger: Trigger, actors: Actors, view: str) -> str | None:
    """Return the side whose claim the hold is told as ("the Taliban's claim to hold X": the
    Taliban, whoever else the sentence names as its subject), else None."""
    claim = _CLAIM_TO_BEFORE.search(view, max(0, trigger.start - 40), trigger.start)
    if claim is None:
        return None
    return actors.owner_before(claim.start() + 1, 4) or (TALIBAN if view.endswith((" group", " movement"), 0, claim.start()) else None)


def _claimants_control(trigger: Trigger, view: str) -> str | None:
    """Return TALIBAN for a control of no side named ("were completely under control") that the
    group's own word tells, the group standing as no subject: "according to the Taliban, X was
    under control", "in a statement by the Taliban, it was claimed that X was under control",
    "a Taliban statement said X was under control"; else None."""
    if not trigger.text.lower().startswith("under"):
        return None
    return TALIBAN if _TALIBAN_SOURCE.search(view) else None


def _armed_presence(trigger: Trigger, view: str) -> str | None:
    """Return TALIBAN when men of no named side are armed and walking, standing or sitting where
    only the holder goes ("armed men walking through the governor's compound", "gunmen sat in the
    governor's office"): no government force is told as unnamed armed men; else None."""
    if not _PRESENCE_VERB.match(trigger.text.lower()):
        return None
    return TALIBAN if _UNNAMED_ARMED_BEFORE.search(view, max(0, trigger.start - 25), trigger.start) else None


def told_as_ours(text: str, view: str, start: int) -> bool:
    """Return True when the hold trigger `text` at `start` is told by its holder as "our"
    ("under our control", "in our hands", "X is ours"): the speaker's side holds it."""
    text = text.lower()
    return bool(_OUR.search(text)) or (text.startswith("hands") and view.endswith(" our ", 0, start))


def _attackers_not_holders(trigger: Trigger, actors: Actors, view: str) -> bool:
    """Return True when "held out" has the attackers for the sentence's actor but not for its
    subject ("the Taliban attacked ..., Y held out"), and no fight follows it ("held out against
    heavy assaults": the fight tells)."""
    if actors.agent(trigger) != TALIBAN or _NAMED_TALIBAN.search(view, max(0, trigger.start - 25), trigger.start):
        return False
    return not _FIGHTING.search(view, trigger.end, trigger.end + 40)


def _holdout_side(trigger: Trigger, actors: Actors, view: str) -> str:
    """Return the side holding out: the defenders (the government's side), unless the Taliban are
    named as the doers ("Taliban fighters held out in X"); "fighters" or "they" alone hold out
    against the Taliban."""
    if _DEFENDERS_HOLDING.search(view, max(0, trigger.start - 30), trigger.start):
        return GOVERNMENT
    agent = actors.agent(trigger)
    if agent == TALIBAN and not _NAMED_TALIBAN.search(view, max(0, trigger.start - 60), trigger.start):
        return GOVERNMENT
    return agent or GOVERNMENT


def _owner_of_hands(trigger: Trigger, actors: Actors, view: str) -> str | None:
    """Return the side owning the hands in "the Taliban's hands", "the insurgents' hands", "the
    hands of the Afghan forces" (the actor after the word that says which), else None."""
    if _ENDS_IN_FORCES_WORD.search(trigger.text.lower()):
        return actors.at(trigger.end, 2)
    if (owner := _owner_in_phrase(trigger, actors, view)) is not None:
        return owner
    possessive = view.endswith((" s ", "  "), 0, trigger.start)
    return actors.owner_before(trigger.start, 4) if possessive else None


def _owner_in_phrase(trigger: Trigger, actors: Actors, view: str) -> str | None:
    """Return the side named in the short phrase after "hands of" / "control of" in `trigger`
    ("in the hands of a small police unit", "under the control of local police"), else None."""
    phrase = _OWNER_OF_PHRASE.search(view, trigger.start, trigger.end + 40)
    if phrase is None or phrase.start() >= trigger.end:
        return None
    return actors.at(phrase.start(1), phrase.end(1) - phrase.start(1))


def _speaker_side(trigger: Trigger, actors: Actors, view: str) -> str | None:
    """Return the side of whoever says "our" in a quote: a Taliban speaker, else the side other
    than the one the speaker acts against ("operations against the Taliban"), else the actor named
    after the quote (the one who "told reporters"), else the state's for a speaker who sits for it
    ("a provincial council member", "a lawmaker", for "our" and "us" only), else the actor named before it."""
    if _TALIBAN_SPEAKER.search(view):
        return TALIBAN
    verb = _SAID.search(view, trigger.end)
    against = quote_opponents.speaker_against(view, actors, max(0, trigger.start - 150), verb.start() if verb else len(view))
    if against is not None:
        return against  # "... under our control and we are carrying out operations against the Taliban," Aman said
    verb_end = verb.end() if verb else len(view)
    said = _attributed_speaker(trigger, actors, view) or actors.at(trigger.end, _reach_in_clause(view, trigger.end, verb_end, 80))
    if said is None and _ENEMY.search(view, max(0, trigger.start - 150), trigger.start):
        return GOVERNMENT  # "the enemy is pushed back and the city is in our hands," he said: no Taliban voice calls them so
    ours = " their " not in trigger.text.lower()  # "under their control" is the side named before, whoever tells it
    return said or (GOVERNMENT if ours and _STATE_SPEAKER.search(view, trigger.end, trigger.end + _TAG_REACH) else None) or actors.before(trigger.start)


def _attributed_speaker(trigger: Trigger, actors: Actors, view: str) -> str | None:
    """Return the side of the speaker the reporting verb after the trigger names ("...," the
    ministry spokesman said / said the ministry), passing over the actors inside the quote ("we
    are pursuing the Taliban"), or None."""
    said = _SAID.search(view, trigger.end)
    if said is None:
        return None
    return actors.speaker_before(trigger.end, said.start()) or actors.at(said.end(), _reach_in_clause(view, said.end(), said.end(), 30))


def _reach_in_clause(view: str, position: int, verb_end: int, reach: int) -> int:
    """Return `reach` cut short at a new clause joined after the reporting verb ending at
    `verb_end` ("..., a council member said, and the governor had fled"): the actor of that clause
    is no speaker."""
    joined = _NEW_CLAUSE.search(view, verb_end, position + reach)
    return reach if joined is None else max(0, joined.start() - position)
