"""Count appositions: a count of districts "of <province>" followed by a comma and the districts
it counts ("two districts of Balkh, Chimtal and Sholgara districts, fell"). The first name after
the comma opens the list the count stands for; it is one of the districts, not the province they
lie in. The list shows itself by ending in "districts", or by naming as many places as the count
says and closing with a comma. In a partitive count ("two of the seven districts of Kunduz, X and
Y,") the list stands for the part, so the first number is the one the names must match.
"""

from __future__ import annotations

import re

COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# the count, "districts of", the province's name (a word or two) and the comma right before the place
_COUNT_OF_BEFORE = re.compile(
    r"\b(\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of\s+(?:the|its)\s+(?:\d+|[a-z]+)\s+)?(?:[\w-]+\s+)?districts\s+(?:of|in)\s+(?:the\s+)?"
    r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?(?:\s+province)?,\s*$",
    re.IGNORECASE,
)
_NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?"
# the list from the place on: names joined by commas and "and", then "districts" or a closing comma
_LIST_AFTER = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+){_NAME}")
_DISTRICTS_CLOSE = re.compile(r"\s+districts\b")
_COMMA_CLOSE = re.compile(r"\s*,")


def opens_counted_list(sentence: str, start: int, end: int) -> bool:
    """Return True when the place at sentence[start:end] opens the list a count of a province's
    districts stands for ("two districts of Balkh, X and Y districts"), so it is one of them."""
    count = _COUNT_OF_BEFORE.search(sentence, max(0, start - 70), start)
    if count is None:
        return False
    names, at = 1, end
    while (more := _LIST_AFTER.match(sentence, at)) is not None:
        names, at = names + 1, more.end()
    if _DISTRICTS_CLOSE.match(sentence, at):
        return True
    word = count.group(1).lower()
    number = int(word) if word.isdigit() else COUNT_WORDS[word]
    return names == number > 1 and bool(_COMMA_CLOSE.match(sentence, at))
