"""Isolated strikes: attacks that tell nothing of who holds the place they happened in.

A rocket landing in Kabul, a car bomb in Jalalabad, a gunman's shot at an official or an air
raid that killed insurgents somewhere is violence, not a fight for the place: an analyst making a
control map leaves the place as it was. Fighting *for* a place (clashes, an assault, a siege, an
attack on the town or its posts by forces trying to take it) is read by the other triggers.

Everything here reads the sentence's view (`frontmap.extract.text.text_view`: lower case,
punctuation as spaces, same offsets as the sentence).
"""

from __future__ import annotations

import re

from frontmap.extract import cargo_entries, cues, fled_fights, halt_appeals, hardship_fights, lone_entries, natural_forces, next_targets, wounded_origins
from frontmap.extract import distant_fights, manhunts, operation_hubs, operation_tallies, outskirts_addresses, passive_victims, rumoured_fights, setting_entries, sporting_contests, work_stoppages
from frontmap.extract.border_clashes import neighbour_party
from frontmap.extract.date_expressions import MONTHS
from frontmap.extract.islamic_state_raids import islamic_state_party
from frontmap.extract.negated_fights import fight_negated
from frontmap.extract.seats import SEAT_BUILDINGS
from frontmap.extract.triggers import FIGHT, Trigger

