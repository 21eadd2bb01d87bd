"""The national capital named by description: "the Afghan capital", "the country's capital",
"Afghanistan's capital" with no name after it is Kabul, whatever city was told last ("The Taliban
took Jalalabad. By evening fighters were on the outskirts of the Afghan capital"), and so is "the
capital" told with the presidential palace ("entered the capital and took the presidential palace")
or with what the government still holds ("leaving just the capital in the government's hands").
The presidential palace itself, with no place named after it ("fighters occupied the Afghan
presidential palace"), is the seat of the government in Kabul: what is done to it is done there.
"""

from __future__ import annotations

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
    r"|(?<=[Tt])he\s+(?:(?:Afghan|country['’]s)\s+)?presidential\s+palace\b(?!\s+(?:in|of|at)\s))"
)

# a dateline of Kabul on the report's first or second line ("Headline\nKABUL, Aug 15 -")
_KABUL_DATELINE = re.compile(r"(?:[^\n]*\n\s*)?KABUL\b(?:,\s*Afghanistan)?\s*(?:,|\(|[-–—])")
# "the capital" with nothing making it a province's: not "the provincial capital", "the capital (city) of X", "the capital cities"
_BARE_CAPITAL = re.compile(r"(?<![Pp]rovincial )(?<![Pp]rovince['’]s )\b[Tt]he\s+capital\b(?!\s+(?:city\s+)?of\b|\s+cities\b|\s*,)")


def national_capitals(text: str, sentences: Sequence[tuple[int, int]], ordered: Sequence[Mention]) -> list[tuple[int, int, int, str]]:
    """Return (sentence index, start, end, province code) for each description of the national
    capital that no name follows ("the Afghan capital", not "the Afghan capital, Kabul"), and for
    the presidential palace no place follows ("the Afghan presidential palace")."""
    if "capital" not in text and "palace" not in text:
        return []
    found = unnamed_descriptions(_NATIONAL, text, sentences, ordered, lambda _match: NATIONAL_CODE)
    if _KABUL_DATELINE.match(text):  # a report filed in Kabul calls its own city "the capital"
        taken = {start for _i, start, _e, _c in found}
        found += [f for f in unnamed_descriptions(_BARE_CAPITAL, text, sentences, ordered, lambda _match: NATIONAL_CODE) if f[1] not in taken]
        found.sort(key=lambda f: f[1])
    return found
