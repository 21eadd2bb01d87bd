"""Districts a count names: "three districts of Samkani, Janikhil and Patan" lists the districts
themselves, where "three districts of Paktia" names the province that holds them. The difference
is what the names are: districts (not named like their province) are the counted units, so each
takes what the sentence says of the count."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from frontmap.extract import city_districts, phrase_lists, verbless_lists

if TYPE_CHECKING:
    from frontmap.extract.rules import SentenceReader, Verdict
    from frontmap.extract.targets import Target

# "thee districts of": a dropped letter real copy carries, read as the count it misspells
_COUNT_HEAD = re.compile(
    r"(?<!\w)(?P<count>(?:\d+|two|three|thee|four|five|six|seven|eight|nine|ten|several|some|many|other)"
    r"\s+(?:[a-z]+\s+)?districts)\s+(?:of|including|namely)\s+$",
    re.IGNORECASE,
)
_LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+)$", re.IGNORECASE)


def is_plain_district(target: Target) -> bool:
    """Return True when `target` names a district not named like its province (no province reading)."""
    place = target.place
    return not target.anaphor and place.kind == "district" and place.name.lower() != place.province.lower()


def list_head(sentence: str, target: Target, targets: Sequence[Target]) -> tuple[int, int] | None:
    """Return the span of the count ("three districts") whose list of districts holds `target`,
    else None (a name in the list that is no plain district, or no count before the list)."""
    earlier = sorted((t for t in targets if t.end <= target.start), key=lambda t: t.start, reverse=True)
    first = target
    for other in earlier:
        if not _LIST_GAP.match(sentence[other.end : first.start]):
            break
        if not is_plain_district(other):
            return None
        first = other
    head = _COUNT_HEAD.search(sentence, max(0, first.start - 60), first.start)
    return head.span("count") if head else None


def listed_district_verdict(reader: SentenceReader, sentence: str, target: Target,
                            targets: Sequence[Target]) -> Verdict | None:
    """Return what the sentence says of the count for the district `target` listed after it
    ("captured two districts of X and Y"), else None."""
    if not is_plain_district(target) or not city_districts.names_districts(sentence):  # the count reads "districts"
        return None
    head = list_head(sentence, target, targets)
    if head is None:
        return None
    return reader.judge(*head)


def counted_verdict(reader: SentenceReader, sentence: str, target: Target, targets: Sequence[Target]) -> Verdict | None:
    """Return the verdict a count gives `target` when the sentence lists it under one: spelled out
    after a colon or dash (`verbless_lists.counted_verdict`), listed there after the phrase that
    rules it (`phrase_lists`: "remain under the control of the government: X and Y") or named right after "N districts of";
    or a count of the city's own districts ("nine of X's 10 police districts": `city_districts`)."""
    listed = verbless_lists.counted_verdict(reader, sentence, target.start) or phrase_lists.phrase_verdict(reader, sentence, target.start)
    return listed or city_districts.part_verdict(reader, sentence, target) or listed_district_verdict(reader, sentence, target, targets)
