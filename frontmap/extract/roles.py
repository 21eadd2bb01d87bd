"""Roles: who acts in a control statement, who wins, and whether the place is what the verb is about.

A sentence's actors (the Taliban, insurgents, militants, fighters vs Afghan forces, the army,
the government, commandos, police, uprising forces ...) are found once; a trigger's actor is the
agent after "by" ("re-occupied by the army") or else the nearest actor before it ("the Taliban
regained control"), "to" / "from" after it names who wins or loses ("fell to the Taliban", "took
back X from the Taliban"), and the trigger's kind turns that into a status:

- capture / retake: the actor wins (a capture by the army is a government gain, a "regain" by the
  Taliban a Taliban one); "from" the loser;
- fall / lose / handover: the winner after "to", else the side opposite the actor, else the Taliban;
- leave: the side opposite the one leaving (no actor, such as residents fleeing: nothing);
- hold: the side holding (no actor: nothing);
- expel: the side opposite the one expelled.

Whether the words between a verb and the place make the place its object is read in `gaps`.
"""

from __future__ import annotations

import bisect
import re

from frontmap.extract import advancing_clauses, agent_phrases, appointed_holds, appositives, attack_targets, bare_falls, civil_takeovers, described_owners, enemies, expellers, flags, forecast_asides, gain_owners, gaps, holders, left_posts, measure_subjects, militia_sides, natural_forces, next_targets, office_handovers, owner_pronouns, passive_agent_times, pronoun_antecedents, pronoun_receivers, rebel_sides, received_handovers, reduced_expels, relative_leavers, relative_subjects, resistance_leaders, speaker_tags, state_armies, surrendering_places, trips, vacated_outskirts, verb_objects, voiced_sides, withheld_confirmations
from frontmap.extract.claim_speakers import GROUP_BY_KIND
from frontmap.extract.facilities import OFFICE
from frontmap.extract.headline_passives import passive_of_place
from frontmap.extract.resistance_leaders import LEADER_SIDE
from frontmap.extract.state_leaders import STATE_LEADER
from frontmap.extract.gaps import OTHER, PART, SEAT, WHOLE, is_subject_gap, object_kind  # noqa: F401  (roles.WHOLE ... are read by the rules)
from frontmap.extract.triggers import CAPTURE, ENTER, EXPEL, FALL, FIGHT, HANDOVER, LEAVE, LOSE, RETAKE, Trigger
from frontmap.status import CONTESTED, GOVERNMENT, TALIBAN, other_side

T_SIDE, G_SIDE = TALIBAN, GOVERNMENT

