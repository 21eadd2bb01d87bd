"""Gaps: what the words between a control verb and a place make of the place.

`object_kind` says whether they make the place the verb's object ("captured the northern city of X":
whole; "captured check posts in X": part; "captured weapons in X": another thing); `is_subject_gap`
whether the place is the verb's subject ("X, the capital of Y province, fell"); `includes` and
`only_locates` read lists ("13 districts, including X") and locators ("Kahmard in Bamyan");
`ellipsis_start`, `coordination_start` and `follows_suit` find names that share a verb told
elsewhere ("hours after Gardez", "then Sheberghan", "Kandahar followed").
"""

from __future__ import annotations

import re

from frontmap.extract import approached_outskirts, border_locatives, border_sides, counted_conjuncts, counted_ranks, crossing_links, definite_counts, entry_colons, facilities, item_appositions, list_reach, listed_towns, object_appositions, persons, province_list_heads, ranks, reduced_relatives, relative_asides, seats, second_predicates
from frontmap.extract.clauses import BUT_NOT_HEAD
from frontmap.extract.foreseen_lists import foreseen_before
from frontmap.extract.hedges import unhedged
from frontmap.extract.object_times import times_dropped
from frontmap.extract.text import has_any

WHOLE, SEAT, PART, OTHER = "whole", "seat", "part", "other"

_WHOLE_WORDS = frozenset(
    """the a an both of in its their his her city town district districts capital capitals province provincial
    cities towns centre center control over full complete total entire whole all key strategic important nearby port ports dry
    neighbouring neighboring main border commercial trading historic ancient remote restive volatile major
    largest second third fourth fifth country country's s from out also now back on and or north south east
    west northern southern eastern western central northeastern northwestern southeastern southwestern
    north-eastern north-western south-eastern south-western mountainous sprawling besieged embattled
    neighbouring contested seat hub gateway stronghold headquarter administrative largely another yet
    two three four five six seven eight nine ten more another provinces vital crucial critical significant
    symbolic coveted prized populous biggest bustling province's home as well along with small smaller smallest respective
    large larger little tiny remaining surrounding outlying dusty sleepy quiet poor impoverished fertile those only just settlement frontier last holdout eponymous local keys""".split()
)  # "two more capitals, X and Y"; "those of the provinces of X"; "the settlement of X" is X; "of their respective provinces"; "handed the keys of X"
_DEGREE = re.compile(r"^(?!(?:part|partial|near|most|on|ear)ly$)\w{3,}ly$")  # "the strategically important city of" (not "partly")
_PART_WORDS = frozenset(
    """parts part some much most areas area villages village outskirts posts post checkpoints checkpoint check outposts outpost
    bases base positions neighbourhoods neighborhoods neighbourhood neighborhood police headquarters buildings building crossing
    crossings territory swathes swaths sections section portions thirds two-thirds one-third three-quarters percent cent portion
    airport airports airfield airfields prison prisons jail jails hills hill compound half quarters edge edges stations station""".split()
) | facilities.BASE_WORDS | facilities.GROUND_WORDS  # with the shares: "two-thirds of X", "90 per cent of X"
_ALL_OF_IT = re.compile(r"\b(?:all\s+(?:the\s+)?(?:parts|areas|sections|neighbou?rhoods)|(?:entire|whole)\s+territory)\s+(?=of\b)", re.IGNORECASE)  # "all parts of X", "the entire territory of X": all of X
_PART_BEFORE_IN = frozenset("districts".split())
_OPENERS = frozenset("the a an all of in its their".split())
_PLACE_PREPOSITIONS = frozenset("within inside".split())  # "districts in Herat" are other units, not parts
_LOCATIVE = re.compile(r"^\s*(?:in|at|near|across|around)\b", re.IGNORECASE)
_JOINING_PARTICLE = re.compile(r"(?:e|i|ye)(?:-[A-Z][\w'’-]*)?$")
_SUBJECT_WORDS = frozenset(
    """has have had was were is are been being be would also either both finally quickly then reportedly now already apparently
    effectively almost nearly all soon later largely itself too eventually which that city district town
    province capital provincial centre center and s the of officially formally completely entirely virtually
    just briefly still firmly remains remain remained stays stayed currently mostly yesterday today night
    last late early on in at government taliban insurgent insurgents militant militants group fully calm safely securely
    back became becomes become to latest next come came comes gone went goes brought border borders crossing crossings port headquarters compound
    defences defenses defenders garrison
    centres centers their its our a an only not never no longer nor yet did does do hasn't hadn't didn't hasn’t hadn’t didn’t
    districts towns cities provinces capitals north south east west northern southern eastern western central
    northeastern northwestern southeastern southwestern north-eastern north-western south-eastern south-western northeast northwest southeast southwest
    far part country country's same name region area eponymous namesake restive volatile remote rugged mountainous valley key major main neighbouring neighboring""".split()  # "of the same province", "X in the Paktika region fell", "X of the eponymous province fell", "the X area has been seized"
)
# ", capital of western Herat province," after a listed name: the list goes on past it
_CAPITAL_APPOSITION = re.compile(r"(?<=[a-z]),\s+(?:the\s+)?(?:provincial\s+)?capital\s+(?:city\s+)?of\s+[^,;:]{1,50}(?=,)|\s+of\s+the\s+same\s+name\b")
# "70 districts, as well as Spin Boldak, fell", "X, along with Y, has fallen": more subjects added
_ADDED_PLACES = re.compile(r"\b(?:as\s+well\s+as|along\s+with|together\s+with|in\s+addition\s+to)\b", re.IGNORECASE)
# "X and its prison are in Taliban hands", "X and the customs post are under our control", "X and three districts
# around it are still held": a facility (not one placed elsewhere: "and the post in Y") or the country round the
# place, joined to it, changes nothing of the subject
_OWN_FACILITY_ADDED = re.compile(
    rf"\s+(?:and|as\s+well\s+as)\s+(?:(?:its|the)\s+(?:[\w-]+\s+){{0,2}}?(?:{facilities.PART}|{facilities.BASE_WITH_SEAT}|(?:check)?posts?|checkpoints?|crossings?|bazaars?|markets?)\b"
    r"(?!\s+(?:in|of|at|near|on)\b)|(?:\w+\s+){0,2}?(?:districts?|villages?|areas?|towns?)\s+(?:around|near|surrounding|outside|close\s+to|next\s+to)\s+it\b)", re.IGNORECASE)
