"""Pair references: "the former" and "the latter" as one of the two places just named.

"Fighters encircled Jurm and Baharak. The latter fell on Monday, while fighting went on around the
former": "the latter" is the second of the two towns or districts named last, "the former" the
first. The pair is the event places (no province, dateline, locator, destination or speaker's
office) named before the reference in its own sentence, or else in the sentence before; it must
be exactly two places, so that "former" and "latter" can mean only one each. "The former" before
a noun is a title ("the former governor", "the former mujahideen commander") and is never read;
"the latter said" is a speaker (`pronoun_speakers`), not a place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from frontmap.extract.speaking_places import speaker_seat

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention
    from frontmap.extract.references import Antecedents

_SPEECH = r"(?:said|says|told|claimed|claims|announced|stated|added|confirmed|denied|reported|tweeted|warned|insisted|noted|explained|wrote|argued)"
# the reference ends a phrase, or a verb or participle ("the former retaken by commandos"), an auxiliary or a preposition follows it (not a noun: "the former governor")
PAIR_REFERENCE = re.compile(
    r"\b[Tt]he\s+(?P<which>latter|former)(?:\s+(?:district|town|city|one))?\b(?!\s+" + _SPEECH + r"\b)"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:was|were|is|are|had|has|have|fell|falls|remained|remains|still|also|then|later|soon|quickly|finally"
    r"|but|and|while|whereas|on|by|in|after|before|within|late|early|last|overnight|through|throughout|until|since|during|amid|despite|\w+ed"
    r"|\w+en|overrun|held|lost|won|left)\b(?!['’]))"
)
#: (antecedents, sentence index, mentions) -> the event places among the mentions, no dateline's city
PlacesOf = Callable[["Antecedents", int, list["Mention"]], list["Mention"]]


def reference_starts(text: str) -> Iterator[int]:
    """Yield where each "the former" or "the latter" that may mean a place stands in `text`."""
    if "former" in text or "latter" in text:
        yield from (match.start() for match in PAIR_REFERENCE.finditer(text))


def pair_places(antecedents: Antecedents, sentence: str, s_start: int, index: int,
                own: list[Mention], places_of: PlacesOf) -> list[tuple[int, int, Mention]]:
    """Return (start, end, mention) for each "the former"/"the latter" of `sentence` (sentence `index`
    at `s_start`, naming `own`) with the place of the pair named last that it means; an empty list
    when there is none or no pair of exactly two places before it. `places_of` picks the event
    places of a sentence's mentions (`plural_references`: no province, locator, dateline,
    destination or landmark)."""
    if "former" not in sentence and "latter" not in sentence:
        return []
    found = []
    for match in PAIR_REFERENCE.finditer(sentence):
        pair = _pair_before(antecedents, index, [m for m in own if m.end <= s_start + match.start()], places_of)
        if pair:
            found.append((match.start(), match.end(), pair[0] if match.group("which") == "former" else pair[1]))
    return found


def _pair_before(antecedents: Antecedents, index: int, own_before: list[Mention], places_of: PlacesOf) -> list[Mention]:
    """Return the two places named in sentence `index` before the reference (`own_before`), or when
    it names none, in the sentence before; empty unless exactly two different places are named there."""
    places = _unspoken(antecedents, index, places_of(antecedents, index, own_before))
    if not places and index > 0:
        places = _unspoken(antecedents, index - 1, places_of(antecedents, index - 1, antecedents.mentions_of(index - 1)))
    pair: list[Mention] = []
    for m in places:
        if m.place.key not in {p.place.key for p in pair}:
            pair.append(m)
    return pair if len(pair) == 2 else []


def _unspoken(antecedents: Antecedents, index: int, places: list[Mention]) -> list[Mention]:
    """Return `places` (of sentence `index`) but a speaker's office ("the ministry in Kabul said")."""
    sentence, s_start = antecedents.sentence_text(index), antecedents.sentence_start(index)
    return [m for m in places if not speaker_seat(sentence, m.start - s_start, m.end - s_start)]
