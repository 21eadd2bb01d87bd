"""Names listed after the phrase that rules them, past a colon or a dash.

"Two districts remain under the control of the Afghan government: Guzara and the city of Herat",
"The Taliban now control much of the province - Nad Ali, Nawa and Marja": the colon or dash cuts the
sentence into clauses, yet the names after it are what the phrase before it tells of. The phrase must
end the clause before the list (a time or "so far" may follow it), and the list must hold nothing but
names: "the governor said: Nad Ali police have pushed back" is a quote, and "Fighting went on in X -
officials in Y said" is a speaker after a dash.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontmap.extract.rules import SentenceReader, Verdict

# the colon or dash that opens the list ("government: X", "government - X", "government—X")
_OPENER = re.compile(r"(?::|\s(?:--|[—–-])|(?<=\w)[—–])\s*")
# between the phrase and the opener: a time, "so far", "officials said" (no other verb)
_AFTER_PHRASE = re.compile(
    r"(?:\s*,?\s*(?:so\s+far|now|still|as\s+of\s+\w+|(?:on|late\s+on|early\s+on|since|by)\s+\w+day|this\s+week|overnight|to\s+date)\b)*\s*$",
    re.IGNORECASE,
)
# the names before the place in the list: capitalised words, "and", commas, "the city (town, district) of"
_LISTED_BEFORE = re.compile(
    r"(?:\s*(?:,|\band\b|\bthe\s+(?:city|town|district|settlement|provincial\s+capital)\s+of\b|(?-i:[A-Z])[\w’'-]*|\b(?:e|i|wa|ye)\b))*\s*$",
    re.IGNORECASE,
)
_REACH = 160  # characters back from the place to the opener


def phrase_verdict(reader: SentenceReader, sentence: str, start: int) -> Verdict | None:
    """Return the verdict of the phrase that a colon or dash list holding the place at `start`
    comes after ("remain under the control of the government: X and Y"), else None."""
    opener = _last_opener(sentence, start)
    if opener is None or not _LISTED_BEFORE.fullmatch(sentence, opener.end(), start):
        return None
    phrase_end = opener.start() - len(_AFTER_PHRASE.search(sentence[: opener.start()]).group())
    if not any(t.end == phrase_end for t in reader.triggers):
        return None  # the clause before ends on something else than a told outcome
    return reader.judge(opener.start(), opener.start())


def _last_opener(sentence: str, start: int) -> re.Match | None:
    """Return the last colon or dash before `start` within reach, or None."""
    last = None
    for match in _OPENER.finditer(sentence, max(0, start - _REACH), start):
        last = match
    return last
