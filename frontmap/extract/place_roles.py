"""Place roles: when a place named in a control sentence is no event of its own.

A place yields nothing when it is only a reference point ("50 km from Kunduz", "southwest of
Kabul", "bordering Pakistan", "on Kabul's doorstep", an offensive "closing in on Kabul"), a destination of people fleeing ("fled to",
"flights to", "troops who retreated reached X") or of troops sent there ("sending more troops to X"), part of
a title or affiliation ("lawmaker from Helmand", "Badghis governor", "Kabul government", "police
in Paktia"), or the province that merely locates a place named next to it ("Enjil district of
Herat province", "Lashkar Gah, Helmand province"; see frontmap.extract.events). A relative clause
after a place ("X, which the Taliban held in 1996, fell on Sunday") puts the place's own verb past it.
"""

from __future__ import annotations

import re

from frontmap.extract import crossing_links, listed_destinations, own_relatives, place_subjects
from frontmap.extract.institutions import without_acronym
from frontmap.extract.acting_seats import acts_as_government
from frontmap.extract.clauses import CHANGE_PARTICIPLES
from frontmap.extract.appointed_holds import taliban_office_before
from frontmap.extract.persons import HOLDER_SUFFIXES
from frontmap.extract.seat_objects import seat_object
from frontmap.extract.province_seats import SPEAKS_AFTER
from frontmap.extract.speaking_places import filed_from, national_seat
from frontmap.extract.text import has_any, text_view
from frontmap.extract.use_asides import use_aside_end

_IGNORE_CASE = re.IGNORECASE

