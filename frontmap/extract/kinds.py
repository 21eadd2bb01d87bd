"""What kind of fighting a control event reports: on the ground inside the place, or not.

The timeline needs it for one rule: a confirmed Taliban capture holds until a report of a
government retake or of ground fighting inside the place. An airstrike, a drone strike, a
bombing or shelling (``strike``), or fighting near, around or on the outskirts of the place (a
siege, an encirclement), or elsewhere (``nearby``), says the war goes on, not that the Taliban lost their hold on it.

The kind is read from the event's trigger words and the few words of the excerpt around them
("a US drone attack": the trigger is "attack", the words before it make it a strike). Anything
else is ``ground``. Every event carries one.

``advance``: the Taliban moving in, not a fight: they entered or stormed the place, or took one
of its sites (its airport, army base, corps). When they already hold the place, that is the
capture retold or the last holdout falling, not fighting that undoes their hold ("seized the
army headquarters at Kunduz airport" two days after Kunduz fell; "fighters entered the city and
freed the prisoners" in a later article's recap).

For a capture or a retake the kind says something else: ``hold`` marks a report that a side
holds the place ("X remains under government control", "is still held by", "now under Taliban
control"), not that it changed hands. On a day with both, the timeline takes the change (`frontmap.change_points`):
such lines are background written before the news of the day.
"""

from __future__ import annotations

import functools
import re

from frontmap.extract import air_backing, facilities, last_standing, triggers
from frontmap.extract.memo import per_article
from frontmap.extract.standing import HELD_STATUSES, says_still
from frontmap.status import CONTESTED, TALIBAN

GROUND = "ground"
STRIKE = "strike"
NEARBY = "nearby"
HOLD = "hold"
ADVANCE = "advance"
#: Every kind an event can carry.
KINDS: tuple[str, ...] = (GROUND, STRIKE, NEARBY, HOLD, ADVANCE)

_STRIKE = re.compile(
    r"\b(?:air\s*strikes?|air\s*raids?|aerial|air\s+(?:support|power|force)|strikes?|drones?|bomb\w*|b-?52s?|"
    r"jets?|warplanes?|planes?|aircraft|helicopters?|gunships?|artillery|shell(?:s|ed|ing)|mortars?|"
    r"rockets?|missiles?|pounded|hit)\b",
    re.IGNORECASE,
)
# an assault made with rockets and small arms is ground fighting: "attacked X with rockets and small arms"
_ASSAULT = re.compile(r"^(?:attack|assault|storm|raid)\w*$", re.IGNORECASE)
_SMALL_ARMS = re.compile(
    r"\bwith\s+(?:[\w-]+\s+){0,5}?(?:small[\s-]+arms|light\s+weapons|machine[\s-]*guns?|(?:assault\s+)?rifles|gunfire|guns)\b",
    re.IGNORECASE,
)
# not a time: "at around 11 pm", "near midnight", "around the clock"
_NEARBY = re.compile(
    r"\b(?:outskirts|(?:near|around)(?!\s+(?:\d|(?:noon|midnight|dawn|dusk|sunset|sunrise|nightfall|daybreak|the\s+clock|the\s+same\s+time)\b))|nearby|surrounding|outside|vicinity|edge\s+of|elsewhere|"
    r"(?:on|at|to)\s+(?:the\s+|its\s+)?(?:\w+\s+)?(?:edges?|fringes?|gates|doorsteps?)|"
    r"other\s+(?:parts|districts|areas))\b",
    re.IGNORECASE,
)
# a siege or an encirclement: fighting around the place, not inside it (a capture "after a siege" is still a capture)
_SIEGE = re.compile(r"\b(?:sieges?|besieg\w*|encircl\w*|surrounded)\b", re.IGNORECASE)
# the Taliban coming in: "entered", "stormed", "broke into", "marched into"
_ENTRY = re.compile(
    r"^(?:enter(?:ed|s|ing)?|storm(?:ed|ing|s)?|(?:broke|break|pushed|walked|marched|rolled|swept|poured|moved)\s+into)$",
    re.IGNORECASE,
)
# a taking verb, then (within the words after it) one site of a place
_TAKING = re.compile(r"^(?:captur\w*|seiz\w*|took|taken|tak(?:e|es|ing)|overr[au]n\w*|conquer\w*)\b", re.IGNORECASE)
_SITE = re.compile(rf"\b(?:{facilities.SITE})\b", re.IGNORECASE)
# "Elsewhere, fighters seized X" / "Elsewhere in the north, ...": the sentence turns to another place
# than the one told before; X itself is where it happens
_ELSEWHERE_OPENER = re.compile(r"^\W*(?:(?:and|but|meanwhile)\W+)?elsewhere\b[^,.;:]{0,40},", re.IGNORECASE)
# the two sides a fight is told between: "between Afghan forces and the Taliban"
_SIDES_BETWEEN = re.compile(r"\s+between\s+(?:[\w'’-]+\s+){1,5}?and\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:taliban|insurgents|militants|forces|troops|army|government)\b", re.IGNORECASE)
_WORDS_BEFORE = 3  # "a US drone attack", "the heavily armed plane hit"
_WORDS_AFTER = 5  # "fighting on the outskirts of Herat", "clashes near the city of"


