"""Retracted reports: a change its own teller takes back in the same sentence ("an official who told
reporters on Wednesday that the Taliban had overrun X said on Thursday that he had been
misinformed", "the ministry, which had announced that troops retook X, withdrew the statement").

What the teller takes back was never so: the change goes, whoever's it was. What he says instead,
after taking it back ("..., and that troops were still holding the district centre"), is told as
usual. Only a report the sentence tells before the retraction goes ("told reporters that",
"had announced that"); a denial of someone else's report is a denial (`frontmap.extract.denials`).
The teller may take it back in the next sentence ("He later said he had been misinformed"), and the
reporter may show the report false ("..., but the reports turned out to be false").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from frontmap.extract.memo import per_article
from frontmap.extract.superseded_reports import superseded

__all__ = ["withdrawn", "without_retracted_next"]

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

# "..., but the reports turned out to be false": the report itself shown wrong, in the reporter's words
_FALSIFIED = re.compile(
    r"\b(?:but|though|although|however)\b[^.;]{0,30}?\b(?:the|that|this|these|those|his|her|its|their)\s+(?:(?:earlier|initial|first|early|media|local|online|taliban)\s+)?"
    r"(?:reports?|claims?|news|rumou?rs?|accounts?|statements?)\s+(?:later\s+|soon\s+)?(?:turned\s+out|proved|was\s+shown|were\s+shown|was\s+found|were\s+found)"
    r"\s+(?:to\s+be\s+|to\s+have\s+been\s+)?(?:false|wrong|untrue|baseless|inaccurate|unfounded|premature|incorrect|mistaken)\b",
    re.IGNORECASE,
)
# the next sentence opens with the teller taking it back: "He later said he had been misinformed",
# "The group later withdrew the claim" (its subject a pronoun or a teller named by its role)
_TELLER_OPENING = re.compile(
    r"\W*(?:he|she|they|it|the\s+(?:\w+\s+)?(?:official|spokes(?:man|woman|person)|ministry|governor|group|taliban|police|army|agency|lawmaker|member|source|station|website))"
    r"\s+(?:(?:later|subsequently|afterwards|then|also|soon|however)\s+)*(?:said|says|admitted|conceded|acknowledged|withdrew|retracted|corrected|took|walked)\b",
    re.IGNORECASE,
)


@per_article  # asked for each trigger of a sentence by the events and again by the dating
def withdrawn(sentence: str, trigger: str) -> bool:
    """Return True when `trigger` in `sentence` stands in a report (a that-clause of telling) that the
    same sentence, after it, has its teller take back or shows false, or that the report marks as an
    earlier account it has corrected (`frontmap.extract.superseded_reports`): the events stage reads
    no event from it, and dates nothing by it."""
    return _retracted(sentence, trigger) or superseded(sentence, trigger)


def without_retracted_next(drafts: Sequence[Any], view_of: Callable[[int], str], sentence_count: int) -> list[Any]:
    """Return `drafts` less each one told in a report that the next sentence (the view of sentence
    i is `view_of(i)`) opens with its teller taking back ("He later said he had been misinformed")."""
    def taken_back(d: Any) -> bool:
        if d.index + 1 >= sentence_count or not _told(d.excerpt, d.trigger):
            return False
        following = view_of(d.index + 1)
        return _TELLER_OPENING.match(following) is not None and _RETRACTION.search(following) is not None
    return [d for d in drafts if not taken_back(d)]


def _told(sentence: str, trigger: str) -> bool:
    """Return True when `trigger` in `sentence` stands after a verb of telling ("said that")."""
    at = sentence.find(trigger)
    return at >= 0 and _TOLD_BEFORE.search(sentence, 0, at) is not None


def _retracted(sentence: str, trigger: str) -> bool:
    """Return True when `trigger` in `sentence` follows a verb of telling and a retraction, or a
    contrast showing the report false, follows it."""
    if not _told(sentence, trigger):
        return False
    at = sentence.find(trigger) + len(trigger)
    return _RETRACTION.search(sentence, at) is not None or _FALSIFIED.search(sentence, at) is not None
