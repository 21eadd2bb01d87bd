"""Unnamed capitals: "the provincial capital" that no name follows, read as a province's capital.

"Fighting in Helmand ... pushed into the provincial capital": with no capital named before it, in a
text that names a province (in its sentence or the two before), the reference is that province's
capital; the mention finder adds it as a mention. "The provincial centre" and "the centre of the
province" are read the same way (Afghan officials call a capital the province's centre). A capital named through its province ("Helmand's
capital") is found by `capital_phrases`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from frontmap.extract.capital_phrases import capitals_by_province
from frontmap.extract.national_capital import BARE_CAPITAL, TITLE_AFTER, national_capitals, scene_province
from frontmap.extract.ranked_cities import ranked_cities
from frontmap.extract.references import DEFINITE
from frontmap.extract.speaker_cities import speaker_cities
from frontmap.extract.their_capitals import their_capitals
from frontmap.extract.unnamed_cities import mentions_before, unnamed_cities

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

_CAPITAL_MODIFIERS = ("provincial", "local")  # "the local capital" after "in Zabul province": Qalat, as AP writes it
_CAPITAL_REACH = 2  # sentences back to look for the province whose capital "the provincial capital" is
# farther back, a province is still meant when it is the last place named before the reference: a
# feature tells a district "of Kunduz province", a soldier's words, then "the provincial capital"
_QUIET_REACH = 5
# "the provincial centre", "the center of the province"; not "the provincial center of Ghor" (named);
# its first letter read as a class, then looked back at: a scan of a whole text skips to each "t" at once
_CENTRE = re.compile(
    r"[Tt](?<!\w[Tt])he\s+(?:provincial\s+cent(?:re|er)|cent(?:re|er)\s+of\s+the\s+province)\b(?!\s+of\b|-)"
)


def unnamed_capitals(text: str, sentences: Sequence[tuple[int, int]], mentions: Sequence[Mention]) -> list[tuple[int, int, int, str]]:
    """Return (sentence index, start, end, province code) for each "the provincial capital" (or
    "the local capital", "the provincial centre", "the centre of the province") that no name follows and that follows a province named before any capital (in its sentence or
    the two before), for each capital named through its province (`capital_phrases`) or among
    several provinces' capitals (`their_capitals`), for each
    description of the national capital (`national_capital`), for each bare "the capital" right after a
    province its sentence sets as its scene, for each city named by its rank
    in the country (`ranked_cities`) and for each "the city" before any
    town is named (`unnamed_cities`) or whose speaker names its province (`speaker_cities`)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    found = capitals_by_province(text, sentences, ordered) + national_capitals(text, sentences, ordered) + their_capitals(text, sentences, ordered)
    found += [f for f in ranked_cities(text, sentences, ordered) if not any(f[1] < g[2] and g[1] < f[2] for g in found)]
    found += [f for f in unnamed_cities(text, sentences, ordered) if not any(f[1] < g[2] and g[1] < f[2] for g in found)]
    found += [f for f in speaker_cities(text, sentences, ordered) if not any(f[1] < g[2] and g[1] < f[2] for g in found)]
    found += [f for f in _bare_capitals(text, sentences, ordered) if not any(f[1] < g[2] and g[1] < f[2] for g in found)]
    if "provincial capital" not in text and "local capital" not in text and not _CENTRE.search(text):
        return found
    starts = [s for s, _ in sentences]
    for start, end in _capital_words(text):
        count = mentions_before(ordered, start, end)
        if count is None:
            continue  # a name inside or right after it: "the provincial capital Taloqan"
        index = bisect.bisect_right(starts, start) - 1
        code = _province_before(ordered[:count], index, text)
        if code is not None:
            found.append((index, start, end, code))
    return found


def _bare_capitals(text: str, sentences: Sequence[tuple[int, int]], ordered: Sequence[Mention]) -> list[tuple[int, int, int, str]]:
    """Return (sentence index, start, end, province code) for each bare "the capital" that no name
    follows and that comes right after a province its sentence sets as its scene ("in Helmand
    province, where ...": `scene_province`): that province's capital."""
    if "the capital" not in text and "The capital" not in text:
        return []
    starts = [s for s, _ in sentences]
    found = []
    for match in BARE_CAPITAL.finditer(text):
        start, end = match.span()
        if mentions_before(ordered, start, end) is None:
            continue
        index = bisect.bisect_right(starts, start) - 1
        code = scene_province(text, ordered, starts[index], start)
        if code is not None:
            found.append((index, start, end, code))
    return found


def _capital_words(text: str) -> list[tuple[int, int]]:
    """Return the spans of "the provincial capital" (or "the local capital") and of "the
    provincial centre" (or "the centre of the province") in `text`, in order."""
    spans = [match.span() for match in DEFINITE.finditer(text)
             if match.group("modifier") in _CAPITAL_MODIFIERS and match.group("noun") == "capital"]
    return sorted(spans + [match.span() for match in _CENTRE.finditer(text)])


def _province_before(before: Sequence[Mention], index: int, text: str) -> str | None:
    """Return the province code of the last province named (in `before`, by position, within reach
    of sentence `index`) when no capital was named after it, else None. A name before an
    official's title ("Sar-e-Pul Governor X said") names the office, not the town. The last place
    named before the reference, when it is a province, is meant from farther back (`_QUIET_REACH`)."""
    for k, mention in enumerate(reversed(before)):
        quiet = k == 0 and mention.place.kind == "province" and mention.sentence_index >= index - _QUIET_REACH
        if mention.sentence_index < index - _CAPITAL_REACH and not quiet:
            return None
        if TITLE_AFTER.match(text, mention.end):
            continue
        if mention.place.kind == "province":
            return mention.place.province_code
        if mention.capital or mention.place.kind == "capital":
            return None
    return None
