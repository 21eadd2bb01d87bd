"""Foreign troops taking, holding or leaving a place: US, NATO or other foreign forces securing Kabul
airport for the evacuation, or quitting Bagram airfield, are neither side of the war over the place,
so what they take, hold or leave says nothing of who controls it ("American troops took control of
Kabul airport" is no fight for Kabul; "US troops left Bagram" is no Taliban capture). Nor does a
facility of the town the other side takes over as the foreign troops evacuate it ("the Taliban took
control of parts of Kabul airport as the US evacuation neared its end"): it passes from the
departing foreigners, not from the side the town's control is fought between. Nor is foreign troops'
own campaign a fight between the two sides ("Helmand was the focal point of British and US military
operations"): that war was theirs, and its place tells nothing of who holds the place now."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from frontmap.extract.held_facilities import facility_after

if TYPE_CHECKING:
    from frontmap.extract.rules import Verdict

# "were in the final phase of (pulling out)": a stage of the troops' own act, between them and its verb
_PHASE = r"(?:\s+in\s+the\s+(?:\w+\s+){0,2}(?:phase|stages?|process|midst)\s+of)?"
# the subject right before the verb (or before a stage of its act): "the U.S. military", "American
# troops", "NATO forces", "Marines", "US forces were in the final phase of"
_FOREIGN_SUBJECT = re.compile(
    r"\b(?:(?:U\.?\s?S\.?|US|American|NATO|British|UK|Turkish|foreign|coalition|international|allied|western)\s+"
    r"(?:(?:combat|ground|special|remaining|last|support)\s+)?"  # "foreign combat troops", "US special forces"
    r"(?:(?:military|army|troops|forces|soldiers|marines|personnel|contingent)\b)(?:\s+\w+){0,2}" + _PHASE +
    r"|(?:U\.?\s?S\.?\s+)?Marines(?:\s+\w+){0,2}|the\s+Pentagon)\s+(?:has\s+|have\s+|had\s+)?$",
)
# verbs of taking, keeping or leaving a place (not fighting): what the troops do to the airport or base
_CONTROL_VERB = re.compile(
    r"\b(?:t[ao]o?k|taken?|takes|taking|control|secur|seiz|captur|held|hold|keep|kept|remain"
    r"|abandon|left|leav|withdr|pull|quit|vacat|hand)", re.IGNORECASE)
# a passive's doer right after its verb: "(was evacuated) by US forces", "(handed over) last week by the American military"
_FOREIGN_AGENT = re.compile(
    r"(?:\s+(?:\w+\s+){0,3}?)?\s*by\s+(?:the\s+)?(?:last\s+|departing\s+|remaining\s+)?"
    r"(?:U\.?\s?S\.?|US|American|NATO|British|UK|foreign|coalition|international|allied|western)[\s-]+(?:led\s+)?"
    r"(?:(?:combat|ground|special)\s+)?(?:military|army|troops|forces|soldiers|marines|personnel|contingent|coalition)\b",
    re.IGNORECASE)
_LEAVING = re.compile(r"\b(?:evacuat|abandon|vacat|left\b|quit)", re.IGNORECASE)  # the troops' leaving (not "handed over by": to whom matters)
# the foreign troops' evacuation of a facility: "the evacuation", "the last US plane", "handed over by the Americans"
_EVACUATION = re.compile(
    r"\bevacuat\w*|\blast\s+(?:U\.?S\.?|American|foreign|NATO|evacuation)\s+(?:planes?|flights?)\b"
    r"|\b(?:handed|turned)\s+over\s+by\b", re.IGNORECASE)
_FOREIGN_PARTY = re.compile(
    r"\bU\.\s?S\.?(?!\w)|\b(?:US|United\s+States|America|Americans?|NATO)\b|\b(?i:foreign|coalition|allied|allies|british|western)\b")


_FOREIGN_NAME = r"(?:U\.?\s?S\.?|US|United\s+States|American|NATO|British|UK|coalition|foreign|allied|western|international)"
# the owner right before an operation noun: "British and United States (military) operations", "US-led operations", "NATO's mission"
_FOREIGN_OWNER = re.compile(
    r"\b" + _FOREIGN_NAME + r"(?:['’]s)?(?:[\s-]+led)?(?:,?\s+(?:and|or)\s+" + _FOREIGN_NAME + r"(?:[\s-]+led)?)?"
    r"\s+(?:(?:military|combat|counter-?insurgency|counter-?terrorism|ground|air|troops['’]?|forces['’]?)\s+)*$",
    re.IGNORECASE)
_OPERATION = re.compile(r"\b(?:operations?|offensives?|campaigns?|missions?|surge)\b", re.IGNORECASE)


def foreign_operations(sentence: str, verdict: Verdict) -> bool:
    """Return True when `verdict` comes from an operation the foreign troops owned ("the focal point for
    British and United States military operations"), not a fight between the war's two sides."""
    if not _OPERATION.search(verdict.trigger):
        return False
    before = sentence[max(0, verdict.trigger_start - 60) : verdict.trigger_start]
    return _FOREIGN_OWNER.search(before) is not None


def foreign_control(sentence: str, verdict: Verdict) -> bool:
    """Return True when `verdict` comes from foreign troops taking, holding or leaving the place (the verb's
    subject names them), which tells nothing of the war's control of it."""
    if _LEAVING.search(verdict.trigger) and _FOREIGN_AGENT.match(sentence, verdict.trigger_start + len(verdict.trigger)):
        return True  # "Bagram, which was evacuated by US forces": the passive's doer is the foreign troops
    if not _CONTROL_VERB.search(verdict.trigger):
        return False
    return bool(_FOREIGN_SUBJECT.search(sentence, max(0, verdict.trigger_start - 60), verdict.trigger_start))


def taken_from_evacuating_troops(sentence: str, verdict: Verdict, place_end: int) -> bool:
    """Return True when `verdict` is a facility of the place ending at `place_end` taken over in a
    sentence that tells of the foreign troops' evacuation ("took parts of Kabul airport as the US
    evacuation went on")."""
    return (_CONTROL_VERB.search(verdict.trigger) is not None and facility_after(sentence, place_end)
            and _EVACUATION.search(sentence) is not None and _FOREIGN_PARTY.search(sentence) is not None)


def without_foreign_control(sentence: str, verdict: Verdict | None, place_end: int) -> Verdict | None:
    """Return `verdict`, or None when it only tells of foreign troops' control, or of a facility of
    the place taken as they evacuate it, ending at `place_end` (see the module notes)."""
    if verdict is not None and (foreign_control(sentence, verdict) or taken_from_evacuating_troops(sentence, verdict, place_end) or foreign_operations(sentence, verdict)):
        return None
    return verdict
