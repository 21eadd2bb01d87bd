"""The national capital named by description: "the Afghan capital", "the country's capital",
"Afghanistan's capital" with no name after it is Kabul, whatever city was told last ("The Taliban
took Jalalabad. By evening fighters were on the outskirts of the Afghan capital"), and so is "the
capital" told with the presidential palace ("entered the capital and took the presidential palace")
or with what the government still holds ("leaving just the capital in the government's hands").
A report filed in Kabul calls its own city "the capital", except after a province its sentence sets as
its scene ("In the western province of Herat, fighters reached the outskirts of the capital"): that
province's capital is meant (`scene_province`).
The presidential palace itself, with no place named after it ("fighters occupied the Afghan
presidential palace"), is the seat of the government in Kabul: what is done to it is done there.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from frontmap.extract.unnamed_cities import unnamed_descriptions

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

NATIONAL_CODE = "AF-KAB"  # the province whose capital is the country's
# the first letter first (at the start of a word), so the scan skips from one T or A to the next;
# "the capital" told with the presidential palace is the country's, whatever provincial capital came before
_NATIONAL = re.compile(
    r"[TtA](?<!\w[TtA])(?:(?:(?<=[Tt])he\s+(?:Afghan|country['’]s|national)|(?<=A)fghanistan['’]s)\s+capital\b(?!\s+(?:city\s+)?of\b)"
    r"|(?<=[Tt])he\s+capital\b(?!\s+(?:city\s+)?of\b)(?=[^.;]{0,80}?\bpresidential\s+palace\b)"
    # what the government is left with as the cities fall: "leaving just the capital and pockets of
    # territory in the government's hands", "is left holding the capital and a few contested cities"
    r"|(?<=[Tt])he\s+capital\b(?!\s+(?:city\s+)?of\b)"
    r"(?:(?<=leaving the capital)|(?<=leaving only the capital)|(?<=leaving just the capital)|(?<=holding the capital)|(?<=holding only the capital))"
    # ("the presidential palace in Kabul" names its place; "in the evening" does not)
    r"|(?<=[Tt])he\s+(?:(?:Afghan|country['’]s)\s+)?presidential\s+palace\b(?!\s+(?:in|of|at)\s+(?:the\s+)?(?:[A-Z]|(?:city|capital)\b))"
    r")"
)

# a dateline of Kabul on the report's first or second line ("Headline\nKABUL, Aug 15 -")
_KABUL_DATELINE = re.compile(r"(?:[^\n]*\n\s*)?KABUL\b(?:,\s*Afghanistan)?\s*(?:,|\(|[-–—])")
# the province set as the sentence's scene: it opens the sentence ("In the western province of Herat,
# ...", after a dateline too) or a where-clause follows it ("fighting in Helmand province, where ...");
# a province taken or only locating ("took Logar province and entered the capital", "the districts in
# Logar province ... at the gates of the capital") leaves "the capital" the country's
_SCENE_OPENING = re.compile(r"(?:[^\n]*?[-–—]\s+)?In\s+(?:(?:the\s+)?(?:[a-z-]+\s+){0,2}province\s+of\s+)?")
_SCENE_WHERE = re.compile(r"\bin\s+$")
_WHERE_AFTER = re.compile(r"(?:\s+province)?,\s+where\b")
#: an official's title after a province's name ("Herat governor", "Helmand provincial council"): the office, not the scene
TITLE_AFTER = re.compile(r"\s+(?:provincial\s+)?(?:governor|police\s+chief|council)\b", re.IGNORECASE)
#: "the capital" with nothing making it a province's: not "the provincial capital", "the capital (city) of X", "the capital cities"
BARE_CAPITAL = re.compile(r"(?<![Pp]rovincial )(?<![Pp]rovince['’]s )\b[Tt]he\s+capital\b(?!\s+(?:city\s+)?of\b|\s+cities\b|\s*,)")


def national_capitals(text: str, sentences: Sequence[tuple[int, int]], ordered: Sequence[Mention]) -> list[tuple[int, int, int, str]]:
    """Return (sentence index, start, end, province code) for each description of the national
    capital that no name follows ("the Afghan capital", not "the Afghan capital, Kabul"), and for
    the presidential palace no place follows ("the Afghan presidential palace")."""
    if "capital" not in text and "palace" not in text:
        return []
    found = unnamed_descriptions(_NATIONAL, text, sentences, ordered, lambda _match: NATIONAL_CODE)
    if _KABUL_DATELINE.match(text):  # a report filed in Kabul calls its own city "the capital"
        taken = {start for _i, start, _e, _c in found}
        found += [f for f in unnamed_descriptions(BARE_CAPITAL, text, sentences, ordered, lambda _match: NATIONAL_CODE)
                  if f[1] not in taken and scene_province(text, ordered, sentences[f[0]][0], f[1]) is None]
        found.sort(key=lambda f: f[1])
    return found


def scene_province(text: str, ordered: Sequence[Mention], sentence_start: int, start: int) -> str | None:
    """Return the code of the province the sentence sets as its scene before `start` ("In the
    western province of Herat, ...", "fighting in Helmand province, where ...", "In Kandahar, ..."),
    when it is the last place named there and no title follows it ("Herat governor"); else None:
    "the capital" after it means that province's capital, not the country's."""
    count = bisect.bisect_right(ordered, start, key=lambda m: m.end)  # mentions never overlap: sorted by end too
    if not count or ordered[count - 1].start < sentence_start:
        return None
    last = ordered[count - 1]
    named_like_it = last.place.kind == "province" or last.place.name == last.place.province
    opens_it = _SCENE_OPENING.fullmatch(text[sentence_start:last.start].lstrip()) is not None  # "In the western province of Herat, ..."
    where = _SCENE_WHERE.search(text, max(sentence_start, last.start - 40), last.start) and _WHERE_AFTER.match(text, last.end)
    if named_like_it and (opens_it or where) and not TITLE_AFTER.match(text, last.end):
        return last.place.province_code
    return None
