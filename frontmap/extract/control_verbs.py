"""Rarer verbs of control that the trigger table reads (`frontmap.extract.triggers`), one
pattern per kind of change, each anchored on its own literal word.

- a capture: the Taliban "snatched" or "grabbed" X (the actor wins, as with "seized");
- a retake: forces "wrested X back" from the Taliban (the words between verb and "back" name the place);
- an expulsion: forces "dislodged (purged) the Taliban from X" (the side driven out loses X); only the
  past tense, so "efforts to dislodge the Taliban" stays an attempt;
- a loss: the army "relinquished control of X" (the actor loses, as with "lost control of");
- a handover: the garrison "capitulated" (the defenders give the place up);
- a departure: forces in X "melted away", or "relocated from" it (the actor leaves, as with "fled");
- a fall: X "came under the sway of" the Taliban.

Near misses kept out: "grabbed headlines (attention)", "snatched victory"; a bare "relinquished his post"
(no control named); "capitulated to demands" (no place given up).
"""

from __future__ import annotations

CAPTURE_VERBS = (
    r"|\bsnatch(?:ed|es|ing)?\b(?!\s+(?:\w+\s+)?(?:victory|defeat|headlines|attention|glimpses?|moments?|sleep)\b)"
    r"|\bgrabb(?:ed|ing)\b(?!\s+(?:\w+\s+)?(?:headlines|attention|the\s+spotlight|hold\s+of\s+(?:him|her|them)|a\s+chance)\b)"
)
RETAKE_VERBS = r"|\bwrest(?:ed|s|ing)?\b(?=\s+(?:[\w'’-]+\s+){1,4}?back\b)"
EXPEL_VERBS = (
    r"|\b(?:dislodged|purged)\b(?=\s+(?:the\s+)?(?:last\s+|remaining\s+)?(?:taliban|talibs|insurgents|militants|fighters|rebels|enemy|them)\b)"
)
LOSE_VERBS = r"|\brelinquish(?:ed|es|ing)?\s+(?:(?:its|their|his|the)\s+)?(?:(?:full|complete)\s+)?control\b"
HANDOVER_VERBS = r"|\bcapitulat(?:ed|es|ing)\b(?!\s+to\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:demands?|pressure|terms)\b)"
# "forces relocated from X", "police were relocated from X": the army's word for a withdrawal; not
# "relocated to X" (toward a place) nor "relocated 300 troops from X" (men sent elsewhere, X kept)
LEAVE_VERBS = r"|\bmelt(?:ed|s|ing)?\s+away\b|\brelocat(?:ed|es|ing)\b(?=\s+(?:(?:temporarily|tactically|also|later|then)\s+)?from\b)"
# "fighters were manning the Afghan side of the X crossing", "the crossing was manned by border police":
# who stands at a crossing or its gate holds it (not "manning the phones", a staff at work; checkpoints
# in a town are a part of it, read by the hold of its parts)
HOLD_VERBS = (
    r"|\bmann(?:ed|ing)\b(?:\s+by\b)?(?=\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,5}?(?:border\s+posts?|gates?|crossings?|crossing\s+points?|side|border|borders)\b"
    r"|(?<=\bwas manned )by\b|(?<=\bwere manned )by\b|(?<=\bis manned )by\b|(?<=\bare manned )by\b)"
)
FALL_VERBS = r"|\bc(?:ame|omes?|oming)\s+under\s+(?:the\s+)?(?:\w+\s+)?sway\b"
# "the operation yielded 30 Taliban dead", "yielded results": a tally or an outcome, not a place given up
NOT_YIELDED_COUNT = (
    r"(?!\s+(?:some\s+|about\s+|at\s+least\s+|more\s+than\s+|nearly\s+)?(?:\d|dozens\b|scores\b|hundreds\b|no\b|little\b|nothing\b"
    r"|results?\b|(?:ten|twenty|thirty|forty|fifty|two|three|four|five|six|seven|eight|nine)\b))"
)