@per_article  # the events of one sentence share its excerpt, and often the trigger and status too
def event_kind(trigger: str, excerpt: str = "", status: str = "") -> str:
    """Return the kind of fighting an event reports: STRIKE (from the air, by shelling or
    bombing), NEARBY (near, around, on the outskirts of the place, or elsewhere; a siege of it) or GROUND; for
    a `status` of one side holding the place, HOLD when the words say it still holds it.

    Reads `trigger` and, when the trigger is found in `excerpt`, the few words around it there.
    """
    window = _around(trigger, air_backing.without_air_backing(_ELSEWHERE_OPENER.sub("", excerpt, count=1)))
    still_window = _to_clause_end(window, trigger) if status == TALIBAN else window
    if status in HELD_STATUSES and (says_still(still_window) or last_standing.is_last_standing(trigger) or _standing_words(trigger)):
        return HOLD
    if _STRIKE.search(window) and not (_ASSAULT.match(trigger.strip()) and _SMALL_ARMS.search(excerpt)):
        return STRIKE
    if _NEARBY.search(window):
        return NEARBY
    if status == CONTESTED and (_ENTRY.match(trigger.strip()) or _site_taken(trigger, excerpt)):
        return ADVANCE
    return NEARBY if status == CONTESTED and _SIEGE.search(window) else GROUND


@functools.lru_cache(maxsize=4096)  # the same few trigger words recur in every article: scan each once
def _standing_words(trigger: str) -> bool:
    """Return True when `trigger` itself tells who holds the place, not a change of hands ("under
    Taliban control", "in the hands of", "held by"): what a side held by then, whenever it was taken."""
    found = triggers.find_triggers(trigger)
    return len(found) == 1 and found[0].kind == triggers.HOLD


def _site_taken(trigger: str, excerpt: str) -> bool:
    """Return True when `trigger` is a taking verb whose next words in `excerpt` name a site of
    the place ("seized the army headquarters at", "captured Kunduz airport")."""
    if not _TAKING.match(trigger.strip()):
        return False
    at = excerpt.lower().find(trigger.lower())
    if at < 0:
        return False
    after = " ".join(excerpt[at + len(trigger):].split()[:_WORDS_AFTER])
    return bool(_SITE.search(after))


def _to_clause_end(window: str, trigger: str) -> str:
    """Return `window` up to the first comma after `trigger`: "Taliban take Kunduz, Mazar-i-Sharif
    remains tense" - the state that goes on after the comma is another clause's, not the taking's.
    (A denied fall is read whole: "denied X had fallen, saying forces still held it" is a hold.)"""
    at = window.lower().find(trigger.lower()) if trigger else -1
    cut = window.find(",", at + len(trigger)) if at >= 0 else -1
    return window if cut < 0 else window[:cut]


def _around(trigger: str, excerpt: str) -> str:
    """Return the trigger with the words of `excerpt` just before and after its first occurrence
    (the trigger alone when the excerpt does not hold it)."""
    at = excerpt.lower().find(trigger.lower()) if trigger else -1
    if at < 0:
        return trigger
    before = excerpt[:at].split()[-_WORDS_BEFORE:]
    rest = excerpt[at + len(trigger):]
    between = _SIDES_BETWEEN.match(rest)  # "clashes between Afghan forces and the Taliban near X": past the sides
    after = rest[between.end() if between else 0 :].split()[:_WORDS_AFTER]
    return " ".join([*before, trigger, *after])
