"""Control rules: what one sentence says about control of each place named in it.

A sentence is cut into clauses (at ; : dashes, and before subordinators such as "after", "while",
"but", "because", "as", "if", "since they"; a subordinate clause ends at its first comma). For a
place, the triggers nearest it inside its clause (`frontmap.extract.triggers`) are read in order
of distance, and the first one that is about the place decides:

1. Role: a verb before the place must take it as its object ("captured the city of X"; "captured check posts in X"
   is a part of it, so fighting, but "quit their posts in X" left X; "captured weapons in X" says nothing of X); a
   verb after it must have it as its subject ("X, the capital of Y, fell"), passive ("X was re-occupied by the army"),
   in a relative clause ("X, which the militants captured") or fronted ("In X, insurgents seized the governor's office").
2. Scope: a negated trigger ("did not fall"), one under a denial ("denied that X had fallen"), a
   plan, threat or hypothesis ("vowed to take", "could fall", an "if" clause, a question) and a
   place that is only a goal ("set their sights on X") yield nothing.
3. Who acts (`frontmap.extract.roles`): the actor and "to" / "from" turn the trigger into a
   status ("the Taliban regained control" is theirs, "forces left X" hands X over, "forces still
   hold the airport" says nothing of the city).
4. Attribution (`frontmap.extract.cues`): a capture only the Taliban report is `claimed`; a
   rocket, bomb or killing is no fight for the place (`frontmap.extract.strikes`).
Speed: clauses, triggers, actors and cues are indexed once per sentence (`SentenceReader`); each
place bisects them and reads a bounded window, so extraction stays linear in the text."""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from frontmap.extract import agentless_passives, appointed_holds, appositives, attributive_holds, bases, campaign_asides, claimed_sites, circumstances, conjunct_subjects, count_appositions, cleared_parts, compass_landmarks, cues, denials, disputed, district_counts, expected_fights, facility_subjects, flags, fled_fights
from frontmap.extract import forced_out, forecast_holds, gaps, habitual_fights, held_areas, held_facilities, held_shares, history_clauses, holdouts, holders, inverted_losses, item_appositions, last_pockets, last_standing, left_posts, list_reach, located_asides, modal_participles, negated_spans, negation, object_clauses, origins, past_times
from frontmap.extract import asked_changes, broadcasters, overrun_forces, reopened_places, part_participles, pending_clauses, place_subjects, plural_objects, possessives, relative_asides, relative_lists, repeated_prospects, repelled, roles, seats, shared_outcomes, since_background, standing_seats, state_clauses, surrender_nouns, trips, turn_takers
from frontmap.extract import appositive_relatives, as_ellipses, near_misses, aside_modals, bare_falsehoods, goal_predicates, neither_side, partitive_frames, promised_operations, definite_parts, fallen_lists, given_up_words, held_until, included_objects, inverted_conditions, included_sites, listed_relatives, one_of_sets, regrouped_forces, unfinished_clearances, unfinished_falls, unworded_fights, valued_captures, withdrawn_parts, kept_out
from frontmap.extract.chains import chain_end
from frontmap.extract.gerund_subjects import hypothetical_gerund
from frontmap.extract.headline_passives import bare_participle
from frontmap.extract.clauses import clause_of, clause_spans, gapped_conjunct_start, ranked_against
from frontmap.extract.place_roles import facility_between, is_container, is_province_scale, place_role_blocks, verb_after_relative
from frontmap.extract.relative_openings import relative_opening, unit_head
from frontmap.extract.unopposed_entries import unopposed_entry
from frontmap.extract.speaker_clauses import speaker_clause
from frontmap.extract.strikes import no_contest
from frontmap.extract.trailing_doubts import doubted_after
from frontmap.extract.text import text_view
from frontmap.extract.triggers import (
    _TAKE_NAME, CAPTURE, ENTER, EXPEL, FALL, FIGHT, HANDOVER, HOLD, LEAVE, LOSE, RETAKE, Trigger,
    changed_hands, find_triggers, find_triggers_full_scan,
)
from frontmap.extract.nearest_triggers import nearest_triggers
from frontmap.status import CLAIMED, CONTESTED, GOVERNMENT, TALIBAN

__all__ = [  # the sentence reader, and what the events stage reads through it
    "_TAKE_NAME", "SentenceReader", "Trigger", "Verdict", "clause_of", "clause_spans",
    "facility_between", "find_triggers", "find_triggers_full_scan", "is_container", "is_province_scale", "place_role_blocks",
]

