"""Whether a sentence's change is not of the day in force but known as of the report's own day
(for `frontmap.extract.dates.ArticleDates`): told after it ("X has since fallen"), retold in a
relative clause ("Kunduz, which fell, ..."), or told in the present with "currently", "now" or
"at present" ("Currently the Taliban are trying to seize X", after a history line's May day), or a
fight or hold told in the present tense ("Clashes are underway in X" after a Sunday's capture:
`present_tense`).

A live report's dated stamp ("11:40 p.m., August 11") is the day its entry is written, so an
entry's "now" under it is of the stamp's day, which stays in force.
"""

from __future__ import annotations

from typing import Any

from frontmap.extract.date_lines import is_heading
from frontmap.extract.date_sequels import told_after_force, told_as_of_now
from frontmap.extract.present_tense import told_in_present
from frontmap.extract.relative_retellings import retold_in_relative


def after_force(dates: Any, index: int, trigger: int | None) -> bool:
    """Return True when the change at `trigger` of sentence `index` of `dates` (an ArticleDates)
    is known only as of the report's day, not on the day carried to it."""
    sentence = dates._sentence(index)
    if told_after_force(sentence, trigger) or retold_in_relative(sentence, trigger):
        return True
    source = dates._source.get(index)
    written_under_stamp = source is not None and is_heading(dates._sentence(source))
    return trigger is not None and not written_under_stamp and (told_as_of_now(sentence, trigger) or told_in_present(sentence, trigger))
