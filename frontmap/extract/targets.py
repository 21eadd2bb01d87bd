"""Targets: the places one sentence's control verbs can be about.

Its named places (minus those that only locate another: "Kahmard in Bamyan"), definite references
("the city", resolved by `references`), and "it" standing for a town named before: the subject or
object of a control verb ("by evening it had fallen", "forces retook it"), or the place an earlier
event happened to ("retook X on Tuesday, two days after it had fallen").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from frontmap.extract import border_sides, compass, district_sweeps, expelled_entrants, fights_given_up, forward_names, fronted_participles, fronted_pronouns, gapped_objects, gapped_subjects, handed_installations, hands_phrases, located_references, origins, own_places, part_pronouns, passive_gerunds, plural_references, references, relative_asides, unsaid_places
from frontmap.extract.area_references import AREA_SPAN, area_objects, area_subjects
from frontmap.extract.dates import ArticleDates
from frontmap.extract.district_words import called_a_district
from frontmap.extract.facility_places import is_facility
from frontmap.extract.facility_pronouns import facility_object
from frontmap.extract.headings import heading_place, inline_heading
from frontmap.extract.headline_nouns import bare_headline_nouns
from frontmap.extract.definite_parts import definite_parts, is_bazaar
from frontmap.extract.reference_choice import is_national_capital, mention_kind
from frontmap.extract.point_antecedents import landmark_over_dateline
from frontmap.extract.seat_references import unnamed_seats
from frontmap.extract.held_there import held_references, past_another_province
from frontmap.extract.sole_districts import sole_district, unnamed_before
from frontmap.extract.text import has_any, text_view
from frontmap.extract.triggers import CAPTURE, HANDOVER, HOLD, LEAVE, LOSE, RETAKE, Trigger

_RURAL = ("district", "carved_district")  # place kinds that are no city
# a new clause: "..., and", "..., but", "; "
_CLAUSE_BREAK = re.compile(r",\s*(?:and|but|while|whereas)\b|;")
# "the districts of Andar and Deh Yak": the names after it are called districts
_DISTRICTS_OF = re.compile(r"\bdistricts?\s+of\s+(?:[\w'’-]+(?:\s+and\s+|\s*,\s*|\s+)){0,6}$", re.IGNORECASE)

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention
    from geodata.gazetteer import Place

_PRONOUN = re.compile(r"\bit\b")
_OBJECT_KINDS = (CAPTURE, RETAKE, HANDOVER, LOSE, LEAVE)
_TOWN_KINDS = ("capital", "capital_district", "town")
# "might isolate the capital and overrun it", "vowed to retake it": no event for the "it"
_MODAL_BEFORE = re.compile(r"\b(?:might|could|would|may|will|can|shall|plan(?:s|ned)?\s+to|vow(?:s|ed)?\s+to|threaten(?:s|ed)?\s+to)\b")
# "the provincial capital Taloqan", "took the capital, Taloqan": an apposition; but a comma that closes a fronted
# phrase ("After the base in the district fell, Khas Uruzgan collapsed") starts the main clause
_SUBORDINATORS = r"after|before|when|as|following|since|despite|during|while|once"
_FRONTED = re.compile(r"\W*(?:" + _SUBORDINATORS + r"|in|with)\b[^,]*$", re.IGNORECASE)
# "said that after militants attacked Gizab, the district centre ...": a subordinate clause the comma closes
_OPENS_CLAUSE = re.compile(r"\b(?:" + _SUBORDINATORS + r")\b[^,]*$", re.IGNORECASE)
_CONTROL_OF = re.compile(r"(?:\s+(?:full\s+|complete\s+)?control)?(?:\s+of)?$")
_PORT_AND = re.compile(r"\s*(?:(?:dry\s+)?port|(?:border\s+)?crossing)?\s*and\s+$")  # "the port of X and the city": X's own town
# ", and reached Kabul", ", and then drove to X": a further predicate coordinated after the reference
_NEXT_PREDICATE = re.compile(r",\s+and\s+(?:then\s+|later\s+|finally\s+|eventually\s+)?(?:[a-z]+ed|went|drove|flew|made|got|came|rode)\b")
_WITH_NEIGHBOUR = re.compile(r"\s+(?:with|into|to)\s+(?:Iran|Pakistan|Tajikistan|Uzbekistan|Turkmenistan|China)\b")  # "the crossing with Iran"
# roles of a name that is no town a sentence is about (a dateline's city is where the report was filed;
# "pulled back toward Khinjan", "50 km from Kabul" only point the way)
_NOT_ABOUT = frozenset({"destination", "institution", "dateline", "reference point", "clock zone"})
_SPOKEN_FOR = "title or affiliation"
# every definite reference ends in one of these nouns: a sentence with none holds no reference to look for
_DEFINITE_NOUNS = ("city", "town", "district", "capital", "province", "crossing", "post", "port", "base", "airfield")


@dataclass(frozen=True)
class Target:
    """A place a sentence speaks of: a mention or a back-reference to one."""

    start: int  # offsets in the sentence
    end: int
    place: Place
    score: float
    anaphor: bool


def sentence_targets(sentence: str, s_start: int, index: int, mentions: list[Mention], triggers: Sequence[Trigger],
                     dates: ArticleDates, antecedents: references.Antecedents, limit: int | None = None) -> list[Target]:
    """Return the places sentence `index` (at `s_start` in the text) speaks of, in this order: its
    named places and definite references, "it" anchored to an earlier event, "it" as a control
    verb's subject or object (`triggers` being the sentence's); only the first `limit` when given
    (a run of names is not read past them)."""
    named = _named_places(sentence, s_start, mentions, limit)
    if limit is not None and len(named) >= limit:
        dates.complement_span(index)  # what the dating would have read here, in the same order
        return named
    anchored = _anchored_pronouns(dates, index, sentence, s_start, mentions)
    taken = {t.start for t in anchored}
    pronouns = [t for t in _pronoun_targets(antecedents, sentence, s_start, index, triggers) if t.start not in taken]
    own = _named_targets(antecedents, sentence, s_start, mentions, named)
    targets = own + anchored + _owned_by_the_reference(sentence, own, pronouns) + _second_subjects(sentence, triggers, named)
    targets += [Target(a, b, m.place, m.score, True) for a, b, m in plural_references.group_places(antecedents, sentence, s_start, index, mentions)]
    if not targets and (heading := heading_place(antecedents, index, triggers)) is not None:
        mention, at = heading  # "- Aug. 7 - SHEBERGHAN. Fighters take control.": the heading's place
        targets = [Target(at, at, mention.place, mention.score, True)]
    elif (ahead := forward_names.named_next(antecedents, index, sentence, triggers, [t.start for t in targets if t.place.kind != "foreign"])):
        targets = [*targets, Target(ahead[1], ahead[1], ahead[0].place, ahead[0].score, True)]  # "seized a border crossing. ... the X crossing"
    elif (inline := inline_heading(sentence, s_start, index, mentions, triggers)) is not None:
        mention, at = inline  # "August 8 – Kunduz: The Taliban take control.": read where the verb's object goes
        targets = [Target(at, at, t.place, t.score, True) if not t.anaphor and t.start == mention.start - s_start else t for t in targets]
    if (unsaid := unsaid_places.unsaid_place(antecedents, sentence, s_start, index, triggers, max((t.end for t in targets), default=0))) is not None:
        targets = [*targets, Target(unsaid[1], unsaid[1], unsaid[0].place, unsaid[0].score, True)]  # "Forces regained control on Wednesday"
    return targets if limit is None else targets[:limit]


def _owned_by_the_reference(sentence: str, own: list[Target], pronouns: list[Target]) -> list[Target]:
    """Return `pronouns`, an "its" that comes after a definite reference of the same sentence, with
    no place named between them, meaning what the reference means ("The city itself held, with
    fighting on its southern outskirts": not a district named in the sentence before)."""
    out = []
    for pronoun in pronouns:
        before = [t for t in own if t.end <= pronoun.start]
        last = max(before, key=lambda t: t.end) if before else None
        if sentence.startswith("its", pronoun.start) and last is not None and last.anaphor and references.DEFINITE.match(sentence, last.start):
            pronoun = Target(pronoun.start, pronoun.end, last.place, last.score, True)
        out.append(pronoun)
    return out


def _second_subjects(sentence: str, triggers: Sequence[Trigger], named: list[Target]) -> list[Target]:
    """Return the named places read again as the unspoken subject of a second verb ("X fell on
    Wednesday but was retaken on Friday"; `gapped_subjects`, `gapped_objects`, `expelled_entrants`, `fights_given_up`; "Since falling on July 12, X has ...": `fronted_participles`)."""
    own = [t for t in named if not t.anaphor]
    if not triggers or not own:
        return []
    view, spans = text_view(sentence), [(t.start, t.end) for t in own]
    pairs = fronted_participles.fronted_subjects(sentence, triggers, spans) + (gapped_subjects.second_subjects(sentence, view, triggers, spans) + gapped_objects.second_objects(view, triggers, spans) + expelled_entrants.expelled_after(view, triggers, spans) + fights_given_up.given_up_after(view, triggers, spans) if len(triggers) > 1 else [])
    return [Target(at, at, own[i].place, own[i].score, True) for i, at in pairs]


def _anchored_pronouns(dates: ArticleDates, index: int, sentence: str, s_start: int, mentions: list[Mention]) -> list[Target]:
    """Return "it" after "two days after" as the town or district named before ("retook Imam Sahib
    on Tuesday, two days after it had fallen"): the earlier event, dated by the shift. A town that
    only locates another ("Zhari district near Kandahar city", "20 km south of X") is not meant."""
    span = dates.complement_span(index) if mentions else None
    if span is None:
        return []
    view = text_view(sentence)
    named = [
        m for i, m in enumerate(mentions)
        if m.end - s_start <= span[0] and m.place.kind != "province" and not references.only_locates(sentence, s_start, mentions, i)
        and not _speaks_for(sentence, m.start - s_start, m.end - s_start)
        and references.any_role(sentence, m.start - s_start, m.end - s_start, view) != "reference point"
    ]
    pronouns = list(_PRONOUN.finditer(sentence, *span))
    if pronouns and (ahead := fronted_pronouns.named_after(mentions, sentence, s_start, pronouns[0].start())):
        named = [ahead]  # "A week after it fell, X was ...": the place named after the clause
    if not named:
        return []
    return [Target(p.start(), p.end(), named[-1].place, named[-1].score, True) for p in pronouns]


def _speaks_for(sentence: str, start: int, end: int) -> bool:
    """Return True when the name at sentence[start:end] only says whom a speaker speaks for
    ("Kunduz officials said", "the governor of Kunduz"): "it" after the speaker is not that place."""
    return references.any_role(sentence, start, end, text_view(sentence)) == _SPOKEN_FOR


def _pronoun_targets(antecedents: references.Antecedents, sentence: str, s_start: int, index: int,
                     triggers: Sequence[Trigger]) -> list[Target]:
    """Return the places "it" stands for where it is the subject of a control verb ("by evening it
    had fallen") or its object ("forces retook it"), and "it" or "there" telling where a hold or a
    fight is (`held_there`), `triggers` being the sentence's."""
    verbs = {t.start for t in triggers} | (in_hands := hands_phrases.in_hands_starts(sentence, triggers))  # "it was in Taliban hands"
    objects = {t.end for t in triggers if _takes_object(t)}
    left_from = {t.end for t in triggers if t.kind == LEAVE and _takes_object(t)}  # "withdrew from it"
    targets = []
    states = {t.start for t in triggers if t.kind == HOLD} | in_hands
    pronouns, gerunds = [m.span() for m in references.PRONOUN.finditer(sentence)], passive_gerunds.passive_gerunds(sentence)  # one scan, for subjects and states; "after being lost"
    subjects = ((start, False) for start, end in [*pronouns, *gerunds] if end in verbs)
    area_states = ((start, False) for start, end in area_subjects(sentence) if end in states or end in verbs)
    governed = (
        (at, True) for at in itertools.chain(references.object_pronouns(sentence), area_objects(sentence))
        if (not objects.isdisjoint(_verb_ends(sentence, at)) or _left_from_end(sentence, at) in left_from) and not _MODAL_BEFORE.search(sentence, max(0, at - 100), at)
    )
    seats = set(part_pronouns.bare_seat_pronouns(sentence, triggers))  # "overran its centre": a district's seat, kept below for districts only
    parts = ((at, False) for at in sorted(seats.union(part_pronouns.part_pronouns(sentence, triggers)))  # "pushed into its western neighbourhoods"
             if not _MODAL_BEFORE.search(sentence, max(0, at - 100), at))
    held_at = set(held_references(sentence, triggers))
    held = ((at, False) for at in sorted(held_at))  # "troops remained in control there"
    pronoun_states = {start for start, end in pronouns if end in states}
    for at, is_object in itertools.chain(subjects, area_states, governed, held, parts):
        antecedent = (not is_object and fronted_pronouns.named_after(antecedents.mentions_of(index), sentence, s_start, at)) or references.resolve_pronoun(antecedents, index, s_start + at, is_object)
        if antecedent is None and (at in pronoun_states or sentence.startswith(("the area", "The area"), at)) and not is_object and not unnamed_before(sentence, at):
            antecedent = sole_district(antecedents, index)  # "because it is under Taliban control", sentences on
        if antecedent is not None and ((at in held_at and past_another_province(antecedents, index, s_start + at, antecedent)) or (at in seats and mention_kind(antecedent) not in _RURAL)
                                       or (is_object and antecedent.sentence_index == index and facility_object(sentence, antecedent.start - s_start, at))):
            continue  # "a checkpoint in X ... captured it": the checkpoint
        if antecedent is not None:
            span = AREA_SPAN if sentence.startswith(("the area", "The area"), at) else passive_gerunds.subject_span(sentence, at) if any(at == g for g, _ in gerunds) else 2
            targets.append(Target(at, at + span, antecedent.place, antecedent.score, True))
    return targets + _town_part_targets(antecedents, sentence, s_start, index, triggers)


def _town_part_targets(antecedents: references.Antecedents, sentence: str, s_start: int, index: int,
                       triggers: Sequence[Trigger]) -> list[Target]:
    """Return the town a fight at "the airport" or "the outskirts" (`definite_parts`) is in: a town
    or capital named before it in the same sentence ("X held on, though fighting went on near the
    airport"); a rural district's airport is some town's, its bazaar its own."""
    targets = []
    for at in definite_parts(sentence, triggers):
        if _MODAL_BEFORE.search(sentence, max(0, at - 100), at):
            continue
        antecedent = references.resolve_pronoun(antecedents, index, s_start + at)
        if antecedent is not None and (mention_kind(antecedent) in _TOWN_KINDS or (mention_kind(antecedent) in _RURAL and is_bazaar(sentence, at))) and antecedent.sentence_index == index:
            targets.append(Target(at, at + 2, antecedent.place, antecedent.score, True))
    return targets


def _takes_object(trigger: Trigger) -> bool:
    """Return True for a control verb whose object "it" can be a place ("retook it", "abandoned it";
    not "left it", which so often leaves a thing or a matter)."""
    if trigger.nominal or trigger.kind not in _OBJECT_KINDS:
        return False
    return not trigger.text.lower().startswith(("left", "leav", "fle"))


def _verb_ends(sentence: str, position: int) -> tuple[int, int]:
    """Return where the verb governing "it" at `position` may end ("retook it", "took control of it",
    "regained control of it")."""
    before = sentence[:position].rstrip()
    return len(before[:-3].rstrip()) if before.endswith(" of") else len(before), _CONTROL_OF.search(before).start()


def _left_from_end(sentence: str, position: int) -> int:
    """Return where a leaving verb before "from it" at `position` would end ("pulled back from it",
    "withdrew from it"), or -1 when no "from" comes right before it."""
    before = sentence[:position].rstrip()
    return len(before[:-5].rstrip()) if before.endswith(" from") else -1


def _named_places(sentence: str, s_start: int, mentions: list[Mention], limit: int | None = None) -> list[Target]:
    """Return the sentence's mentions that are no mere locators, as targets (the first `limit` when given)."""
    targets = []
    sided = "side" in sentence  # what `_names_a_side` reads: without it, no name there says whose side
    for i, m in enumerate(mentions):
        if not references.only_locates(sentence, s_start, mentions, i) and not (sided and _names_a_side(sentence, s_start, m)):
            targets.append(Target(m.start - s_start, m.end - s_start, m.place, m.score, False))
            if len(targets) == limit:
                break
    return targets


def _names_it(sentence: str, end: int, m_start: int) -> bool:
    """Return True when the name starting at `m_start` stands inside a definite reference ending
    at `end` or right after it as its apposition."""
    if m_start < end or sentence[end:m_start] == " ":
        return True
    return sentence[end:m_start] == ", " and _FRONTED.match(sentence, 0, end) is None


def _apposed_to(sentence: str, start: int, m_end: int) -> bool:
    """Return True when a definite reference starting at `start` is the apposition of the name
    ending at `m_end` ("Qalat, the provincial capital city"), not the subject of a main clause
    after a subordinate one ("After days of fighting in Imam Sahib, the city fell")."""
    return sentence[m_end:start] == ", " and _OPENS_CLAUSE.search(sentence, 0, m_end) is None


def _background_after(sentence: str, s_start: int, mentions: list[Mention], at: int) -> set[str]:
    """Return the keys of the places first named after `at` in a backward-looking phrase ("entered the
    city hours after the fall of Jalalabad, the capital of Nangarhar"): the story's background, not
    the city the reference before them means."""
    first: dict[str, Mention] = {}
    for mention in mentions:
        first.setdefault(mention.place.key, mention)
    return {key for key, m in first.items() if m.start - s_start >= at and references.in_background(sentence, 0, m.start - s_start)}


def _described_after(sentence: str, s_start: int, mentions: list[Mention], at: int) -> set[str]:
    """Return the keys of the places named inside a relative clause set off by commas right after
    `at` ("The district, which lies on the road from Kunduz city, fell"): the clause describes what
    the reference means, so they are not the town it means."""
    span = relative_asides.aside_span(sentence, at)
    if span is None:
        return set()
    return {m.place.key for m in mentions if span[0] <= m.start - s_start < span[1]}


def _coordinated_after(sentence: str, s_start: int, mentions: list[Mention], at: int) -> set[str]:
    """Return the keys of the places named in a predicate coordinated after `at` ("left on Friday,
    hours after the Taliban seized the city, and reached Kabul on Sunday"): another clause's place,
    not the town a reference before it means."""
    found = _NEXT_PREDICATE.search(sentence, at)
    if found is None:
        return set()
    return {m.place.key for m in mentions if m.start - s_start >= found.end()}


def _towns_named(sentence: str, s_start: int, mentions: list[Mention]) -> dict[str, str]:
    """Return {place key: province code} of the towns and districts `sentence` is about.

    "The latest city to fall was Taloqan": in a sentence that names its own town or district, "the
    city" can only mean a place named in that sentence, not one named earlier. A destination or an
    institution ("the governor left for Kabul") is no town the sentence is about, nor is a facility
    ("shelled Kandahar airport, but the city ...": `facility_places`), nor a place named as a
    title or a speaker's seat ("said a lawmaker from Kabul", "Kandahar officials said the district
    held", "the Balkh governor's office denied it, saying troops held the district"), nor a place troops only came from ("commandos flown in
    from Mazar-i-Sharif took the district back"), nor a landmark or direction ("the district had
    fallen and the police pulled back toward Khinjan"). A reference may still mean such a place: it is
    resolved among the places named before it ("a Kunduz lawmaker said the city had fallen")."""
    view = text_view(sentence)
    towns = [m for m in mentions if m.place.kind != "province" and not is_facility(m.place)]  # the roles of these alone matter
    roles = {id(m): references.any_role(sentence, m.start - s_start, m.end - s_start, view) for m in towns}
    return {m.place.key: m.place.province_code for m in towns
            if roles[id(m)] not in _NOT_ABOUT and roles[id(m)] != _SPOKEN_FOR
            and not origins.is_origin(view, m.start - s_start, sentence, m.end - s_start)}


def _named_targets(antecedents: references.Antecedents, sentence: str, s_start: int, mentions: list[Mention],
                   named: list[Target] | None = None) -> list[Target]:
    """Return the places `sentence` speaks of: its mentions (minus mere locators; `named` when
    already listed by `_named_places`) and definite references."""
    targets = _named_places(sentence, s_start, mentions) if named is None else list(named)
    named_here = None
    for match in references.DEFINITE.finditer(sentence) if has_any(sentence, _DEFINITE_NOUNS) else ():
        start, end = match.span()
        if any(start < m.end - s_start and _names_it(sentence, end, m.start - s_start) for m in mentions):
            continue  # a name inside it or right after it ("the provincial capital Taloqan") is what it means
        if any(m.place.kind != "province" and _apposed_to(sentence, start, m.end - s_start) for m in mentions):
            continue  # it only describes the name right before it ("left for Qalat, the provincial capital")
        if any(m.place.kind == "crossing" and _PORT_AND.fullmatch(sentence, m.end - s_start, start) for m in mentions):
            continue  # "took the port of Sher Khan and the city": the port's own town, no capital named before
        named_here = _towns_named(sentence, s_start, mentions) if named_here is None else named_here
        modifier = match.group("modifier")  # "the northern city" cannot mean Kabul, named here or before
        behind = _background_after(sentence, s_start, mentions, end) | _described_after(sentence, s_start, mentions, end) | _coordinated_after(sentence, s_start, mentions, end)
        here = {key for key, code in named_here.items() if compass.fits(modifier, code) and key not in behind and key not in _not_cities(match, sentence, s_start, mentions)}
        here = _cities_only(here, mentions) if sentence.startswith(" itself", end) else here  # "X, Y and the city itself": the city set against districts
        noun = "crossing with" if match.group("noun") == "crossing" and _WITH_NEIGHBOUR.match(sentence, end) else match.group("noun")
        noun = "town" if noun == "township" else noun  # "the township": a town, as the text called it
        antecedent = landmark_over_dateline(antecedents.resolve(s_start + start, noun, modifier=modifier), sentence, s_start, mentions, start, noun)
        if antecedent is not None and ((modifier == "provincial" and is_national_capital(antecedent.place)) or antecedent.place.key in located_references.landmarks_after(sentence, s_start, mentions, end)):
            antecedent = None  # "the provincial capital" never means Kabul, not even a report's Kabul dateline; "the city near Kabul" is not Kabul
        if antecedent is not None and (not here or antecedent.place.key in here):
            targets.append(Target(start, end, antecedent.place, antecedent.score, True))
    targets += [Target(start, end, m.place, m.score, True) for start, end, m in bare_headline_nouns(antecedents, sentence, s_start)]
    targets += [Target(start, end, m.place, m.score, True) for start, end, m in own_places.own_places(antecedents, sentence, s_start)]  # '"Our district fell," said an elder from X'
    towns_named = lambda: any(t.place.kind != "province" and references.any_role(sentence, t.start, t.end, None) not in _NOT_ABOUT for t in targets)
    targets += [Target(start, end, m.place, m.score, True) for start, end, m in (*unnamed_seats(antecedents, sentence, s_start, towns_named), *handed_installations.handed_installations(sentence, s_start, mentions))]  # "the governor's office" alone; "in X before all the offices were handed over"
    return targets + _side_targets(antecedents, sentence, s_start, mentions) + _sweep_targets(antecedents, sentence, s_start, mentions)


def _cities_only(keys: set[str], mentions: list[Mention]) -> set[str]:
    """Return those of `keys` that are towns or capitals (not rural districts) among `mentions`."""
    return {m.place.key for m in mentions if m.place.key in keys and m.place.kind not in _RURAL}


def _not_cities(match: re.Match[str], sentence: str, s_start: int, mentions: list[Mention]) -> set[str]:
    """Return the keys of the places the sentence calls districts ("Andar district", "the districts
    of Andar and Deh Yak") in a clause before the one of `match`, "the city" or "the capital": such
    a district is no city the reference could mean ("seized Andar district, and entered the
    outskirts of the city": the city named before; not "Guzara district, home to the city's airport")."""
    if match.group("noun") not in ("city", "capital"):
        return set()
    return {m.place.key for m in mentions if m.place.kind in _RURAL and not m.capital and m.end - s_start <= match.start()
            and _CLAUSE_BREAK.search(sentence, m.end - s_start, match.start()) and (
        m.surface.lower().endswith("district") or called_a_district(sentence, m.start - s_start, m.end - s_start) or _DISTRICTS_OF.search(sentence, max(0, m.start - s_start - 80), m.start - s_start))}


def _side_targets(antecedents: references.Antecedents, sentence: str, s_start: int, mentions: list[Mention]) -> list[Target]:
    """Return the crossings `sentence` speaks of as the Afghan side of a border ("took control of
    the Afghan side of the border" after naming Torkham) or as a province's side of one ("the
    Kandahar side of the Chaman crossing")."""
    targets = []
    for start, end in border_sides.side_references(sentence):
        inside = [m for m in mentions if start <= m.start - s_start < end]  # "the Afghan side of the Hairatan bridge"
        meant = inside[0] if inside else antecedents.resolve(s_start + start, "crossing")
        if meant is not None:
            targets.append(Target(start, end, meant.place, meant.score, not inside))
    for m in mentions if "side" in sentence else ():  # "the Kandahar side of the Chaman crossing", "... of the border" after naming it
        end = _names_a_side(sentence, s_start, m)
        inside = [n for n in mentions if m.end <= n.start < s_start + end] if end else []
        meant = inside[0] if inside else antecedents.resolve(m.start, "crossing") if end else None
        if meant is not None:
            targets.append(Target(m.start - s_start, end, meant.place, meant.score, not inside))
    return targets


def _names_a_side(sentence: str, s_start: int, mention: Mention) -> int | None:
    """Return where "side of the ... crossing" ends when `mention` only says whose side of a
    crossing is meant ("the Kandahar side of the Chaman crossing"), else None."""
    if mention.place.kind == "crossing":
        return None
    return border_sides.place_side(sentence, mention.end - s_start)



def _sweep_targets(antecedents: references.Antecedents, sentence: str, s_start: int, mentions: list[Mention]) -> list[Target]:
    """Return the province an unnamed sweep ("By Sunday all the districts had fallen") stands for:
    the province named before, when the sentence names no place and no district of it was named
    before (those are the districts meant)."""
    targets = []
    for start, end in district_sweeps.sweep_spans(sentence) if not mentions else ():
        province = antecedents.resolve(s_start + start, "province")
        district = antecedents.resolve(s_start + start, "district")
        if province is not None and (district is None or district.place.province_code != province.place.province_code):
            targets.append(Target(start, end, province.place, province.score, True))
    return targets
