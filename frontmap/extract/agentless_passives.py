"""A retake or clearing told in the passive with no agent: whose it is depends on who tells it.

"The district has been cleared", "X was retaken on Monday": with no "by" and no subject, the
sentence rules give a retake to the government, the usual teller. When the Taliban tell it ("the
province has been cleared completely, the group's spokesman said"), the clearing is theirs, and
what the reader learns is their claim (`frontmap.extract.rules` turns it into one). A headline drops
the auxiliary ("Taliban spokesman: X 'liberated'"): a bare participle with nothing after it but the
clause's end is the same passive.
"""

from __future__ import annotations

import re

from frontmap.extract.passive_agent_times import past_time_phrase

_BE_BEFORE = re.compile(r" (?:has|have|had)? *(?:been|was|were|is|are)(?: +\w+ly| +now| +also| +finally)? +$")
_BY_AFTER = re.compile(r"(?: +\w+){0,3}? +by +")
# a participle that ends its clause: the line's end, or a stop or a quotation mark the view blanks ("x  liberated  taliban say")
_CLAUSE_ENDS = re.compile(r" *$|  ")
_BARE_BEFORE = re.compile(r"[a-z] +$")


def agentless(view: str, start: int, end: int) -> bool:
    """Return True when the verb at [start, end) of the lower-case sentence `view` is a passive
    ("has been cleared") with no "by" agent after it, within a few words or past a time phrase."""
    if not _BE_BEFORE.search(view, max(0, start - 30), start):
        return view.endswith("ed", start, end) and _BARE_BEFORE.search(view, max(0, start - 4), start) is not None and _CLAUSE_ENDS.match(view, end) is not None
    after = past_time_phrase(view, end)
    return _BY_AFTER.match(view[after : after + 40]) is None
