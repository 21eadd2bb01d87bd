"""Clauses: a sentence cut where a subordinator, a semicolon, a colon or a dash starts a new clause,
or where "and" joins a clause of state with its own definite subject ("and the city is in our hands").

A trigger speaks of the places in its own clause; a subordinate clause ("after the Taliban took
X", "while Herat held out") is marked so, and a leading one ends at its comma.
"""

from __future__ import annotations

import bisect
import re

from frontmap.extract import conjunct_openings, entry_colons, forecast_asides, gapped_days, inverted_conditions, named_subject_clauses, subject_asides
from frontmap.extract.datelines import DATELINE_HEAD

# "X surrendered, and the latter claimed Y" ("and a Taliban official said", "residents said, and the group said ..."): a coordinated
# clause with its own speaker starts a new clause, so its claim covers only what it says, not the fact told before it
_OWN_SPEAKER = (
    r"and,?\s+(?:(?:the\s+(?:latter|former|group|taliban|insurgents|militants|rebels)|they|its\s+spokesman)\s+(?:also\s+|later\s+|now\s+)?"
    r"(?:claim|announc|assert|insist|boast)\w*"
    # "..., and a Taliban official stated the emirate would be declared": the official's words are his clause
    r"|(?:an?|the)\s+taliban\s+(?:official|spokes(?:man|person|woman)|commander|leader)\s+(?:also\s+|later\s+)?(?:stated|said|told|tweeted|wrote)\b"
    r"|the\s+(?:group|taliban|insurgents|militants)\s+(?:also\s+|later\s+)?(?:said|says|stated|tweeted|wrote|posted)\b"
    # "took X and, according to the insurgents, also Y": the source set inside the second conjunct is its own
    r"|according\s+to(?=\s+(?:the\s+)?(?:taliban|insurgents|militants|group)\b))"
)
# "X was captured by the group, which has also claimed control of Y": the claim of a relative clause
# on the side named before it is that side's own, and leaves what was told before it a fact
_AGENT_CLAIM = (
    r"(?:(?<=taliban,.)|(?<=taliban.)|(?<=group,.)|(?<=group.)"  # "the group", "the militant group which" (comma or not)
    r"|(?<=insurgents,.)|(?<=militants,.)|(?<=insurgents.)|(?<=militants.))which\s+(?:(?:has|have|had)\s+)?(?:also\s+|later\s+|now\s+)?"
    r"(?:claim|announc|assert|boast|said\b|says\b|stated\b|tweeted\b)\w*"
)
# "the Taliban were occupying more ground and (in the meantime,) Afghan forces were guarding the cities,
# including X": a coordinated clause of the other side's own doing; what the Taliban took before it is not X
_OTHER_SIDE = (  # (not "the Taliban and Afghan forces were fighting": the two sides as one subject)
    r"(?<!taliban )(?<!insurgents )(?<!militants )(?<!fighters )(?<!rebels )and\s+(?:(?:in\s+the\s+)?mean(?:time|while),?\s+)?(?:the\s+)?(?:(?:afghan|government|security|national|army)\s+)+"
    r"(?:forces|troops|soldiers|police|commandos|army)\s+(?:were|was|are|is|have|has|had)\s+(?:been\s+)?[a-z]+ing"
)
#: a headline's second verb of saying, its subject the first verb's ("Taliban take X, say they hold Y"): what that subject says
GAPPED_SAY = r"(?<=,\s)(?:say|says|claim|claims)(?=\s+(?:they|it)\b)"
#: the participles that open what the subject of the clause before says ("..., saying they took X", "announcing that ...",
#: "tweeting that ...": the channel is no matter)
SAYING_PARTICIPLES = r"(?:saying|announcing|claiming|declaring|stating|asserting|tweeting)"
#: those and "adding", which goes on with whoever spoke last ("the governor said, adding that ...")
REPORTING_PARTICIPLES = r"(?:adding|" + SAYING_PARTICIPLES + ")"
#: participles of a change of hands that open a reduced relative clause ("X, overrun on Saturday, was retaken")
CHANGE_PARTICIPLES = r"(?:lost|taken|captured|seized|overrun|retaken|recaptured|abandoned|surrendered)"
#: what ends "the day before" / "a week after" used as an adverb, with no complement of its own
#: ("clashes were reported the day before in X", "the day before, X fell", "taken the night before and ..."):
#: a stop, a place's preposition or a coordinator (no complement opens with "and")
SHIFT_ADVERB_END = r"(?:\s*[,.;]|\s*$|\s+(?:in|at|on|near|around|outside|inside|across|along|and|but|or|nor)\b)"
# Clause breaks: split *before* the match (the subordinator starts the new clause; "as well as"
# joins two objects and "such as" opens a list of them, neither starts one; "has since fallen": an adverb after an auxiliary, no subordinator;
# "a small but strategic district": two adjectives; "clashes then erupted": a fight noun and its verb; "used as a base": a role).
# The space comes first, then the first letters of the subordinators, then "well" before the space:
# most positions fail at once (a look behind the space at every position costs a third of the scan;
# the auxiliaries that make "since" an adverb are looked at behind it, once it is found).
_CLAUSE_BREAK = re.compile(
    r"[;:](?=\s)|\s[—–-]\s|[ ,“”\"](?=[abcdistuw])(?<!\bwell.)(?<!\bsuch.)(?<!\ball.)(?!(?<=\bone )after\s+(?:another|the\s+other)\b)(?!(?:(?<=\bday )|(?<=\bdays )|(?<=\bnight )|(?<=\bweek )|(?<=\bweeks )|(?<=\bevening )|(?<=\bmorning ))(?:before|after)\b" + SHIFT_ADVERB_END + r")(?=(?:but|while|whereas|although|though|because|after|before|when|as(?<!used as)(?<!known as)(?<!served as)(?<!serve as)(?<!seen as)(?<!regarded as)(?<!described as)(?<!designated as)(?<!acted as)|"
    r"since(?<!has since)(?<!have since)(?<!had since)(?<!also since)(?!\s+(?:early|mid|late|the\b|last\b|then\b|january|february|march|april|may|june|july|august|september"
    r"|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d))|unless|if|whether|who|" + REPORTING_PARTICIPLES +
    r"|and\s+(?:then|later|followed|subsequently)|(?<!clashes )(?<!fighting )(?<!battles )(?<!violence )(?<!shelling )then|" + GAPPED_SAY + "|" + _OWN_SPEAKER + "|" + _AGENT_CLAIM + "|" + _OTHER_SIDE + r")\b\s+(?!well\b|part\b|(?<=as )saying\b|many\b|much\b|long\b|of\b|such\b|strategic(?:ally)?\b"
    r"|a\s+result\b|soon\b|\d|(?:dawn|daybreak|noon|midday|dusk|nightfall|midnight)\s+on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b))"
    # "the Taliban have said they will not attack cities, however the group has seized X": the
    # reporter's own clause (not "the Taliban said, however, that ...": the speaker's aside)
    # (a subject or a time after it: not "a spokesman, however, said ...", an aside in one clause)
    r"|,\s(?<!said, )(?<!says, )(?<!added, )(?<!claimed, )"
    r"(?=however,?\s+(?:(?:the|they|it|its|their|in|on|over|since|during|by|this|these|those|local|afghan|security)\b|[A-Z]))"
)
# "The enemy is being pushed back and the city is in our hands": a coordinated clause with its own
# subject (a definite place, one verb of state) holds its own predicate; the verb before "and" is
# not about the city (a singular verb: "X and the city are in Taliban hands" is one subject)
_COORDINATED_STATE = re.compile(
    r"\s(?=and\s+the\s+(?:provincial\s+)?(?:city|town|district|capital)(?:\s+itself)?\s+(?:is|was|remains|remained|stays|stayed)\s+"
    r"(?:still\s+|now\s+|firmly\s+|fully\s+|completely\s+)?(?:in|under|with)\b)",
    re.IGNORECASE,
)
# "took X on Wednesday, and by Thursday the governor was in Y": a coordinated clause whose own subject
# (a person or thing, no name) is where a named place is; the verb before "and" does not reach that place
# (not "and the district was in Taliban hands": a hold, its side named after "in")
_COORDINATED_PRESENCE = re.compile(
    r"\s(?=and\s+(?:(?:by|on|until|since)\s+[A-Za-z]+\s+|then\s+|later\s+)?(?:the|a|an|his|her|its|their)\s+(?:[a-z][\w-]*\s+){0,3}"
    r"(?:was|were|is|are)\s+(?:still\s+|now\s+|already\s+|safely\s+)?(?:in|at)\s+(?!(?:Taliban|Afghan|Government|Kabul)\b)[A-Z])"
)
_DASH = re.compile(r"\s[—–-]\s")
# "KABUL, Aug 14 (AP)", "Lashkar Gah": capitalised words only (not "Three districts — X, Y and Z — fell")
_DATELINE_HEAD = re.compile(r"\W*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:,[^—–-]{1,25})?(?:\s*\([^)]{1,30}\))?\s*$")
_BRACKET = re.compile(r"\([^()]{1,100}\)")
_ASIDE_REACH = 100  # characters: two dashes closer than this bracket an aside ("three capitals — X, Y and Z — fell")
# a list of units told each with its place ("The three cities — X, in Baghlan Province; Y, the capital of ...;
# and Z, in Badakhshan Province — were overrun") brackets a longer aside after its plural head
_LIST_ASIDE_REACH = 240
_PLURAL_HEAD_BEFORE = re.compile(r"\b(?:cities|capitals|districts|towns|provinces|crossings|bases)\s*$", re.IGNORECASE)
_SUBORDINATORS = frozenset("while whereas although though because after before when as since unless who if whether".split())
# a name's appositive inside a subordinate clause: "as Herat, the third-largest city in Afghanistan, fell"
_APPOSITIVE = re.compile(
    r"(?:(?:the|its|a)\s+[^,;]{0,50}?\b(?:city|capital|town|district|province|centre|center|hub|stronghold|gateway|neighbou?r)\b[^,;]{0,40}"
    r"|(?:all|both|each)\s+(?:located|situated|based|lying|in|on|along|near)\b[^,;]{0,60}"
    r"|(?:provincial\s+)?(?:capital|cent(?:re|er))\s+of\s+[^,;]{0,60}"  # wire style drops the article: "X, capital of Y, fell"
    r"|(?:also\s+)?in\s+(?:the\s+)?(?:central|(?:north|south)(?:-?(?:east|west))?(?:ern)?|eastern|western)\s+[\w\s]{3,25}(?=,\s+and\s+(?-i:[A-Z]))),",  # "X, also in western Afghanistan, and Y"
    re.IGNORECASE,
)
# a relative on the subordinate clause's subject, a bare name: "while Ghazni, which fell earlier in the day, was quiet"
_NAMED_SUBJECT_BEFORE = re.compile(r"\b(?:while|whereas|although|though|as|when)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}$")
# a fight noun right before the comma ends the subordinate clause: "after Taliban attacks, the city of
# X, the capital of Y, fell" (the city is the main clause's subject, no appositive of the attacks)
# "the capital, Kabul,", "another provincial capital, Kunduz,": a name set off by commas after the kind word it names
_KIND_BEFORE_NAME = re.compile(r"\b(?:the|its|their|another|an?)\s+(?:\w+\s+){0,2}(?:capital|city|town|district|province|hub|cent(?:re|er)|stronghold|gateway)$", re.IGNORECASE)
_ONE_NAME = re.compile(r"[A-Z][\w’'-]*(?:[\s-]+[A-Z][\w’'-]*){0,2}")
_LAST_NAME = re.compile(_ONE_NAME.pattern + r"[\s.!?\"”’']*")  # a name that ends the sentence
# "after the group took three capitals, including Kunduz": the list of what the clause's verb took
# is its own; the clause ends at the first later comma that no name follows ("..., the Taliban moved")
_INCLUSION_AFTER_COMMA = re.compile(r"(?:including|among\s+them|such\s+as)\s")
_FIGHT_BEFORE = re.compile(r"\b(?:attacks|assaults?|offensives?|clashes|fighting|battles?|raids|airstrikes|air\s+strikes|shelling)$", re.IGNORECASE)
# the next item of a list of names: one more before a comma or "and", or the last after an Oxford
# comma ("X, Y, and Z from Aug. 6": a name and no verb after it)
_LIST_AFTER_COMMA = re.compile(
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?:,|\s+and\b)"
    r"|and\s+[A-Z][\w’'-]*(?:[\s-]+[A-Z][\w’'-]*)*(?=\s*[.;]|\s*$|\s+(?:from|between|on|in|over|during|since|by|at)\b)"
)
# "Dahana-i-Ghori district in Baghlan province", "Awba district of Herat": one located item of a list
_LIST_ITEM = (  # "Mangjic, Faizabad, and Khanaqah districts of Jawzjan", "the Khashrod district in Nimruz"
    r"(?:the\s+)?[A-Z][\w’'-]*(?:[\s-]+[A-Za-z][\w’'-]*){0,3}(?:,?\s+(?:and\s+)?[A-Z][\w’'-]*){0,6}\s+districts?\s+(?:in|of)\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*)?(?:\s+province)?"
)
# "Herat, capital of western Herat province": one item of a list of capitals with their appositions
_CAPITAL_ITEM = r"[A-Z][\w’'-]*(?:[\s-]+[A-Z][\w’'-]*){0,2},\s+(?:the\s+)?(?:provincial\s+)?capital\s+(?:city\s+)?of\b"
# "Worsaj in Takhar", "Qaisar and Almar of Faryab": a bare located item or group, a list item only
# with one like it across the semicolon
_BARE_ITEM = (
    r"(?!(?:The|Taliban|Afghan|Officials?|Forces|Fighting|Clashes|Residents|Police|Security|They|It|But)\b)"
    r"[A-Z][\w’'-]*(?:[\s-]+[A-Z][\w’'-]*){0,2}(?:,?\s+(?:and\s+)?[A-Z][\w’'-]*(?:[\s-]+[A-Z][\w’'-]*){0,2}){0,5}\s+(?:in|of)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:\s+province)?"
)
# "Chimtal district; Charbolak district; and ...": an item that says only that it is a district, a
# list item only with one like it across the semicolon
_DISTRICT_ITEM = r"(?!(?:The|Taliban|Afghan|Officials?|Security|Police|Each|Every|One|Another)\b)[A-Z][\w’'-]*(?:[\s-]+[A-Z][\w’'-]*){0,2}\s+district\b(?!\s+(?:in|of)\b)"
# "Firuz Koh, in central Ghor Province": an item located after a comma
_LOCATED_ITEM = r"[A-Z][\w’'-]*(?:[\s-]+[A-Z][\w’'-]*){0,2},\s+in\s+(?:[a-z][\w-]*\s+){0,2}[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?\s+[Pp]rovince"
# "Taluqan, Takhar province", "Sar-e-Pul and Kunduz, of their respective provinces": a town (or
# towns) and its province after a comma, one item of a list of such pairs
_PROVINCED_ITEM = (
    r"[A-Z][\w’'-]*(?:[\s-]+[A-Z][\w’'-]*){0,2}(?:(?:,\s+|,?\s+and\s+)[A-Z][\w’'-]*(?:[\s-]+[A-Z][\w’'-]*){0,2}){0,3},\s+"
    r"(?:of\s+(?:their|its)\s+(?:respective\s+)?(?:[a-z]+\s+)?provinces?|(?:[a-z][\w-]*\s+)?[A-Z][\w’'-]*\s+[Pp]rovince)"
)
# "; and Kandahar, the second city, fell": the last item of a list of described items
_LAST_ITEM = r"and\s+[A-Z][\w’'-]*(?:[\s-]+[A-Z][\w’'-]*){0,2}(?=,|\s+[a-z])"
_LIST_SEMICOLON = re.compile(
    r";(?=\s+(?:and\s+)?(?:" + _LIST_ITEM + "|" + _CAPITAL_ITEM + "|" + _LOCATED_ITEM + "|" + _PROVINCED_ITEM + "|" + _BARE_ITEM + r")|\s+" + _LAST_ITEM + ")"
)
_DISTRICT_SEMICOLON = re.compile(r";(?=\s+(?:and\s+)?" + _DISTRICT_ITEM + ")")
_LIST_ITEM_BEFORE = re.compile(
    "(?:" + _LIST_ITEM + r"\s*|(?:" + _CAPITAL_ITEM + "|" + _LOCATED_ITEM + r")[^;:]{0,60}|\b(?:" + _PROVINCED_ITEM + "|" + _BARE_ITEM + r")\s*)$"
)
_DISTRICT_ITEM_BEFORE = re.compile(r"(?:^|[\s,;:])" + _DISTRICT_ITEM + r"\s*$")
_DISTRICT_LAST = re.compile(r"^(?:;\s+" + _DISTRICT_ITEM + r")*;\s+and\s+" + _DISTRICT_ITEM)  # the list ends on "; and Z district"
# "the biggest city of the north after Kabul": a rank measured against a name, no clause
_RANK_AFTER_NAME = re.compile(
    r"[ ,]after\s+(?:[A-Z][\w’'-]*(?:[\s-]+[A-Z][\w’'-]*){0,2}(?:,?\s+and\s+(?=[A-Z]))?){1,2}(?![\w’'-]|\s+[a-z])"
)
# "have fallen after heavy fighting, including X, Y and Z": a verbless phrase of time, then the list
# of what the main verb tells (not "after the Taliban took X, including ...": a clause of its own)
_VERBLESS_WORD = r"(?!(?:\w+ed|took|fell|was|were|had|has|have|is|are|they|it|he|she|we|overran|won|began|came|left|lost|fled)\b)[\w’'-]+"
_PHRASE_BEFORE_LIST = re.compile(
    r"[ ,](?:after|before)\s+(?:" + _VERBLESS_WORD + r"\s+){0,6}?" + _VERBLESS_WORD
    + r",\s+(?:including|among\s+(?:them|those|others)|such\s+as|namely)\b",
    re.IGNORECASE,
)
# "took it back after ten days": a count of days, no clause of its own (its day is the clause's)
_COUNTED_DAYS_AFTER = re.compile(
    r"[ ,]after\s+(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|a\s+couple\s+of|a\s+few|several)\s+(?:days?|weeks?)\b(?![-\w])"
    r"(?!\s+(?:of|in|on|at|under|with|without|since)\b)",
    re.IGNORECASE,
)
_RANK_BEFORE = re.compile(r"\b(?:largest|biggest|most\s+populous|important)\b[^,;.]{0,40}$", re.IGNORECASE)
# "As per the Taliban, X fell" names a source, like "according to": no subordinate clause; nor is
# "X fell, as per the Taliban" a clause of its own, so its source speaks for what the clause told
_AS_PER = re.compile(r"[\s,“”\"]*as\s+per\b", re.IGNORECASE)
# "As in Qaisar, which fell on Monday, ...": a comparison with a place, no clause of its own
_AS_COMPARED = re.compile(r"[\s,“”\"]*[Aa]s\s+(?:in|with)\s+(?:the\s+)?[A-Z]")
# a list of names runs on past its first comma ("After the fall of X, Y and Z in recent days, ..."),
# when nothing but a phrase of time or place follows its last name before the comma: "After the fall
# of X, Y and Z were besieged, ..." is a clause of its own after the first comma
_LISTED_NAME = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}"
_LIST_TAIL = r"(?:in|on|over|during|within|this|last|late|early|earlier|since|provinces?|districts?)"
# a name in apposition stays in the clause: "While the nation's capital, Kabul, is not under threat, ..."
_LEADING_SUBORDINATE = re.compile(
    r"^\s*(?:As(?!\s+per\b|\s+(?:in|with)\s+(?:the\s+)?[A-Z])|While|Although|Though|After|When|Since|If|Because|Despite|Amid)\b"
    # its subject a list of names: "While Herat, Kandahar and Lashkar Gah held out on Wednesday, ..."
    rf"(?:\s+{_LISTED_NAME}\s*,\s*(?:{_LISTED_NAME}\s*,\s*)*{_LISTED_NAME},?\s+and\s+{_LISTED_NAME}(?=\s+[a-z])"
    r"|[^,]*\b(?:capital|city|town|district|province),\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}\s*,"
    r"|[^,]*,\s*(?:the\s+)?(?:provincial\s+)?(?:capital|cent(?:re|er))\s+of\b[^,]*,"  # "After X, capital of Y, fell, ..."
    rf"|\s+{_LISTED_NAME},\s*(?:in\s+(?:north|south|east|west|central)\w*\s+[A-Z]\w*|(?:north|south|east|west)\w*\s+of)\b[^,]*,"  # "After X, in northern Y, fell"
    rf"|[^,]*,\s*(?:{_LISTED_NAME}\s*,\s*)*{_LISTED_NAME},?\s+and\s+{_LISTED_NAME}(?=(?:\s+{_LIST_TAIL}\b[^,]*)?,))?[^,]*,"
)
# people leaving a place ("after fleeing X"): the place gets no event from the flight, so a where-clause after it
# ("after fleeing X, where fighting raged, ...") is the place's own and stays in the clause; any other subordinate clause
# ends at its comma ("as has the capital of Helmand, where foreign forces fought the war's bloodiest battles" keeps that history out of the fall)
_FLIGHT_OPENING = re.compile(r"\s*(?:fleeing|escaping|leaving|running\s+from|fled|escaped|left)\s+")
# a leading preposition of time before its day and no comma (after a dateline too): "Since Friday the Taliban have taken ...": the day alone is fronted
_LEADING_TIME = re.compile(r"^(?:" + DATELINE_HEAD + r"\s*[-–—]\s+)?\s*(?:Since|After|Before|Until)\s+(?:(?:last|early|late|mid)[\s-]+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:the\s+)?weekend|then)(?=\s+(?:the\s+|[A-Z]))")
_LEADING_FLIGHT = re.compile(r"^\s*(?:After|Before|When|While|Since)\b" + _FLIGHT_OPENING.pattern + r"[^,]*,\s*where\b[^,]*,")


