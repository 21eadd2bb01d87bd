"""Superseded reports: a change the report itself marks as an earlier, wrong account that it has since
corrected ("An earlier version of this report said X had fallen", "CORRECTION: An earlier entry said
X had fallen" on a live page, "a previous version of this story incorrectly said X had fallen", "the
agency wrongly reported that X was captured", "Initial reports said X had fallen, but police said
forces had pushed back the attack").

The correction notice tells what the report no longer says, so the change it repeats is not mapped.
Initial reports count as superseded only when the same sentence goes on, after a contrast, to
reverse them (forces pushed back, still hold the place, the reports were false): "Initial reports
said X had fallen, and officials later confirmed it" keeps the fall. So does a denial its own teller
takes back later in the sentence ("a spokesman, who had earlier denied that X had fallen, later said
forces had in fact abandoned it"): the denial goes, what he says after it is told as usual.
"""

from __future__ import annotations

import re

__all__ = ["WRONG_ACCOUNT", "superseded"]

# "an earlier version of this report said", "a previous version of the story incorrectly stated": the wrong account follows
WRONG_ACCOUNT = re.compile(
    r"\b(?:an?|the)\s+(?:earlier|previous|prior|original)\s+version\s+of\s+(?:this|the|our)\s+"
    r"(?:report|story|article|dispatch|item|entry|post|update|blog)\b[^.;]{0,30}?\b(?:said|stated|reported|misstated|named|gave)\b"
    # a running page's notice: "CORRECTION 09:10 GMT: An earlier entry said", "Correction: our previous update reported"
    r"|\bcorrection\b[^.;]{0,40}?\b(?:an?|the|our)\s+(?:earlier|previous|prior)\s+(?:entry|post|update|report|item)\b[^.;]{0,30}?\b(?:said|stated|reported|named|gave)\b"
    r"|\b(?:incorrectly|wrongly|erroneously|mistakenly)\s+(?:said|reported|stated|named|identified)\b",
    re.IGNORECASE,
)
# "Initial reports said", "early media reports suggested"
_INITIAL = re.compile(
    r"\b(?:initial|early|earlier|first)\s+(?:media\s+|local\s+|news\s+)?reports?\s+(?:had\s+)?"
    r"(?:said|suggested|indicated|claimed|stated)\b",
    re.IGNORECASE,
)
# after the contrast: the account reversed (the attack pushed back, the place still held, the report false)
_REVERSED = re.compile(
    r"\b(?:but|however|though)\b[^.;]{0,120}?\b(?:pushed\s+back|repelled|repulsed|beat\s+back|fought\s+off|"
    r"(?:still|remained|remains|were|was)\s+in\s+(?:full\s+)?control|still\s+(?:held|holds|holding)|"
    r"had\s+not\s+fallen|did\s+not\s+fall|was\s+not\s+true|were\s+not\s+true|false|untrue|incorrect)\b",
    re.IGNORECASE,
)

# "who had earlier denied that", "which had first rejected reports that": a denial in a relative clause
_DENIED_BY_TELLER = re.compile(
    r"\b(?:who|which)\b[^.;]{0,40}?\bhad\s+(?:earlier\s+|first\s+|initially\s+)?(?:denied|rejected|dismissed)\b[^.;]{0,60}$",
    re.IGNORECASE,
)
# the same teller, later in the sentence, says otherwise
_LATER_SAID = re.compile(r"\b(?:later|subsequently|afterwards)\s+(?:said|acknowledged|admitted|conceded|confirmed)\b", re.IGNORECASE)


def superseded(sentence: str, trigger: str) -> bool:
    """Return True when `trigger` in `sentence` stands in an account the report marks as corrected:
    after a correction notice ("an earlier version of this report said"), or after "initial reports
    said" with a reversal following it in the same sentence, or in a denial ("who had denied that")
    that its teller later in the sentence takes back ("later said")."""
    at = sentence.find(trigger)
    if at < 0:
        return False
    if WRONG_ACCOUNT.search(sentence, 0, at) is not None:
        return True
    if _DENIED_BY_TELLER.search(sentence, max(0, at - 110), at) is not None and _LATER_SAID.search(sentence, at + len(trigger)):
        return True
    return _INITIAL.search(sentence, 0, at) is not None and _REVERSED.search(sentence, at + len(trigger)) is not None