# "the surrender of government forces in X", "the collapse of Afghan troops at X": the outcome is the place's
_FORCES_THERE = re.compile(
    r"\s+(?:of\s+)?(?:the\s+)?(?:(?:government|afghan|security|army|national|local|police|border)\s+){0,2}"
    r"(?:forces|troops|soldiers|garrisons?|defenders|units|police|policemen)\s+(?:in|at|of)\s+", re.IGNORECASE)
# "the districts of A and B in P in the north, C in Q in the south, D and E in R, ...": a long run of
# located names, each one more object of the verb before it
_LONG_LIST_WORDS = frozenset(
    """and in of the district districts province provinces also , ; from north south east west northern southern eastern western
    northeast northwest southeast southwest northeastern northwestern southeastern southwestern central
    capital capitals provincial their its respective eponymous""".split()  # "X, capital of Y province", "X and Y, of their respective provinces"
)
_TIME_ADVERBS = frozenset("once again since subsequently ultimately recently swiftly rapidly".split())
# words in -ly that are no adverb, or one that makes the change a partial one ("X partly fell")
_LY_EXCLUDED = frozenset("family assembly supply anomaly monopoly partly partially".split())
_LIST_ASIDE = re.compile(r",\s[^,;:]{1,70},(?=\s+(?:and\s+)?(?:the\s+(?:\w+\s+)?(?:city|town|district)\s+of\s+)?$)")  # ", on the highway to Kabul, and (the town of) " before a listed place
_UNIT_WORDS = frozenset("city town district province centre center provincial capital".split())
# "the highway town of X", "the frontier district of X": what kind of unit the place is
_TOWN_MODIFIERS = frozenset("highway roadside riverside frontier market mountain valley desert hilltop farming crossroads".split())
# "the latest city to fall was X", "the last capital that fell to the Taliban on Friday was X": X fell
INVERTED = re.compile(r"^\s+(?:(?!(?:when|as|after|before|while|because|and|but|since)\b)[\w-]+\s+){0,6}?(?:was|were|is|are)\s+$")
# "X army corps headquarters (at the airport) fell", "X's police headquarters has fallen": a facility the name qualifies or owns
_FACILITY_OF_PLACE = re.compile(
    r"^(?:['’]s?)?\s+(?:(?:army|police|military|security|intelligence|nds|border|main|central|provincial|regional)\s+){0,3}"
    rf"(?:(?P<base>{facilities.BASE_WITH_SEAT}|base)|{facilities.PART})"
    r"(?:\s+(?:at|in|near|on)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?\s+(?:(?:has|have|had|was|were)\s+)?(?:been\s+)?(?:also\s+|finally\s+)?$",
    re.IGNORECASE,
)
# "seized 14 capitals in eight days, the latest being X" (after a speaker too: "..., an official said, the latest being X and Y"): X and Y are the last units counted; also "..., the latest X", "..., most recently X"
LATEST_BEING = re.compile(r"\b(?:districts|cities|capitals|towns|provinces)\b[^;:]{0,60}?(?:,\s*[^,;:]{0,60}?\b(?:said|says|told\s+\w+)\b[^,;:]{0,30}?)?,\s*(?:(?:the\s+)?(?:latest|last|most\s+recent|newest)(?:\s+one)?(?:\s+being)?|most\s+recently)\s+"
    r"(?:(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*)?\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$",
    re.IGNORECASE,
)
_MOST = re.compile(r"\bmost\s+[a-z]{3,}\b|\ball\s+but\b")  # "the most important city to fall": a rank, as "the biggest" is; "has all but fallen": a degree
_RANKED_COUNT = re.compile(r"\b(?:last|latest|first|next)\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b", re.IGNORECASE)  # "the last three cities to fall": a rank
_SUPERLATIVE = re.compile(r"^(?!(?:inter|ar|re|pro|sugg|t|for|harv|conqu|hon)est$)\w{2,}est$")  # "X was the biggest city to fall"
# "captured 13 districts, including X and Y", "the fall of cities like X" (not "a city like no other"): the listed places are the object
_INCLUSION = re.compile(r"\b(?:(?:including|among\s+them|among\s+which|such\s+as|namely|naming"
                        r"|(?<=cities\s)like|(?<=towns\s)like|(?<=capitals\s)like|(?<=districts\s)like)\b|viz\.,?)", re.IGNORECASE)
