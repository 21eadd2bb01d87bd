"""A written year in a clause about an earlier event, after the main verb, is that event's date, never
the main verb's: in "The insurgents captured Gizab, which they briefly held in November 2020", "took
Gizab again, having briefly seized its centre in November 2020" or "recaptured Gizab, a district they
overran in 2019", the year dates the earlier hold, and the capture takes the day in force (for
`frontmap.extract.date_scope.pick`). Without this the capture took the earlier year's day and was
dropped as history.

Only a clause with a verb of its own counts, opened by a comma after the verb ("which", "who",
"having", "after", "when", "as", or a noun the clause's subject then tells of: "a district they
overran"), with no comma between its opening and the date: "captured Gizab, after a long siege, in
November 2020" dates the capture itself.

So does a back-looking day in a clause opening the sentence ("Having seized X the day before, they
attacked Y"): it dates that clause only (`frontmap.extract.fronted_days`).
"""

from __future__ import annotations

import re

from frontmap.extract.date_expressions import DateExpression
from frontmap.extract.fronted_days import dates_the_opening_clause
from frontmap.extract.subject_relatives import dates_the_subjects_clause

_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_OPENER = re.compile(
    r",\s+(?:(?:which|who|whom|whose|where|having|after|when|as|since|before|once)\b"
    r"|(?:a|an|the)\s+(?:[\w-]+\s+){1,3}?(?:that\s+|which\s+)?(?:they|it|the\s+(?:insurgents|militants|Taliban|group))\s)",
    re.IGNORECASE,
)
_CLAUSE_VERB = re.compile(r"\b(?:\w+ed|taken|overrun|took|held|fell|overran|won|lost|ran|did|had|ruled)\b", re.IGNORECASE)
_BREAK = re.compile(r"[,;:]|\s[-–—]\s")


def dates_an_earlier_clause(sentence: str, expr: DateExpression, trigger: int | None) -> bool:
    """Return True when `expr` writes a year and stands in a clause with a verb of its own that opens
    with a comma after the trigger at `trigger`, or ends a relative clause on the subject right before
    the trigger (`subject_relatives`), or looks back from a clause opening the sentence before the
    trigger (`fronted_days`): it dates that clause's earlier event, not the trigger's."""
    if dates_the_subjects_clause(sentence, expr, trigger) or dates_the_opening_clause(sentence, expr, trigger):
        return True
    if trigger is None or _WRITTEN_YEAR.search(expr.text) is None:
        return False
    openers = list(_OPENER.finditer(sentence, trigger, expr.start))
    if not openers:
        return False
    inside = sentence[openers[-1].end() : expr.start]
    return _BREAK.search(inside) is None and _CLAUSE_VERB.search(inside) is not None
