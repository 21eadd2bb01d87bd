"""Where a statement was made, not where anything happened: "Mujahid told a news conference in
Kabul that the fighting in Panjshir was over", "said at a press briefing in X". The place names
the room the speaker stood in; the fighting is the other place's. So does the place a reporter
files from ("our correspondent, reporting from Kabul, said ..."): the desk, not the news.
"""

from __future__ import annotations

import re

# "told a news conference in", "at a press briefing held in", "told reporters in", "speaking to journalists in"
_SPOKEN_IN = re.compile(
    r"\b(?:(?:told|tells|at|to|during|addressing|addressed|gave|held)\s+(?:a|an|the|his|her|their)\s+(?:\w+\s+)?"
    r"(?:news|press|media)\s+(?:conference|briefing|gathering)|(?:told|telling|speaking\s+to|talking\s+to)\s+(?:reporters|journalists))"
    r"\s+(?:held\s+|late\s+|on\s+\w+\s+)?in\s+(?:the\s+(?:capital|city)\s*,?\s*)?$",
    re.IGNORECASE,
)

# "our correspondent, reporting from Kabul", "speaking from the capital, Kabul", "filing from X";
# "he said by phone from the city", "told AFP by telephone from Kabul": the line's far end
_FILED_FROM = re.compile(
    r"\b(?:(?:reporting|speaking|writing|filing|broadcasting|talking)\s+(?:\w+\s+)?"
    r"|(?:said|says|spoke|speaking|talking|told\s+\w+(?:\s+\w+){0,3}?)\s+(?:by|over\s+the)\s+(?:tele)?phone\s+)"
    r"from\s+(?:the\s+(?:capital|city)\s*,?\s*)?$",
    re.IGNORECASE,
)


def spoken_in(sentence: str, start: int) -> bool:
    """Return True when the place at `start` only says where a statement was made ("told a news
    conference in X")."""
    if filed_from(sentence, start):
        return True
    return "in" in sentence[max(0, start - 8) : start] and _SPOKEN_IN.search(sentence, max(0, start - 90), start) is not None


def filed_from(sentence: str, start: int) -> bool:
    """Return True when the place at `start` only says where a reporter files from ("our
    correspondent, reporting from Kabul, said")."""
    return "from" in sentence[max(0, start - 30) : start] and _FILED_FROM.search(sentence, max(0, start - 80), start) is not None


# "the defence ministry in Kabul said", "officials in Kunduz told AFP", "the governor's office in Qalat denied",
# "an official at the aviation authority in Kabul confirmed": the seat of those who speak, followed by their speech verb
_SEAT_BEFORE = re.compile(
    r"\b(?:ministry|ministries|office|offices|headquarters|officials?|authorit(?:y|ies)|government|palace|embassy|spokes(?:man|woman|person)"
    r"|agency|agencies|department|departments|directorate|directorates|commission|bureau)"
    r"\s+in\s+(?:the\s+(?:capital|city)\s*,?\s*)?$",
    re.IGNORECASE,
)
_SPEECH_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:(?:on|late|early)\s+\w+\s+)?(?:said|says|told|tells|denied|denies|insisted|insists|confirmed|confirms"
    r"|announced|announces|rejected|rejects|stated|added|reported|claimed|acknowledged|admitted)\b",
    re.IGNORECASE,
)


def speaker_seat(sentence: str, start: int, end: int) -> bool:
    """Return True when the place at sentence[start:end] is only the seat of an office that speaks
    ("the defence ministry in Kabul said", "officials in Kunduz told reporters")."""
    return (" in" in sentence[max(0, start - 20) : start] and _SEAT_BEFORE.search(sentence, max(0, start - 60), start) is not None
            and _SPEECH_AFTER.match(sentence, end) is not None)


# a national body's seat: "the defence ministry in Kabul said", "the presidential palace in Kabul denied"
# (local officials in X speak of X: "officials in Kunduz said the city had fallen")
_NATIONAL_SEAT_BEFORE = re.compile(r"\b(?:ministry|ministries|palace|embassy)\s+in\s+(?:the\s+capital\s*,?\s*)?$", re.IGNORECASE)


def national_seat(sentence: str, start: int, end: int) -> bool:
    """Return True when the place at sentence[start:end] is only the seat of a national body that
    speaks ("the defence ministry in Kabul said"): never what a later "the district" means."""
    return speaker_seat(sentence, start, end) and _NATIONAL_SEAT_BEFORE.search(sentence, max(0, start - 40), start) is not None
