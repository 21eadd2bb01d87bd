"""Parts taken as the defenders leave: the town's fall, not a fight in one building.

Taking a town's prison or police headquarters is fighting there (`frontmap.extract.rules` reads it
contested). When the same sentence says the government's forces withdrew, pulled out or agreed to
leave ("took the police headquarters in X after government forces withdrew", "as the troops
pulled back to a base outside the city"), nobody is left to hold the rest: the town fell. A
withdrawal to another of the town's buildings ("withdrew to the governor's compound", "pulled back
towards the provincial headquarters") or from a named area only ("withdrew from the area near the prison") leaves the town fought over.
"""

from __future__ import annotations

import re

from frontmap.extract import facilities

# "after (Afghan|government|security) forces (had) withdrew / pulled out / agreed to withdraw"
_WITHDRAWAL = re.compile(
    r"\b(?:after|as|once|when)\s+(?:the\s+)?(?:(?:afghan|government|security|army|national|provincial)\s+){1,2}"
    r"(?:forces|troops|soldiers|defenders|units)\s+(?:had\s+|have\s+)?"
    r"(?:withdrew|withdrawn|retreated|pulled\s+(?:out|back)|abandoned\s+(?:the\s+(?:city|town)|it|their\s+positions)"
    r"|agreed\s+to\s+(?:withdraw|leave|pull\s+out|retreat))\b",
    re.IGNORECASE,
)
# what may follow the verb and still give the town up: its end, "from the city", "to a base outside it"
_FROM_ELSEWHERE = re.compile(r"\s+from\s+(?!(?:the\s+)?(?:city|town|it\b|there\b))", re.IGNORECASE)
_TO_A_PART = re.compile(rf"\s+(?:(?:in)?to|towards?)\s+(?:the\s+|a\s+)?(?:\w+['’]?s?\s+){{0,2}}(?:{facilities.PART})\b(?!\s+outside)", re.IGNORECASE)


def defenders_withdrew(sentence: str) -> bool:
    """Return True when `sentence` says the government's forces left the place ("after government
    forces withdrew"), not only from another area nor into one of the town's own buildings."""
    lowered = sentence.lower()
    if "withdr" not in lowered and "pulled" not in lowered and "retreat" not in lowered and "abandoned" not in lowered:
        return False  # a cheap test first
    for match in _WITHDRAWAL.finditer(sentence):
        if not (_FROM_ELSEWHERE.match(sentence, match.end()) or _TO_A_PART.match(sentence, match.end())):
            return True
    return False
