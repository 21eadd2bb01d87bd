"""Which named place "the city" means when more than one is at hand.

- Of two cities one sentence names, the one a control word governs (the subject of "fell", the
  object of "overran") is what "the city" in a later sentence means, not one that only sets the
  scene ("Taloqan fell on Sunday, officials in Kunduz said. The city had been under siege": Taloqan).
- A dateline's city is not what "the city" means when the headline names another place and not
  it ("Taliban take Taloqan" over "KABUL, Aug 8 - ... took control of the city": Taloqan).
- The national capital named as the seat of those who speak or rule ("officials in Kabul said",
  "urged the defenders in Kabul", "ties with Kabul", "road links ... south to the capital Kabul"),
  not as the subject or object of a control word nor as the subject opening its sentence, is not
  what "the city" means when a town the text is about is at hand: one a control word governs or
  one that opens its sentence ("Kunduz is a gateway ..."), else the one town the headline names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from frontmap.extract.facility_places import FACILITY, is_facility
from frontmap.extract.memo import per_article
from frontmap.extract.triggers import find_triggers

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention
    from geodata.gazetteer import Place

_NATIONAL = "AF-KAB"
# a sentence is asked about again for each place in it, and for each seat of government before it
_sentence_triggers = per_article(find_triggers)
_OPENING = " \t\n\"'“‘("  # what may stand before a sentence's opening subject

# "took another neighbouring provincial capital, Taleqan": words that only describe the object
_OBJECT_GAP = re.compile(
    r"^(?:\s+(?:the|a|an|its|their|of|to|on|into|in|city|town|control|district|centre|center|capital|provincial|parts?|another"
    r"|neighbou?ring|key|strategic|major|important|(?:north|south|east|west)(?:ern)?|central|(?:north|south)-?(?:east|west)ern))*,?\s*$"
)
# "Taloqan fell", "Taloqan was attacked", "Taloqan, the capital of Takhar, fell": the place as subject
_SUBJECT_GAP = re.compile(r"^(?:,[^,.;]{0,60},)?(?:\s+(?:was|were|has|had|have|is|been|also|then|finally|reportedly|now))*\s*$")


def controlled(sentence: str, start: int, end: int) -> bool:
    """Return True when a control word in `sentence` governs the place at sentence[start:end]:
    it ends right before the place (its object) or starts right after it (its subject)."""
    for trigger in _sentence_triggers(sentence):
        if trigger.end <= start and _OBJECT_GAP.match(sentence[trigger.end:start]):
            return True
        if trigger.start >= end and _SUBJECT_GAP.match(sentence[end:trigger.start]):
            return True
    return False


def prefer_controlled(sentence: str, offsets: list[tuple[int, int]]) -> int | None:
    """Return the index in `offsets` (places of one sentence, the chosen reference last) of the
    one place a control word governs when the last one is not governed, else None."""
    if len(offsets) < 2 or controlled(sentence, *offsets[-1]):
        return None
    governed = [i for i, (start, end) in enumerate(offsets[:-1]) if controlled(sentence, start, end)]
    return governed[-1] if len(governed) == 1 else None


def is_national_capital(place: Place) -> bool:
    """Return True for Kabul, the city (not the province)."""
    return place.province_code == _NATIONAL and place.kind != "province" and place.name == "Kabul"


def about(sentence: str, start: int, end: int) -> bool:
    """Return True when the place at sentence[start:end] is what its sentence is about: a control
    word governs it (`controlled`) or it opens the sentence as its subject ("Kunduz is ...")."""
    return not sentence[:start].strip(_OPENING) or controlled(sentence, start, end)


def headline_town(ordered: Sequence[Mention], kinds: Sequence[str]) -> Mention | None:
    """Return the one place of `kinds` (other than the national capital) the headline (sentence
    0 of `ordered`, the article's mentions by position) names, else None."""
    named = {m.place.key: m for m in ordered if m.sentence_index == 0 and not is_national_capital(m.place)
             and mention_kind(m) in kinds}
    return next(iter(named.values())) if len(named) == 1 else None


def mention_kind(mention: Mention) -> str:
    """Return the mention's kind as `references` reads it (a capital's district is "capital_district",
    an airfield or a camp the gazetteer lists as a town is a "facility")."""
    if is_facility(mention.place):
        return FACILITY
    return "capital_district" if mention.place.kind == "district" and mention.capital else mention.place.kind


def names_its_province(mention: Mention) -> bool:
    """Return True for a province, or a city named like its province (Herat, Ghazni)."""
    place = mention.place
    return place.kind == "province" or place.name.lower() == place.province.lower()


def headline_elsewhere(ordered: Sequence[Mention], dateline: Mention) -> bool:
    """Return True when the headline (the article's first sentence, before the `dateline` mention;
    `ordered` holds the article's mentions by position) names places and none of them is the
    dateline's city. (A line-leading "Zaranj, July 26:" of a timeline reads as a dateline too: the
    places of the lead above it are no headline.)"""
    named = [m for m in ordered if m.sentence_index == 0 < dateline.sentence_index]
    return bool(named) and all(m.place.key != dateline.place.key for m in named)



def headline_subject(ordered: Sequence[Mention], before: int, kinds: Sequence[str]) -> Mention | None:
    """Return the mention, among `ordered[:before]` (the article's mentions by position) past the
    headline, that names the one place the headline names, else None: the last one of `kinds`
    (a town of a headlined province counts: "Taliban gains in Helmand" ... "Lashkar Gah"), else
    the last naming the headlined province itself. It is the report's subject: "the city" that
    cannot be the national capital means it rather than another town named on the way."""
    named = {m.place for m in ordered if m.sentence_index == 0 and not is_national_capital(m.place)}
    if len(named) != 1:
        return None
    (place,) = named
    body = [m for m in ordered[:before] if m.sentence_index > 0 and (m.place.key == place.key or (
        place.kind == "province" and m.place.province_code == place.province_code))]
    towns = [m for m in body if mention_kind(m) in kinds]
    return (towns or [m for m in body if m.place.key == place.key] or [None])[-1]