_UNIT = r"(?:km|kms|kilomet(?:er|re)s?|miles?|mi)\b"
# a control verb ends the words a road's name may run on with ("the road to X, captured Y")
ROUTE_STOPS = r"(?:captured|seized|took|overran|overrun|retook|recaptured|stormed|entered|attacked|fell|fallen|after|when|while|because|but|until)"  # a verb, or a clause opener past the road
_ROUTE_BEFORE = ("road", "roads", "highway", "highways", "route", "routes", "bridge", "artery", "corridor", "that", "which")
# "50 km from Kabul after taking X", "south of Kunduz, then seized X": a subordinator or adverb opens a
# new phrase, so the place after it is the new verb's object, no landmark
_NEW_PHRASE = r"after|before|while|when|whereas|then|having|following|since|until|once"
_REFERENCE_BEFORE = re.compile(
    # "infiltrated to 20 kilometers to X": the distance still to go, as "20 km from X"
    r" (?:\d+(?: \d+)?\s*" + _UNIT + r"(?: +\d+ +" + _UNIT + r")? +(?:\w+ +){0,2}?(?:of|from|outside|to)"
    # not "fighting in the north of X", a part of it ("the district, in the west of X" locates it)
    r"|(?<!\w in the )(?<!\w into the )(?<!entered the )(?:north|south|east|west|north ?east|north ?west|south ?east|south ?west)(?:ern)? +of"
    r"|bordering|border +with|close +to(?! +(?:the +)?(?:tak|captur|seiz|overr|storm|fall|conquer)\w*)|away +from|born +in|native +of|based +in|organi[sz]ed +in|headquartered +in|hails? +from|(?:drive|walk|ride|flight|journey) +(?:from|of)"
    # "a commander whose headquarters are in X", "the agency, which has its office in X": where an office sits
    r"|(?:headquarters|head +office|offices?) +(?:is|are) +(?:located +)?in|has +(?:its|their) +(?:headquarters|head +office|offices?) +in"
    r"|(?:closest|nearest) +(?:\w+ +){0,3}to)"
    # "fell in the east of the country: X, Y" (no landmark; "Afghanistan's capital" is one); "a source close to the Taliban said X fell" (a speaker's tie);
    # "came close to taking X" is a near miss at X (`near_misses`), no landmark
    # "to the west of Kunduz in X": the landmark is done and "in" names where it happens
    r" +(?:the +)?(?:(?!(?:country|nation|afghanistan|said|says|told|claimed|added|wrote|reported|in|" + _NEW_PHRASE + r") (?!s +capital\b))\w+ +){0,3}$"
    # "on the road to X", "outposts on the way to X" (not "en route to X, captured Y": a clause of
    # its own after the destination)
    r"| (?<!en )(?:road|highway|route|(?:(?<=on the )|(?<=along the ))way) +(?:to|from|between|(?:(?:that|which) +)?(?:link(?:s|ing)?|connect(?:s|ing)?|runs|running|leads|leading|carr(?:ies|ying)))(?: +(?!" + ROUTE_STOPS
    + r"\b)\w+){0,8} +$"
    r"| towards? +(?:the +)?(?:(?:city|town|provincial +capital) +of +)?$"  # a direction, not where it happens
    # a route's ends: "a highway that connects Kabul with the south", "the road linking Kabul and Kandahar"
    # (not "a crossing connecting X to Y": the crossing is X's); the verb looked for first: eleven
    # look-behinds tried at every position of the window made this search several times slower
    r"|(?= +(?:connect|link))(?:" + "|".join(f"(?<={w})" for w in _ROUTE_BEFORE) + r") +(?:connect|link)(?:s|ed|ing)? +(?:(?!" + ROUTE_STOPS + r"\b)\w+ +){0,4}?(?:(?:with|to|and) +)?(?:the +)?(?:(?:city|town|capital) +(?:of +)?)?$"
    # an approach: "an offensive slowly closing in on X", "inching closer to X", "bearing down on X",
    # "as fighting nears X" (the verb; "fighting near X" is left to the readings of nearness)
    r"| (?:clos(?:e|es|ed|ing) +in +on|(?:ever +)?(?:closer|nearer) +to|bearing +down +on|rounding +up +to|near(?:s|ed|ing)) +(?:the +)?(?:(?:\w+ +)?(?:city|town|provincial +capital) +of +"
    r"|(?:afghan +|afghanistan(?: +s)? +|country s +|national +)?capital +)?$"  # "edging closer to the capital Kabul", "to Afghanistan capital Kabul"
)
# "every district except the provincial capital Taloqan" / "except the city of X": the place left out of what the verb says
_EXCEPT_BEFORE = re.compile(
    r" (?:except|excepting|apart +from|aside +from|other +than|with +the +exception +of|but +not)(?: +for)?"  # "X, but not Y, fell"
    r" +(?:(?:the|its|their) +)?(?:(?:(?:provincial +)?capital|city|town|provincial +cent(?:re|er))(?: +(?:city +)?of)?)?,? *$"  # "except the city of X", "except its capital X"
)
# "unlike X, Y fell", "rather than attack X, they seized Y", "instead of X": the place set against
# what the verb says, left out of it
_CONTRAST_BEFORE = re.compile(
    r" (?:unlike|rather +than|instead +of)(?: +(?:attack(?:ing)?|tak(?:e|ing)|captur(?:e|ing)|seiz(?:e|ing)|storm(?:ing)?|enter(?:ing)?|mov(?:e|ing) +on))?"
    r"(?: +(?:the|its|their))?(?: +(?:(?:provincial +)?capital|city|town|district)(?: +of)?)? *$"
)
# the names listed before a later one of the contrast ("Unlike Kunduz and X"): read on the text, whose
# capitals tell the names from the contrast word
_CONTRAST_NAMES_BEFORE = re.compile(
    r"\b(?:[Uu]nlike|[Rr]ather\s+than|[Ii]nstead\s+of)\s+(?:[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2}\s*,\s*)*"
    r"[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2},?\s+(?:and|or)\s+$")  # after "and" only: a name after a comma may be the clause's own subject
