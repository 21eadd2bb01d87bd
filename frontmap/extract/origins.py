"""Origins: a place named only as where troops or supplies came from ("reinforcements from Kabul",
"commandos sent from Mazar-i-Sharif", "flown in from Herat") is no event, whatever the fighting
told of the place they went to.

Only a movement of people or goods counts: "drove the Taliban from X" and "retook X from the
Taliban" keep their own readings.
"""

from __future__ import annotations

import re

from frontmap.extract.literal_gates import GatedPattern
from frontmap.extract.destination_events import holder_told_after

_SENT = r"(?:sent|dispatched|deployed|redeployed|flown|airlifted|airdropped|brought|rushed|transferred)"
_MOVED = rf"(?:{_SENT}|moved|arriv(?:ed|ing)|c(?:ame|oming))"
_ON_THE_WAY = r"(?:(?:on\s+(?:their|its|the)\s+way|en\s+route|heading|headed)\s+)"  # "reinforcements were on their way from X"
_CARRIED = (
    r"(?:reinforcements?|troops|commandos|soldiers|forces|units?|convoys?|columns?|personnel|supplies|ammunition|aid"
    r"|militiamen|police(?:men)?|officers|battalions?)"
)
# "reinforcements from X", "troops who were flown in from X", "sent from X"; not "forces withdrew from X"
_ORIGIN_BEFORE_PLACE = re.compile(
    rf"(?:\b{_CARRIED}\s+(?:(?:who|that)\s+)?(?:(?:were|was|had\s+been|have\s+been)\s+)?(?:{_MOVED}\s+(?:in\s+|over\s+|back\s+)?|{_ON_THE_WAY})?"
    rf"|\b{_SENT}\s+(?:in\s+|over\s+|back\s+)?)"
    r"from\s+(?:the\s+)?(?:(?:capital|city|province|provincial\s+capital|neighbouring|neighboring|nearby)\s+(?:of\s+)?)*$"
)

# "reinforcements have reached X from Y", "commandos arrived in X from Y": where they came from, told
# after where they went (not "the Taliban reached X from Y": attackers are `_ATTACKED_FROM_BEFORE`'s)
_REACHED_FROM_BEFORE = re.compile(
    rf"\b{_CARRIED}\s+(?:(?:have|has|had)\s+)?(?:also\s+|now\s+|already\s+)?(?:reached|arrived\s+(?:in|at)|been\s+{_SENT}\s+(?:in)?to)"
    r"\s+(?:the\s+)?(?:[\w’'-]+\s+){1,3}?from\s+(?:the\s+)?(?:(?:city|province|provincial\s+capital|neighbou?ring|nearby)\s+(?:of\s+)?)*$"
)
_CLAUSE_AFTER = re.compile(r"\s+(?:where|which|when)\b")
# "withdrew its troops from X", "pulled the police out", "routed government forces from X": the
# troops leave (or are driven from) the place they are taken from
_WITHDRAWN_BEFORE = re.compile(
    r"\b(?:withdr(?:ew|aw|awn|awing|aws)|pull(?:ed|s|ing)?|evacuat(?:ed|es|ing|e)|recall(?:ed|s|ing)?"
    r"|rout(?:ed|s|ing)?|chas(?:ed|es|ing|e)|expell?(?:ed|s|ing)?"
    r"|evict(?:ed|s|ing)?|oust(?:ed|s|ing)?|dislodg(?:ed|es|ing|e)|eject(?:ed|s|ing)?|kick(?:ed|s|ing)?|flush(?:ed|es|ing)?"
    r"|(?:dr(?:ove|iven|ives?|iving)|push(?:ed|es|ing)?)(?=\s+out\b))\s+(?:out\s+)?(?:all\s+(?:of\s+)?|the\s+last\s+of\s+)?"
    r"(?:(?:its|their|his|the|government|afghan|remaining)\s+){0,2}(?:[\w-]+\s+)?$"
)

# "had gone to X from the provincial capital Y to fight the Taliban": troops that went elsewhere on an
# errand named after Y (or after "the provincial capital" and its name) left nothing of Y behind (with
# no errand, "forces moved to X from Y" may be giving Y up)
_WENT_TO_FROM_BEFORE = re.compile(
    r"\b(?:went|gone|go|going|moved|came|come|travell?ed|headed|marched|returned)\s+(?:back\s+)?to\s+(?:the\s+)?(?:[\w’'-]+\s+){1,4}?"
    r"from\s+(?:the\s+)?(?:(?:provincial\s+)?capital\s+(?:city\s+)?(?:of\s+)?|(?:city|town)\s+of\s+)?$"
)
_ERRAND_AFTER = re.compile(
    r"(?:\s+(?!to\b)\w+){0,2}?(?:\s+(?:on|late|early|last)\s+\w+|\s+(?:overnight|yesterday|today))?"  # "on Tuesday"
    r"\s+to\s+(?:fight|help|support|reinforce|defend|assist|retake|recapture|repel|push|break|clear|relieve|protect)\b"
)

