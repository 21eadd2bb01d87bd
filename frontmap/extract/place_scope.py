"""Place scope for the events: which role a target plays, beyond its own words, and what a sweep's
exception or a province-named district makes of it (the rules are in `frontmap.extract.spatial`).

- A city named like its province and set before a clause as where it happens ("In Kandahar, the
  Taliban seized Arghandab") is the province that locates the district the clause names.
- A definite reference in apposition to a name ("proximity to Kandahar city, the provincial
  capital") names the same place in the same role: a landmark stays a landmark, and a place the
  name already tells of is not read twice ("most parts of X, the provincial capital, have fallen").
- The place a sweep leaves out ("every district except the capital has fallen") is held, unless
  the sentence tells something else of it ("every city except Kabul, and by evening fighters had
  entered the capital's outskirts": the fighting, not a held city).
- A place taken only in part by its own possessive ("seized the city's entrance", "captured
  Kunduz's outskirts"), or a city of which some of its own districts are taken ("nine Lashkar Gah
  districts"), is fought over, not taken.
- A city named like its province, written as the province of a district ("a key Kandahar
  district"; a headline "Ghazni district falls", over a report on another Ghazni district or on
  none named), is no event of the city.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from frontmap.extract import border_objects, border_site_provinces, city_districts, city_wards, claimed_sites, district_sweeps, isolation_aims, references, row_columns
from frontmap.extract.capital_actors import stands_for_government
from frontmap.extract.capital_phrases import names_capitals_listed
from frontmap.extract.count_locatives import locates_counted_units
from frontmap.extract.departures import left_for_elsewhere
from frontmap.extract.cleared_parts import back_to_its_edge
from frontmap.extract.destination_events import destination_tells_own_event, holder_told_after
from frontmap.extract.district_words import called_a_district
from frontmap.extract.fight_modifiers import names_its_towns_fight
from frontmap.extract.facility_modifiers import names_a_facility_of_it, owns_frontier
from frontmap.extract.province_operations import operation_located
from frontmap.extract.memo import per_article
from frontmap.extract.since_background import in_background_after, in_background_since
from frontmap.extract.speaking_places import speaker_seat, spoken_in
from frontmap.extract.spatial import counts_districts_of_it, held_when_excepted, locates_a_site, may_except, names_a_district_of_it
from frontmap.extract.use_asides import in_use_aside
from frontmap.status import CLAIMED, CONTESTED, GOVERNMENT, TALIBAN

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention
    from frontmap.extract.rules import Verdict
    from frontmap.extract.targets import Target
    from geodata.gazetteer import Place

__all__ = [
    "called_a_city", "held_when_excepted", "only_a_part_taken", "listed_as_provinces", "overruled_exceptions_dropped", "role",
    "stands_for_its_province",
]

# "the provinces of X and Y", "the most important provinces of the country, X, Y and Z", "three provinces: X, Y and Z";
# examples given of provinces too: "six provinces, including X and Y", "provinces such as X", "other provinces like X"
# ("namely" may list the capitals of the provinces just counted, so it is left out)
_PROVINCES_OF_BEFORE = re.compile(
    r"\b[Pp]rovinces\s*(?:of\s+(?:the\s+)?(?:(?:country|nation|region|south|north|east|west|afghanistan)\s*[,:]\s*)?|[,:]\s*"
    r"|,?\s*(?:including|such\s+as|like|notably|especially|particularly|among\s+them)\s+(?:in\s+)?)"
    r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$"
)
# "the city of Kunduz", "the capitals (or centres) of Ghazni and Herat provinces": the city, whatever follows
_CITY_WORDS = re.compile(r"\b(?:city|town|capital|provincial\s+cent(?:re|er))\b")
_CITY_BEFORE = re.compile(r"\b(?:city|town|capital)\s+of\s+(?:the\s+)?$")  # lists of capitals: `capital_phrases`
# "Kandahar and Helmand, the southern Pashto-speaking provinces": the names of a list called provinces
_LISTED_AS_PROVINCES = re.compile(
    # an aside after the first name is skipped, unless it calls the place a town ("X - the movement's birthplace - as well as Y and Z provinces")
    r"(?:\s*(?:,|\s[-–—])\s+(?:the|a|an)\s+(?![^,;–—()]*?\b(?:capital|city|town|seat|hub)\b)[^,;–—()]{1,60}?(?:,|\s[-–—])(?=\s+as\s+well\s+as\s))?"
    r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)*\s*(?:,\s*)?(?:the\s+)?"
    r"(?:[\w’'-]+\s+){0,3}provinces\b"
)

# "X, the provincial capital", "X, the capital of Logar province": the same place named twice
_APPOSITION_GAP = re.compile(
    r"\s*,\s*(?:(?:the\s+)?(?:provincial\s+)?(?:capital(?:\s+city)?|main\s+city|hub|seat)\s+of\s+(?:the\s+)?(?:afghanistan['’]s\s+)?"
    r"(?:(?:north|south|east|west|central)\w*\s+)?(?:afghan\s+)?(?:province\s+of\s+)?)?$",  # "X, capital city of Y", "X, the hub of the northern province of Y"
    re.IGNORECASE,
)
_FRONTED_IN = re.compile(r"(?:^|[.;:]\s*|,\s*|[-–—]\s*)\s*[Ii]n\s+(?:the\s+)?(?:(?:north|south|east|west)\w*\s+|(?:neighbou?ring|nearby|adjacent|restive)\s+)?$")
_COMMA_AFTER = re.compile(r"(?:\s+province)?\s*,")
# "remote Mandol district", "neighbouring Imam Sahib district": an adjective of the district itself
_DESCRIBED_BEFORE = re.compile(r"\b(?:key|strategic|remote|restive|major|important|northern|southern|eastern|western|central|neighbou?ring|nearby)\s+$", re.IGNORECASE)
_ONE_DISTRICT_AFTER = re.compile(r"\s+district\b(?!s)", re.IGNORECASE)
# "the city's entrance", "Kunduz's outskirts", "Herat's western suburbs": a part named by its place's possessive
# or by its name before the part ("Arghandab villages")
_POSSESSED_PART_AFTER = re.compile(
    r"['’]s?\s+(?:(?:main|northern|southern|eastern|western|north|south|east|west|outer|several|some|many)\s+){0,2}"
    r"(?:entrances?|gates?|outskirts|suburbs?|edges?|fringes?|outer\s+districts|neighbou?rhoods?|parts?|checkpoints?|outposts?"
    r"|airport|prison|jail|police\s+headquarters|bazaar|market|tv|television|radio|bridge|hospital|university|stadium|villages?)\b"
    # "seized Arghandab villages", "in the Kunduz outskirts": the place's name qualifying its parts
    r"|\s+(?:(?:outlying|border|nearby|several)\s+)?(?:villages|outskirts|suburbs)\b",
    re.IGNORECASE,
)

# "had mostly overrun X", "X was partly captured": the verb's own adverb of extent, nothing between
_IN_PART_BEFORE = re.compile(r"\b(?:mostly|largely|partly|partially|half)\s+(?:(?:been|be)\s+)?$", re.IGNORECASE)


def _described_district(sentence: str, start: int, end: int) -> bool:
    """Return True when an adjective, no count, stands before the place and one "district" after
    it ("seized remote Mandol district", "neighbouring Imam Sahib district"): the district itself,
    described, not one of a city's own districts ("nine Lashkar Gah districts")."""
    if _DESCRIBED_BEFORE.search(sentence, max(0, start - 30), start) is None:
        return False
    return sentence[start:end].lower().endswith(" district") or _ONE_DISTRICT_AFTER.match(sentence, end) is not None