# "thousands have poured into Kabul to flee the fighting": where people fleeing went, not an advance
_STREAMED_BEFORE = re.compile(r" (?:poured|pouring|streamed|streaming|flocked|flocking|flooded|flooding|crowded) +(?:in|into|to)(?: +the)? *$")
_FLEEING_AFTER = re.compile(r"\s*,?\s+(?:to\s+(?:flee|escape)|fleeing|escaping)\b")
# "fleeing fighting in the north, Afghans pack Kabul parks": people who fled fill the place; the fight is elsewhere
_PACKED_BEFORE = re.compile(
    r" (?:flee|fled|fleeing|escap\w*|displaced|refugees)\b[\w ]{0,60}? (?:pack|crowd|fill|swell|throng|swamp|overwhelm)(?:s|ed|ing)?"
    r" +(?:into +|in +)?(?:the +)?$"
)
# the names listed before a place that the exception goes on to ("except Kabul, Bazarak and ")
_EXCEPTED_NAMES_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2}\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+))+$")
# "Herat loses both border crossings": the place as the loser of something else, not taken itself
_LOSER_AFTER = re.compile(
    r"\s+(?:(?:(?:has|have|had)\s+)?(?:loses|lost|losing)|(?:is|are|was|were)\s+losing)\s+(?:its|their|both|two|three|four|five|six|several|many|more"
    r"|another|a|one|half|most|key|main|\d+"
    r"|districts|villages|checkpoints|outposts|posts|bases|towns|ground|territory)\b",  # "Ghazni losing districts one by one"
    _IGNORE_CASE,
)
# verbs of sending ("sent", "deploying", "dispatched"): where what is sent goes
_SENDING = r"(?:send|sends|sending|sent|deploy(?:s|ed|ing)?|dispatch(?:es|ed|ing)?)"
_FORCES = r"(?:troops|soldiers|forces|reinforcements|commandos|marines)"
# (an aim after "to" is no destination: "pushed back fighters who tried to capture X")
_FLED_BEFORE = re.compile(
    r" (?:fled|flee|flees|fleeing|escaped|escape|retreat(?:s|ed|ing)?|relocated|evacuated|displaced|heading|headed|refuge"
    r"|withdr(?:ew|awn|awing|aws?)|(?:fell|falling|fall|pulled|pulling) +back"  # "forces withdrew to X": where they went, no fight there
    r"|flights?|flown|transferred|shifted|convoys?"  # and a convoy "carrying troops to X" or a "convoy to X": where they were going
    r"|(?:push(?:ed|es|ing)?|dr(?:ove|iven|iving)|forc(?:ed|ing)|chas(?:ed|es|ing)) +(?:[\w-]+ +){0,3}?back"  # "pushing the Taliban back into X": where the beaten went
    r"|" + _SENDING + r"|redeploy(?:s|ed|ing)?|rush(?:es|ed|ing)?|flew|travell?(?:ed|ing)|carr(?:y|ies|ied|ying)|ferr(?:y|ies|ied|ying))\b"
    # not past a new clause ("Ghani fled the country, and the Taliban swept into X": X is no one's refuge;
    # "flights were suspended, as fighters pushed into X")
    r"(?:(?!  (?:and|as|while|when|but) | (?:and|as|while|when|but|after|before|since|until) +(?:the +)?(?:taliban|insurgents?|militants?|fighters|rebels)\b)[\w ]){0,50}? (?:to|into|towards?|for) +(?!(?:re)?(?:captur|seiz|take|overr|storm|enter|attack|assault)\w* )(?:the +)?"
    # "retreated to a military base in the provincial capital X": the base they went to lies in the town
    r"(?:(?:a|an|its|their) +(?:\w+ +)?(?:base|camp|compound|garrison|barracks|headquarters) +(?:in|at) +(?:the +)?)?"
    # "fled to the Badakhshan provincial capital of Faizabad", "to the northeastern city of X": a
    # town's kind, and one word before it (a province's name, a region), before its name
    r"(?:\w+ +(?=(?:provincial|city|town)\b))?(?:(?:provincial +(?:capital|cent(?:re|er))|city|town) +(?:city +)?(?:of +)?)?"
    # "fled to an army base outside X": a site at the town's edge (`site_destinations`)
    r"(?:(?:an? +)?(?:[\w-]+ +){0,2}?(?:airport|airfield|base|barracks|garrison|camp) +(?:just +)?(?:outside|near|on +the +(?:outskirts|edge) +of) +)?"
    r"(?:(?!(?:after|before|when|as|since|while|once|until|following|from|said|says|told|say|but|then)\b|(?<=  )(?:and|or)\b)\w+ +){0,2}$"  # not "fled to Kabul said X", "fled to Kabul, and X fell"
    # "tried to drive to X", "went back to X": a trip's end, no fight there (the insurgents' own trip may be an advance)
    r"|(?<!taliban)(?<!fighters)(?<!insurgents)(?<!militants) (?:dr(?:ive|ives|ove|iven|iving)|went|go|goes|going|gone) +(?:back +|home +)?to +(?:the +)?(?:\w+ +){0,2}$"
    r"|(?<!taliban)(?<!fighters)(?<!insurgents)(?<!militants) arriv(?:e|ed|es|ing) +(?:in +|at +)?(?:the +)?(?:(?!(?:and|but|as|while|when|so)\b)\w+ +){0,2}$"  # not "arrived overnight and X remained ...": a new clause; the insurgents' arrival is one
    r"| (?:s(?:ought|eek|eeks|eeking)|t(?:ook|ake|akes|aking)|f(?:ound|ind|inds|inding)) +(?:safety|refuge|shelter|sanctuary) +(?:in|at) +(?:the +)?$"  # a refuge
    # "residents started leaving for X", "left the city for X": where they went (not "for good", "for the Taliban")
    r"| (?:leav(?:e|es|ing)|left|set(?:s|ting)? +(?:off|out))(?: +[\w ]{0,40}?)? +for +(?!(?:good|ever|now|the +taliban)\b)(?:the +)?"
    r"(?:(?:nearby|neighbou?ring|safer|other|provincial)\b +)*(?:(?:city|town|district|capital) +(?:of +)?)?$"
)
# "sending additional troops to Kabul": where reinforcements go, no fight there (yet "the city" after it may mean it)
_SENT_TO_BEFORE = re.compile(
    r"(?: " + _SENDING + r"(?: +[\w-]+){0,4}? +" + _FORCES
    + r"| " + _FORCES + r" +(?:\w+ +)?(?:were|was|have +been|had +been|are +being|being)"
    r" +(?:\w+ly +)?(?:sent|deployed|dispatched|rushed|flown|airlifted))"  # "commandos were sent to"
    r" +(?:to|into) +(?:the +)?(?:\w+ +){0,2}$"
    # "commandos arrived in X", "fresh troops have arrived at X": reinforcements come where the fight is
    r"| " + _FORCES + r" +(?:\w+ +){0,2}?(?:arriv(?:e|ed|es|ing)|land(?:ed|s|ing)?) +(?:in|at) +(?:the +)?(?:\w+ +){0,2}$"
)
# "soldiers who retreated from the district reached X": where the retreating went, not a fight
_REACHED_BEFORE = re.compile(
    r" (?:retreat\w*|fled|flee\w*|escap\w*|withdr\w*|left|evacuated|pulled +(?:back|out))\b[\w ]{0,60}? reach(?:ed|es|ing)? +(?:the +)?(?:\w+ +){0,2}$"
)
# "on Kabul's doorstep", "Maidan Shahr's neighbouring district of X": a place named as what another place is near
_NEAR_AFTER = re.compile(r"^['’]s\s+(?:doorsteps?|door|neighbou?ring|adjacent|nearby|surrounding|outlying)\b", _IGNORE_CASE)
# "fighting on the western edge of the city, in the Zhari direction": a bearing named by a place, not where it happens
_DIRECTION_AFTER = re.compile(r"(?:['’]s)? +(?:direction|axis)\b", _IGNORE_CASE)
_TITLE_BEFORE = re.compile(
    # "lawmakers from the province in Kabul": where the people of a place named before are (tried first)
    r" (?:(?:lawmakers?|mps?|senators?|council|councillors?|members?|elders?|officials?|representatives?|residents?)"
    r" +(?:from|of) +(?:the|this|that|its|their) +(?:province|district|city|town|region|area) +in"
    # "the shadow governor of the Taliban for X", "shadow governor district of Taliban for X": the side named before the place
    # (tried before the plain "governor of", which would read "the Taliban for" as words before the place)
    r"|(?:governors?|chiefs?|commanders?|heads?|deputies|deputy)(?: +district)? +of +(?:the +)?(?:taliban|group|insurgents|militants) +for"
    r"|(?:lawmakers?|mps?|senators?|governors?|council|councils|councillors?|chiefs?|members?|spokes(?:man|person|woman)"
    r"|representatives?|commanders?|heads?|mayors?|deputies|deputy|officials?|sources?|natives?|elders?) +(?:from|of|for)"
    r"|(?:lawmakers?|mps?|council|councillors?|governors?|(?<!family )(?<!household )members?|elders?|government|embassy|mission|consulate"
    r"|officials?|authorities|corps|command|spokes(?:man|person|woman|men)|(?:local|security|military|tribal) +sources?) +in)"
    r" +(?:the +)?(?P<words>(?:(?!said |says |told )\w+ +){0,2})$"  # not "officials in Takhar said X fell"
)
# "overran the army corps in X": the base taken, no title of a speaker (`frontmap.extract.bases`)
_BASE_TAKEN_BEFORE = re.compile(
    r"\b(?:took|taken|tak(?:e|es|ing)|captur\w+|seiz\w+|overr[au]n\w*|storm\w+)\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}(?:corps|command)\s+in\s+(?:the\s+)?$"
)
# "the governor of Ghazni, which was handed to the Taliban": the relative clause tells the place's
# own event, whatever title named it
_OWN_RELATIVE_AFTER = re.compile(
    r",?\s+(?:which|where)\s+(?:\w+\s+){0,3}?(?:fell|was|were|had|has|is)\b(?!\s+(?:located|situated|based)\b)"
    r"|,\s+(?:(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}?(?:district|city|town|capital)\s+(?:that|which|where)|which|where)\s+(?:the\s+)?(?:taliban|insurgents|militants)\b",
    _IGNORE_CASE,
)  # "residents of Kunduz, which the Taliban took on Sunday": the place's own event too; not "a lawmaker
# from X province, where the city is located" (where another place lies); "elders from X, a district that the Taliban took"
# "pushed on towards X, where clashes went on": the relative clause tells a fight at the place the
# direction named, so the direction does not keep it from its own event
_WHERE_FIGHT_AFTER = re.compile(
    r",\s+where\s+(?:(?:heavy|fierce|intense|sporadic|fresh)\s+)?(?:clashes|fighting|battles?|gunfights?|skirmishes)\b", _IGNORE_CASE
)
# "Sefatullah Samangani from Samangan province told the media": a named speaker and the province he comes from
_NAMED_FROM_BEFORE = re.compile(r"[A-Z][\w’'-]+ +from +$")
# "a police officer in Maimana said": where a speaker with no title of office serves (the verb of saying after it)
_SERVES_IN_BEFORE = re.compile(r"\b(?:officers?|policem[ae]n|soldiers?|commanders?|doctors?|teachers?|traders?)\s+(?:based\s+|stationed\s+)?in\s+$", _IGNORE_CASE)
_TELLS_AFTER = re.compile(r"(?: +province)?,? +(?:told|said|says|tells|added)\b")
# "'They took the buildings,' a resident of Logar told reporters": the tag of a quotation says where
# its speaker lives; "Residents of X said fighting went on" leaves X where the fighting is
_QUOTED_RESIDENT_BEFORE = re.compile(r"[”\"'’],?\s+(?:[\w-]+\s+){0,4}?residents?\s+(?:of|from|in)\s+$", re.IGNORECASE)
_TITLE_PREPOSITIONS = (" from ", " of ", " for ", " in ")
# the words a title may put between "of" and the place: names and their describing words, no verb
# ("the governor of Uruzgan handed X to ..." names Uruzgan in the title, not X)
_TITLE_MODIFIERS = frozenset(
    "northern southern eastern western central north south east west restive neighbouring neighboring remote".split()
)
_TITLE_AFTER = re.compile(
    # "Kuh-e-Safi Parwan district governor", "the Surobi district chief": a district's official, the province
    # name perhaps between; "Panjshir resistance spokesman", "a Baghlan militia commander": the men of the
    # place's armed group
    r"^(?:\s+(?:[a-z][\w-]*\s+)?district\s+(?:governors?|chiefs?)\b|[-\s](?:based|born|bred|raised|headquartered)\b|(?:['’]s)?\s*(?:(?:provincial|resistance|militia|uprising)\s+)?(?:lawmakers?|mps?|governors?|council|councillors?|officials?|spokes(?:man|person|woman)"
    # "X's provincial police headquarters reported ...": the headquarters that speaks is the police body
    r"|police\s+(?:headquarters|hq|command)(?=" + SPEAKS_AFTER + ")"
    r"|police(?:m[ae]n|wom[ae]n)?(?!\s+(?:headquarters|hq|station|compound|districts?)\b)|health|residents?|natives?|commanders?|university|embassy|compound|government|administration|prison|jail"
    r"|hospital|activists?|elders?|journalists?|correspondents?|sources?|security\s+sources?|airlines|warlords?|strongm[ae]n"
    # "stunned Kabul's backers in Washington": the government the capital names, and its friends abroad
    r"|backers|allies|partners|donors|rulers|regime|leadership|diplomats?|envoys?"
    r"|valleys)\b)",  # "residents of two Bamyan valleys": the province's valleys, not the district
    _IGNORE_CASE,
)

