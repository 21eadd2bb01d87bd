"""Quoted references: "the city" inside a quote whose speaker is placed after it.

Wire copy opens with the quote and names its speaker after: '"The Taliban have surrounded an
army battalion on the outskirts of the city," a member of the Sar-e-Pul provincial council said.'
The city meant is the speaker's own, named in the attribution, not the last city told before the
quote (often another one fallen the day before). A speaker placed in the national capital ("a lawmaker
from Kabul") speaks from the seat of government: when a town is named before the quote, that town,
not Kabul, is what "the city" means.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from frontmap.extract.reference_choice import is_national_capital

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

_QUOTE_REACH = 400  # characters a quote may run on either side of the reference
_ATTRIBUTION_END = re.compile(r"[.\n\"“;]")
_ATTRIBUTION = re.compile(r"\s*,?\s*[^\"“”\n]{0,160}?\b(?:said|says|told|added|tweeted|wrote)\b")


def attributed_place(text: str, position: int, ordered: Sequence[Mention], fits: Callable[[Mention], bool]) -> Mention | None:
    """Return the place named in the attribution after the quote that holds `position` (the
    first mention there that `fits`, past the national capital when a place that fits is named
    before), or None when `position` is in no quote so attributed."""
    quote = _quote_around(text, position)
    if quote is None:
        return None
    opened, close = quote
    if bisect.bisect_left(ordered, opened, key=lambda m: m.start) < bisect.bisect_left(ordered, position, key=lambda m: m.start):
        return None  # the quote names its own place before the reference: that one is meant
    said = _ATTRIBUTION.match(text, close + 1)
    if said is None:
        return None
    stop = _sentence_end(text, said.end())  # "said a police officer in Kunduz": the speaker after the verb too
    i = first = bisect.bisect_left(ordered, close + 1, key=lambda m: m.start)
    while i < len(ordered) and ordered[i].start < stop:
        if fits(ordered[i]) and not (is_national_capital(ordered[i].place) and any(fits(m) for m in ordered[:first])):
            return ordered[i]
        i += 1
    return None


def _quote_around(text: str, position: int) -> tuple[int, int] | None:
    """Return where the quote holding `position` opens and closes (within its paragraph), or None."""
    start = max(text.rfind("\n", 0, position) + 1, position - _QUOTE_REACH)
    before = text[start:position]
    curly = before.rfind("“") > before.rfind("”")
    if not curly and before.count('"') % 2 == 0:
        return None
    opened = start + before.rfind("“" if curly else '"')
    close = text.find("”" if curly else '"', position, position + _QUOTE_REACH)
    paragraph_end = text.find("\n", position)
    return (opened, close) if close >= 0 and (paragraph_end < 0 or close < paragraph_end) else None


def _sentence_end(text: str, position: int) -> int:
    """Return where the attribution running on from `position` ends (a full stop, a line end or
    an opening quote, at most 80 characters on)."""
    found = _ATTRIBUTION_END.search(text, position, position + 80)
    return found.start() if found else min(len(text), position + 80)
