"""A place named only as the owner of a counted share of its districts.

"The Taliban control five of Ghazni's 19 districts", "ten districts out of Kandahar's 16
districts", "a third of Kunduz's districts", "the latest of Kandahar's districts to fall", "the third
Kandahar district to fall": the count is of districts the sentence leaves unnamed, so the place (a province, or a
city named like it) has no event of its own, as in "five of the seven districts of X"
(`frontmap.extract.rules`). "All of X's districts" is the whole of X and stays an event.

The count may also follow the name as an aside of its own: "in Badakhshan, where the Taliban
control 26 of 28 districts", "Takhar (the insurgents hold 14 of its 17 districts)".
"""

from __future__ import annotations

import re

from frontmap.extract.literal_gates import GatedPattern

_COUNT = (r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|several|some|many|most|half"
          r"|(?:a|one|two)[ -](?:third|quarter|fifth)s?|three[ -]quarters)")  # a share: "a third of X's districts"
# before the name, in the folded view: "five of ", "ten districts out of ", "most of the"
# or a rank among them: "the latest of X's districts to fall", "the eighth of X's 17 districts"
_RANK = r"(?:latest|last|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|\w{3,}est)"
_SHARE_BEFORE = re.compile(rf"\b(?:{_COUNT}|{_RANK}) +(?:(?:districts|of +them) +)?(?:out +)?of +$")
# a rank with the name as the district's attribute: "the latest Kandahar district to fall" (the province's)
_RANK_BEFORE = re.compile(rf"\b(?:the|its|a) +{_RANK} +$")
_UNIT_AFTER = re.compile(r" +(?:province +)?districts? +(?:to|that|which|where|in|captured|taken|lost|overrun|seized)\b")
_UNIT_NAMED = re.compile(r" +(?:to|that|which|where|in|captured|taken|lost|overrun|seized)\b")  # the name's own "district" read with it
# after the name: "'s seven districts", "' 16 districts" (the view folds the apostrophe to a space)
_OWN_DISTRICTS_AFTER = re.compile(rf" +s? *(?:{_COUNT} +)?(?:(?!police\b|city\b)\w+ +)?districts\b")  # not a town's "police districts", its wards
# an aside after the name counting its districts (the view folds the comma and brackets to spaces)
_HOLDER = r"(?:the +)?(?:taliban|insurgents|militants|group|they)"
_COUNTED_ASIDE_AFTER = re.compile(
    rf" +(?:province +)?(?:where +)?{_HOLDER} +(?:now +|already +)?(?:controls?|holds?|(?:has|have) +(?:seized|captured|taken)) +"
    rf"{_COUNT} +(?:out +)?of +(?:its +|the +|their +)?(?:\d+ +|\w+ +)?districts\b"
)
# "all the districts of ", "all seven districts in ", "all of the 11 districts across the ": every district of the
# place, so the whole of it (not a place that only locates a count, as in "seven districts of X")
_ALL_DISTRICTS_BEFORE = re.compile(r"(?<!\w)all +(?:of +)?(?:the +)?(?:(?:\d+|\w+) +)?districts +(?:of|in|across) +(?:the +)?(?:\w+ +)?$")
# run only on a sentence saying "districts" (`literal_gates`): most hold none, and each name tries both
_OWN_DISTRICTS, _COUNTED_ASIDE = GatedPattern(_OWN_DISTRICTS_AFTER), GatedPattern(_COUNTED_ASIDE_AFTER)


def counted_among_its_districts(view: str, start: int, end: int) -> bool:
    """Return True when the name at view[start:end] owns a counted share of districts ("five of
    X's seven districts"): the share, not the place, is what the sentence tells of."""
    # the anchored test first: it fails at once after most names, the search before them need not run
    if _OWN_DISTRICTS.match(view, view, end, end + 40) and _SHARE_BEFORE.search(view, max(0, start - 40), start):
        return True
    unit_after = _UNIT_NAMED if view.endswith(" district", 0, end) else _UNIT_AFTER
    if unit_after.match(view, end, end + 40) and _RANK_BEFORE.search(view, max(0, start - 30), start):
        return True  # "the latest Kandahar district to fall": a rank among the province's districts
    return _COUNTED_ASIDE.match(view, view, end, end + 90) is not None


def sweeps_all_its_districts(view: str, start: int) -> bool:
    """Return True when every district of the place at view[start:] is what the words before it
    tell of ("all seven districts of X", "all the districts in X"): the whole place, an event."""
    return _ALL_DISTRICTS_BEFORE.search(view, max(0, start - 50), start) is not None