# "stormed Farah prison", "attacked the Kunduz jail": the verb's object is the town's prison, a part of
# the town, where "Farah prison officials said" names people (`_TITLE_AFTER`)
_STORMED_PRISON = re.compile(r" (?:storm|attack|raid|assault)(?:ed|s)? +(?:the +)?$|(?: broke| break) +into +(?:the +)?$")
_REGIONAL_SEAT_BEFORE = re.compile(r"\b(?:corps|command|headquarters|ministry|embassy|mission|consulate)\s+in\s+(?:the\s+)?$", _IGNORE_CASE)
# "despite Taliban attacks, the Herat police chief said": a comma parts the noun from the title after it
_COMMA_BEFORE = re.compile(r",\s*(?:the\s+|a\s+)?$", _IGNORE_CASE)

_CONTAINER_GAP = re.compile(r"^\s*(?:districts?|city|cities|towns?|villages?|areas?)?\s*(?:,|\bof\b|\bin\b)\s*(?:,\s*)?(?:the\s+)?(?:[\w’'-]+\s+){0,3}$", _IGNORE_CASE)
_PROVINCE_SCALE = re.compile(
    r" (?:\d+|two|three|four|five|six|several|some|many|dozens +of) +(?:\w+ +)?(?:districts|border +crossings|crossings)\b"
)
# "X, which the Taliban held in the 1990s, has fallen again": the place's own verb follows the relative clause
# (the place's unit and its province may come first: "X district of Helmand, which ...")
_RELATIVE_AFTER_PLACE = re.compile(
    r"(?: +(?:district|city|town))?(?: +(?:centre|center))?(?: +(?:of|in) +(?-i:[A-Z])[\w’'-]*(?: +province)?)? *, *"
    # (after a noun naming it again: "X, the Helmand district where British troops fought for years, fell")
    r"(?:(?:an?|the) +(?:[\w’'-]+ +){0,3}?(?:district|town|city|capital|province|valley|area|stronghold) +(?:which|where|whose)"
    # or a participle: "X, briefly overrun by ..., fell", "X, besieged since the weekend, was abandoned"
    r"|(?:(?:both|all|each) +of +)?which|where|whose|when|(?:\w+ly +)?\w+(?:ed|en|wn|un) +(?:by|since|for)"  # "X and Y, both of which fell"
    # a control verb's participle closed by a comma before a passive: "X, overrun on Saturday, was retaken on Sunday"
    r"|(?:(?:first|briefly|\w+ly) +)?" + CHANGE_PARTICIPLES +
    r"(?= [^,;.]{0,40}, *(?:was|were|(?:has|had|have) +been) +(?:\w+ly +)?\w+(?:ed|en|wn|un)\b))\b",
    _IGNORE_CASE,
)
# ", an official said.", ", according to residents": only who told it, to the sentence's end
_SOURCE_TAIL = re.compile(
    r",\s*(?:(?:[\w’'-]+\s+){1,6}?(?:said|says|told|added|confirmed|reported)\b|according\s+to\b)[^,;:]{0,60}[.!\"”]?\s*$",
    _IGNORE_CASE,
)
_DISTRICT_COMPOUND_AFTER = re.compile(r" +district +compound\b")
# not "home" of "Ghani's home province of Logar": a province of origin, no building
# one site ("a radio station in Uruzgan province", "a police station in Nimroz"): where the event stood, not the province
_FACILITY_WORDS = (r"compound|embassy|office|residence|hospital|prison|jail|house|home(?! +(?:province|district|town|city|region)\b)|homes|convoy|mosque|school|consulate|hotel"
                   r"|station|airport|airfield|air\s*base|(?:army|military)\s+base|garrison|barracks")