_ACTOR = re.compile(
    r" (?:(?P<t>(?:insurgent|militant|rebel|taliban)s? +s +group|taliban|talibs|talib(?= +(?:fighters?|commanders?|gunmen|gunman|militants?)\b)|militants?|insurgents?|insurgency|rebels?" + rebel_sides.PLACE_AHEAD + r"|jihadists?|islamists?|extremists?|terrorists|radicals|fighters|mujahideen|enemy|attackers"
    r"|the +group|the +movement(?! +(?:of|on|from|across|between|in|into|to|towards?|through|along|around|restrictions?)\b)|islamic +emirate|iea|nsags?|non +state +armed +groups?|" + GROUP_BY_KIND + ")"  # "IEA forces": the emirate's initials
    r"|(?P<g>forces|troops|army|soldiers|(?<= our )men|commandos?|police(?! +(?:" + OFFICE + r"|stations?|districts?)\b)|policemen|government|govt|gov +t|officials?|authorities|militias?|militiamen"
    r"|uprising|defenders|garrison|andsf|ansf|security(?! +(?:of|in|across|around|situation|conditions?|measures?|concerns?|council|meetings?|threats?|crisis|analysts?|experts?|arrangements?|guarantees?|posts?|outposts?|checkpoints?|check +posts?|belts?)\b)|personnel|governor|ministry|kabul +administration|border +guards|" + STATE_LEADER + "|" + state_armies.MILITARY +
    r"|(?:resistance|panjshir|northern) +front|resistance +(?:fighters|forces?|militias?)|nrfa?|northern +alliance|" + LEADER_SIDE +
    r"|(?:(?<=the )|(?<=^ ))resistance(?! +(?:of|to|from|against|in|was|is|had|has)\b)))\b"  # the anti-Taliban front ("held by the resistance", a headline's "Resistance claims X")
)
_ANTI = re.compile(r" (?:anti|against) +$")
# "Taliban military forces", "the group's elite fighters": words that only describe the men between their side and them
# ("the Islamic Emirate of Afghanistan's forces": the emirate's, not Afghanistan's army; "the Taliban's shadow governor": theirs)
_MODIFIERS_BETWEEN = re.compile(
    r"^ +(?:of +afghanistan +)?(?:s +)?(?:(?:military|armed|special|elite|commando|red|unit|fresh|additional|local|own|loyal|allied|heavily|frontline|front|line|combat|ground|shadow|appointed|acting|deputy)\s+){0,3}$"
)
# an actor after a preposition, or naming what it does ("a Taliban assault"), is no subject
# (or the object of a verb of violence or capture: "killed police commander X and captured Y": not
# the captor; "captured some soldiers and said they had taken X": "they" are not the soldiers)
# ("backed by local fighters", "with tribal militiamen": allies named beside the subject, not who acted)
_NOT_SUBJECT_BEFORE = re.compile(
    r" (?:(?:by|with) +(?:the +)?(?:local|tribal|village|allied)|against|from|to|on|by|with|into|at|a|an|killed|killing|wounded|wounding|arrested|executed|ambushed|abducted|kidnapped|lead|leads|leading|(?:who|and|had|has|have) +led|command(?:s|ed|ing)"
    r"|beheaded|targeted|attacked|attacking|routed|defeated|overpowered|crushed|crushing|overwhelmed|disarmed|surrounded|besieged|repelled|repulsed|expelled|evicted|(?:pushed|drove|driven|beat|beaten|fought|chased|flushed|flushing|forced|forcing) +(?:back|out|off|away)|pushed|pushing|drove|driving|chased|chasing"
    r"|captured|capturing|detained|seized|seizing|toppl(?:ed|ing)|oust(?:ed|ing)|overthr(?:ew|own|owing)|opposing|resisting"
    # the side an infinitive opposes ("the last province to resist the group, X, surrendered"): not
    # the subject of the verb after it; verbs of saying or seeing ("to find the Taliban patrolling")
    # and a "to" before a name ("confirmed to VOA the Taliban had") leave their side a doer
    r"|to +(?:resist|defy|oppose|fight|confront|counter|stop|halt|repel|repulse|attack|defeat|block|dislodge|evict|expel"
    r"|clear|drive|push|beat|hold|fend|keep)(?: +(?:out|back|off|away|down))?)"
    # "killed some members of the security forces": a count of the men before them
    r" +(?:(?:some|many|several|dozens|scores|hundreds|thousands|members|\d+)(?: +of)? +){0,2}(?:the +|a +|an +|several +|\d+ +|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty) +)?(?:[\w-]+ +s +)?(?:afghan +)?"
    r"(?:(?:veteran|senior|prominent|powerful|top|notorious|famed|well-known|elderly|western|us|u +s|uk|u +k|nato|backed|elected|last|remaining|retreating|besieged|surviving) +){0,2}$"  # "detained the veteran militia commander" (not "loyal to the former government")
)
_NOT_SUBJECT_AFTER = re.compile(
    r" +(?:s +)?(?:assaults?|attacks?|offensives?|advances?|positions?|push|onslaught|siege|takeover|rule|flags?"
    r"|claims?(?= +(?:of|that|about|were|was|are|is|have|has|had|and|or|by|on|in|made)\b|  |\s*$)"  # not "Resistance claims X": a verb
    r"|statement|spokes(?:man|person)|threats?|pressure|gains(?! +(?:full +|complete +|total +)?control\b)|ambush)\b"  # "forces gains control of X": the verb
    r"| +s +(?!forces|fighters|troops|men|militants|soldiers|units|commandos)\w"  # "the governor's compound"
)
_JOINED_BEFORE = re.compile(r" (?:and|but|while|whereas|then) +(?:the +)?$")  # a clause joined to the one before, with its own subject
_PARTICIPLE_BEFORE = re.compile(r"(?:after|before|while|since|upon|by|when) +$")
_RELATIVE_OPEN = re.compile(r" (?:who|whom|whose|which) +(?:\w+ +)*?$")
_RELATIVE_AFTER = re.compile(r" (?:where|which|who|whose|whom) ")
_AGENT_REACH = 100  # characters before a trigger to look for its actor
_OWNER_REACH = 4  # "the Taliban takeover", "the group s capture": the owner right before the noun
_BY_AGENT = re.compile(r" *(?:(?!by\b|\w{3,}ed\b|taken\b|overrun\b|held\b|lost\b|won\b|hit\b)\w+ +){0,3}?by +(?:the +|a +|an +)?(?:\w+ +)?$")  # not a participle's agent
# "a major blow to the government", "a setback to the Taliban": whom a loss hurts, not who gains the place;
# "fell as commanders loyal to Dostum fled": whose men they are
_WINNER = re.compile(r"(?<!according)(?<!thanks)(?<!close)(?<!blow)(?<!blows)(?<!setback)(?<!boost)(?<!loyal)(?<!allied)(?<!help)(?<!support)(?<!backing)(?<!assistance) (?P<prep>to|into|from) +(?:the +)?(?:hands +of +(?:the +)?)?(?P<pronoun>(?:them|him|us)\b)?")  # not "according to"; "fell to them": no actor past the pronoun wins; "with help from militia fighters": allies, not the losers
# "withdrew from X to the army corps base": a site the side owns, where they went, not a side that wins
_INFINITIVE = re.compile(r"[a-z]+ (?:its|their|the|his|our|a|an) ")  # "withdrew from X to consolidate its forces": a verb and its object, no winner
_SITE_AFTER_SIDE = re.compile(r"(?:\w+ +){1,2}?(?:base|bases|camp|barracks|compound|garrison|headquarters|airfield|outpost)\b")
_DROVE_OUT = re.compile(r"drove\s+out$", re.IGNORECASE)  # no object between: the subject drove away
_LEFT_FROM = re.compile(r"\s+(?:of|from)\b")  # "drove out of X" (not "drove out the Taliban from X")
# "the loss of X on Friday was a blow to the government", "X fell as troops retreated to a base": a verb before "to" starts another statement
_CLAUSE_BEFORE_TO = re.compile(r"(?:(?! to )[^,;])*? (?:was|were|is|are|has|have|had|been|be|will|would|dealt|delivered|retreated|withdrew|fled|escaped|(?:pulled|fell) +back) +(?:\w+ +){0,4}?to ")
# the attribution after a quote: "...," Defence Ministry spokesman Fawad Aman said
_SPEAKER_REACH = 50  # characters before the reporting verb in which its speaker is named
# "fighting for (the) control of X", "the battle for control over X": X is fought over, held by neither
_FOR_CONTROL_BEFORE = re.compile(r" (?:for|over) +(?:the +)?(?:full +|total +|complete +)?$")
_TO_AFTER_PLACE = re.compile(r" +(?:(?:city|town|district|districts|centre|center|province|capital) +)*to +")  # "left X to the Taliban"
_BY_RIGHT_AFTER = re.compile(r" +by ")
_PASSIVE_ROLE_AFTER = re.compile(r" +(?:\w+ +){0,2}?(?P<prep>of|from|by) +(?:the +|all +|remaining +)?")
_ABANDONED = re.compile(r"abandon|evacuat|vacat|desert", re.IGNORECASE)  # verbs whose passive subject is the place left
_BE_BEFORE = re.compile(r" (?:was|were|been|being|is|are|be|got|get)(?: +\w+ly| +also| +now| +then| +soon| +already| +all| +both)? *$")


