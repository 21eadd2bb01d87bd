"""What an anchored shift is after: in "comes two days after the insurgents took X", the words after
"two days after" up to the clause's end are its complement, told of a day of their own (for
`frontmap.extract.date_anchor` and `frontmap.extract.dates.ArticleDates`).

A complement that ends on a counted noun goes on through the names the count stands for: in "a
day after they seized two provincial capitals, Kandahar and Herat", the two cities fell on the
complement's day, not the main clause's. So does one that ends on a name opening a list of
names ("a day after taking Kunduz, Taloqan and Sar-e Pul"): every name of the list fell that day.
So does a list the complement's object includes ("a day after they took three others, including
Kunduz"), up to a comma no name follows, and a name set off by commas after the kind word it names
("a day after another provincial capital, Sheberghan, fell"). So does a name followed by an aside
that says what kind of place it is, when the complement's verb comes after the aside ("a day after
Zaranj, the capital of Nimroz, was seized"): the place fell on the complement's day.
"""

from __future__ import annotations

import re

from frontmap.extract import forecast_asides
from frontmap.extract.date_expressions import DateExpression

# the clause's end, or a second shift joined by "and" ("two days after Zarang fell and a day after Sheberghan"):
# the names after it are that shift's
_COMPLEMENT_END = re.compile(
    r"[,;:]|\s[-–—]\s|\s+and\s+(?:a|an|one|two|three|four|five|six|seven|\d{1,2})\s+(?:days?|weeks?|hours?)\s+(?:after|before)\b"
)
# "two provincial capitals", "three districts": a plural the names after the comma spell out
_COUNTED_NOUN = re.compile(
    r"\b(?:two|three|four|five|six|seven|eight|nine|ten|several|\d{1,2})\s+(?:[a-z-]+\s+){0,3}"
    r"(?:capitals|cities|towns|districts|provinces|cent(?:re|er)s|crossings)\s*$"
)
# capitalised names ("Kandahar", "Pul-e Khumri", "Lashkar Gah") joined by commas and a final "and"
_NAME = r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*"
_NAMED_LIST = re.compile(rf",\s*{_NAME}(?:\s*,\s*{_NAME})*,?\s+and\s+{_NAME}")
# the complement ends on a name ("taking Kunduz"), and the list it opens ends its clause: not
# "Kunduz, Afghan and US officials said"
_ENDS_ON_NAME = re.compile(rf"\b{_NAME}\s*$")
# a date after the list ("... and Taloqan on Sunday") is its own; a manner phrase ("... and Kandahar in
# quick succession", "without a fight") says how the list fell, and the clause closes after it
_LIST_CLOSE = re.compile(
    r"(?:\s+(?:in\s+(?:quick|rapid|swift)\s+succession|one\s+after\s+(?:another|the\s+other)|in\s+a\s+single\s+day"
    r"|without\s+(?:a\s+fight|(?:any\s+|much\s+)?resistance|a\s+shot\s+(?:being\s+)?fired)))?\s*(?:[,.;:!?]|$)"
)
# "a day after another provincial capital, Sheberghan, fell": a name set off by commas after the
# kind word it names goes on with the complement, up to its verb's clause end
_KIND_NOUN_END = re.compile(r"\b(?:capital|city|town|district|province|hub|cent(?:re|er)|stronghold|gateway)\s*$", re.IGNORECASE)
_APPOSED_NAME = re.compile(rf",\s*{_NAME}\s*,\s")
# "Zaranj, the capital of Nimroz, was seized", "Zaranj, the capital of Nimroz – a border town – fell": an aside
# naming the kind of place, closed by a comma or a dash right before the complement's verb; not
# "after taking Mardian, the Taliban, backed by ..., overran X" (no kind word) nor ", the army retook X"
_KIND_ASIDE = re.compile(
    r",\s*(?:a|an|the)\s[^,;:.]{0,80}?\b(?:capital|city|town|district|province|hub|cent(?:re|er)|stronghold|gateway"
    r"|crossing|port|village|base)\b[^,;:.]{0,60}?(?:,|\s[-–—])\s+"
    r"(?=(?:\w+ly\s+|also\s+)?(?:was|were|had|has|fell|\w+ed)\b)"
)
# ", including Kunduz and Taloqan": the list of what the complement's verb took, to the clause's end
# or a comma no name follows
_INCLUDED_LIST = re.compile(r",\s*(?:including|among\s+them|such\s+as)\s[^.;:!?]*?(?=,\s+[a-z]|[.;:!?]|$)")


def complement(sentence: str, expr: DateExpression) -> tuple[int, int]:
    """Return the span of what "two days after" is after: to the next comma, colon or dash, or past
    the names a counted noun right before that comma stands for, or past the list ", including"
    opens there."""
    sentence = forecast_asides.blanked(sentence)  # "a day after the Taliban, as many had feared, overran X": one complement
    stop = _COMPLEMENT_END.search(sentence, expr.end)
    if stop is None:
        return expr.end, len(sentence)
    apposed = _APPOSED_NAME.match(sentence, stop.start())
    if apposed is not None and _KIND_NOUN_END.search(sentence, expr.end, stop.start()):
        after = _COMPLEMENT_END.search(sentence, apposed.end())
        return expr.end, len(sentence) if after is None else after.start()
    aside = _KIND_ASIDE.match(sentence, stop.start())
    if aside is not None and _ENDS_ON_NAME.search(sentence[expr.end : stop.start()]):
        after = _COMPLEMENT_END.search(sentence, aside.end())
        return expr.end, len(sentence) if after is None else after.start()
    included = _INCLUDED_LIST.match(sentence, stop.start())
    if included is not None:
        return expr.end, included.end()
    names = _NAMED_LIST.match(sentence, stop.start())
    if names is not None and (_COUNTED_NOUN.search(sentence, expr.end, stop.start()) or _opens_a_list(sentence, expr.end, stop.start(), names.end())):
        return expr.end, names.end()
    return expr.end, stop.start()


def _opens_a_list(sentence: str, lo: int, comma: int, end: int) -> bool:
    """Return True when sentence[lo:comma] ends on a name and the names from `comma` to `end`
    close a clause: the first name and the rest make one list."""
    return bool(_ENDS_ON_NAME.search(sentence[lo:comma])) and _LIST_CLOSE.match(sentence, end) is not None
