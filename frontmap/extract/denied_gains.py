"""Hearsay gains the Taliban deny: a government gain the reporter only passes on, which the group denies.

"The district was said to have been recaptured, but the Taliban spokesman denied it", "Afghan
forces reportedly retook X on Monday. The Taliban rejected the report": the reporter does not
stand behind the retake (a hedge, no official named) and the other side says it did not happen,
so the report tells nothing of who holds X. A retake an official states ("forces recaptured X,
the ministry said") stands against a Taliban denial: one side's word against the other's is the
sentence rules' to weigh, and they keep the official's.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from frontmap.extract.denials import taliban_deny
from frontmap.extract.hedges import hedged_statements
from frontmap.extract.told_drafts import DraftT as _T
from frontmap.status import GOVERNMENT

_HEARSAY = re.compile(
    r" (?:reportedly|allegedly|purportedly|supposedly|unconfirmed|unverified|rumou?rs?|rumou?red)\b"
    r"|(?:there +(?:were|are) +|according +to +)(?:some +|unconfirmed +|local +|media +)*reports\b"
)


def hearsay(view: str) -> bool:
    """Return True when the sentence (its view) passes a report on without standing behind it
    ("was said to have been retaken", "reportedly", "unconfirmed reports")."""
    padded = " " + view
    return bool(hedged_statements(padded)) or bool(_HEARSAY.search(padded))


def denied_by_taliban(view: str) -> bool:
    """Return True when the sentence has the Taliban deny something ("Mujahid denied it")."""
    return taliban_deny(view, 0, len(view) + 1)


def drop_denied_hearsay(drafts: Sequence[_T], view_of: Callable[[int], str], named_in: Callable[[int], set[str]],
                        sentence_count: int, sourced: Callable[[str], bool]) -> list[_T]:
    """Return `drafts` without the government gains told as hearsay with no source (`sourced`:
    whether a sentence's view names one) that the Taliban deny in the same sentence or the next
    (which names the place again or no place at all)."""
    return [d for d in drafts if not (d.status == GOVERNMENT and _denied_hearsay(d, view_of, named_in, sentence_count, sourced))]


def _denied_hearsay(draft: _T, view_of: Callable[[int], str], named_in: Callable[[int], set[str]],
                    sentence_count: int, sourced: Callable[[str], bool]) -> bool:
    """Return True when `draft` is hearsay with no source, denied by the Taliban."""
    view = view_of(draft.index)
    if not hearsay(view) or sourced(view):
        return False
    if denied_by_taliban(view):
        return True
    after = draft.index + 1
    if after >= sentence_count:
        return False
    named = named_in(after)
    return (not named or draft.key in named) and denied_by_taliban(view_of(after))