def only_a_part_taken(sentence: str, target: Target, verdict: Verdict | None, mentions: Sequence[Mention]) -> Verdict | None:
    """Return the verdict on `target`: a capture of a part of it named by its possessive ("seized
    the city's entrance"), or of some of a city's own districts ("nine Lashkar Gah districts", for
    a city not named like its province), or of a district the boundaries lack inside the polygon
    of a provincial capital (one of the sentence's `mentions`), or of a frontier site in a province,
    is fighting there, so contested;
    an unnamed sweep of a province's districts as `district_sweeps` reads it; else unchanged."""
    if target.anaphor and target.place.kind == "province" and district_sweeps.is_sweep(sentence, target.start):
        return district_sweeps.sweep_verdict(verdict)
    if verdict is None or verdict.status not in (TALIBAN, CLAIMED):
        return verdict
    place = target.place
    # only a city has districts of its own: "another Kushk district" is a rural district itself, told again
    its_districts = place.kind != "province" and place.name.lower() != place.province.lower() and counts_districts_of_it(
        sentence, target.start, target.end
    ) and not _described_district(sentence, target.start, target.end) and any(m.capital and m.place.key == place.key for m in mentions)
    ward = place.kind != "province" and city_wards.ward_of_city(sentence, target.start, target.end)
    counted = its_districts or city_districts.own_district_count(sentence, target) is not None  # "all but one district of X"
    carved = verdict.status == TALIBAN and _carved_from_a_capital(target, mentions)  # a claim of it stays a claim
    if verdict.status == CLAIMED and not (counted or ward) and claimed_sites.owned_site_after(sentence, target.end):
        return verdict  # "the Taliban said they took X's airport": their claim (`claimed_sites`)
    # "seized a crossing in Herat province", "the border post in Kunduz", "the customs post in Kohsan district": a site
    # in the province or district, not the whole (a crossing town's own post is the town: "the customs port in Torghundi")
    site = (place.kind == "province" or place.name.lower() == place.province.lower() or sentence[target.start : target.end].lower().endswith(" district")
            or called_a_district(sentence, target.start, target.end)) and border_site_provinces.site_in(sentence, target.start)
    if counted or ward or carved or site or _POSSESSED_PART_AFTER.match(sentence, target.end, target.end + 60) or _taken_in_part(sentence, verdict):
        return dataclasses.replace(verdict, status=CONTESTED)
    return verdict


