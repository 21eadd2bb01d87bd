"""When a province is an event of its own beside a town of it named in the same sentence.

A province event is kept only when the sentence names no town or district of it ("Taliban took
Lashkar Gah, the capital of Helmand" is the town's event, "all of Logar, including its capital"
the capital's). A province that falls in a clause of its own, with its towns told in another
("Daykundi province fell on Saturday after officials handed over Nili"), is told apart: the
province fell, and so did the town.

A fall told by a count of towns ("captured X in Jawzjan, the second provincial capital to fall")
is the town's: the province beside it takes none of it, and forces surrendering in a province
("200 soldiers in Faryab surrendered to the Taliban") are a unit's surrender, not the province's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from frontmap.extract.departure_points import left_by_civilians
from frontmap.extract.people_surrenders import people_surrendered
from frontmap.extract.province_segments import told_in_own_segment
from frontmap.extract.references import any_role
from frontmap.extract.triggers import FALL, LOSE
from frontmap.status import CLAIMED, TALIBAN

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention
    from frontmap.extract.rules import SentenceReader, Verdict
    from frontmap.extract.targets import Target
    from geodata.gazetteer import Place

_NAMED_ELSEWHERE = ("destination", "arrival", "institution", "clock zone")  # "sending food to Faizabad", "a Kabul-based analyst"
_OWN_OUTCOMES = (FALL, LOSE)  # "X province fell", "the government lost X province": the province is the whole unit
# "the second Afghan provincial capital to fall", "the latest district that fell": a count of towns before the verb
_TOWNS_COUNTED_BEFORE = re.compile(
    r"\b(?:latest|last|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth"
    r"|\d+(?:st|nd|rd|th))\s+(?:[\w'’-]+\s+){0,3}?(?:capital|city|town|district)s?\s+"
    r"(?:(?:of|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){1,2})?(?:to|that|which)\s+(?:[a-z]+\s+){0,2}$",  # "the fourth district of the province to fall"
    re.IGNORECASE,
)


def not_of_the_province(reader: SentenceReader, verdict: Verdict, target: Target,
                        sentence_places: tuple[Sequence[Target], Sequence[Mention], int], places: Sequence[Place]) -> bool:
    """Return True when the province event the verdict would give `target` is not the province's:
    the sentence names a town or district of it (`places`) and the province does not fall on its
    own (`falls_on_its_own`, given the sentence's targets, mentions and start), or the verb belongs
    to a count of towns."""
    if _TOWNS_COUNTED_BEFORE.search(reader.sentence, max(0, verdict.trigger_start - 90), verdict.trigger_start):
        return True
    if verdict.status == TALIBAN and people_surrendered(reader.sentence, verdict.trigger_start):
        return True  # "200 forces in Faryab province surrendered to the militants": a unit, not the province
    return names_a_place_inside(target.place, places) and not (
        falls_on_its_own(reader, verdict, target, *sentence_places)
        or told_in_own_segment(reader.sentence, verdict, target, *sentence_places))


def places_it_may_hold(sentence: str, s_start: int, view: str, mentions: Sequence[Mention]) -> list[Mention]:
    """Return `mentions` (of `sentence`, which starts at `s_start` in the text; `view` its view)
    less those named only as where people, goods or troops went or as the seat of an institution: the
    towns a province event beside them is checked against ("clashes spread across Badakhshan, a
    Faizabad-based official said", "... and commandos were sent to Faizabad" are Badakhshan's events),
    and those named only as where civilians fled from (`departure_points`)."""
    return [m for m in mentions if any_role(sentence, m.start - s_start, m.end - s_start, view) not in _NAMED_ELSEWHERE
            and not left_by_civilians(sentence, m.start - s_start)]  # "families fled into Iran from Zaranj"


def names_a_place_inside(province: Place, places: Sequence[Place]) -> bool:
    """Return True when `places` (one sentence's, named or referred to: "the provincial capital")
    hold a town or district of `province`'s province."""
    return any(p.kind != "province" and p.province_code == province.province_code and p.key != province.key
               for p in places)


def falls_on_its_own(reader: SentenceReader, verdict: Verdict, target: Target, targets: Sequence[Target],
                     mentions: Sequence[Mention], s_start: int) -> bool:
    """Return True when the province at `target` is the subject of its own fall in a clause that
    names no town or district of it (`targets`: the sentence's; `mentions`: its named places, at
    `s_start` in the text), so that it is an event beside the towns the other clauses tell of."""
    if verdict.status not in (TALIBAN, CLAIMED) or verdict.trigger_start < target.end:
        return False
    trigger = next((t for t in reader.triggers if t.start == verdict.trigger_start), None)
    if trigger is None or trigger.kind not in _OWN_OUTCOMES:
        return False
    start, end, _ = reader.clause_of(target.start)
    if not start <= trigger.start < end:
        return False
    code, key = target.place.province_code, target.place.key
    inside = [t.start for t in targets if t.place.province_code == code and t.place.key != key and t.place.kind != "province"]
    inside += [m.start - s_start for m in mentions if m.place.province_code == code and m.place.key != key and m.place.kind != "province"]
    return bool(inside) and not any(start <= at < end for at in inside)
