"""Taliban gains the same sentence has the other side reject: "Sputnik reported that X had been taken
over by Taliban forces, but Massoud rejected the rumours of its fall", "X fell on Friday, local media
said, but the resistance denied the reports", "forces left X, an official said, a claim the army denied".

The reporter passes the fall on and the defenders say it did not happen, so the fall is only a
claim, as a Taliban claim the police reject is ("the Taliban said they took X, but police rejected
the claim"). So is one the sentence's own speaker goes on to leave unconfirmed ("residents told him the
Taliban raised their flag over X, but he could not confirm that the district had fallen"). A
rejection by the Taliban themselves, or one of something else ("denied the
allegations of abuse"), leaves the gain as told.

A fall told only inside what the sentence sets aside ("did not enter X, the governor said, despite
posts on social media that the city had fallen", "contrary to rumours that X had been taken") is no
more than the posts and rumours: a claim ("amid reports that X was seized" passes the news on, and
stays as told). And when the other side answers that the Taliban exaggerate
or lie ("the Taliban said they had entered X, but police said the group was exaggerating"), the
Taliban's own account of fighting there is not told as fact: it goes. A report its own teller takes
back ("said he had been misinformed") is gone before (`frontmap.extract.retracted_reports`).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import Any

from frontmap.extract.denials import DENY_VERB
from frontmap.status import CLAIMED, CONTESTED, TALIBAN

# "but Massoud rejected the rumours of its fall", "though the resistance denied the reports": a contrast,
# its subject (not the Taliban), then a rejection of what was reported
_REJECTED = re.compile(
    rf"\b(?:but|though|although|however|while)\b(?P<who>[^.;:]{{0,60}}?)\b{DENY_VERB}\s+"
    r"(?:it|the\s+(?:(?:\w+\s+)?reports?|claims?|rumou?rs?|news)|these\s+(?:reports|claims|rumou?rs))"
    r"(?!\s+(?:of|about)\s+(?!(?:the\s+|its\s+)?(?:fall|capture|loss|seizure)\b))\b",
    re.IGNORECASE,
)
# ", a claim the army denied", ", an account that officials rejected": the report, then who rejects it, in apposition
_REJECTED_APPOSITION = re.compile(
    rf",\s+(?:a|an)\s+(?:claim|report|account|assertion|version)\s+(?:that\s+|which\s+)?(?P<who>[^.;:,]{{0,50}}?)\s*\b"
    rf"(?:(?:has|have|had|quickly|later|swiftly|flatly|strongly)\s+)*{DENY_VERB}\b",
    re.IGNORECASE,
)
# "but police said the group was exaggerating": the other side calls the Taliban's account overblown or false
_EXAGGERATED = re.compile(
    r"\b(?:but|though|although|however|while)\b(?P<who>[^.;:]{0,60}?)\b(?:said|say|says|insisted|added)\s+(?:that\s+)?"
    r"(?:the\s+(?:group|taliban|insurgents|militants)|they)\s+(?:was|were|are|is)\s+(?:\w+\s+)?(?:exaggerating|lying|spreading\s+(?:lies|rumou?rs|propaganda))\b",
    re.IGNORECASE,
)
# "despite posts on social media that", "contrary to reports that": what the sentence sets aside
_SET_ASIDE_REPORT = re.compile(
    r"\b(?:despite|in\s+spite\s+of|contrary\s+to)\s+(?:the\s+|some\s+)?(?:\w+\s+){0,2}?"
    r"(?:reports?|posts?|claims?|rumou?rs?|messages?|videos?|speculation)(?:\s+(?:on|in|from|by|circulating|online)(?:\s+[\w-]+){0,3}?)?\s+that\s+[^.;:]{0,80}$",
    re.IGNORECASE,
)
# "but he could not confirm that the district had fallen", "though officials would not confirm it":
# the gain told before the contrast is only what the sentence's source (residents, reports) says
_UNCONFIRMED = re.compile(
    r"\b(?:but|though|although|however|while)\b(?P<who>[^.;:]{0,60}?)\b(?:(?:could|can|would|did|was|were)\s+not|cannot|couldn['’]t|wouldn['’]t"
    r"|unable\s+to|declined\s+to|refused\s+to)\s+(?:yet\s+|immediately\s+|independently\s+)?(?:confirm|verify)\s+"
    r"(?:(?:that|whether|if)\b[^.;:]{0,60}?\b(?:fallen|fell|lost|captured|taken|seized|overrun|in\s+taliban\s+hands|under\s+taliban\s+control)\b"
    r"|(?:it|this|the\s+(?:fall|capture|loss|seizure|takeover|reports?|claims?|news))\b(?!\s+(?:of|about|on)\s+(?!(?:the\s+|its\s+)?(?:fall|capture|loss|seizure)\b)))",
    re.IGNORECASE,
)
_TALIBAN_SAY_BEFORE = re.compile(r"\b(?:taliban|insurgents?|militants?|group)\b[^.;:]{0,40}?\b(?:said|says|claimed|claims|announced|tweeted)\b", re.IGNORECASE)
_TALIBAN_WHO = re.compile(r"\b(?:taliban|insurgents?|militants?|mujahid|karimi|group['’]s)\b", re.IGNORECASE)


def rejected_as_claims(drafts: Sequence[Any]) -> list[Any]:
    """Return `drafts`, each Taliban gain whose own sentence goes on to have the other side reject
    the report of it (see the module notes) told as a claim."""
    kept = [d for d in drafts if not (d.status == CONTESTED and _overblown_taliban_account(d.excerpt, d.trigger))]
    return [dataclasses.replace(d, status=CLAIMED) if d.status == TALIBAN and (_set_aside(d.excerpt, d.trigger) or any(
                _rejected_after(d.excerpt, d.trigger, rejection) for rejection in (_REJECTED, _REJECTED_APPOSITION, _UNCONFIRMED))) else d
            for d in kept]


def _set_aside(sentence: str, trigger: str) -> bool:
    """Return True when `trigger` stands in a report the sentence only sets aside ("despite posts
    on social media that the city had fallen")."""
    at = sentence.find(trigger)
    return at > 0 and _SET_ASIDE_REPORT.search(sentence, 0, at) is not None


def _overblown_taliban_account(sentence: str, trigger: str) -> bool:
    """Return True when the Taliban tell `trigger` ("a Taliban spokesman said fighters had entered
    X") and, after it, someone else says the group exaggerates or lies."""
    at = sentence.find(trigger)
    if at < 0 or _TALIBAN_SAY_BEFORE.search(sentence, 0, at) is None:
        return False
    found = _EXAGGERATED.search(sentence, at + len(trigger))
    return found is not None and _TALIBAN_WHO.search(found.group("who")) is None


def _rejected_after(sentence: str, trigger: str, rejection: re.Pattern[str] = _REJECTED) -> bool:
    """Return True when, after `trigger` in `sentence`, a contrast has someone other than the
    Taliban reject the report (`rejection`: or withhold its confirmation)."""
    at = sentence.find(trigger)
    if at < 0:
        return False
    found = rejection.search(sentence, at + len(trigger))
    return found is not None and _TALIBAN_WHO.search(found.group("who")) is None
