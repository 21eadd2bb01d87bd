"""The last place standing: "leaving X as the only major city not under Taliban control", "X is now
the last city still in government hands", "X is among the few cities still in government hands",
"X is one of the few districts around Y that the government still holds", a headline's "now X remains" or "only X left", and
"leaving the government with ..., as well as X" tell that the government still holds X.

Such a line comes with the news of another place falling ("Ghazni fell, leaving Kabul as the last
big city in government hands"), so the sentence's verb ("fell", "leaving", "the fall of") belongs to
that place, not to X: read on its own it made X taken. The words right after X say what X is:
the one place the other side has not got. The event of X becomes a government hold (kind `hold`,
`frontmap.extract.kinds`), its trigger the description itself.

A list told so ("Kabul and Jalalabad are the only big cities not in Taliban hands") makes each
of its names a place standing.

Only a description joined to X by "as" or a copula counts ("X is the last ...", "leaving X as the
only ..."); an apposition ("X, the last city under government control, fell on Sunday") names what
X was before the verb of the sentence changes it.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from frontmap.extract import agent_phrases
from frontmap.extract.shared_outcomes import list_end
from frontmap.extract.triggers import HOLD
from frontmap.status import GOVERNMENT

_LINK = (
    r"(?:as|is|was|are|were|remains?|remained|stays?|stayed|becomes?|became|(?:has|have|had) +become)"
    r"(?: +(?:now|thus|effectively|therefore))?"
)
# "X is among the few cities ...", "one of the last": X one of the set standing
_ONE_OF = r"(?:(?:one +of|among) +)?"
_UNIT = (
    r"(?:city|cities|town|towns|capital|capitals|stronghold|districts?|provinces?|place|area|territory|region|valley|"
    r"urban +(?:area|centre|center|hub))"
)
_GOVERNMENT_SIDE = rf"(?:the +)?(?:{agent_phrases.MODIFIERS})?(?:government|afghan +(?:government|forces|army|troops)|state|security +forces|army)"
_OTHER_SIDE = r"(?:the +)?(?:taliban|insurgents?|militants?|their|group s|insurgents? s|militants? s|taliban s)"
# what the last place is: not the Taliban's, still the government's, or not fallen
_STANDING = (
    rf"(?:(?:not|never) +(?:yet +)?(?:under|in) +{_OTHER_SIDE}(?: +\w+)? +(?:control|hands)"
    rf"|(?:out +of|outside|beyond) +{_OTHER_SIDE}(?: +\w+)? +(?:control|hands|grip)"
    rf"|(?:under|in) +{_GOVERNMENT_SIDE}(?: +s)? +(?:control|hands)"
    rf"|(?:under|in) +(?:the +)?control +of +{_GOVERNMENT_SIDE}"
    rf"|(?:held|controlled) +by +{_GOVERNMENT_SIDE}"
    rf"|(?:that|which) +{_GOVERNMENT_SIDE} +(?:(?:still|now|yet) +)?(?:holds?|controls?|retains?|has|keeps?)"  # "... districts that the government still holds"
    r"|standing|yet +to +fall|not +(?:yet +)?(?:fallen|taken|captured|overrun))"
)
#: The description of the last place standing in a lower-cased view, starting at the words after
#: the place ("as the only major city left not under the insurgents' control").
LAST_STANDING = re.compile(
    r"(?: +valley)?(?: *,? +in +(?:the +)?(?:north|south|east|west|\w+ern)(?: +of +the +country| +afghanistan)?)?"  # "the panjshir valley in the north is ...", "X, in eastern Afghanistan, is ..."
    rf" *,? +(?:now +)?{_LINK} +(?:now +)?{_ONE_OF}the +(?:only|last|sole|few|handful +of)(?: +(?:remaining|major|big|large|key|main|other|provincial))*"
    rf"(?: +\w+){{0,2}}? +{_UNIT}(?: +(?:in|of|across|among|around|near) +(?:the +)?\w+(?: +\w+){{0,3}}?)?"  # "among afghanistan s 34 provinces", "around kandahar city"
    r"(?: +(?:that|which) +(?:is|was|are|were|has|had))?"
    rf"(?: +(?:left|remaining|still|now))* +{_STANDING}\b"
)
# "Taliban take Jalalabad, now Kabul remains", "only Kabul left": a headline's place left standing
_ALONE_BEFORE = re.compile(r"(?:^| )(?:now|only|just) +(?:the +capital +)?$")
_ALONE_AFTER = re.compile(r" +(?:remains|is +left|left|remains +standing|stands +alone)(?= *(?:[.,;:!?]|$))")
# "leaving the government with several provinces ..., as well as the capital Kabul": what it still has
_LEFT_WITH_BEFORE = re.compile(
    rf"\bleav(?:e|es|ing) +(?:the +|a +)?(?:[\w-]+ +){{0,2}}?(?:government|administration|{_GOVERNMENT_SIDE}) +with +[^.;:]{{0,150}}$"
)
# a list of the places standing: closed by "and" ("X, Y and Z"), opening its clause or following a
# comma ("After X fell, Y and Z are ..."; not "With the fall of X, Y and Z are ...", X the place fallen)
_AND_JOINED = re.compile(r" and ")
_NAMES_BEFORE = re.compile(r"(?:[A-Z][\w'’.-]*(?:[ -](?:e|i|ye|[A-Z][\w'’.-]*))*(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$")
_CLAUSE_OPEN = re.compile(r"(?:^|[.;:!?,]|\s[-–—]|\b(?:and|but|while|whereas|now|leaving|left|leaves))\s*$", re.IGNORECASE)  # "leaving X, Y and Z as the only ..."
# "X, the last city under government control, fell": a comma, then a description (no verb of its
# own, no second comma) holding the trigger, closed by a comma a few words after it
_APPOSITION_BEFORE = re.compile(r"^ *, +(?:the|one +of +the|a|an) +[^,;:.]{0,80}$")
_APPOSITION_AFTER = re.compile(r"^[^,;:.()]{0,40},")
# a trigger this module wrote: the description alone, from its link word on
_OWN_TRIGGER = re.compile(
    rf"^(?:now +)?{_LINK} +(?:now +)?{_ONE_OF}the +(?:only|last|sole|few|handful)\b|^(?:now|only|just)\b.*\b(?:remains|left|standing|alone)$|^leav(?:e|es|ing)\b.* with\b",
    re.IGNORECASE,
)


def is_last_standing(trigger: str) -> bool:
    """Return True when `trigger` is a last-place-standing description this module made the
    trigger of a hold ("as the only major city left standing")."""
    return _OWN_TRIGGER.match(trigger.strip()) is not None


def _described(view: str, sentence: str, place_end: int, place_start: int = -1) -> re.Match[str] | None:
    """Return the last-standing description after the place ending at `place_end`, or after the
    list of names it opens at `place_start` ("X and Y are the only big cities ...": X is one of
    them), or None."""
    found = LAST_STANDING.match(view, place_end)
    if found is not None or not sentence or place_start < 0:
        return found
    first = _NAMES_BEFORE.search(sentence, max(0, place_start - 200), place_start).start()  # the list's first name
    if not _CLAUSE_OPEN.search(sentence, 0, first):
        return None
    end = list_end(sentence, place_end)
    return LAST_STANDING.match(view, end) if _AND_JOINED.search(view, place_end, end) else None


def described_by(view: str, place_end: int, trigger: Any, sentence: str = "", place_start: int = -1) -> bool:
    """Return True when `trigger` lies in a last-standing description of the place ending at
    `place_end` ("X remains the only big city under government control"), or of the list of names
    it opens at `place_start` in `sentence` (when given): the description is about X, whatever the
    words between say."""
    found = _described(view, sentence, place_end, place_start)
    return found is not None and trigger.start >= place_end and trigger.end <= found.end()


def in_apposition(sentence: str, place_end: int, trigger: Any) -> bool:
    """Return True when `trigger` is a hold inside an apposition of the place ending at
    `place_end` ("X, the last city still under government control, fell"): what X was before
    the sentence's own verb, which then speaks of X."""
    if trigger.kind != HOLD or trigger.start < place_end:
        return False
    return (_APPOSITION_BEFORE.match(sentence[place_end : trigger.start]) is not None
            and _APPOSITION_AFTER.match(sentence[trigger.end : trigger.end + 60]) is not None)


