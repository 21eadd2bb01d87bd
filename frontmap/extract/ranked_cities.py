"""Cities named by their rank in the country: "the country's second-largest city" with no name told
with it is Kandahar, "Afghanistan's third-biggest city" Herat, "the fourth-largest city in
Afghanistan" Mazar-i-Sharif.

Wire copy and features name a fallen city this way once its name was given sentences before, or
never at all ("was in Kandahar with the commandos as the country's second-largest city fell").
The ranks are the ones reports of 2021 agree on; the fifth and after vary from outlet to outlet, so
they name nothing. Only a rank in Afghanistan counts ("Pakistan's second-largest city" is not
read), and a rank with a name after it ("the country's second-largest city, Kandahar") or before it
("Mazar-i-Sharif, Afghanistan's third-largest city": outlets rank it third or fourth; "Herat, which
is Afghanistan's second-largest city": a slip of the outlet's, still about Herat) or with the
city it is ranked within ("the second-largest city of Herat province", "after Kabul") is the name's
own business.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from frontmap.extract.unnamed_cities import unnamed_descriptions

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

# the province whose capital holds each rank
_RANKED = {"second": "AF-KAN", "2nd": "AF-KAN", "third": "AF-HER", "3rd": "AF-HER", "fourth": "AF-BAL", "4th": "AF-BAL"}
_OWNER = r"(?:[Tt]he\s+(?:country|nation)['’]s|Afghanistan['’]s|[Tt]he\s+Afghan)"
_RANK = r"(?P<{}>second|third|fourth|2nd|3rd|4th)[\s-](?:largest|biggest|most\s+populous)\s+(?:city|town)"
_IN_COUNTRY = r"\s+in\s+(?:the\s+country|Afghanistan)\b"
# what may stand between a name and the rank that describes it: a comma or a bracket, then perhaps
# a relative "which is" / "which was" ("Herat, which is Afghanistan's second-largest city"); a rank
# between dashes stays a reference of its own ("Herat — the country's third-biggest city — was
# overrun": the aside holds the verb's subject, the name is cut off from it)
_APPOSED = re.compile(
    r"\s*(?:,|\()\s*(?:(?:which|that)\s+(?:is|was|remains|has\s+(?:long\s+)?been|had\s+been)\s+)?(?:now\s+|also\s+)?"
)
_RANKED_CITY = re.compile(
    rf"(?:{_OWNER}\s+{_RANK.format('owned')}|[Tt]he\s+{_RANK.format('placed')}(?={_IN_COUNTRY}))\b(?!\s+(?:of|after)\b)(?:{_IN_COUNTRY})?"
)


def ranked_cities(text: str, sentences: Sequence[tuple[int, int]], ordered: Sequence[Mention]) -> list[tuple[int, int, int, str]]:
    """Return (sentence index, start, end, province code) for each city named only by its rank in
    Afghanistan ("the country's second-largest city"), the code that of the province whose capital
    holds the rank; a rank with the city's name right after it gives nothing."""
    if "largest" not in text and "biggest" not in text and "populous" not in text:
        return []
    found = unnamed_descriptions(_RANKED_CITY, text, sentences, ordered, _province_of)
    return [f for f in found if not _set_off_after_a_name(text, f[1], ordered)]


def _set_off_after_a_name(text: str, start: int, ordered: Sequence[Mention]) -> bool:
    """Return True when the rank at `start` stands in apposition after a named place ("Mazar-i-Sharif,
    Afghanistan's third-largest city", "Herat, which is Afghanistan's second-largest city"): the
    rank describes that place, however the outlet ranks it."""
    return any(m.end <= start and _APPOSED.fullmatch(text, m.end, start) for m in ordered)


def _province_of(match: re.Match[str]) -> str:
    """Return the code of the province whose capital holds the rank `match` tells."""
    return _RANKED[(match.group("owned") or match.group("placed")).lower()]
