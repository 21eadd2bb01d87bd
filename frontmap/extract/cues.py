"""Cues: negation, denial, modality and attribution around a control trigger.

- Negation: "did not fall", "failed to capture", "no fighting" (a few words before the trigger).
- Denial scope: "denied that X had fallen", "rejected claims that", "no truth to reports" (a
  denial anywhere earlier in the trigger's clause).
- Modality: plans, threats and hypotheses ("plan to capture", "vowed to take", "could fall", "in
  danger of falling", "set their sights on X", "threatening X"), an "if" clause, a question.
- Attribution: a capture only the Taliban report ("the Taliban said", "a Taliban spokesman",
  "Zabihullah Mujahid", "according to the group", "claimed", "could not be verified") is a claim,
  unless an official or independent source in the sentence confirms or states it.

Every cue of a sentence is found in one scan of its view (`SentenceCues`); the questions asked per
place look only at a bounded window or bisect those positions, so a long sentence stays linear.
"""

from __future__ import annotations

import bisect
import re

from frontmap.extract import achieved_modals, aside_modals, caused_infinitives, contrasted_claims, edge_arrivals, feared_falls, forecast_asides, negotiated_handovers, open_possibilities, own_statements, parted_agents, planned_attacks, propaganda_causes, quoted_speakers, self_names, shared_aims, upheld_claims
from frontmap.extract.compared_outcomes import compared_or_imagined
from frontmap.extract.official_claims import admitted_by_official, echoed_claim
from frontmap.extract.claim_speakers import CONFIRM, confirmed_by_taliban, interleaved_claims, says_nothing
from frontmap.extract.confirmations import backings, witnessed_holds
from frontmap.extract.denials import DENIED_BY_SOURCE, FALSE_WORDS, averted_after, denying
from frontmap.extract.literal_gates import GatedPattern
from frontmap.extract.memo import once
from frontmap.extract.near_misses import NEAR_MISS_BEFORE as _NEAR_MISS_BEFORE, near_miss_negates
from frontmap.extract.negative_subjects import negative_subject
from frontmap.extract.open_questions import open_question
from frontmap.extract.relayed_claims import TALIBAN_TELLING, only_through_the_taliban
from frontmap.extract.speaker_asides import asides_blanked
from frontmap.extract.speaker_clauses import opens_with_participle
from frontmap.extract.taliban_subjects import taliban_subject
from frontmap.extract.withheld_confirmations import undecided_denial, withheld