# a projectile or a planted charge: violence at a place, never a fight for it by itself
_STANDOFF = re.compile(r"rockets?|mortars?|bomb(?:s|ed|ing|ings)?")
# a projectile as the subject of "strike"/"struck" ("Taliban rockets strike X airport", "mortar rounds struck X")
_PROJECTILE_BEFORE = re.compile(r"\b(?:rockets?|mortars?|(?:mortar\s+)?rounds|shells|missiles?|drones?)\s+(?:\w+ly\s+)?$")
# shells as projectiles, not a side shelling the town: "mortar shells hit X", "several shells landed in X"
_SHELLS_NOUN_BEFORE = re.compile(r"\b(?:mortar|artillery|tank|stray|several|two|three|four|five|\d+|the|a\s+few|some)\s+$")
_SHELLS_LANDED_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:hits?|land(?:s|ed)?|struck|strikes?|f[ae]ll|falls|slamm\w+|explod\w+|rain\w*)\b")
# an attack told by its means or its authors: a raid of terror, not an assault on the town
_MEANS_BEFORE = re.compile(
    r"\b(?:rocket|rockets|suicide|bomb|bombing|car|truck|magnetic|sticky|roadside|grenade|terrorist|terror|complex"
    r"|targeted|assassination|gun|sniper|insider|is|isis|daesh|islamic state|explosive|ied)\s+(?:\w+\s+)?$"
)
# mortar rounds fired *on* a town are a siege weapon ("mortar attacks on Pul-e-Khumri since Sunday"),
# those landing *in* it are violence at it ("civilians wounded in mortar attacks in Kandahar city")
_MORTAR_BEFORE = re.compile(r"\bmortar\s+$")
# "the September 11 attacks", "the 9/11 attacks": attacks named by their date, an event of history
_NAMED_BY_DATE = re.compile(r"\b(?:(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\s+\d{1,2}|9\s+11)\s+$")
# "the attack on August 26 near the airport": a bare definite attack named by its day after it
_THE_BEFORE = re.compile(r"\bthe\s+$")
_DATE_AFTER = re.compile(r"\s+(?:on|of)\s+(?:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\s+\d{1,2}\b")
# "at the scene of the attack": the site of one incident (`triggers` keeps "scene of" off it too)
_SCENE_BEFORE = re.compile(r"\bscene\s+of\s+(?:the|an?|this|that)?\s*(?:\w+\s+s\s+)?(?:\w+\s+)?$")
# "In another attack, a sticky bomb exploded in X": the attack is the blast the clause after it tells
_BLAST_CLAUSE_AFTER = re.compile(
    r",\s*(?:a|an|the|two|three|twin)\s+(?:[\w-]+\s+){0,2}?(?:bombs?|blasts?|explosions?|explosives?|suicide\s+bombers?|gunmen|grenades?)\b"
)
_ON_AFTER = re.compile(r"\s+(?:on|against)\b")  # matched at the end of the trigger
# "claimed the strike", "responsibility for the attack", "behind Friday's attack": only raids are owned up to
_CLAIMED_BEFORE = re.compile(
    r"\b(?:claimed|claim|claims|responsibility\s+for|behind|condemned|investigations?\s+into"
    r"|blam(?:e|es|ed|ing)\s+(?:\w+\s+){1,3}?for)\s+(?:the\s+)?(?:\w+(?:\s+s)?\s+){0,2}?$"
)
# an attack made with a projectile or a bomb, told after the verb ("the airport was attacked with
# three rockets", "began its assault ... with the detonation of a car bomb"); rockets fired with
# small arms are an assault (`frontmap.extract.kinds` reads those as ground fighting)
_MEANS_WITH_AFTER = re.compile(
    r"\s+(?:\w+\s+){0,16}?with\s+(?:the\s+)?(?:(?:detonation|explosion|firing|launch)\s+of\s+)?(?:(?:at\s+least|an?|\d+|two|three|four|five|several|\w+)\s+){0,3}?"
    r"(?:rockets?|mortars?|missiles?|bombs?|explosives?|grenades?|drones?|ieds?)\b(?!\s+and\s+(?:small|light|machine|heavy|assault|gun))"
)
# a projectile as the subject of a striking verb: "rockets strike Kandahar airport", "three rockets struck"
_PROJECTILE_BEFORE = re.compile(r"\b(?:rockets?|mortars?|missiles?|shells|rounds)\s+(?:\w+\s+)?$")
# a single building, vehicle or gathering hit in the place (not its posts or its seat of power)
_POINT_TARGET = (
    r"(?:residence|residences|house|houses|home|homes|guesthouse|compound|convoy|vehicle|vehicles|cars?|bus|buses|minibus"
    r"|minivan|mosque|mosques|shrine|school|hospital|clinic|wedding|embassy|hotel|motorcade|funeral|market|palace)"
)
# a building's own long name counts too ("the 400-bed Sardar Daud Khan hospital"), never a town's parts
_NAME_WORD = r"(?:(?!(?:and|or|including|city|town|district|districts|centre|center|capital|province|areas?|parts?)\b)\w+\s+)"
_TARGET_AFTER = re.compile(
    r"^\s+(?:on|against|targeting|near|at)?\s*(?:the\s+|a\s+|an\s+)?(?:(?:[\w]+\s+){0,4}?|" + _NAME_WORD + r"{5,7}?)" + _POINT_TARGET + r"\b"
)
# the seat of power, not one building among others: "attacked the governor's compound in X" is an assault on the town
_SEAT_AFTER = re.compile(
    r"^\s+(?:on|against|targeting|near|at)?\s*(?:the\s+)?(?:[\w-]+\s+)?(?:(?:provincial\s+)?governor\s+s|(?:provincial|district)\s+(?:government\s+)?)\s*"
    r"(?:office\s+)?" + SEAT_BUILDINGS + r"\b"
)
# people gathered for an occasion, hit on it or during it ("an attack during a flag day celebration in
# X", "an attack on a funeral ceremony"), named right after the preposition: no town or its centre between
_GATHERING = r"(?:celebrations?|ceremon(?:y|ies)|festivals?|rall(?:y|ies)|prayers|commemorations?|gatherings?)"
_GATHERING_AFTER = re.compile(r"^\s+(?:on|against|targeting|at|during)\s+(?:the\s+|a\s+|an\s+)?" + _NAME_WORD + r"{0,4}?" + _GATHERING + r"\b")
# a raid into a place where people gather, not the town's posts nor its seat of power ("stormed a hospital in X")
_STORMED_SITE = re.compile(
    r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w]+\s+){0,3}?(?:hospital|clinic|mosque|shrine|school|university|wedding|embassy|hotel|funeral|market|bus)\b"
)
# raiders as the subject of a striking verb ("suicide bombers strike X airport", "gunmen struck a hotel
# in X"): a raid of terror; bare "bombers" may be planes ("B-52 bombers struck positions in the city")
_RAIDERS_BEFORE = re.compile(r"\b(?:suicide\s+bombers?|gunmen|assailants|attackers)\s+(?:\w+\s+)?$")
# "the Kabul airport attack", "deaths in X airport attacks": one incident named by the airport it
# hit, as a mosque or a hotel names one; an attack *on* an airport may be a fight for it and is not read here
_AIRPORT_NOUN_BEFORE = re.compile(r"\bairport\s+$")
# "..., killing 47 people, in the biggest attack in X in years": the attack ranked after a blast the
# sentence told is that blast, not an assault on the town
_RANKED_BEFORE = re.compile(r"\bthe\s+(?:(?:single|most)\s+)?(?:\w+est|worst|first|latest)\s+(?:(?:single|such|terror|terrorist)\s+)?$")
# "the attack happened in X", "an attack occurred near X": an incident told, not an assault on a town
_INCIDENT_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:happened|occurred|took\s+place|targeted)\b")  # matched at the trigger's end
# "the insurgents' attack occurred in X", "the attack by Taliban fighters took place in X": an
# assault told with its armed authors, so fighting where it happened (not a blast nor gunmen's raid)
_GROUND_AUTHORS = r"(?:taliban|insurgents?|militants?|fighters)"
_AUTHORS_BEFORE = re.compile(r"\b" + _GROUND_AUTHORS + r"\s+(?:s\s+)?(?:fighters\s+(?:s\s+)?)?(?:\w+\s+)?$")
_AUTHORS_AFTER = re.compile(r"\s+(?:by|of)\s+(?:the\s+)?(?:\w+\s+)?" + _GROUND_AUTHORS + r"\b")
_AIR_BEFORE = re.compile(r"\b(?:air|aerial|drone)\s+$")
# "the minister's house ... was attacked", "attacked by gunmen": a raid on one building, or by raiders
_PASSIVE_TARGET = re.compile(r"\b" + _POINT_TARGET + r"\s+(?:\w+\s+){0,8}(?:was|were|had\s+been|has\s+been)\s+$")
_TARGET_RIGHT_BEFORE = re.compile(r"\b" + _POINT_TARGET + r"\s+$")  # a headline's "lawmaker's home raided in X"
_BY_RAIDERS = re.compile(r"^\s+by\s+(?:\w+\s+){0,2}(?:gunmen|bombers?|assailants|attackers|suicide|assassins)\b")
_TARGET_BEFORE = re.compile(r"\b" + _POINT_TARGET + r"\s+(?:\w+\s+){0,10}\w+$")
# a war told as the background of another event at the place ("killed in Kabul amid the offensive
# against the government", "chanted in Kabul in support of forces fighting the Taliban", "the
# assault on the road to Kandahar steps up the offensive against the government")
_BACKGROUND_GAP = re.compile(
    r"\b(?:amid|amidst|since|support\s+for|support\s+of|solidarity\s+with|backdrop\s+of|despite"
    r"|ramps?\s+up|ramped\s+up|steps?\s+up|stepped\s+up|intensif\w+|escalat\w+|widen\w*)\b"
)
_PARTY_AFTER = re.compile(
    r"^\s+(?:(?:against|on|with)\s+)?(?:the\s+)?(?:\w+\s+){0,3}?(?:government|forces|troops|taliban|insurgents|militants"
    r"|civilians|army|regime|coincide|across|nationwide)\b"
)
# a blast or a killing told in the sentence: shots fired then are part of the raid (`bombing_references` reads it too)
BLAST = re.compile(r"\b(?:blasts?|explosions?|exploded|bombs?|bombings?|bombers?|suicide|gunmen|assassinat\w*|shot dead)\b")
# an attack as the occasion of another event ("a worker is moved to an ambulance following an
# attack in X", "police inspect a house after an attack in X"): an incident at the place, told
# without its side; "after a Taliban attack in X" names one and is read as fighting there
_AFTERMATH_BEFORE = re.compile(r"\b(?:following|after|in\s+the\s+wake\s+of)\s+an?\s+(?:\w+\s+)?$")
_IN_AFTER = re.compile(r"\s+in\b")
# an attack told by its means in a relative clause: "the attack, which included gunmen and a suicide bomber"
_MEANS_AFTER = re.compile(r"\s+which\s+(?:\w+\s+){0,2}?(?:included|involved)\s+(?:\w+\s+){0,6}?(?:gunmen|bombers?|suicide|explosives?)\b")
# attacks told by a blast among them or by a claim no one made ("several attacks struck X, including a
# bomb blast", "the attacks include a suicide bombing at X", "..., but no group has claimed responsibility"): raids of terror, no assault on the town
_RAID_TOLD_AFTER = re.compile(
    r"[^.;]{0,80}?\b(?:including|include[sd]?|among\s+them)\s+(?:a|an|two|three|several)?\s*(?:\w+\s+){0,2}?(?:bomb\w*|blasts?|explosions?|suicide)\b"
    r"|[^.;]{0,160}?\bno\s+(?:group|one|organi[sz]ation)\s+(?:has\s+|had\s+|immediately\s+|yet\s+)*claimed\b"
)
# the attack called a bombing in its own clause: "the attack on a mosque ... was a suicide bombing"
# "the third such attack", "such assaults": the attack the sentence already told, so of its kind
_SUCH_BEFORE = re.compile(r"\bsuch\s+$")
_CALLED_BLAST = re.compile(r"(?:\s+\w+){0,20}?\s+(?:was|is|were|are)\s+(?:a|an|the)\s+(?:\w+\s+){0,3}?(?:bombing|blast|explosion)s?\b")
# an air raid counted by its toll ("killed 12 insurgents") or by what it wrecked ("destroyed a hideout
# in an airstrike"): a strike report, not a battle
_AIR = re.compile(r"air\s*strikes?|strikes?|struck")
_TOLL = re.compile(r"\b(?:killed|killing|kills|wounded|injured|dead|casualties|destroy(?:ed|ing|s)?)\b")
# strikes on insurgents inside a town or part of it: the insurgents are in the town, so it is fought over
_INSIDE_TOWN = re.compile(r"\b(?:parts?\s+of|city|town|neighbou?rhoods?|centre|center|outskirts)\b")
# strikes backing ground troops there ("in support of operations in X"): X is fought over
_GROUND_OPERATIONS = re.compile(r"\b(?:operations?|offensive|clearance)\b")
# people who are no side trying to get into a place ("Afghans trying to enter the airport",
# "journalists detained for trying to enter X"): an attempt only contests a place when fighters make it
_UNARMED_TRIERS = re.compile(
    r"\b(?:afghans|civilians|residents|families|people|crowds?|refugees|evacuees|travell?ers|passengers|journalists"
    r"|reporters|aid\s+workers|women|children|students|traders|truck\s+drivers|drivers)\b(?![^,.;]*\b(?:taliban|fighters"
    r"|insurgents|militants|forces|troops|soldiers|army|police)\b)",
    re.IGNORECASE,
)


