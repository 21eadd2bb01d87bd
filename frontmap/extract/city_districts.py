"""A count of a city's own districts taken: the city is fought over, not taken.

"The Taliban captured nine of Lashkar Gah's 10 police districts", "nine of the 10 districts of
Lashkar Gah city", "eight of the ten police districts in Lashkar Gah", "nine of the Lashkar Gah
districts", "all but one district of Lashkar Gah": the city's (police)
districts are parts of it, so the count's outcome makes the city contested. A province's districts
are other units ("12 of Ghazni's 19 districts": `district_counts`), so a name shared with its
province counts only when the text calls it a city ("Kandahar city's districts").
"""

from __future__ import annotations

import dataclasses
import functools
import re
from typing import TYPE_CHECKING

from frontmap.extract.text import Stems
from frontmap.status import CONTESTED

if TYPE_CHECKING:
    from frontmap.extract.rules import SentenceReader, Verdict
    from frontmap.extract.targets import Target

# (told first: the first letters of the counts, so a search fails at once at most positions)
_COUNT_START = r"(?=[\dOoTtFfSsEeNnMmHhAa])"
_COUNT = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|most|some|half|all\s+but\s+\w+)"
_TOTAL = r"(?:(?:the|its|their)\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?"
# "nine of the 10 (police) districts of the city of X", "eight out of ten districts in X", "all but one district of X"
# ... or the total after the districts: "captured 9 districts out of 10 in X"
_TOTAL_AFTER = r"(?:\s+out)?\s+of\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_SHARE_BEFORE = re.compile(
    rf"{_COUNT_START}(?P<count>\b(?:{_COUNT}\s+(?:out\s+)?of\s+{_TOTAL}|all\s+but\s+\w+\s+)(?:police\s+|city\s+)?districts?"
    rf"|\b{_COUNT}\s+(?:police\s+|city\s+)?districts{_TOTAL_AFTER})"
    r"\s+(?:of|in)\s+(?:the\s+)?(?:city\s+of\s+)?$",
    re.IGNORECASE,
)
# "nine of X's 10 (police) districts": the share before the name, its districts after it
_SHARE_OF_BEFORE = re.compile(rf"{_COUNT_START}(?P<count>\b{_COUNT}\s+(?:out\s+)?of)\s+(?P<the>the\s+)?$", re.IGNORECASE)
_OWN_DISTRICTS_AFTER = re.compile(
    r"(?:\s+city)?['’]s?\s+(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)?(?:police\s+|city\s+)?districts\b",
    re.IGNORECASE,
)
# "nine of the Lashkar Gah districts": the name used as a modifier of its districts
_ATTRIBUTIVE_DISTRICTS_AFTER = re.compile(r"(?:\s+city)?\s+(?:police\s+|city\s+)?districts\b", re.IGNORECASE)
_ALL_BUT = re.compile(r"\ball\s+but\b", re.IGNORECASE)
_OF = re.compile(r"[Oo][Ff]")  # a word both share patterns hold (no other letter folds to o or f)
_CITY_AFTER = re.compile(r"\s+city\b", re.IGNORECASE)
_NUMBER = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|all\s+but)\b", re.IGNORECASE)
_DISTRICT = Stems("district")  # every count pattern here holds the word (and `district_lists`' too)


@functools.lru_cache(maxsize=64)  # asked once per place of a sentence: the sentence is read once
def names_districts(sentence: str) -> bool:
    """Return True when `sentence` holds the word "district" in any case (without it no count of
    districts can match anywhere in it, and the per-place searches need not run)."""
    return _DISTRICT.found_in(sentence)


def part_verdict(reader: SentenceReader, sentence: str, target: Target) -> Verdict | None:
    """Return the verdict on a count of the city's own districts before `target` ("captured nine
    of X's 10 police districts"), made contested; None when no such count names the city."""
    span = own_district_count(sentence, target)
    verdict = None if span is None else reader.judge(*span)
    return None if verdict is None else dataclasses.replace(verdict, status=CONTESTED)


def own_district_count(sentence: str, target: Target) -> tuple[int, int] | None:
    """Return the span of a count of the city's own districts told around `target` ("nine of X's
    10 police districts", "all but one district of X"), else None."""
    place = target.place
    if target.anaphor or place.kind == "province" or not names_districts(sentence):
        return None
    found = _count_span(sentence, target.start, target.end)
    if found is None:
        return None
    span, owned = found
    police = "police" in sentence[span[0] : target.end + 40].lower()
    called_city = sentence[target.start : target.end].lower().endswith(" city") or _CITY_AFTER.match(sentence, target.end)
    if place.name.lower() == place.province.lower() and not police and not called_city:
        return None
    if not (owned or police or called_city or len(_NUMBER.findall(sentence, *span)) >= 2):
        return None  # "two of the districts of X and Y" lists districts; "nine of the 10 districts of X" counts X's own
    return span


def _count_span(sentence: str, start: int, end: int) -> tuple[tuple[int, int], bool] | None:
    """Return the span of the count of the city's districts told around the name at [start, end),
    and whether its form can only count the city's own districts ("nine of X's districts", "nine
    of the X districts", "all but one district of X"), not list other districts beside it."""
    lo = max(0, start - 80)
    if not _OF.search(sentence, lo, start):
        return None  # both counts read "of" before the name ("nine of"): most places have none there
    before = _SHARE_BEFORE.search(sentence, lo, start)
    if before is not None:
        return before.span("count"), _ALL_BUT.match(sentence, before.start("count")) is not None
    share = _SHARE_OF_BEFORE.search(sentence, lo, start)
    if share is None:
        return None
    after = (_ATTRIBUTIVE_DISTRICTS_AFTER if share["the"] else _OWN_DISTRICTS_AFTER).match(sentence, end)
    return None if after is None else ((share.start("count"), after.end()), True)
