"""Given-up words: what a speaker said only until some time ("until Sunday they had insisted that
police still held it", "officials, who until then had maintained the district was holding out").

The report tells the statement as one its speakers have since dropped: the hold, denial or claim
it carried is no longer anyone's word, so the clause it governs gives no event. A statement kept
up to now ("have insisted since Sunday", "until now they insist") is not given up.
"""

from __future__ import annotations

import re

# "until Sunday they had insisted (that)", "until then officials had maintained": a past perfect
# verb of saying after "until <time>", up to the trigger it governs
_GIVEN_UP_BEFORE = re.compile(
    r"\buntil +(?!now\b|today\b)(?:\w+ +){1,3}?(?:(?:they|he|she|officials|authorities|police|the +\w+(?: +\w+)?) +)?"
    r"had +(?:\w+ly +)?(?:insisted|maintained|claimed|said|argued|denied|asserted)\b[^.;]*$"
)


def given_up(view: str, trigger_start: int) -> bool:
    """Return True when the trigger at `trigger_start` of the lower-case sentence `view` stands in
    what a speaker said only until some time, then stopped saying (see the module notes)."""
    if "until" not in view[:trigger_start]:
        return False
    return _GIVEN_UP_BEFORE.search(view, 0, trigger_start) is not None
