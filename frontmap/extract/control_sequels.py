"""Control sequels: a place entered, then control taken with no object of its own.

"The Taliban swept into Kabul and took control", "fighters entered Ghazni on Thursday and seized
control of the city", "stormed Kunduz and took full control after a day", "swept into Kabul and
cemented its control": the second verb's object
is the place the first verb took for its own (left unsaid, or "the city" / "it"), so the place ends
up held, not only entered. A control verb with an object of its own ("took control of the
governor's office", "of Khanabad") is about that other thing.
"""

from __future__ import annotations

import bisect
import re

from frontmap.extract.triggers import CAPTURE, HOLD, Trigger

# the tail of the first predicate, then "and" ("Kabul on Sunday and then"): no punctuation (read in the sentence)
_AND_BETWEEN = re.compile(r"^(?:\s+[\w-]+){0,4}?\s+and\s+(?:(?:then|later|soon|quickly|eventually|finally)\s+)?$")
# a hold made firm right after the entry: "swept into Kabul and cemented its control"
_FIRMED_BEFORE = re.compile(r"\b(?:cement|consolidat|tighten|secur)\w*\s+(?:its|their)\s+(?:full\s+|complete\s+)?$", re.IGNORECASE)
# nothing of its own after "control": the sentence or clause ends, a time or manner follows, or the place again
_NO_OBJECT_AFTER = re.compile(
    r"\s*(?:$|[,.;:]|(?:of|over)\s+(?:the\s+)?(?:city|town|district|capital|province|it|them)\b(?!['’])"  # not "of the city's prison"
    r"|(?:after|on|by|in|within|late|early|overnight|without|as|and|when|following|last|this|yesterday|hours|shortly)\b)",
    re.IGNORECASE,
)


def control_sequel(sentence: str, triggers: list[Trigger], starts: list[int], trigger: Trigger, place_end: int) -> Trigger | None:
    """Return the objectless control verb ("and took control") coordinated right after the place
    ending at `place_end`, whose own verb `trigger` stands before it, or None."""
    i = bisect.bisect_left(starts, place_end)
    if trigger.start >= place_end or i >= len(triggers):
        return None
    following = triggers[i]
    firmed = following.kind == HOLD and _FIRMED_BEFORE.search(sentence, max(0, following.start - 40), following.start)
    if not (following.kind == CAPTURE or firmed) or not following.text.lower().endswith("control"):
        return None
    between = sentence[place_end : firmed.start() if firmed else following.start]
    if not _AND_BETWEEN.match(between):
        return None
    return following if _NO_OBJECT_AFTER.match(sentence, following.end) else None
