"""A shift standing alone as the sentence's adverb: "The day before they had captured Mihtarlam."

"The day before" opens a complement ("the day before they captured X, Y fell": Y fell a day
before X) only when a main clause follows it. Right before a past perfect ("The day before they
had captured X") it is an adverb: the sentence's own verb is told a day back from the day in
force. Reading it as an anchor turned it round and dated the fall a day after the day in force,
past the report's own day.
"""

from __future__ import annotations

import re

from frontmap.extract.date_expressions import DateExpression

_PERFECT_AFTER = re.compile(
    r"\s+(?:they|it|he|she|we|(?:the\s+)?(?:taliban|insurgents|militants|fighters|rebels|troops|forces|government\s+forces))"
    r"\s+had\s+(?!not\b)",
    re.IGNORECASE,
)


def adverb_before_perfect(sentence: str, expr: DateExpression) -> bool:
    """Return True when the definite shift `expr` ("the day before") stands right before a past
    perfect ("The day before they had captured X"): an adverb of the sentence's verb, not an anchor."""
    return expr.text.lower().startswith("the ") and _PERFECT_AFTER.match(sentence, expr.end) is not None
