"""Capital spellings: unlisted spellings of provincial capitals and towns read without a "city"
cue, where the words around the name give it a place's role.

Wire copy writes a capital in its own romanisation ("Shebirghan", "Maymanah", "Firuz Kuh",
"Mahmood-e-Raqi") and seldom adds "city" (`city_spellings` reads that cue). Three roles are
taken as the cue instead:

- a word of place or control right before the name ("took Maymanah", "fighting in Firuz Kuh",
  "the fall of Shebirghan");
- a verb of falling right after it ("Shebirghan fell", "Maymanah was overrun");
- a place in a list with a capital the gazetteer knows, a day or a province between them allowed
  ("Zaranj and Shebirghan", "Shebirghan on Saturday, and Kunduz", "Qalat in Zabul, Tirin Kowt").

The loose lookup must find one capital or town, and closely (a name-like demonym such as
"Gardezi" or "Taloqani" is a letter away and stays out); a person's name is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Protocol, TypeVar

from frontmap.extract.city_spellings import NAME, capital_ids, city_place, name_at
from frontmap.extract.persons import names_a_person

if TYPE_CHECKING:
    from geodata.gazetteer import Gazetteer, Place

_MIN_SCORE = 0.9


class _Spanned(Protocol):
    start: int
    end: int


MentionT = TypeVar("MentionT", bound=_Spanned)
_ROLE_BEFORE = re.compile(
    r"\b(?:in|into|inside|at|of|from|near|outside|around|across|toward|towards|captured|capture\s+of|seized|seizure\s+of|took|take|takes|taken"
    r"|taking|entered|enter|enters|overran|overrun|stormed|storm|attacked|attack\s+on|besieged|siege\s+of|surrounded|retook"
    r"|recaptured|abandoned|surrendered|(?:control|hold)\s+(?:of|over)|fall\s+of|loss\s+of)\s+$"
)
_ROLE_AFTER = re.compile(r"\s+(?:fell|falls|has\s+fallen|had\s+fallen|was\s+(?:captured|overrun|seized|taken|lost)|collapsed)\b")
_NAME_AT = re.compile(rf"([A-Z](?<![\w'’-][A-Z]){NAME.removeprefix('[A-Z]')})")  # a capital opens it, then a look back: a leading look-behind was tried at every position
# between two places of one list: a separator, maybe a day ("on Saturday") or a province ("in Zabul") first
_LIST_GAP = re.compile(
    r"(?:\s+(?:(?:late|early)\s+)?on\s+[A-Z]\w+day|\s+in\s+[A-Z][\w'’-]+)?(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*,?\s+as\s+well\s+as\s+)$"
)


def may_hold(sentence: str) -> bool:
    """Return True when `sentence` may hold a name `capital_places` reads (a cheap test)."""
    return any(word in sentence for word in (" in ", " and ", ", ", " fell", " took", " of ", "ed ", " at "))


def capital_places(
    sentence: str, offset: int, taken: Sequence[tuple[int, int, Place]], gazetteer: Gazetteer,
    covered: Callable[[tuple[int, int]], bool],
) -> list[tuple[int, int, Place, float]]:
    """Return (start, end, place, score) for each name in `sentence` (starting at `offset` in the
    text) that no mention covers (`covered`), that a word of place or control, a verb of falling or
    a list with a known capital gives a place's role, and that the loose lookup finds closely as one
    capital or town (`taken`: the article's mentions as (start, end, place), offsets in the text)."""
    capitals = [(s - offset, e - offset) for s, e, p in taken if offset <= s and _is_capital(p, gazetteer)]
    found = []
    for match in _NAME_AT.finditer(sentence):
        if (named := name_at(match)) is None:
            continue
        low, name = named
        high = low + len(name)
        if covered((offset + low, offset + high)) or _overlaps_whole(taken, offset + low, offset + high, gazetteer):
            continue
        if not _has_role(sentence, low, high, capitals):
            continue
        if names_a_person(sentence, low, high, _word_before(sentence, low)):
            continue
        place = city_place(name, gazetteer, _MIN_SCORE)
        if place is not None:
            found.append((offset + low, offset + high, place[0], place[1]))
    return found


def _overlaps_whole(taken: Sequence[tuple[int, int, Place]], start: int, end: int, gazetteer: Gazetteer) -> bool:
    """Return whether a mention in `taken` overlaps text[start:end] other than as a district's name
    strictly inside it (the "Kot" of "Tareen Kot": the whole may still be a capital's spelling)."""
    return any(s < end and start < e and not (start <= s and e <= end and e - s < end - start and not _is_capital(p, gazetteer))
               for s, e, p in taken)


def without_swallowed(mentions: list[MentionT], found: Sequence[MentionT]) -> list[MentionT]:
    """Return `mentions` less each one lying strictly inside a name in `found`, then `found`: the
    district "Kot" inside the capital's spelling "Tareen Kot" was only a part of that name."""
    return [m for m in mentions if not any(f.start <= m.start and m.end <= f.end and (f.start, f.end) != (m.start, m.end) for f in found)] + list(found)


def _has_role(sentence: str, low: int, high: int, capitals: Sequence[tuple[int, int]]) -> bool:
    """Return whether the words around sentence[low:high] give it a place's role."""
    if _ROLE_BEFORE.search(sentence, max(0, low - 30), low) or _ROLE_AFTER.match(sentence, high):
        return True
    for start, end in capitals:
        if end <= low and _LIST_GAP.fullmatch(sentence, end, low):
            return True
        if high <= start and _LIST_GAP.fullmatch(sentence, high, start):
            return True
    return False


def _is_capital(place: Place, gazetteer: Gazetteer) -> bool:
    """Return whether `place` is a province's capital or a town (never the province itself)."""
    return place.kind != "province" and (place.kind == "town" or place.district_id in capital_ids(gazetteer))


def _word_before(sentence: str, low: int) -> str:
    """Return the word right before sentence[low:], or an empty string."""
    words = sentence[max(0, low - 30) : low].split()
    return words[-1] if words else ""