def no_contest(sentence: str, view: str, trigger: Trigger, place_end: int) -> bool:
    """Return True when the fighting word `trigger` names violence that does not contest the place
    ending at `place_end` (an offset in `sentence`): fighting said not to have happened, an attack
    on people, a war told as the background of another event, a projectile or a bomb, a raid told by
    its means or aimed at one building, shots in such a raid, an air strike counted by its toll,
    violence of the Islamic State or of a neighbour's border guards (`frontmap.extract.islamic_state_raids`,
    `frontmap.extract.border_clashes`), people who are no side trying to get in, fleeing it or coming
    in (`frontmap.extract.fled_fights`), goods and their carriers coming in (`frontmap.extract.cargo_entries`),
    a fight against a hardship rather than a side (`frontmap.extract.hardship_fights`), a hunt for
    the authors of an attack (`frontmap.extract.manhunts`), the fight
    the wounded came from, elsewhere (`frontmap.extract.wounded_origins`), a stoppage
    of work (`frontmap.extract.work_stoppages`), outskirts named as an address in a sentence with
    no fighting (`frontmap.extract.outskirts_addresses`), a flood, a fire or a disease sweeping in
    (`frontmap.extract.natural_forces`), a match (`frontmap.extract.sporting_contests`), a place
    only said to be next (`frontmap.extract.next_targets`), the place of those calling for the
    fighting to stop (`frontmap.extract.halt_appeals`), fighting only a rumour tells
    (`frontmap.extract.rumoured_fights`) or one a place is far from (`frontmap.extract.distant_fights`)."""
    if islamic_state_party(sentence, trigger) or neighbour_party(sentence, trigger) or rumoured_fights.rumoured(view, trigger) or distant_fights.far_from(view, trigger, place_end):  # the Islamic State, a neighbour's guards, a rumour, "far from the fighting"
        return True
    if natural_forces.natural_subject(view, trigger) or next_targets.forecast_next(view, place_end) or lone_entries.lone_entry(view, trigger):
        return True  # "floods swept through X", "X will be next to come under attack", "an envoy entered X"
    if trigger.kind != FIGHT:
        return _stormed_site(view, trigger) or fled_fights.unarmed_entry(view, trigger) or cargo_entries.cargo_entry(view, trigger) or setting_entries.entry_as_setting(view, trigger)
    if fled_fights.fled(view, trigger, place_end) or hardship_fights.against_hardship(view, trigger) or wounded_origins.from_fight_elsewhere(view, trigger, place_end):
        return True
    if manhunts.hunt_only(view, trigger):  # "sweeps on the outskirts of X, searching for those responsible"
        return True
    if work_stoppages.work_stoppage(view, trigger) or outskirts_addresses.address_only(view, trigger.start, trigger.end):
        return True  # "truck drivers went on strike in X", "his farm on the outskirts of X"
    if operation_tallies.tallied_across_provinces(view, trigger):  # a ministry's daily toll over many provinces
        return True
    if sporting_contests.match_contest(view, trigger) or operation_hubs.operations_hub(view, trigger, place_end):  # "the teams battled it out in X", "X is the hub of operations"
        return True
    if cues.people_targeted(sentence, trigger.end) or passive_victims.victim_before(view, trigger) or _background(view, trigger, place_end):
        return True
    if halt_appeals.called_off_elsewhere(view, trigger, place_end):  # "envoys in Kabul urged a halt to the offensives"
        return True
    if fight_negated(view, trigger.start, trigger.end):  # "no reports of fighting in X"
        return True
    word = view[trigger.start : trigger.end].strip()
    if _STANDOFF.fullmatch(word) or (word == "shells" and _projectile_shells(view, trigger)):
        return True
    if word.startswith(("strike", "struck")) and _PROJECTILE_BEFORE.search(view, max(0, trigger.start - 30), trigger.start):
        return True
    if word.startswith(("strike", "struck")) and _RAIDERS_BEFORE.search(view, max(0, trigger.start - 30), trigger.start):
        return not _authored(view, trigger)  # "suicide bombers strike X"; "Taliban gunmen struck X" is their assault
    if word.startswith(("tr", "attempt", "bid")):
        return bool(_UNARMED_TRIERS.search(view, max(0, trigger.start - 80), trigger.start))
    if word.startswith("attack") and _named_attack(sentence, view, trigger):
        return True
    if word.startswith("raid") and _AIR_BEFORE.search(view, max(0, trigger.start - 12), trigger.start):
        return _counted_strike(view, trigger, place_end)  # "an air raid on X": read as an air strike is
    if word.startswith(("attack", "assault", "raid")) or _CLAIMED_BEFORE.search(view, max(0, trigger.start - 60), trigger.start):
        return _raid(view, trigger, place_end)
    if word == "gunfire":
        return bool(BLAST.search(view))
    if _AIR.match(word):
        return bool(_PROJECTILE_BEFORE.search(view, max(0, trigger.start - 25), trigger.start)) or _counted_strike(view, trigger, place_end)
    return False


