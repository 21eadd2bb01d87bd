"""Bare nouns of a headline: "Taliban enter Jalalabad as governor hands over city".

Headlines drop articles, so a bare "city", "town" or "district" right after a verb of control
stands where a body would write "the city": it means the place of its kind named before it in the
headline. In a body the bare noun is mostly a modifier or a plural ("city streets", "district
police") and is left to `frontmap.extract.references.DEFINITE`.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention
    from frontmap.extract.references import Antecedents

# "hands over city", "retake district", "flees town" (not "district police", "city of", "town in X")
_BARE_NOUN = re.compile(
    r"\b(?:over|retak(?:e|es|en)|retook|recaptur(?:e|es|ed)|seiz(?:e|es|ed)|tak(?:e|es|en)|took|captur(?:e|es|ed)"
    r"|enter(?:s|ed)?|los(?:e|es)|lost|abandon(?:s|ed)?|surrender(?:s|ed)?|storm(?:s|ed)?|overr(?:un|uns|an)|fle(?:e|es|d)|quit(?:s)?"
    r"|leav(?:e|es)|left|reclaim(?:s|ed)?)\s+(?P<noun>city|town|district)\b(?![-\w]|\s+(?:of|in|centres?|centers?|police|governor|chief|council|hospital|residents|streets)\b)",
    re.IGNORECASE,
)


def bare_headline_nouns(antecedents: Antecedents, sentence: str, s_start: int) -> list[tuple[int, int, Mention]]:
    """Return (start, end, mention) for each bare noun of the headline `sentence` (starting the text,
    at `s_start` 0) that stands for "the <noun>", with the place it means; [] for any other sentence."""
    if s_start or "\n" in sentence.strip():
        return []
    found = []
    for match in _BARE_NOUN.finditer(sentence):
        start, end = match.span("noun")
        mention = antecedents.resolve(start, match.group("noun").lower(), reach=0)
        if mention is not None and mention.sentence_index == 0:
            found.append((start, end, mention))
    return found
