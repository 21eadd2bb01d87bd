"""Words of conflict and of control changing that the trigger table reads (`frontmap.extract.triggers`).

Fighting is told with other verbs too: "violence broke out in X", "waging war in X", "the two sides
collided outside X", "are confronting Afghan forces in X", "the Taliban control X and contest Y".
Violence of another kind ("domestic violence", "violence against women"), a war on something
("waging war against corruption"), problems "confronting the administration" and a side that will
"contest the results" are no fight at a place.

Posts falling in a town ("check posts fell to the Taliban in X", "three checkpoints fall in X")
are fighting in the town, not its fall: the words from the posts to the verb are one fight word, so
"fell" is not read as the town's fall.

"Conflict" is mostly the war itself ("the conflict has displaced millions"), so it is fighting at a
place only when the words say where it goes on: "conflict between the army and the Taliban escalated
in X", "street-to-street conflicts in X", "armed conflict in X". "The conflict between ..." with
its article stays the war. Likewise "changes in control continued in X" tells control passing to
and fro, not a side holding X, so the word "control" there is no hold.

An operation told as going on at a place ("a clearance operation is also underway in X") is
fighting there, as "launched a clearance operation in X" is; a planned one is not.

A side's departure is told by a noun too: "forces conducted a tactical withdrawal from X", "the
army's pullout from X" (whose men left is read as for "withdrew from").
"""

from __future__ import annotations

from frontmap.extract.bare_entries import BARE_IN_CHARGE

# a fight: "conflict(s) between" without an article, a street or armed conflict, a conflict that escalated
CONFLICT_FIGHT = (
    r"\b(?<!the )(?<!this )(?<!long )(?<!old )(?<!year )(?<!decades )conflicts?\s+between\b"
    r"|(?:(?<=street to street )|(?<=street )|(?<=armed )|(?<=urban ))conflicts?\b"
    r"|\bconflicts?\b(?=\s+(?:has\s+|have\s+|had\s+)?(?:escalat|erupt|intensif|raged|rages|flared|spread)\w*)"
)

# defenders shut in a building of the town ("forces were confined to the governor's compound"): it is fought over
_SHUT_IN = "forces troops soldiers police policemen defenders commandos garrison officials".split()
_SHUT_IN_VERB = (r"(?:now\s+|still\s+|largely\s+|effectively\s+)?(?:confined|holed\s+up|trapped|pinned\s+down|cornered|barricaded|bottled\s+up)"
                 r"\s+(?:to|in|inside|within)\b")
# fighting told with other verbs: violence that broke out or flared, a war waged in a place, sides that
# collided, defenders shut in
OTHER_FIGHT_VERBS = (
    # "met fierce resistance in X": the attackers were fought there (not "met little resistance", "without meeting resistance", nor a resistance expected)
    r"\b(?<!without )(?:met|meets|meeting|faced|faces|facing|encounter(?:ed|s|ing)?)\s+(?:with\s+)?(?:an?\s+)?(?!(?:little|no|scant|minimal|token|only|hardly|barely|scarcely|almost|any)\b)(?:[\w-]+\s+){0,2}?resistance\b|"
    r"\b(?<!domestic )(?<!sexual )(?<!gender )(?<!family )(?<!based )(?<!online )violence\s+(?:has\s+|had\s+)?"
    r"(?:(?:broke|break(?:s|ing)?|broken)\s+out|erupt(?:ed|s|ing)?|flared(?:\s+up)?|escalated)\b"
    r"|\bwag(?:e|ed|es|ing)\s+(?:a\s+)?war\b(?=(?:\s+(?:now|still|again|anew|once\s+more))?\s+(?:in|inside|around|across|near)\s)"  # "waging war now in X"
    r"|(?:" + "|".join(f"(?<={w} )" for w in "sides forces troops fighters taliban insurgents militants".split()) + r")collid(?:ed|es|e|ing)\b"
    # "are confronting Afghan forces in and near X": one armed side facing the other, not "the problems confronting X"
    r"|\bconfront(?:ed|ing|s)?\s+(?:(?:the|afghan|government|security|pro\s+government|national|army|taliban)\s+){0,3}"
    r"(?:forces|troops|soldiers|police|army|taliban|insurgents|militants|fighters|defenders)\b"
    # "the Taliban control X and contest Y": a side contesting a place fights for it (not "contest the election")
    r"|(?:(?<=taliban )|(?<=insurgents )|(?<=militants )|(?<=group )|(?<=they )|(?<=and )|(?<=now )|(?<=still ))contest(?:s|ed|ing)?\b"
    r"(?!\s+(?:elections?|polls?|results?|claims?|seats?|votes?|charges?|decisions?|rulings?|figures?|accounts?|reports?|allegations?)\b)"
    r"(?=\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|any|every)\s)|\s+the\s+(?:\w+\s+)?(?:districts?|towns?|city|cities|provinces?|capitals?|valley)\b)"
    r"|(?:" + "|".join(f"(?<={w} )" for w in _SHUT_IN) + r")(?:(?:were|are|was|is|remain(?:ed|s)?)\s+)?" + _SHUT_IN_VERB +
    r"|(?:" + "|".join(f"(?<={w} {aux} )" for w in _SHUT_IN for aux in ("have", "has", "had")) + r")been\s+" + _SHUT_IN_VERB
)

