"""Place cues: whether a name that is also a tribe or surname ("Kakar", "Zadran", "Sherzad") is
written as a place here: a capital or province, or a name beside "district" (or an apposition
calling it one), its own province, a list of districts, a part of a place ("the centre of X"), or a control verb ("the Taliban captured Khogyani", "Bangi fell", "Shinwari fell to
the Taliban", "the group controlled Dushi"), or a place next in a run of falls ("it was the turn of Obe", "Obe followed"),
or the name a ranked fall comes after ("the second district to fall after Kang")."""

from __future__ import annotations

import re
from collections.abc import Collection
from typing import TYPE_CHECKING

from frontmap.extract import landmark_asides, turn_takers

if TYPE_CHECKING:
    from geodata.gazetteer import Place

_PLACE_CUE_AFTER = re.compile(  # "Kakar district", "Kakar in Zabul province", "Kakar, Shinwar and Dur Baba districts"
    r"\s*(?:districts?|valley|area|city|town|bazaar|centre|center|province)\b"
    # "Doshi, a key district in Baghlan", "Jilga, another district", "Doshi, a township": an apposition that calls it a
    # district (not "Kakar, a district police chief": a man's office)
    r"|\s*,\s+(?:a|an|another|the)\s+(?:[\w-]+\s+){0,2}?(?:district|town(?:ship)?)\b"
    r"(?!\s+(?:governor|chief|police|elders?|officials?|council\w*|head|commander|spokes\w+|administrator)\b)"
    r"|\s*(?:,|\s+(?:in|of))\s+(?:the\s+)?(?:[A-Z][\w'’-]+\s+){1,2}province\b"
    r"|(?:\s*(?:,\s*(?:and\s+)?|\band\b|\bwa\b)\s*(?:[A-Z][\w'’-]*\s*(?:\([^)]{0,20}\)\s*)?){1,3}){1,8}[Dd]istricts\b",
)
# "the districts of Bangi and Chal", "two districts, Bangi and Chal", "three districts - Obe, ..."
_PLACE_CUE_BEFORE = re.compile(
    # "took their third district in Takhar this week, Bangi": a running tally's span may stand before the name
    r"\bdistricts?(?:\s+in\s+[A-Z][\w'’-]+)?(?:\s+(?:this|last)\s+week|\s+in\s+(?:a\s+week|as\s+many\s+days|\w+\s+days)|\s+(?:late\s+|early\s+)?on\s+[A-Z]\w+day|\s+overnight|\s+yesterday)?(?:\s*[,:(\u2013\u2014-]\s*|\s+(?:of|including|include[sd]?|such\s+as|like|in|are|were|was)?\s*)(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?,?\s+(?:and\s+)?){0,5}$"
    # "the district headquarters of Obe", "the district centre of Kakar": the district's seat names it
    r"|\bdistrict\s+(?:headquarters|hq|cent(?:re|er)|seat|compound|administration|offices?|buildings?)\s+(?:of|in|at)\s+(?:the\s+)?$"
)
# "Bangi and Khwaja Ghar were recaptured", "Nawa fell": the name is the subject of a control verb
_CONTROL_VERB_AFTER = re.compile(
    r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?){0,3}"
    r"\s+(?:(?:has|have|had|was|were)\s+(?:also\s+|been\s+|now\s+)*)?"
    r"(?:fell|fallen|captured|overrun|recaptured|retaken|reclaimed|liberated|seized|abandoned|surrendered|ceded|handed\s+over|vacated)\b"
)
# "Shinwari fell to the Taliban", "Mangal was overrun": only a place undergoes these, so even a name
# that is also a people's is a place as their subject (not "Kakar was captured": a man can be)
_PASSIVE_AFTER = re.compile(
    r"\s+(?:(?:has|have|had)\s+(?:also\s+|now\s+)*)?(?:fell|fallen)\s+(?:to|into)\b"
    r"|\s+(?:(?:has|have|had)\s+been|was|were)\s+(?:also\s+|now\s+)*(?:overrun|recaptured|retaken|reclaimed|liberated|abandoned)\b"
    # "Azra came under the group's control", "Sherzad passed into Taliban hands": a state only a place enters
    r"|\s+(?:(?:has|have|had)\s+)?(?:came|come|comes|passed|fell)\s+(?:under|into)\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}?(?:control|hands)\b"
    r"|\s+(?:(?:has|have|had)\s+been|was|were)\s+handed\s+over\s+(?:[\w,]+\s+){0,3}?without\s+(?:a\s+|any\s+)?(?:fight|shot)\b"  # a man is not handed over "without a fight"
)
_PEOPLES = frozenset("kakar zadran sherzad shirzad mangal shinwari shinwar khogyani khugyani mandozai gurbuz gurbaz farsi baraki".split())
# "Obe in Herat", "Saghar (Ghor)", "Kakar of Zabul": the name's own province right after it
_OWN_PROVINCE_GAP = re.compile(r"\s*(?:\(|,|\s(?:in|of))\s*(?:the\s+)?(?:(?:north|south|east|west)\w*\s+)?")