class Actors:
    """The actors of one sentence (found once), and the questions asked of them."""

    def __init__(self, view: str):
        padded = " " + view
        found: list[tuple[int, int, str, bool]] = []
        for match in _ACTOR.finditer(padded):
            side, voiced = voiced_sides.voiced_side(padded, match.start(), match.group().strip(), T_SIDE if match.group("t") else G_SIDE)
            start, end = match.start(), match.end() - 1  # view offsets (the padding's space is one)
            if side == T_SIDE and (_ANTI.search(padded, max(0, match.start() - 10), match.start() + 1) or militia_sides.local_fighters(view, start, end)):
                side = G_SIDE  # "anti-Taliban uprising forces"
            between = view[found[-1][1] : start] if found else ""  # punctuation alone reads as spaces ("Official: Taliban ...")
            modified = found and (between in (" ", " s ") or (between.strip() != "" and _MODIFIERS_BETWEEN.match(between)))
            if modified:
                side = found[-1][2]  # "Taliban forces", "the Taliban's fighters": the modifier decides
            elif found and not voiced and (owned := owner_pronouns.owner_side(padded, match.start(), found)) is not None:
                side = owned  # "the insurgents said their forces had taken X": the owner's side
            elif found and found[-1][2] == T_SIDE and militia_sides.is_speakers_militia(view, start, end, found[-1][1]):
                side = T_SIDE  # "Taliban sources said the militia had seized X": the source's own movement
            opens = found[-1][0] if modified else match.start()  # "attacked security forces": the phrase's first word
            subject = not (
                _NOT_SUBJECT_BEFORE.search(padded, max(0, opens - 48), opens + 1)
                or _NOT_SUBJECT_AFTER.match(view, end)
                or speaker_tags.in_speaker_tag(view, opens, end) or forecast_asides.aside_subject(view, opens, end)  # ", officials said,", ", as officials predicted,": reports, does nothing
            )
            if found and side == G_SIDE and resistance_leaders.loyal_to(view, found[-1][1], start):
                found[-1] = (*found[-1][:2], G_SIDE, found[-1][3])  # "fighters loyal to Massoud": his men
            found.append((start, end, side, subject))
        self._view, self._found = view, found
        self._starts, self._objects = [a for a, _, _, _ in found], verb_objects.object_starts(view, found)

    def inside(self, start: int, end: int) -> str | None:
        """Return the side of the last actor within [start, end), or None."""
        i = bisect.bisect_left(self._starts, end) - 1
        if i >= 0 and self._found[i][0] >= start:
            return self._found[i][2]
        return None

    def before(self, position: int, reach: int = _AGENT_REACH) -> str | None:
        """Return the side of the nearest actor ending before `position` (within `reach` characters)."""
        i = bisect.bisect_left(self._starts, position) - 1
        while i >= 0:
            _, end, side, subject = self._found[i]
            if position - end > reach:
                return None
            if end <= position and (subject or relative_subjects.relative_subject(self._view, end, position)) and not _closed_relative(self._view, self._found[i][0], end, position) and not (
                    self._found[i][0] in self._objects and verb_objects.joined_verb(self._view, position)):  # "encircled the soldiers and seized X": not the soldiers
                return side
            i -= 1
        return None

    def speaker_before(self, start: int, position: int, reach: int = _SPEAKER_REACH) -> str | None:
        """Return the side of the last actor in [start, position) ending within `reach` characters
        of `position`, subject or not ("the ministry spokesman" before "said")."""
        i = bisect.bisect_left(self._starts, position) - 1
        if i >= 0 and self._found[i][0] >= start and position - self._found[i][1] <= reach:
            return self._found[i][2]
        return None

    def owner_before(self, position: int, reach: int = 25) -> str | None:
        """Return the side of the actor just before `position`, subject or possessor ("the group's flags")."""
        i = bisect.bisect_left(self._starts, position) - 1
        if i >= 0 and self._found[i][1] <= position and position - self._found[i][1] <= reach:
            return self._found[i][2]
        return None

    def at(self, position: int, reach: int = 20) -> str | None:
        """Return the side of the first actor starting within `reach` characters after `position`."""
        i = bisect.bisect_left(self._starts, position)
        if i < len(self._found) and self._found[i][0] - position <= reach:
            return self._found[i][2]
        return None

    def _past_a_comma(self, position: int) -> bool:
        """Return True when punctuation (a double space in the view) stands before the next actor."""
        i = bisect.bisect_left(self._starts, position)
        return i < len(self._found) and "  " in self._view[position : self._found[i][0]]

    def by_agent(self, trigger: Trigger) -> str | None:
        """Return the side of a passive agent after `trigger` ("captured on Sunday by the army")."""
        if trigger.text.lower().endswith(" by"):
            return self.agent_at(trigger.end)
        after = passive_agent_times.past_time_phrase(self._view, trigger.end)  # "captured two days ago by X"
        window, cut = self._view[after : after + 40], self._view[after : after + 40].find(" by ")
        if cut < 0 or not _BY_AGENT.match(window[: cut + 4]) or "  " in window[1:cut]:
            return None  # past a comma, the agent is a participle's: "took back X, seized by the Taliban"
        return self.agent_at(after + cut + 4)

    def agent_at(self, position: int) -> str | None:
        """Return the side of the actor right after a "by" ending at `position`, within its phrase:
        in "captured X by Wednesday, officials said" the officials past the comma are the source."""
        reach = agent_phrases.modifiers_length(self._view, position) + 12  # "by the internationally recognised government"
        return self.at(position, _reach_in_clause(self._view, position, reach))

    def possessive_before(self, position: int) -> bool:
        """Return True when "their" or "its" stands just before `position`."""
        return self._view.endswith((" their ", " its "), 0, position)

    def named(self) -> bool:
        """Return True when the sentence names any actor at all."""
        return bool(self._found)

    def first_subject(self) -> str | None:
        """Return the side of the sentence's first actor that can be a subject."""
        return next((side for _, _, side, subject in self._found if subject), None)

    def _clause_subject(self, position: int) -> str | None:
        """Return the side of the subject of the clause a participle at `position` hangs on: the last
        subject before it that opens a joined clause ("soldiers left X and the Taliban moved in,
        seizing it"), else the sentence's first."""
        joined = [side for start, _, side, subject in self._found
                  if subject and start < position and _JOINED_BEFORE.search(self._view, max(0, start - 12), start)]
        if joined:
            return joined[-1]
        # "families rested in Kabul after fleeing X, where the Taliban and forces fought": the men of a
        # relative clause after the participle describe the place, they are not who did it
        subjects = [(end, side) for start, end, side, subject in self._found if subject and not self._in_relative_after(position, start)]
        return speaker_tags.first_doer(self._view, subjects, position)

    def _in_relative_after(self, position: int, start: int) -> bool:
        """Return True when the actor at `start` stands in a relative clause opened after `position`
        and not closed before it ("X, where the Taliban fought": not "X, where they fought, the army")."""
        opened = [m.end() for m in _RELATIVE_AFTER.finditer(self._view, position, start)] if start > position else []
        return bool(opened) and "  " not in self._view[opened[-1] : start]

    def leaver(self, trigger: Trigger) -> str | None:
        """Return the side that leaves: the sentence's subject for a participle ("forces retreated
        after attacks by the Taliban, evacuating the district"), else the nearest actor before."""
        if relative_leavers.unarmed_leaver(self._view, [end for _, end, _, _ in self._found], trigger.start):
            return None  # "said Gul Bibi, who left X": the civilian left, not the side named before her
        return (self._clause_subject(trigger.start) if self._participle(trigger) else None) or self.before(trigger.start)

    def _participle(self, trigger: Trigger) -> bool:
        """Return True when `trigger` is a participle whose subject is the sentence's ("after
        seizing X", "..., evacuating X")."""
        return trigger.text.lower().partition(" ")[0].endswith("ing") and (  # "after taking control of X" too
            _PARTICIPLE_BEFORE.search(self._view, max(0, trigger.start - 12), trigger.start) is not None
            or self._view[max(0, trigger.start - 2) : trigger.start] == "  "  # a comma before it
        )

    def agent(self, trigger: Trigger) -> str | None:
        """Return the side that does what `trigger` says: the passive agent, else the subject (for
        "after seizing the city", the sentence's subject)."""
        by_agent = self.by_agent(trigger)
        if by_agent is not None:
            return by_agent
        if self._participle(trigger):  # ", taking X" after "as fighters surged in": the advancing side
            return advancing_clauses.advancer(self._view, self._found, trigger.start, trigger.kind) or self._clause_subject(trigger.start) or self.before(trigger.start)
        if trigger.nominal:  # "the Taliban takeover of X", "resisted the Taliban since their seizure of X": the noun's owner acts
            owner = self.owner_before(trigger.start, _OWNER_REACH) or described_owners.owner(self._view, self._found, trigger.start) or (self.speaker_before(0, trigger.start) if self.possessive_before(trigger.start) else None)
            if owner is not None or withheld_confirmations.told_change(self._view, trigger.start):  # "officials confirmed the capture of X": the teller took nothing,
                return owner or (self.before(trigger.start) if withheld_confirmations.announced_gain(self._view, trigger.start) else None)  # fighters announcing it took it
        return pronoun_antecedents.pronoun_side(self._view, self._found, trigger.start) or self.before(trigger.start)

    def winner_after(self, position: int) -> tuple[str, str] | None:
        """Return ("to" | "from", side) for "to the Taliban" / "from government forces" after `position`."""
        window = self._view[position : position + 60]
        if (match := _WINNER.search(window)) is None:
            return None
        side = self.at(position + match.end(), 16)
        if side is None or match.group("pronoun") or self._past_a_comma(position + match.end()) or speaker_tags.tag_between(self._view, position, position + match.start(), position + match.end()) or _SITE_AFTER_SIDE.match(window, match.end()) or _INFINITIVE.match(window, match.end()):
            return None  # "the fall of X ... raised doubts about its ability to survive, officials said": no winner
        return ("from" if match.group("prep") == "from" else "to"), side


