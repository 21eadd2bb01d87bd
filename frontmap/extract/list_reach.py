"""How far from a place its verb may stand when the place is one item of a long list of names.

A verb reaches a fixed number of characters around a place; a list of twenty districts after
"captured" runs well past that, and its last names would lose the verb that governs them all. So the
reach is measured from the list's edge, not from the place: the names between are the same object.
"""

from __future__ import annotations

import bisect
import functools
import re

# one listed name: capitalised words, with the joining particles of Dari names ("Khak-e Afghan")
_NAME = r"[A-Z][\w'’.-]*(?:[ -](?:(?:e|i|ye|o|wa)\b|[A-Z][\w'’.-]*))*"
# the joining particle of a Dari name between two of its words: "Tala wa Barfak", "Khost o Fereng"
_PARTICLE_IN_NAME = re.compile(r"(?<=[A-Za-z’'])\s+(?:wa|o|e|i|ye)\s+(?=[A-Z])")
# a compass aside between two listed names: "Faizabad and Pul-e Khumri to the northeast and Farah to the
# west", "the capitals of Takhar and Kunduz in the north, and Nimroz in the southwest" (after a name or
# its unit word, the list going on after it; "pushed to the west and took X" or "to the north of Kabul" are no aside)
# ("X and Y in the northern region, and Z in the western part of the country": a region word after the adjective)
COMPASS_ASIDE = (r"\s+(?:to|in)\s+the\s+(?:country['’]s\s+)?(?:far\s+)?(?:(?:north|south)(?:-?(?:east|west))?|east|west)"
                 r"(?:(?<=h|t)ern\s+(?:region|parts?|areas?)(?:\s+of\s+the\s+country)?|\s+of\s+the\s+country)?"
                 r"(?=\s*,?\s+(?:and|or)\s|\s*,)")
_FAR_COMPASS = re.compile(r"\bfar[\s-]+(?=(?:north|south|east|west))", re.IGNORECASE)  # "the far-western X": where it lies, as "the western X"
_COMPASS_ASIDE_AFTER_NAME = re.compile(r"(?P<name>\b(?:[A-Z][\w'’-]+|provinces?|districts?|city))" + COMPASS_ASIDE)
# a name may carry its province, the list going on after it: "Kahmard and Saighan in central Bamyan,
# Shaikh Ali in northern Parwan, and Chakhansur in Nimroz have been retaken"
_COMPASS = r"(?:central|(?:north|south)(?:-?(?:east|west))?(?:ern)?|eastern|western)"
# or its description after a comma: "Lashkar Gah, the capital of southwestern Helmand Province, Firuz Koh, in central Ghor Province"
# a province of two words ("Maidan Wardak", "Sar-e Pul"): its second word joins the first (not "Province")
_PROVINCE = r"[A-Z][\w'’.-]*(?:\s+(?:e\s+)?[A-Z][\w'’.-]*(?<!Province))?"
_PROVINCE_TAIL = (
    rf"(?:\s+(?:in|of)\s+(?:the\s+)?(?:{_COMPASS}\s+)?(?:province\s+of\s+)?{_PROVINCE}(?:\s+province)?"
    rf"|,\s+in\s+the\s+(?:{_COMPASS}\s+)?province\s+of\s+the\s+same\s+name(?=,)"
    rf"|,\s+(?:(?:the\s+)?(?:provincial\s+)?capital\s+of|in)\s+(?:the\s+)?(?:{_COMPASS}\s+)?(?:province\s+of\s+)?[A-Z][\w'’.-]*(?:\s+[Pp]rovince)?(?=[,;])"
    # a round-up's bare pairs: "Taluqan, Takhar province; Sar-e-Pul and Kunduz, of their respective provinces;"
    rf"|,\s+(?:{_COMPASS}\s+)?[A-Z][\w'’.-]*\s+[Pp]rovince(?=[,;])|,\s+of\s+(?:their|its)\s+(?:respective\s+)?(?:[a-z]+\s+)?provinces?(?=[,;]))?"
)
# or a description before it: "the northern provincial capital of Kunduz"
_CAPITAL_LEAD = rf"(?:(?:the\s+)?(?:{_COMPASS}\s+)?(?:provincial\s+)?capital\s+of\s+)?"
# a name may carry its unit word before its province: "Farkhar district in Takhar, Alasay in Kapisa, ..."
_UNIT_WORD = r"(?:\s+(?:districts?|city|town))?"
_ITEM = _CAPITAL_LEAD + _NAME + r"(?<![’']s)(?![\w'’])" + _UNIT_WORD + _PROVINCE_TAIL  # not a possessive: "Afghanistan's second city" describes the last item
_SEPARATOR = r"(?:\s*[,;]\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"  # a round-up's "X, capital of Y province; Z, ..."
# four names or more (a capital sought first, the look back only then: most positions fail at once)
_LIST = re.compile(rf"(?=[A-Z])(?<![\w'’-]){_ITEM}(?:{_SEPARATOR}{_ITEM}){{3,}}")
# every separator holds a comma or a spaced "and"/"or" of its own: a sentence with fewer than three
# of those holds no list, and the pattern (slow: tried at every capital) need not run
_JOINER = re.compile(r"\s(?:and|or)\s")


@functools.lru_cache(maxsize=64)
def list_spans(sentence: str) -> tuple[tuple[int, int], ...]:
    """Return the (start, end) spans of the runs of four or more names joined by commas or "and"
    in `sentence`, in order."""
    if sentence.count(",") + len(_JOINER.findall(sentence)) < 3:
        return ()
    return tuple(m.span() for m in _LIST.finditer(sentence))


def without_name_particles(text: str) -> str:
    """Return `text` with the joining particles inside names dropped ("Tala wa Barfak" -> "Tala
    Barfak"), so that a lower-case word there does not read as one between a verb and its object."""
    return _PARTICLE_IN_NAME.sub(" ", text)


def without_compass_asides(text: str) -> str:
    """Return `text` with the compass asides after listed names dropped ("X to the north and Y" ->
    "X and Y"), and "far" before a compass word ("the far north X" -> "the north X"), so that they
    do not read as words between a verb and its object."""
    text = _FAR_COMPASS.sub("", text)
    return _COMPASS_ASIDE_AFTER_NAME.sub(r"\g<name>", text) if " the " in text else text


def reach(sentence: str, place: tuple[int, int], base: int) -> int:
    """Return how many characters from the place at `place` = (start, end) a verb about it may
    stand: `base`, plus the rest of the list the place is in on its farther side."""
    spans = list_spans(sentence)
    if not spans:
        return base
    start, end = place
    i = bisect.bisect_right(spans, (start, len(sentence))) - 1
    if i < 0 or not spans[i][0] <= start <= end <= spans[i][1]:
        return base
    return base + max(start - spans[i][0], spans[i][1] - end)


def list_end(sentence: str, place: tuple[int, int]) -> int:
    """Return where the list of names holding the place at `place` = (start, end) ends, or the
    place's own end when it is in no such list (a verb after the list is measured from there)."""
    start, end = place
    for low, high in list_spans(sentence):
        if low <= start and end <= high:
            return high
    return end
