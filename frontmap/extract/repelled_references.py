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
make the Taliban the ones who repel it (then the attack was the government's). The attackers
themselves driven out tell the same: "Militants stormed X on Sunday. They were driven out the
following evening" (when the sentence before names the insurgents).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from frontmap.extract import verbless_lists
from frontmap.status import CONTESTED, GOVERNMENT

if TYPE_CHECKING:
    from frontmap.extract.events import _Reading as Reading

# "repelled the attack", "beat back this assault", "foiled their latest offensive", "repulsed both attacks"
_REPELLED = re.compile(
    r"\b(?:repel(?:led|s|ling)?|repuls(?:ed|e|es|ing)|beat(?:en|ing)?\s+back|fended\s+off|foiled|thwarted|pushed\s+back)"
    r"\s+(?:the|this|that|their|its|both|these|those|all(?:\s+(?:the|their|three|four))?)\s+(?:[a-z-]+\s+){0,2}?(?:attacks?|assaults?|offensives?|advance|push|onslaught)\b"
)
# "the attack has been repulsed", "this assault was beaten back" (a negation between the two words breaks the match)
_REPELLED_PASSIVE = re.compile(  # "the attacks of the Taliban were pushed back": the attackers may follow the noun
    r"\b(?:the|this|that(?!\s+the\b)|their|its)\s+(?:[a-z-]+\s+){0,2}?(?:attacks?|assaults?|offensives?|advance|push|onslaught)"
    r"(?:\s+(?:of|by)\s+(?:the\s+)?(?:taliban|insurgents|militants|group))?\s+(?:has|have|had|was|were)\s+(?:been\s+)?(?:successfully\s+)?"
    r"(?:repelled|repulsed|beaten\s+back|fended\s+off|foiled|thwarted|defeated|pushed\s+back)\b"
)
# "They were driven out", "the militants were pushed back", "were repulsed": the insurgents who attacked, expelled
_ATTACKERS_EXPELLED = re.compile(
    r"\b(?:they|the\s+(?:attackers|militants|insurgents|taliban|fighters))\s+(?:(?:were|had\s+been|have\s+been)\s+)(?:later\s+|eventually\s+|finally\s+|soon\s+)?"
    r"(?:(?:driven|pushed|forced|chased|beaten)\s+(?:out|back|off)|repelled|repulsed)\b"
)
_INSURGENTS = re.compile(r"\b(?:taliban|militants|insurgents|fighters|attackers)\b")
_BY_TALIBAN = re.compile(r"\s+by\s+(?:the\s+)?(?:taliban|insurgents|militants)\b")
_NEGATED_BEFORE = re.compile(r"\b(?:failed|unable|could\s+not|couldn\s+t|did\s+not|didn\s+t|not|never)\s+(?:to\s+)?(?:\w+\s+)?$")
_TALIBAN_BEFORE = re.compile(r"\b(?:taliban|insurgents|militants)\b")
# the trigger of an event that tells an attack on the place ("attacked", "an assault on", "tried to attack")
_ATTACK = re.compile(r"attack|assault|offensive|storm", re.IGNORECASE)


def held_after_repelled(drafts: Sequence[Any], read: Reading) -> list[Any]:
    """Return `drafts` (one article's, in reading order) with a government hold added, in the
    sentence after it, for each place attacked in a sentence whose next sentence repels "the
    attack" and names no place itself (see the module notes)."""
    attacked: dict[int, list[Any]] = {}
    for draft in drafts:
        if draft.status == CONTESTED and _ATTACK.search(draft.trigger):
            attacked.setdefault(draft.index, []).append(draft)
    told = {d.index for d in drafts}
    added = []
    for index, places in attacked.items():
        repelling = _repelling(read, index + 1, told)
        if repelling is None:
            continue
        position, trigger, excerpt = repelling
        date, basis = verbless_lists.date_in(read, index + 1, position)
        added += [dataclasses.replace(d, status=GOVERNMENT, index=index + 1, date=date, basis=basis, trigger=trigger, excerpt=excerpt)
                  for d in places]
    return sorted([*drafts, *added], key=lambda d: d.index) if added else list(drafts)


def repels_the_attack(view: str, start: int = 0) -> bool:
    """Return True when `view` (a sentence's lower-case view) tells "the attack" repelled after
    `start`, not negated and not by the Taliban ("the attacks of the Taliban were pushed back")."""
    passive = _REPELLED_PASSIVE.search(view, start)
    if passive is not None:
        return not _BY_TALIBAN.match(view, passive.end())
    match = _REPELLED.search(view, start)
    return (match is not None and not _NEGATED_BEFORE.search(view, max(0, match.start() - 30), match.start())
            and not _TALIBAN_BEFORE.search(view, start, match.start()))


def _repelling(read: Reading, index: int, told: set[int]) -> tuple[int, str, str] | None:
    """Return (position, words, excerpt) of the repelling of "the attack" in sentence `index`
    when it names no place of its own and the defenders are not the Taliban, else None."""
    if index >= len(read.sentences) or index in told:
        return None
    _, sentence, view = read.sentence(index)
    expelled = _ATTACKERS_EXPELLED.search(view)
    if expelled is not None and _INSURGENTS.search(read.sentence(index - 1)[2]):
        return expelled.start(), sentence[expelled.start() : expelled.end()], " ".join(sentence.split())
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