#: "but not" before a name it sets aside ("X, but not the city of Y, has fallen"), as pattern text (`gaps` strips the same words)
BUT_NOT_HEAD = r"but\s+not\s+(?:(?:the\s+)?(?:city|town|district)\s+of\s+)?"
_BUT_NOT_NAMED = re.compile(r"[ ,]\s*" + BUT_NOT_HEAD + r"[A-Z]")  # the name set aside inside the clause opens no clause of its own


def clause_spans(sentence: str) -> list[tuple[int, int, bool]]:
    """Return (start, end, subordinate) for each clause of `sentence`."""
    sentence, cuts = forecast_asides.blanked(sentence), [0]  # ", as many had feared," interrupts its clause
    lead = _LEADING_FLIGHT.match(sentence) or _LEADING_TIME.match(sentence) or _LEADING_SUBORDINATE.match(sentence)
    if lead:
        cuts.append(lead.end())
    asides = _aside_dashes(sentence)
    brackets = _bracket_spans(sentence)
    for match in _CLAUSE_BREAK.finditer(sentence.lower()):
        if (match.end() > cuts[-1] and match.start() > 0 and match.start() not in asides and not _word_inside(brackets, match) and not _ranked_after(sentence, match.start()) and not _named_after_colon(sentence, match.start()) and not entry_colons.head_colon(sentence, match.start())
                and not _PHRASE_BEFORE_LIST.match(sentence, match.start()) and not _AS_PER.match(sentence, match.start()) and not _ordered_along(sentence, match.start())
                and not _COUNTED_DAYS_AFTER.match(sentence, match.start()) and not _BUT_NOT_NAMED.match(sentence, match.start()) and not conjunct_openings.sequenced_name(sentence, match.start())):
            cuts.append(match.end())
    cuts.extend([m.end() for pattern in (_COORDINATED_STATE, _COORDINATED_PRESENCE) for m in pattern.finditer(sentence) if m.start() > 0] + named_subject_clauses.named_subject_cuts(sentence) + conjunct_openings.pair_subject_cuts(sentence))
    cuts = sorted(set(cuts))
    spans = []
    for a, b in zip(cuts, cuts[1:] + [len(sentence)]):
        if b <= a:
            continue
        first = sentence[a:b].lstrip(" ,“”\"").split(" ", 1)[0].lower()
        subordinate = (first in _SUBORDINATORS or (first in inverted_conditions.AUXILIARIES and inverted_conditions.opens_inverted_condition(sentence, a))) and not _AS_PER.match(sentence, a) and not _AS_COMPARED.match(sentence, a)
        comma = _subordinate_end(sentence, a + len(first) + 1, b) if subordinate else -1
        if comma > 0:  # "since they launched the offensive in May, the Taliban captured X"
            spans.append((a, comma + 1, True))
            spans.append((comma + 1, b, False))
        else:
            spans.append((a, b, subordinate))
    return spans


