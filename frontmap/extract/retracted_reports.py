"""Retracted reports: a change its own teller takes back in the same sentence ("an official who told
reporters on Wednesday that the Taliban had overrun X said on Thursday that he had been
misinformed", "the ministry, which had announced that troops retook X, withdrew the statement").

What the teller takes back was never so: the change goes, whoever's it was. What he says instead,
after taking it back ("..., and that troops were still holding the district centre"), is told as
usual. Only a report the sentence tells before the retraction goes ("told reporters that",
"had announced that"); a denial of someone else's report is a denial (`frontmap.extract.denials`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

__all__ = ["without_retracted"]

# a verb of telling whose that-clause the change stands in
_TOLD_BEFORE = re.compile(
    r"\b(?:told|tell|tells|said|says|reported|announced|claimed|stated|tweeted|wrote)\b[^.;]{0,60}?\bthat\b", re.IGNORECASE
)
# the teller takes the report back: misinformed, mistaken; withdrew, retracted or corrected it
_RETRACTION = re.compile(
    r"\b(?:(?:said|says|admitted|conceded|acknowledged)\b[^.;]{0,40}?\b(?:he|she|they|it|we|i)\s+(?:had\s+)?(?:been|was|were)"
    r"\s+(?:misinformed|mistaken|wrong|misled|in\s+error)"
    r"|(?:withdrew|withdrawn|retracted|corrected|took\s+back|walked\s+back)\s+(?:the|his|her|its|their|that|this|an?)\s+"
    r"(?:earlier\s+|initial\s+|first\s+)?(?:report|statement|claim|remarks?|account|announcement|information)"
    r"|(?:said|says|admitted|conceded|acknowledged)\b[^.;]{0,40}?\b(?:the|his|her|its|their|that|this)\s+(?:earlier\s+|initial\s+|first\s+)?"
    r"(?:report|information|statement|account|announcement)\s+(?:had\s+been|was)\s+(?:wrong|incorrect|false|mistaken|premature|inaccurate))\b"
    # "misinformed about the number of soldiers killed": only another part of the report is taken back
    r"(?!\s+(?:about|over|regarding|as\s+to|in\s+respect\s+of)\s+(?!(?:the\s+|its\s+)?(?:fall|capture|loss|seizure|takeover|district|city|town)\b))",
    re.IGNORECASE,
)


def without_retracted(drafts: Sequence[Any]) -> list[Any]:
    """Return `drafts` less each one whose trigger stands in a report (a that-clause of telling)
    that the same sentence, after it, has its teller take back."""
    return [d for d in drafts if not _retracted(d.excerpt, d.trigger)]


def _retracted(sentence: str, trigger: str) -> bool:
    """Return True when `trigger` in `sentence` follows a verb of telling and a retraction follows it."""
    at = sentence.find(trigger)
    if at < 0 or _TOLD_BEFORE.search(sentence, 0, at) is None:
        return False
    return _RETRACTION.search(sentence, at + len(trigger)) is not None
