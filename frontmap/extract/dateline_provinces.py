"""The province a report is filed from, when its dateline names a provincial capital by a shared name.

"FAIZABAD, Aug 2 -" is Badakhshan's capital, though Jowzjan has a Fayzabad district too: the name
alone counts for neither province in a name's context, so a report filed from Faizabad about
"Kohistan district" would fall back on the better-known Kohistan of Faryab. A report filed from a
provincial capital is most often about that province, so when the sentences around a shared name
name no province at all, the capital the dateline names decides. A dateline from the national
capital names only where the wire desk sits (`wire_context`) and decides nothing.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from frontmap.extract.datelines import is_dateline
from frontmap.extract.wire_context import informative_context

__all__ = ["filed_from"]

# a line opening with a name in capitals ("FAIZABAD", "PUL-E KHUMRI"), the dateline's place if a tail follows
_HEAD = re.compile(r"(?m)^[ \t]*([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,2})(?=[,\s(\[/])")
_LINES, _HEAD_CHARS = 4, 600  # the headline, a byline or two, the dateline


def filed_from(text: str, capital_province: Callable[[str], str | None]) -> Counter:
    """Return a Counter of the one province whose capital the report's dateline names (`capital_province`
    maps a name to the province code of the capital it names, or None), empty when it names none."""
    head = informative_context("\n".join(text[:_HEAD_CHARS].split("\n", _LINES)[:_LINES]))
    for match in _HEAD.finditer(head):
        stop = head.find("\n", match.start(1))
        line = head[match.start(1) : stop if stop >= 0 else None]
        if not is_dateline(line, 0, match.end(1) - match.start(1)):
            continue
        code = capital_province(match.group(1).title())
        return Counter({code: 1}) if code else Counter()
    return Counter()
