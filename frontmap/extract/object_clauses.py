"""A verb's object ends where a clause of its own begins.

"The Taliban captured the police headquarters while troops stationed at X were sent to Y": X and
Y stand in the while-clause, with their own subject and verb; what the first verb took says
nothing of them (what their own clause says still counts: "while fighting went on in Y"). So does
a participle or absolute phrase after a comma: "took over the border post, leaving Kabul airport the
only way out", "hold every crossing, with Kabul airport the last route", "seized half the capitals, with its fighters
drawing a net around Kabul", "seized the crossing, cutting Jalalabad off from Pakistan": the verb did
not take Kabul or Jalalabad.
A place after a comma with a verb of its own right after it is the subject of the next clause, not
one more name of the list: "Taliban take Kunduz, Mazar-i-Sharif remains tense". Nor did it fight
for a place a second verb of no fight takes after it: "besieged X, and targeted Kabul with rockets";
nor did men driven out of one place lose the one they regrouped in ("pushed out of X and regrouped in Y"),
nor did a verb take the place someone reached after it ("took the city on Sunday reached camps near Y"),
nor did the fighting take the place foreign powers evacuate their people from ("the offensive went on,
and the US plans to evacuate embassy staff in Kabul").
"""

from __future__ import annotations

import re

from frontmap.extract.standing import STAY

_FOREIGN = (r"(?:US|U\.S\.|UN|U\.N\.|United\s+(?:States|Nations|Kingdom)|Washington|Britain|Nato|Pentagon|Western\s+(?:countries|governments)"
            r"|foreign\s+(?:governments|embassies)|embassies|diplomats|aid\s+(?:agencies|groups|workers))")
_FOREIGN_ACTS = r"(?:plans?|planned|planning|evacuat\w*|airlift\w*|sen[dt]s?|sending|flew|flies|flying|ordered|announced|urged|pulled|pulling|moved|rushed|deployed|began|started|will)\b"
# a subordinator, then the words of a subject before the place ("while 800 government troops stationed at")
_CLAUSE_OPENER = re.compile(
    r"(?:^|[\s,])(?:while|whereas|although|though|because)\s+\S"
    # or a second predicate of the same subject: "had cleared the districts and were established in X"
    r"|\band\s+(?:were|was|are|is|have|has|had)\s+(?:now\s+|also\s+|since\s+)?\w+(?:ed|en)\s+(?:in|at|across|around|near)\b"
    # or a new subject of armed men with its own verb: "X was overrun, and troops retreated to a base outside"
    r"|,\s+(?:and|but)\s+(?:the\s+|some\s+|most\s+)?(?:[\w-]+\s+)?(?:forces|troops|soldiers|police|policemen|commandos|defenders|fighters|militants|insurgents)"
    r"\s+(?:(?:in|at)\s+(?:[\w’'-]+\s+){1,3}?)?(?:had\s+|have\s+|were\s+)?(?:\w+ed|withdrew|fled|fought|took|held|overran)\b"
    # or foreign powers and aid groups busy with their own people: "the offensive went on -- and the US plans to
    # evacuate embassy staff in X", "clashes continued, and aid agencies pulled staff out of X"
    r"|(?:,|\s--?|\s—|\s–)\s+(?:and|but|as)\s+(?:the\s+)?" + _FOREIGN + r"\s+(?:[\w’'-]+\s+){0,2}?" + _FOREIGN_ACTS,
    re.IGNORECASE,
)
# or a second predicate of the same subject whose verb neither takes nor fights for the place after
# it: "laid siege to Kandahar and Herat, and targeted Kabul with rockets", "attacked X and threatened Y"
_OTHER_PREDICATE = re.compile(
    r"\band\s+(?:then\s+|also\s+|later\s+|has\s+|have\s+|had\s+)?(?:targeted|threatened|visited|warned|eyed|menaced|bypassed|skirted|spared)"
    r"\s+(?:[\w’'-]+\s+){0,3}$"
    # the men driven out go on to a place of their own: "pushed out of X and regrouped in Y", "driven out of X rallied at Y"
    r"|\b(?:regrouped|rallied|retreated|withdrew|fled|fell\s+back|pulled\s+back|took\s+(?:refuge|shelter))\s+(?:to|in|into|at|toward|towards)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
# the verb's own object, then a later arrival of its own: "took the city on Sunday reached camps on
# the outskirts of Y" (not "fighting reached Y", "fighting in the north reached Y": no object between)
_ARRIVAL_AFTER_OBJECT = re.compile(
    r"^\s+(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){1,4}?(?:reached|arrived\s+(?:in|at))\s+(?:[\w’'-]+\s+){0,6}$",
    re.IGNORECASE,
)
# a participle of result, or "with" opening an absolute phrase, right after a comma
_PHRASE_OPENER = re.compile(
    r",\s+(?:leaving|making|bringing|forcing|prompting|sparking|putting|pushing|cutting(?:\s+off)?|isolating|severing|blocking|threatening|stranding|sending|allowing|with)\s+(?:\w+\s+){0,4}$"
    r"|,\s+with\s+(?:\w+\s+){1,3}?\w+ing\s+(?:\w+\s+){0,6}$",  # "..., with its fighters drawing a tightening net around X": the phrase's own subject and verb
    re.IGNORECASE,
)

# the verb of the place's own clause, right after it ("Mazar-i-Sharif remains tense", "Kabul braces");
# not a bare "remains" ending the clause: "now only Kabul remains" is the place left standing
# (`frontmap.extract.last_standing`)
_OWN_VERB_AFTER = re.compile(
    rf"^\s+(?:now\s+|still\s+|also\s+)?(?:{STAY}|is|are|braces?|holds?\s+out|faces?|fears?|awaits?|waits?|prepares?)\b"
    r"(?!\s*(?:[.,;:!?]|$))",
    re.IGNORECASE,
)


def crosses_into_clause(gap: str, after: str = "") -> bool:
    """Return True when `gap` (the words between a verb and a place after it) opens a clause of its
    own, so the place is not the verb's object; `after`, the words after the place, tells when the
    place after a comma is the subject of a clause of its own."""
    if "," in gap and (_PHRASE_OPENER.search(gap) or _OWN_VERB_AFTER.match(after)):
        return True
    return bool(_CLAUSE_OPENER.search(gap) or _OTHER_PREDICATE.search(gap) or _ARRIVAL_AFTER_OBJECT.match(gap))