_NEGATION_BEFORE = re.compile(
    r"(?: (?:neither|nor) +(?:\w+ +){1,3}(?=(?:has|have|had|was|were|is|are) )"
    r"| (?:not|neither|cannot|\w*n t|never|no +longer|no|without|failed +to|fail +to|unable +to|yet +to|den(?:y|ied|ies)|incapable +of|in +no +position +to"
    r"|(?:not|\w*n t|never)(?: +(?:yet|be|been|so +far|\w+ly))* +(?:able|strong +enough|in +a +position) +to"  # "are not able to take X", "will never be able to take X"
    r"|spared(?: +(?:from|by))?|free +(?:of|from)|untouched +by) +)"  # "has so far been spared the fighting", "spared by the fighting"
    # "no taliban fighters have entered X": the subject the "no" counts stands between
    r"(?:(?:yet|been|be|have|has|had|so|far|fully|completely|entirely|really|the|a|an|in|taliban|insurgent|militant|government|\w+ly|confirm(?:ed)?|verif(?:y|ied)"
    r"|new|fresh|further|renewed|reach(?:ed)?|come"  # "no new attack on X", "no further fighting in X", "had not reached the outskirts of X", "has not come under attack"
    r"|fighters|insurgents|militants|forces|troops|soldiers"
    r"|launch(?:ed)?|mount(?:ed)?|beg[iau]n|start(?:ed)?|stag(?:e|ed)|made|make|any|s) +){0,4}$"  # "did not launch an offensive to retake X"
)
_INTENT_BEFORE = re.compile(
    # "asked them to help the army retake X", "to send troops and support the police reclaim X": an aim
    r" (?:(?:to(?<!able to)(?<!managed to)|and) +(?:help|support|assist)(?: +(?!to\b)[\w'’]+){1,4}(?= +$)"
    r"|to(?: +(?:launch|mount|stage|carry +out|begin|start|step +up|intensify|resume|lead|direct|plan)"
    r"(?: +(?:a|an|the|its|their|fresh|new|major|big|final|joint|military|counter|full +scale|large +scale|all +out))*)?"
    r"|(?:will|would|could|might|may(?<!in may)(?<!since may)(?<!early may)(?<!late may)(?<!mid may)(?<!of may)(?<!until may)(?<!from may)(?<!last may)(?<!\d may)|can|shall|must|should)"
    r"(?: +not)?(?: +(?!the\b|a\b)[a-z]+){0,2}"  # "in May", "since May": the month, not the modal
    r"|(?:will|would|could|might) +(?!not\b)[a-z]+(?: +\w+ly)? +with"  # "would collapse completely with the loss of X": what goes with a foreseen end
    r"|(?:focus(?:ed|ing)?|bent|intent|insist(?:ed)?|plans?|planning|aim(?:ed|ing|s)?|bid|attempts?|threat(?:en(?:ed|s)?)?|goals?|objectives?|intentions?|ambitions?)"
    r" +(?:on|at|for|of|to)"
    r"|(?:danger|risk|verge|brink|cusp|prospect|possibility|likelihood|chances?|fears?|threat|talk) +of|brac(?:e|es|ed|ing) +for"
    # "talks with the Taliban on a handover of X", "in talks with the governor over handing the city over": a topic, not done
    r"|(?:talks|negotiations?|discussions?)(?: +(?!over\b|on\b|about\b)[\w'’]+){0,5} +(?:over|on|about)"
    r"|(?:fears?|feared|concerns?|concerned|worr(?:y|ies|ied)|anxious|anxiety|speculation|warn(?:s|ed|ing)?) +about"
    r"|(?:likely|unlikely|expected?|expects|set|due|poised|about|bound|certain|sure|feared|predicted|tipped)(?: +(?!to\b)[a-z]+){0,3}? +to +be|(?:was|were|is|are) +to +be" r"|(?:wants?|wanted|wish(?:es|ed)?|would +like|prefer(?:s|red)?)(?: +(?!to\b)[a-z]+){1,5}? +to +be|(?:wants?|wish(?:es)?)(?: +(?!to\b)[a-z]+){1,5}?"
    r"|fearing|wary +of|or +(?:else +)?fac(?:e|ing)(?: +an?| +the)?(?: +(?:all[ -]+out|full[ -]+scale))?"  # "expected X to be lost"; "X was to be handed over", arranged; "fearing a spillover": feared, not fought; "surrender or face an all-out attack"; "want the city to be handed over": a wish
    r"|warn(?:s|ed|ing)?(?: +(?!against\b)[a-z]+){0,3} +against"  # "warned the insurgents against entering X": a threat, no event
    r"|prevent(?:s|ed|ing)?|avert(?:s|ed|ing)?|forestall(?:s|ed|ing)?|stav(?:e|es|ed|ing) +off|head(?:s|ed|ing)? +off"
    r"|(?:plans?|aims?|intends?|wants?|tries|tried|trying|seeks?|sought|hopes?|hoped|vow(?:s|ed|ing)?|threaten(?:s|ed|ing)?|predict(?:s|ed|ing)?|foresees?|foresaw"
    r"|prepar(?:es|ed|ing)(?: +for)?|decided|(?:priority|goal|aim|objective|target|intention|ambition|mission) +(?:is|was|remains|will +be|would +be)(?: +to)?|order(?:ed)?|poised|about +to|likely|expected|set|ready|moving|looking"
    r"|aiming|seeking|going|planning|hoping)) +(?:(?:\w+ly|an?|the|its?|their|taliban|insurgent|militant|new|fresh|major|falling|coming|slipping"
    r"|strong|stiff|tough|fierce|real|serious|good"  # "would put up a strong fight"
    r"|large|scale|wide|broad|big|massive|joint|military|full|general|counter) +){0,4}"  # "planning a large-scale counter-offensive"
    r"(?:(?:spill +over|spillover|overflow|spread) +of +(?:the +)?)?$"  # "worried about an overflow of fighting"
)
# "forced to withdraw", "had to abandon": the infinitive is a fact
# "an imminent attack on X", "a feared assault": fighting expected; "avert a Kabul attack" (a headline's
# "avert Kabul attack"): averted, the place named as the noun's modifier; a place spared fighting
_UNREAL_BEFORE = re.compile(
    r" (?:imminent|looming|possible|potential|expected|planned|feared|anticipated|impending|future|any"
    r"|(?:prevent|avert|forestall)(?:s|ed|ing)?(?: +an?| +the)? +[a-z'’-]+|(?:stav(?:e|es|ed|ing)|head(?:s|ed|ing)?) +off(?: +an?| +the)? +[a-z'’-]+"
    # "would probably save Kabul from any kind of attack", "to spare the city (from) a battle": a hope
    r"|(?:would|could|might|will|can|to)(?: +(?:probably|possibly|help|only|also))? +(?:sav|spar)(?:e|es|ing)"
    r" +(?:[a-z'’-]+ +){1,3}?(?:from(?: +(?:any|an?|the|further|more))?|an?|further|more|any)(?: +(?:type|kind|sort|form)s? +of)?"
    r"|(?<!day )(?<!end )(?<!week )(?<!night )(?<!morning )(?<!evening )(?<!month )(?:see|sees|foresees?|predicts?|expects?) +(?!(?:the +)?(?:taliban|insurgents|militants|fighters|gunmen|troops|forces|soldiers)\b)(?:[a-z'’-]+ +){0,2}[a-z'’-]+"  # "analysts see X surrounded" (not "the weekend saw X attacked")
    r"|(?:fear(?:s|ed|ing)?|expect(?:s|ing)?|warn(?:s|ed|ing)? +of|brac(?:e|es|ed|ing) +for|pav(?:e|es|ing) +the +way +for|open(?:s|ing)? +(?:up +)?the +way +(?:for|to))(?: +an?| +the)?) +(?:(?:taliban|insurgent|militant|major|large|full|fresh|final|renewed|negotiated|eventual|peaceful|orderly|heavy|fierce|coordinated|new|more|further) +)?$")
