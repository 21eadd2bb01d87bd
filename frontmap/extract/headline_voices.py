"""A spokesman left untitled under a headline that gives the Taliban's word: "Taliban say they have
taken three districts of Panjshir" over "Fighters have seized Khinj and Anaba, a spokesman said".

The body names its speaker once as "a spokesman" and lets the headline say whose: the gains he tells
are the Taliban's claims, as they would be after "a Taliban spokesman said". A spokesman the
sentence ties to someone else ("a spokesman for the governor", "the ministry's spokesman") or a
sentence that also names an official source keeps its reading; so does every sentence under a
headline that gives nobody's word ("Taliban take three districts").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from frontmap.extract.pronoun_speakers import SAYS
from frontmap.extract.told_drafts import DraftT as _T, gains_spoken_as_claims
from frontmap.status import TALIBAN

# the headline's subject and its verb of saying: "taliban say", "the taliban claim", "insurgents said"
_TALIBAN_HEADLINE = re.compile(r"^ *(?:the +)?(?:taliban|insurgents|militants)(?: +now)? +(?:say|says|said|claim|claims|claimed)\b")
# the bare title right before its verb: "a spokesman said", "the spokesman told reporters" (not "a police spokesman said")
_BARE_SPOKESMAN = re.compile(r"\b(?:a|the) +spokes(?:man|person|woman) +(?:(?:also|later|further) +)?" + SAYS + r"\b")


def spokesman_as_claims(drafts: Sequence[_T], view_of: Callable[[int], str],
                        voices: tuple[Callable[[str], bool], Callable[[str], bool]]) -> list[_T]:
    """Return `drafts` with the Taliban gains of sentences an untitled spokesman tells turned into
    claims, when the headline (sentence 0, `view_of(0)`) gives the Taliban's word; `voices` holds
    the test of a Taliban voice the sentence rules know (read there already) and that of an
    official source (one in the sentence stands behind the gain)."""
    if not any(d.status == TALIBAN and d.index > 0 for d in drafts) or _TALIBAN_HEADLINE.match(view_of(0)) is None:
        return list(drafts)
    return gains_spoken_as_claims(drafts, view_of, voices, lambda i: i > 0 and _BARE_SPOKESMAN.search(view_of(i)) is not None)