def _taken_in_part(sentence: str, verdict: Verdict) -> bool:
    """Return True when an adverb of extent right before the verb takes only some of the place
    ("had mostly overrun X", "X was partly captured"), as "most of X" does."""
    return _IN_PART_BEFORE.search(sentence, max(0, verdict.trigger_start - 30), verdict.trigger_start) is not None


def _carved_from_a_capital(target: Target, mentions: Sequence[Mention]) -> bool:
    """Return True when `target` is a district carved from the polygon that holds a provincial
    capital (Laghman's Badpakh in Mehtarlam's): its fall leaves the rest of the polygon, the
    capital with it, to be fought over, not taken."""
    return target.place.kind == "carved_district" and any(m.capital and m.place.key == target.place.key for m in mentions)


@per_article  # asked for each place by its province test, its role and the province events
def called_a_city(s_view: str, start: int, end: int, sentence: str | None = None) -> bool:
    """Return True when the text calls the place at [start, end) a city ("Kunduz city", "the city of
    Kunduz", "the capitals of Ghazni and Herat"), or, given the `sentence` itself, a district
    (`district_words.called_a_district`): not the province; `s_view` is the sentence's lower-case view."""
    if sentence is not None and called_a_district(sentence, start, end):
        return True
    if _CITY_WORDS.search(s_view, start, end):
        return True  # the reference itself: "the city", "the provincial capital"
    return (s_view[end : end + 6].strip().startswith("city") or bool(_CITY_BEFORE.search(s_view, max(0, start - 30), start))
            or names_capitals_listed(s_view, start, end)
            or (sentence is not None and names_capitals_listed(sentence, start, end)))  # the view blanks the dash: "capitals -- X"


def listed_as_provinces(sentence: str, start: int, end: int) -> bool:
    """Return True when the name at [start, end) is in a list the text calls provinces ("in
    Kandahar and Helmand, the southern provinces", "the provinces of Kandahar and Helmand"), or named
    as where frontier sites lie ("took crossings in Herat and Kunduz": the provinces, not their capitals)."""
    return bool(_LISTED_AS_PROVINCES.match(sentence, end, end + 120) or _PROVINCES_OF_BEFORE.search(sentence, max(0, start - 120), start)
                or border_site_provinces.site_in(sentence, start))