# "an attack on X was imminent", "an assault is expected"
_UNREAL_AFTER = re.compile(
    r"(?: +(?:on|in|against|near) +(?:the +)?(?:\w+ +){0,3}?| +)(?:was|is|were|are|seemed|seems|appeared|appears|looked|looks) +"
    r"(?:(?:now|still|increasingly|very|highly|only|just) +){0,2}(?:imminent|expected|likely|feared|possible|planned|looming|inevitable"
    r"|(?:a +)?matter +of +(?:time|days|hours)|(?:days|hours|weeks) +away)\b| +(?:planned|feared|looms|looming|imminent)\b"  # a headline's "X offensive planned"
)
# "the fall of X appeared imminent", "the capture of X seems only a matter of time": the place, then
# a copula and a word of the future (no punctuation between: "the fall of X, which was expected")
_FORESEEN_AFTER = re.compile(
    r" +(?:the +)?(?:(?!which\b|that\b|who\b)\w+ ){0,4}?(?:(?:by|to) (?:the )?\w+ )?(?:was|is|seemed|seems|appeared|appears|looked|looks"
    r"|(?:said|thought|believed|seen) +to +be) +"
    r"(?:(?:now|still|increasingly|very|highly|only|just) +){0,2}(?:imminent|likely|looming|(?:a +)?matter +of +(?:time|days|hours)"
    r"|(?:days|hours|weeks) +away)\b"
)
_FALSE_AFTER = re.compile(
    r"[^;]{0,70}? (?:was|were|is|are|been|be) +(?:\w+ly +|all +|simply +)?(?:" + FALSE_WORDS + "|" + DENIED_BY_SOURCE + ")"
)
# "have regularly clashed in X", "often attacked X": a habit, not an event
_HABITUAL_BEFORE = re.compile(r" (?:regularly|often|frequently|routinely|traditionally|historically|habitually) +(?:been +|be +)?$")
# "claims to hold X": the claim is the cue, the infinitive what is claimed; "began to enter X": a fact told
# in its start (past forms only: "will start to attack X" is still a plan)
_FACT_INFINITIVE = re.compile(
    r"(?:(?<!aim)(?<!goal)(?<!objective)(?<!target)(?<!intention)(?<!ambition)(?<!mission)(?<!priority)"  # "their aim was to take X": a goal; "retook X, only to lose it": a fact
    r" (?:forced|compelled|obliged|made|had|has|have|was|were|managed|able|began|begun|started|continued|went +on|gone +on|proceeded)|(?<!not) +only| claim(?:s|ed|ing)?(?: +(?:on|late|early|last|also|now|yesterday|today|\w+day|\w+ly)){0,3}| (?:took|needed)(?: +[a-z]+){0,6}? +(?:minutes?|hours?|days?|weeks?|while)) +to +(?:\w+ly +)?$"
)
# "the latest (biggest, 10th) city to fall": a fact; "the largest city still (yet) to fall": none
_UNFALLEN = r"(?!(?:still|yet|not|never|left|remaining|likely|expected|set|due|poised|about|next|tipped)\b)"
# (a partitive: "the latest of Kandahar's districts to fall", "the eighth of the province's 17 districts to fall"; "the fourth district of Zabul province to fall")
_FACT_TO_FALL = re.compile(rf"\b(?:latest|last|only|\w{{3,}}est|most\s+{_UNFALLEN}\w+|first|second|third|fourth|fifth|\w+th|\d+(?:st|nd|rd|th))"
                           rf"\s+(?:of\s+(?:the\s+)?(?:\w+\s+s\s+|\w+\s+)?(?:\d+\s+)?)?(?:{_UNFALLEN}\w+\s+){{0,4}}to\s+(?:fall|go|slip)\b")  # not "still to fall"
