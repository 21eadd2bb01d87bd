"""References: which place a sentence is about, beyond the names it writes.

- Definite references ("the city", "the provincial capital", "the district", "the town") point back
  to the nearest preceding named place of their kind: a provincial capital for "the provincial
  capital", a district for "the district", a capital or town for "the city". A place named only
  as a distance landmark ("60 km south of Kabul"), a destination ("fled to Kabul"; the town of a site at its edge, "the
  airport outside X", only when no other is at hand) or an institution ("a Kabul-based newspaper") is never what "the
  city" means, nor a place named only as an earlier capture ("a day after taking X") while another is at hand, nor one
  named before an unnamed place the text introduces ("retook a border crossing ... still held the
  town": the crossing, not the dateline's Kabul; "took another provincial capital ... the city's
  fall"). "It" as the subject of a control verb ("by evening it had fallen") means the last town or
  district named in its sentence or the one before, never the dateline's city. No caption is one.
- Spatial and institutional roles: a place named as a destination, an institution ("the Kabul
  government", "Kabul airport" in a sentence about flights, "X-based"), a point on a route ("the
  highway from Pul-e Khumri to Mazar-i-Sharif"), where a statement was made ("said on Monday in
  Kabul"), or as the dateline of a report ("KUNDUZ, June 30 -", "In Kabul, the capital, officials
  said ...") is not the place an event happens in (`rules.place_role_blocks` adds landmarks, titles).
- "The provincial capital" with no capital named before it is read by `unnamed_capitals`; "the
  district" a paragraph after a look back at another district, by `topic_districts`; after a
  district named only on the side (a destination, an "after" clause, a plan), by `side_districts`.
- Scope: a place named right after another place of its province ("Malistan in Ghazni",
  "Guzara in Herat", "Enjil district of Herat province", "Lashkar Gah, Helmand") only locates the
  first; "Ghazni's Andar district" likewise.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from frontmap.extract import apposed_kinds, appositive_roles, capital_actors, caption_lines, clock_times, compass, dateline_elsewhere, framed_provinces, governed_provinces, homecomings, institutions, landmark_antecedents, origins, participles, province_cues, province_glosses, quoted_references, route_asides, route_districts, rules, site_destinations, speaker_places
from frontmap.extract.capital_phrases import named_through_province
from frontmap.extract.datelines import bare_dateline, is_dateline, line_dateline
from frontmap.extract.displaced_destinations import displaced_to, pictured_refuge
from frontmap.extract.district_words import called_a_district
from frontmap.extract.facility_modifiers import frontier_locator
from frontmap.extract.facility_places import FACILITY, site_town
from frontmap.extract.memo import per_article
from frontmap.extract.place_roles import ROUTE_STOPS, regional_seat, sends_forces
from frontmap.extract.reference_choice import about, headline_elsewhere, headline_subject, headline_town, is_national_capital, mention_kind, names_its_province, prefer_controlled
from frontmap.extract.side_districts import governed_district_before, report_district
from frontmap.extract.spatial import names_a_district_of_it, spatial_role
from frontmap.extract.text import has_any, text_view
from frontmap.extract.topic_districts import topic_district

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

# "the main city in Jawzjan" names its place in the words after it (not "the main city in July")
_NOT_A_PLACE_NAME = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Afghanistan)\b"
# "the city", "the provincial capital", "the northern strategic city" (not "the first provincial capital to fall": a count,
# nor "the capital cities": many places)
DEFINITE = re.compile(  # a letter class first (no \b): the scan skips ahead fast; then its noun within two words, or no more is tried
    r"[Tt](?:he(?<!\w\w\w\w)|his(?<!\w\w\w\w\w)|hat(?<!\w\w\w\w\w))\s+(?!(?:the|a|an|its|their)\s)(?=(?:(?!(?:the|a|an|its|their)\s)[a-z][a-z-]++\s++){0,2}(?:city|town|district|capital|province|crossing|post|port\b|base\b|airbase\b|airfield\b))(?:(?!(?:of|same|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|latest|next|only)\b)[a-z][a-z-]+\s+(?=[a-z][a-z-]+\s+(?:city|town|district|capital|province|crossing)\b))?(?:(?!of\b|same\b|last\b|latest\b|only\b|(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+[a-z]+\s+(?:to|that|which)\s+(?:[\w-]+\s+){1,6}?(?:was|is)\s+[A-Z])(?P<modifier>[a-z][a-z-]+)\s+)?(?P<noun>city|town(?:ship)?|district|capital|province|crossing|(?<=border )post|port|base|airbase|airfield)\b(?!\s+cities\b)"  # not "the capital cities of X and Y"; "the border post", not "the police post"; "said that the district": "the" is the determiner
    r"(?!\s+(?:of(?!\s+(?:(?:some|about|around|nearly|over|roughly|more\s+than)\s+)?\d)|city\s+of|hospital|police(?!\s+(?:headquarters|compound|station)\b)|council|governor(?![’']s\s+(?:office|compound|residence|headquarters)\b)|chief|cities|towns|districts|capitals|provinces"
    r"|headquarters\s+(?:of|in)|level)\b)(?!\s+cent(?:re|er)(?:s\b|\s+of\b))(?!(?<=main city)\s+in\s+(?!" + _NOT_A_PLACE_NAME + r")[A-Z])"  # "the city of 270,000 people" is the city; "the district centres of X and Y" names them, "the district centres" many
    r"(?!(?<=provincial capital),?(?:\s+(?:(?:on|late|early|last)\s+)?\w+day)?,?\s+in\s+(?!" + _NOT_A_PLACE_NAME + r")[A-Z]\w+\s+[Pp]rovince)"  # "the provincial capital in X province": X's capital, named
)
# "By evening it had fallen": "it" as the subject of a control verb right after it (auxiliaries
# between) means the last town or district named, in this sentence or the one before.
PRONOUN = re.compile(
    r"[Ii]t(?<!\w\w\w)\s+(?:(?:had|has|was|is|be|been|being|would|then|soon|also|quickly|finally|eventually|now|later|already|back|still)\s+)*"
    r"(?=(?:fell|fall|captur|seiz|taken|retaken|recaptur|re-captur|overr|under|in\s|held|controll|changed|surrender|handed"
    r"|abandon|lost|storm|besieg|encircl|came|remain|return|retak)\w*)"  # a cheap filter: words a control verb starts with
)
# "forces retook it on Saturday": "it" as the object of a control verb right before it (or of
# "control of") means the same (a literal first, so the scan is fast)
_OBJECT_PRONOUN = re.compile(r" it\b(?!['’]s)")
_VERB_ENDINGS = ("ed", "ok", "an", "un", "st", "se", "of", "om", "won")  # retook, overran, overrun, lost, lose, control of, withdrew from, won (it back)
_PRONOUN_REACH = 1
_PRONOUN_NOUN = "it"  # a town, a district, or a facility ("Bagram Airfield ... it fell")
_REACH = 3  # sentences back to look for the place a definite reference means
_KINDS = {  # noun -> the kinds it prefers, then the kinds it accepts when none of those is named
    "city": (("capital", "town", "capital_district"), ("district", "carved_district")),
    "town": (("town", "district", "carved_district", "capital_district", "crossing"), ("capital",)),  # a border crossing is a town
    "it": (("town", "district", "carved_district", "capital_district", "facility", "crossing"), ("capital",)),
    "capital": (("capital", "capital_district"), ()),
    "district": (("district", "carved_district"), ("capital_district", "town")),
    "province": (("province",), ()),
    "crossing": (("crossing",), ("town", "district", "carved_district")),  # "the crossing": the border town's, else the town
    "crossing with": (("crossing",), ()),  # "the border crossing with Iran": a crossing named before, never a town that is none
    "post": (("crossing",), ("town", "district", "carved_district")), "port": (("crossing",), ("town", "district", "carved_district")), "base": ((FACILITY,), ()), "airbase": ((FACILITY,), ()), "airfield": ((FACILITY,), ()),  # "the border post", "the port": the crossing's; "the base": an air base named before
}
PREFERRED_KINDS = {noun: kinds[0] for noun, kinds in _KINDS.items()}  #: noun -> the kinds of place "the <noun>" means first
_SEAT_NOUNS = ("city", "town")  # "the capital" after "Kabul" means Kabul, however it was named
#: Roles of a place that "the city" never refers back to: a landmark, where people went, an institution.
NOT_ANTECEDENT = frozenset({"reference point", "destination", "institution", "clock zone"})
# "it" never means the dateline's city ("KABUL, Aug 10 - ... It fell on Tuesday" speaks of another town),
# nor the city that only locates the district before it ("Nawa district of Ghazni ... retook it")
_NOT_PRONOUN_ANTECEDENT = NOT_ANTECEDENT | {"dateline", "locator", "origin"}  # never where troops set out from
_NOT_OBJECT_ANTECEDENT = _NOT_PRONOUN_ANTECEDENT - {"destination"}
# "a day after taking Sheberghan": a place in a backward-looking phrase is the story's background,
# so "the city" in the next sentence more likely means the place the main verb spoke of
_BACKGROUND_BEFORE = re.compile(
    r"\b(?:a|an|one|two|three|four|five|six|several|few)\s+(?:hours?|days?|weeks?)\s+after\s+(?:(?:they|the\s+(?:taliban|insurgents|militants)|insurgents|militants)\s+(?:had\s+)?(?:took|captured|seized|overran|stormed)\s+)?$"  # "a week after Kunduz", "a day after they took X"
    r"|\b(?:after|before|since|following)\s+(?:the\s+)?(?:taking|capturing|seizing|overrunning|storming|winning"
    r"|capture|fall|loss|seizure)\s+(?:of\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# "retook a border crossing ... they still held the town": an unnamed place told after the last named one is what
# "the town" means (not "Herat, a city of ...", "X is a town", nor "an attack on Maimana town": no preposition within)
UNNAMED_PLACE = re.compile(
    r"\b(?:a|an|another|(?P<own>our|my))\s+(?:(?!(?:on|in|of|at|to|from|near|by|for|with|against|that|which|who|the|its|their|outside|inside|around|beyond|across|within|into|behind|toward|towards)\s)[\w-]+\s+){0,3}?(?P<noun>town|city|district|crossing|border\s+post|village|capital|base|airbase|airfield)\b"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?:just\s+|right\s+)?(?:in|on|at|near|outside|inside|west|east|north|south|close|along|with|from|to|by|that|which"
    r"|where|and|or|after|before|was|were|is|had|has|when|where|without|because|but|so|since|until"
    r"|yesterday|today|overnight|late|early|last|this|the\s+same|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)",  # the noun ends the phrase: not "a district hospital"
    re.IGNORECASE,
)
_UNNAMED_NOUNS = dict.fromkeys(("town", "city", "capital"), ("town", "city", "crossing", "village", "post", "capital")) | {"district": ("district",), "it": ("town", "city", "crossing", "village", "post", "district", "capital")} | dict.fromkeys(("base", "airbase", "airfield"), ("base", "airbase", "airfield"))
_UNNAMED_REACH = 64  # characters before a named place in which an unnamed place it locates may stand ("a town outside X")
_LOCATES_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:outside|near|in|of|from|west|east|north|south|close\s+to)\s+(?:of\s+)?(?:the\s+)?(?:\w+\s+)?$", re.IGNORECASE)
_DESCRIBES_BEFORE = re.compile(r"(?:,|\b(?:is|was|are|were|be|been|became|becomes|remains?|remained|as))\s*$", re.IGNORECASE)
_POSSESSIVE_GAP = re.compile(r"^['’]s\s+(?:\w+\s+)?$")
_LOCATOR_GAP = re.compile(
    r"^\s*(?:districts?|city|town|village|area)?\s*(?:,|\(|\bin\b|\bof\b)\s*(?:the\s+)?(?:southern\s+|northern\s+|eastern\s+|western\s+|central\s+)?$",
    re.IGNORECASE,
)
_DESTINATION_BEFORE = re.compile(
    r" (?:left|leave|leaves|leaving|went(?! +on\b)|gone|going(?! +on\b)|moved|moving|returned|returning|return|flew|flown|fly|flying"
    r"|travell?ed|travell?ing|arrived|arriving|bound|destined|evacuated|airlifted|sent|brought|summoned|recalled|relocate[ds]?"
    r"|fell +back|falling +back|pulled +back|withdrew|withdrawn|withdrawing|retreated|retreating)"
    r"(?: +\w+){0,3}? +(?:for|to) +(?:the +)?$"
    # "in" ends a destination only after arriving ("arrived in X"), not after leaving ("left their base in X")
    r"|(?<!taliban)(?<!fighters)(?<!insurgents)(?<!militants) (?:arrived|arriving|relocated|returned|returning|summoned|recalled)(?: +\w+){0,3}? +in +(?:the +)?$"
)
_DESTINATION_ENDS = (" for", " to", " in", " the")  # the words _DESTINATION_BEFORE can end on
# "arrested before he reached Kabul", "on his way to Kabul", "en route to Kabul": where a person was
# travelling (a pronoun or an official, not the insurgents: "after the Taliban reached X" is an arrival)
_JOURNEY_BEFORE = re.compile(
    r" (?:(?:before|after|until|when|as|once) +(?:he|she|they|the +(?:governor|president|minister|delegation|officials?|convoy))"
    r" +(?:had +|could +|would +|was +able +to +)?(?:reached|reach|arrived +(?:in|at)|got +to|made +it +to)"
    r"|on +(?:his|her|their|its) +way +(?:back +)?to|en +route +to) +$"
)
# "the ministry said on Monday in Kabul that ...": where a statement was made, not what it is about
# "officials said in Kabul" (not "said the Taliban were in X" nor "said fighting raged in X": a clause of its own)
_SAID_IN_BEFORE = re.compile(
    r" (?:said|says|told|tells|announced|stated|added|speaking|spoke|briefing|briefed|addressing|tweeted|wrote)"
    r"(?: +(?!(?:were|was|are|is|fighting|clash\w*|battl\w*|attack\w*|gunfire|shelling|\w+ed|villages?|areas?|parts?|(?:check|out)?posts?|positions?)\b)\w+){0,3}? +in +$"
)
# "the Afghan government in Kabul denies ...": the seat of the national government, not a place the news is about
_GOVERNMENT_IN_BEFORE = re.compile(r" (?<!provincial )(?<!local )(?<!district )(?:government|regime) +in +$")
# "the army loyal to Kabul", "militias allied to Kabul": the government named by its seat, not the city
_LOYAL_TO_BEFORE = re.compile(r" (?:loyal|answerable|allegiance|allied|aligned) +(?:to|with) +$")
# "displaced families take shelter at a market in X": where people fled to, not a battle place
_REFUGE_BEFORE = re.compile(
    r" (?:shelter(?:s|ed|ing)?|refuge|sanctuary)(?: +\w+){0,4}? +(?:in|at|across|around|inside) +(?:the +)?"
    r"(?:\w+ +(?:the +)?(?:provincial +)?capital +of +)?$"  # "in Mehtarlam, the capital of <Laghman>"
)
_FLIGHTS = re.compile(r"\bflights?\b|\bairlift|\bevacuation flights?\b", re.IGNORECASE)
_AIRPORT_AFTER = re.compile(r"^\s+(?:international\s+)?airport\b", re.IGNORECASE)
_CAPITAL_DATELINE = re.compile(r"^\W*in +$")
_DATELINE_AFTER = re.compile(  # a long dash may be glued to the first word: "BAMIYAN, Afghanistan—The fight"
    r"^\s*(?:,\s*[A-Z][a-z]+)?\s*(?:\[[^\]]{1,30}\])?\s*(?:\([^)]{1,30}\))?\s*(?:,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b|\d{1,2}\s+[A-Z][a-z]+)|[-–—•]\s(?![a-z][^.;:\n]{0,100}?\s[-–—]\s)|[–—](?=[A-Z])|:\s*$)"
    r"|^\s*,\s*[A-Z][a-z]+\s*(?:\([^)]{1,30}\)\s*)?--\s"  # "KABUL, Afghanistan -- The" (not "Kunduz -- the biggest prize -- fell")
    r"|^\s*(?:/\s*[A-Z][A-Za-z]+\s*)?\([A-Z][^)]{0,38}\)(?:\s*[-–—]\s*|\s+)(?=[A-Z])"  # "KABUL (Sputnik) The center of ...": the agency, no dash; "Kabul/Mumbai (Reuters)-With"
)
_ROUTE_BEFORE = re.compile(
    r"(?<! en) (?:road|roads|highway|highways|route|routes|stretch|supply +lines?) +(?:\w+ +){0,2}?(?:from|between|linking|connecting|to)"
    r" +(?:(?!" + ROUTE_STOPS + r"\b)\w+ +){0,6}?(?:to|and|with)? *$"
)
_CAPITAL_APPOSITION = re.compile(r"^\s*,\s*the\s+(?:afghan\s+|country['’]s\s+|national\s+)?capital\s*,", re.IGNORECASE)


def place_role(sentence: str, start: int, end: int, view: str | None = None) -> str | None:
    """Return why the place at sentence[start:end] is not where an event happens ("destination",
    "institution", "dateline"), or None when it may be."""
    view = text_view(sentence) if view is None else view
    before = " " + view[max(0, start - 60) : start]
    after = sentence[end : end + 40]
    tail = before.rstrip(" ")  # both patterns end in a preposition (and "the"): most places have none before them
    if (tail.endswith(_DESTINATION_ENDS) and _DESTINATION_BEFORE.search(before) and not sends_forces(before)) or (
            has_any(before, _REFUGE_WORDS) and _REFUGE_BEFORE.search(before)) or _JOURNEY_BEFORE.search(before) or displaced_to(before) or pictured_refuge(sentence, start, end):
        return "destination"
    if (institutions.named_as_institution(after) or capital_actors.names_government(sentence, start, end) or (_AIRPORT_AFTER.match(after) and _FLIGHTS.search(sentence))
            or (tail.endswith(" in") and ((_SAID_IN_BEFORE.search(before) and not speaker_places.speaker_in(before)) or _GOVERNMENT_IN_BEFORE.search(before)))
            or (tail.endswith((" to", " with")) and _LOYAL_TO_BEFORE.search(before))):
        return "institution"
    if start < 40 and (
        (_CAPITAL_DATELINE.match(before) and _CAPITAL_APPOSITION.match(after))
        or (not sentence[:start].strip() and _DATELINE_AFTER.match(after))
    ) or line_dateline(sentence, start, end) or bare_dateline(sentence, start, end) or is_dateline(sentence, start, end):
        return "dateline"  # "KUNDUZ, June 30 - ...": where the report was filed
    if has_any(before, _ROUTE_WORDS) and _ROUTE_BEFORE.search(before) and not route_asides.after_closed_route(sentence, start):
        return "reference point"
    return None


# words without which the pattern named beside them cannot match (the view is lower-cased)
_REFUGE_WORDS = ("shelter", "refuge", "sanctuary")  # _REFUGE_BEFORE
_ROUTE_WORDS = ("road", "highway", "route", "stretch", "supply")  # _ROUTE_BEFORE


@per_article  # asked for one place by the targets, the scope, the antecedents and the province events
def any_role(sentence: str, start: int, end: int, view: str) -> str | None:
    """Return why the place at sentence[start:end] is no event place: this module's roles, a clock's
    zone ("Kabul time"), the landmarks, destinations and titles `rules.place_role_blocks` knows, then
    the locators and exceptions of `frontmap.extract.spatial`."""
    return (
        place_role(sentence, start, end, view) or clock_times.clock_zone_role(sentence, start, end) or rules.place_role_blocks(sentence, start, end, 0, view)
        or spatial_role(sentence, start, end)
    )


def only_locates(sentence: str, s_start: int, mentions: Sequence[Mention], i: int) -> bool:
    """Return True when mention `i` (of `mentions`, one sentence's, by position) only says where
    the place named next to it lies (see the module notes)."""
    mention = mentions[i]
    if (i > 0 and names_its_province(mention) and not named_through_province(mention.surface)
            and not called_a_district(sentence, mention.start - s_start, mention.end - s_start)):  # "Chamtal, Balkh and Zari districts"
        previous = mentions[i - 1]
        gap = sentence[previous.end - s_start : mention.start - s_start]
        same_province = previous.place.province_code == mention.place.province_code and previous.place.key != mention.place.key
        if same_province and (_LOCATOR_GAP.match(gap) or rules.is_container(gap)) and not is_dateline(sentence, previous.start - s_start, previous.end - s_start):  # "MAZAR-I-SHARIF, June 22 - Balkh ...": a dateline locates nothing
            return True
    if i + 1 < len(mentions) and _POSSESSIVE_GAP.match(sentence[mention.end - s_start : mentions[i + 1].start - s_start]):
        return True
    return province_glosses.glosses_a_province(sentence, s_start, mentions, i)  # "X district centre (Y)", "Y | X |"


def in_background(text: str, s_start: int, start: int) -> bool:
    """Return True when the name at `start` of `text` (its sentence starting at `s_start`) stands in a
    backward-looking phrase ("hours after the fall of X", "a day after taking X")."""
    return bool(_BACKGROUND_BEFORE.search(text, max(s_start, start - 56), start))


class Antecedents:
    """Resolves definite references of one article to the places they mean."""

    def __init__(self, text: str, sentences: Sequence[tuple[int, int]], mentions: Sequence[Mention], view: str | None):
        """Index `mentions` (of `text` cut into `sentences`; `view` its text_view or None)."""
        self._text = text
        self._sentences = sentences
        self._view = view
        self._ordered = sorted(mentions, key=lambda m: m.start)
        self._roles: dict[int, str | None] = {}

    def resolve(self, position: int, noun: str, reach: int = _REACH, excluded: frozenset[str] = NOT_ANTECEDENT,
                modifier: str | None = None, quoted_only: bool = False) -> Mention | None:
        """Return the mention a definite reference ("the <noun>") at `position` means, looking at
        most `reach` sentences back and passing over places named in an `excluded` role or lying
        outside the part of the country a compass `modifier` names ("the northern city"), or None (`quoted_only`: only a quotation's speaker's place)."""
        preferred, accepted = _KINDS[noun]
        quoted = quoted_references.attributed_place(self._text, position, self._ordered, lambda m: mention_kind(m) in preferred)
        if quoted is not None or quoted_only:  # '"... the outskirts of the city," a Sar-e-Pul council member said'
            return quoted
        # Mentions never overlap, so the list sorted by start is sorted by end too: bisect, not a
        # scan, keeps articles with thousands of mentions linear.
        count = bisect.bisect_right(self._ordered, position, key=lambda m: m.end)
        if not count:
            return None
        reach = self._ordered[count - 1].sentence_index - reach
        fallback, edge_fallback = None, False  # a site's town is the weakest fallback: a province named before it still counts
        for i in range(count - 1, max(0, count - 64) - 1, -1):
            mention = self._ordered[i]
            if mention.sentence_index < reach:
                break
            kind = mention_kind(mention)
            if (kind in (FACILITY, "crossing") and noun in _SEAT_NOUNS + ("capital",) and (town := site_town(mention, self._ordered, mention_kind, preferred, accepted))) or (town := governed_provinces.province_by_governor(self._text, mention, noun)):
                return town  # "Kandahar airport (the Spin Boldak crossing) ... the city": the town, named elsewhere; "the governor of Ghazni ... the province"
            if (kind not in preferred and ((fallback is not None and not edge_fallback) or kind not in accepted)) or not compass.fits(modifier, mention.place.province_code) or framed_provinces.outside_frame(self._text, self._sentences, self._ordered, position, mention):
                continue
            role = self._role_of(i)
            edge_site = role == "destination" and site_destinations.locates_site(self._text, mention.start) and not any(mention_kind(self._ordered[j]) in preferred and self._role_of(j) != "dateline" for j in range(max(0, i - 8), i) if self._ordered[j].sentence_index == mention.sentence_index)  # "retreated to the airport outside X": X, if no town before it
            if (role in excluded and not (role == "reference point" and route_districts.road_through_district(self._text, mention.start, mention.end, noun)) and not edge_site and not (role == "destination" and homecomings.returned_home(self._text, mention.start))) or (role == "dateline" and (kind not in preferred or dateline_elsewhere.named_elsewhere(self._ordered, i, count))) or caption_lines.pictured_apart(self._text, self._sentences, mention.sentence_index, position):
                continue  # "the district" means no dateline's city ("KABUL - ... overran the district")
            if role == "origin" or edge_site or (role == "dateline" and headline_elsewhere(self._ordered, mention)) or (  # meant only when nothing else is at hand: a place troops came from ("... fighters brought from Kunduz. The city fell"), a site's town, a dateline the headline does not name, a command's seat
                    role == "title or affiliation" and regional_seat(self._text, mention.start)):
                fallback, edge_fallback = (mention, edge_site) if fallback is None or (mention_kind(fallback) not in preferred and kind in preferred) else (fallback, edge_fallback)
                continue
            if self._unnamed_between(mention, position, noun) or (noun == _PRONOUN_NOUN and landmark_antecedents.landmark_between(self._text, mention.end, position)):
                return None  # "a town outside X ... the town"; "... at Malan Bridge, ... captured it": the unnamed or unlisted place
            if kind in preferred and not self._is_background(mention):
                later = self._sentences[mention.sentence_index][1] <= position  # a reference in a later sentence
                chosen = (later and self._governed_rival(mention, i, preferred)) or mention
                if noun == "district" and chosen is mention:
                    chosen = framed_provinces.first_within(self._text, self._sentences, self._ordered, position, mention, (
                        lambda: topic_district(self._text, self._sentences, self._ordered, i, position), lambda: report_district(self._text, self._sentences, self._ordered, i)))
                seat = chosen is mention and noun in _SEAT_NOUNS and self._instead_of_seat(i, preferred, reach, modifier)
                return seat or (noun in _SEAT_NOUNS + ("capital",) and province_cues.own_province_town(self._ordered, i, count, self._sentences, position, lambda m: mention_kind(m) in preferred)) or chosen
            fallback = fallback or mention
        far = noun == "district" and fallback is not None and mention_kind(fallback) not in preferred  # a city: the report's district instead
        return (far and governed_district_before(self._text, self._sentences, self._ordered, count, position)) or fallback

    def sentence_text(self, index: int) -> str:
        """Return the text of sentence `index`."""
        return self._text[slice(*self._sentences[index])]

    def sentence_start(self, index: int) -> int:
        """Return where sentence `index` starts in the text."""
        return self._sentences[index][0]

    def mentions_of(self, index: int) -> list[Mention]:
        """Return the mentions of sentence `index`, by position."""
        start, end = self._sentences[index]
        first = bisect.bisect_left(self._ordered, start, key=lambda m: m.start)
        last = bisect.bisect_left(self._ordered, end, key=lambda m: m.start)
        return list(self._ordered[first:last])

    def _unnamed_between(self, mention: Mention, end: int, noun: str) -> bool:
        """Return True when an unnamed place of the reference's kind ("a major border crossing",
        "a town outside X") is introduced after `mention`, or just before it as the place it
        locates: "the <noun>" at `end` means that place, not the named one."""
        if (nouns := _UNNAMED_NOUNS.get(noun)) is None:
            return False
        s_start = self._sentences[mention.sentence_index][0]
        start = max(s_start, mention.start - _UNNAMED_REACH)
        for match in UNNAMED_PLACE.finditer(self._text, start, end):
            if match.group("noun").split()[-1] not in nouns or match.start() < start or (  # "our district": a speaker's own, past the named place's sentence
                    match.group("own") and match.start() < self._sentences[mention.sentence_index][1]):
                continue
            if match.end() > mention.start or _LOCATES_AFTER.match(self._text, match.end(), mention.start):
                if not (_DESCRIBES_BEFORE.search(self._text, max(start, match.start() - 12), match.start()) or apposed_kinds.second_description(self._text, (mention.start, mention.end), match.start())):
                    return True
        return False

    def _governed_rival(self, mention: Mention, i: int, preferred: tuple[str, ...]) -> Mention | None:
        """Return the other place of `mention`'s kind, earlier in its sentence, that a control
        word governs while `mention` is not governed (`reference_choice`), or None."""
        rivals = []  # the mentions before it in its sentence (mentions are in text order: stop at another)
        for j in range(i - 1, -1, -1):
            if self._ordered[j].sentence_index != mention.sentence_index:
                break
            rivals.append(j)
        rivals = [j for j in reversed(rivals) if mention_kind(self._ordered[j]) in preferred and self._role_of(j) is None]
        if not rivals:
            return None
        s_start = self._sentences[mention.sentence_index][0]
        offsets = [(self._ordered[j].start - s_start, self._ordered[j].end - s_start) for j in rivals + [i]]
        chosen = prefer_controlled(self.sentence_text(mention.sentence_index), offsets)
        return None if chosen is None else self._ordered[rivals[chosen]]

    def _instead_of_seat(self, i: int, preferred: tuple[str, ...], reach: int, modifier: str | None) -> Mention | None:
        """Return the town the text is about, when mention `i` is the national capital named as no
        subject or object of a control word (`reference_choice`): the nearest such town in reach
        (sentence index `reach` and after), else the headline's; None when `i` is no such seat."""
        place = self._ordered[i].place  # not Kabul when the headline names it ("Kabul surrounded")
        if not is_national_capital(place) or self._is_about(i) or any(m.place.key == place.key for m in self.mentions_of(0)):
            return None
        if subject := headline_subject(self._ordered, i, preferred):
            return subject
        for j in range(i - 1, max(0, i - 64) - 1, -1):
            other = self._ordered[j]
            if other.sentence_index < reach:
                break
            fits = mention_kind(other) in preferred and compass.fits(modifier, other.place.province_code) and not is_national_capital(other.place)
            if fits and self._role_of(j) is None and self._is_about(j):
                return other
        return headline_town(self._ordered, preferred)

    def _is_about(self, i: int) -> bool:
        """Return True when mention `i` is what its sentence is about (`reference_choice.about`)."""
        mention = self._ordered[i]
        s_start = self._sentences[mention.sentence_index][0]
        return about(self.sentence_text(mention.sentence_index), mention.start - s_start, mention.end - s_start)

    def _is_background(self, mention: Mention) -> bool:
        """Return True when the mention stands in a backward-looking phrase ("after taking X")."""
        return in_background(self._text, self._sentences[mention.sentence_index][0], mention.start)

    def _role_of(self, i: int) -> str | None:
        """Return why mention `i` names no event place (a landmark, a destination, ...), or None."""
        if i not in self._roles:
            mention = self._ordered[i]
            s_start, s_end = self._sentences[mention.sentence_index]
            sentence = self._text[s_start:s_end]
            view = self._view[s_start:s_end] if self._view is not None else text_view(sentence)
            start, end = mention.start - s_start, mention.end - s_start
            self._roles[i] = self._role_of(i - 1) if appositive_roles.restated(self._ordered, i, self._text) else any_role(sentence, start, end, view) or (
                "locator" if self._only_locates(i, sentence, s_start) else None
            ) or ("origin" if origins.is_origin(view, start, sentence, end) else None) or (  # a headline's "Kandahar district falls"
                "reference point" if mention.capital and not mention.sentence_index and names_a_district_of_it(sentence, start, end, True) else None)
        return self._roles[i]

    def _only_locates(self, i: int, sentence: str, s_start: int) -> bool:
        """Return True when mention `i` only says where the mention beside it, in its sentence,
        lies ("Khan Abad district in Kunduz", "Nawa district of Ghazni", "Herat's Guzara district")."""
        first = i if i == 0 or self._ordered[i - 1].sentence_index != self._ordered[i].sentence_index else i - 1
        last = i + 1 if i + 1 < len(self._ordered) and self._ordered[i + 1].sentence_index == self._ordered[i].sentence_index else i
        return only_locates(sentence, s_start, self._ordered[first : last + 1], i - first) or frontier_locator(self._ordered[i].place, sentence, self._ordered[i].start - s_start, self._ordered[i].end - s_start)  # "the second crossing in Herat ... abandoned it": the crossing


def object_pronouns(text: str) -> Iterator[int]:
    """Yield where each "it" stands that a control verb before it may govern ("retook it", "lost
    it", "control of it", ", seizing it"): the word before ends as such a verb does (`participles`)."""
    for match in _OBJECT_PRONOUN.finditer(text):
        if text.endswith(_VERB_ENDINGS, 0, match.start()) or participles.governs_it(text, match.start()):
            yield match.start() + 1


def resolve_pronoun(antecedents: Antecedents, sentence_index: int, position: int, governed: bool = False, also_not: frozenset[str] = frozenset()) -> Mention | None:
    """Return the town or district "it" at `position` (of sentence `sentence_index`) stands for:
    the last one named in that sentence or the one before, or None. A `governed` "it" (a verb's
    object) may mean a place people went to ("moved to X and retook it"); `also_not`: more roles it never means."""
    excluded = (_NOT_OBJECT_ANTECEDENT if governed else _NOT_PRONOUN_ANTECEDENT) | also_not
    mention = antecedents.resolve(position, _PRONOUN_NOUN, _PRONOUN_REACH, excluded)
    return mention if mention is not None and sentence_index - mention.sentence_index <= _PRONOUN_REACH else None

