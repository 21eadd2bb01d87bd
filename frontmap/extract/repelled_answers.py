"""An attack repelled told against a claim: "The Taliban said they captured X, whereas officials
said the attacks of the Taliban were pushed back", or in the next sentence "Officials said the
attack was repelled".

The answer names no place: the attack it repels is the one on the place claimed, which was then
fought over (contested) and is the government's by the officials' word, besides claimed. As for
fighting told against a claim (`frontmap.extract.fought_on`), an answer in the claim's own
sentence must follow a contrast ("but", "whereas"), and one in the next sentence names no other
place; a repelling the Taliban do is no answer (the attack was then the government's).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from frontmap.extract.fought_on import DraftT, copies_answering
from frontmap.extract.repelled_references import repels_the_attack
from frontmap.status import CONTESTED, GOVERNMENT

__all__ = ["repelled_against_claims"]


def repelled_against_claims(drafts: Sequence[DraftT], view_of: Callable[[int], str], named_in: Callable[[int], set[str]],
                            sentence_count: int) -> list[DraftT]:
    """Return `drafts` and, for each claim the same sentence (after a contrast) or the next one
    (naming no other place) answers with "the attack" repelled, a contested copy and a government
    copy of it."""
    text = (view_of, named_in, sentence_count)
    return copies_answering(copies_answering(drafts, text, repels_the_attack, CONTESTED), text, repels_the_attack, GOVERNMENT)