# "the Taliban entered X from Y", "insurgents advanced on X from neighbouring Y", "attacks launched
# from Y", "push into X from Y": where the attackers came from; not "drove the Taliban from Y" nor "withdrew from Y"
_ATTACKED_FROM_BEFORE = re.compile(
    r"\b(?:enter(?:ed|ing|s)?|advanc(?:ed|ing|es)|launch(?:ed|ing|es)?|infiltrat(?:ed|ing|es)|mov(?:ed|ing)|c(?:ame|oming)"
    r"|attack(?:ed|ing|s)?|assault(?:ed|ing|s)?|raid(?:ed|ing|s)?|pour(?:ed|ing)|march(?:ed|ing)|crossed|crossing|push(?:ed|es|ing)?\s+into)\b"
    r"(?:(?!\b(?:drove|driv\w*|expel\w*|oust\w*|evict\w*|clear\w*|push\w*|flush\w*|free\w*|retook|recaptur\w*|withdr\w*|retreat\w*|fled|flee\w*|left)\b)[\w ]){0,80}?"
    r"\b(?:from|through|via)\s+(?:the\s+)?(?:(?:direction|side)\s+of\s+(?:the\s+)?)?"  # "from the direction of X"
    r"(?:(?:several|different|multiple|various|many|all|two|three|four|five)\s+(?:directions|sides|fronts|routes)\s+"
    r"(?:including|such\s+as|like|namely)\s+)?"  # "from different directions, including X and Y"
    # "from the neighbouring volatile provinces of Y": the words that describe where they came from
    r"(?:(?:neighbou?ring|nearby|adjacent|bordering|volatile|restive|insecure|troubled|unstable|remote|mountainous"
    r"|southern|northern|eastern|western|central|other)\s+){0,3}(?:(?:districts?|provinces?)\s+of\s+)?$"
)
# the province in brackets after a named origin: "attacked X from Gulbahar (Parwan Province)"
_BRACKETED_AFTER_NAME = re.compile(
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}(?:\s+(?:pass|valley|gorge|road|highway|bridge|river))?\s*\(\s*$"
)

# "wounded brought in from X district on Monday, where fighting went on": the clause after tells what happens there
_WHERE_AFTER = re.compile(r"(?:\s+(?:district|province|city|town))?(?:\s+(?:on|late|early)\s+\w+)?\s*,\s*where\b", re.IGNORECASE)
_BRACKETED = GatedPattern(_BRACKETED_AFTER_NAME)  # run only on a sentence with a bracket (`literal_gates`)