def standing_as_holds(drafts: Sequence[Any], sentence_of: Callable[[int], tuple[int, str, str]],
                      mentions_of: Mapping[int, Sequence[Any]]) -> list[Any]:
    """Return `drafts` with each event of a place its sentence calls the last one standing turned
    into a government hold, its trigger the description (a draft unchanged otherwise)."""
    return [_as_hold(draft, sentence_of, mentions_of) for draft in drafts]


def _as_hold(draft: Any, sentence_of: Callable[[int], tuple[int, str, str]],
             mentions_of: Mapping[int, Sequence[Any]]) -> Any:
    """Return `draft` as a government hold when its place is followed by a last-standing
    description in its sentence, else `draft` itself."""
    named = [m for m in mentions_of.get(draft.index, ()) if (m.place.district_id or m.place.key) == draft.key]
    if not named:
        return draft
    s_start, sentence, view = sentence_of(draft.index)
    for mention in named:
        start, end = mention.start - s_start, mention.end - s_start
        found, alone = _described(view, sentence, end, start), _ALONE_BEFORE.search(view, 0, start)
        found = found or (_ALONE_AFTER.match(view, end) if alone else None)
        if found is not None:
            opened = alone.start() if alone is not None and found.re is _ALONE_AFTER else found.start()  # "only X left": the whole phrase
            trigger = " ".join(sentence[opened : found.end()].split()).lstrip(", ")
            return dataclasses.replace(draft, status=GOVERNMENT, trigger=trigger)
        left_with = _LEFT_WITH_BEFORE.search(view, max(0, start - 220), start)
        if left_with is not None:
            return dataclasses.replace(draft, status=GOVERNMENT, trigger=" ".join(sentence[left_with.start() : start].split()))
    return draft