def _projectile_shells(view: str, trigger: Trigger) -> bool:
    """Return True when the trigger "shells" names projectiles ("mortar shells hit X", "shells
    landed in X"), not a side that shells the town."""
    return bool(_SHELLS_NOUN_BEFORE.search(view, max(0, trigger.start - 12), trigger.start) or _SHELLS_LANDED_AFTER.match(view, trigger.end))


def _named_attack(sentence: str, view: str, trigger: Trigger) -> bool:
    """Return True when an attack is named by its day ("the September 11 attacks", "the attack on
    August 26"), by its scene ("at the scene of the attack") or by the blast the clause after it
    tells ("In another attack, a bomb exploded")."""
    if _NAMED_BY_DATE.search(view, max(0, trigger.start - 20), trigger.start):
        return True
    if _THE_BEFORE.search(view, max(0, trigger.start - 5), trigger.start) and _DATE_AFTER.match(view, trigger.end):
        return True
    if _SCENE_BEFORE.search(view, max(0, trigger.start - 40), trigger.start):
        return True
    return bool(_BLAST_CLAUSE_AFTER.match(sentence, trigger.end))


def _stormed_site(view: str, trigger: Trigger) -> bool:
    """Return True when the entry is a raid into a building where people gather ("stormed a
    military hospital in X"), not into the town or its seat of power."""
    return view[trigger.start : trigger.start + 5] == "storm" and bool(_STORMED_SITE.match(view, trigger.end))