def _closed_relative(view: str, start: int, end: int, position: int) -> bool:
    """Return True when the actor at [start, end) stands in a relative clause that closes before
    `position` ("Dostum and Noor, warlords who command thousands of fighters, had fled": the
    fighters are not who fled)."""
    opened = _RELATIVE_OPEN.search(view, max(0, start - 50), start)
    return opened is not None and "  " not in view[opened.end() : start] and "  " in view[end:position]


def outcome(trigger: Trigger, actors: Actors, view: str, place_end: int) -> str | None:
    """Return the status `trigger` gives the place by who acts (None: it says nothing of control)."""
    if natural_forces.natural_subject(view, trigger) or measure_subjects.measure_fall(view, trigger) or next_targets.forecast_next(view, place_end):
        return None  # "floods swept through X", "poverty has taken over X", "..., and X could be next"
    kind = trigger.kind
    if kind in (FIGHT, ENTER):
        return CONTESTED
    after = max(trigger.end, place_end)
    if kind == EXPEL:
        return _expel_outcome(trigger, actors, view, place_end)
    if kind in (CAPTURE, RETAKE):
        if civil_takeovers.civil_takeover(view, trigger):
            return None  # "a Qatari team took over the running of X airport"
        flown = flags.flag_side(trigger.text, view[max(0, trigger.start - 25) : trigger.start])
        if flown is not None:
            return flown
        direction = actors.winner_after(after)
        if direction is not None and direction[0] == "from":
            return other_side(direction[1])
        progressive = trigger.text.lower().split(" ", 1)[0].endswith("ing")  # "forces are taking X": their act, no passive
        passive = (not progressive and _BE_BEFORE.search(" " + view[max(0, trigger.start - 30) : trigger.start])) or appositives.participle_after_place(view, place_end, trigger) or passive_of_place(view, place_end, trigger.start, trigger.end)
        actor = actors.by_agent(trigger) if passive else actors.agent(trigger)  # "officials said X was captured": no agent
        if actor is not None:
            return actor
        return (trigger.nominal and gain_owners.owner_of_gain(view, actors, after)) or (TALIBAN if kind == CAPTURE else GOVERNMENT)  # "the capture of X extends the resistance's reach"
    if kind in (FALL, LOSE, HANDOVER):
        if kind == FALL and bare_falls.under_way(view, trigger.start, trigger.text):
            return CONTESTED  # "the city is falling": fought for, not yet lost
        if kind == HANDOVER and office_handovers.office_handed_over(view, trigger):
            return None  # "the responsibility of X was handed over to the new district governor"
        if kind == HANDOVER and (received := pronoun_receivers.receiver(view, actors, trigger, after)) is not None:
            return received  # "a day after local elders handed the city to them": the side named before
        if trigger.text.lower().endswith(("to", "into")):  # "fell to", "falls into"
            direction = ("to", actors.at(trigger.end, 16)) if actors.at(trigger.end, 16) else None
        else:
            direction = actors.winner_after(after) if not _CLAUSE_BEFORE_TO.match(view, after) else None
        if direction is not None and direction[0] == "to":
            return direction[1]
        if gaps.forces_after(view, trigger.end, trigger.nominal):  # "the surrender of government forces in X": they lose X
            return other_side(actors.at(trigger.end, 30) or G_SIDE)
        if kind != FALL and not surrendering_places.surrendered_itself(view, trigger, place_end):
            lost = kind == LOSE and _BE_BEFORE.search(" " + view[max(0, trigger.start - 30) : trigger.start])  # "the district was lost": no one named loses it
            actor = actors.by_agent(trigger) if lost else actors.agent(trigger)
            if actor is not None:  # "the Taliban accepted the surrender of X": the agent receives it
                return actor if received_handovers.received(view, trigger) else other_side(actor)
        return TALIBAN
    if kind == LEAVE:
        direction = actors.winner_after(after) if _TO_AFTER_PLACE.match(view, after) else None
        if direction is not None and direction[0] == "to":
            return direction[1]  # "abandoned X to the Taliban", "leaving X to the insurgents"
        if (keeper := left_posts.left_in_hands(view, after)) and actors.inside(*keeper):
            return actors.inside(*keeper)  # "leaving X in the hands of a small police unit"
        if trips.gives_nothing_up(view, trigger.start, trigger.text, place_end) or vacated_outskirts.outskirts_left_by_taliban(view, trigger.end, place_end):
            return None
        passive = place_end <= trigger.start or _BE_BEFORE.search(" " + view[max(0, trigger.start - 30) : trigger.start])
        actor = actors.by_agent(trigger) if passive else None  # "X was abandoned by the army", "... were abandoned by the army, among them X"
        if actor is None and passive and _left_unnamed(trigger, view):
            return TALIBAN
        actor = actor or (actors.agent(trigger) if trigger.nominal else actors.leaver(trigger)) or (actors.inside(trigger.end, place_end) if left_posts.forces_taken_out(view, trigger.end) else None)  # "they withdrew their fighters from X"
        return other_side(actor) if actor is not None else None
    if trigger.text.lower().startswith("control") and _FOR_CONTROL_BEFORE.search(view, max(0, trigger.start - 20), trigger.start):
        return CONTESTED
    if appointed_holds.office_trigger(trigger.text):
        return TALIBAN  # "the Taliban-appointed governor of X": whoever speaks, the post is the group's
    return holders.holder(trigger, actors, view, place_end)


