"""A change retold in a relative clause without a day of its own: "Kunduz, the city which fell to
the insurgents, was calm", "Residents of Taloqan, which the Taliban overran, fled" (for
`frontmap.extract.dates.ArticleDates`).

The clause recalls what the reader is taken to know; the day an earlier sentence put in force is
that sentence's, often another place's ("The Taliban seized Aybak on Monday."), not the day the
recalled change happened. Such a change is known as of the report's day, not dated by the day in
force.
"""

from __future__ import annotations

import re

_REACH = 60  # characters between the comma opening the relative clause and its verb
# ", which fell", ", the city which had fallen", ", which the Taliban overran": the clause opens right before the verb
_RELATIVE_OPENING = re.compile(
    r",\s+(?:(?:the|a)\s+(?:[a-z-]+\s+){0,2})?(?:which|that)\s+(?:(?:the\s+)?[a-z]+\s+){0,3}$", re.IGNORECASE
)


def retold_in_relative(sentence: str, trigger: int | None) -> bool:
    """Return True when the trigger at `trigger` of `sentence` is the verb of a relative clause set
    off by a comma after its place ("X, which fell to the insurgents, ...")."""
    if trigger is None:
        return False
    return _RELATIVE_OPENING.search(sentence, max(0, trigger - _REACH), trigger) is not None