# "captured a district on Tuesday: X in Y": the colon only goes on to name the object
_KIND_BEFORE_COLON = re.compile(
    r"\b(?:a|an|another|one\s+more|a\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:district|town|city|capital|crossing|port)(?:\s+(?:(?:late\s+|early\s+)?on\s+\w+day|overnight|yesterday|today))?$",
    re.IGNORECASE,
)


def _named_after_colon(sentence: str, at: int) -> bool:
    """Return True when the colon at `at` follows a single place told by its kind and is followed
    by a name ("took a district on Tuesday: X"): one clause, the name the object's."""
    return (sentence.startswith(":", at) and sentence[at + 1 : at + 3].strip()[:1].isupper()
            and _KIND_BEFORE_COLON.search(sentence, max(0, at - 70), at) is not None)


# "the last town before the Salang pass", "the first district after the bridge": a place in an order
# along a road, no clause ("before the army arrived" has a verb and is one)
_ORDER_BEFORE = re.compile(r"\b(?:last|first|final|next)\s+(?:" + _VERBLESS_WORD + r"\s+){0,2}$", re.IGNORECASE)
_ORDER_POINT_AFTER = re.compile(r"[ ,](?:before|after)\s+(?:" + _VERBLESS_WORD + r"\s+){0,3}?" + _VERBLESS_WORD + r"\s*(?:[,.;)]|$)", re.IGNORECASE)


