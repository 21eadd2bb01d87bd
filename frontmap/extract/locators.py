"""Where a name shared by districts of several provinces finds the province that locates it."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention
    from geodata.gazetteer import Place

# What locates a name shared by districts of several provinces: the province named right after it
# or after the list it opens ("Nawa in Ghazni", "Kohistan, Yaftal and Argo districts of Badakhshan",
# "Dawlatabad district of Faryab province", "the Kohistan area of Kapisa"), or before it as a
# possessive ("Ghazni's Nawa district").
_LOCATOR_AFTER = re.compile(
    r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?){0,6}"
    r"\s*(?:(?:districts?|areas?|region)\b)?(?:,\s*|\s+(?:in|of)\s+)(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?(?:province\s+of\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
_LOCATOR_BEFORE = re.compile(r"(?P<name>[A-Z][\w'’-]+)['’]s\s+$")
# a district phrase located after a comma: "the district of Khost, in Baghlan province" is Baghlan's
# Khost wa Fereng (not after any name: "fighting in Kunduz, in Baghlan and in Takhar" is a list)
_DISTRICT_PHRASE_BEFORE = re.compile(r"\bdistrict\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_IN_AFTER_COMMA = re.compile(
    r"(?:\s+district)?\s*,\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?(?:province\s+of\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
# "the Parwan Shinwar district", "Kapisa Tagab and Nijrab districts": a province's name glued before
# the district's, with "district(s)" after the name or the list it opens
_GLUED_BEFORE = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]+) $")
_DISTRICT_AFTER = re.compile(r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?){0,4}\s+districts?\b")
_LOCATOR_AFTER_FIRST = frozenset(",adior")  # what _LOCATOR_AFTER can find first past a name's spaces


def after(text: str, end: int) -> re.Match | None:
    """Return _LOCATOR_AFTER's match after a name ending at `end`; None at once when the first
    character past its spaces cannot open one (a comma, "and", "districts", "area", "region", "in", "of")."""
    if text[end : end + 160].lstrip()[:1] not in _LOCATOR_AFTER_FIRST:
        return None
    return _LOCATOR_AFTER.match(text, end, end + 160)


def before(text: str, start: int, end: int | None = None) -> re.Match | None:
    """Return _LOCATOR_BEFORE's match before a name at `start` ("Ghazni's Nawa"), or, given the
    name's `end`, the province's name glued before it when "district(s)" follows ("the Parwan
    Shinwar district"); None at once when the words before it end in neither."""
    window = max(0, start - 30)
    if not text[window:start].rstrip().endswith(("'s", "’s")):
        if end is None or not text[start - 2 : start - 1].isalpha() or not _called_a_district(text, start, end):
            return None
        return _GLUED_BEFORE.search(text, window, start)
    return _LOCATOR_BEFORE.search(text, window, start)


def _called_a_district(text: str, start: int, end: int) -> bool:
    """Return True when the name at [start, end) is called a district: "district" ends it ("Shinwar
    district" is one name) or follows it, or follows the list it opens ("Tagab and Nijrab districts")."""
    return text[start:end].lower().endswith(("district", "districts")) or _DISTRICT_AFTER.match(text, end) is not None


def without_glued_provinces(mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Return `mentions` (in text order) without each province's name glued before a district of
    that province called a district ("the Parwan Shinwari district", "Kandahar Arghandab and
    Maiwand districts"): it only says where the district lies, as "Parwan's" would."""
    glued = set()
    for first, second in zip(mentions, mentions[1:]):
        if (first.end + 1 == second.start and second.place.kind == "district" and first.place.province_code == second.place.province_code
                and first.place.name.lower() == first.place.province.lower() and before(text, second.start, second.end) is not None):
            glued.add(id(first))
    return [m for m in mentions if id(m) not in glued] if glued else list(mentions)


_SAYS_IN = re.compile(r"\s(?:in|of)\s")
_LIST_JOINS = re.compile(r",|\band\b")
#: What `located` returns when the province written beside a name holds none of its places.
ELSEWHERE = "elsewhere"


def located(pool: Sequence[Place], text: str, span: tuple[int, int], provinces_named: Callable[[str], Counter]) -> Place | str | None:
    """Return the one place of `pool` whose province the text names right beside the alias at
    `span` ("Nawa in Ghazni", "Ghazni's Nawa"), ELSEWHERE when the province written after "in" or
    "of" holds none of them ("Kohistan in Kapisa"), or None when no locator decides
    (`provinces_named`: the gazetteer's count of the provinces a text names)."""
    start, end = span
    for match in (after(text, end), before(text, start, end), _district_in_after(text, start, end)):
        if match is None or (match.re is _LOCATOR_AFTER and _comma_after_a_list(match)):
            continue
        named = provinces_named(match.group("name"))
        fitting = [p for p in pool if named[p.province_code] and p.kind != "province"]
        if len({p.province_code for p in fitting}) == 1:
            return fitting[0]
        # not after a comma ("Faizabad, Farah and ..." lists other capitals); a possessive does say
        # where ("Kapisa's Kohistan" is no other province's Kohistan)
        if named and not fitting and (match.re is _LOCATOR_BEFORE or (match.re is _LOCATOR_AFTER and _SAYS_IN.search(match.group(0)))):
            return ELSEWHERE
    return None


def _comma_after_a_list(match: re.Match) -> bool:
    """Return True when a name after a comma only goes on a list the alias opens ("Faizabad,
    Taloqan, Sheberghan"): a province set off by a comma locates a lone name ("Nawa, Ghazni")."""
    head = match.group(0)[: match.start("name") - match.start()]
    return not _SAYS_IN.search(head) and len(_LIST_JOINS.findall(head)) > 1


def _district_in_after(text: str, start: int, end: int) -> re.Match | None:
    """Return the province written after a comma and "in" after a district phrase ("the district of
    X, in Y province", "X district, in Y"), else None."""
    match = _IN_AFTER_COMMA.match(text, end, end + 80)
    if match is None:
        return None
    said = text[start : match.start("name")].lower()  # "Khost district, in" (the name's own word, or after it)
    return match if _DISTRICT_PHRASE_BEFORE.search(text, max(0, start - 20), start) or " district," in said else None


_SAME_STEM = 5  # letters a slip and the district it stands for share ("Dawlat Shah" / "Dawlatabad" in Faryab)


def districts_by_province(places: Sequence[Place]) -> dict[str, tuple[Place, ...]]:
    """Return the districts of each province code (for `slipped`)."""
    found: dict[str, list[Place]] = {}
    for place in places:
        if place.kind == "district":
            found.setdefault(place.province_code, []).append(place)
    return {code: tuple(districts) for code, districts in found.items()}


def slipped(place: Place, text: str, span: tuple[int, int], provinces_named: Callable[[str], Counter],
            by_province: dict[str, tuple[Place, ...]]) -> Place:
    """Return the district a source means when it writes a district's name with a province that
    does not hold it but holds one district named nearly so ("Dawlat Shah district in the northern
    province of Faryab", "Faryab's Dawlat Shah" are Faryab's Dawlatabad); else `place` (a district written with a neighbouring
    or former province, "Gizab in Daykundi", stays itself); a province placed inside itself is its district of that name."""
    if place.kind == "province":
        return _district_named_like(place, text, span, provinces_named, by_province)
    if place.kind != "district":
        return place
    match = after(text, span[1])
    if match is None or not _SAYS_IN.search(match.group(0)):
        match = before(text, span[0], span[1]) or _district_in_after(text, *span)  # "Faryab's Dawlat Shah district"; "the district of X, in Y"
    if match is None:
        return place
    named = provinces_named(match.group("name"))
    if len(named) != 1 or named[place.province_code]:
        return place
    stem, districts = _stem(place.name), by_province.get(next(iter(named)), ())
    near = [p for p in districts if _stem(p.name) == stem] if len(stem) == _SAME_STEM else []
    if not near:  # "Jaji, in Khost province": the short form of Khost's Jaji Maidan
        near = [p for p in districts if _short_form(text[span[0] : span[1]], p.name)]
    return near[0] if len(near) == 1 else place


def _district_named_like(province: Place, text: str, span: tuple[int, int], provinces_named: Callable[[str], Counter],
                         by_province: dict[str, tuple[Place, ...]]) -> Place:
    """Return the province's district of the same name when the text places the name in that very
    province ("recaptured Balkh in Balkh province": a province is not inside itself); else `province`."""
    match = after(text, span[1])
    if match is None or not _SAYS_IN.search(match.group(0)):
        return province
    named = provinces_named(match.group("name"))
    if len(named) != 1 or not named[province.province_code]:
        return province
    same = [p for p in by_province.get(province.province_code, ()) if p.kind != "province" and p.name.lower() == province.name.lower()]
    return same[0] if len(same) == 1 else province


def _short_form(surface: str, name: str) -> bool:
    """Return True when `surface` is the first word(s) of the longer `name` ("Jaji" of "Jaji
    Maidan", "Khash" of "Khash Rod"), not a prefix of a word ("Khas")."""
    surface, name = surface.lower(), name.lower()
    return len(name) > len(surface) and name.startswith(surface) and name[len(surface)] in " -"


def _stem(name: str) -> str:
    """Return the first letters of a name, lower-cased, without spaces and hyphens."""
    return re.sub(r"[^a-z]", "", name.lower())[:_SAME_STEM]
