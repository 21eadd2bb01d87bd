"""Landmark days: "in the days after Kabul fell", "shortly after the fall of Kabul".

A retrospective dates what it tells by the day the war ended, as readers know it: "In the days
after Kabul fell, militias drove the Taliban out of Deh Salah" (a September paper). The fall of
Kabul is 15 August 2021 (`rebel_sides.TAKEOVER`); a time told from it is a day near it, counted
the way the words count ("hours after": that day; "after": the next; "in the days after": a few
days on; "weeks after": two weeks on; "before" the same back). A report published before the
takeover speaks of a fall still to come (or of 1992's, 1996's): it names no day of the map, so
the words stand for the report's own day, as no date would.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from frontmap.extract.rebel_sides import TAKEOVER

# the opening word of the count -> days on from (or back to) the fall
_NEAR = dt.timedelta(days=14)  # the farthest day the words count to from the fall
_STEPS = {"hours": 0, "just": 0, "shortly": 1, "soon": 1, "days": 3, "weeks": 14}
#: the words of the landmark, as pattern text spliced into the date pattern's relative forms
LANDMARK_RE = (
    r"(?:(?:in\s+)?the\s+(?:days|weeks|hours)\s+|(?:soon|shortly|just|days|weeks|hours)\s+)?(?:after|following|before)\s+"
    r"(?:the\s+(?:fall|capture|taliban\s+(?:takeover|capture|seizure))\s+of\s+kabul|kabul\s+fell|the\s+taliban\s+(?:took|seized|captured|entered)\s+kabul)"
    r"(?!\s*,?\s+(?:in\s+)?(?:19|20)\d\d)"  # not "the fall of Kabul in 1996"
)

#: the words of the landmark a sentence holds when it may hold one (anchors of the date scan)
LANDMARK_ANCHORS = ("Kabul fell", "fall of Kabul", "capture of Kabul", "takeover of Kabul", "seizure of Kabul",
                    "took Kabul", "seized Kabul", "captured Kabul", "entered Kabul")


def is_landmark(rel: str) -> bool:
    """Return True when the lower-cased, single-spaced relative expression `rel` counts from the fall of Kabul."""
    return rel.endswith(("kabul", "kabul fell"))


def landmark_day(rel: str, published: dt.date | None) -> dt.date | None:
    """Return the day the landmark expression `rel` (lower-cased, single-spaced) stands for in a report
    published on `published`: near 15 August 2021, or the report's own day before it (None undated)."""
    if published is None or published <= TAKEOVER:
        return published
    words = rel.split()
    opening = words[2] if words[0] == "in" else words[1] if words[0] == "the" else words[0]
    step = _STEPS.get(opening, 1)
    back = "before" in words[:4]
    return TAKEOVER - dt.timedelta(days=step) if back else min(TAKEOVER + dt.timedelta(days=step), published)


def landmark_told_inside(events: list, position: int) -> list:
    """Return `events` (a sentence's dated expressions) with a landmark expression that holds the
    place at `position` ("Shortly after Kabul fell, ...": Kabul itself) dating it by the fall's own
    day, not the day the words count to (when they count from it: a report after the fall)."""
    return [dataclasses.replace(d, date=TAKEOVER, basis="explicit", range_start=None) if _holds(d, position) else d for d in events]


def _holds(dated, position: int) -> bool:
    """Return True when the dated expression `dated` is a landmark counted from the fall that holds `position`."""
    expr = dated.expr
    if expr.kind != "relative" or not expr.start <= position < expr.end or dated.date is None:
        return False
    return abs(dated.date - TAKEOVER) <= _NEAR and is_landmark(" ".join(expr.text.lower().split()))