def _ordered_along(sentence: str, at: int) -> bool:
    """Return True when the break at `at` is "before"/"after" closing a place's order along a way
    ("the last town before the pass,"): a phrase of the clause, not a subordinate clause."""
    return _ORDER_POINT_AFTER.match(sentence, at) is not None and _ORDER_BEFORE.search(sentence, max(0, at - 50), at + 1) is not None


def _ranked_after(sentence: str, at: int) -> bool:
    """Return True when the break at `at` is "after <Name>" closing a rank ("the second largest
    city after Kabul"): a phrase of the clause, not a subordinate clause."""
    return _RANK_AFTER_NAME.match(sentence, at) is not None and _RANK_BEFORE.search(sentence, max(0, at - 60), at) is not None


def ranked_against(sentence: str, start: int) -> bool:
    """Return True when the place at `start` is only what a rank is measured against ("the biggest
    city of the north after Kabul") or a landmark of an order along a way ("the last town before
    the Salang pass"): no event of its own."""
    at = sentence.rfind("after ", max(0, start - 40), start)
    if at > 0 and _ranked_after(sentence, at - 1):
        return True
    at = max(sentence.rfind(" before ", max(0, start - 40), start), sentence.rfind(" after ", max(0, start - 40), start))
    return at >= 0 and _ordered_along(sentence, at)