_FACILITY = re.compile(r" (?:" + _FACILITY_WORDS + r")\b")
# "the airport in the southern province of X, ..., was seized": the site the province only locates, told before it
_FACILITY_LOCATED = re.compile(r" (?:" + _FACILITY_WORDS + r")\s+(?:in|of)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(?:province\s+of\s+)?$")


def _is_reference(sentence: str, before: str, lo: int, start: int) -> bool:
    """Return True when the words before the place (`before`: the view from `lo`, after a space)
    make it a distance landmark, within one phrase: "south of Kabul, then seized X" names X anew
    ("south of the capital, Kabul" is one phrase)."""
    found = _REFERENCE_BEFORE.search(before)
    if found is None or crossing_links.crossing_end(before):  # "the crossing that links X with Y": X's own crossing
        return False
    written = sentence[lo + max(0, found.start() - 1) : start].rstrip(" ,")  # "south of the capital, Kabul": apposed
    return ", " not in written and ";" not in written


def place_role_blocks(sentence: str, start: int, end: int, clause_start: int, view: str | None = None) -> str | None:
    """Return why the place at sentence[start:end] is no event here (None when it may be one).

    `view` may pass `text_view(sentence)` already computed.
    """
    view = text_view(sentence) if view is None else view
    lo = max(clause_start, start - 80)
    before = " " + view[lo:start]
    if (_is_reference(sentence, before, lo, start) and not _WHERE_FIGHT_AFTER.match(sentence, end) and not own_relatives.tells_own_control(sentence, end)) or (
            sentence[end + 1 : end + 2] == "s" and _NEAR_AFTER.match(sentence[end : end + 20])) or _DIRECTION_AFTER.match(sentence, end):
        return "reference point"
    if " from" in before and filed_from(sentence, start):
        return "reference point"  # "reporting from Kabul": the reporter's desk, which "the city" never means
    if " in" in before and national_seat(sentence, start, end):
        return "reference point"  # "the defence ministry in Kabul said": the speakers' seat, not what they speak of
    if "xcept" in before or " from" in before or " than" in before or " not" in before:
        if _EXCEPT_BEFORE.search(before) or _EXCEPT_BEFORE.search(_before_excepted_names(sentence, lo, start)):
            return "exception"  # "every capital except Kabul and Bazarak": each of the names left out
    if ("nlike" in before or " than" in before or "nstead" in before) and (
            _CONTRAST_BEFORE.search(before) or _CONTRAST_NAMES_BEFORE.search(sentence, lo, start)):
        return "exception"
    if (" reach" in before and _REACHED_BEFORE.search(before)) or sends_forces(before):
        return "arrival"  # no event of its own, yet "the city" after it may well mean it
    if acts_as_government(sentence, start, end):
        return "institution"  # "forced Kabul to deploy commandos": the government, acting
    if _FLED_BEFORE.search(before) or (_FLEEING_AFTER.match(sentence, end) and _STREAMED_BEFORE.search(before)) or _PACKED_BEFORE.search(before) or any(
            _FLED_BEFORE.search(earlier) for earlier in listed_destinations.listed_prefixes(sentence, lo, start, end)):
        return "destination"
    if sentence[end + 1 : end + 2] in "lhLiaw" and _LOSER_AFTER.match(sentence, end, end + 40):
        return "loser of a part"
    if (_TITLE_AFTER.match(sentence[end : end + 60]) and not _stormed_object(sentence, before, start) and not _district_compound(view, start, end)
            and not seat_object(before, sentence, end)) or (
            _title_before(sentence, before, start) and not _OWN_RELATIVE_AFTER.match(sentence, end) and not taliban_office_before(before)) or (
            _speaker_from(sentence, start, end) or _QUOTED_RESIDENT_BEFORE.search(sentence, max(0, start - 60), start)):
        # "the governor of X ... surrendered to the Taliban": those the title names gave X up
        return None if place_subjects.gave_up_after(sentence, end) is not None else "title or affiliation"
    return None


