"""Spatial roles the landmark rules of `place_roles` leave out, and the place a sweep leaves out.

A place named only to say where another one lies is no event of its own:

- as the end of a road named after the towns it links ("the Kunduz-Takhar highway");
- as one end of a stretch between two places ("a base between Kunduz and Khan Abad");
- as what a named base, crossing or town lies near ("Bagram Air Base near Kabul");
- as the city whose edge a place taken lies on ("seized Nad Ali, on the outskirts of Lashkar
  Gah", "took Shakardara, on Kabul's northern edge", "seized a district from the army on the
  outskirts of Kabul"), while "fighting on the outskirts of X"
  stays fighting at X;
- as the province where a named site lies ("the border crossing port, also in Herat", "the
  Torghundi crossing, located in Herat province"; `locates_a_site`: a town there holds the site);
- as what a place is close to or borders ("given its proximity to Kandahar city", "two provinces that
  border Herat", "the districts around Kabul", "adjacent to Kabul", "the district that overlooks Kandahar", "the gateway to X"),
  or a distance spelt in words away ("less than a mile from Lashkar Gah").

A city named like its province and written as the province of an unnamed district ("a key
Kandahar district", "two Ghazni districts"; in a headline over a report naming another district of
the province, "Ghazni district falls") is no event of the city: `names_a_district_of_it`. A number
before another city and "districts" counts the city's own districts ("nine Lashkar Gah districts"):
`counts_districts_of_it`.

A place left out of a sweep ("every district except the provincial capital has fallen", "all of
Kunduz province but the city itself") is the one the sweep did not take: `held_when_excepted`
turns the verdict on it into government control.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from frontmap.extract import besieged_exceptions, excepted_clauses, landmark_asides
from frontmap.extract.border_objects import border_taken
from frontmap.extract.district_words import closes_a_list
from frontmap.extract.text import has_any
from frontmap.status import CLAIMED, GOVERNMENT, TALIBAN

if TYPE_CHECKING:
    from frontmap.extract.rules import SentenceReader, Verdict

_IGNORE_CASE = re.IGNORECASE
_ROAD = r"(?:main\s+|key\s+|strategic\s+)?(?:highway|road|motorway|route|supply\s+route|trade\s+route|corridor)s?\b"
# "the Kunduz-Takhar highway": the place is one end of a road's name
_ROAD_NAME_AFTER = re.compile(r"^(?:\s*[-–]\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)+\s+" + _ROAD, _IGNORE_CASE)
_ROAD_AFTER = re.compile(r"^\s+" + _ROAD, _IGNORE_CASE)
# "the Kunduz-Baghlan border", "on the border(s) of (between) Kunduz and Baghlan provinces": the ends
# of a boundary, not where the event is (not "the Islam Qala border crossing": the place's own)
_BOUNDARY = r"(?:border|boundary|frontier)\b(?!\s+(?:crossings?|posts?|towns?|points?|gates?|ports?|city|district|police|forces?|guards?))"
_BOUNDARY_PAIR_FIRST = re.compile(r"^\s*[-–]\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:\s+provinces?)?\s+" + _BOUNDARY)
_BOUNDARY_PAIR_SECOND_AFTER = re.compile(r"^(?:\s+provinces?)?\s+" + _BOUNDARY)
_BOUNDARY_OF_BEFORE = re.compile(r"\b(?:border|boundar(?:y|ie)|frontier)s?\s+(?:of|between)\s+(?:the\s+)?(?:provinces\s+of\s+)?$", _IGNORE_CASE)
_STRETCH = r"(?:base|road|highway|area|stretch|checkpoints?|posts?|outposts?|villages?|bridge|camp|positions?|land)"
# "a base between X and Y", "halfway between X and Y": the two ends of a stretch
_STRETCH_OR_MIDPOINT = r"(?:\b" + _STRETCH + r"\s+(?:\w+\s+)?|\b(?:half-?way|midway|mid-way)\s+)"
_BETWEEN_FIRST = re.compile(_STRETCH_OR_MIDPOINT + r"between\s+(?:the\s+)?(?:(?:city|town|district)\s+of\s+)?$", _IGNORE_CASE)
_BETWEEN_SECOND = re.compile(
    _STRETCH_OR_MIDPOINT + r"between\s+(?:the\s+)?[\w’'\- ]{1,40}?\s+and\s+(?:the\s+)?(?:(?:city|town|district)\s+of\s+)?$",
    _IGNORE_CASE,
)
# "Samangan lies between X and Y": X is where it lies; Y may open a clause of its own ("Y, which fell")
_LIES_BETWEEN_FIRST = re.compile(
    r"\b(?:lies|lie|lay|lying|located|situated|sits|sit|sandwiched)\s+(?:\w+\s+)?between\s+(?:the\s+)?(?:(?:city|town|district)\s+of\s+)?$", _IGNORE_CASE)
# "Bagram Air Base near Kabul": a named base, crossing or town, then what it lies near (case kept:
# the name before the noun is what makes it a locator; "the airport outside Kunduz" is Kunduz's)
_NAMED_SITE_NEAR = re.compile(
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)*\s+(?:(?:[Aa]ir\s*)?[Bb]ase|[Aa]irbase|[Aa]ir\s*[Ff]ield|[Aa]irport|[Cc]rossing|[Dd]am|[Bb]ridge"
    r"|[Pp]rison|[Cc]amp|[Dd]istrict|[Tt]own|[Vv]illage|[Vv]alley|[Aa]rea|[Rr]egion)\s*,?\s+(?:just\s+|right\s+)?(?:near|outside|close\s+to|not\s+far\s+from|next\s+to)"
    r"\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$"
)
# "a district near Kunduz city fell", "towns outside Kunduz", "a district not far from the Afghan capital,
# Kabul", "seized a district from government forces on the outskirts of Kabul", "the last city outside of
# Kabul held by the government": another unit and the town it lies near (a base, post or village outside
# a town is in its district: `facilities`, `kinds`)
_UNNAMED_SITE_NEAR = re.compile(
    r"\b(?:districts?|towns?|cit(?:y|ies))(?:\s+(?:from|by)(?:\s+[\w’'-]+){1,4}?)?\s*,?\s+(?:just\s+|right\s+|located\s+|lying\s+)?"
    r"(?:near|outside(?:\s+of)?|close\s+to|not\s+far\s+from|next\s+to|(?:on|at)\s+the\s+(?:outskirts|edges?|fringes?)\s+of)\s+(?:the\s+)?"
    r"(?:(?:(?:Afghan|country['’]s|national|provincial)\s+)?(?:city|town|capital)\s*,?\s+(?:of\s+)?)?$",
    _IGNORE_CASE,
)
# "fighting in the valley near X", "areas close to the provincial capital": a stretch of country beside X, not X
# (its outskirts or edges are X's own: `_EDGE_APPOSITION_BEFORE` reads those)
_TRACT_NEAR = re.compile(
    r"\b(?:valleys?|areas?|regions?)\s*,?\s+(?:just\s+|right\s+|located\s+|lying\s+)?(?:near|close\s+to|not\s+far\s+from|next\s+to)\s+(?:the\s+)?"
    r"(?:(?:(?:Afghan|country['’]s|national|provincial)\s+)?(?:city|town|capital)\s*,?\s+(?:of\s+)?)?$",
    _IGNORE_CASE,
)
# "the area near Kabul airport", "near Kandahar airfield": a site of the place (or the site itself, named)
_OWN_SITE_AFTER = re.compile(r"\s[\w’'-]+(?:['’]s)?\s+(?:international\s+)?(?:airport|airfield|air\s*base|airbase|base|prison|jail|bazaar|market|gates?)\b", _IGNORE_CASE)
_EDGE = r"(?:outskirts?|edges?|fringes?|doorsteps?|gates?|approaches)"
# ", on the outskirts of X" / "district on the edge of X": where the place just named lies
# (a village only named: unnamed "villages on the outskirts of X" are X's own edge, fought over)
_NAMED_UNIT = r"(?:,|\b(?:district|town)s?|(?-i:[A-Z])[\w’'-]*\s+(?:village|valley)s?)"
_EDGE_APPOSITION_BEFORE = re.compile(
    _NAMED_UNIT + r"\s+(?:just\s+|right\s+|located\s+|lying\s+|situated\s+)?"
    r"(?:(?:on|at|in)\s+)?(?:the\s+)?(?:(?:northern|southern|eastern|western|north|south|east|west)\w*\s+)?" + _EDGE + r"\s+of\s+"
    # "district in the outskirts of the provincial capital, Kandahar City": the capital named in apposition
    r"(?:the\s+)?(?:(?:[\w’'-]+\s+){0,2}|(?:provincial\s+|national\s+)?(?:capital|city|town)\s*,\s+)$",
    _IGNORE_CASE,
)
# "seized a district from government forces on the outskirts of X": the district taken lies there
_DISTRICT_EDGE_BEFORE = re.compile(
    r"\bdistricts?\s+from\s+(?:[\w’'-]+\s+){1,4}?(?:on|at)\s+(?:the\s+)?"
    r"(?:(?:northern|southern|eastern|western|north|south|east|west)\w*\s+)?" + _EDGE + r"\s+of\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$",
    _IGNORE_CASE,
)
_EDGE_POSSESSIVE_BEFORE = re.compile(
    _NAMED_UNIT + r"\s+(?:just\s+|right\s+|located\s+|lying\s+|situated\s+)?(?:on|at)\s+$",
    _IGNORE_CASE,
)
_EDGE_POSSESSIVE_AFTER = re.compile(
    r"^['’]s?\s+(?:(?:northern|southern|eastern|western|north|south|east|west)\w*\s+)?" + _EDGE + r"\b", _IGNORE_CASE
)
_NUMBER_WORD = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|a\s+few|few"
    r"|several|a\s+couple\s+of|half\s+a|dozens\s+of|a\s+dozen)"
)
_CLOSE_TO_BEFORE = re.compile(
    r"\b" + _NUMBER_WORD + r"\s+(?:\w+\s+)?(?:miles?|kilomet(?:er|re)s?|kms?)\b(?:\s+\([^)]{1,20}\))?\s+(?:\w+\s+){0,2}?(?:of|from|outside)"
    r"\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$|"  # "less than a mile from X", "eleven km south of X", "20 km outside X"
    r"\b(?:proximity|closeness|nearness)\s+to\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$|\bvicinity\s+of\s+(?:the\s+)?$"
    # "now within striking distance of X", "within artillery range of the city of X": how near the fighters are
    r"|\bwithin\s+(?:(?:easy|striking|firing|artillery|rocket|mortar|shelling|shooting)\s+)?(?:distance|reach|range)\s+(?:of|from)\s+(?:the\s+)?(?:(?:provincial\s+)?(?:capital|city|town)\s+(?:of\s+)?)?$"
    r"|\b(?:that|which)\s+(?:also\s+|too\s+|both\s+)?(?:borders?|neighbou?rs?|adjoins?|abuts?)\s+(?:on\s+)?(?:the\s+)?(?:provinces?\s+of\s+)?$"
    r"|\b(?:adjacent|next)\s+to\s+(?:the\s+)?(?:(?:provincial\s+)?(?:capital|city|town)\s+(?:of\s+)?)?$"  # "adjacent to the provincial capital X"
    # "a district of Laghman, neighbouring Kabul", "the province bordering Kabul": the participle after a comma or a
    # place noun (not the adjective of "fighting spread to neighbouring Kandahar", which names the place)
    r"|(?:,|\b(?:province|district|city|town|village|area|region|port)s?)\s+(?:neighbou?ring|bordering|adjoining)\s+(?:the\s+)?(?:provinces?\s+of\s+)?$"
    # "attacks on districts in the provinces surrounding Kabul": the units around a place are other places
    # (and "districts ..., including many around capitals such as Kunduz": the districts, elided)
    r"|\b(?:provinces|districts|(?<=including\s)(?:many|most|several|some|others))\s+(?:that\s+|which\s+)?(?:surround(?:s|ing)?|around|encircl(?:e|es|ing)|ring(?:s|ing)?)\s+(?:the\s+)?(?:(?:national\s+|provincial\s+)?capital(?:\s+city)?,?\s+|city\s+of\s+|(?:major\s+|big\s+|key\s+)?(?:provincial\s+)?(?:capitals|cities|towns),?\s+(?:such\s+as|like|including)\s+)?$"
    # "15 minutes' drive from X", "an hour's drive west of X": a distance told as a journey
    r"|\b(?:(?:\d+|" + _NUMBER_WORD + r")\s+(?:\w+\s+)?(?:minutes?|hours?)(?:['’]s?)?|short|long)\s+(?:drive|walk|ride|journey|flight)\s+(?:\w+\s+){0,2}?(?:of|from)"
    r"\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$"
    r"|\boverlook(?:s|ed|ing)?\s+(?:the\s+)?(?:city\s+of\s+)?$|\bgateway\s+(?:to|into)\s+(?:the\s+)?(?:(?:national\s+|provincial\s+)?capital(?:\s+city)?,?\s+|city\s+of\s+)?$"
    # "Gizab is located northeast of Tarinkot", "lies in the north of Kabul": the bearing of one place from another
    r"|\b(?:located|situated|lies|lying)\s+(?:(?:to|in)\s+the\s+)?(?:north|south|east|west)(?:-?(?:east|west))?(?:ern\s+part)?\s+of\s+(?:the\s+)?(?:(?:city|town|provincial\s+capital)\s+of\s+)?$"
    # "located close Kabul", "lies near to Kabul": where a place lies, its "to" dropped or doubled
    r"|\b(?:located|situated|lies|lying)\s+(?:very\s+|quite\s+)?(?:close|near)(?:\s+to)?\s+(?:the\s+)?(?:(?:city|town|capital)\s+of\s+)?$",
    _IGNORE_CASE,
)
# "the border crossing port, also in Herat", "the dam, located in Herat province": where a site lies
_SITE_LOCATED_IN_BEFORE = re.compile(
    r"\b(?:port|crossing|base|airbase|airport|airfield|dam|bridge|prison|camp|post|garrison|customs)s?\s*,\s+(?:also\s+|both\s+)?"
    r"(?:located\s+|situated\s+|which\s+(?:is|lies)\s+)?in\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?(?:province\s+of\s+)?$",
    _IGNORE_CASE,
)
# "all of Kunduz province but the city itself", "every district save the provincial capital"
_SWEEP_BUT_BEFORE = re.compile(
    r"\b(?:all|every|each)\b[^,;]{0,60}?\s(?:but|save|bar|barring)\s+(?:for\s+)?(?:the\s+)?"
    r"(?:(?:provincial\s+)?capital|city|town|provincial\s+cent(?:re|er))?,?\s*$",
    _IGNORE_CASE,
)

# "the whole of Nimroz", "the rest of the province", "the remaining districts" sweep a province as "all of" does
_SWEEP = re.compile(r"\b(?:all|every|each|the\s+(?:whole|rest|entirety)\s+of|the\s+(?:entire|remaining))\b(?:\s+(?:of\s+)?(?:the\s+)?(?:other\s+|remaining\s+)?(?:\w+\s+)?(?:districts?|provinces?|towns?))?", _IGNORE_CASE)

# "apart from Pul-e Khumri, the provincial capital, all ...": the apposition is the place left out too
_EXCEPTED_APPOSITION_BEFORE = re.compile(
    r"\b(?i:except|excepting|apart\s+from|aside\s+from|other\s+than|save|but)\s+(?i:for\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}"
    r"(?:\s+(?:city|town))?\s*,\s*$"
)
# "all six districts of Sar-e Pul outside the provincial capital": a sweep's bound, not where a town lies
_SWEEP_OUTSIDE_BEFORE = re.compile(
    r"\b(?:all|every)\b[^,;.]{0,60}?\b(?:districts?|towns?|areas?)\b[^,;.]{0,30}?\s(?:outside|beyond)\s+(?:the\s+)?"
    r"(?:(?:provincial\s+)?(?:capital|city|town)(?:\s*,|\s+of)?\s*)?$",
    _IGNORE_CASE,
)
# "all but two of Faryab's districts, Almar and Qaysar, have fallen": the named are the ones left out
_ALL_BUT_COUNT_BEFORE = re.compile(
    r"\b(?i:all\s+but)\s+(?i:one|two|three|four|five|\d+)\b[^,;.]{0,60},\s*(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s*(?:,\s*(?:and\s+)?|\s+and\s+))*$"
)
# "only two cities aside from Kabul remain ...": the count leaves the place out only to add it
_ONLY_BESIDES_BEFORE = re.compile(r"\b(?i:only)\b[^,;:.]{0,70}\s(?i:aside|apart)\s+from\s+(?:the\s+)?(?:(?:capital|city)\s+)?$")
_ONLY_AFTER = re.compile(r"\s*,\s*(?i:only)\b")
_EXCEPTING = ("except", "apart from", "aside from", "other than", " save ", " but ", " bar ", "barring")

# "a key Kandahar district", "a Herat border district", "a Kunduz border town": a unit of the province
_DISTRICT_AFTER = re.compile(
    r"^\s+(?:border\s+towns?\b|(?:(?:border|frontier|mountain|desert|remote|rural)\s+)?districts?\b"
    r"(?!\s+(?:of|cent(?:re|er)|headquarters|police|governor|chief)\b))",
    _IGNORE_CASE,
)
_INDEFINITE_BEFORE = re.compile(
    r"\b(?:a|an|another|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|more|second|third|fourth|fifth|sixth|key|strategic|remote"
    # (not "on July 14 and Khakrez district": the number a day, the place the next of a list)
    r"|restive|major|important|northern|southern|eastern|western|central|neighbou?ring)\s+(?:(?!(?:and|or|but)\s)\w+\s+)?$",
    _IGNORE_CASE,
)

_DEFINITE_BEFORE = re.compile(  # "the strategic X district" (not "the two X districts": a count)
    r"\b(?:the|its)\s+(?:(?:key|strategic|remote|restive|major|important|main|vital|volatile|embattled|northern|southern|eastern"
    r"|western|central|neighbou?ring)\s+){1,2}$", _IGNORE_CASE)


def names_a_district_of_it(sentence: str, start: int, end: int, headline_over_district: bool) -> bool:
    """Return True when the city named like its province at sentence[start:end] is written as the
    province of a district the words leave unnamed ("a key Kandahar district", "two Ghazni
    districts"), or, `headline_over_district` (a headline over a report naming another district of
    the province), as "Ghazni district"."""
    if sentence[start:end].lower().endswith(" district"):  # the name with its unit: "Herat district"
        end -= len(" district")
    after = sentence[end : end + 40]
    if not _DISTRICT_AFTER.match(after):
        return False
    if after.lstrip()[:9].lower() == "districts":
        return not closes_a_list(sentence, start)  # "Chamtal and Balkh districts" names the district
    return headline_over_district or bool(_INDEFINITE_BEFORE.search(sentence, max(0, start - 40), start))


def counts_districts_of_it(sentence: str, start: int, end: int) -> bool:
    """Return True when a number or determiner puts the city at sentence[start:end] before its own
    districts ("nine Lashkar Gah districts", "all but one Lashkar Gah district"); a list ending in
    "districts" ("Dawlatabad and Shirin Tagab districts") is not that."""
    if sentence[start:end].lower().endswith(" district"):
        end -= len(" district")
    if _DEFINITE_BEFORE.search(sentence, max(0, start - 40), start):
        return False  # "the fall of the strategic Panjwai district": the district itself, named
    return bool(_DISTRICT_AFTER.match(sentence[end : end + 40]) and _INDEFINITE_BEFORE.search(sentence, max(0, start - 40), start))


def spatial_role(sentence: str, start: int, end: int) -> str | None:
    """Return "reference point" when the place at sentence[start:end] only says where another
    place lies (see the module notes), "exception" when a sweep leaves it out ("all ... but X"),
    else None."""
    before = sentence[max(0, start - 90) : start]
    after = sentence[end : end + 40]
    low = before.lower()  # each pattern is searched only when a word it needs is there (most places have none)
    if ("outside" in low or "beyond" in low) and _SWEEP_OUTSIDE_BEFORE.search(before):
        return "exception"  # "all districts of X outside the provincial capital have fallen": the capital left out
    if _is_road_end(before, after) or _is_stretch_end(before) or (
            has_any(low, _NEAR_WORDS) and (_NAMED_SITE_NEAR.search(before) or _UNNAMED_SITE_NEAR.search(before) or (_TRACT_NEAR.search(before) and not _OWN_SITE_AFTER.match(sentence, start - 1, end + 40)))):
        return "reference point"
    if has_any(low, _EDGE_WORDS) and (_EDGE_APPOSITION_BEFORE.search(before) or _DISTRICT_EDGE_BEFORE.search(before)):
        return "reference point"
    if _EDGE_POSSESSIVE_AFTER.match(after) and _EDGE_POSSESSIVE_BEFORE.search(before):
        return "reference point"
    if has_any(low, _CLOSE_WORDS) and (_CLOSE_TO_BEFORE.search(before) or _CLOSE_TO_BEFORE.search(_list_head(before, after))):
        return "reference point"
    if _is_boundary_end(before, after, low) or landmark_asides.is_landmark(sentence, start, end):
        return "reference point"
    if (has_any(low, _SWEEP_WORDS) and (_SWEEP_BUT_BEFORE.search(before) or _ALL_BUT_COUNT_BEFORE.search(before)
                                         or _SWEEP_BUT_BEFORE.search(_list_head(before, after)))) or (  # "all but X, Y and Z": each
            has_any(low, _EXCEPT_WORDS) and _EXCEPTED_APPOSITION_BEFORE.search(before)):
        return "exception"
    return None


# words without which the pattern named beside them cannot match (substrings of the lower-cased text)
_NEAR_WORDS = ("near", "outside", "close", "far", "next", "outskirt", "edge", "fringe")  # _NAMED_SITE_NEAR, _UNNAMED_SITE_NEAR
_EDGE_WORDS = ("outskirt", "edge", "fringe", "doorstep", "gate", "approaches")  # _EDGE_APPOSITION_BEFORE
_CLOSE_WORDS = ("mile", "kilomet", "km", "proximity", "closeness", "nearness", "vicinity", "border", "adjacent", "next",
                 "overlook", "gateway", "neighbo", "adjoin", "abut", "drive", "walk", "ride", "journey", "flight",
                 "located", "situated", "lies", "lying", "surround", "around", "encircl", "ring", "within")  # _CLOSE_TO_BEFORE
_SWEEP_WORDS = ("all", "every", "each")  # _SWEEP_BUT_BEFORE
_BOUNDARY_WORDS = ("border", "boundary", "frontier")  # _BOUNDARY_OF_BEFORE
_EXCEPT_WORDS = ("except", "apart", "aside", "other", "save", "but")  # _EXCEPTED_APPOSITION_BEFORE


# one earlier member of a list of names and what joins it to the next: "Helmand, ", "Helmand and "
_LIST_MEMBER_BEFORE = re.compile(
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}(?:\s+(?:city|province))?(?P<join>\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$"
)
_LIST_GOES_ON_AFTER = re.compile(r"^(?:\s+(?:city|province))?\s*(?:,|and\b|or\b)")


def _list_head(before: str, after: str) -> str:
    """Return `before` cut back to where the list the place closes or continues begins ("borders
    Helmand, Kandahar and " gives "borders "), or "" when the place follows no list member. A bare
    comma joins only inside a list ("X, Y and Z"), and ", and" only after one: "50 km from Kabul,
    Ghazni fell" names Ghazni anew."""
    head, members, commas = before, 0, 0
    while members < 4:
        member = _LIST_MEMBER_BEFORE.search(head)
        if member is None:
            break
        join = member.group("join")
        if "," in join:
            commas += 1
        head, members = head[: member.start()], members + 1
    if members == 0:
        return ""
    last_join = _LIST_MEMBER_BEFORE.search(before).group("join")
    bare_comma = "," in last_join and not last_join.rstrip().endswith(("and", "or"))
    if (bare_comma and not _LIST_GOES_ON_AFTER.match(after)) or ("," in last_join and not bare_comma and commas < 2):
        return ""
    return head


def _is_boundary_end(before: str, after: str, low: str) -> bool:
    """Return True for a place named as an end of a boundary ("the Kunduz-Baghlan border", "the
    border between Kunduz and Baghlan provinces")."""
    if _BOUNDARY_PAIR_FIRST.match(after) or (before.rstrip().endswith(("-", "–")) and _BOUNDARY_PAIR_SECOND_AFTER.match(after)):
        return True
    if not has_any(low, _BOUNDARY_WORDS) or border_taken(before, after):  # "seized the strategic border of Spin Boldak": its crossing
        return False
    return bool(_BOUNDARY_OF_BEFORE.search(before) or _BOUNDARY_OF_BEFORE.search(_list_head(before, after)))


def _is_road_end(before: str, after: str) -> bool:
    """Return True for a place named as one end of a road ("the Kunduz-Takhar highway"), or as the
    place a road is named after ("fighting on the Kandahar highway")."""
    return bool(_ROAD_NAME_AFTER.match(after) or _ROAD_AFTER.match(after))


def _is_stretch_end(before: str) -> bool:
    """Return True for a place named as an end of a stretch ("a base between Kunduz and X"), or as
    the first of the two a place lies between ("Samangan lies between X and Kunduz, which fell")."""
    return "between" in before and bool(_BETWEEN_FIRST.search(before) or _BETWEEN_SECOND.search(before) or _LIES_BETWEEN_FIRST.search(before))


def locates_a_site(sentence: str, start: int) -> bool:
    """Return True when the place starting at `start` is named as where a site lies ("the
    crossing port, also in Herat", "the dam, located in Herat province")."""
    before = sentence[max(0, start - 90) : start]
    return "," in before and _SITE_LOCATED_IN_BEFORE.search(before) is not None


def may_except(view: str) -> bool:
    """Return True when the sentence's view (lower case) may leave a place out of a sweep."""
    return has_any(view, _EXCEPTING)


def held_when_excepted(reader: SentenceReader, start: int, end: int) -> Verdict | None:
    """Return, for the place at sentence[start:end] that a sweep leaves out, the verdict that it
    is still held: government when the sweep took the rest ("all districts except X have fallen",
    "apart from X, every district is under Taliban control"), else None (a sweep of fighting or of
    retaking says nothing of the place left out); what a relative clause after it tells of it ("except
    X, which the Taliban seized") first. `reader` reads the sentence."""
    own = excepted_clauses.own_clause_verdict(reader, start, end)
    if own is not None:
        return own
    only = _only_beside(reader.sentence, start, end)
    if only is not None:
        verdict = reader.judge(start, end) or reader.judge(*only)
        return verdict if verdict is not None and verdict.status == GOVERNMENT else None
    verdict = _sweep_verdict(reader, start, end) or reader.judge(start, end)
    if verdict is None or verdict.status not in (TALIBAN, CLAIMED):
        return None
    return besieged_exceptions.besieged_instead(reader.sentence, end, verdict) or dataclasses.replace(verdict, status=GOVERNMENT, fought=False)


def _only_beside(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """Return the span of the word "only" that the place at [start, end) stands beside ("only two
    cities aside from Kabul remain ...", "X is the only district still held apart from Y", "apart
    from Y, only X ..."): the place shares what the "only" phrase is told; else None."""
    before = _ONLY_BESIDES_BEFORE.search(sentence, max(0, start - 100), start)
    if before is not None:
        return before.start(), before.start() + len("only")
    after = _ONLY_AFTER.match(sentence, end)
    return (after.end() - len("only"), after.end()) if after is not None else None


def _sweep_verdict(reader: SentenceReader, start: int, end: int) -> Verdict | None:
    """Return the verdict on the sweep ("all districts", "every district") nearest the place, the
    last one before it or else the first one after it, or None when the sentence has none."""
    sweeps = [m for m in _SWEEP.finditer(reader.sentence) if m.end() <= start or m.start() >= end]
    before = [m for m in sweeps if m.end() <= start]
    sweep = before[-1] if before else (sweeps[0] if sweeps else None)
    return None if sweep is None else reader.judge(sweep.start(), sweep.end())