def list_semicolons_as_commas(text: str, view: str) -> tuple[str, str]:
    """Return `text` and its same-length `view` with a comma for each semicolon that only goes
    before the next item of a list of located districts ("X district in Baghlan province; Awba
    district in Herat; and Z district in Faryab province were taken") or of capitals ("seized X,
    capital of Y province; Herat, capital of Herat province; ...") or of districts named alone
    ("Chimtal district; Charbolak district; and Z district were overrun"): one list, one verb."""
    if ";" not in text:
        return text, view
    cuts = [m.start() for m in _LIST_SEMICOLON.finditer(text) if _LIST_ITEM_BEFORE.search(text, max(0, m.start() - 90), m.start())]
    cuts += [m.start() for m in _DISTRICT_SEMICOLON.finditer(text) if m.start() not in cuts and _DISTRICT_ITEM_BEFORE.search(text, max(0, m.start() - 60), m.start())
             and _DISTRICT_LAST.match(text[m.start() :])]
    for at in cuts:
        text, view = text[:at] + "," + text[at + 1 :], view[:at] + "," + view[at + 1 :]
    return text, view


def _aside_dashes(sentence: str) -> set[int]:
    """Return where the dashes stand that bracket an aside in pairs: the aside belongs to the
    clause around it, so neither dash starts a clause."""
    found: set[int] = set()
    if "-" not in sentence and "—" not in sentence and "–" not in sentence:
        return found  # no dash to pair (most sentences)
    dashes = [m.start() for m in _DASH.finditer(sentence) if not _dateline_dash(sentence, m)]
    for a, b in zip(dashes, dashes[1:]):
        same = sentence[a + 1] == sentence[b + 1]
        reach = _LIST_ASIDE_REACH if _PLURAL_HEAD_BEFORE.search(sentence, max(0, a - 30), a) else _ASIDE_REACH
        if same and a not in found and b - a <= reach and not any(c in sentence[a:b] for c in ";:"):
            found.update((a, b))
    return found