# "the Taliban captured Khogyani", "the fall of Mandozai": a control verb's object is a place
_CONTROL_VERB_BEFORE = re.compile(
    r"\b(?:captur(?:ed|ing)|seiz(?:ed|ing)|overr(?:an|un|unning)|re-?took|retaken|re-?captur(?:ed|ing)|reclaim(?:ed|ing)|liberat(?:ed|ing)|took\s+(?:full\s+)?control\s+of"
    r"|(?:fall|capture|recapture|seizure|loss|handover|hand-over|takeover|liberation)\s+of|abandon(?:ed|ing)|stormed|entered)\s+(?:the\s+)?$"
)

# "attacked the centre of Sabari", "on the outskirts of Jaji": a man has no centre or outskirts
_PART_OF_PLACE_BEFORE = re.compile(r"\b(?:cent(?:re|er)|outskirts|heart)\s+of\s+$", re.IGNORECASE)

# "the Taliban had taken Kang", "took Kama": a verb a man may undergo too ("took Kakar hostage"), so
# read as a place cue only for names that are no people's
# "the group controlled Dushi", "forces still hold Nawa": a hold verb, likewise
_TAKEN_BEFORE = re.compile(r"\b(?:took|taken|taking|controll?(?:s|ed|ing)?|in\s+control\s+of|(?:still\s+)?(?:hold|holds|held|holding))\s+(?:the\s+)?$")
# "the second district of Nimroz lost within 24 hours after Kang": a name a ranked fall comes after fell before it
_RANKED_FALL_BEFORE = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|another|latest)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:districts?|capitals?|cit(?:y|ies)|towns?)\b[^.;:]{0,60}?\b(?:to\s+(?:fall|be\s+\w+)|lost|taken|captured|overrun|seized)\b"
    r"[^.;:,]{0,40}?\s(?:after|following)\s+$")
_NAME_GOES_ON = re.compile(r"\s+[A-Z]|[-'’]")  # "had taken Kang Kyung-wha's advice": part of a person's name


def _names_own_province_after(place: Place, text: str, end: int) -> bool:
    """Return True when the province of `place` is named right after it ("Obe in Herat")."""
    gap = _OWN_PROVINCE_GAP.match(text, end, end + 30)
    return gap is not None and place.kind != "province" and text.startswith(place.province, gap.end())


def _after_a_ranked_fall(text: str, start: int) -> bool:
    """Return True when the name at `start` follows "after" closing a ranked fall ("the second
    district to fall after Kang")."""
    return text.endswith(("after ", "following "), 0, start) and _RANKED_FALL_BEFORE.search(text, max(0, start - 180), start) is not None


def written_as_place(place: Place, text: str, start: int, end: int, capital_ids: Collection[str | None]) -> bool:
    """Return True when the name at [start, end) of `text`, resolved to `place`, is written as a
    place: a province, a capital (its district id in `capital_ids`), or a name with a place cue."""
    if place.kind == "province" or place.district_id in capital_ids:
        return True
    verb_at = landmark_asides.past_aside(text, end)  # "Argo, near Faizabad, was overrun": Argo's verb
    return bool(
        _PLACE_CUE_AFTER.match(text, end, end + 160) or _PLACE_CUE_BEFORE.search(text, max(0, start - 80), start)
        or _names_own_province_after(place, text, end) or _CONTROL_VERB_BEFORE.search(text, max(0, start - 40), start)
        or _PART_OF_PLACE_BEFORE.search(text, max(0, start - 20), start)
        or (text[start:end].lower() not in _PEOPLES and (_CONTROL_VERB_AFTER.match(text, verb_at, verb_at + 90) is not None
                                                        or (_TAKEN_BEFORE.search(text, max(0, start - 20), start) is not None
                                                            and _NAME_GOES_ON.match(text, end) is None)
                                                        or _after_a_ranked_fall(text, start)
                                                        or turn_takers.takes_its_turn(text, start, end)))  # "the turn of Obe"
        or _PASSIVE_AFTER.match(text, verb_at, verb_at + 60) is not None
    )
