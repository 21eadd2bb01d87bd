"""Rosters: a sentence that names the places a count spoke of ("Six districts fell in the past 24
hours. The fallen districts are X in Herat, Y in Ghor and Z."; "... nine districts were captured.
They include X, Y and Z.").

A roster has no verb of its own for its places: what it says of each is what its opening says of
the places counted ("the fallen districts", "the districts that fell") or, failing that, what the
sentence before says of the number of places it counts ("government forces abandoned six district
centres", "the Taliban said they had captured five districts"): the caller judges that noun
phrase as it would judge a place (`counted_span`). A place that only locates another ("X in Herat")
takes nothing. The date is the one in force, as for any sentence without a date of its own.
"""

from __future__ import annotations

import functools
import re

from frontmap.extract.gaps import only_locates

_NOUNS = r"(?:districts?|district\s+cent(?:re|er)s|capitals|provincial\s+capitals|cities|towns|provinces|places)"
# "The fallen districts are", "The districts that fell were", "They include", "Among them were"
_OPENING = re.compile(
    rf"^\W*(?:(?:the|these|those)\s+(?:[\w-]+\s+){{0,2}}?{_NOUNS}(?:\s+(?:that|which)\s+[^,.;:]{{1,80}}?)?"
    r"|they|these|those|others|among\s+(?:them|those)(?:\s+\w+)?)"
    r"\s+(?:are|were|include[sd]?|included)\b(?!\s+(?:not|no|still|now|under|in|being|expected|likely|at)\b)",
    re.IGNORECASE,
)
_OWN_NOUN = re.compile(rf"\b[\w-]+\s+{_NOUNS}\b|\b{_NOUNS}\b", re.IGNORECASE)
# "six district centres", "nine more districts", "five more Afghan cities": the count a roster names
_COUNT = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens\s+of)\s+(?:(?!of\b)\w+\s+){0,2}?"
    + _NOUNS + r"\b",
    re.IGNORECASE,
)

# "four districts in four provinces fell", "six districts across the north were lost": where the
# counted places lie, between the count and its verb
_WHERE_AFTER_COUNT = re.compile(
    r"(?:\s+cent(?:re|er)s)?\s+(?:in|across|of)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:provinces?|regions?|country|north|south|east|west)\b"
    r"(?=\s+(?:\w+\s+){0,2}?(?:fell|fall|have|has|had|were|was|are|came|come|went|changed)\b)",  # the count is the verb's subject
    re.IGNORECASE
)


def roster_end(sentence: str) -> int:
    """Return where the opening of a roster sentence ends ("The fallen districts are|"), or -1."""
    match = _OPENING.match(sentence)
    return match.end() if match else -1


def counted_span(sentence: str, previous: str, has_own_verb: bool) -> tuple[bool, int, int] | None:
    """Return (in the previous sentence?, start, end) of the noun phrase whose places the roster
    `sentence` names: its own opening's when that holds a verb ("the districts that fell", "the
    fallen districts"), else the count of the sentence before ("six district centres"); None when
    there is none."""
    end = roster_end(sentence)
    if end < 0:
        return None
    if has_own_verb:
        noun = _OWN_NOUN.search(sentence, 0, end)
        return None if noun is None else (False, noun.start(), noun.end())
    count = _COUNT.search(previous)
    if count is None:
        return None
    where = _WHERE_AFTER_COUNT.match(previous, count.end())  # the count's subject ends after "in four provinces"
    return True, count.start(), where.end() if where else count.end()


def names_for_the_roster(sentence: str, start: int) -> bool:
    """Return True when the place at `start` of a roster sentence is one of the places it lists,
    not one that locates another ("Obe in Herat": Herat only locates)."""
    return not only_locates(sentence[max(0, start - 60) : start])


# "seized three more capitals: X; Y; and Z", "took three capitals over the weekend - X, Y and Z"
_ELABORATED_COUNT = re.compile(_COUNT.pattern + r"[^.:;,—–]{0,40}?(?::|\s[—–-])\s", re.IGNORECASE)


@functools.lru_cache(maxsize=64)  # asked once per place of a sentence: one search per sentence
def elaborated_count(sentence: str) -> tuple[int, int, int] | None:
    """Return (start, end, list start) of a count the sentence goes on to list after a colon or a
    dash ("seized three more capitals: X; Y; and Z"), or None. The listed places take what the
    sentence says of the count."""
    match = _ELABORATED_COUNT.search(sentence)
    if match is None:
        return None
    count = _COUNT.match(sentence, match.start())
    return count.start(), count.end(), match.end()