#: the names of a list before a place: "from Takhar, Badakhshan and <X>" (a name may hold "e": "Urozgan e Khas")
NAMES_LIST_BEFORE = _LIST_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*(?:\s+(?:[ei]\s+)?[A-Z][\w’'-]*){0,2}(?:\s+province)?\s*(?:,\s*(?:and\s+)?|\s+and\s+)){1,6}$")
#: the names of a list after a place (", Y and Z")
NAMES_LIST_AFTER = _LIST_AFTER = re.compile(r"(?:\s+province)?(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+)[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}(?:\s+province)?){0,6}")
# "fighters from X have arrived", "more from X and Y poured in": people on the move, told by the verb after
_PEOPLE_FROM_BEFORE = re.compile(r"\b(?:fighters|militants|insurgents|gunmen|men|more|others|volunteers)\s+from\s+(?:the\s+)?$")
_ARRIVED_AFTER = re.compile(
    r"\s+(?:(?:who|that)\s+)?(?:(?:have|has|had)\s+)?(?:also\s+|now\s+|already\s+|since\s+)*"
    r"(?:arrived|reached|gathered|massed|converged|poured|come|joined|headed|were\s+(?:sent|deployed|brought))\b"
)

# "a militia leader from X", "a lawmaker from X": where a person comes from, or whom they represent
_PERSON_FROM_BEFORE = re.compile(
    r"\b(?:leaders?|commanders?|elders?|lawmakers?|legislators?|mps?|parliamentarians?|senators?|politicians?|residents?|natives?"
    r"|representatives?|journalists?|activists?|villagers?|farmers?|traders?|students?|families|refugees)\s+(?:originally\s+)?from\s+(?:the\s+)?$"
)

# the aside of a speaker closing right after the name: "a lawmaker from X, said ..."
_SPEAKER_AFTER = re.compile(r"\s*,\s*(?:said|says|told|added|claimed|warned|confirmed)\b")

# "fighters from X (also) raided ... in Y": the raiders' home, when another place is the one raided
_RAIDED_AFTER = re.compile(r"\s+(?:(?:have|has|had)\s+)?(?:also\s+|then\s+|later\s+)*(?:raided|attacked|stormed|struck|ambushed|overran|hit)\b")
_NAME_AFTER = re.compile(r"\s(?:in|at|on|of|near)\s+(?:the\s+)?(?:\w+\s+){0,2}?[A-Z]")


def is_origin(view: str, place_start: int, sentence: str | None = None, place_end: int | None = None) -> bool:
    """Return True when the place starting at `place_start` in the sentence view `view` is only
    where troops or supplies came from ("reinforcements sent from X"), also as a later name of the
    list that follows "from" when the `sentence` itself is given ("fighters from X, Y and Z have
    arrived": `place_end` is where the place's name ends)."""
    if sentence is not None and place_end is not None and (_WHERE_AFTER.match(sentence, place_end) or holder_told_after(sentence, place_end)):
        return False  # no place only left behind: the "where" clause ("which is under government control") is its own news
    if _moved_from(view, place_start):
        return True
    if sentence is None:
        return False
    if place_end is not None and (_reached_from(view, place_start, place_end) or _went_to_fight_from(view, place_start, place_end)):
        return True
    bracketed = _BRACKETED.search(sentence, sentence, max(0, place_start - 60), place_start)
    if bracketed and _moved_from(view, bracketed.start()):
        return True
    listed = _LIST_BEFORE.search(sentence, max(0, place_start - 120), place_start) if _after_a_list_joint(sentence, place_start) else None
    first = listed.start() if listed else place_start
    if listed and _moved_from(view, first):
        return True
    if place_end is None or not _PEOPLE_FROM_BEFORE.search(view, max(0, first - 30), first):
        return False
    rest = _LIST_AFTER.match(sentence, place_end)
    after = rest.end() if rest else place_end
    return bool(_ARRIVED_AFTER.match(sentence, after)) or _raided_elsewhere(sentence, after)


def person_origin(view: str, place_start: int, sentence: str, place_end: int) -> bool:
    """Return True when the place at [place_start, place_end) of the sentence (`view`: its lower-cased
    view) is only where a person named before it comes from or speaks for ("a militia leader from X
    said ...", "a lawmaker from X"); not when an aside after the name tells of X itself ("elders from
    X, a district the Taliban took on Sunday, ...")."""
    if " from " not in view[max(0, place_start - 6) : place_start] or not _PERSON_FROM_BEFORE.search(view, max(0, place_start - 40), place_start):
        return False
    return _SPEAKER_AFTER.match(sentence, place_end) is not None or not sentence[place_end : place_end + 3].lstrip().startswith(",")


def _raided_elsewhere(sentence: str, end: int) -> bool:
    """Return True when the fighters from a place strike another one named after their verb
    ("fighters from X also raided a checkpoint in Y"): X is where they came from, Y is hit."""
    verb = _RAIDED_AFTER.match(sentence, end)
    if verb is None:
        return False
    comma = sentence.find(",", verb.end())
    return _NAME_AFTER.search(sentence, verb.end(), comma if comma >= 0 else len(sentence)) is not None


def _moved_from(view: str, start: int) -> bool:
    """Return True when the words before `start` in `view` end in "from" after troops or attackers on
    the move ("reinforcements sent from", "the Taliban entered the district from"), or in "through"
    or "via" after attackers ("attacked X through the Y pass")."""
    lo = max(0, start - 80)
    if view.find("from", lo, start) >= 0 and (found := _ORIGIN_BEFORE_PLACE.search(view, lo, start)):  # the pattern ends in "from"
        return not _WITHDRAWN_BEFORE.search(view, max(0, found.start() - 40), found.start())  # "withdrew its troops from X": left
    # a cheap test first: the long pattern only when "from" stands just before the place
    near = view[max(0, start - 60) : start]
    moved = " from " in near or " through " in near or " via " in near
    return moved and bool(_ATTACKED_FROM_BEFORE.search(view, max(0, start - 160), start))


def _reached_from(view: str, start: int, end: int) -> bool:
    """Return True when the place at [start, end) of `view` is where troops that reached another place
    came from ("reinforcements have reached X from Y"), and no clause after it tells what happens
    there ("... from Y, where fighting raged": Y's own fight)."""
    lo = max(0, start - 80)
    return view.find("from", lo, start) >= 0 and _REACHED_FROM_BEFORE.search(view, lo, start) is not None and not _CLAUSE_AFTER.match(view, end)


def _went_to_fight_from(view: str, start: int, end: int) -> bool:
    """Return True when the place at [start, end) of `view` is where troops that went to another
    place on an errand named after it set out from ("had gone to X from the capital Y to fight")."""
    lo = max(0, start - 80)
    return view.find("from", lo, start) >= 0 and _WENT_TO_FROM_BEFORE.search(view, lo, start) is not None and _ERRAND_AFTER.match(view, end) is not None


def _after_a_list_joint(sentence: str, start: int) -> bool:
    """Return True when the words before `start` end in a comma or "and" (what `_LIST_BEFORE`
    ends with: most places stand after none, and the pattern need not run)."""
    return sentence[max(0, start - 120) : start].rstrip().endswith((",", "and"))