def regional_seat(text: str, start: int) -> bool:
    """Return True when the place at `start` of `text` is only where a command that speaks for a
    region sits ("a spokesman for the army corps in Mazar-i-Sharif said the city ..."): "the city"
    after it means the town at issue, that seat only when no other is at hand."""
    return _REGIONAL_SEAT_BEFORE.search(text, max(0, start - 40), start) is not None


def _stormed_object(sentence: str, before: str, start: int) -> bool:
    """Return True when the place at `start` is the object of a storming verb right before it
    ("stormed Farah prison"), not a title set off by a comma after an "attacks" noun."""
    return _STORMED_PRISON.search(before) is not None and not _COMMA_BEFORE.search(sentence, max(0, start - 8), start)


def _speaker_from(sentence: str, start: int, end: int) -> bool:
    """Return True when a capitalised name and "from" (or a speaker's post and "in") stand just
    before the place and a verb of saying right after it ("Samangani from Samangan province told
    the media", "a police officer in Maimana said"): the speaker's home, as after a title."""
    before = sentence[max(0, start - 40) : start]
    return (_NAMED_FROM_BEFORE.search(before) is not None or _SERVES_IN_BEFORE.search(before) is not None) and _TELLS_AFTER.match(sentence, end) is not None


def _district_compound(view: str, start: int, end: int) -> bool:
    """Return True when the place at [start, end) of the lower-case `view` is a district whose
    compound follows it ("the Qaisar district compound", "the district compound"): the district's
    seat, where "X compound" alone may name people or a building of their own."""
    if view.startswith(" compound", end):
        return view.endswith("district", start, end)
    return _DISTRICT_COMPOUND_AFTER.match(view, end) is not None