def role(sentence: str, s_start: int, s_view: str, target: Target, mentions: Sequence[Mention], judged: bool) -> str | None:
    """Return why `target` (of the sentence at `s_start`) is no event place ("reference point",
    "exception", "locator", ...), or None. Only a `judged` target (one a verb speaks of) is looked
    at, or any in a sentence that may leave a place out of a sweep."""
    if not judged and not may_except(s_view):
        return None
    found = references.any_role(sentence, target.start, target.end, s_view)
    if found in ("destination", "arrival") and (destination_tells_own_event(sentence, target.end) or back_to_its_edge(sentence, target.start)) or (found == "origin" and holder_told_after(sentence, target.end)):
        found = None  # "fell back to X, which the Taliban then overran"; "pushed them back to the outskirts of X"; "attacks from X, which is under government control": X's own event
    if found is None:
        found = _role_of_apposed_name(sentence, s_start, s_view, target, mentions)
    if found is None and not target.anaphor and _fronted_province(sentence, s_start, target, mentions):
        found = "locator"
    if found is None and target.place.kind == "province" and names_a_facility_of_it(sentence, target.end):
        found = "locator"  # "Taliban seize Helmand army base", "the province's central prison": where it lies
    if found is None and not target.anaphor and owns_frontier(target.place, sentence, target.end):
        found = "locator"  # "the Kunduz border post of Shir Khan Bandar", "all of Herat's crossings": the province's frontier, not its capital
    if found is None and _read_as_province(sentence, s_view, target) and not target.anaphor and operation_located(sentence, s_view, target.start, target.end):
        found = "locator"  # "killed 18 militants in a raid in Baghlan province": where, not what was fought over
    if found is None and target.place.kind == "province" and left_for_elsewhere(sentence, target.start, target.end):
        found = "origin"  # "abandoned the province of X for Tajikistan": people on the move
    if found is None and not target.anaphor and "|" in sentence and row_columns.heads_the_note(sentence, target.start, target.end):
        found = "heading"  # "14 July 2021 | Kandahar | X | Taliban took the district": the note's "the district" tells it
    if found is None and not target.anaphor and spoken_in(sentence, target.start):
        found = "reference point"  # "told a news conference in Kabul that ...": where the words were said
    if found is None and not target.anaphor and speaker_seat(sentence, target.start, target.end):
        found = "reference point"  # "the defence ministry in Kabul said ...": the speakers' seat
    if found is None and not target.anaphor and stands_for_government(sentence, target.start, target.end, target.place.province_code, target.place.name):
        found = "actor"  # "Kabul repelled the attacks", "a claim refuted by Kabul": the government, not the city
    if found is None and _as_province(target.place) and locates_a_site(sentence, target.start):
        found = "reference point"  # "the crossing port, also in Herat": the province the site lies in
    if found is None and _as_province(target.place) and not target.anaphor and locates_counted_units(sentence, target.start):
        found = "locator"  # "six districts fell in X, Y and Z provinces": where the count lies
    if found is None and judged and "since" in s_view and in_background_since(sentence, target.start, target.end):
        found = "background"  # "the first protest since Kabul was captured": a known change, no news
    if found is None and judged and not _named_again(sentence, target) and ("after" in s_view or "following" in s_view) and in_background_after(sentence, target.start, target.end):
        found = "background"  # "thousands fled after Kunduz fell": an earlier change on a day not told (not "after they took the city": the story's own place)
    if found is None and judged and not target.anaphor and border_objects.boundary_not_crossing(sentence, target):
        found = "locator"  # "seized the border of Kandahar province": a boundary, not a crossing
    if found is None and judged and isolation_aims.aimed_from_afar(sentence, target.start):
        found = "purpose"  # "fighting to cut off larger towns, such as X": the strategy's aim
    if found is None and judged and in_use_aside(sentence, target.start, target.end):
        found = "purpose"  # "Nerkh, long used by militants to launch attacks on Kabul, fell": the attacks' aim
    if found is None and judged and "so " in s_view and _FORETOLD_ALIKE.search(s_view, max(0, target.start - 30), target.start):
        found = "purpose"  # "X is surrounded and will fall soon, and so will Y": Y's fall is foretold, no event
    return found


# "..., so will Y", "and so could Y": the elliptical clause repeats a verb of the future or of what may be
_FORETOLD_ALIKE = re.compile(r"\bso +(?:will|would|could|might|may|shall|is +likely +to) +(?:the +)?(?:city +of +|town +of +)?$")


def _named_again(sentence: str, target: Target) -> bool:
    """Return True when the target is a definite noun ("the city", "the provincial capital"), not a
    name or a pronoun: the story's own place, named before, whose change is news even in an "after"
    clause ("The Taliban stormed X on Thursday. The governor fled after they took the city")."""
    return target.anaphor and sentence[target.start : target.end].lower().startswith("the ")


def _as_province(place: Place) -> bool:
    """Return True for a province or a city named like its province (which may stand for it)."""
    return place.kind == "province" or place.name.lower() == place.province.lower()