def _bracket_spans(sentence: str) -> list[tuple[int, int]]:
    """Return the spans of the short bracketed asides of `sentence` ("The Taliban (recognised as a
    terrorist group in Russia) took X"): a word of subordination inside one opens no clause."""
    if "(" not in sentence:
        return []
    return [m.span() for m in _BRACKET.finditer(sentence)]


def _word_inside(spans: list[tuple[int, int]], match: re.Match) -> bool:
    """Return True when the clause break `match` is a word ("as", "when") strictly inside one of
    `spans`; a dash or a semicolon there still cuts ("KABUL (Newsdesk / Agency - 10th August)")."""
    return match.group() not in ";:" and len(match.group()) == 1 and any(a < match.start() < b for a, b in spans)


def _dateline_dash(sentence: str, dash: re.Match) -> bool:
    """Return True when `dash` closes a dateline ("KABUL — The Taliban ..."): capitalised words
    only before it and a capital after it; "Herat — the third-largest city — fell" opens an aside."""
    after = sentence[dash.end() : dash.end() + 1]
    return _DATELINE_HEAD.match(sentence, 0, dash.start()) is not None and not after.islower()


def _subordinate_end(sentence: str, start: int, end: int) -> int:
    """Return the comma that ends a subordinate clause in [start, end) (not one inside a list of
    names: "while Herat, Kandahar and Lashkar Gah held out"), or -1."""
    comma = sentence.find(", ", start, end)
    while comma >= 0 and sentence[comma - 1 : comma].isalpha():
        if _LIST_AFTER_COMMA.match(sentence, comma + 2, end):
            after = sentence.find(", ", comma + 2, end)
            named = after >= 0 and _KIND_BEFORE_NAME.search(sentence, max(0, comma - 30), comma) and _ONE_NAME.fullmatch(sentence, comma + 2, after)
            comma = sentence.find(", ", after + 2, end) if named else after  # "when the capital, Kabul, fell": the name's commas close no clause
        elif _KIND_BEFORE_NAME.search(sentence, max(0, comma - 30), comma) and _LAST_NAME.fullmatch(sentence, comma + 2, end):
            comma = -1  # "after seizing its capital, Taloqan.": the name the clause ends with
        elif ((apposed := _APPOSITIVE.match(sentence, comma + 2, end)) and not _FIGHT_BEFORE.search(sentence, max(0, comma - 20), comma)) or (apposed := subject_asides.located_subject_aside(sentence, start, comma, end)):
            comma = sentence.find(", ", apposed.end(), end)  # "as Herat, the third-largest city, fell"
        elif sentence.startswith("which ", comma + 2) and _NAMED_SUBJECT_BEFORE.search(sentence, max(0, comma - 50), comma):
            comma = sentence.find(", ", comma + 2, end)  # the relative's own commas close no clause
        elif sentence.startswith("where ", comma + 2) and _FLIGHT_OPENING.match(sentence, start - 1):  # "after fleeing X, where fighting raged"
            comma = sentence.find(", ", comma + 2, end)
        elif _INCLUSION_AFTER_COMMA.match(sentence, comma + 2, end):
            comma = _comma_past_names(sentence, comma + 2, end)
        else:
            break
    return comma