# "X would be the largest city to fall", "could become the third capital to fall", "will be the biggest city to be taken": foreseen
_FORESEEN_RANK = re.compile(
    r" (?:would|could|will|might|may|shall)(?: +not)?(?: +\w+ly)? +(?:be|become|mark) +(?:the +|its +|their +)?(?:[\w-]+ +){1,4}?to +(?:(?:be|come) +(?:\w+ly +)?)?$"
    # "X would be the fourth capital lost this week": a rank told with the participle
    r"| (?:would|could|will|might|may|shall)(?: +not)?(?: +\w+ly)? +(?:be|become) +(?:the +|its +|their +)(?:\w+ +){0,2}?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|next|last|latest|biggest|largest) +(?:[\w-]+ +){1,3}?$"
)  # and "could be the next to come under attack": the attack is foreseen
# "are within hours of overrunning X", "appear days away from seizing X": near, not yet done (a fronted
# "Within hours of capturing X, they ..." tells a fact: a copula or "now" must come first)
_NEAR_BEFORE = re.compile(
    r" (?:is|are|was|were|be|been|now|appears?|appeared|seems?|seemed|looks?|looked|edg(?:e|es|ed|ing))(?: +\w+ly| +now| +still| +only| +just)*"
    r" +(?:within +(?:a +|an +|\w+ +)?(?:few +)?(?:days|hours|weeks|day|hour|week)|(?:a +few +|\w+ +)?(?:days|hours|weeks) +away) +(?:of|from) +$"
)
_MODAL_AFTER = re.compile(r"(?:(?! +(?:which|where|who)\b| +(?:was|were) +an? +(?!(?:[a-z-]+ +){0,2}?(?:scenario|possibility|prospect|risk|danger|matter|question)\b)(?:[a-z-]+ +){1,3}?(?:that|which)\b)[^,;]){0,60}?\b(?:would|might|may|will|(?:could|can)" + aside_modals.NOT_HEARD + r")\b")  # (not into ", which could fall"; not "could be heard"; not "was a blow that could have been averted": the predicate noun's)
# the place as a goal: "set their sights on X", "threatening X", "the next target, X" (not "kept up their advance on
# Saturday, invading X": a day after "on"; nor "advances on the outskirts of X": fighting at its edge)
_GOAL_BEFORE_PLACE = re.compile(
    r" (?:sights? +(?:set +)?on|eyes? +(?:set +)?on|next +(?:big +)?(?:targets?|prize|objective)|threaten(?:ing|s|ed)?"
    r"|threat +to|(?:march(?:ing)?|advanc(?:e|es|ed|ing)) +on(?! +the +(?:\w+ +)?(?:outskirts|edges?|fringes?|gates) +of\b)|bearing +down +on|move +on|push +(?:toward|towards)|heading +(?:for|toward|towards)"
    r"|(?:gradually|slowly|steadily|just +about|almost|nearly) +(?:encircl|surround)\w*"  # "gradually (just about) encircling X": not yet a siege
    r"|(?:try(?:ing)?|tries|tried|seek(?:s|ing)?|aim(?:s|ing)?|attempt(?:s|ing)?|wants?|work(?:s|ing)?) +to +isolate"  # "trying to isolate X": an aim, no fight in X
    r") +(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|overnight)\b)(?:the +)?(?:\w+ +){0,3}$"
    r"| (?:put|putting|pil(?:e|ed|ing)|increas(?:e|ed|ing)|ramp(?:ed|ing)? +up|step(?:ped|ping)? +up|kept|keep(?:ing)?|exert(?:ed|ing)?)"
    r" +(?:up +)?(?:the +)?(?:\w+ +)?pressure +on +(?:\w+ +){0,10}$"  # "put pressure on several capitals, including X in the west and Y"
)
# the armed sides of the war and their men: a subject with one of them is no civilian one
ARMED_SIDE = re.compile(
    r"\b(?:taliban|fighters|insurgents|militants|forces|troops|soldiers|army|police|military|armou?red|commandos"
    r"|gunmen|militia\w*|humvees)\b"
)
_PEOPLE_TARGETED = re.compile(
    r" +(?:and +(?:killed|shot|wounded|injured|abducted|kidnapped) +)?(?:(?:against|on|targeting) +)?(?:the +|an? +)?(?:\w+ +){0,2}?"
    r"(?:(?:officials|civilians|journalists|activists|judges|clerics|elders"
    r"|women|workers|staff|leaders|politicians|figures|critics|reporters|crowds?|people|worshippers|mourners|passengers"
    r"|evacuees|students|shoppers|guests)\b"
    # one person ("ambushed and killed the director of the media centre"), not the seat they work in
    r"|(?:official|director|journalist|activist|judge|cleric|politician|lawmaker|presenter|reporter|doctor|prosecutor"
    r"|governor|minister|commander|chief|head(?= +of\b))\b"
    r"(?!['’]s\b| +(?:office|compound|headquarters|house|residence|building|post)s?\b))",
    re.IGNORECASE,
)
_DENIAL = re.compile(
    r" (?:den(?:y|ied|ies|ying|ial)|reject(?:ed|s|ing)?|dismiss(?:ed|es|ing)?|refut(?:ed|es|ing)?|brush(?:ed|es|ing)? +off|no +truth|untrue|(?:disput(?:e|ed|es|ing)|contest(?:ed|s|ing)?|contradict(?:ed|s|ing)?|counter(?:ed|s|ing)?)(?= +(?:the +|these +|those +)?(?:claims?|reports?|accounts?|assertions?)\b)"  # "disputed the claim", "contradicting reports that"
    r"|not +true|baseless|unfounded|false|incorrect|propaganda|(?:(?:does|did|do|would) +not|(?:doesn|didn|don) +t) +mean"  # "it did not mean the city had fallen"
    r"|spread(?:s|ing)? +(?:false +|fake +)?(?:rumou?rs|lies|disinformation))\b"  # "the enemy has spread rumours that they took X"
)
# "denied X had fallen but acknowledged Y was lost": what the speaker grants after the denial is no part of it
_ADMISSION = re.compile(r" (?:admit(?:s|ted|ting)?|acknowledg(?:e|es|ed|ing)|conced(?:e|es|ed|ing)|confirm(?:s|ed|ing)?)\b")
# "nearly fell", "almost overran": it did not happen (and is no denial either)
# "has not fallen", "did not withdraw", "is still not in the Taliban's hands": a completed event or a hold said not to be so (not "failed to")
_NOT_BEFORE = re.compile(r"(?: (?:neither|nor) +(?:\w+ +){1,3}(?=(?:has|have|had|was|were|is|are) )| (?:not|\w*n t|never|no +longer) +)(?:(?:yet|been|be|have|has|had|so|far|the|a|an|in|taliban|s|government|\w+ly) +){0,4}$")
# "the group", "the armed group": the Taliban; "an aid group", "a rights group" are other sources, reporting
# the words before it looked at only where "group" stands (a look-behind first was tried at every space of the scan)
_THE_GROUP = "group(?:" + "|".join(f"(?<={w} group)" for w in "the taliban armed militant insurgent islamist rebel extremist hardline jihadist radical".split()) + ")"
_CLAIM = re.compile(
    r" (?:claim(?:s|ed|ing)?(?! +(?:the +lives|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|more) +(?:\w+ +){0,2}(?:capitals|cities|districts|provinces|towns|lives)))"  # "an offensive that has claimed five capitals": taken
    r"|purport(?:s|ed|edly)?|unverified|unconfirmed|rumou?rs?|assertions? +that|(?:could|can|cannot) +(?:not +)?(?:be +)?(?:independently +)?(?:verif|confirm)\w*"
    r"|no +(?:independent +|official +|immediate +)?(?:confirmation|verification)|no +(?:immediate +|official +)?(?:word|comment) +from"
    r"|(?:(?:would|did|does|do|will|has|have|had|was|were) +not|(?:hasn|haven|didn|wouldn|won) +t|declined +to|refused +to|unable +to|neither)"
    r" +(?:(?:yet|immediately|independently) +)?(?:confirm(?:ed)?|verif(?:y|ied))(?: +n?or +den(?:y|ied))?(?= +(?:that|whether|if|it|this|(?:the +)?(?:reports?|claims?)(?! +(?:of|about|on) +(?!(?:the +|its +)?(?:fall|capture|seizure|loss|takeover)))"
    r"|the +(?:fall|capture|loss|seizure|takeover|news))\b|  | *$)"
    r"|(?:according +to|as +per(?: +(?:the +)?(?:account|accounts|word|statement) +of)?) +(?:the +)?(?:taliban|group|insurgents|militants|movement)|(?:taliban(?: +fighters)?|talibs|" + _THE_GROUP + r"|insurgents|militants) +(?:(?:on +|late +|early +)?(?:mon|tues|wednes|thurs|fri|satur|sun)day +)?(?:had +|have +|has +)?(?:also +)?(?:say|said|says|announc(?:e|ed|es)|declar(?:e|ed|es)|tweet(?:ed|s)?|post(?:ed|s)?)|" + TALIBAN_TELLING + r""
    r"|taliban +(?:spokes(?:m[ae]n|persons?|people)|statements?|sources?|officials?|commanders?(?! +and +(?:\w+ +){0,3}?(?:fighters|men|gunmen)\b| +(?:had +)?(?:took|seized|captured|entered|overran|stormed)\b)|insiders?)|shadow +(?:\w+ +)?(?:governors?|police +chiefs?)|spokes(?:m[ae]n|persons?|people) +for +the +(?:taliban|group|insurgents|militants|movement)"
    # a leader of the group speaking ("a Taliban leader said", "an insurgent commander told"); not the
    # group's leader named as someone's ("the home district of Taliban leader Hibatullah Akhundzada")
    r"|(?:taliban|insurgent|militant) +(?:leaders?|commanders?|spokes(?:m[ae]n|persons?)) +(?:\w+ +){0,2}?(?:said|says|told|claimed|claims|called|described)"
    r"|(?:taliban|" + _THE_GROUP + r"|insurgents?|militants?|movement)(?: +s)? +(?:(?:own|official|main|media|propaganda|\w+ +of +\w+|(?!(?:a|an|the|his|her|one|another)\b)\w+) +)?(?:spokes(?:man|person|woman|men|people)|statements?"
    r"|website|site|channel|accounts?|mouthpiece|outlet|publication|magazine|media +(?:wing|arm|office|commission))|al +emarah|alemarah|voice +of +jihad"
    r"|(?:sources?|people|figures?|accounts?|commanders?|officials?) +(?:close +to|linked +to|affiliated +with|aligned +with|loyal +to) +the +(?:taliban|group|insurgents|militants)|(?:statement|message|video|post|tweet)s? +(?:\w+ +){0,2}(?:by|from) +the +(?:taliban|group|insurgents|militants|movement)|(?:head|chief|deputy|member|leader|director)s? +of +the +(?:taliban|movement)(?: +s)? +(?:\w+ +){0,2}(?:commission|council|committee|shura|delegation|office|team)"
    r"|social +media|taliban +(?:linked|affiliated)|(?:taliban|insurgents|militants) saying|(?:zabih?ullah|zabiullah|according +to) +mujahid|mujahid +(?:(?:also|later|further|then) +)?(?:said|says|told|wrote|tweeted|claimed|added|posted|confirm(?:ed|s)?)"
    r"|(?:yousuf|yousaf|yusuf|yusof) +ahmadi|suhail +shaheen|bilal +karimi|(?<=said )(?:[a-z]+ +){1,8}?(?:had +)?told +(?:them|him|her)\b"  # hearsay: "said family members had told them"
    # the tag after a comma, its verb first: "X fell, said the Taliban in a statement" (not "officials
    # said the Taliban took X": no comma before the verb, and a clause after the group)
    r"|(?<=  )(?:said|says|say|claimed|claims|claim|announced|tweeted|posted|declared|stated|wrote|added) +(?:the +)?(?:taliban|insurgents|militants)"
    r"(?! +(?:had|have|has|would|will|were|was|are|is|captured|seized|took|overran|entered|attacked|stormed|fighters|forces)\b)"
    # the group speaking in a relative clause after its name: "captured by the Taliban, who said they had also taken X"
    r"|(?:(?<=taliban  )|(?<=taliban )|(?<=the group  )|(?<=the group )|(?<=armed group  )|(?<=militant group  )|(?<=insurgent group  )|(?<=insurgents  )"
    r"|(?<=militants  ))(?:who|which) +(?:(?:had|have|has) +)?(?:also +|later +)?(?:said|says|announced|declared|tweeted|posted|stated)"
    r"|islamic +emirate(?!(?: +of +afghanistan)?(?: +s)? +(?:\w+ +)?(?:forces|fighters|troops|soldiers|men|units)\b)|" + self_names.MUJAHIDEEN + r")\b"  # its men are no source; its own word for them is its voice
)
# an explicit doubt: a claim, or a confirmation withheld ("officials would not confirm that X had fallen", "no confirmation")
_EXPLICIT_CLAIM = re.compile(
    r" (?:claim|purport|unverified|unconfirmed|rumou?r|could +not|can +not|cannot|no +|(?:would|did|does|do|will|has|have|had|was|were) +not"
    r"|(?:hasn|haven|didn|wouldn|won) +t|declined|refused|unable)"
)
_SOURCE = re.compile(  # not "the group's official website"
    r" (?:officials?(?! +(?:website|site|account|channel|twitter|media|figures|data|tally|statement|mouthpiece)\b)|authorities|governor|ministry|police +(?:chief|spokes(?:man|person)|said)|provincial +council|lawmakers?"
    r"|parliamentarians?|councill?ors?|council +members?|mps?|security +sources?|local +sources?|(?:a|one|two) +sources?|residents|army +corps|corps +commander"
    r"|spokes(?:man|person|woman) +for +the +(?:ministry|governor|police|army|province))\b"
    r"(?! +(?:close +to|linked +to|affiliated +with|aligned +with|loyal +to) +the +(?:taliban|group|insurgents|militants)\b)"  # the group's own
)
_AND_TALIBAN = re.compile(r" (?:afghan|government|provincial|local|security|district|police) +(?:and|as +well +as) +taliban$")
_WITHOUT_FIGHT = re.compile(
    r" (?:without +(?:(?:meet|encounter|fac|hitt)ing +)?(?:a +|any +)?(?:fight|fighting|resistance|bloodshed|clashes|firing +a +(?:single +)?shot|a +shot)"
    r"|with +(?:barely|hardly|scarcely) +a +(?:fight|shot +fired)|without +much +of +a +fight"
    r"|unopposed|peacefully|no +resistance|with +the +(?:consent|agreement|blessing|permission) +of|under +a +deal +with"  # "entered X with the consent of the governor"
    r"|(?:meet|meets|meeting|met|fac(?:e|es|ed|ing)|encounter(?:s|ed|ing)?|with|amid) +(?:only +)?(?:little|no|minimal|scant|token|light"
    r"|hardly +any|barely +any|almost +no|virtually +no) +(?:resistance|opposition))\b"
)