_NEAR_TAIL = re.compile(r"\b(?:near|outside|around|beyond|close\s+to|not\s+far\s+from)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$", re.IGNORECASE)  # "including some near X": by X, not X
# "Kahmard in Bamyan", "Khakrez districts of Kandahar": the place only locates the one before; a unit word in capitals
# names none ("the Provinces of Herat and Helmand fell"), nor a police district code ("PD7 of Kandahar": `city_wards`),
# nor the first word of a bulleted line ("- Fighting in X"), which stands as a sentence's first does
_LOCATOR_GAP = re.compile(
    r"(?<=[\w,-] )(?<!^- )(?!Taliban\b|Afghan\b|Government\b|The\b|(?:Province|District|Capital)s?\b|Cities\b|(?:Palace|Office|Compound|Residence|Mansion)s?\b|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|PDs?[-#]?\d*\b"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)\b)[A-Z][\w’'-]*\s+(?:\([A-Z]{2,7}\)\s+)?(?:(?:[Dd]istricts?|[Cc]ity|[Tt]own|[Pp]rovince|(?:dry\s+)?[Pp]ort)\s+)?(?:(?:centre|center|headquarters)\s+)?(?:in|of)\s+(?:the\s+)?"
    r"(?:(?:far\s+)?(?:north|south|east|west|cent(?:re|er))\w*\s+(?:part\s+)?of\s+(?:the\s+)?|(?:(?:north|south)?(?:east|west)?ern|north|south|central)\s+)?$"
)
_UNITS_FROM_SIDE_IN = re.compile(
    r"\b(?:(?:a|one|another|two|three|four|five|several|\d+)\s+)?(?:districts?|villages?|areas?)\s+from\s+(?:the\s+)?\w+(?:\s+forces)?\s+(?:in|of|across)\s+(?:the\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
# "... customs post and the": a common noun ends the first object, "and the" opens the next (not "Herat and")
_NEW_CONJUNCT = re.compile(r"(?:^|\s)[a-z][\w'’-]*(?:\s+\([A-Z][\w'’ -]{1,30}\))?\s+and\s+(?:the\s+)?(?:(?:[a-z][\w-]*\s+)?(?:district|town|city)\s+of\s+)?$|^(?!\s*by\s)[^;:]*\s(?:\d{1,2}|[A-Z][a-z]+day),?\s+and(?:\s+the|\s+an?\s+(?:[a-z][\w-]*\s+){0,2}[a-z]+,)?\s+$")  # "on July 8 and the district" ("and a key district, X"; "the X crossing (Y) and the"; not "seized by gunmen on Sunday and retaken")
# a lower-case aside between the last name of the subject and its verb ("..., all located in the west, have")
_TRAILING_ASIDE = re.compile(r",\s+(?-i:[a-z])[^,;:()]{1,88},(?P<tail>[^,;:]*)$")
_DASHED_ASIDE = re.compile(r"(?:\s+(?:--?|—|–)\s+|(?:^|(?<=\w))—(?=\w))(?:[^-—–;:]|(?<=\w)-(?=\w)){1,90}?(?:\s(?:--?|—|–)\s+|(?<=\w)—(?=\w))")  # "a long-time stronghold": a hyphen inside a word; "X—the biggest prize—fell": em dashes set close
# "the border crossing of X", "the crossing at X", "the (dry) port of X", "the strategic border of X", "the customs port in X": the crossing the town is named for, the place itself
# ("the Kunduz border post of X": the post named for its province is X itself)
_BUT_NOT_NAMED = re.compile(r",?\s+" + BUT_NOT_HEAD + r"(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2}\s*,?")
_APPOSITION_CLOSE = re.compile(r",|\s(?:--?|—|–)\s")
_OWN_CROSSING = re.compile(r"^(?:\s+(?:the|a|an|key|main|strategic|vital|important|busy|border|major|southern|northern|(?:(?:full\s+)?control\s+)?of"  # "took control of the crossing with Tajikistan at X"
                           r"|eastern|western|dry|(?-i:[A-Z])[\w'’-]+))*\s+(?:crossing(?:\s+point)?|port|(?:border|customs)(?:\s+(?:post|port|gate|checkpoint))?)(?:\s+(?:with|into|to)\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:of|at|in)\s+$", re.IGNORECASE)
# "Islam Qala border crossing with Iran", "Torghundi crossing into Turkmenistan": the place's own crossing
_OWN_CROSSING_AFTER = re.compile(
    r"^\s+(?:border\s+)?(?:crossing|port|post|gate)(?:\s+point)?(?:\s+(?:with|into|to|on\s+the\s+border\s+with)\s+[A-Z][\w’'-]*)?(?=\s|,)"
)
_PART_SUBJECT = re.compile(
    r"\s+(?:(?:several|some|many|most|large|key|main|central|two|three|four|its|the|\w+ern)\s+){0,2}"
    r"(?:parts?|portions?|sections?|quarters|areas?|neighbou?rhoods?|villages?|posts?|checkpoints?|outskirts)\b",
    re.IGNORECASE,
)
_PART_AFTER_PLACE = re.compile(
    r"['’]s?\]?\s+(?:\w+\s+)?(?:airport|airfield|prison|jail|base|garrison|headquarters|compound|outskirts|suburbs?"
    r"|forts?|fortress|citadel|police|governor['’]s|army|military|corps|barracks|bazaar|market|checkpoints?|(?:out)?posts?|gates?|entrances?|villages?|neighbou?rhoods?)\b"  # "the [X's] entrance": an editor's bracket
    r"|\s+(?:international\s+)?(?:airport|airfield|air\s+field|prison|jail|garrison|barracks|neighbou?rhoods|suburbs|outskirts)\b"  # "Kabul airport", "Kunduz neighbourhoods"
    r"|\s+police\s+(?:headquarters|hq|station|compound|districts)\b|(?<=city|town)['’]s\s+(?:\w+\s+){0,2}districts\b",  # "Kunduz police headquarters"; "the city's southern districts": its wards
    re.IGNORECASE,
)
_WORD = re.compile(r"[\w’'-]+|[,;:()]")
_OWNER_MARK = re.compile(r"['’]s?$")  # "the insurgents' hands", "the group's hands": the owner's word
# ", and" / "-- and": a dash before the conjunction ends a bracketed list as a comma would
_CLAUSE_JOIN = re.compile(r"(?:,|\s(?:--?|—|–))\s+(?:and|but|while|whereas)\s+", re.IGNORECASE)
_DASH = re.compile(r"\s(?:--?|—|–)\s")
_ACTOR_NAMES = frozenset("taliban afghan army government police commandos".split())  # capitalised, yet no place
# "Sharana fell on Saturday, hours after Gardez and Asadabad": names alone after "after" / "following"
_RANK_BEFORE = re.compile(r"\b(?!(?:north|south)?-?west\b|latest\b)\w+est\s+(?:\w+\s+){0,4}$")
_ELLIPSIS_BEFORE = re.compile(
    r"\b(?:after|following)\s+(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$"
)
# "took Zaranj on Friday, then Sheberghan", "then X, and finally Y", "overran Nawa, as well as Kajaki", "fell a day later, as
# did Qalat": a coordinated name that shares the verb before it ("and then, a day later, Y": its own day)
_COORDINATED_BEFORE = re.compile(
    r"\b(?:then(?:\s*,\s*(?:a|an|one|two|three|four|\d{1,2})\s+(?:days?|hours?|weeks?)\s+later\s*,)?|(?:and\s+)?(?:finally|lastly)|as\s+well\s+as|along\s+with|followed\s+by|and\s+later|and\s+subsequently|(?:as|so)\s+(?:did|had|has|was|were))\s+(?:the\s+)?"
    r"(?:(?:provincial\s+)?capital\s+of\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?(?:province\s+of\s+)?)?"  # "as has the capital of the southern X province" (of the southern province of X)
    r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$"
)
_COORDINATORS = (
    "then", "finally", "lastly", "as well as", "along with", "followed by", "later", "subsequently", "as did", "as had", "as has", "as was", "as were",
    "so did", "so had", "so was", "so were",
)
# "Herat fell on Thursday and Kandahar followed": the name's own verb only repeats the one before
_FOLLOWS_SUIT = re.compile(
    r"\s+(?:(?:soon|quickly|then|also)\s+)?(?:followed|came\s+next|(?:was|were)\s+(?:also\s+)?next|went\s+next|did\s+(?:too|likewise|the\s+same)"
    r"|(?:was|were)\s+(?:also\s+)?theirs|(?:had|has)\s+(?:also\s+gone|gone\s+(?:too|as\s+well))|went\s+the\s+same\s+way)\b"
)


def object_kind(gap: str, nominal: bool = False) -> str:
    """Return what the words between a verb (a noun when `nominal`: "the fall of") and the place
    after it make of the place.

    WHOLE: the place itself ("the northern city of", "control of", a list of names); SEAT: its seat
    of government ("the governor's office in"); PART: a part of it ("check posts in", "parts of");
    OTHER: something else ("weapons in", "their lives in").
    """
    if _INCLUSION.search(gap):
        return WHOLE if includes(gap) else OTHER
    if _UNITS_FROM_SIDE_IN.search(gap):
        return OTHER  # "retook a district from the Taliban in Herat province": a unit of the place, not the place
    if _NEW_CONJUNCT.search(gap) or listed_towns.town_ends_object_list(gap) or crossing_links.after_neighbour_crossing(gap):
        return WHOLE  # "captured the Islam Qala customs post and the Torghundi border town", "the X crossing with Iran and the Y crossing": a second object
    if LATEST_BEING.search(gap):
        return WHOLE
    if gap.strip() == "," or persons.person_object(gap) or approached_outskirts.approached_in_gap(gap):
        return OTHER  # "in the hands of the Taliban, X itself is besieged": a new clause's subject; "captured a police chief in X"; "and approached the outskirts of X"
    forces = _FORCES_THERE.match(gap) if nominal or gap.startswith(" of ") else None  # not "captured government forces in X"
    gap = " of " + gap[forces.end() :] if forces else gap
    gap = _ALL_OF_IT.sub("all ", _CAPITAL_APPOSITION.sub("", _without_list_aside(times_dropped(list_reach.without_compass_asides(list_reach.without_name_particles(definite_counts.count_dropped(counted_conjuncts.past_counted_units(gap))))))))
    if (len(gap) > 100 and not _is_long_list(gap)) or _LOCATIVE.match(gap):
        return OTHER  # "districts recaptured in Faryab": the object came before
    words = [w for w in _WORD.findall(gap) if w.strip("'’")]  # a quote mark alone is no word
    lowered = [w.lower().replace("’", "'") for w in words]
    if seats.names_seat(lowered) or seats.district_seat(lowered):  # a broadcaster's "centre" is a building there, no seat
        return PART if facilities.BROADCASTER_WORDS.search(gap) else SEAT
    if _OWN_CROSSING.search(gap) or object_appositions.names_the_object(gap) or crossing_links.crossing_end(gap) or border_sides.side_before_name(gap):
        return WHOLE
    for i, word in enumerate(lowered):
        if (word in _PART_WORDS and not _describes_the_unit(lowered, i)) or (word in ("third", "quarter") and lowered[i - 1 : i] == ["a"] and lowered[i + 1 : i + 2] == ["of"]):  # not "the market town of"; "a third of"
            return PART
        if word in _PART_BEFORE_IN and i + 1 < len(lowered):
            if lowered[i + 1] in _PLACE_PREPOSITIONS:
                return PART
            if lowered[i + 1] in ("in", "across", "of") and not (i and (_opener_before(lowered, i) in ("the", "all") or words[i - 1][:1].isupper())):
                return OTHER  # "took districts in Kandahar", "10 of its 16 districts in Herat" (not "X and Y districts in Z", "all districts of X")
    words, lowered = _as_and(words), _as_and(lowered)
    if all(_name_or(w, low, _WHOLE_WORDS) or w in (",", "(", ")", "-", "--") or w.isdigit() or _describes_the_unit(lowered, i) or _DEGREE.match(low) or ranks.ranked_word(low)
           or (low == "but" and lowered[i + 1 : i + 2] in (["strategic"], ["strategically"])) for i, (w, low) in enumerate(zip(words, lowered))):  # "the remote but strategic district of"; a lone "-" or "--" is a spaced dash ("took a capital - X")
        return WHOLE  # "took 70 districts, as well as the border town of X": X is taken too
    return OTHER


def _opener_before(lowered: list[str], i: int) -> str:
    """Return the word before word `i` past the adjectives that only describe it ("the nearby districts of": "the")."""
    return next((w for w in reversed(lowered[:i]) if w not in _WHOLE_WORDS or w in _OPENERS), lowered[0])


def _is_long_list(gap: str) -> bool:
    """Return True when `gap` holds only names, the words that locate them and commas (a list
    running on past the verb's usual reach)."""
    return all(w[:1].isupper() or w.lower() in _LONG_LIST_WORDS for w in _WORD.findall(gap))


def _describes_the_unit(lowered: list[str], i: int) -> bool:
    """Return True when word `i` of the gap only says what kind of town follows it ("the highway
    town of X", "the market town of X"); "the highway in X" is another thing."""
    return lowered[i] in _TOWN_MODIFIERS and i + 1 < len(lowered) and lowered[i + 1] in _UNIT_WORDS


def _as_and(words: list[str]) -> list[str]:
    """Return `words` with "as well as" read as "and"."""
    text = " ".join(words)
    return text.replace("as well as", "and").split(" ") if "as well as" in text else words


def _without_list_aside(gap: str) -> str:
    """Return `gap` without an aside about the name listed before the place ("overran Ghazni, on the
    highway south of Kabul, and Herat": Herat is the verb's object as Ghazni is)."""
    aside = _LIST_ASIDE.search(gap)
    if aside is None:
        return gap
    named = _WORD.findall(gap[: aside.start()])
    return gap[: aside.start()] + "," + gap[aside.end() :] if named and named[-1][:1].isupper() else gap


def forces_after(text: str, at: int, nominal: bool) -> bool:
    """Return True when the forces of a side follow an outcome noun ending at `at` ("the surrender
    of government forces in", "the collapse of Afghan troops at"): the outcome is told of the place
    after them, and the forces lose it."""
    return (nominal or text.startswith(" of ", at)) and _FORCES_THERE.match(text, at) is not None


def facility_named_for(gap: str) -> str | None:
    """Return what a facility the place before a verb qualifies, the verb's subject, makes of the
    place: WHOLE for a military base (the unit that holds it: "the Kunduz army corps headquarters at
    the airport fell", "Bagram base surrenders"), PART for another facility ("the X police
    headquarters has fallen"), None for no facility."""
    found = _FACILITY_OF_PLACE.match(gap)
    if found is None:
        return None
    return WHOLE if found["base"] else PART


def is_subject_gap(gap: str) -> bool:
    """Return True when the place before a verb is its subject: only auxiliaries, names of a list
    or an apposition stand between ("X and Y have fallen", "X, the capital of Y province, fell"), or
    a count it is one of ("X was one of three districts that fell")."""
    if entry_colons.colon_only(gap):
        return True  # "* KUNDUZ: fell on Sunday"
    if len(item_appositions.compact_gap(gap := relative_asides.without_relative_aside(gap))) > 120 or ";" in gap or ":" in gap or opens_a_new_clause(gap):
        return False
    if (closed := item_appositions.without_open_apposition(gap)) is not None and is_subject_gap(closed):
        return True
    if counted_ranks.is_one_of_counted(gap):
        return True
    gap = _ADDED_PLACES.sub(" ", _OWN_FACILITY_ADDED.sub(" ", _after_own_crossing(border_locatives.without_border_locative(unhedged(item_appositions.without_area_apposition(item_appositions.without_rank_asides(reduced_relatives.without_participle(gap))))))))  # "X, as well as Y, fell": Y is a subject too
    stripped = dashed = _after_dashed_aside(gap)
    first = gap.find(",")
    if first >= 0 and _is_unit_lead(gap[:first]):  # "X, ...," or "X district centre, ...,"
        second = _APPOSITION_CLOSE.search(gap, first + 1)
        if second and second.start() - first <= 120:  # an aside between two commas, or a comma and a closing dash ("city — X, a fort — had")
            stripped = gap[second.end() :]
    # "X and Y, both on the highway, fell": a lower-case aside before the verb
    readings = [stripped, dashed] + [t[: a.start()] + a.group("tail") for t in (stripped, gap) if (a := _TRAILING_ASIDE.search(t))]
    if "but not" in gap:  # "X, but not Y, has fallen": Y set aside (`place_roles`), X the subject
        readings.append(_BUT_NOT_NAMED.sub(" ", gap))
    return any(_only_subject_words(reading) for reading in readings)


def _only_subject_words(gap: str) -> bool:
    """Return True when every word of `gap` may stand between a subject and its verb."""
    # a typed double dash ("X, Y and Z -- fell") brackets an aside as a comma or parenthesis does
    words = [_OWNER_MARK.sub("", w.strip("-")) for w in _WORD.findall(_MOST.sub(" ", _RANKED_COUNT.sub("last", gap))) if w.strip("'’")]  # "Malistan--have fallen": a dash typed without spaces
    # the joining particle of a later name written apart ("and Pul e-Hesar"), not one that goes on
    # with the place's own name ("Dara-i-Sawf" is not "Dara")
    return all(_name_or(w, w.lower(), _SUBJECT_WORDS) or w in ",()" or not w or ranks.ORDINAL.match(w.lower()) or _SUPERLATIVE.match(w.lower()) or _is_adverb(w)
               or (k > 0 and _JOINING_PARTICLE.match(w)) or ranks.counted_units(words, k) for k, w in enumerate(words))


def _is_adverb(word: str) -> bool:
    """Return True for an adverb that may stand between a subject and its verb ("once again",
    "swiftly", "subsequently")."""
    lowered = word.lower()
    return lowered in _TIME_ADVERBS or (len(lowered) > 5 and lowered.endswith("ly") and lowered not in _LY_EXCLUDED)


def _after_own_crossing(gap: str) -> str:
    """Return `gap` past the crossing the place names ("X border crossing with Iran has fallen":
    the crossing and the country it leads to are the subject's own words), else `gap`."""
    match = _OWN_CROSSING_AFTER.match(gap)
    return gap[match.end() :] if match else gap


def opens_a_new_clause(gap: str) -> bool:
    """Return True when ", and" / ", while" in the gap opens a clause of its own whose verb follows
    with no new name before it ("took X on Monday, and clashes went on in Y": X is not the clashes'
    subject; "X, Y, and Z fell" lists a name after it)."""
    if "," not in gap and not _DASH.search(gap):
        return False
    joins = list(_CLAUSE_JOIN.finditer(gap))
    return bool(joins) and not any(w[:1].isupper() and w.lower() not in _ACTOR_NAMES for w in _WORD.findall(gap[joins[-1].end() :]))

def _after_dashed_aside(gap: str) -> str:
    """Return `gap` without an aside between two dashes ("X -- the biggest prize so far -- fell";
    after the rest of a list: "X, Y and Z - three capitals in a day - fell"), else `gap`."""
    match = _DASHED_ASIDE.search(gap)
    return gap[: match.start()] + " " + gap[match.end() :] if match else gap


def _is_unit_lead(lead: str) -> bool:
    """Return True when the words before an aside's comma only name the place's unit ("district centre")."""
    return all(w.lower() in _UNIT_WORDS for w in _WORD.findall(lead))


def part_after(sentence: str, end: int) -> bool:
    """Return True when the place ending at `end` only owns what the verb is about ("X's airport",
    "X's main prison", "X airport"): a part of it, not the whole."""
    return bool(_PART_AFTER_PLACE.match(sentence, end))


def relative_part(gap: str, at: int) -> str | None:
    """Return PART when the relative clause starting at `at` in `gap` has a part of the place for
    its subject ("the city, in which several quarters were captured"), else None."""
    return PART if _PART_SUBJECT.match(gap, at) else None


def includes(gap: str) -> bool:
    """Return True when `gap` ends in a list the verb's object includes ("including X and"; not "including some near", nor after "and are menacing cities")."""
    inclusion = next(reversed(list(_INCLUSION.finditer(gap))), None)
    return inclusion is not None and not foreseen_before(gap, inclusion.start()) and object_kind(gap[inclusion.end() :]) != OTHER and not _NEAR_TAIL.search(gap, inclusion.end()) and not second_predicates.second_predicate_before(gap, inclusion.start())


def only_locates(gap: str) -> bool:
    """Return True when the place after `gap` only locates a place named just before ("X in Y")."""
    tail = gap[-60:]
    return tail.endswith((" in ", " of ", " the ", "ern ", " central ")) and bool(_LOCATOR_GAP.search(tail)) and not province_list_heads.heads_a_list(tail)


def _name_or(word: str, lowered: str, allowed: frozenset[str]) -> bool:
    """Return True for a word in `allowed` or a capitalised word (a name in a list)."""
    return lowered in allowed or word[:1].isupper()


def ellipsis_start(before: str) -> int | None:
    """Return where "after" / "following" stands in `before` when only names follow it up to the
    place (the place shared the verb's outcome earlier: "fell hours after X"), else None."""
    if "after" not in before and "following" not in before:  # a cheap test first
        return None
    match = _ELLIPSIS_BEFORE.search(before)
    if match is None or _RANK_BEFORE.search(before, max(0, match.start() - 40), match.start()):
        return None  # "the second largest city after Kabul" ranks, it tells no event
    return match.start()


def coordination_start(before: str) -> int | None:
    """Return where "then" / "as well as" / "followed by" stands in `before` when only names follow
    it up to the place (the place shares the verb before it), else None."""
    if not has_any(before, _COORDINATORS):  # a cheap test first
        return None
    match = _COORDINATED_BEFORE.search(before)
    return None if match is None else match.start()


def follows_suit(sentence: str, end: int) -> bool:
    """Return True when the place ending at `end` has for its verb only "followed", "came next" or the like (the outcome before)."""
    return _FOLLOWS_SUIT.match(sentence, end, end + 40) is not None