def sends_forces(before: str) -> bool:
    """Return True when `before` (the padded view up to a place) sends troops there ("sending
    additional troops to", "deployed commandos to"): where forces go is no destination that
    "the city" after it cannot mean, as a refuge is."""
    return (" to " in before or " arriv" in before or " land" in before) and _SENT_TO_BEFORE.search(before) is not None


def _title_before(sentence: str, before: str, start: int) -> bool:
    """Return True when a title ends just before the place ("lawmaker from", "the governor of
    northern"), `before` being the padded view ending at `start`."""
    if not has_any(before, _TITLE_PREPOSITIONS):
        return False  # a cheap test first: every title of _TITLE_BEFORE ends in one of them
    before = without_acronym(sentence, before, start)  # "the council (PC) in": the title, as without it
    title = _TITLE_BEFORE.search(before)
    if title is None or _BASE_TAKEN_BEFORE.search(before):
        return False
    skipped = sentence[start - (len(before) - title.start("words")) : start].split()
    if any(word.lower().endswith(HOLDER_SUFFIXES) for word in skipped):
        return False  # "residents of Taliban-held X": the words before X tell who holds it, as news
    return all(word[:1].isupper() or word.lower() in _TITLE_MODIFIERS for word in skipped)


def is_container(gap: str) -> bool:
    """Return True when `gap` (the text between a place and a province) only locates the first."""
    return bool(_CONTAINER_GAP.match(gap))