_IGNORE_CASE = re.IGNORECASE
_NEAREST = 6  # triggers read on each side of a place
_REACH = 250  # characters between a place and a trigger about it


@dataclass(frozen=True)
class Verdict:
    """What a sentence says about a place: status, the trigger words and a confidence."""

    status: str
    trigger: str
    trigger_start: int
    confidence: float
    fought: bool = False  # "repelled an attack on X": held, and fought over too


_HYPOTHETICAL = frozenset("if unless whether".split())
_PURPOSE = re.compile(r"\bto +(?:spare|protect|avoid|prevent|save|shield|escape|stop)\b")  # a fight only in what a verb is meant to spare
_SHARED_OUTCOME = (CAPTURE, RETAKE, FALL, LOSE, HANDOVER)  # kinds an elliptical "after X" shares
PASSIVE_BEFORE = re.compile(  # the participle may be quoted: 'was "completely conquered"'
    r"\b(?:was|were|been|being|is|are|be|got|get)\s+[\"“‘']?(?:(?:\w+ly|also|now|then|soon|already|all|both)\s+[\"“‘']?)?$", _IGNORE_CASE
)
_PART_BEFORE_PLACE = re.compile(  # not "all parts of X" / "all other parts of the city": the whole of it
    r" (?<! all )(?<! all other )(?:parts?|portions?|sections?|swathe?s|swaths|(?<! entire )(?<! whole )territor(?:y|ies)|pockets?|quarters?|half|thirds?|percent|cent|some|much|most|rest|remainder|areas?|regions?|localit(?:y|ies)|outskirts|villages?|posts?"
    r"|neighbou?rhoods?|checkpoints?|outposts?|bases?|headquarters|buildings?|airports?|airfields?|prisons?|compound|positions?|gates?|entrances?|squares?|bazaars?|markets?|stations?|old +(?:city|town))"
    r" +(?:from +)?(?:of|in|within|inside|around|near|outside|to) +(?:the +)?(?:\w+ +){0,2}$"
)
_UNITS_BEFORE_PLACE = re.compile(
    r"(?<!\w)(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|many|most|all|other)"
    r" +(?:\w+ +)?districts +(?:of|in|across) +(?:the +)?(?:\w+ +)?$"
)
_SEAT_BEFORE_PLACE = re.compile(r" (?:governor s|governor|presidential|palace|administrative|district +(?:(?:government|administration|administrative) +)?(?:buildings?|compound|offices?)|(?:key|main|all|major) +government +(?:buildings|offices|compound)|(?:the|provincial) +government +compound) +(?:\w+ +){0,3}$")
_OBJECT_END = re.compile(r"[,.;:!?()\"“”]")
_DESTINATION = re.compile(r"\b(?:to|towards?|into|for)\b", _IGNORE_CASE)
_CONTROL_IN = re.compile(r"^\s+(?:in|across|throughout)\b", _IGNORE_CASE)  # "claimed control in X", "in control across X": where the control is, X itself
_FACT, _DENIED, _NEGATED, _NOT_A_FACT = "fact", "denied", "negated", "not a fact"