class SentenceCues:
    """The denial, attribution and manner cues of one sentence, each found once when first asked."""

    def __init__(self, view: str, sentence: str = ""):
        self._padded, self._sentence = " " + view, sentence if len(sentence) == len(view) else ""
        # "The Taliban (banned in Russia) said ...": the speaker's verb read past the aside
        self._unasided = " " + asides_blanked(sentence, view) if sentence else self._padded

    @once
    def _denials(self) -> list[int]:
        padded = self._padded  # "did not deny that X had fallen" confirms it
        return [m.start() for m in _DENIAL.finditer(padded) if not _negated_at(padded, m.start()) and not undecided_denial(padded, m.start()) and not propaganda_causes.propaganda_as_cause(padded, m.start())]

    @once
    def _claims(self) -> list[tuple[int, bool]]:
        padded = self._padded
        found = [(m.start(), bool(_EXPLICIT_CLAIM.match(padded, m.start()))) for m in _CLAIM.finditer(padded)
                 if not admitted_by_official(padded, m.start()) and not echoed_claim(padded, m.start()) and not upheld_claims.upheld(padded, m.start()) and not parted_agents.comma_parted(self._sentence, m.start(), m.end())]
        return sorted(found + [(start, False) for start in interleaved_claims(self._unasided) if not parted_agents.inverted_tag(self._sentence, start)] + [(start, True) for start in quoted_speakers.quoted_claims(padded)])

    @once
    def _claim_starts(self) -> list[int]:
        return [a for a, _ in self._claims]

    @once
    def _sources(self) -> list[int]:
        padded = self._padded
        return [m.start() for m in _SOURCE.finditer(padded)
                if not _taliban_owned(padded, m.start()) and not denying(padded, m.end()) and not says_nothing(padded, m.end())]

    @once
    def _confirms(self) -> list[int]:
        padded = self._padded
        # "could not be reached to confirm it", "declined to confirm": an infinitive confirms nothing
        return [m.start() for m in CONFIRM.finditer(padded)
                if not _negated_at(padded, m.start()) and not padded.endswith(" to", 0, m.start()) and not confirmed_by_taliban(padded, m.start())] + backings(padded) + witnessed_holds(padded)

    @once
    def _calm(self) -> list[int]:
        return [m.start() for m in _WITHOUT_FIGHT.finditer(self._padded)]

    def denied(self, clause_start: int, position: int) -> bool:
        """Return True when a denial earlier in the clause covers `position`: one that no
        admission after it ("deny X lost, admit Y fell") stops short of it."""
        i = bisect.bisect_left(self._denials, clause_start)
        j = bisect.bisect_left(self._denials, position)
        return any(not self._admitted_between(at, position) and not own_statements.stated_apart(self._padded, at, position) for at in self._denials[i:j])

    def _admitted_between(self, start: int, end: int) -> bool:
        """Return True when an unnegated verb of admitting stands between `start` and `end`."""
        padded = self._padded
        return any(not _negated_at(padded, m.start()) for m in _ADMISSION.finditer(padded, start + 1, end))

    def without_fight(self, clause_start: int, clause_end: int) -> bool:
        """Return True when the clause says the place changed hands without a fight."""
        return _any_in(self._calm, clause_start, clause_end)

    def claimed(self, clause_start: int, clause_end: int) -> bool:
        """Return True when the clause only reports a Taliban or unverified claim.

        An explicit claim ("claimed", "could not be verified") stands unless the sentence confirms
        it; a Taliban source ("the Taliban said") stands unless an official source also speaks.
        """
        claims = self._claims_in(clause_start, clause_end)
        if not claims or contrasted_claims.confirms_clause(self._padded, self._confirms, clause_start):
            return False
        return any(claims) or not self._standing_source(clause_start, clause_end)

    def told_by_taliban(self, clause_start: int, clause_end: int) -> bool:
        """Return True when the Taliban are a source of the clause ("the Taliban spokesman said"),
        not only a claim word ("residents claim"), and no other source stands behind it."""
        return False in self._claims_in(clause_start, clause_end) and not self._confirms and not self._standing_source(clause_start, clause_end)

    def _claims_in(self, clause_start: int, clause_end: int) -> list[bool]:
        """Return, in order, for each claim cue of the clause whether it is an explicit claim word
        ("claimed", "unverified") rather than a Taliban source ("the Taliban said")."""
        starts = self._claim_starts
        return [explicit for _, explicit in self._claims[bisect.bisect_left(starts, clause_start) : bisect.bisect_left(starts, clause_end)]]

    def voiced_by_taliban(self, clause_start: int, speaker: tuple[int, int, bool]) -> bool:
        """Return True when the clause at `clause_start` opens with "saying" ("announcing" ...) and
        the Taliban are the subject of its `speaker` clause ("The Taliban pressed on, saying they
        took X"), no source of that clause stands behind them and the sentence confirms nothing. (A
        quotation's tag or the clause before a colon has its speaker elsewhere: not read here.)"""
        said = opens_with_participle(self._padded, clause_start + 1)
        if not said or self._confirms or not taliban_subject(self._padded, speaker[0] + 1):
            return False
        return not self._standing_source(speaker[0], speaker[1])

    def _standing_source(self, clause_start: int, clause_end: int) -> bool:
        """Return True when a source of the clause stands behind it, not one that only relays the
        Taliban's word or is named in it (`frontmap.extract.relayed_claims`)."""
        i = bisect.bisect_left(self._sources, clause_start)
        sources = self._sources[i : bisect.bisect_left(self._sources, clause_end)]
        return any(not only_through_the_taliban(self._padded, at, clause_start) for at in sources)


