"""The claimant's own words between a claim and its answer.

Wire copy often lets the Taliban spokesman go on for a sentence or two before the officials
answer: "The Taliban claimed they had captured X on Wednesday. 'Our fighters hold the bazaar and
the customs post,' their spokesman said. He promised traders their safety. However, the interior
ministry said the attack had been repelled." The answer still speaks of the place claimed: the
sentences between are the claim's own elaboration, in the Taliban's voice (named there, or
carried by "he said"), and tell no gain of another place. An answer reached this way must open
on a contrast ("However, ...", "But ..."), which marks it as the other side's word on the same
claim; the sentence right after the claim answers without one (`frontmap.extract.fought_on`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from frontmap.extract.attribution import taliban_voice
from frontmap.extract.pronoun_speakers import carries_taliban_voice

_MOST_WORDS = 3  # sentences of the claimant's own a reply may come after
_OPENS_ON_CONTRAST = re.compile(r"^\W*(?:however|but|yet|nonetheless|nevertheless)\b")


def reply_after_claimant(index: int, view_of: Callable[[int], str], sentence_count: int, other_gains: Collection[int]) -> int | None:
    """Return the index of the sentence that opens on a contrast right after one to three
    sentences in the Taliban's voice following claim sentence `index`, none of them in
    `other_gains` (sentences telling events of other places); None when there is none."""
    later = index + 1
    while later < sentence_count and later - index <= _MOST_WORDS and later not in other_gains and _claimant_speaks(later, view_of):
        later += 1
    if later == index + 1 or later >= sentence_count or later - index > _MOST_WORDS + 1:
        return None
    return later if _OPENS_ON_CONTRAST.search(view_of(later)) else None


def _claimant_speaks(index: int, view_of: Callable[[int], str]) -> bool:
    """Return True when sentence `index` is in the Taliban's voice: a Taliban speaker named there
    and no official, or a pronoun speaker carrying that voice from the sentences before."""
    return taliban_voice(view_of(index)) or carries_taliban_voice(index, view_of, taliban_voice)
