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
# "Dawlatabad district of Faryab province"), or before it as a possessive ("Ghazni's Nawa district").
_LOCATOR_AFTER = re.compile(
    r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?){0,6}"
    r"\s*(?:districts?\s+)?(?:,\s*|\s+(?:in|of)\s+)(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?(?:province\s+of\s+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)"
)
_LOCATOR_BEFORE = re.compile(r"(?P<name>[A-Z][\w'’-]+)['’]s\s+$")
# "the Parwan Shinwar district", "Kapisa Tagab and Nijrab districts": a province's name glued before
# the district's, with "district(s)" after the name or the list it opens
_GLUED_BEFORE = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w'’-]+) $")
_DISTRICT_AFTER = re.compile(r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?){0,4}\s+districts?\b")
_LOCATOR_AFTER_FIRST = frozenset(",adio")  # what _LOCATOR_AFTER can find first past a name's spaces


def after(text: str, end: int) -> re.Match | None:
    """Return _LOCATOR_AFTER's match after a name ending at `end`; None at once when the first
    character past its spaces cannot open one (a comma, "and", "districts", "in", "of")."""
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
#: What `located` returns when the province written beside a name holds none of its places.
ELSEWHERE = "elsewhere"


def located(pool: Sequence[Place], text: str, span: tuple[int, int], provinces_named: Callable[[str], Counter]) -> Place | str | None:
    """Return the one place of `pool` whose province the text names right beside the alias at
    `span` ("Nawa in Ghazni", "Ghazni's Nawa"), ELSEWHERE when the province written after "in" or
    "of" holds none of them ("Kohistan in Kapisa"), or None when no locator decides
    (`provinces_named`: the gazetteer's count of the provinces a text names)."""
    start, end = span
    for match in (after(text, end), before(text, start, end)):
        if match is None:
            continue
        named = provinces_named(match.group("name"))
        fitting = [p for p in pool if named[p.province_code] and p.kind != "province"]
        if len({p.province_code for p in fitting}) == 1:
            return fitting[0]
        # not after a comma ("Faizabad, Farah and ..." lists other capitals), nor before the name
        # ("Kapisa's Kohistan": without the name, the province would be read as the place)
        if named and not fitting and match.re is _LOCATOR_AFTER and _SAYS_IN.search(match.group(0)):
            return ELSEWHERE
    return None


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
    or former province, "Gizab in Daykundi", stays itself)."""
    if place.kind != "district":
        return place
    match = after(text, span[1])
    if match is None or not _SAYS_IN.search(match.group(0)):
        match = before(text, span[0], span[1])  # "Faryab's Dawlat Shah district", "the Faryab Dawlat Shah district"
    if match is None:
        return place
    named = provinces_named(match.group("name"))
    if len(named) != 1 or named[place.province_code]:
        return place
    stem = _stem(place.name)
    near = [p for p in by_province.get(next(iter(named)), ()) if _stem(p.name) == stem]
    return near[0] if len(near) == 1 and len(stem) == _SAME_STEM else place


def _stem(name: str) -> str:
    """Return the first letters of a name, lower-cased, without spaces and hyphens."""
    return re.sub(r"[^a-z]", "", name.lower())[:_SAME_STEM]