def _taliban_owned(padded: str, position: int) -> bool:
    """Return True when the source at `position` is the Taliban's own ("Taliban officials", a "shadow governor"), not
    also another side's ("Afghan and Taliban officials")."""
    return padded.endswith(("taliban", "shadow"), 0, position) and not _AND_TALIBAN.search(padded, max(0, position - 40), position)


def _any_in(positions: list[int], start: int, end: int) -> bool:
    """Return True when a position lies in [start, end)."""
    i = bisect.bisect_left(positions, start)
    return i < len(positions) and positions[i] < end


def _negated_at(padded: str, position: int) -> bool:
    """Return True when the word at `position` is negated ("could not confirm")."""
    return bool(_NEGATION_BEFORE.search(padded, max(0, position - 30), position + 1))


# what a place's trigger is read with, each run only on a sentence holding one of its few words
# (`literal_gates`: most sentences hold none; a pattern of many words is cheaper searched at once)
_HABITUAL, _UNREAL_NEXT, _NEAR, _RANK, _NEAR_MISS = (
    GatedPattern(p) for p in (_HABITUAL_BEFORE, _UNREAL_AFTER, _NEAR_BEFORE, _FORESEEN_RANK, _NEAR_MISS_BEFORE))


def negated(view: str, clause_start: int, position: int) -> bool:
    """Return True when the trigger at `position` is negated ("has not fallen", "failed to capture")."""
    before = " " + view[max(clause_start, position - 40) : position]
    return bool(_NEGATION_BEFORE.search(before) or ((near := _NEAR_MISS.search(view, before)) and near_miss_negates(view, position, near))) or negative_subject(view, clause_start, position)


