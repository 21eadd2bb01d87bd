"""A sweep of a province's districts told without its name: "Fighting spread across Logar. By
Sunday all the districts had fallen, officials said."

"All the districts" with no name of its own and no list of districts before it means every
district of the province the text was just speaking of: an event of that province, read as "all of
X's districts fell" is. A province event never colours a district, and the map shows a province
Taliban-held only on a report of its capital (`frontmap.timeline`), which reports name when it falls
("all the districts, including the provincial capital"). "All the districts of X", "all but two
districts" and "all the districts except the capital" are read where the name or the exception is.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from frontmap.status import CLAIMED, CONTESTED, TALIBAN

if TYPE_CHECKING:
    from frontmap.extract.rules import Verdict

__all__ = ["is_sweep", "sweep_spans", "sweep_verdict"]

_SWEEP = re.compile(  # its letter first (no \b, no look-behind before it): a scan over a whole text skips ahead fast
    r"[Aa](?<!\w[Aa])(?<![Bb]ut [Aa])ll\s+(?:of\s+)?(?:the|its)\s+(?:province['’]s\s+)?districts\b"
    # a name or a clause after it is read there: "all the districts of Logar", "all the districts that fell"
    r"(?!\s+(?:of|in|across|except|but|save|apart|other|that|which|we|named|listed|mentioned|around|near)\b)"
    r"(?!\s*,\s*(?:except|but|save|apart|bar)\b)"
)


def sweep_spans(sentence: str) -> Iterator[tuple[int, int]]:
    """Yield the (start, end) spans of `sentence`'s unnamed sweeps ("all the districts",
    "all of its districts"), which stand for the province named before."""
    if "districts" in sentence:
        yield from (match.span() for match in _SWEEP.finditer(sentence))


def is_sweep(sentence: str, start: int) -> bool:
    """Return True when an unnamed sweep of districts starts at `start` of `sentence`."""
    return _SWEEP.match(sentence, start) is not None


def sweep_verdict(verdict: Verdict | None) -> Verdict | None:
    """Return the verdict on the province a sweep stands for: a capture, a claim or fighting told of
    its districts is the province's; any other outcome, nothing."""
    if verdict is None or verdict.status not in (TALIBAN, CLAIMED, CONTESTED):
        return None  # "all the districts are run by the governor": no change of hands told
    return verdict