# posts that fell in, around or near a town: fighting there ("have now fallen", "fell to the insurgents around X")
FALLEN_POSTS = (
    r"\b(?:(?:check|security|police|army|military|border|government)\s+)?(?:posts|outposts|checkpoints|check\s*points)\s+"
    r"(?:(?:have|has|had)\s+)?(?:\w+\s+)?(?:fell|fall|fallen|falling)(?:\s+to\s+(?:the\s+)?(?:taliban|insurgents|militants|enemy))?"
    r"(?=\s+(?:in|inside|within|around|across|near)\s)"
)

# lookbehinds put right after the word "control": not "changes in control", "shifting control"
TURNOVER_NOT_HOLD = "".join(
    f"(?<!{words} control)" for words in ("changes in", "change in", "changes of", "change of", "shifts in", "shift in", "shifts of", "shifting")
)

#: the verbs of being before "in charge of": the subject holds the place
_BEFORE_IN_CHARGE = ("is", "are", "was", "were", "remain", "remains", "remained", "stay", "stays", "stayed", "now", "still", "been", "firmly", "fully")
#: "the Taliban were in charge of the crossing": a hold told of its subject (not "put a governor in charge of X")
IN_CHARGE = "(?:" + "|".join(f"(?<= {w} )" for w in _BEFORE_IN_CHARGE) + r")(?:in (?:full |sole |firm )?charge (?:of|at|in)\b|" + BARE_IN_CHARGE + ")"

# a departure told by a noun, its side before it: "a tactical withdrawal from", "the army's pullout from"
LEFT_FROM = (
    r"(?:(?<=forces )|(?<=troops )|(?<=army s )|(?<=forces  )|(?<=tactical )|(?<=their )|(?<=its )|(?<=a )|(?<=the ))"
    r"(?:withdrawal|pull-?out|retreat|departure)\s+from\b"
    # the army's words for it only as its own or "tactical": "the relocation from X of families" moves people
    r"|(?:(?<=tactical )|(?<=forces )|(?<=troops )|(?<=army s ))(?:relocation|redeployment)\s+from\b"
)

# an operation told as going on where it is: "a clearance operation is also underway in X",
# "search operations are continuing in X" (as "launched a clearance operation in X" is)
UNDERWAY_OPERATION = (
    r"\b(?:clearance|clearing|search)\s+operations?\s+(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+|still\s+|now\s+)?)?"
    r"(?:under\s?way|ongoing|continuing|in\s+progress|going\s+on)(?=\s+(?:in|inside|around|across)\s)"
    r"(?!\s+\w+\s+(?:(?:other|several|some|many|various|different)\s+)?(?:parts|areas|regions)\s+of\s+the\s+country\b)"  # no place: "in parts of the country"
)

# a ring round a place an armed side makes: "took positions on three sides of X", "dug in on all sides
# of X", "attacked X on three sides" (as "encircled"); not mountains or families "on three sides of X"
RING_SIDES = (
    r"\b(?:positions?|dug\s+in|deploy(?:ed|ing)?|mass(?:ed|ing)|camp(?:ed|ing)|converg(?:ed|ing)|attack(?:ed|ing|s)?|advanc(?:ed|ing)|press(?:ed|ing))"
    r"\s+(?:\w+\s+){0,2}?on\s+(?:two|three|four|all)\s+sides\s+of\b"
)