# "has never surrendered to anyone", "never fell to any invader": a boast of all time, no denial of a fall
_TO_ANYONE = re.compile(r"\w+(?: +\w+)? +(?:to +)?(?:anyone|anybody|any +(?:one|force|forces|invaders?|army|armies|power|enemy|enemies))\b")


def not_happened(view: str, clause_start: int, position: int) -> bool:
    """Return True when the trigger at `position` is said not to have happened ("has not fallen"),
    not in a boast of all time ("has never surrendered to anyone")."""
    if _TO_ANYONE.match(view, position):
        return False
    return bool(_NOT_BEFORE.search(" " + view[max(clause_start, position - 40) : position])) or negative_subject(view, clause_start, position)


def intended(view: str, clause_start: int, position: int, end: int) -> bool:
    """Return True when the trigger at [position, end) is a plan, threat, hypothesis or habit ("plan
    to capture", "could fall", "regularly clashed"), not a fact ("forced to withdraw", "the latest
    city to fall")."""
    before = " " + view[max(clause_start, position - 60, forecast_asides.aside_end(view, position)) : position]  # not ", as feared,"
    if _HABITUAL.search(view, before) or _UNREAL_BEFORE.search(before) or _UNREAL_NEXT.match(view, view, end, end + 60):
        return True
    if _NEAR.search(view, before) or _RANK.search(view, before) or compared_or_imagined(view, position):
        return True
    if open_question(view[max(0, position - 60) : position]):  # "no word on who held X": asked, not told
        return True
    if withheld(view[max(clause_start, position - 90) : position]) or feared_falls.only_feared(view, position) or open_possibilities.left_open(view, clause_start, position):  # "yet to confirm the capture of X"; "feared the worst but could not confirm X was lost"; "did not rule out the fall of X"
        return True
    if negotiated_handovers.under_negotiation(view, clause_start, position) or planned_attacks.planned(view, clause_start, position, end):  # "negotiating for the handover of X"; "plan X attack"
        return True
    joined = shared_aims.joined_to(view, clause_start, position, end)  # "to secure the road and retake X"
    if joined is not None and not _FACT_INFINITIVE.search(view, max(clause_start, joined - 60), joined + 3):
        return True
    before = edge_arrivals.read_before(view, position, before)  # "advanced to the outskirts of X"; "expected them to reach its edge"
    if not _INTENT_BEFORE.search(before) or _FACT_INFINITIVE.search(before) or caused_infinitives.caused(view, clause_start, position) or achieved_modals.achieved(view, position):
        return False
    return not _FACT_TO_FALL.search(view, max(clause_start, position - 60), end)


