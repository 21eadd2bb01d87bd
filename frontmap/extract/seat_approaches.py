"""Seat approaches: attackers a short distance from a town's seat of power, which the trigger table
reads as fighting in the town (`frontmap.extract.triggers`).

"In Lashkar Gah, insurgents were only a few hundred metres from the governor's office", "the
Taliban were 500 metres from the police headquarters in X", "fighters had got within 200 yards of
the governor's compound": the attackers are inside the town, near its centre, and the town is
fought for. Only an armed side's nearness counts: a bomb that went off 100 metres from the office,
or residents living a few hundred metres from it, say nothing of who holds the town (the row is
anchored on the attackers, so neither opens it).
"""

from __future__ import annotations

# the attackers (the view: lower case, punctuation as spaces: "governor s office")
_ATTACKERS = r"(?:taliban|insurgents|militants|fighters|attackers|gunmen)"
# how near: "only a few hundred metres", "within 200 yards", "some 500 m"
_DISTANCE = (r"(?:(?:only|just|barely|some|about|around|within|less\s+than)\s+){0,2}(?:a\s+few|several|a|one|two|three|four|five|\d[\d,]*)\s+"
             r"(?:hundred\s+)?(?:metres|meters|yards|m)\s+(?:away\s+)?(?:from|of)\s+")
# the seat: the governor's office or compound, the police headquarters, the town's centre
_SEAT = (r"(?:the\s+)?(?:provincial\s+)?(?:(?:governor\s+s|governor)\s+(?:office|compound|house|residence|palace)"
         r"|police\s+(?:headquarters|hq|chief\s+s\s+office)|(?:city|town)\s+(?:centre|center))\b")

# the attackers' nearness: their verb and an adverb ("were reportedly", "had advanced to"); not another verb
# ("were fighting the army 300 metres from ...": the fight row reads that)
SEAT_APPROACH = (r"\b" + _ATTACKERS + r"\s+(?:fighters\s+)?(?:were|are|was|is|had\s+(?:come|got|gotten|advanced|pushed)|came|got|advanced|pushed)\s+"
                 r"(?:(?:reportedly|now|already|still|then|by\s+then|said\s+to\s+be|to)\s+){0,2}" + _DISTANCE + _SEAT)
