"""Attacks repelled by reference: "The Taliban attacked X on Monday. Forces repelled the attack."

Wire copy tells an attack on a place, then its outcome in the next sentence by a definite noun:
"The militants tried to storm Qalat overnight. Security forces repulsed the assault, killing 20",
"... tried to attack Panjshir on Monday. The resistance front managed to repel the attack", or in
the passive, "The attack was repulsed, the governor said". The
second sentence names no place, so the sentence rules read nothing there; "forces repelled an
attack on X" in one sentence holds X for the defenders, and so does this pair. Each place the
sentence before tells attacked (a contested event told by an attack, an assault, an offensive)
is held by the government on the day of the repelling sentence, when that sentence names no
place of its own, does not negate the repelling ("failed to repel the attack") and does not
make the Taliban the ones who repel it (then the attack was the government's).

A place the Taliban claim to have taken is held too when the other side answers that "the
attack" was pushed back, after "but" or "whereas" in the claim's sentence or in the next one:
the claim stays a claim.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from frontmap.extract import verbless_lists
from frontmap.status import CLAIMED, CONTESTED, GOVERNMENT

if TYPE_CHECKING:
    from frontmap.extract.events import _Reading as Reading

# "repelled the attack", "beat back this assault", "foiled their latest offensive"
_REPELLED = re.compile(
    r"\b(?:repel(?:led|s|ling)?|repuls(?:ed|e|es|ing)|beat(?:en|ing)?\s+back|fended\s+off|foiled|thwarted|pushed\s+back)"
    r"\s+(?:the|this|that|their|its)\s+(?:[a-z-]+\s+){0,2}?(?:attacks?|assaults?|offensives?|advance|push|onslaught)\b"
)
# "the attack has been repulsed", "this assault was beaten back" (a negation between the two words breaks the match)
_REPELLED_PASSIVE = re.compile(
    r"\b(?:the|this|that(?!\s+the\b)|their|its)\s+(?:[a-z-]+\s+){0,2}?(?:attacks?|assaults?|offensives?|advance|push|onslaught)"
    r"(?:\s+(?:of|by)\s+(?:the\s+)?(?:taliban|insurgents|militants))?"  # "the attacks of the Taliban were pushed back"
    r"\s+(?:has|have|had|was|were)\s+(?:been\s+)?(?:successfully\s+)?"
    r"(?:repelled|repulsed|beaten\s+back|fended\s+off|foiled|thwarted|pushed\s+back)\b"
)
_BY_TALIBAN = re.compile(r"\s+by\s+(?:the\s+)?(?:taliban|insurgents|militants)\b")
_NEGATED_BEFORE = re.compile(r"\b(?:failed|unable|could\s+not|couldn\s+t|did\s+not|didn\s+t|not|never)\s+(?:to\s+)?(?:\w+\s+)?$")
_TALIBAN_BEFORE = re.compile(r"\b(?:taliban|insurgents|militants)\b")
# the trigger of an event that tells an attack on the place ("attacked", "an assault on", "tried to attack")
_ATTACK = re.compile(r"attack|assault|offensive|storm", re.IGNORECASE)


# a Taliban claim of taking the place ("claimed that they have captured X")
_TAKING = re.compile(r"captur|seiz|took|taken|overr|fell|fallen|control", re.IGNORECASE)
# "..., whereas (but, while) officials said the attack was pushed back": the other side's word in the same sentence
_CONTRAST = re.compile(r"\b(?:but|whereas|while|however)\b")


def held_after_repelled(drafts: Sequence[Any], read: Reading) -> list[Any]:
    """Return `drafts` (one article's, in reading order) with a government hold added, in the
    sentence after it, for each place attacked in a sentence whose next sentence repels "the
    attack" and names no place itself (see the module notes)."""
    attacked: dict[int, list[Any]] = {}
    for draft in drafts:
        if draft.status == CONTESTED and _ATTACK.search(draft.trigger):
            attacked.setdefault(draft.index, []).append(draft)
    told = {d.index for d in drafts}
    added = _held_against_claims(drafts, read, told)
    for index, places in attacked.items():
        repelling = _repelling(read, index + 1, told)
        if repelling is None:
            continue
        position, trigger, excerpt = repelling
        date, basis = verbless_lists.date_in(read, index + 1, position)
        added += [dataclasses.replace(d, status=GOVERNMENT, index=index + 1, date=date, basis=basis, trigger=trigger, excerpt=excerpt)
                  for d in places]
    return sorted([*drafts, *added], key=lambda d: d.index) if added else list(drafts)


def _held_against_claims(drafts: Sequence[Any], read: Reading, told: set[int]) -> list[Any]:
    """Return a government hold for each place the Taliban claim to have taken when the other side
    answers that "the attack" was pushed back, after "but" or "whereas" in the same sentence ("the
    Taliban claimed they captured X, whereas officials said the attacks were pushed back") or in the
    next sentence, which names no place of its own: the claim stands as a claim, the hold beside it."""
    held = []
    for draft in drafts:
        if draft.status != CLAIMED or not _TAKING.search(draft.trigger):
            continue
        _, sentence, view = read.sentence(draft.index)
        at = view.find(draft.trigger.lower())
        contrast = _CONTRAST.search(view, at + len(draft.trigger)) if at >= 0 else None
        if contrast is not None and (found := _repelled_in(view, contrast.end())) is not None:
            words = sentence[found.start() : found.end()]
            held.append(dataclasses.replace(draft, status=GOVERNMENT, trigger=words, excerpt=" ".join(sentence.split())))
        elif (repelling := _repelling(read, draft.index + 1, told)) is not None:
            position, words, excerpt = repelling
            date, basis = verbless_lists.date_in(read, draft.index + 1, position)
            held.append(dataclasses.replace(draft, status=GOVERNMENT, index=draft.index + 1, date=date, basis=basis, trigger=words, excerpt=excerpt))
    return held


def _repelled_in(view: str, start: int) -> re.Match[str] | None:
    """Return the repelling of "the attack" in view[start:] by others than the Taliban, or None."""
    passive = _REPELLED_PASSIVE.search(view, start)
    if passive is not None:
        return None if _BY_TALIBAN.match(view, passive.end()) else passive
    match = _REPELLED.search(view, start)
    if match is None or _NEGATED_BEFORE.search(view, max(start, match.start() - 30), match.start()) or _TALIBAN_BEFORE.search(view, start, match.start()):
        return None
    return match


def _repelling(read: Reading, index: int, told: set[int]) -> tuple[int, str, str] | None:
    """Return (position, words, excerpt) of the repelling of "the attack" in sentence `index`
    when it names no place of its own and the defenders are not the Taliban, else None."""
    if index >= len(read.sentences) or index in told:
        return None
    _, sentence, view = read.sentence(index)
    passive = _REPELLED_PASSIVE.search(view)
    if passive is not None:
        if _BY_TALIBAN.match(view, passive.end()):
            return None  # "the attack was repulsed by the Taliban": the government's attack
        return passive.start(), sentence[passive.start() : passive.end()], " ".join(sentence.split())
    match = _REPELLED.search(view)
    if match is None or _NEGATED_BEFORE.search(view, max(0, match.start() - 30), match.start()):
        return None
    if _TALIBAN_BEFORE.search(view, 0, match.start()):
        return None  # "the Taliban repelled the attack": the government's attack, their hold
    return match.start(), sentence[match.start() : match.end()], " ".join(sentence.split())