def modal_after(view: str, position: int, clause_end: int) -> bool:
    """Return True when a modal follows a nominal trigger ("a takeover of Kabul would be hard") or
    its place is said to be foreseen ("the fall of X appeared imminent")."""
    return bool(_MODAL_AFTER.match(view, position, min(clause_end, position + 70)) or _FORESEEN_AFTER.match(view, position, clause_end))


def falsified_after(view: str, position: int, clause_end: int) -> bool:
    """Return True when the clause calls the statement before it false ("reports of the fall of
    X were untrue", "claims that X had fallen are baseless") or the change it names averted."""
    return bool(_FALSE_AFTER.match(view, position, min(clause_end, position + 90))) or averted_after(view, position, clause_end)


def people_targeted(sentence: str, trigger_end: int) -> bool:
    """Return True when the attack a trigger names is aimed at people ("a series of attacks on
    government officials"), which tells nothing of who holds the place it happened in. Read in the
    sentence itself, whose commas end the phrase ("fighting on Wednesday, officials said")."""
    return bool(_PEOPLE_TARGETED.match(sentence, trigger_end))


def goal(view: str, clause_start: int, place_start: int) -> bool:
    """Return True when the place is a goal, not an event ("set their sights on X", "threatening X")."""
    return bool(_GOAL_BEFORE_PLACE.search(" " + view[max(clause_start, place_start - 100) : place_start]))
