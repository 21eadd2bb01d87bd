"""Gapped days: what may follow a name in a gapped conjunct, up to the day that is all that
is left of its clause ("Kunduz fell on Sunday, and Taloqan on Monday").

The conjunct keeps only names and a day; the verb is the one before. Between the names and the
day a short description of the place may stand, since it adds no verb: an apposition naming what
the place is ("and Pul-e Alam, the capital of Logar, on Friday") or a locative ("and Torghundi on
the Turkmen border a day later", "and Nawa in Ghazni a week later"). A day counted in days or weeks
from the one before ("a week later", "two days earlier") is a day too.
"""

from __future__ import annotations

import re

#: the day words of a conjunct's day, as pattern text (`clauses` reads the same words before a gapped name)
WEEKDAYS = r"monday|tuesday|wednesday|thursday|friday|saturday|sunday"
MONTHS = r"jan(?:uary|\.)?|feb(?:ruary|\.)?|march|april|may|june|july|aug(?:ust|\.)?|sept?(?:ember|\.)?|oct(?:ober|\.)?"
_NAME = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
_COUNT = r"(?:a|one|two|three|four|five|six|a\s+few|several)"
# ", the capital of Logar," / ", the provincial capital," : what the place is, set off by commas
# (", the last northern stronghold,", ", the north's largest city,": a retrospective's kind of place)
_APPOSITION = (r"\s*,\s*the\s+(?:[a-z][\w'’-]*\s+){0,3}?(?:capital|centre|center|seat|hub|city|town|stronghold|bastion|gateway|crossing)"
               r"(?:\s+of\s+" + _NAME + r")?\s*,")
# "on the Turkmen border", "in Ghazni", "near the Iranian frontier": where the place is
_LOCATIVE = r"\s+(?:(?:on|near|along)\s+the\s+(?:[\w-]+\s+){0,2}?(?:border|frontier|highway|road)|in\s+" + _NAME + r"(?:\s+province)?)"
_DAY = (
    rf"(?:(?:early|late)\s+)?(?:on|in|by|during)\s+(?:the\s+)?(?:(?:early|late)\s+)?(?i:{WEEKDAYS}|{MONTHS})\b[\w.]*(?:\s+\d{{1,2}})?"
    r"|(?:the\s+)?(?:following|next)\s+(?:day|morning|afternoon|evening|night)"
    rf"|{_COUNT}\s+(?:days?|weeks?)\s+(?:later|earlier|before)"
    r"|the\s+day\s+after(?:\s+that)?|yesterday|today|the\s+(?:previous|preceding)\s+day|the\s+day\s+before(?:\s+that|\s+yesterday)?"
)
GAPPED_AFTER = re.compile(
    rf"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_NAME})*(?:{_APPOSITION}|{_LOCATIVE})?\s+(?:{_DAY})"
    r"(?:\s+(?:morning|afternoon|evening|night))?(?=\s*(?:[,;.]|and\b|$))",
)
