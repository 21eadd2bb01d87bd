"""The last post of a district falling: the district's fall.

"The Taliban have besieged X since Friday, and the last government post there surrendered on
Monday", "the last army position in X was overrun on Sunday": a post, a base or a checkpoint is a
part of its district, and its loss alone is fighting there (the sentence rules read it so). The
last of them is all the government had left: with it the district fell. "there" stands for the place
the sentence has just named; a sentence that names more than one place leaves it unsure, and adds
nothing; told by a Taliban speaker alone, the fall is their claim. The side taking it may come first
("after overrunning the last government posts in X"). A post that is not the last ("a government post there surrendered") stays a fight, and a
fall still to come ("the last post there could fall", "is about to surrender") is none.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from frontmap.extract.attribution import taliban_voice
from frontmap.extract.sequel_expulsions import DraftT
from frontmap.extract.text import text_view
from frontmap.extract.weekday_dates import WEEKDAYS
from frontmap.status import CLAIMED, TALIBAN

_SIDE = r"(?:government|army|afghan|security|police|military|national|border|commando)"
_POST = r"(?:posts?|positions?|bases?|outposts?|checkpoints?|garrisons?|strongholds?|check\s+posts?)"
_WHERE = r"(?P<where>there|in\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}?)"
# the last post (there, in X), then its fall told as a fact: no modal can stand between them
_LAST_POST_FELL = re.compile(
    r"\b(?:the|its|their)\s+(?:very\s+)?(?:last|final|last\s+remaining|only\s+remaining)\s+(?:" + _SIDE + r"\s+){0,2}" + _POST
    + r"\s+" + _WHERE + r"\s*(?:(?:had|has|finally|also|eventually|then)\s+)*"
    r"(?:surrendered|fell|collapsed|fallen|been\s+(?:overrun|abandoned|captured|seized|taken)"
    r"|(?:was|were)\s+(?:overrun|abandoned|captured|seized|taken|handed\s+over|surrendered|evacuated))\b",
    re.IGNORECASE,
)
# the side taking it told first: "after overrunning the last government posts in X", "the Taliban took the final
# army positions there" (not an aim: "trying to overrun", "aimed at taking")
_LAST_POST_TAKEN = re.compile(
    r"(?<!\bat )(?<!\bof )(?<!\bfor )\b(?:overran|overrunning|(?:had|have|has)\s+overrun|captured|capturing|seized|seizing|took|taking|stormed|storming)"
    r"\s+(?:the|its|their)\s+(?:very\s+)?(?:last|final|last\s+remaining|only\s+remaining)\s+(?:" + _SIDE + r"\s+){0,2}" + _POST + r"\s+" + _WHERE,
    re.IGNORECASE,
)
_WEEKDAY = re.compile(r"\s*(?:late\s+|early\s+)?on\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)


def with_last_posts_fallen(drafts: Sequence[DraftT]) -> list[DraftT]:
    """Return `drafts` and, for each sentence telling the last government post of the one place it
    names surrendered or fell, a Taliban capture of that place on the fall's day (a claim when
    only the Taliban tell it)."""
    keys_by_sentence: dict[int, set[str]] = {}
    for draft in drafts:
        keys_by_sentence.setdefault(draft.index, set()).add(draft.key)
    taken = {(d.index, d.key) for d in drafts if d.status in (TALIBAN, CLAIMED)}
    added = []
    for draft in drafts:
        if draft.date is None or (draft.index, draft.key) in taken or len(keys_by_sentence[draft.index]) != 1:
            continue
        fall = _LAST_POST_FELL.search(draft.excerpt) or _LAST_POST_TAKEN.search(draft.excerpt)
        if fall is not None and _of_the_place(fall.group("where"), draft.place):
            taken.add((draft.index, draft.key))
            status = CLAIMED if taliban_voice(text_view(draft.excerpt)) else TALIBAN  # "a Taliban spokesman said ...": their word
            added.append(dataclasses.replace(draft, status=status, date=_day_of(fall, draft.date), trigger=fall.group(0)))
    return [*drafts, *added]


def _of_the_place(where: str, place: str) -> bool:
    """Return True when `where` ("there", "in the district", "in X") stands for `place`."""
    words = where.lower().split()
    return words[0] == "there" or words[-1] in ("district", "town", "city") and len(words) <= 3 or place.lower() in where.lower()


def _day_of(fall: re.Match[str], told: dt.date) -> dt.date:
    """Return the fall's day: the weekday named right after it, on or after the day the sentence's
    event was told for (a siege "since Friday", the post's fall "on Monday"), else that day."""
    named = _WEEKDAY.match(fall.string, fall.end())
    if named is None:
        return told
    return told + dt.timedelta(days=(WEEKDAYS[named.group(1).lower()] - told.weekday()) % 7)
