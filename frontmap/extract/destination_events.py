"""A destination that a relative clause after it tells an event of.

"Soldiers fell back to Delaram, which the Taliban overran on Saturday": Delaram is where the
soldiers went, and the clause after it says what then happened to it, so the destination role
must not hide the place from its own verb. Only a clause that opens on "which" and reaches a
control verb within a few words counts, or "where" followed by fighting; "fled to Kabul, where they
said X had fallen" tells of X, not of Kabul. A clause telling who holds the place ("..., which is
under government control") is its own news as well, after a destination or an origin.
"""

from __future__ import annotations

import re

_CONTROL = (
    r"(?:fell|fallen|overr[au]n|captured|seized|taken|took|stormed|besieged|surrounded|encircled|attacked|retook|recaptured"
    r"|abandoned|surrendered|handed\s+over|came\s+under\s+(?:attack|siege|Taliban\s+control))"
)
_WHICH_CLAUSE = re.compile(
    r"\s*,\s*which\s+(?:(?:the|its|their)\s+)?(?:[\w’'-]+\s+){0,3}?(?:(?:then|later|soon|also|too|eventually|itself|in\s+turn)\s+)?"
    r"(?:(?:was|were|had|has|have|had\s+been|has\s+been|was\s+then|was\s+later)\s+)?" + _CONTROL + r"\b",
    re.IGNORECASE,
)
# "rushed to X overnight, where street fighting raged": a time word may stand before the comma
_TIME_FIRST = r"(?:\s+(?:overnight|yesterday|today|(?:late\s+|early\s+)?on\s+\w+day|last\s+night|in\s+the\s+(?:morning|evening|night)))?"
_WHERE_FIGHTING = re.compile(
    _TIME_FIRST + r"\s*,\s*where\s+(?:(?:heavy|fierce|fresh|more|new|street|intense|renewed)\s+)?(?:fighting|clashes|battles?|gunfire|skirmishes|firefights?)\s+(?:\w+\s+){0,2}?"
    r"(?:raged|erupted|broke\s+out|continued|continues|went\s+on|was|were|had|has|have|is|are|began|begun|started|resumed|intensified|flared|spread)\b",
    re.IGNORECASE,
)
# "retreated to X, which is still under government control", "attacks from X district, which remains in the
# hands of the security forces": the clause tells who holds the place (a unit word may stand before the comma)
_WHICH_HOLDS = re.compile(
    r"(?:\s+(?:district|province|city|town))?(?:\s*,\s*(?:located|situated|lying)\s+[^,;]{1,60})?\s*,\s*which\s+"
    r"(?:is|was|are|were|remains?|remained|stays?|stayed)\s+(?:(?:still|now|firmly|fully|largely)\s+)?"
    r"(?:under\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?control|in\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?hands|held\s+by)\b",
    re.IGNORECASE,
)
_NOT = re.compile(r"\b(?:not|never|yet\s+to|no\s+longer)\b", re.IGNORECASE)


def destination_tells_own_event(sentence: str, end: int) -> bool:
    """Return True when a relative clause right after the destination ending at `end` tells it
    changed hands or was fought over ("..., which the Taliban then overran", "..., which fell a
    day later", "..., where fighting broke out"); a negated clause does not count."""
    clause = _WHICH_CLAUSE.match(sentence, end) or _WHERE_FIGHTING.match(sentence, end) or _WHICH_HOLDS.match(sentence, end)
    return clause is not None and _NOT.search(clause.group(0)) is None


def holder_told_after(sentence: str, end: int) -> bool:
    """Return True when a relative clause right after the place ending at `end` tells who holds it
    ("..., which is under Afghan security forces control", "..., which remains in Taliban hands"):
    a place named as where troops went or came from has its own state told too."""
    clause = _WHICH_HOLDS.match(sentence, end)
    return clause is not None and _NOT.search(clause.group(0)) is None