def _comma_past_names(sentence: str, start: int, end: int) -> int:
    """Return the first ", " in [start, end) that a lower-case word follows (a list of names runs
    past the others), or -1."""
    comma = sentence.find(", ", start, end)
    while comma >= 0 and sentence[comma + 2 : comma + 3].isupper():
        comma = sentence.find(", ", comma + 2, end)
    return comma


def clause_of(clauses: list[tuple[int, int, bool]], position: int) -> tuple[int, int, bool]:
    """Return the clause holding `position`."""
    i = bisect.bisect_right(clauses, (position, float("inf"), True)) - 1
    return clauses[i] if 0 <= i and position < clauses[i][1] else clauses[-1]


# Gapping: "X fell on Tuesday, Y on Wednesday, and (finally) Z and W on Thursday", "took X yesterday
# and Y the day before". A later conjunct keeps only its names and its own day; the verb is the one before,
# the day is its own.
_NAME = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"  # words split by spaces only: no two ways to read a name
_DAY_WORDS = rf"(?i:{gapped_days.WEEKDAYS}|{gapped_days.MONTHS}|\d{{1,2}}|day|night|morning|afternoon|evening|later|earlier|yesterday|today|overnight|before|week|weekend)"
_GAPPED_BEFORE = re.compile(rf"\b{_DAY_WORDS}(?P<sep>(?:\s*[,;]\s+(?:and\s+)?|\s+and\s+)(?:(?:then|finally|lastly|eventually)\s+)?)(?:{_NAME}(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$")
_GAPPED_AFTER = gapped_days.GAPPED_AFTER  # the names, maybe what they are, and the day of the conjunct


def day_follows(sentence: str, at: int) -> bool:
    """Return True when a gapped conjunct's day comes at sentence[at:] (" on July 16", "a day
    later"), more names of the conjunct allowed before it."""
    return _GAPPED_AFTER.match(sentence, at) is not None


def gapped_conjunct_start(sentence: str, start: int, end: int) -> int | None:
    """Return where the gapped conjunct holding the place at [start, end) begins ("..., Faizabad
    on Wednesday": the verb before is the place's, its day its own), or None when the place has a
    verb of its own or no day after it."""
    if _GAPPED_AFTER.match(sentence, end) is None:
        return None
    head = _GAPPED_BEFORE.search(sentence, max(0, start - 120), start)
    if head is None:
        return None
    return head.end("sep")
