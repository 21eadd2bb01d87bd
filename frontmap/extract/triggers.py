"""Control triggers: the words that say something about who holds a place, found once per sentence.

Each trigger has a *kind*, which says how its status follows from who acts (see
`frontmap.extract.roles`):

- ``capture``: captured, seized, overran, swept through, took over / control, raised their flag ... (the actor wins);
- ``retake``: retook, recaptured, regained, re-occupied, took back ... (the actor wins back);
- ``expel``: evicted, drove out, pushed the Taliban out, repelled, foiled, thwarted, defeated ... (the expelled side loses);
- ``fall``: fell, fall(s) to, the fall of, "X is (have all) gone", and in a run of falls told by day "went on Friday",
  "followed the next day" (the place is the one lost; "to" names the winner);
- ``lose``: lost, lost control of, the loss of (the actor loses; "to" names the winner);
- ``handover``: handed over, surrendered, gave up, opened its gates (as ``lose``);
- ``leave``: left, withdrew from, retreated from, abandoned, fled, evacuated (the actor leaves);
- ``hold``: holds, controls, is (still) with the Taliban, in control of, under X control (rule, authority), in X hands, X-held, run by, now run, is Taliban (government) territory (the actor holds);
- ``enter``: entered, walked, rode or swept into, broke into, infiltrated, stormed (fighting, or a capture "without a fight" or unopposed);
- ``fight``: clashes, attacks, raided, fought (a side), siege, encircled, outskirts, shelling, trying to capture ... (contested).

Speed: the sentence's view (lower case, punctuation as spaces, same offsets) is what the pattern
scans; every alternative starts after a literal space, and the table is only tried at words whose
first letters can start one, with only the rows that can open with them (`pattern_heads`).
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from frontmap.extract.aimed_tasks import TASK_NOUNS, TASK_OF
from frontmap.extract.bare_falls import BARE_PLURAL_FALL, COUNTED_LATER, DATED_FALLING, FALLING_NOW
from frontmap.extract.conflict_words import CONFLICT_FIGHT, FALLEN_POSTS, IN_CHARGE, LEFT_FROM, OTHER_FIGHT_VERBS, RING_SIDES, TURNOVER_NOT_HOLD, UNDERWAY_OPERATION
from frontmap.extract.denials import FALSE_WORDS
from frontmap.extract.gain_words import GAINS_AMONG, GAINS_AT, GAINS_WON
from frontmap.extract.idle_triggers import said_of_something_else
from frontmap.extract import bare_entries, control_verbs, flags, force_returns, held_gatherings, object_times, pattern_heads, recovered_places
from frontmap.extract.trigger_prefixes import PREFIXED_WORD
from frontmap.extract.relative_takes import relative_takes
from frontmap.extract.seat_approaches import SEAT_APPROACH
from frontmap.extract.seat_objects import STANDING_AT_SEAT
from frontmap.extract.swept_objects import SWEPT_OBJECT
from frontmap.extract.text import text_view
from frontmap.status import CONTESTED, GOVERNMENT, TALIBAN

CAPTURE, RETAKE, EXPEL, FALL, LOSE, HANDOVER, LEAVE, HOLD, ENTER, FIGHT = (
    "capture", "retake", "expel", "fall", "lose", "handover", "leave", "hold", "enter", "fight",
)


@dataclass(frozen=True)
class Trigger:
    """A control word or phrase found in a sentence (`status`: what it says with no actor known)."""

    start: int
    end: int
    text: str
    status: str
    weight: float
    nominal: bool  # a noun ("the capture of", "attack"), judged hypothetical by a later modal
    kind: str = CAPTURE


# "was taken", "were also taken": a bare "taken" is a capture only after these (the role check wants it passive)
_BEFORE_PASSIVE_TAKEN = "been was were is are be also then now already quickly reportedly finally".split() + ["were all", "were both", "are all", "are both"]
# a post the Taliban filled in the place: "the Taliban-appointed governor of X", "a Taliban police
# chief for X district" (`frontmap.extract.appointed_holds` lets the title name the place); never a
# shadow post of the insurgency, nor one it only "designated" for a place it did not hold
TALIBAN_OFFICE = (
    r"(?:(?<=taliban )|(?<=taliban s ))(?<!designated taliban )(?:appointed\s+|installed\s+)?(?!shadow\b)(?:(?:acting|new|provincial|district|deputy|city|local)\s+){0,2}"
    r"(?:governor|police\s+chief|chief\s+of\s+police|mayor)\s+(?:of|for|in)(?=\s)"
)
_BEFORE_OWNED = ("is", "are", "was", "were", "remains", "remained", "stays", "stayed", "still", "now", "fully", "completely", "entirely", "all")  # "X is still theirs": a hold told by a pronoun
_BEFORE_RUN = ("is", "are", "was", "were", "been", "being", "now", "already", "still", "effectively", "largely", " ")  # "X, now run by": not "a jail run by"
_NOT_A_DAY, _AFTER_COMMA = r"(?!\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d))", "(?<=[a-z]  )"  # "held on Monday": no "held on"; "X, taken on Sunday,": set off after a place (`appositives`; a comma is two spaces in the view)

# "the Taliban were in X", "the militants have reached (arrived in) X", "fighters are present (have been seen) in X": an arrival, so fighting, told of the insurgents only (troops that "reached" a town came to hold it, and "were in" says nothing new)
_ARRIVER_NAMES = ("taliban", "militants", "insurgents", "fighters", "iea", "taliban units", "taliban forces")  # "iea": a "they" `pronoun_sides` reads as the Taliban
_ARRIVERS = [f"{who}{aux}" for who in _ARRIVER_NAMES for aux in ("", " have", " had", " has", " who have")]  # "who have reached": still there
_ARRIVAL = (
    "(?:" + "|".join(f"(?<={w} )" for w in _ARRIVERS) + r")(?:reach(?:ed|es)?|arriv(?:ed|es)\s+in)\b"
    r"(?!\s+(?:an?\s+|the\s+)?(?:agreement|deal|settlement|consensus|understanding|out|deadline|stalemate|decision)\b)"
    r"|(?:" + "|".join(f"(?<={w} )" for w in _ARRIVER_NAMES) + r")(?:were|are)\s+(?:now\s+|already\s+|also\s+)?(?:in|inside)\b"
    r"(?!\s+(?:(?:\w+\s+)?control|charge|talks|contact|power|(?:a|no)\s+position|position)\b)"
    # "fighters are seen inside X" is a photo's caption: only "have been seen" tells of the place
    r"|(?:(?:" + "|".join(f"(?<={w} )" for w in _ARRIVER_NAMES) + r")(?:are|were)\s+(?:now\s+|already\s+|also\s+)?present"
    r"|(?:" + "|".join(f"(?<={w} )" for w in _ARRIVERS if " " in w) + r")been\s+(?:now\s+|already\s+|also\s+)?(?:present|seen|spotted|sighted))\s+(?:in|inside)\b"
    r"(?!\s+(?:an?\s+|the\s+|\w+\s+)?(?:videos?|footage|photos?|pictures?|images?|clips?|posts?)\b)"  # "seen in a video": no place yet
)
# "reached Kabul's gates" is the approach, "were inside the presidential palace" the seat: neither an arrival in a town;
# "were in the capital's Paghman and Qarabagh districts" names the districts the fighters are in
_OWNED_DISTRICTS = r"(?:[a-z-]+\s+){1,8}?districts?\b"
_ARRIVAL = (
    r"(?:" + _ARRIVAL + r")(?!\s+(?:the\s+)?(?:\w+\s+s\b(?!\s+" + _OWNED_DISTRICTS + r"|\s+(?:airports?|airfields?|suburbs|outskirts)\b)|presidential|governor|palace|compound|headquarters|gates?|edges?)\b)"
)

# armed men walking a town's streets hold it, as a patrol does; shoppers or families there do not
_ARMED_WALKERS = "(?:" + "|".join(f"(?<={w} )" for w in ("taliban", "fighters", "militants", "insurgents", "gunmen", "armed men")) + ")"
# what may follow "took it" when "it" is a place taken: its day, how fast, how ("took it by storm")
_TOOK_IT_WHEN = (r"on\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d)|in\s+(?:a\s+matter\s+of|(?:a\s+few|several|\d+|two|three|four)\s+)?(?:hours|days)"
                 r"|late|early|after|without|from\s+(?:the\s+)?(?:government|army|forces|troops|police)|back|overnight|yesterday|last\s+(?:week|night|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)|this\s+(?:week|morning)|within|by\s+(?:storm|force|nightfall|evening)|(?:later\s+)?(?:that|the\s+(?:same|next|following))\s+(?:day|night|morning|afternoon|evening)|(?:hours|a\s+day|two\s+days)\s+later")
# "fighting in X captured on video", "footage captured by residents": a picture taken, no place
_ON_FILM = (r"\s+(?:on|in|by)\s+(?:(?:a|the|mobile|phone|security|local|their)\s+)?(?:video|videos|camera|cameras|film|tape|footage|cctv|photos?|images?"
            r"|pictures?|phones?|residents|journalists|photographers?)\b")
_REPEATED = r"(?:(?:several|many|multiple|numerous|a\s+few|two|three|four|five|\d+)\s+times|twice|repeatedly|back\s+and\s+forth)"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_RECENT = (  # a span of days or weeks this summer, not "over the years" or "since 2015"
    r"(?:this\s+(?:week|month)|since\s+(?:(?:late|early|mid)\s+)?(?:" + _WEEKDAY + r"|may|june|july|august)"
    r"|in\s+(?:the\s+)?(?:past|last)\s+(?:(?:few|two|three|four|\d+)\s+)?(?:days?|weeks?|month|24\s+hours)"
    r"|in\s+recent\s+(?:days|weeks)|(?:in|within)\s+(?:a|one|two|three|\d+)\s+(?:days?|weeks?)|on\s+" + _WEEKDAY
    + r"|overnight|yesterday|today)\b"
)
# "fell back to the Taliban": a place returned to a side, not troops falling back
_SIDES = r"(?:taliban|insurgents|militants|government|afghan|security|army)"
# "under pressure" is fighting, unless it only says how a place fell ("the latest city to fall under the pressure of")
_UNDER_PRESSURE = r"(?<!\bfall )(?<!\bfell )(?<!falls )(?<!fallen )(?<!falling )(?<!collapsed )\bunder\s+(?:\w+\s+)?pressure\b"
_STORMERS = ("taliban", "militants", "insurgents", "fighters", "forces", "troops", "commandos", "gunmen")
# "tried on Monday to capture X", "struggled in vain to retake X": the day or manner between the verb and its aim
_WHEN_TRIED = (r"(?:(?:(?:on|late|early|late\s+on|early\s+on)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|overnight"
               r"|again|hard|repeatedly|unsuccessfully|in\s+vain|for\s+(?:hours|days|weeks)"
               # "tried for a third night to storm X", "for the second day running"
               r"|for\s+(?:a|the)\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+(?:day|night|time|week|straight\s+(?:day|night))(?:\s+running|\s+in\s+a\s+row)?)\s+){0,2}")
# a side driven out as an aim: "fought to clear Taliban fighters from X", "trying to push the insurgents out of X", "to clear X from the Taliban" (not a road, a crowd or mines)
_EXPELLED = r"(?:the\s+|remaining\s+)?(?:[\w-]+\s+)?(?:taliban|insurgents|militants|fighters|rebels|attackers|enemy)\b"
# what an attempt aims at ("to take", "to recapture"; "fighting back to evict the Taliban from X": driving the other side out is an aim too; "to take control of X": the control is the aim's, no hold; "trying to break into X")
_AIMS = r"(?:(?:recover(?:ing)?\b(?!\s+(?:\w+\s+){0,2}?(?:weapons|bod(?:y|ies)|vehicles?))|(?:re\s?)?(?:captur(?:e|ing)|s(?:ei|ie)z(?:e|ing)|take|overrun|overwhelm|storm|enter)|evict|expel|oust|dislodge|break\s+into)\b|(?:clear|push|drive)(?=\s+" + _EXPELLED + r")|clear(?=\s+(?:[\w'’-]+\s+){1,4}?(?:of|from)\s+" + _EXPELLED + r")|(?:re\s?)?gain(?=\s+(?:full\s+|complete\s+)?control\b))(?:\s+(?:full\s+|complete\s+)?control\b)?"
# "held a joint operation in X": an operation held is fighting there, not a hold (`_TRIGGER_TABLE`'s fight row); "held talks": no hold
_HELD_OPERATION = r"(?:\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,2}?operations?\b|" + held_gatherings.HELD_GATHERING + ")"
# (pattern, kind, status with no actor known, weight, nominal); at one position the earlier row wins
# ("foiled an attack on X" holds X; "foiled a bomb plot in X" is police work, no fight for it)
# the relief that reaches the besieged ("army units reached the besieged base"; fighters reaching it are attackers)
_RELIEVERS = "units troops forces reinforcements commandos column convoy soldiers army police".split()
_BEFORE_CONTESTED = "is was were are remains remained been being still hotly fiercely heavily bitterly".split()
# "at the scene of the attack", "the scene of Friday's blast": the site of one incident, not of a battle
_SCENE_OF_INCIDENT = r"\s+(?:the|a|an|this|that)?\s*(?:\w+\W?s\s+)?(?:\w+\s+)?(?:attack|blast|bombing|explosion|shooting|incident)s?\b"
_RETAKEN_CONTROL = r"\s+(?:the\s+)?(?:full\s+|complete\s+)?control\b"  # "regained (the) control": one retaking, not a retake beside a hold
_LOST_GRIP = r"|\s+(?:their|its|his|the)\s+(?:\w+\s+)?(?:hold|grip)\s+(?:on|over|of)\b"  # "lost their hold on X": the loser is the subject, not a holder
_FOUGHT_SIDE = r"(?:(?:the|a|an|taliban|government|afghan|security|armed|local)\s+){0,3}(?:taliban|insurgents|militants|fighters|forces|troops|soldiers|army|police|enemy|rebels|commandos|militias?)\b"  # "fought insurgents in X"
# the subjects (with "were", "had") whose camping on a town's edge is an armed side's
_CAMPERS = [f"{who}{verb}" for who in ("fighters", "taliban", "insurgents", "militants", "gunmen", "troops", "they") for verb in ("", " were", " had")]
_TRIGGER_TABLE: tuple[tuple[str, str, str, float, bool], ...] = (
    (r"(?<= s )(?:recapture|retaking)\b(?!\s+of\b)|(?<=\bthe )retaking\s+of\b|(?<=\bthe )liberation\s+of\b(?=\s+(?:[\w'’-]+\s+){1,4}?by\b)|\brecapture(?=\s+(?:(?:late|early|on|last)\s+)?(?:\w+day\s+|overnight\s+)?of\b)", RETAKE, GOVERNMENT, 0.8, True),  # "the liberation of X by commandos" only with its doer named (the Taliban call their own captures so); "Kunduz's recapture by the army"; "the group's recapture early Friday of X": a noun, its owner wins the place back
    (r"(?:\bre ?(?:took|tak(?:e|en|es|ing))\b|\bre ?captur(?:e|ed|es|ing)\b|\bre ?gain(?:ed|s|ing)?\b)(?:" + _RETAKEN_CONTROL + ")?"
     r"|\b(?:took|taken|take|taking|w[oi]n|wins|winning|wrest(?:ed|s|ing)?)\s+back\b|\b(?:took|take|takes|taking|w[oi]n|wins|winning)(?=\s+it\s+back\b)|\breclaim(?:ed|s|ing)?\b|\bliberat(?:ed|e|es|ing)\b" + recovered_places.RECOVERED +
     r"|\bre ?occup(?:y|ied|ies|ying)\b|\bre ?seiz(?:e|ed|ing)\b|\bmov(?:ed|e|es|ing)\s+back\s+into\b|" + force_returns.RETURNED + r"|\bre ?enter(?:ed|s|ing)?\b|\b(?:re ?establish|restor)(?:ed|es|ing)?\s+(?:\w+\s+)?control\b"
     r"|\bcontrol\s+(?:(?:was|were|has\s+been|had\s+been)\s+)?(?:restored|re ?established)\b" + control_verbs.RETAKE_VERBS,
     RETAKE, GOVERNMENT, 0.9, False),
    # "drove out at dawn", "drove back to Kabul": a drive, not a side driven out (the object-less verb; "drove out of X" is left to `roles`); "drove the Taliban from X": X cleared of them
    (r"\bevict(?:ed|s|ing)?\b|\bexpell?(?:ed|s|ing)?\b|\bdr(?:ove|iven)\s+(?:\w+\s+){0,3}(?:out|back)\b(?<!\bdrove out)(?<!\bdrove back)|\b(?:dr(?:ove|iven|ives?|iving)|push(?:ed|es|ing)?|chas(?:ed|es|ing|e))\s+(?:the\s+)?(?:taliban|insurgents|militants|them)(?:\s+(?:fighters|away))?(?=\s+from\b)|\b(?:taliban|insurgents|militants)(?:\s+fighters)?\s+(?:ha[sdv]e?\s+)?(?:been|were|was)\s+(?:driven|chased|pushed)(?=\s+from\b)|\bdriv(?:e|es|ing)\s+(?:\w+\s+){1,3}(?:out|back)\b|\bdrove\s+(?:out|back)\b(?!\s*$|\s+(?:at|with|to|towards?|in|into|on|from|before|after|early|late|and|again|through|across|overnight)\b)|\bcleared\b"
     r"|\bclear(?:s|ing)?\b(?=\s+(?:[\w'’-]+,?\s+){1,5}?(?:of|from)\s+(?:the\s+)?(?:taliban|talibs|insurgents|militants|enemy)\b)|\b(?:emptied|purified|cleansed)\b(?=\s+(?:[\w'’-]+\s+){0,7}?of\s+(?:the\s+)?(?:taliban|talibs|insurgents|militants|enemy)\b)|\brepel(?:led|s)?\b|\brepuls(?:ed|e)\b|\b(?:foil(?:ed|s)?|thwart(?:ed|s|ing)?)\b(?!(?:\s+[\w'’-]+){0,2}?\s+(?:plots?|plans?|conspirac(?:y|ies)|bomb\w*|assassinations?|kidnappings?)\b)|\bbeat(?:en)?\s+back\b|\bfended\s+off\b|\bheld\s+off\b|\bheld\s+back\b(?=\s+(?:the\s+)?(?:taliban|insurgents|militants|attackers|enemy)\b)"
     r"|\brouted\b(?=\s+(?:from|out\s+of)\b)|\brout(?:ed|s|ing)?\s+(?:the\s+)?(?:taliban|insurgents|militants|(?:(?:government|afghan|security)\s+)?(?:forces|troops|soldiers))\b|\bousted\b(?!\s+(?:(?:vice|deputy|first|former|afghan|elected|acting)\s+){0,2}(?:presidents?|government|regime|leaders?|ministers?|governors?|rulers?|mayor|chiefs?|administrations?)\b)"  # "ousted Vice President X": a title
     r"|\bdefeated\b(?=\s+(?:in|at|around|near)\s)|\bpush(?:ed|ing)?\s+(?:(?:the|taliban|talibs|insurgents|militants|fighters|attackers|enemy|them|rebels|government|afghan|security|forces|soldiers|troops|defenders)\s+){0,3}back\b|\bmop(?:ped|ping|s)?\s+up\b"
     r"|\b(?:push(?:ed|es|ing)?|forc(?:ed|es|e|ing)|kick(?:ed|s|ing)?|flush(?:ed|es|ing)?|chas(?:ed|es|e|ing))"
     r"\s+(?:(?:the|back|them|government|afghan|security|taliban|talibs|militants|insurgents|enemy|forces|fighters|remainder|remaining|rest|last|remnants|attackers|rebels|soldiers|troops|defenders|police|policemen|army|garrison)\s+){0,3}out\b" + control_verbs.EXPEL_VERBS,
     EXPEL, GOVERNMENT, 0.85, False),
    # a siege broken, lifted or ended relieves the place: its defenders hold it ("broke the siege of X")
    # so is one told in the passive ("the siege of X was lifted") or by the relief reaching the besieged ("reached
    # the besieged base in X"; not "relieved the besieged garrison": the garrison named is the side relieved, no side expelled)
    (r"\b(?:br(?:oke|eak|eaks|eaking|oken)|lift(?:ed|s|ing)?|end(?:ed|s|ing)?)\s+(?:the\s+|their\s+|its\s+)?(?:(?!of\b)[\w-]+\s+){0,4}?sieges?\s+(?:of|on)\b"  # "the Taliban's ten-day siege of"
     r"|\bsieges?\s+of\b(?=\s+(?:[\w'’-]+\s+){1,4}?(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:finally\s+)?(?:lifted|broken|ended)\b)"
     r"|(?:" + "|".join(f"(?<={w} )" for w in _RELIEVERS) + r")reach(?:ed|es)\s+the\s+besieged(?=\s+(?:[\w-]+\s+)?(?:base|outpost|post|compound|district\s+cent(?:re|er))\b)",
     EXPEL, GOVERNMENT, 0.8, False),
    # "hand X over" (not the idiom "on the other hand, X links to ...", nor "handed out food to"); gates
    # opened are the town's, not "the gates of a local jail" the fighters opened
    (r"\bhand(?:ed|s|ing)?\s+over\b|(?<!other )(?<!one )\bhand(?:ed|ing)?\b(?!\s+out\b)(?=\s+(?:\w+,?\s+){0,6}?(?:over|to)\b)|\bsigned\s+over\b|\bsurrender(?:ed|s|ing)?\b(?!\s+(?:ceremon|(?:talks|negotiations?|offers?|demands?|ultimatums?|calls?|appeals?|terms)\b))|\bhand(?:ed|s|ing)?\s+(?:the\s+)?(?:taliban|insurgents|militants|them)(?:\s+(?:full\s+)?control\s+(?:of|over)\b|\s+the\s+keys\s+(?:to|of)\b|(?=\s+the\s+(?:(?!of\s)[\w'’-]+\s+){0,2}(?:district|city|town|provincial|capital|border|crossing|base|compound|area|gates?)\b))"  # "handed the Taliban the district"
     r"|\bl(?:aid|ay|ays|aying)\s+down\s+(?:their|its|his|all\s+their)\s+(?:arms|weapons)\b"  # "forces in X laid down their arms": a surrender
     r"|\bg(?:ave|ive|iven|iving)\s+up\b|\bg(?:ave|ives?|iven|iving)\s+(?:itself|themselves)\s+up\b|\bg(?:ave|ives?|iving)\b(?=\s+(?:[\w'’-]+\s+){1,4}?(?:up\s+)?to\s+(?:the\s+)?(?:taliban|insurgents|militants|group)\b)"  # "gave itself up", "gave the district (up) to the Taliban"
     r"|\bg(?:ave|ives?|iven|iving)\b(?=\s+(?:(?:the|its|their|his)\s+)?(?:(?:district|provincial)\s+)?(?:city|town|district|capital|base|compound|cent(?:re|er)|headquarters|it)\s+up\b)"  # "gave the city up"
     r"|\bopen(?:ed|s|ing)?\s+(?:its|their|the)\s+(?:city\s+)?gates\b(?!\s+of\s+(?:an?|the)\s+(?!city\b|town\b|capital\b|provincial\s+capital\b))"
     r"|\b(?:ced(?:e|ed|es|ing)|yield(?:ed|s|ing)?" + control_verbs.NOT_YIELDED_COUNT + r")\b(?:\s+control(?:\s+of)?)?(?!\s+to\s+(?:the\s+)?(?:pressure|demands?)\b)" + control_verbs.HANDOVER_VERBS, HANDOVER, TALIBAN, 0.8, False),
    # "changed hands to the Taliban" names the winner; "changed hands twice since Sunday" is fighting
    # back and forth (over the years it is history; a bare "changes hands" in a headline only
    # announces the story below it)
    (r"\bchang(?:ed|es|ing)\s+hands\s+to\b", FALL, TALIBAN, 0.8, False),
    (r"\b(?:chang(?:ed|es|ing|e)|swap(?:ped|s|ping)?|switch(?:ed|es|ing)?)\s+hands\s+" + _REPEATED + r"\s+(?:\w+\s+){0,2}?" + _RECENT  # "swapped hands twice"
     + r"|\b(?:repeatedly|twice)\s+(?:chang(?:ed|es|ing)|swapped|switched)\s+hands\s+(?:\w+\s+){0,2}?" + _RECENT, FIGHT, CONTESTED, 0.75, False),
    # "in the hand of the government" holds as "in the hands of" does; "died at the hand of" is no hold
    # "under the Afghan government's control": a word naming whose government may stand before the owner
    (r"\bunder\s+(?:(?:full|complete|total|firm|effective|the)\s+)?(?:(?:control\s+of\s+(?:the\s+)?(?:afghan\s+|central\s+)?\w+(?:\s+forces)?|(?:rule|authority)\s+of\s+(?:the\s+)?(?:taliban|insurgents|militants|group|government)\b)"
     r"|(?:(?:afghan|central|national)\s+)?(?:\w+\s+){0,2}?(?:control|(?:rule|authority)(?!\s+of\b)))\b|\bhands\b(?:\s+of\s+(?:the\s+)?\w+)?|(?:(?<=\bin )|(?<=\bin the ))hand\s+of\s+(?:the\s+)?\w+|\bcontroll(?:ed|ing)\s+by\b" "|" + IN_CHARGE +
     r"|\bcontrol" + TURNOVER_NOT_HOLD + r"(?:s|led|ling)?\b|\bhold(?:s|ing)?\b(?!" + _HELD_OPERATION + r")(?:\s+(?:out(?:\s+in)?|on(?:to|\s+to)?" + _NOT_A_DAY + r")\b)?|\bheld\b(?!" + _HELD_OPERATION + r")(?:\s+(?:out(?:\s+in)?|on(?:to|\s+to)?" + _NOT_A_DAY + r"|by)\b)?"
     r"|\b(?:remain|stay)(?:s|ed|ing)?\s+with\b|\b(?:is|are|was|were)\s+(?:(?:now|also|still|already|all)\s+)?with\b(?=\s+(?:(?:the\s+)?(?:taliban|insurgents|militants|mujahideen|government)|us)\b)|\bstill\s+(?:in|inside)\b(?!\s+(?:\w+\s+){0,2}?(?:hands|control)\b)|(?:" + "|".join(f"(?<={w} )" for w in _BEFORE_RUN) + r")(?:run|ruled|governed|administered)\s+by\b|(?:(?<=taliban )(?:run|ruled)|(?<=now )runs?(?!\s+(?:out|away|short|low|the\s+risk)\b))\b|(?:(?<= is )|(?<= are )|(?<= now )|(?<= still )|(?<= became )|(?<= become )|(?<= remains ))(?:taliban|government)\s+territory\b|" + TALIBAN_OFFICE + r"|(?:" + "|".join(f"(?<={w} )" for w in _BEFORE_OWNED) + r")(?:theirs|ours)\b"
     r"|(?:\bpatroll?(?:ed|ing|s)?|" + _ARMED_WALKERS + r"(?:(?:were|are)\s+)?(?:walk|roam|stroll)(?:ed|ing|s)?\s+(?:through|around))\s+(?:the\s+)?(?:main\s+|central\s+)?(?:streets|city|town|bazaars?|markets?)\s+(?:of|in)\b|\bfan(?:ned|s|ning)?\s+out\s+(?:across|over|through)\b|" + STANDING_AT_SEAT + r"|\bflags?\s+(?:\w+\s+){0,2}?(?:fl(?:y|ying|ew|ies|own)|flutter(?:s|ed|ing)?|wav(?:es|ed|ing)|hung|hang(?:s|ing)?)(?:\s+(?:again|once\s+(?:again|more)|still|proudly|now))?\s+(?:over|above|on|atop|from)\b"
     # a place the insurgents do not hold: "still free from the Taliban", "out of the Taliban's grip" (`holders`)
     r"|\bfree\s+(?:from|of)\b(?=\s+(?:the\s+)?(?:taliban|insurgents?|militants?)\b)"
     r"|\b(?:out\s+of|outside(?:\s+of)?|beyond)\b(?=\s+(?:the\s+)?(?:taliban|insurgents?|militants?|group)(?:\s+s)?\s+(?:\w+\s+)?(?:control|grip|hands|reach|rule)\b)" + control_verbs.HOLD_VERBS,
     HOLD, TALIBAN, 0.85, False),
    (r"\bcapture\s+of\b|(?<=\bthe )(?:captur|seiz|overrunn|tak)ing\s+of\b|\bconquest\s+of\b|\boccupation\s+of\b|\bseizures?(?:\s+of)?\b|\btake ?over(?!\s+(?:the\s+)?(?:full\s+|complete\s+)?control\b)(?:\s+of)?\b", CAPTURE, TALIBAN, 0.85, True),  # "the capturing of X", "the taking of X": a noun
    (GAINS_AMONG, CAPTURE, TALIBAN, 0.8, False),  # "among the latest rebel gains is X": told as a verb's, the place its subject or object
    (GAINS_WON, FALL, TALIBAN, 0.8, False),  # "X and Y are the biggest gains yet": X and Y have fallen
    (r"\b(?:declar|claim|announc)(?:e|es|ed|ing)\s+victory\s+(?:in|over)\b"  # "declared victory in X"
     r"(?:\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:forces|fighters|resistance|opposition|militias?|holdouts?)\s+(?:in|at)\b)?",  # "... over the resistance in X"
     CAPTURE, TALIBAN, 0.8, True),
    (r"\b(?:fall|collapse)\s+(?:(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+)?of\b", FALL, TALIBAN, 0.85, True),  # "the fall Saturday of X"
    (r"\bhand ?over\s+of\b", HANDOVER, TALIBAN, 0.8, True),
    # "Kunduz's fall on Sunday", "Kabul's Aug. 15 fall", "Taloqan's capture by the insurgents": the owner is the place (`possessives`);
    # "X's seizure", "X's takeover" are read by the capture row above
    (r"(?<= s )(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}\s+)?(?:fall|collapse|capture|conquest|loss)\b(?!\s+of\b)", FALL, TALIBAN, 0.8, True),
    (r"\bloss\s+of\b", LOSE, TALIBAN, 0.85, True),
    # ("siezed" is a common misspelling of "seized")
    (r"(?<!footage )(?<!video )(?<!images )(?<!pictures )(?<!photos )\bcaptur(?:e|ed|es|ing)\b(?!" + _ON_FILM + r")|\bs(?:ei|ie)z(?:e|ed|es|ing)\b(?:\s+(?:(?:full\s+|complete\s+)?control|power\s+in\b))?"
     r"|\bover ?r(?:an|un|uns|unning)\b|\bovertook\b|\bovertaken\b|(?<!fighting )(?<!violence )\bsw(?:ept|eeps?|eeping)\s+through\b|" + SWEPT_OBJECT + r"|\bconquer(?:ed|s|ing)?\b|\btoppl(?:ed|es|ing)\b(?!\s+(?:down|over)\b)|\boccup(?:y|ied|ies|ying)\b|\binvad(?:ed|ing)\b"
     r"|\b(?:took|taken|take|takes|taking)\s+(?:over(?:\s+(?:the\s+)?(?:full\s+|complete\s+)?control)?|(?:full\s+|complete\s+)?control)\b"  # "took over control of X": one capture
     r"|\b(?:took|taken|take|takes|taking|s(?:ei|ie)z(?:e|ed|es|ing))\s+power\s+in\b"  # "taking power in Kabul"
     r"|\btaken\s+by\b(?!\s+surprise)|(?:" + "|".join([f"(?<={w} )" for w in _BEFORE_PASSIVE_TAKEN] + [_AFTER_COMMA]) + r")taken\b(?!\s+(?:place|part|to|into|hostage|prisoner|captive|care|steps|measures|action|away|off|out|up|by\s+surprise)\b)"  # "was taken too" is taken
     r"|(?:(?<=have )|(?<=has )|(?<=had ))taken(?=\s*$|\s{2}|\s+(?:so\s+far|since|to\s+date|until|within|in\s+(?:the\s+)?(?:past|last|recent|just|only|a|one|two|three|four|five|six|seven|eight|nine|ten|\d+)|this\s+(?:week|month|year|summer))\b)"  # "the tenth capital they have taken (this week)": its object is the head before
     r"|\b(?:wrest(?:ed|s|ing)?|gain(?:ed|s|ing)?|assum(?:ed|e|ing)|establish(?:ed|ing)?)\s+(?:full\s+|complete\s+)?control\b" + control_verbs.CAPTURE_VERBS
     + r"|\brais(?:e|ed|es|ing)\s+(?:\w+\s+){0,3}flags?\b|\bhoist(?:ed|ing)?\s+(?:\w+\s+){0,3}flags?\b|\bplant(?:ed|ing|s)?\s+(?:\w+\s+){0,3}flags?\b|" + flags.FLAG_DOWN +
     # the flag raised told in the passive, its owner before it or after ("the white flag of the Taliban was hoisted over X")
     r"|\b(?:(?:taliban|white|national|afghan|tricolou?r|group|movement|emirate)['’]?s?\s+)?flags?\s+(?:of\s+the\s+\w+\s+)?"
     r"(?:(?:was|were|is|are|been|being|has|have|had|now|then)\s+){0,2}(?:raised|hoisted|planted)(?:\s+(?:again|back|once\s+(?:again|more)))?\b(?=\s+(?:over|above|on|atop|at|in|inside)\b)"
     r"|\b(?:took|taken|take|takes|taking)\b(?!\s+(?:place|part|shelter|refuge|aim|cover|note|steps|turns)\b)(?=\s+(?:(?:at\s+least|more\s+than|nearly|almost|about|some)\s+)?(?:\w+\s+of\s+(?:the\s+|its\s+)?(?:(?:country|nation|afghanistan|province|region)\s+s\s+)?(?=\d|[a-z]+(?:teen|ty|\s+provincial)\b|(?:districts|cities|towns|capitals)\b))?(?:\w+\s+){0,3}?(?:city|cities|towns?|district|districts|provinces?(?! s )|capitals?|parts?|areas?"  # "taken 18 of the country's 34 capitals", "took two of the province's districts": a share of a whole before the unit
     r"|half|whole\s+of|entire|cent(?:re|er)|villages?|posts?|crossings?(?!\s+(?:roads?|routes?|highway|fees?|times?)\b)|(?:dry\s+)?ports?|checkpoints?|bases?|headquarters|compound|palace|airports?|airfields?|prisons?|valley|governor\s+s\s+office|government\s+buildings"
     r"|air\s*bases?|barracks|garrisons?|cantonments?|corps|squares?|roundabouts?|bazaars?|(?<!the\s)side(?=\s+of\s+the\b))\b"
     r"|\s+those\s+of\b|\s+it\s+(?:again|once\s+(?:again|more))\b|\s+(?:\d+|two|three|four|five|six|several)\s+(?:more|others)(?=\s*:|\s{2})"  # "took those of the provinces of X"; "took it again": a place retold; "took three more: X, Y"
     r"|\s+it\b(?=\s*(?:[.;]|$)|\s+(?:" + _TOOK_IT_WHEN + r")\b)"  # "took it on Sunday", "took it without a fight" (not "took it seriously")
     # "took Afghanistan's second and third biggest cities": a pair of ranks before the places
     r"|\s+(?:(?:the|its|their|and|most|two|three|four|five|second|third|fourth|fifth|\w+est|(?:country|afghanistan|nation)\s+s)\s+){2,7}(?:cities|capitals|towns)\b)",
     CAPTURE, TALIBAN, 0.85, False),
    (r"\b(?:fell|fallen)\b(?!\s+(?:silent|quiet|still|short|apart|asleep|ill|victim|prey|foul)\b)"  # "the city fell silent"
     r"(?:(?<=fell)(?!\s+back\b(?!\s+(?:into|under|in|on|to\s+(?:the\s+)?" + _SIDES + r")\b))|(?<=fallen))|\bfall(?:s|ing)?\s+(?:to|into)\b"
     r"|\bfalling\b(?=\s+(?:is|are|was|were)\s+(?:\w+ly\s+|all\s+|simply\s+)?" + FALSE_WORDS + r")"  # "claims of X falling are false"
     r"|\bfalls\b(?!\s+(?:short|silent|quiet|apart|ill|back|behind|within|under|outside|on(?!\s+(?:(?:late|early)\s+)?(?:" + _WEEKDAY + r"|june|july|aug(?:ust)?)\b)|in(?!\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:attack|assault|raid|offensive|onslaught|push)\b)|into|below|from|off"  # "X falls on Friday": a headline's day, "X falls in night raid"
     r"|victim|prey|foul|asleep)\b)|(?<=to )fall\b|(?:(?<=district to )|(?<=city to )|(?<=capital to )|(?<=town to )|(?<=one to )|(?<=districts to )|(?<=cities to )|(?<=capitals to ))go\b(?!\s+(?:to|back|into|through|home|out|on\s+(?:the\s+)?(?:offensive|attack)))|\bfall\b(?:(?<=later fall)|(?<=eventually fall)|(?<=would fall)(?=\s+" + COUNTED_LATER + r"))|\bcollaps(?:ed|es)\b|\bcrumbled\b"  # "would later fall", "would fall two days later" (`achieved_modals`)
     r"|\bsuccumb(?:ed|s)?\b(?!\s+to\s+(?:\w+\s+)?(?:wounds|injuries|illness|pressure|demands))"
     # "came into Taliban hands", "passed into the hands of the insurgents": a fall told by whose hands
     r"|\b(?:c(?:ame|omes?|oming)|pass(?:ed|es|ing)|slip(?:ped|s|ping)?|went|gone|go(?:es|ing)?)(?:\s+back)?\s+into\b(?=\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}hands\b)"
     # "control of X passed to the Taliban", "... had passed to forces loyal to the old government", "the district went over to the Taliban": "to" names the winner
     r"|\b(?:pass(?:ed|es|ing)|(?:went|gone)\s+over)\s+(?:back\s+)?to\b(?=\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:taliban|insurgents|militants|fighters|forces|militias?|groups?)\b)"
     # "Jalalabad was transferred to the Taliban after talks"; "Gilan has been taken out of government control"
     r"|\btransferr(?:ed|ing)\s+to\b(?=\s+(?:the\s+)?(?:taliban|insurgents|militants)\b(?!\s+s\b|['’]s\b))"  # not "to the Taliban's prison"
     r"|\b(?:taken|slip(?:ped|s|ping)?|gone)\s+(?:out\s+of|(?<=slip\s)from|(?<=slips\s)from|(?<=slipped\s)from)\s+(?:the\s+)?(?:afghan\s+)?government(?:['’]?\s?s)?\s+(?:control|hands|grip|grasp)\b"  # "slipped from government control"
     # a state told the same way: "Qarqin and Khamab districts are out of government's control"
     r"|(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bwere )|(?<=\bnow ))out\s+of\s+(?:the\s+)?(?:afghan\s+)?government(?:['’]?\s?s)?\s+control\b"
     # a timeline's present: "Kunduz and Taloqan fall under Taliban control"
     r"|\bfall(?:s|ing)?\s+under\b(?=\s+(?:the\s+)?(?:[\w'’]+\s+){0,2}(?:control|rule)\b)|\b(?:return|revert)(?:ed|s|ing)?\s+to\b(?=\s+(?:the\s+)?(?:[\w'’]+\s+){1,2}(?:control|rule|hands)\b)"  # "returned to government control (hands)"
     # and a bare plural at its clause's end: "Lashkar Gah and Qalat fall.", "Jalalabad and then Kabul fall on Sunday"
     r"|" + BARE_PLURAL_FALL + r"|" + FALLING_NOW + r"|" + DATED_FALLING + r"|(?:(?<=\bis )|(?<=\bare )|(?<=\bwas )|(?<=\bhas )|(?<=\bhave )|(?<=\bhad )|(?<=\ball ))gone\b(?=\s*$|\s\s)" + control_verbs.FALL_VERBS, FALL, TALIBAN, 0.85, False),  # "A, B and C have all gone.", "X is gone": a loss ending its clause
    # a run of falls told by day: "Sheberghan went the next day", "Taloqan followed late on Sunday",
    # "the first capital to go was Zaranj"
    (r"\b(?:went(?!\s+on\s+(?:on|for|until|till|into|through|and)\b)|followed)\b(?=\s+(?:(?:on|late|early|later|in|the|that)\s+){0,3}"  # not "fighting went on on Monday"
     r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|june|july|august|jun|jul|aug|evening|morning|afternoon|night"
     r"|(?:following|next|same)\s+day|day\s+after|a\s+day\s+later|to\s+the\s+(?:taliban|insurgents|militants))\b)"
     r"|(?<=to )go\b(?=\s+(?:was|were)\b)|(?:(?<=capitals )|(?<=cities )|(?<=districts )|(?<=towns ))followed(?=\s\s)",  # "the first capital to go was Zaranj"; "three more capitals followed: X, Y" (a colon is two spaces in the view)
     FALL, TALIBAN, 0.8, False),
    # "lost contact with the garrison of X", "contact lost with X", "contact was lost with X": a link cut, not the place lost
    (r"(?<!contact\s)(?<!contact\swas\s)(?<!contact\shad\sbeen\s)(?<!contact\shas\sbeen\s)\blos(?:t|ing|e|es)\b(?!\s+(?:all\s+)?(?:(?:radio|phone|telephone)\s+)?(?:contact|touch|communications?|track|sight|links?)\b)(?:\s+(?:full\s+|complete\s+)?control(?:\s+(?:of|over))?" + _LOST_GRIP + ")?" + control_verbs.LOSE_VERBS, LOSE, TALIBAN, 0.85, False),
    (r"\babandon(?:ed|s|ing)?\b|\bwithdr(?:ew|awn|awing|aw|aws)\b|\bretreat(?:ed|ing|s)?\b|\bpull(?:ed|ing|s)?\s+(?:out|back)\b|\bf(?:ell|all(?:s|ing)?)\s+back\b(?!\s+(?:on|into|under|in|to\s+(?:the\s+)?" + _SIDES + r")\b)"
     r"|\bfled\b|\bfle(?:e|es|eing)\b|\bleft\b(?!\s+(?:(?:at\s+least|more\s+than|about|some|nearly|over)\s+)?(?:\d+|dozens|scores|hundreds|thousands|many|several|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,2}?(?:dead|wounded|injured|homeless)\b)|\bleav(?:e|es|ing)\b|\bevacuat(?:ed|e|es|ing)\b|\b(?:flown|airlifted)\s+out\b|\bvacat(?:ed|e|es|ing)\b"
     r"|\bdeserted\b|\bquit(?:s|ting)?\b|(?:(?<=troops )|(?<=forces )|(?<=soldiers )|(?<=police )|(?<=army )|(?<=fighters )|(?<=militants )|(?<=insurgents )|(?<=taliban ))(?:are|were)\s+no\s+longer\s+(?:present\s+)?in\b" + control_verbs.LEAVE_VERBS, LEAVE, TALIBAN, 0.75, False),
    (LEFT_FROM, LEAVE, TALIBAN, 0.7, True),  # "a tactical withdrawal from X", "the army's pullout from X"
    (r"\bentered\b|\benter(?:s|ing)?\b|\b(?:walk|stroll|roll|march|sw(?:ept|eep)|mov|drove|driv|rode|rid|pour|poured|stream)(?:ed|s|ing|e)?\s+(?:(?:deeper|further|farther)\s+)?into\b|\b(?:walk|roll|march|mov|drov|driv|parad|pour|stream)(?:ed|es|e|s|ing)?\s+through\b(?=\s+(?:the\s+)?(?:main\s+)?(?:cent(?:re|er)|heart|middle|streets)\b)|\bmov(?:ed|es|ing)\s+to\b(?=\s+(?:the\s+)?(?:central\s+|inner\s+)?(?:districts|parts|cent(?:re|er)|heart|neighbou?rhoods)\s+of\b)"
     r"|\bbreak(?:s|ing)?\s+into\b|\bbrok(?:e|en)\s+(?:into|through)\b|\bpenetrat(?:ed|e|es|ing)\b|\binfiltrat(?:ed|e|es|ing)\b(?!\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:ranks|forces|units?|army|police(?!\s+(?:headquarters|station|compound))|organi[sz]ations?|networks?|movement|cells?|group)\b)|\b(?:push|press)(?:ed|es|ing)?\s+(?:(?:deeper|further|farther)\s+)?into\b(?!\s+service\b)|\bstormed\b|" + _ARRIVAL + bare_entries.BARE_ENTRY
     # "advancing through neighbourhoods", "advanced street by street": inside the town, taking part of it
     + r"|\badvanc(?:ed|es|ing|e)\s+(?:street\s+by\s+street|(?:deeper\s+)?(?:through|into)\s+(?:the\s+)?(?:(?:city|town)['’]s\s+)?(?:streets|neighbou?rhoods|suburbs|bazaars?))\b"
     # "fought their way into X", "bicycled (made, drove) their way into X"; "fighters storm X" (a timeline's present tense, told of an armed side)
     + r"|\b(?:fought|fight(?:s|ing)?|forc(?:ed|es|ing)|battl(?:ed|es|ing)|blast(?:ed|ing))\s+(?:their|its|his|our)\s+way\s+(?:in|into|inside)\b"
     r"|(?:(?<=ed )|(?<=made )|(?<=rode )|(?<=drove )|(?<=wound )|(?<=crept )|(?<=snuck )|(?<=found ))(?:their|its|his|our)\s+way\s+(?:in|into|inside)\b"  # any verb's: trigger words open with "their"
     r"|\bstorming\b|(?:" + "|".join(f"(?<={w} )" for w in _STORMERS) + r")storms?\b"
     r"|(?:(?<=insurgents )|(?<=militants )|(?<=fighters )|(?<=taliban )|(?<=they ))(?:were|are)\s+(?:already\s+|now\s+)?inside\b",  # "the insurgents were inside the palace in X"; "they were inside" the attackers
     ENTER, CONTESTED, 0.85, False),
    # an attempt is fighting: "the Taliban are trying to capture X", "attempts by the militants to take X", "tried to attack X", "sought (moved) to recapture X", "have been fighting to besiege X" (ringing a town is an attempt on it as much as attacking it is)
    # so is an attempt stopped: "forces prevented the Taliban from taking X", "kept the insurgents from entering X", "stopped the fall of X"
    (r"\b(?:tr(?:y|ying|ied|ies)|attempt(?:s|ed|ing)?|bids?|battl(?:ed|ing)|fought|fight(?:s|ing)?|struggl(?:ed|ing))\s+(?:back\s+)?(?:by\s+(?:the\s+)?(?:\w+\s+){1,3}?)?" + _WHEN_TRIED + r"to\s+(?:attack\b|besiege\b|encircle\b|surround\b|control\b|" + _AIMS
     + r")(?!\s+(?:\w+\s+)?power\b)|\b(?:sought|seek(?:s|ing)?|strove|striv(?:e|es|ing)|mov(?:ed|ing)|scrambl(?:ed|ing))\s+" + _WHEN_TRIED  # "sought to retake X" (only a retaking: not "sought to enter")
     + r"to\s+(?:re\s?(?:captur(?:e|ing)|s(?:ei|ie)z(?:e|ing)|take)|evict|expel|oust|dislodge|regain\s+control)\b"
     r"|\b(?:prevent(?:s|ed|ing)?|stop(?:s|ped|ping)?|kept|keep(?:s|ing)?|barr?(?:s|ed|ing)?|block(?:s|ed|ing)?)\s+(?:\w+\s+){1,3}?from\s+"
     r"(?:(?:re\s?)?(?:captur|seiz|tak|overrunn|storm|enter)ing\b|(?=gaining\s+(?:full\s+|complete\s+)?control\b)gaining)(?:\s+(?:full\s+|complete\s+)?control\b)?" r"|\b(?:prevent(?:s|ed|ing)?|stop(?:s|ped|ping)?)\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+)?(?:take ?over|capture|seizure|fall)\s+of\b",  # "prevented the takeover of X"
     FIGHT, CONTESTED, 0.75, False),
    # so is one that failed (or "could not", "were unable to") on a given day, in an assault or after a fight ("failed on
    # Monday to take X", "could not retake X on Sunday", "failed to take X after a day of fighting"); a bare "failed to take X" tells no fight
    (r"\b(?:fail(?:ed|s)?\s+(?:again\s+)?|could\s+not\s+|couldn\W?t\s+|(?:was|were)\s+unable\s+)(?:" + _WHEN_TRIED.replace("{0,2}", "{1,2}") + r"to\s+" + _AIMS + r"|(?:to\s+)?" + _AIMS
     + r"(?=[^.;:]{0,80}?\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|overnight|night|yesterday|assaults?|attacks?|offensive)\b|[^.;:]{0,60}?\b(?:after|despite|in|during|amid)\s+(?:\w+\s+){0,4}?(?:fighting|clashes|battles?)\b))"
     # so is a taking they could not achieve for all their fighting ("were not able to take X despite days of fighting")
     r"|\b(?:(?:not|never)\s+(?:(?:yet|so\s+far)\s+)?(?:been\s+)?able|unable|could\s+not|couldn\W?t)\s+(?:to\s+)?" + _AIMS
     + r"(?=[^.;:]{0,60}?\b(?:despite|after|for\s+all)\s+(?:\w+\s+){0,4}?(?:fighting|clashes|battles?|assaults?|attacks?|offensive|siege)\b)",
     FIGHT, CONTESTED, 0.75, False),
    # a push is an attempt too ("a Taliban push to take X was beaten back", "efforts to retake X", "the offensive
    # to take X went on", "efforts were under way to recapture X", "an operation launched to retake X", "an
    # operation on Friday to retake X", "heavy attacks to seize X", "attacks carried out to take X", "attacks aimed at capturing X", "a counter-attack to retake X");
    # a noun, so a modal after it makes it a plan ("a push to retake X will follow")
    (r"\b(?:push(?:es)?|efforts?|drives?|offensives?|assaults?|attacks?|counter-?\s?attacks?|operations?|" + TASK_NOUNS + r")\s+(?:by\s+(?:the\s+)?(?:\w+\s+){1,3}?)?"
     r"(?:(?:(?:are|were|is|was|had|has|have)\s+(?:been\s+)?)?(?:under\s?way|launched|ongoing|continuing|going\s+on|in\s+progress|being\s+made|carried\s+out|mounted|meant|intended)\s+)?" + _WHEN_TRIED
     + r"(?:to\s+" + _AIMS + r"|aimed\s+at\s+(?:re\s?)?(?:captur|seiz|tak|overrunn|storm|enter)ing\b|" + TASK_OF + ")"  # "the task of driving them out of X"
     + r"(?!\s+(?:\w+\s+)?power\b)",
     FIGHT, CONTESTED, 0.75, True),
    (r"\b(?:still|remain(?:s|ed|ing)?)\s+(?:active|present|operating|entrenched|holed\s+up)\s+(?:in|inside|around)\b"  # insurgents still there
     r"|\bfierce\s+(?:clashes|fighting|battles)\b|\bheavy\s+(?:clashes|fighting)\b|\bscene\s+of\b(?!" + _SCENE_OF_INCIDENT + r")|\bsieges?\b"
     r"|\b(?:heavy|fierce|intense)\s+(?:conflict|confrontations?)\b"  # not a bare "the conflict": the war itself
     r"|" + CONFLICT_FIGHT + r"|" + OTHER_FIGHT_VERBS + r"|" + FALLEN_POSTS +  # a conflict told where it goes on, posts fallen in a town (`conflict_words`)
     r"|\bbesieg(?:ed|ing|e)\b|(?<!mountains )(?<!hills )(?<!peaks )(?<!mountains that )(?<!mountains which )(?<!hills that )(?<!hills which )(?<!peaks that )\bsurround(?:ed|ing|s)?\b(?<!cities surrounding)(?<!towns surrounding)(?<!districts surrounding)(?<!villages surrounding)(?<!areas surrounding)(?<!area surrounding)(?<!provinces surrounding)(?<!regions surrounding)(?<!region surrounding)(?<!places surrounding)(?<!territory surrounding)(?<!countryside surrounding)(?<!land surrounding)(?<!lands surrounding)(?!\s+(?:areas?|villages?|districts?|regions?|countryside|towns?|hills|mountains|provinces?)\b)(?!\s+by\s+(?:\w+\s+)?(?:mountains|hills|peaks|desert|deserts|farmland|fields|orchards|rivers?|water|walls)\b)|\bencircl(?:ed|ing|e|es)\b"
     r"|\bunder\s+(?:\w+\s+)?(?:attack|fire|siege)\b|\boutskirts\b|" + _UNDER_PRESSURE +
     r"|\bmilitary\s+operations?\b|\boperations?\s+against\b|\bgained\s+ground\b|\badvanc(?:ed|ing|e)\s+(?:(?:past|beyond|through)\s+(?:[\w'’-]+\s+){1,5}?)?into\b|\b(?:stopp|halt|check|blunt)(?:ed|ing)\s+(?:an?\s+|the\s+|their\s+)?(?:taliban\s+|insurgent\s+|militant\s+)?advance\b(?=\s+(?:in|at|inside)\s)|" + GAINS_AT +
     # "launched a clearance operation in X", "mounted a counteroffensive in X": fighting there
     r"|\b(?:(?:launch|conduct|mount|carr(?:ied|ies|y)\s+out)(?:ed|es|s|ing)?|held|hold(?:s|ing)?)\s+(?:an?|the|their|its)\s+(?:[\w-]+\s+){0,2}?(?:operations?|counter-?\s?offensives?)(?=\s+(?:in|inside|around|against)\s)|" + UNDERWAY_OPERATION +
     r"|\bcounteroffensives?\b|\bfront\s?lines?\b(?=\s+(?:in|inside|at)\s)|" + RING_SIDES +  # "the front line in X": where the sides fight; "on three sides of X"
     r"|\b(?:reach(?:ed|ing|es)?|appear(?:ed|ing|s)?\s+at)\s+(?:the\s+)?(?:\w+\s+)?(?:gates?|edges?|doorsteps?|entrances?)(?=\s+of\b)"
     r"|\b(?:were|was|are|is)\s+(?:already\s+|now\s+)?at\s+the\s+(?:gates|doorsteps?)(?=\s+of\b)|" + SEAT_APPROACH +  # fighters "were (are) at the gates of Kabul": reached; "were 500 metres from the governor s office"
     # fighters "camped on the edge of X", "massed at the gates of X", "waited on the approaches to X": its outskirts (an armed side's, not displaced families')
     r"|(?:" + "|".join(f"(?<={w} )" for w in _CAMPERS) + r")(?:camped|massed|massing|gathered|gathering|dug\s+in|positioned|waited|waiting|stood|standing)\s+(?:\w+\s+){0,3}?(?:on|at)\s+the\s+(?:\w+\s+)?(?:(?:edges?|fringes?|gates?|doorsteps?)(?=\s+of\b)|approaches(?=\s+to\b))"
     r"|\b(?:reach(?:ed|ing|es)?|appear(?:ed|ing|s)?\s+at)(?=\s+(?:the\s+)?(?:\w+\s+){1,3}?s\s+(?:gates?|edges?|doorsteps?|entrances?|outskirts)\b)"  # "reached Kabul's gates", "appeared at the city's entrance"
     r"|\b(?:trad|exchang)(?:ed|ing)\s+(?:heavy\s+)?fire\b|\bput(?:s|ting)?\s+up\s+(?:an?\s+)?(?:(?:strong|stiff|fierce|tough|heavy|determined)\s+)?resistance\b"
     # "X was still contested": the word after a verb of being or a degree, not "a contested election"
     r"|\b(?:" + "|".join(f"(?<={w} )" for w in _BEFORE_CONTESTED) + r")contested\b(?!\s+(?:by\s+(?:two|three|\d|several|rival|candidates)|elections?|polls?|seats?|results?|claims?)\b)",
     FIGHT, CONTESTED, 0.85, False),
    # "without a fight", "with barely a fight": no fighting at all
    # "bombed Taliban positions in X" first: the positions' place is where the strike fell, as after "struck"
    (r"\b(?:bomb(?:ed|ing)|pound(?:ed|ing)|shell(?:ed|ing)|target(?:ed|ing))\s+(?:\w+\s+){0,2}(?:positions?|hideouts?|gatherings?|strongholds?)\b"
     r"|\b(?<!without a )(?<!without )(?<!barely a )(?<!hardly a )(?<!scarcely a )(?<!without much of a )fight(?:ing|s)?\b|\bfought(?=\s+(?:for|in|inside|around|through|throughout|overnight|until|at\s+the\s+(?:gates?|edges?|entrances?)\s+of)\b|\s+on\s+(?:\w+\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\s+" + _FOUGHT_SIDE + r")|(?<!long )(?<!long been )(?<!often )(?<!repeatedly )\bfought\s+over\b(?!\s+(?:for\s+(?:\w+\s+)?|the\s+(?:past\s+)?(?:\w+\s+)?)(?:years|decades|decade|generations|centuries)\b)|\braid(?:ed|ing|s)?\b|\bclash(?:es|ed|ing)?\b|\bbattl(?:e|es|ed|ing)\b|\bassault(?:s|ed|ing)?\b"
     r"|\boffensives?\b|\b(?<!few )(?<!no )(?<!little )(?<!any )inroads\s+(?:in|into|on)\b|\bpush(?:es)?\s+(?:on|against)\b|\battack(?:s|ed|ing)?\b|\bambush(?:ed|es)?\b|\bmortars?\b|\bshell(?:s|ed|ing)\b|\brockets?\b"
     r"|(?<!celebratory )(?<!celebration )(?<!festive )\bgunfire\b|\bskirmish(?:es|ed)?\b|\bfire\s?fights?\b|\bgun\s?battles?\b|\bair\s*strikes?\b|\bstrikes?\b(?!\s+force)|\bbomb(?:ed|ing|ings|s)?\b|\bbombard(?:ed|ment|ments)?\b"
     r"|\bpounded\b|\bstruck\s+(?:\w+\s+){0,2}(?:positions?|hideouts?|gatherings?|strongholds?|targets?)\b|(?:(?<=taliban )|(?<=insurgents )|(?<=militants )|(?<=fighters ))struck\b(?!\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:deal|agreement|accord|pact|truce|bargain)\b)",  # "the Taliban struck X": an attack
     FIGHT, CONTESTED, 0.75, False),
)


def _branch(pattern: str) -> str:
    """Return a table pattern without the \\b opening its alternatives (the view's space does that)."""
    return re.sub(r"(^|\|)\\b", r"\1", pattern)


_WHOLE_TABLE = " (?:" + "|".join(f"(?P<g{i}>{_branch(row[0])})" for i, row in enumerate(_TRIGGER_TABLE)) + ")"  # compiled for the tests only
# the same rows, tried at a word only when they can open with its first three letters (a word
# tries 2.7 rows on average so, 3.1 by its first two)
_BY_HEAD = pattern_heads.HeadTable([_branch(row[0]) for row in _TRIGGER_TABLE], 3, " ")
# "took Kunduz", "Taliban take Lashkar Gah", a gerund subject "Taking X": take + a capitalised name (needs the original case); "took the Islam Qala
# crossing": an article before a name, but not before the actors or a people; "took neighbouring X", "all of X": nearness, the whole
_TAKE_NAME = re.compile(
    r"\b(?:took|taken|taking|takes|take|Taking)\s+(?:" + object_times.OBJECT_LEAD + r"\s*,?\s+)?(?:all\s+of\s+)?(?:the\s+(?!Taliban\b|Afghan\b|US\b|U\.S\.|American|government\b|Americans\b))?(?:(?:neighbou?ring|nearby|adjacent|adjoining)\s+)?(?=[A-Z])"
)

# "Taliban claim Ghazni", "the insurgents claimed Kandahar on Friday", "claimed the key city of Kunduz": a name right
# after "claim" (or "the city of") and ending its clause (not "officials claim Kandahar is safe", a clause of its own)
_CLAIM_NAME = re.compile(
    r"\b(?:claims?|claimed|claiming)\s+(?:the\s+(?:[a-z]+\s+){0,2}?(?:city|town)\s+of\s+)?(?=[A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*){0,2}(?:\s+(?:city|district|town|province))?"
    r"(?:\s*$|\s*[,;:.]|\s+(?:on|in|from|after|as|and|amid|overnight|late|early|hours|days)\b))"
)

# "officials claimed Qala-e Naw, the Badghis capital, suffered an assault": the name is the subject of a clause
# of its own (the apposition closed, a verb follows), not what was claimed
_CLAIMED_SUBJECT = re.compile(
    r"[A-Z][\w'’-]*(?:[\s-]+[A-Z][\w'’-]*){0,2}(?:\s+(?:city|district|town|province))?\s*,\s*(?:the|a|an)\s+[^,;.]{1,80},"
    r"\s*(?:\w+ly\s+)?(?:was|were|is|are|had|has|have|\w+ed)\b"
)


def changed_hands(trigger: Trigger) -> bool:
    """Return True for "changed hands" or "swapped hands" (intransitive: only its subject is the place fought over)."""
    return trigger.text.lower().startswith(("chang", "swap", "switch"))


def find_triggers_full_scan(sentence: str) -> list[tuple[int, int, str]]:
    """Return (start, end, status) of the triggers a scan at every word would find, less the words
    that say nothing of who holds a place, as `find_triggers` drops them (for tests)."""
    padded = " " + text_view(sentence)
    return [
        (m.start(), m.end() - 1, _TRIGGER_TABLE[int(m.lastgroup[1:])][2]) for m in re.finditer(_WHOLE_TABLE, padded)
        if not said_of_something_else(padded, m.start() + 1, sentence)
    ]


def find_triggers(sentence: str, view: str | None = None) -> list[Trigger]:
    """Return the control triggers in `sentence`, in order, without overlaps.

    At one position the earlier table row wins ("recaptured" is a retake, not a capture).
    `view` may pass `text_view(sentence)` already computed.
    """
    padded = " " + (view if view is not None else text_view(sentence))
    found: list[Trigger] = []
    done = 0
    for word in PREFIXED_WORD.finditer(padded):
        row, match = _BY_HEAD.match(padded, word.start()) if word.start() >= done else (-1, None)
        if match is None:
            continue
        done = match.end()
        _, kind, status, weight, nominal = _TRIGGER_TABLE[row]
        start, end = match.start(), match.end() - 1
        if said_of_something_else(padded, start + 1, sentence):
            continue
        found.append(Trigger(start, end, sentence[start:end], status, weight, nominal, kind))
    if "tak" in sentence or "took" in sentence or "claim" in sentence or "Tak" in sentence:  # a cheap test first: this scan cannot skip ahead
        starts = [t.start for t in found]
        added = []
        for match in itertools.chain(_TAKE_NAME.finditer(sentence), _CLAIM_NAME.finditer(sentence)):
            if _clear_of(found, starts, match.start(), match.end()) and not _CLAIMED_SUBJECT.match(sentence, match.end()):
                added.append(Trigger(match.start(), match.end(), match.group(0), TALIBAN, 0.85, False, CAPTURE))
        for start, end in relative_takes(sentence):
            if _clear_of(found, starts, start, end):
                added.append(Trigger(start, end, sentence[start:end], TALIBAN, 0.85, False, CAPTURE))
        if added:
            found = sorted(found + added, key=lambda t: t.start)
    return found


def _clear_of(found: list[Trigger], starts: list[int], start: int, end: int) -> bool:
    """Return True when no trigger of `found` (in order; `starts` their starts) overlaps start..end."""
    i = bisect.bisect_left(starts, end)  # the triggers starting before its end
    return i == 0 or found[i - 1].end <= start
