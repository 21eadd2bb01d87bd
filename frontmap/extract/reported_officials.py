"""Reported officials: an official named inside what the Taliban say is no source of it.

"The Taliban said that the governor and the police chief had surrendered to them": the governor
is who surrendered in the Taliban's statement, not a source that stands behind it, so the
surrender is only claimed. A source word after the Taliban's own verb of saying in the same
clause speaks only when a verb of saying, confirming or denying of its own follows it ("the
Taliban said they took X, which the governor denied", "..., the governor said" stays a source or
a relay: `frontmap.extract.relayed_claims`).
"""

from __future__ import annotations

import re

from frontmap.extract.relayed_claims import TALIBAN_SAY

# the source's own verb of speaking, a few words (rank, name) after it
_OWN_WORD_AFTER = re.compile(
    r"(?: +[a-z]+){0,5}? +(?:(?:also|later|had|has|have) +)?(?:said|say|says|told|tells|added|confirm\w*|den(?:y|ies|ied)|reject\w*"
    r"|dismiss\w*|reported|stated|announced|insisted|acknowledged|admitted|according)\b"
)


def told_of_by_taliban(padded: str, source_at: int, clause_start: int) -> bool:
    """Return True when the source word at `source_at` of the padded view is named inside a
    Taliban statement earlier in the clause from `clause_start` and says nothing itself (no verb
    of saying, confirming or denying of its own follows it)."""
    if TALIBAN_SAY.search(padded, clause_start, source_at) is None:
        return False
    return _OWN_WORD_AFTER.match(padded, source_at + 1 + _word_length(padded, source_at + 1)) is None


def _word_length(padded: str, at: int) -> int:
    """Return the length of the word starting at `at`."""
    stop = padded.find(" ", at)
    return (len(padded) if stop < 0 else stop) - at