def _background(view: str, trigger: Trigger, place_end: int) -> bool:
    """Return True when the fighting comes after the place as the background of another event,
    waged against a side rather than at a place ("amid the offensive against the government")."""
    if trigger.start < place_end or trigger.start - place_end > 200:
        return False
    if not _BACKGROUND_GAP.search(view, place_end, trigger.start):
        return False
    return bool(_PARTY_AFTER.match(view[trigger.end : trigger.end + 50]))


def _raid(view: str, trigger: Trigger, place_end: int) -> bool:
    """Return True when the attack is owned up to ("claimed the attack"), told by its means ("a
    suicide attack", "a rocket attack on Kabul", mortar fire landing in X, "such an attack" after
    a blast or gunmen the sentence told) or aimed at one building
    or vehicle ("attacked the minister's house in X", "a compound in X was attacked"; not the seat
    of power: "attacked the governor's compound in X" is an assault on X) or at people
    gathered for an occasion ("an attack during a celebration in X")."""
    if _MEANS_BEFORE.search(view, max(0, trigger.start - 30), trigger.start) or _CLAIMED_BEFORE.search(
        view, max(0, trigger.start - 60), trigger.start
    ):
        return True
    if (_INCIDENT_AFTER.match(view, trigger.end) and not _ground_attack(view, trigger)) or _CALLED_BLAST.match(view, trigger.end) or _MEANS_AFTER.match(view, trigger.end):
        return True
    if _MEANS_WITH_AFTER.match(view, trigger.end):
        return True  # "attacked with at least three rockets"
    if _SUCH_BEFORE.search(view, max(0, trigger.start - 6), trigger.start) and BLAST.search(view):
        return True  # "Gunmen killed two guards in X, the third such assault in a week"
    if _RAID_TOLD_AFTER.match(view, trigger.end) and not _authored(view, trigger):
        return True  # "attacks struck X, including a bomb blast, but no group has claimed responsibility"
    if _AFTERMATH_BEFORE.search(view, max(0, trigger.start - 40), trigger.start) and _IN_AFTER.match(view, trigger.end):
        return not _authored(view, trigger)  # "moved to an ambulance following an attack in X"
    if _RANKED_BEFORE.search(view, max(0, trigger.start - 40), trigger.start) and BLAST.search(view, 0, trigger.start):
        return not _authored(view, trigger)  # "a suicide bomb ripped into a mosque, the deadliest attack in X since May"
    if _noun_attack(view, trigger) and _AIRPORT_NOUN_BEFORE.search(view, max(0, trigger.start - 10), trigger.start):
        return not _authored(view, trigger)  # "deaths in the Kabul airport attack"
    if _MORTAR_BEFORE.search(view, max(0, trigger.start - 10), trigger.start):
        return not _ON_AFTER.match(view, trigger.end)
    after = view[trigger.end : trigger.end + 60]
    if (_TARGET_AFTER.match(after) and not _SEAT_AFTER.match(after)) or _GATHERING_AFTER.match(after) or _BY_RAIDERS.match(after):
        return True
    if _PASSIVE_TARGET.search(view[max(0, trigger.start - 90) : trigger.start]) or _TARGET_RIGHT_BEFORE.search(view, max(0, trigger.start - 30), trigger.start):
        return True
    if place_end <= trigger.start:  # the passive "the compound in X was attacked"
        return bool(_TARGET_BEFORE.search(view[max(0, place_end - 90) : place_end]))
    return False


