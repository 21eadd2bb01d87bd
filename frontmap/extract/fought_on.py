"""Fighting told against a claim: "The Taliban said they took X, but officials said fighting
continued" (or "that security forces were still fighting inside the compound"), or in the next
sentence "Officials denied this, saying clashes were still under way".

The sentence that answers a claim often names no place: its fighting is about the place claimed,
which is then fought over (contested) besides claimed. Told in the claim's own sentence, the
fighting must follow a contrast ("but", "however", "while"), so "took X after fighting that
went on for days" adds nothing; told in the next sentence, that sentence names no other place.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from frontmap.extract.claimant_words import reply_after_claimant
from frontmap.status import CLAIMED, CONTESTED

_GOING_ON = (
    r"(?:fighting|clashes|battles?|gunfights?|resistance)(?: +(?!that\b|which\b)\w+){0,2}?"
    r" +(?:(?:was|were|is|are|had +been|has +been|have +been) +)?(?:still +)?"
    r"(?:continu\w*|going +on|under +way|underway|raging|ongoing|in +progress)\b"
    # "but officials said security forces were still fighting inside the compound": the defenders fight on
    r"|(?:forces|troops|soldiers|police(?:men)?|commandos|defenders|army|garrison)(?: +\w+){0,2}? +(?:were|was|are|is|had +been|have +been|has +been) +still"
    r" +(?:fighting|battling|resisting|clashing|engaged)\b"
)
_NOT_BEFORE = re.compile(r" (?:no|not|never|without|ended|stopped|over)(?: +\w+){0,2} +$")
_CONTRAST = re.compile(r" (?:but|however|though|although|while|whereas|yet)\b")
# "clashes were continuing nearby", "fighting went on in other districts": not at the place claimed
_ELSEWHERE_AFTER = re.compile(r" +(?:nearby|elsewhere|(?:in|around|across) +(?:the +)?(?:other|nearby|neighbou?ring|surrounding|outlying|rural)\b)")
_FIGHTING = re.compile(r" " + _GOING_ON)


class _Told(Protocol):
    index: int
    key: str
    province_code: str
    status: str
    confidence: float


DraftT = TypeVar("DraftT", bound=_Told)


def fighting_goes_on(view: str, start: int = 0) -> bool:
    """Return True when the view (from `start`) says fighting goes on ("fighting continued",
    "clashes were still under way"), not that there is none, that it ended or that it is elsewhere."""
    padded = " " + view
    for match in _FIGHTING.finditer(padded, start):
        if not _NOT_BEFORE.search(padded, max(0, match.start() - 30), match.start() + 1) and not _ELSEWHERE_AFTER.match(padded, match.end()):
            return True
    return False


def fought_against_claims(drafts: Sequence[DraftT], view_of: Callable[[int], str], named_in: Callable[[int], set[str]],
                          sentence_count: int) -> list[DraftT]:
    """Return `drafts` and, for each claim the same sentence (after a contrast) or the next one
    (naming no other place) answers with fighting going on, a contested copy of it."""
    return copies_answering(drafts, (view_of, named_in, sentence_count), fighting_goes_on, CONTESTED)


def copies_answering(drafts: Sequence[DraftT], text: tuple[Callable[[int], str], Callable[[int], set[str]], int],
                     told: Callable[[str, int], bool], status: str, unless: str | None = None) -> list[DraftT]:
    """Return `drafts` and, for each claim that `told` (a test of a sentence's view from a
    position) finds answered in its own sentence after a contrast, or in the next sentence naming
    no other place than the claim's or its province, a copy of it with `status`. `text` is (view of a sentence, units it names,
    sentence count). No copy is made when a next sentence tells the place `unless` in its own words
    ("saying forces remained in the town and held the customs post": the town held, not a part of it)."""
    added: list[DraftT] = []
    seen = {(d.key, d.status, d.index) for d in drafts}
    for d in drafts:
        if d.status != CLAIMED or (d.key, status, d.index) in seen or _told_on_its_own(d, drafts, status) or (unless and _told_on_its_own(d, drafts, unless)):
            continue
        other_gains = {e.index for e in drafts if e.key not in (d.key, d.province_code)}
        if _answered(d.index, {d.key, d.province_code, f"province:{d.province_code}"}, text, told, other_gains):
            added.append(dataclasses.replace(d, status=status, confidence=min(d.confidence, 0.6)))
            seen.add((d.key, status, d.index))
    return [*drafts, *added]


def _told_on_its_own(claim: DraftT, drafts: Sequence[DraftT], status: str) -> bool:
    """Return True when one of the next two sentences reads the claim's place with `status` itself
    ("Officials denied the claim on Friday, saying police still held the district"): that answer
    is dated by its own words, and a copy would put it on the claim's day."""
    return any(e.key == claim.key and e.status == status and claim.index < e.index <= claim.index + 2 for e in drafts)


def _answered(index: int, own: set[str], text: tuple[Callable[[int], str], Callable[[int], set[str]], int],
              told: Callable[[str, int], bool], other_gains: set[int]) -> bool:
    """Return True when sentence `index` goes on, after a contrast, to what `told` finds, or the
    next sentence, naming no place but those in `own` (the claim's unit and its province: "the
    Badghis governor said ..."), tells it, or a reply opening on a contrast after the claimant's
    own words does (`frontmap.extract.claimant_words`)."""
    view_of, named_in, sentence_count = text
    view = " " + view_of(index)
    contrast = _CONTRAST.search(view)
    if contrast is not None and told(view[1:], contrast.end()):
        return True
    later = index + 1
    if later < sentence_count and named_in(later) <= own and told(view_of(later), 0):
        return True
    reply = reply_after_claimant(index, view_of, sentence_count, other_gains)
    return reply is not None and named_in(reply) <= own and told(view_of(reply), 0)