class SentenceReader:
    """What one sentence says about each place it names; its clauses, triggers, actors and cues are
    indexed once, so reading many places costs a bisect and a bounded window each."""

    def __init__(self, sentence: str, triggers: list[Trigger], view: str | None = None, quoted_by: str | None = None):
        self.sentence = sentence
        self.quoted_by = quoted_by  # the side speaking the quotation of several sentences this one stands in, if known
        self.view = text_view(sentence) if view is None else view
        self.triggers = triggers
        self.clauses = clause_spans(sentence)
        self._clause_starts = [c[0] for c in self.clauses]
        self._starts = [t.start for t in triggers]
        self._actors: roles.Actors | None = None
        self._cues: cues.SentenceCues | None = None
        self._scale: dict[tuple[int, int], bool] = {}
        self._last_clause: tuple[int, tuple[int, int, bool]] | None = None
        self._hypotheticals: dict[int, bool] = {}  # by clause start
        self._scopes: dict[tuple[int, int, int], str] = {}  # by trigger start and clause
        self._question = sentence.rstrip(" \"'”’)").endswith("?")

    def clause_of(self, position: int) -> tuple[int, int, bool]:
        """Return the clause holding `position` (kept: the events and `judge` ask for it in turn)."""
        if self._last_clause is None or self._last_clause[0] != position:
            self._last_clause = (position, clause_of(self.clauses, position))
        return self._last_clause[1]

    def province_scale(self, clause: tuple[int, int, bool]) -> bool:
        """Return True when the clause speaks of several districts or crossings (so a province)."""
        key = clause[:2]
        if key not in self._scale:
            self._scale[key] = is_province_scale(self.sentence[clause[0] : clause[1]])
        return self._scale[key]

    def judge(self, start: int, end: int) -> Verdict | None:
        """Return what the sentence says about the place at [start, end), or None when nothing."""
        if self._question or not self.triggers or ranked_against(self.sentence, start) or goal_predicates.goal_after(self.sentence, end):  # "the largest city after X"; "..., Kabul in reach"
            return None
        verdict = standing_seats.seat_still_held(self.sentence, held_until.ended_hold(self.sentence, turn_takers.judged(self.sentence, (start, end), self._judge_own, self._elliptical), end), end)  # "held X until Sunday, when they withdrew"
        return verdict if verdict is not None or (fight := unworded_fights.fight_told_around(self.sentence, self.view, self.triggers, (start, end))) is None else Verdict(CONTESTED, fight.text, fight.start, fight.weight)

    def _judge_own(self, start: int, end: int) -> Verdict | None:
        """Return what the verbs about the place at [start, end) say, or None."""
        clause = self.clause_of(start)
        nearby = self._nearby(start, end, clause)  # first: most places have no trigger near them
        nearest = next(nearby, None)
        listed = (start, listed_relatives.list_end(self.sentence, (start, end)))  # "fled X and Y, both of which fell": the clause is X's too
        main, them = history_clauses.object_verb_first(self.sentence, self.triggers, listed, self._main_verb(listed[1])), None
        if main is None:  # "in X and Y districts ... retook them"
            main = them = plural_objects.verb_taking_them(self.view, self.triggers, (start, end))
        if (nearest is None and main is None) or self._hypothetical(clause) or cues.goal(self.view, clause[0], start):
            return None
        if origins.is_origin(self.view, start, self.sentence, end) or origins.person_origin(self.view, start, self.sentence, end) or self._only_locates(start, clause[0], end):  # "families from Taliban-held X": only the compound before X speaks of it
            main, nearest, nearby = None, attributive_holds.compound_before(self.sentence, self.triggers, start), iter(())
        if (nearest is None and main is None) or district_counts.counted_among_its_districts(self.view, start, end) or appointed_holds.dead_holders_post(self.view, start, end):
            return None
        nearby = attributive_holds.HoldsLast(circumstances.change_first(itertools.chain(() if main is None else (main,), () if nearest is None else (nearest,), nearby), self.view, (start, end), self.sentence), self.sentence, start, self.triggers)
        for trigger in nearby:
            role = roles.WHOLE if trigger is them else None if trigger.end <= start and conjunct_subjects.own_predicate_after(self.sentence, self.triggers, (start, end)) else self._role(trigger, start, end, clause[0])  # "took X, and Y held"
            if role is None:
                continue
            role = bases.widened(role, trigger.kind, self.view, (start, end))  # "the army base in X fell"
            trigger = chain_end(self.sentence, self.view, self.triggers, self._starts, trigger, end)
            fight, trigger = repelled.attack_and_verb(self.sentence, self.triggers, self._starts, trigger, clause[0], (start, end), self._sentence_actors)
            if repelled.aimed_at_counted_places(self.sentence, fight, (start, end)):
                continue  # "X was hit and troops repelled attacks on three cities": the cities' fight
            own = self.clause_of(trigger.start) if trigger is main else clause  # the verb's clause scopes it
            scope = self._scope(trigger, own)
            if scope == _NOT_A_FACT:
                if nearby.state_pending() or (trigger.end <= start and self._change_told_after(listed[1], self._nearby(start, end, clause))) or (trigger.start >= end and _PURPOSE.search(self.view, end, trigger.start)):
                    continue  # "vowed to retake X, which forces left on Sunday": the relative clause states a fact; "left X to spare it air strikes": a purpose
                return None
            if scope == _DENIED:  # "denied that X had fallen": the government's
                status = None if trigger.kind == ENTER else self._status(trigger, roles.WHOLE, end, own)
                status = unfinished_falls.still_fought(denials.denied_status(status, denials.taliban_deny(self.view, own[0], trigger.start), trigger.kind), self.sentence, self.view, trigger, (start, end))
            elif scope == _NEGATED:  # "have not captured X": the government's; "has not been retaken": the Taliban's
                status = CONTESTED if near_misses.fell_short(self.view, own[0], trigger.start) else unfinished_falls.still_fought(negation.negated_status(self._status(trigger, roles.WHOLE, end, own), trigger.kind, self._claimed(own), trigger.text), self.sentence, self.view, trigger, (start, end))
            elif trigger is not fight and (trigger.start > end or fight.start < trigger.start) and not forced_out.government_expelled(self.view, trigger.end):  # "the attack on X was repelled", "attacks were repelled in X"
                status = repelled.holder_after_repelled(self._sentence_actors(), self.view, fight)
            else:
                status = holdouts.rest_lost(self._status(trigger, role, end, own), role, trigger.kind, self.view, (start, end))
                status = forced_out.outcome_of_fight(status, self.view, end) if trigger.kind in (FIGHT, ENTER) else status
            if status is not None:
                fought = trigger is not fight and status == GOVERNMENT
                return Verdict(status, trigger.text, trigger.start, self._confidence(trigger, start, end, status), fought)
        return None

    def _change_told_after(self, end: int, nearby: Iterator[Trigger]) -> bool:
        """Return True when a relative clause after the place tells it changed hands ("X, which
        forces left"; not "X, which they control", which a plan before it keeps hypothetical)."""
        if verb_after_relative(self.sentence, end) is None and not appositive_relatives.relative_after_apposition(self.sentence, end):
            return False
        return any(t.start >= end and t.kind in _SHARED_OUTCOME + (LEAVE,) for t in nearby)

    def _elliptical(self, start: int, end: int) -> Verdict | None:
        """Return the outcome of the verb before "after X" / "following X" / "then X" / "as well as
        X" / "X followed" for X at [start, end) ("Kandahar fell hours after Herat"), when nothing
        else in X's clause speaks of it."""
        window = max(0, start - 80)
        before = self.sentence[window:start]
        fronted = shared_outcomes.fronted_outcome(self.sentence, start, end, self.triggers, self._starts)  # "After X, Y and Z, they took W"
        at = gaps.ellipsis_start(before) if fronted is None else start - window
        at = included_objects.shared_start(self.sentence, window, start) if at is None else at  # "then X", "as well as X", "those included X"
        if at is None and shared_outcomes.list_follows_suit(self.sentence, end, start):  # "X and Y followed", "the turn of X"
            at = start - window
        as_at = as_ellipses.shared_start(before) if at is None else None  # "X is the scene of fighting, as is Y"
        at = as_at if as_at is not None else at
        gapped = gapped_conjunct_start(self.sentence, start, end) if at is None else None
        window, at = (0, gapped) if gapped is not None else (window, at)  # "X fell on Tuesday, Y on Wednesday"
        clause = self.clause_of(start)
        i = bisect.bisect_left(self._starts, end)
        if at is None or (gapped is None and fronted is None and i < len(self.triggers) and self.triggers[i].start < turn_takers.turn_end(self.sentence, (start, end), clause[1])):
            return None
        i = bisect.bisect_right(self._starts, window + at) - 1  # right: a verb carried from the sentence before sits at 0
        trigger = fronted or (shared_outcomes.outcome_before(self.triggers, i) if as_at is None else as_ellipses.shared_trigger(self.triggers, i))  # "captured X after fighting; Y did too"
        if trigger is None or (trigger.kind not in _SHARED_OUTCOME and as_at is None) or window + at - trigger.end > (120 if gapped is None else 160):
            return None
        own = self.clause_of(trigger.start)
        status = self._status(trigger, roles.WHOLE if as_at is None else self._part_before(start, window + as_at), trigger.end, own) if self._scope(trigger, own) == _FACT else None  # "as is most of Y": a part
        return None if status is None else Verdict(status, trigger.text, trigger.start, self._confidence(trigger, start, end, status))

    def _hypothetical(self, clause: tuple[int, int, bool]) -> bool:
        """Return True for an "if", "unless" or "whether" clause."""
        known = self._hypotheticals.get(clause[0])
        if known is None:
            first = self.view[clause[0] : clause[0] + 12].split(" ", 2)
            words = [w for w in first if w]
            known = self._hypotheticals[clause[0]] = bool(words) and (words[0] in _HYPOTHETICAL or (clause[2] and words[0] in inverted_conditions.AUXILIARIES))  # "Had the army held X, ..."
        return known

    def _main_verb(self, end: int) -> Trigger | None:
        """Return the trigger of the place's own verb past a relative clause after it or its list, ending at `end` ("X, which ..., fell"; "X and Y, both of which fell"), else None."""
        after = verb_after_relative(self.sentence, end)
        i = len(self.triggers) if after is None else bisect.bisect_left(self._starts, after)
        subject_end = end if after is None or self.sentence[after : after + 1] != "," else after + 1  # past the clause
        reach = list_reach.reach(self.sentence, (end, end), _REACH) if i < len(self.triggers) else 0
        while i < len(self.triggers) and self.triggers[i].start - end <= reach:
            trigger = self.triggers[i]
            infinitive = self.view.endswith(" to ", 0, trigger.start)  # "is the tenth capital to fall": the clause's date
            if not infinitive and gaps.is_subject_gap(self.sentence[subject_end : trigger.start]):
                return trigger
            i += 1
        return None

    def _nearby(self, start: int, end: int, clause: tuple[int, int, bool]) -> Iterator[Trigger]:
        """Yield up to _NEAREST triggers on each side of the place within its clause and _REACH, nearest first (ties: the one before); lazily."""
        return nearest_triggers(self.triggers, self._starts, (start, end), clause[:2], list_reach.reach(self.sentence, (start, end), _REACH), _NEAREST)

    def _role(self, trigger: Trigger, start: int, end: int, c_start: int) -> str | None:
        """Return how the place stands to `trigger` (roles.WHOLE, SEAT, PART; None: not about it)."""
        kind, sentence = trigger.kind, self.sentence
        if trigger.end <= start:
            if (kind == FIGHT and cleared_parts.driven_to_edge(sentence, trigger.start)) or state_clauses.verbless_state_after(sentence, trigger.end, start, end):
                return None  # "pushed them back to the outskirts of X": the push's, read from its own verb; "take X, Kabul isolated": Kabul's own clause
            if kind in (FIGHT, EXPEL, ENTER):  # "X, which changed hands twice, and Y": not Y's; "entered Iran via X": not X's
                not_its = (changed_hands(trigger) or object_clauses.crosses_into_clause(sentence[trigger.end : start])
                           or (kind == ENTER and trips.entered_by_way_of(self.view, trigger.end, start)) or trips.headed_toward(sentence[trigger.end : start]) or (kind == FIGHT and trips.launched_from(sentence[trigger.end : start])) or partitive_frames.inside_fronted_frame(sentence, trigger.start, trigger.end, start))
                return None if not_its else (cleared_parts.part_or_ward(roles.PART if part_participles.part_taken_before(self.view, trigger, sentence[trigger.end : start]) else self._part_before(start, max(c_start, trigger.end)), sentence, start, end) if kind == EXPEL else roles.WHOLE)
            gap = sentence[trigger.end : start]
            if gaps.includes(gap) or gaps.LATEST_BEING.search(sentence, max(0, trigger.start - 80), start):
                return roles.PART if included_sites.sites_included(gap) else roles.WHOLE  # "seven districts fell, among them X and Y" ("..., the latest X"); "posts, including in X"
            if trigger.text.lower().endswith(("control", "restored", "established")):  # "control was restored in X"
                gap = _CONTROL_IN.sub(" ", gap)
            if "flag" in trigger.text.lower():
                gap = flags.flown_over(gap)  # "raised their flags, inscribed with ..., over the city of X"
            if kind == LEAVE and (_DESTINATION.search(gap) or left_posts.left_homes(gap) or regrouped_forces.regrouped_in_gap(gap)):
                return None  # "retreated to an army base outside X"; "forced to leave their homes in X"
            if kind == LEAVE and not trigger.nominal and left_posts.left_in_a_state(self.sentence, end):
                return None  # "leaving X isolated" (not "left X, Y and Z": a list goes on after a comma)
            if (kind == FALL or (kind == LOSE and inverted_losses.inverted_subject(gap))) and not trigger.nominal:  # "Also lost were X and Y"
                return roles.WHOLE if kind == LOSE or gaps.INVERTED.match(gap) or fallen_lists.listed_after_fall(sentence, trigger.start, trigger.end, start) else None
            if kind == HOLD and (held := attributive_holds.compound_role(self.view, sentence, trigger, start)) is not None:
                return held or None  # "the fight for control of X": none; "the Taliban-held districts of X, Y and Z": each whole
            role = (roles.WHOLE if (kind == LEAVE and left_posts.left_own_posts(gap)) or overrun_forces.defenders_overrun(trigger.text, gap, self.view[: trigger.start]) or surrender_nouns.defenders_surrendered(trigger.text, gap, self.view[: trigger.start]) or surrender_nouns.defenders_surrendered_at(trigger.text, gap, self.view[: trigger.start]) or one_of_sets.inverted_member(self.view, trigger.start, gap)  # "quit their posts in the city", "overran the forces in it"
                    else roles.PART if gaps.part_after(sentence, end) or definite_parts.named_market_after(sentence, start, end) or held_areas.held_part_before(self.view, trigger, gap) or last_pockets.rest_beside_a_hold(self.view, gap) or part_participles.part_taken_before(self.view, trigger, gap) else broadcasters.owned_broadcaster(gaps.object_kind(attributive_holds.without_compound(gap), trigger.nominal), sentence, end))  # "X's airport"
            return None if role == roles.OTHER or object_clauses.crosses_into_clause(gap, sentence[end:]) else role
        if relative_lists.belongs_to_later_place(sentence, end, trigger.start, start) or located_asides.locates_another(sentence, start) or relative_asides.parallel_aside_follows(sentence[end : trigger.start]):
            return None  # "X, Y and Z, which is surrounded": Z's alone; "X, which fell in May, and Y, taken in June": Y's
        if kind in (FIGHT, EXPEL, ENTER):  # not one of ", and clashes went on in Y" (the clause's own place)
            return None if campaign_asides.new_clause_after(sentence, end, trigger.start) else cleared_parts.part_or_ward(self._part_before(start, c_start, end), sentence, start, end)
        if kind in (LEAVE, HANDOVER) and not trigger.nominal and (left := place_subjects.left_role(sentence, (start, list_reach.list_end(sentence, (start, end))), (trigger.start, trigger.end))):
            return left  # "X, which security forces left on Sunday"; "X was abandoned by"; a part: "troops in X fell back to the airport"
        if kind == HANDOVER and not trigger.nominal and place_subjects.gave_up_in(sentence, c_start, (start, end), trigger.start):
            return roles.WHOLE  # "In Herat, the governor, the police chief, ... surrendered"
        gap = relative_asides.without_relative_aside(located_asides.dropped(sentence[list_reach.list_end(sentence, (start, end)) : trigger.start]))  # "X, Y, ... and Z fell"
        if trigger.nominal or kind == LEAVE or len(item_appositions.compact_gap(gap)) > 120 or place_subjects.hands_other_thing(sentence, trigger.start, trigger.end):
            if kind == LEAVE and not trigger.nominal:  # "X's police headquarters was abandoned": a part left (a base: `place_subjects`)
                return roles.PART if gaps.facility_named_for(gap) == roles.PART else None
            return self._part_before(start, c_start, end) if possessives.owned_by_place(gap, trigger) else None  # "X's fall"
        if (relative := relative_opening(gap)) and gaps.is_subject_gap(gap[: relative[0]]):
            return gaps.relative_part(gap, relative[1]) or (roles.WHOLE if unit_head(gap[: relative[0]]) or not gap[: relative[0]].strip(" ,") else self._part_before(start, c_start, end))  # "X, ..., which fell"; "a base in X, a town that fell": X's; "the square of X, which they took": X
        if kind in (CAPTURE, RETAKE) and not trigger.text.lower().endswith(" by"):
            passive = PASSIVE_BEFORE.search(sentence, max(start, trigger.start - 30), trigger.start) or appositives.participle_after_place(self.view, end, trigger) or bare_participle(sentence, trigger.start, trigger.end)
            if passive or self._sentence_actors().by_agent(trigger):  # "X police headquarters was seized": a part of X
                if role := (self._part_before(start, c_start, end) if gaps.is_subject_gap(gap) or facility_subjects.conjoined_with_facilities(gap, sentence[c_start:start])
                            else facility_subjects.facility_role(gap, self.sentence[start:end])):  # "X, the police headquarters and a base were seized"
                    return role
            if gap.startswith(",") and (role := place_subjects.fronted_role(sentence, c_start, start, self._object_after(trigger), (end, trigger.start))):
                return None if role == roles.OTHER else role
            return None
        return self._part_before(start, c_start, end) if gaps.is_subject_gap(gap) or reopened_places.reopened_under(gap, trigger.text) or last_standing.described_by(self.view, end, trigger, self.sentence, start) else gaps.facility_named_for(gap)

    def _only_locates(self, start: int, c_start: int, end: int) -> bool:
        """Return True when the place only locates another ("X in Y", "X and Z districts of Y") or stands for the province of other units ("seven districts of Y")."""
        before = self.sentence[max(c_start, start - 60) : start]
        if gaps.only_locates(before) and not compass_landmarks.after_compass_landmark(before) and not bases.base_at_village(before):
            return True  # (not "west of Kunduz in X", "the base at Y in X": X is where it happens)
        near = max(c_start, start - 40)
        return (self.view.find("districts", near, start) >= 0 and not count_appositions.opens_counted_list(self.sentence, start, end) and bool(_UNITS_BEFORE_PLACE.search(self.view, near, start))
                and not district_counts.sweeps_all_its_districts(self.view, start))

    def _part_before(self, start: int, c_start: int, end: int | None = None) -> str:
        """Return PART or SEAT when a part of the place is named before it ("parts of X", "the
        police headquarters in X", "the governor's office in X"), else WHOLE."""
        before = " " + self.view[max(c_start, start - 50) : start]
        if _SEAT_BEFORE_PLACE.search(before) or seats.seat_listed_before(self.view, c_start, start):
            return roles.SEAT
        return roles.PART if _PART_BEFORE_PLACE.search(before) and not last_pockets.whole_rest_before(before, self.view, end) else roles.WHOLE

    def _object_after(self, trigger: Trigger) -> str:
        """Return the words after `trigger` up to the next punctuation (its object)."""
        window = self.sentence[trigger.end : trigger.end + 60]
        stop = _OBJECT_END.search(window)
        return window[: stop.start()] if stop else window

    def _scope(self, trigger: Trigger, clause: tuple[int, int, bool]) -> str:
        """Return _FACT, _DENIED (said not to have happened) or _NOT_A_FACT (negated otherwise,
        intended or hypothetical) for `trigger` (read once per trigger and clause)."""
        key = (trigger.start, clause[0], clause[1])
        scope = self._scopes.get(key)
        if scope is None:
            scope = self._scopes[key] = self._read_scope(trigger, clause)
        return scope

    def _read_scope(self, trigger: Trigger, clause: tuple[int, int, bool]) -> str:
        """Return the scope of `trigger` in `clause` (see `_scope`)."""
        c_start, c_end, _ = clause
        if (not attributive_holds.hyphened(self.sentence, trigger) and cues.intended(self.view, c_start, possessives.owner_start(self.sentence, trigger), trigger.end) and not near_misses.fell_short(self.view, c_start, trigger.start)) or (not trigger.nominal and pending_clauses.pending(self.view, c_start, trigger.start, trigger.end)) or neither_side.neither_side(self.view, c_start, trigger.start):
            return _NOT_A_FACT  # before negation: "will not take X" is no denial (a compound is no verb: "to Taliban-held X" aims at nothing)
        if cues.negated(self.view, c_start, trigger.start):  # "officials denied the fall of X": a denial
            return _DENIED if trigger.nominal and denials.denied_noun(self.view, trigger.start) else _NEGATED if (cues.not_happened(self.view, c_start, trigger.start) or (near_misses.fell_short(self.view, c_start, trigger.start) and not self._sentence_cues().denied(c_start, trigger.start))) and not negated_spans.over_years(self.view, trigger.end) else _NOT_A_FACT
        if promised_operations.not_begun(self.view, trigger, c_end) or (trigger.nominal and (cues.modal_after(self.view, trigger.end, c_end) or aside_modals.modal_after_aside(self.sentence, trigger.end) or valued_captures.weighed(self.sentence, trigger.end))) or hypothetical_gerund(self.view, (c_start, c_end), trigger.start, trigger.end, self.sentence) or expected_fights.expected(self.view, trigger) or habitual_fights.habitual(self.view, trigger, clause[:2]) or forecast_holds.foreseen(self.view, trigger, c_start) or modal_participles.prospective(self.view, trigger) or past_times.earlier_times(self.view, trigger.start, trigger.end, c_end) or asked_changes.asked_for(self.view, trigger) or given_up_words.given_up(self.view, trigger.start) or kept_out.kept_away(self.view, trigger):
            return _NOT_A_FACT
        if repeated_prospects.names_prospect_again(self.view, trigger, self.triggers, lambda t: self._scope(t, self.clause_of(t.start)) == _NOT_A_FACT):
            return _NOT_A_FACT  # "opens the door to the fall of X, and the fall of X cuts ...": the same prospect
        denied = self._sentence_cues().denied(c_start, trigger.start) or cues.falsified_after(self.view, trigger.end, c_end) or (trigger.nominal and bare_falsehoods.called_false(self.view, trigger.end, c_end)) or bare_falsehoods.called_report_false(self.view, c_start, trigger.start, trigger.end)
        return _DENIED if denied else _FACT

    def _status(self, trigger: Trigger, role: str, end: int, clause: tuple[int, int, bool]) -> str | None:
        """Return the status `trigger` gives the place (None: nothing), by actor, part and source."""
        if trigger.kind in (FIGHT, ENTER):  # fighting needs no actor (a cheap answer for the commonest triggers)
            if no_contest(self.sentence, self.view, trigger, end):  # a rocket, a bomb, a killing
                return None
            c_start, c_end, _ = clause
            calm = trigger.kind == ENTER and (self._sentence_cues().without_fight(c_start, c_end) or unopposed_entry(trigger.text, self.sentence[c_start : trigger.start], self.sentence[c_start:c_end], self.sentence[trigger.end :]))
            if calm and self._sentence_actors().agent(trigger) != GOVERNMENT:
                return CLAIMED if self._claimed(clause) else TALIBAN  # "walked into X without a fight"
            return CONTESTED
        if (trigger.kind in (HOLD, EXPEL) or trigger.text.lower().startswith("mov")) and fled_fights.unarmed_entry(self.view, trigger):  # "his family was still in X", "families pushed out of X", "residents moved back into X"
            return None
        status = roles.outcome(trigger, self._sentence_actors(), self.view, end)
        if status is None and trigger.kind == HOLD and holders.told_as_ours(trigger.text, self.view, trigger.start):
            status = self.quoted_by  # "'X fell. Y is under our control,' a Taliban spokesman said": the speaker named sentences on
        if status is None:
            return None
        if role == roles.PART:
            if trigger.kind == HOLD and ((status == GOVERNMENT and not held_shares.ground_share_before(self.view, end, clause[0])) or held_facilities.facility_after(self.sentence, end)):
                return None  # forces holding the airport say nothing of the city
            site_claim = status == TALIBAN and claimed_sites.names_a_site(self.view, trigger.start, trigger.end, end) and self._claimed(clause)
            status = CLAIMED if site_claim else TALIBAN if status == TALIBAN and withdrawn_parts.defenders_withdrew(self.sentence) else CONTESTED  # their claim; the defenders gone
        if status == TALIBAN and self._claimed(clause) and not (appointed_holds.office_trigger(trigger.text) or since_background.dated_since_change(self.sentence, trigger.start)):  # a post, the writer's background
            status = CLAIMED
        elif status == GOVERNMENT and trigger.kind in (RETAKE, EXPEL) and agentless_passives.agentless(self.view, trigger.start, trigger.end) and self._claimed(clause, taliban_only=True):
            status = CLAIMED  # "the province has been cleared, the Taliban spokesman said": the speaker's side cleared it
        return CONTESTED if status == GOVERNMENT and trigger.kind != HOLD and (disputed.still_fought_after(self.view, trigger.end, self.sentence) or unfinished_clearances.under_way(self.view, trigger)) else status

    def _claimed(self, clause: tuple[int, int, bool], taliban_only: bool = False) -> bool:
        """Return True when only the Taliban or an unverified source report it (the clause, or the
        clause that speaks for it: `frontmap.extract.speaker_clauses`); with `taliban_only`, only
        when the Taliban tell it (residents' word of a retake is no Taliban claim)."""
        sentence_cues = self._sentence_cues()
        told = sentence_cues.told_by_taliban if taliban_only else sentence_cues.claimed
        if told(clause[0], clause[1]) or (not taliban_only and doubted_after(self.view, clause[1], self._starts)):
            return True  # "took X, though officials have not confirmed it": the clause after doubts it
        speaker = speaker_clause(self.sentence, self.view, self.clauses, bisect.bisect_left(self._clause_starts, clause[0]))
        return speaker is not None and (told(speaker[0], speaker[1]) or sentence_cues.voiced_by_taliban(clause[0], speaker)
                                        or (not taliban_only and doubted_after(self.view, speaker[1], self._starts)))  # "..., said a lawmaker, though his account could not be confirmed"

    def _confidence(self, trigger: Trigger, start: int, end: int, status: str) -> float:
        """Return the trigger's weight, lowered for a distant trigger or a claim."""
        distance = trigger.start - end if trigger.start >= end else start - trigger.end
        confidence = trigger.weight - (0.15 if distance > 120 else 0.0)
        if status == CLAIMED:
            confidence = min(confidence, 0.7)
        return round(max(0.1, confidence), 2)

    def _sentence_actors(self) -> roles.Actors:
        if self._actors is None:
            self._actors = roles.Actors(self.view)
        return self._actors

    def _sentence_cues(self) -> cues.SentenceCues:
        if self._cues is None:
            self._cues = cues.SentenceCues(self.view, self.sentence)
        return self._cues