def _ground_attack(view: str, trigger: Trigger) -> bool:
    """Return True when the attack is told with its armed authors ("the Taliban attack", "the
    attack by insurgents") and no blast or gunmen in the sentence make it a raid of terror."""
    return _authored(view, trigger) and not BLAST.search(view)


def _authored(view: str, trigger: Trigger) -> bool:
    """Return True when the attack is told with its armed authors ("the Taliban attack", "the
    attack by insurgents")."""
    return bool(_AUTHORS_BEFORE.search(view, max(0, trigger.start - 30), trigger.start) or _AUTHORS_AFTER.match(view, trigger.end))


def _counted_strike(view: str, trigger: Trigger, place_end: int) -> bool:
    """Return True when a strike hits one building ("struck a mosque in X") or an air strike is
    reported by its toll or by what it destroyed, not inside a town nor backing ground operations there ("an airstrike on
    Taliban positions in X district killed 12"; not "jets struck
    positions in parts of the city", "strikes in support of operations in X")."""
    if _TARGET_AFTER.match(view[trigger.end : trigger.end + 60]):
        return True  # "bombers struck a mosque in X": a raid on one building
    low, high = min(trigger.start, place_end - 20), max(trigger.end, place_end)
    around = view[max(0, low - 80) : high + 80]
    if _INSIDE_TOWN.search(view, low, high + 20) or _GROUND_OPERATIONS.search(view, low, high):
        return False
    return bool(_TOLL.search(around))


def _noun_attack(view: str, trigger: Trigger) -> bool:
    """Return True when the trigger is the noun "attack" or "attacks" (not "attacked", "attacking")."""
    return view[trigger.start : trigger.end].strip() in ("attack", "attacks")
