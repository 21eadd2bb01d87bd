"""An entry or an assault whose own sentence goes on to tell how it ended, with no place named
again: "Taliban fighters swept into the base on Sunday and took control of it", "swept into Kabul
and seized control of the government", "armed men attacked X and cleared it of the Taliban",
"stormed X and drove the insurgents out".

Read alone, the entry is only contested ("entered but not taken") and the assault only a fight;
the outcome clause says more. A Taliban entry that goes on to take control (of "it", "the city",
the government), or that followed a handover ("moved into X after elders negotiated the fall of
the government there", "entered X after government forces pulled out"), that the town welcomed ("entered X and were greeted by residents"), that went on to hold the seat
("entered X and by mid-morning held the governor's compound"), that brought
the government down or put them in charge ("entered Kabul, prompting the government to back down",
"entered Kabul, taking charge as the new rulers") or that completed a takeover ("completed their takeover
of the country by entering Kabul"), is a capture: the entry's reading becomes the Taliban's, on its day. A raid that
frees a prison's inmates, or a flag raised over one building, is no capture of the town ("stormed
the city and freed hundreds of prisoners" stays a fight), but a flag raised over the seat is the seat
held ("entered X and raised their flag over the governor's compound"). An assault that goes on to clear the
place of the Taliban or drive them out is a retaking: the government's reading is added, the
fight kept. A Taliban assault or entry after which the defenders left ("stormed X and the garrison withdrew
toward Y") or the seat was taken is a capture too, unless the defenders only fell back inside it ("withdrew
to the governor's compound"). A hedged outcome ("tried to drive them out", "could take control") tells nothing, and
an outcome at a place of its own ("and took control of Y") belongs to Y, read there. The other
way round, an entry that only goes on with a capture of the same place told just before it ("seized
the district on Tuesday and moved into the district centre") is the capture's last step, no fight.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence

from frontmap.extract.attribution import taliban_voice
from frontmap.extract.garrison_leavers import stays_inside
from frontmap.extract.outcome_days import outcome_day
from frontmap.extract.sequel_expulsions import DraftT
from frontmap.extract.text import text_view
from frontmap.status import CLAIMED, CONTESTED, GOVERNMENT, TALIBAN

_TALIBAN = r"(?:the\s+)?(?:taliban|militants|insurgents)"
_UNIT = r"(?:it|the\s+(?:city|town|district|base|airbase|capital|area|compound|government|prison))"
# the clause that tells the outcome, right after "and" (or ", then"): what is said of the place
_EXPELLED = re.compile(
    r"(?:cleared|cleansed|rid|freed)\s+(?:it|them|the\s+(?:district|town|city|area))\s+of\s+" + _TALIBAN + r"\b"
    r"|(?:drove|pushed|forced|chased|kicked)\s+(?:" + _TALIBAN + r"|them)\s+out\b"
    r"|(?:drove|pushed|forced|chased|kicked)\s+out\s+" + _TALIBAN + r"\b"
    r"|(?:expelled|evicted|ousted)\s+" + _TALIBAN + r"\b",
    re.IGNORECASE,
)
_TAKEN = re.compile(
    r"(?:took|seized|gained|assumed|established)\s+(?:full\s+|complete\s+)?control\s+(?:of|over)\s+" + _UNIT + r"\b",
    re.IGNORECASE,
)
# a capture told by what the entry brought about, in a clause of its own after a comma: "entered Kabul, taking
# charge as the new rulers", "entered Kabul, prompting the government to back down", "entered Kabul on
# Sunday, completing their takeover of the country" (not "taking control of a
# checkpoint": a place of its own; not "prompting fears the government could fall": a fear)
_BROUGHT_ABOUT = re.compile(
    r"\s*,\s+(?:(?:taking|seizing|assuming)\s+(?:full\s+|complete\s+)?(?:the\s+)?(?:control|charge|power)(?:\s+(?:of|over)\s+" + _UNIT + r")?\b(?!\s+(?:of|over)\b)"
    r"|(?:prompting|forcing|causing)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?government\s+to\s+(?:collapse|back\s+down|flee|surrender|step\s+down|fall)\b"
    r"|(?:which\s+led|leading)\s+to\s+the\s+(?:collapse|fall)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?government\b"
    r"|(?:completing|sealing)\s+(?:their|its|the|an?)\s+(?:[\w-]+\s+){0,2}?(?:takeover|conquest|victory|sweep)\b)",
    re.IGNORECASE,
)
# "fighters entered X and were greeted by residents": an entry the town welcomed is no fight
_WELCOMED = re.compile(r"were\s+(?:\w+\s+)?(?:welcomed|greeted)\b", re.IGNORECASE)
# "completed their takeover of the country by entering Kabul": the entry is the takeover's last step
_TAKEOVER_BY = re.compile(r"\b(?:complet\w+|finish\w+)\s+(?:their|its|the)\s+(?:takeover|capture|conquest)\b[^.;:]{0,60}?\bby\s+$", re.IGNORECASE)
_OPENER = re.compile(
    r"\s*(?:,\s*)?(?:and|then|,\s*then|as|(?P<after>after))\s+(?:then\s+|later\s+|quickly\s+|soon\s+)?"  # "entered X as the police withdrew"
    r"(?:(?:by|before)\s+(?:mid-?\w+|dawn|noon|nightfall|dusk|evening|morning|the\s+(?:afternoon|evening|morning))\s+"
    r"|(?:hours|minutes)\s+later\s+|within\s+(?:hours|an\s+hour)\s+)?"  # "and by mid-morning held ...": the outcome's hour
)
# the outcome told by the seat taken ("and by mid-morning held the governor's compound and the police headquarters");
# the police's building alone is a part of the place ("stormed X and seized the police headquarters" stays a fight)
_SEAT_HELD = re.compile(
    r"(?:(?:had\s+)?(?:held|controlled|seized|captured|occupied|took(?:\s+over)?|taken\s+over)"
    r"|(?:raised|hoisted|planted)\s+(?:their\s+|the\s+|its\s+)?(?:(?:white|taliban|movement['’]s)\s+)?flags?\s+(?:over|above|atop|on))"  # the seat under their flag
    r"\s+(?:the\s+)?(?:(?:provincial|district)\s+)?"
    r"(?:police\s+headquarters\s+and\s+(?:the\s+)?(?:(?:provincial|district)\s+)?)?"
    r"(?:governor['’]s\s+(?:compound|office|offices|house|residence|headquarters)|district\s+(?:centre|center|headquarters|compound))\b",
    re.IGNORECASE,
)
# the outcome told by the defenders leaving ("stormed the centre of X and the garrison withdrew toward Y"); a refuge
# inside the place ("withdrew to the governor's compound") is no loss of the whole (`garrison_leavers.stays_inside`)
_DEFENDERS_LEFT = re.compile(
    r"(?:the\s+|its\s+|their\s+)?(?:(?:remaining|last|local|afghan|government|security|police|army)\s+){0,2}"
    r"(?:garrison|defenders|forces|troops|soldiers|police(?:men)?|commandos)\s+(?:there\s+)?(?:had\s+|then\s+|quickly\s+)?"
    r"(?:withdr(?:ew|awn)|retreated|pulled\s+(?:out|back)|fled|surrendered|abandoned\s+(?:it|the\s+(?:city|town|district|centre|center)))\b",
    re.IGNORECASE,
)
# "and police pulled back from their posts in Y": the men of another place, leaving it
_LEFT_ELSEWHERE = re.compile(r"\s+(?:back\s+)?from\b|[^,.;:]{0,50}?\b(?:in|at|from)\s+[A-Z]")
# a handover the entry followed: "moved into X after elders negotiated the fall of the government there"
_HANDED = re.compile(
    r"(?:[\w'-]+\s+){1,4}?(?:negotiated|arranged|brokered|agreed\s+(?:to|on))\s+(?:the\s+|a\s+)?(?:fall|surrender|handover|hand-over|transfer)\b"
    r"|(?:the\s+)?(?:governor|officials|elders|garrison|defenders|(?:(?:security|government|afghan|army)\s+)?(?:forces|troops|soldiers)|police)\s+(?:had\s+)?"
    r"(?:surrendered|withdr(?:ew|awn)|pulled\s+out|fled|left|(?:tactically\s+)?retreated|abandoned\s+(?:it|the\s+(?:city|town|district))"  # "entered X after government forces pulled out overnight", "... fled"
    r"|(?:made|staged|carried\s+out|conducted)\s+(?:what\s+[^.;:]{0,30}?\s+called\s+)?(?:an?\s+)?(?:tactical\s+)?(?:retreat|withdrawal))\b"
    # "after a tactical retreat by government forces": the leaving told by its noun
    r"|(?:an?\s+|the\s+)?(?:tactical\s+)?(?:retreat|withdrawal|pull-?out|surrender)\s+(?:of|by)\s+(?:the\s+)?(?:(?:government|security|afghan|army)\s+)?"
    r"(?:forces|troops|soldiers|police|garrison|defenders)\b",
    re.IGNORECASE,
)
# what may stand between the trigger's place and the outcome: its day, its locator, no new clause
_BETWEEN = re.compile(r"(?:[^.;:\"“”]|(?<=[A-Z][a-z]{2})\.(?=\s+\d)){0,120}?")  # ("on the morning of Aug. 13": an abbreviation's full stop)
_HEDGE = re.compile(r"\b(?:could|would|might|may|tried|trying|attempt\w*|fail\w*|unable|vow\w*|plan\w*|not|never|to)\s*$", re.IGNORECASE)
# the words from a capture to an entry that completes it: no new clause, no contrast or sequel
_JOINED = re.compile(r"(?:(?!\b(?:but|after|before|while|although|when|then)\b)[^.;:\"“”]){0,80}?\band\s+(?:also\s+)?", re.IGNORECASE)
_ENTRY = re.compile(r"\b(?:swept|swarmed|poured|marched|moved|rolled|entered|entering|enter|advanced)\b", re.IGNORECASE)
_ASSAULT = re.compile(r"\b(?:attack\w*|assault\w*|raid\w*|storm\w*|stormed)\b", re.IGNORECASE)
_SIDE_TALIBAN = re.compile(r"(?<!anti-)(?<!anti )\b(?:taliban|militants|insurgents)\b", re.IGNORECASE)
_PLACE_AFTER = re.compile(r"\s+(?:in|at|of|over|from)\s+[A-Z]")


def with_entry_outcomes(drafts: Sequence[DraftT]) -> list[DraftT]:
    """Return `drafts` with each contested entry or assault whose sentence tells its outcome (see
    the module notes) read again: a Taliban entry that took control becomes a capture, an assault
    that cleared the place of the Taliban gains a retaking beside the fight."""
    told = {(d.index, d.key, d.status) for d in drafts}
    taken: dict[tuple, list[DraftT]] = {}  # the captures of each sentence and place: a long report has thousands
    for d in drafts:
        if d.status == TALIBAN:
            taken.setdefault((d.index, d.key), []).append(d)
    result: list[DraftT] = []
    for draft in drafts:
        if draft.status == CONTESTED and any(_entry_completes(draft, t) for t in taken.get((draft.index, draft.key), ())):
            continue  # "captured the district and entered its centre": the entry is the capture's last step
        outcome = _outcome(draft) if draft.status == CONTESTED else None
        if outcome is None:
            result.append(draft)
            continue
        status, words = outcome
        at = draft.excerpt.find(words)
        later = outcome_day(draft.excerpt, at + len(words), draft.date) if status == TALIBAN and at >= 0 else None
        if later is not None:  # "entered X on Monday and took the governor's compound the next day"
            result.extend((draft, dataclasses.replace(draft, status=TALIBAN, trigger=words, date=later)))
        elif status == TALIBAN:  # the Taliban's own word of their entry and its outcome is their claim
            result.append(dataclasses.replace(draft, status=CLAIMED if taliban_voice(text_view(draft.excerpt)) else TALIBAN, trigger=words))
        else:
            result.append(draft)
            if (draft.index, draft.key, GOVERNMENT) not in told:
                result.append(dataclasses.replace(draft, status=GOVERNMENT, trigger=words))
    return result


def _outcome(draft: DraftT) -> tuple[str, str] | None:
    """Return (status, words) of the outcome the contested `draft`'s sentence tells after its
    trigger, or None when it tells none (or a hedged one, or one at a place of its own)."""
    sentence, trigger = draft.excerpt, draft.trigger
    at = sentence.find(trigger)
    if at < 0:
        return None
    after = at + len(trigger)
    if _TAKEOVER_BY.search(sentence[:at]) and _fits(TALIBAN, sentence[:at], trigger):
        return TALIBAN, trigger
    told = _brought_about(sentence, after)
    if told is not None and _fits(TALIBAN, sentence[:at], trigger):
        return TALIBAN, told
    for match in _OPENER.finditer(sentence, after):
        if not _BETWEEN.fullmatch(sentence, after, match.start()) or _HEDGE.search(sentence, after, match.start()):
            continue
        start = match.end()
        outcomes = ((_HANDED, TALIBAN),) if match.group("after") else (
            (_EXPELLED, GOVERNMENT), (_TAKEN, TALIBAN), (_WELCOMED, TALIBAN), (_SEAT_HELD, TALIBAN), (_DEFENDERS_LEFT, TALIBAN))
        for pattern, status in outcomes:
            found = pattern.match(sentence, start)
            if found is None or _PLACE_AFTER.match(sentence, found.end()):
                continue
            if pattern is _DEFENDERS_LEFT and (stays_inside(sentence, found.end()) or _LEFT_ELSEWHERE.match(sentence, found.end())):
                continue
            if _fits(status, sentence[:at], trigger) or (pattern in (_SEAT_HELD, _DEFENDERS_LEFT) and _assault_by_taliban(sentence[:at], trigger)):
                return status, sentence[start : found.end()]
    return None


def _entry_completes(entry: DraftT, capture: DraftT) -> bool:
    """Return True when the contested `entry` only goes on with the Taliban `capture` of the same
    place, day and sentence, joined to it by "and" ("captured the district on Tuesday and entered
    the district centre")."""
    if (entry.index, entry.key, entry.date) != (capture.index, capture.key, capture.date) or _ENTRY.match(entry.trigger) is None:
        return False
    sentence = entry.excerpt
    end, at = sentence.find(capture.trigger), sentence.find(entry.trigger)
    return 0 <= end and end + len(capture.trigger) <= at and _JOINED.fullmatch(sentence, end + len(capture.trigger), at) is not None


def _brought_about(sentence: str, after: int) -> str | None:
    """Return the words of a comma clause that tells what the entry ending at `after` brought
    about (`_BROUGHT_ABOUT`), when one follows its place with no new clause between, else None."""
    for comma in re.finditer(",", sentence[after : after + 121]):
        start = after + comma.start()
        if not _BETWEEN.fullmatch(sentence, after, start) or _HEDGE.search(sentence, after, start):
            return None
        found = _BROUGHT_ABOUT.match(sentence, start)
        if found is not None:
            return sentence[start:found.end()].lstrip(" ,")
    return None


def _fits(status: str, before: str, trigger: str) -> bool:
    """Return True when the outcome fits the reading: a capture after a Taliban entry (the
    Taliban named before the trigger), a retaking after an assault."""
    if status == TALIBAN:
        return _ENTRY.search(trigger) is not None and _SIDE_TALIBAN.search(before) is not None
    return _ASSAULT.search(trigger) is not None


def _assault_by_taliban(before: str, trigger: str) -> bool:
    """Return True for a Taliban assault (the Taliban named before the trigger): one that goes on to take
    the seat or see the defenders leave is a capture, as an entry that does is."""
    return _ASSAULT.search(trigger) is not None and _SIDE_TALIBAN.search(before) is not None