def is_province_scale(clause: str) -> bool:
    """Return True when the clause speaks of several districts or crossings (so a province)."""
    return bool(_PROVINCE_SCALE.search(" " + text_view(clause)))


def facility_between(sentence: str, trigger_start: int, start: int, end: int) -> bool:
    """Return True when a facility (compound, house, airport, ...) stands between the trigger and the
    place, or names the site the place only locates ("the airport in the province of X was seized")."""
    a, b = (end, trigger_start) if trigger_start >= end else (trigger_start, start)
    return bool(_FACILITY.search(" " + text_view(sentence[a:b]))) or _FACILITY_LOCATED.search(" " + text_view(sentence[max(0, start - 70) : start])) is not None


def verb_after_relative(sentence: str, end: int) -> int | None:
    """Return where the place's own verb may start when a relative clause follows the place at `end`
    (after the clause's closing comma; with none, inside the clause: "X, which fell"), else None."""
    relative = _RELATIVE_AFTER_PLACE.match(sentence, end)
    if relative is None:
        return use_aside_end(sentence, end)  # "X, long used by militants as a route to ..., fell"
    closing = sentence.find(",", relative.end())
    if closing < 0 or _SOURCE_TAIL.match(sentence, closing):
        return relative.end()  # "X, which the Taliban overran, an official said": no verb of X's own after it
    return closing


def _before_excepted_names(sentence: str, lo: int, start: int) -> str:
    """Return the view of sentence[lo:start] without the names listed right before the place (the
    words an exception stands in when the place is a later name of its list), or "" when none."""
    names = _EXCEPTED_NAMES_BEFORE.search(sentence, lo, start)
    return "" if names is None else " " + text_view(sentence[lo : names.start()])
