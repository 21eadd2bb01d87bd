"""Item appositions: the descriptions a list of places carries between its names and its verb.

Wire reports describe each capital of a list as they name it ("X, the capital of southern Y
Province, Z, in central W Province, and V, the country's second city fell"). The descriptions
lengthen the words between the first name and the verb without making the names any less the
verb's subject; `compact_gap` drops them before the distance is measured, and `without_open_apposition`
drops a last description the writer left without its closing comma ("and V, the country's second
city and the capital of the eponymous province fell").
"""

from __future__ import annotations

import re

_PLACE_HEAD = r"(?:city|capital|town|hub|cent(?:re|er)|province|district|seat)"
# ", the capital of southwestern Helmand Province" / ", in central Ghor Province": one item's description
_ITEM_DESCRIPTION = re.compile(
    r",\s+(?:(?:the\s+)?(?:provincial\s+)?capital\s+of|in)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:\s+[Pp]rovince)?(?=,)"
)
# a description with a place head and no verb: "the country's second-largest city and the capital of
# the eponymous southern province"; "Afghanistan's third city"
_OPEN_APPOSITION = re.compile(
    r",\s+(?P<np>(?:the|its|a|an|another|[A-Z][\w-]*['’]s)\s+(?:(?!(?:was|were|is|are|has|have|had|said|says|after|as|when|while|but)\b)[^,;:()\"“”])"
    r"{0,100}?\b" + _PLACE_HEAD + r"\b(?:\s+(?:of|on|in|near|along)\s+(?:the\s+)?[^,;:()\"“”]{0,50}?)?)"
    r"(?P<aux>(?:\s+(?:were|was|is|are|has|have|had|been|being|both|all|also|now|then|still|again|back))*)\s*$"
)
_VERB_LIKE = re.compile(r"\b(?:\w+ed|fell|took|held|won|lost|was|were|is|are|has|have|had|who|which|that|where)\b")
# ", one of the main trade gates into Iran" (an item's rank among its kind) and ", both in Herat
# province in western Afghanistan" (where the items of the list lie): descriptions without a verb
# "X being the second victim of the day fell": an absolute phrase ranking the place among the day's losses
_BEING_RANK = re.compile(
    r"^,?\s+being\s+(?:the|their|its)\s+(?:[\w-]+\s+){0,3}?(?:victim|catch|prize|casualty|loss|conquest|city|capital|town|district)"
    r"(?:\s+(?:of|on)\s+the\s+day|\s+(?:yet|so\s+far))?(?=,?\s)"
)
_RANK_OR_SHARED_PLACE = re.compile(
    r",\s+(?:one\s+of|among|(?:both|all)\s+(?:of\s+them\s+)?in)\s+[^,;:()\"“”]{1,70}?(?=,)"
)


def compact_gap(gap: str) -> str:
    """Return `gap` without the descriptions of list items between commas ("X, the capital of Y
    province, Z, in W province, and V") nor an open last one, for measuring how far a name stands
    from its verb."""
    if ", " not in gap:
        return gap
    return without_rank_asides(_ITEM_DESCRIPTION.sub("", without_open_apposition(gap) or gap))


def without_rank_asides(gap: str) -> str:
    """Return `gap` without the verbless asides that rank a list's item among its kind (", one of
    the main gates into Iran", "being the second victim of the day") or place the list's items
    (", both in Herat province")."""
    gap = _BEING_RANK.sub("", gap, count=1)
    return _RANK_OR_SHARED_PLACE.sub(_verbless_dropped, gap) if ", " in gap else gap


def _verbless_dropped(found: re.Match) -> str:
    """Return "" for a description without a verb, else the description itself (kept)."""
    return found[0] if _VERB_LIKE.search(found[0][1:].lower()) else ""


def without_open_apposition(gap: str) -> str | None:
    """Return `gap` without a last description of its place left open before the verb (", the
    country's second-largest city and the capital of the province"), or None when there is none."""
    if ", " not in gap:
        return None
    found = _OPEN_APPOSITION.search(gap)
    if found is None or _VERB_LIKE.search(found["np"].lower().replace("second-", "")):
        return None
    return gap[: found.start()] + found["aux"] + " "


# ", a remote area" / "- a mountainous region": the place named before described by a vague noun
# "The Hairatan area is still held by ...": a bare "area" right after the name is the place too
_AREA_APPOSITION = re.compile(r"\s*(?P<mark>[,\u2013\u2014-])\s+an?\s+(?:[a-z][\w-]*\s+){0,2}?(?:area|region)\b|^\s+area\b(?=\s+(?:is|was|remains|remained)\b)")
# ", an area along the border, had been": where the area lies goes on up to the closing comma
_LOCATED_AFTER = re.compile(r"\s+(?:along|on|near|by|beside|close\s+to|next\s+to)\s")


def without_area_apposition(gap: str) -> str:
    """Return `gap` without a description of the place before it as "a remote area" or "a
    mountainous region" ("X, a remote area that is not under government control"), or a bare
    "area" after it ("the X area is"): that area is X itself, not a part of it. When the area is
    located after the noun (", an area along the border, fell"), the opening comma stays, so the
    rest is read as the aside it is."""
    found = _AREA_APPOSITION.search(gap)
    if found is None:
        return gap
    kept = found["mark"] if found["mark"] and _LOCATED_AFTER.match(gap, found.end()) else ""
    return gap[: found.start()] + kept + gap[found.end() :]