def _expel_outcome(trigger: Trigger, actors: Actors, view: str, place_end: int = -1) -> str:
    """Return the status an expel trigger gives: the side opposite the one expelled.

    A passive names the expelled side before it ("the Taliban were driven out of X by commandos":
    the agent after "by" is the winner), unless the place is its subject ("X was cleared of the
    Taliban"); an intransitive "drove out of X" is its subject leaving.
    """
    progressive = trigger.text.lower().split(" ", 1)[0].endswith("ing")  # "troops were mopping up": no passive
    passive = not progressive and (_BE_BEFORE.search(" " + view[max(0, trigger.start - 30) : trigger.start]) or reduced_expels.men_driven_out(trigger.text, view, trigger.start))
    cleared = enemies.clearer_of_enemy(trigger.end, None if passive else actors.agent(trigger), view)
    if cleared is not None:  # "cleared X of enemies": said by whichever side did it
        return cleared
    if passive and 0 <= trigger.start - place_end <= 40:  # "X has been cleared": the place is the subject
        expelled = actors.inside(place_end, trigger.start) or _passive_expelled(trigger, actors, view)
    elif passive or (_DROVE_OUT.match(trigger.text) and _LEFT_FROM.match(view, trigger.end)):
        expelled = actors.before(trigger.start)  # "the Taliban were pushed out of X", "troops drove out of X"
        if expelled is None and passive:
            expelled = actors.inside(trigger.start, trigger.end) or _passive_expelled(trigger, actors, view) or reduced_expels.fronted_expelled(trigger.text, view, trigger.start, actors.at)
    elif _BY_RIGHT_AFTER.match(view, trigger.end):
        expelled = _passive_expelled(trigger, actors, view)  # a headline's "X cleared by commandos"
    else:
        expelled = actors.inside(trigger.start, trigger.end)
        if expelled is None and " them " in f" {trigger.text.lower()} ":  # "commandos pushed them out of X": the subject won
            expeller = actors.before(trigger.start)
            return expeller if expeller is not None else GOVERNMENT
        expelled = expelled or actors.at(trigger.end, attack_targets.reach_before_target(view, trigger.end, _reach_in_clause(view, trigger.end, 25)))
        if expelled is None and (expeller := expellers.active_expeller(trigger, actors, view)) is not None:
            return expeller  # "Taliban forces had cleared X": nobody named as driven out, the subject won
    if expelled is None and 0 <= trigger.start - place_end <= (40 if passive else 2) and enemies.taliban_voice(view):
        return TALIBAN  # "Taliban say X cleared": the place cleared by those who say so
    return TALIBAN if expelled == G_SIDE else GOVERNMENT


def _left_unnamed(trigger: Trigger, view: str) -> bool:
    """Return True for a place told as abandoned or evacuated in the passive with nobody named
    ("X and Y have all been abandoned"): its garrison left it (not "abandoned by its residents")."""
    if not _ABANDONED.match(trigger.text) or not _BE_BEFORE.search(" " + view[max(0, trigger.start - 30) : trigger.start]):
        return False
    return " by " not in view[trigger.end : trigger.end + 30]


def _reach_in_clause(view: str, position: int, reach: int) -> int:
    """Return how far past `position` (at most `reach`) its clause goes: the speaker after "...
    repelled, say police" is not who was repelled (punctuation shows as a double space in the view)."""
    stop = view.find("  ", position, position + reach)
    return reach if stop < 0 else stop - position


def _passive_expelled(trigger: Trigger, actors: Actors, view: str) -> str | None:
    """Return the side a passive expel names after it: "cleared of the Taliban" names the expelled,
    "cleared by commandos" the winner; an actor past them starts another statement."""
    match = _PASSIVE_ROLE_AFTER.match(view, trigger.end)
    if match is None:
        return None
    side = actors.at(match.end(), 4)
    if side is None or match.group("prep") != "by":
        return side
    return other_side(side)
