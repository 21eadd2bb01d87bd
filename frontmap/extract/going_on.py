"""Fighting told as going on at the report's day ("heavy fighting is still under way in the
district centre", "clashes are continuing", "the town remains besieged"): a state of the day the
report speaks, which a later paragraph's dated fall ("The district fell to the Taliban on June 13")
does not retell (for `frontmap.extract.date_retelling`)."""

from __future__ import annotations

import re

# "is (still) under way", "are continuing", "remains besieged", "is still going on": the present, not
# a past day's; the verb is a present form, so "was under way" and "had been raging" stay retellable
_GOING_ON = re.compile(
    r"\b(?:is|are|remains?)\s+(?:still\s+|now\s+)?(?:under\s*way|ongoing|continuing|raging|going\s+on|besieged|surrounded|under\s+siege)\b",
    re.IGNORECASE,
)


def fought_at_report_day(sentence: str, status: str) -> bool:
    """Return True when `sentence` tells a `status` "contested" as going on at the report's day
    ("fighting is still underway in X"): no day another paragraph gives a fall retells it."""
    return status == "contested" and bool(_GOING_ON.search(sentence))
