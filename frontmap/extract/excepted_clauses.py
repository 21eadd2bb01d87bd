"""What the place a sweep leaves out is told by its own relative clause: "all districts of Laghman
are under government control except Alingar, which the Taliban overran on Tuesday", "every district
fell except Kamdesh, where fighting went on".

The sweep speaks of the rest; the clause after the name speaks of the name itself, so its verb, not
the sweep's, gives the place's status (a capture, a hold, fighting). A clause with no verb about the
place ("except Kabul, where the government sits") leaves the sweep's reading to stand.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontmap.extract.rules import SentenceReader, Verdict

__all__ = ["own_clause_verdict"]

# after the excepted name: the other names left out with it ("Chal and Ishkamish"), an appositive
# ("the provincial capital"), then the relative clause up to the next comma or stop
_OWN_CLAUSE_AFTER = re.compile(
    r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w'’-]*(?:[ -][A-Z][\w'’-]*){0,2})*"
    r"(?:\s*,\s*(?:the|its)\s+(?:provincial\s+)?capital(?:\s+of\s+[A-Z][\w'’-]*(?:\s+province)?)?)?"
    r"\s*,\s*(?P<clause>(?:which|where)\b[^,;.]{3,120})"
)


def own_clause_verdict(reader: SentenceReader, start: int, end: int) -> Verdict | None:
    """Return the verdict the relative clause after the excepted place at [start, end) tells of it
    ("except X, which the Taliban seized on Tuesday": Taliban), or None when no such clause follows
    or its verbs say nothing of the place."""
    sentence = reader.sentence
    if "which" not in sentence and "where" not in sentence:
        return None
    found = _OWN_CLAUSE_AFTER.match(sentence, end)
    if found is None:
        return None
    lo, hi = found.span("clause")
    own = [t for t in reader.triggers if lo <= t.start < hi]
    if not own:
        return None
    # a reader of the same sentence that sees only the clause's verbs (its class: rules imports this module's users)
    return type(reader)(sentence, own, reader.view, reader.quoted_by).judge(start, end)
