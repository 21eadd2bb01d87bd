"""Foreign troops taking, holding or leaving a place: US, NATO or other foreign forces securing Kabul
airport for the evacuation, or quitting Bagram airfield, are neither side of the war over the place,
so what they take, hold or leave says nothing of who controls it ("American troops took control of
Kabul airport" is no fight for Kabul; "US troops left Bagram" is no Taliban capture)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontmap.extract.rules import Verdict

# the subject right before the verb: "the U.S. military", "American troops", "NATO forces", "Marines"
_FOREIGN_SUBJECT = re.compile(
    r"\b(?:(?:U\.?S\.?|US|American|NATO|British|UK|Turkish|foreign|coalition|international|allied|western)\s+"
    r"(?:(?:military|army|troops|forces|soldiers|marines|personnel|contingent)\b)(?:\s+\w+){0,2}"
    r"|(?:U\.?S\.?\s+)?Marines(?:\s+\w+){0,2}|the\s+Pentagon)\s+(?:has\s+|have\s+|had\s+)?$",
)
# verbs of taking, keeping or leaving a place (not fighting): what the troops do to the airport or base
_CONTROL_VERB = re.compile(
    r"\b(?:t[ao]o?k|taken?|takes|taking|control|secur|seiz|captur|held|hold|keep|kept|remain"
    r"|abandon|left|leav|withdr|pull|quit|vacat|hand)", re.IGNORECASE)


def foreign_control(sentence: str, verdict: Verdict) -> bool:
    """Return True when `verdict` comes from foreign troops taking, holding or leaving the place (the verb's
    subject names them), which tells nothing of the war's control of it."""
    if not _CONTROL_VERB.search(verdict.trigger):
        return False
    return bool(_FOREIGN_SUBJECT.search(sentence, max(0, verdict.trigger_start - 60), verdict.trigger_start))


def without_foreign_control(sentence: str, verdict: Verdict | None) -> Verdict | None:
    """Return `verdict`, or None when it only tells of foreign troops' control (see the module notes)."""
    return None if verdict is not None and foreign_control(sentence, verdict) else verdict