def _read_as_province(sentence: str, s_view: str, target: Target) -> bool:
    """Return True for a province, or a city named like its province, not called a city, in a list
    ("airstrikes in Herat, Balkh and Kunduz provinces", "an airstrike in Laghman, Ghazni, Paktika")."""
    if target.place.kind == "province":
        return True
    if not _as_province(target.place) or called_a_city(s_view, target.start, target.end, sentence):
        return False
    # one of a comma list (a city alone, "airstrikes in Kunduz", may be the city itself)
    before, after = sentence[max(0, target.start - 3) : target.start].rstrip(), sentence[target.end : target.end + 3].lstrip()
    return listed_as_provinces(sentence, target.start, target.end) or before.endswith(",") or after.startswith(",")


def _fronted_province(sentence: str, s_start: int, target: Target, mentions: Sequence[Mention]) -> bool:
    """Return True for "In Kandahar, the Taliban seized Arghandab": a city named like its province,
    set before the clause as where it happens, while the sentence names a district of the province."""
    place = target.place
    if place.name.lower() != place.province.lower() or not _FRONTED_IN.search(sentence, 0, target.start):
        return False
    if not _COMMA_AFTER.match(sentence, target.end):
        return False
    return any(
        m.place.province_code == place.province_code and m.place.kind == "district" and m.place.key != place.key
        and m.start - s_start > target.end
        for m in mentions
    )


def _role_of_apposed_name(sentence: str, s_start: int, s_view: str, target: Target, mentions: Sequence[Mention]) -> str | None:
    """Return, for a definite reference or a name in apposition to a name of the same place ("X,
    the provincial capital", "X, the capital of Y province"), the first name's role, else "apposition" (the name tells the event: "most parts of X, the provincial
    capital, have fallen" is read once, on X); None without such a name."""
    for mention in mentions:
        start, end = mention.start - s_start, mention.end - s_start
        if mention.place.key == target.place.key and end <= target.start and _APPOSITION_GAP.match(sentence, end, target.start):
            return references.any_role(sentence, start, end, s_view) or "apposition"
        # a district restated as its town ("15 km from Chaghcharan, the capital of Ghor": the town Feroz Koh) takes
        # the district's role only: with none, a clause after the apposition may still be the town's own
        if (mention.place.district_id is not None and mention.place.district_id == target.place.district_id and end <= target.start
                and _APPOSITION_GAP.match(sentence, end, target.start) and (found := references.any_role(sentence, start, end, s_view))):
            return found
    return None


def overruled_exceptions_dropped(drafts: list, excepted: set[str]) -> list:
    """Return one sentence's drafts (each with a unit `key` and a `status`) without the government
    control a sweep's exception implies for a unit in `excepted` when the sentence tells
    something else of that unit."""
    if not excepted:
        return drafts
    told = {d.key for d in drafts if d.status != GOVERNMENT}
    return [d for d in drafts if not (d.key in excepted and d.key in told and d.status == GOVERNMENT)]


def stands_for_its_province(sentence: str, target: Target, in_headline: bool, by_sentence: Mapping[int, list[Mention]], index: int = -9) -> bool:
    """Return True when the target, a province or a city named like its province, is written as the
    province of a district (`spatial.names_a_district_of_it`); `in_headline` lets a provincial capital,
    or the other districts and towns of the province the report names (`by_sentence`: its mentions
    by sentence), count for the city; a province modifying a fight beside its town, in sentence
    `index` (`fight_modifiers`), is its town's fight."""
    place = target.place
    if place.kind == "province" and names_its_towns_fight(sentence, target, by_sentence, index):
        return True  # "Fighting in Maimana ... the Faryab clashes": the town's fight
    if place.kind == "province":  # "a Helmand district", a headline's "Helmand district falls": no district is named so
        return names_a_district_of_it(sentence, target.start, target.end, in_headline)
    if place.name.lower() != place.province.lower():
        return False
    # a headline's "Kandahar district" is a district of the province, not the capital (a district
    # named like its province, Balkh, may be that one only when the report names another); the
    # report's names are walked only for the headline (a long report has many)
    over_district = in_headline and any(
        (m.place.key == place.key and m.capital) or (m.place.province_code == place.province_code
                                                    and m.place.kind != "province" and m.place.district_id != place.district_id)
        for mentions in by_sentence.values() for m in mentions
    )
    return names_a_district_of_it(sentence, target.start, target.end, over_district)
