"""Aimed fights: an attack whose object is another named place is that place's, not the one before it.

"Taliban fighters from Gardez launched an attack on Khost", "fighters massed near Sharana stormed
Urgun", "Taliban seize province near Kabul, launch attack on Mazar-i-Sharif": the place before the
verb only says where the attackers came from or what they did first; the attack is told of the
place that is its object. A place before a fight without such an object ("Gardez was attacked",
"fighting raged in Zurmat as ...") keeps it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from frontmap.status import CONTESTED

if TYPE_CHECKING:
    from frontmap.extract.rules import Verdict
    from frontmap.extract.targets import Target

# the object of an attack after its word: "attack on (the city of) X", "stormed X", "an offensive against X"
_NOUN_OBJECT = re.compile(r"\s+(?:on|against|upon)\s+(?:the\s+)?(?:(?:provincial\s+)?(?:city|town|district|capital|cent(?:re|er))\s+of\s+)?", re.IGNORECASE)
_VERB_OBJECT = re.compile(r"\s+(?:the\s+)?(?:(?:provincial\s+)?(?:city|town|district|capital|cent(?:re|er))\s+of\s+)?", re.IGNORECASE)
_NOUNS = frozenset("attack attacks assault assaults offensive offensives raid raids onslaught push".split())
_VERBS = frozenset("attacked attacking attack attacks stormed storming storm assaulted assaulting raided raiding besieged shelled shelling".split())


def aimed_at_another(sentence: str, verdict: Verdict, target: Target, targets: Sequence[Target]) -> bool:
    """Return True when `verdict` is a fight told after `target` by a word whose object is another
    named place ("fighters from X launched an attack on Y": Y's fight, not X's); else False."""
    if verdict.status != CONTESTED or target.anaphor or target.end > verdict.trigger_start:
        return False
    word = verdict.trigger.lower()
    if not sentence.startswith(verdict.trigger, verdict.trigger_start) or (word not in _NOUNS and word not in _VERBS):
        return False
    after = verdict.trigger_start + len(verdict.trigger)
    opener = (_NOUN_OBJECT.match(sentence, after) if word in _NOUNS else None) or (_VERB_OBJECT.match(sentence, after) if word in _VERBS else None)
    if opener is None:
        return False
    return any(t.start == opener.end() and not t.anaphor and t.place.key != target.place.key for t in targets)
