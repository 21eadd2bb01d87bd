"""Control rules: what one sentence says about control of one place named in it.

Explainable, clause-scoped rules. A sentence is cut into clauses (at ; : dashes, and before
subordinators such as "after", "while", "but", "because", "as", "since they"; a subordinate
clause ends at its first comma). Within the place's clause, the trigger nearest the place
decides (ties: the one before it):

- ``taliban``: captured, seized, overran, fell (to), the fall of, took over / took control,
  taken by the Taliban, wrested control, under Taliban control, raised their flags over,
  Taliban-held, lost to, government forces abandoned / withdrew from / fled ...
  A capture verb after the place needs the place as its object: passive ("X was overrun"), object
  relative ("X, which the militants captured") or a fronted locative ("In X, insurgents seized
  the governor's office"); "attacks in X and captured some posts" is no capture of X.
- ``contested``: attacks, assault, offensive, fighting, clashes, battles, siege, besieged,
  surrounded, encircled, entered, penetrated, pushed into, mortar/rocket/air strikes, shelling,
  military operation against, the scene of, the outskirts, under attack, pushed back (when the
  government is pushed) ... and a capture of only part of the place ("captured some check posts
  in X", "took over two districts within X", "parts of X had fallen").
- ``government``: retook, recaptured, regained, evicted/expelled/drove out the Taliban,
  pushed/forced/kicked/flushed the Taliban out, cleared, repelled, foiled (also "repelled the
  attack on X"), pushed back the Taliban, surrender ceremony, under government control, and
  "in control" when government forces are the subject.
- ``claimed``: a capture the Taliban claim ("claimed to have captured", "a Taliban tweet claimed",
  "Taliban spokesman Mujahid said the group had captured") unless the sentence confirms it
  ("confirming a claim").

The trigger yields nothing when it is negated ("isn't under threat", "failed to capture"), an
intention or hypothesis ("to capture", "focused on capturing", "expected to launch an offensive
on", "could fall", "a takeover of Kabul would be difficult"). The place yields nothing when it is
only a reference point ("50 km from Kunduz", "southwest of Kabul", "bordering Pakistan"), a
destination of people fleeing ("fled to", "flights to"), part of a title or affiliation
("lawmaker from Helmand", "Badghis governor", "Kabul government", "police in Paktia"), or (in
frontmap.extract.events) the province that merely locates a place named next to it ("Enjil district of
Herat province", "Lashkar Gah, Helmand province", "Ghazni's Andar district").

Speed: the sentence's "view" (lower case, punctuation as spaces, same offsets) is what the
patterns scan; every alternative starts after a literal space so the regex engine only tries
word starts, and the trigger table is only tried at words whose first letters can start one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from frontmap.extract.text import text_view
from frontmap.status import CLAIMED, CONTESTED, GOVERNMENT, TALIBAN

_IGNORE_CASE = re.IGNORECASE


@dataclass(frozen=True)
class Trigger:
    """A control word or phrase found in a sentence."""

    start: int
    end: int
    text: str
    status: str
    weight: float
    nominal: bool  # a noun ("the capture of", "attack"), judged hypothetical by a later modal


@dataclass(frozen=True)
class Verdict:
    """What a sentence says about a place: status, the trigger words and a confidence."""

    status: str
    trigger: str
    trigger_start: int
    confidence: float


# (pattern, status, weight, nominal)
_TRIGGER_TABLE: tuple[tuple[str, str, float, bool], ...] = (
    # --- government (listed first: "recaptured" must not read as "captured")
    (r"\bre ?(?:took|tak(?:e|en|es|ing))\b|\brecaptur(?:e|ed|es|ing)\b|\bregain(?:ed|s|ing)?\b"
     r"|\b(?:took|taken|take|taking)\s+back\b|\breclaim(?:ed|s)?\b|\bliberat(?:ed|e|es|ing)\b", GOVERNMENT, 0.9, False),
    (r"\bevict(?:ed|s|ing)?\b|\bexpell?(?:ed|s|ing)?\b|\bdr(?:ove|iven)\s+(?:\w+\s+){0,3}out\b|\bcleared\b"
     r"|\brepel(?:led|s)?\b|\brepuls(?:ed|e)\b|\bfoil(?:ed|s)?\b|\bbeat(?:en)?\s+back\b|\bfended\s+off\b"
     r"|\bpush(?:ed|ing)?\s+back\s+(?:the\s+)?(?:taliban|militants|insurgents|enemy|attack)"
     r"|\b(?:taliban|militants|insurgents|enemy|attackers)\s+(?:\w+\s+){0,3}?(?:pushed|driven|beaten)\s+back"
     r"|\b(?:push(?:ed|es|ing)?|forc(?:ed|es|e|ing)|kick(?:ed|s|ing)?|flush(?:ed|es|ing)?)"
     r"\s+(?:the\s+)?(?:taliban|militants|insurgents|enemy)\s+(?:\w+\s+)?out\b",
     GOVERNMENT, 0.85, False),
    (r"\bunder\s+(?:the\s+)?(?:government|state|afghan\s+forces)\s+control\b|\bsurrender\s+ceremony\b"
     r"|\bremain(?:s|ed)?\s+(?:in\s+)?government\s+hands\b|\bheld\s+(?:on(?:to)?|by\s+(?:the\s+)?(?:government|afghan))",
     GOVERNMENT, 0.8, False),
    # --- taliban
    (r"\bunder\s+(?:(?:full|complete|total|the)\s+)?(?:taliban|militant|insurgent|insurgents|their|the\s+insurgents"
     r"|taliban(?:\s+s)?)\s+control\b|\bunder\s+the\s+control\s+of\s+the\s+(?:taliban|militants|insurgents)\b"
     r"|\btaliban[-\s](?:held|controlled|run)\b", TALIBAN, 0.9, False),
    (r"\bcapture\s+of\b|\bfall\s+of\b|\bseizure(?:\s+of)?\b|\btake ?over(?:\s+of)?\b", TALIBAN, 0.85, True),
    (r"\bcaptur(?:e|ed|es|ing)\b|\bseiz(?:e|ed|es|ing)\b|\bover ?r(?:an|un|uns|unning)\b|\bovertook\b"
     r"|\bovertaken\b|\bconquer(?:ed|s|ing)?\b|\bfell\b(?!\s+(?:silent|ill|asleep|short|apart))|\bfallen\b|\bfall\s+of\b|(?<=to )fall\b"
     r"|\bfall(?:s|ing)?\s+to\b|\b(?:took|taken|take|takes|taking)\s+(?:over|control)\b"
     r"|\btaken\s+by\s+(?:the\s+)?(?:taliban|militants|insurgents)\b"
     r"|\b(?:wrest(?:ed|s)?|gain(?:ed|s)?|seiz(?:ed|e)|assum(?:ed|e)|establish(?:ed)?)\s+(?:full\s+|complete\s+)?control\b"
     r"|(?:(?<=in )|(?<=have )|(?<=has )|(?<=had )|(?<=full )|(?<=complete ))control\b|\bcontroll(?:ed|ing)\b(?!\s+by)"
     r"|\braised?\s+(?:\w+\s+){0,3}flags?\b|\bhoisted\s+(?:\w+\s+){0,3}flags?\b"
     r"|\blos(?:t|ing|e|es)\s+(?:\w+\s+){0,3}?to\s+(?:the\s+)?(?:taliban|militants|insurgents)"
     r"|\bsurrender(?:ed|s)?\s+(?:\w+\s+){0,2}to\s+the\s+(?:taliban|militants|insurgents)"
     r"|(?:(?<=taliban )|(?<=militants )|(?<=insurgents )|(?<=they )|(?<=group )|(?<=taliban now )"
     r"|(?<=militants now )|(?<=insurgents now )|(?<=they now )|(?<=group now )|(?<=they still ))"
     r"controls?\b", TALIBAN, 0.85, False),
    # government forces leaving a place hand it over ("troops abandoned Khwahan", "police withdrew from X")
    # (the subject is checked in _fits: the scan starts at the verb, which keeps it fast)
    (r"\babandon(?:ed|s|ing)?\b|\bwithdr(?:ew|awn|awing)\s+from\b|\bretreat(?:ed|ing)?\s+from\b"
     r"|\bpull(?:ed)?\s+out\s+of\b|\bfled\b", TALIBAN, 0.75, False),
    # --- contested
    (r"\bfierce\s+(?:clashes|fighting|battles)\b|\bheavy\s+(?:clashes|fighting)\b|\bscene\s+of\b|\bsieges?\b"
     r"|\bbesieg(?:ed|ing|e)\b|\bsurround(?:ed|ing|s)?\b|\bencircl(?:ed|ing|e|es)\b|\bpushed\s+into\b"
     r"|\bunder\s+(?:\w+\s+)?(?:attack|fire|siege|pressure|threat)\b|\bpenetrat(?:ed|e|es|ing)\b|\bstormed\b"
     r"|\bentered\b|\bentering\b|\benters\b|\bbreak\s+into\b|\bbroke\s+(?:into|through)\b|\boutskirts\b"
     r"|\bmilitary\s+operations?\b|\boperations?\s+against\b|\bgained\s+ground\b|\badvanc(?:ed|ing|e)\s+(?:on|toward|towards|into)\b",
     CONTESTED, 0.85, False),
    (r"\b(?<!without a )(?<!without )fight(?:ing|s)?\b|\bclash(?:es|ed|ing)?\b|\bbattl(?:e|es|ed|ing)\b|\bassaults?\b|\boffensives?\b"
     r"|\battack(?:s|ed|ing)?\b|\bambush(?:ed|es)?\b|\bmortars?\b|\bshell(?:s|ed|ing)\b|\brockets?\b|\bgunfire\b"
     r"|\bair\s*strikes?\b|\bstrikes?\b(?!\s+force)|\bbomb(?:ed|ing|ings|s)?\b|\bbombard(?:ed|ment|ments)?\b|\bpounded\b"
     r"|\bpush(?:ed|ing)?\s+back\b", CONTESTED, 0.75, False),
    # weak: an "incident" or a "hit" in a conflict report is usually an attack
    (r"\bincidents?\b|\bhit\b", CONTESTED, 0.5, False),
)


def _branch(pattern: str) -> str:
    """Return a table pattern without the \\b opening its alternatives (the view's space does that)."""
    return re.sub(r"(^|\|)\\b", r"\1", pattern)


# All triggers in one pass over the sentence's view (lower case, punctuation turned into spaces,
# a leading space): every alternative starts after a space, which keeps the scan fast.
_TRIGGER_PATTERN = re.compile(
    " (?:" + "|".join(f"(?P<g{i}>{_branch(row[0])})" for i, row in enumerate(_TRIGGER_TABLE)) + ")"
)
# The first letters of every word a trigger can start with (three, fewer for short words, more
# where three would stop at common words such as "for" and "with"): the pattern is tried only at
# words starting so (tests/extract/test_events.py checks this against a full scan).
_TRIGGER_PREFIXES = frozenset(
    """re ret rec reg too tak lib evi exp dro dri cle rep foi bea fen pus tal mil ins ene att und sur
    rem hel cap fal sei ove con fel wre gai ass est rai hoi los fie hea sce sie forc kic flu aba withd pul fle
    bes enc pen sto ent bre bro out ope adv fig cla bat off amb mor she roc gun air str bom pou
    inc hit""".split()
)
# A word start (the view's space) followed by a prefix (a whole word when shorter than three):
# scanning for these directly skips every other word without a Python-level test.
_PREFIXED_WORD = re.compile(
    " (?=" + "|".join(p if len(p) >= 3 else p + r"(?!\w)" for p in sorted(_TRIGGER_PREFIXES)) + ")"
)


def find_triggers_full_scan(sentence: str) -> list[tuple[int, int, str]]:
    """Return (start, end, status) of the triggers a scan at every word would find (for tests)."""
    padded = " " + text_view(sentence)
    return [
        (m.start(), m.end() - 1, _TRIGGER_TABLE[int(m.lastgroup[1:])][1]) for m in _TRIGGER_PATTERN.finditer(padded)
    ]


# "took Kunduz", "Taliban take Lashkar Gah": take + a capitalised name (needs the original case).
_TAKE_NAME = re.compile(r"\b(?:took|taken|taking|takes|take)\s+(?=[A-Z])")

# Clause breaks: split *before* the match (the subordinator starts the new clause).
_CLAUSE_BREAK = re.compile(
    r"[;:](?=\s)|\s[—–-]\s|[ ,“”\"](?=(?:but|while|whereas|although|though|because|after|before|when|as|"
    r"since(?!\s+(?:early|mid|late|the\b|last\b|then\b|january|february|march|april|may|june|july|august|september"
    r"|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d))|unless|who|adding|saying"
    r"|and\s+(?:then|later|followed|subsequently)|then)\b\s+(?!well\b|part\b|many\b|much\b|long\b|of\b|such\b"
    r"|a\s+result\b|soon\b|\d))"
)
_SUBORDINATORS = frozenset("while whereas although though because after before when as since unless who".split())
_LEADING_SUBORDINATE = re.compile(r"^\s*(?:As|While|Although|Though|After|When|Since|If|Because|Despite|Amid)\b[^,]*,", 0)


# Context patterns run on the sentence's view (lower case, punctuation as spaces, same offsets)
# with a space put in front: each alternative starts with " ", so the scan only stops at spaces.
# Those ending in $ look at the words just before a trigger or a place.
_NEGATION_BEFORE = re.compile(
    r" (?:not|\w*n t|never|no|without|failed +to|fail +to|unable +to|den(?:y|ied|ies)) +(?:\w+ +){0,2}$"
)
_INTENT_BEFORE = re.compile(
    r" (?:to(?: +(?:launch|mount|stage|carry +out|begin|start|step +up|intensify|resume)"
    r"(?: +(?:a|an|the|its|their|fresh|new|major|full +scale|all +out))*)?"
    r"|(?:will|would|could|might|may|can|shall)(?: +not)?(?: +(?!the\b|a\b)[a-z]+){0,2}"
    r"|(?:focus(?:ed|ing)?|bent|intent|insist(?:ed)?|plans?|planning|aim(?:ed|ing|s)?|bid|attempts?|threat(?:en(?:ed|s)?)?) +(?:on|at|for|of)"
    r"|(?:plans?|aims?|intends?|wants?|tries|tried|trying|seeks?|sought|hopes?|hoped|vow(?:s|ed)?|threaten(?:s|ed)?"
    r"|prepar(?:es|ed|ing)|decided|priority +is|order(?:ed)?)) +(?:\w+ly +)?$"
)
_CLAIM = re.compile(
    r" (?:claim(?:s|ed|ing)?|purport(?:s|ed|edly)?|according +to +the +taliban|taliban +(?:say|said|says)"
    r"|taliban +spokes(?:man|person)|mujahid|the +(?:group|insurgents|militants) +(?:said|says))\b"
)
# Government forces as the subject of "in control" / "controlled".
_GOVERNMENT_SUBJECT = re.compile(r" (?:government|security|afghan|army|commandos?|troops|police|soldiers)\b")
_CONFIRM = re.compile(r" confirm(?:ed|s|ing)\b")
_PARTIAL_BEFORE_PLACE = re.compile(r" (?:parts?|some|much|areas?|outskirts|villages?|most) +of +(?:the +)?(?:\w+ +){0,2}$")
_PROVINCE_SCALE = re.compile(
    r" (?:\d+|two|three|four|five|six|several|some|many|dozens +of) +(?:\w+ +)?(?:districts|border +crossings|crossings)\b"
)
_UNIT = r"(?:km|kms|kilomet(?:er|re)s?|miles?|mi)\b"
_REFERENCE_BEFORE = re.compile(
    r" (?:\d+(?: \d+)?\s*" + _UNIT + r"(?: +\d+ +" + _UNIT + r")? +(?:\w+ +){0,2}?(?:of|from)"
    r"|(?:north|south|east|west|north ?east|north ?west|south ?east|south ?west)(?:ern)? +of"
    r"|bordering|border +with|close +to|away +from|born +in|native +of|based +in|hails? +from"
    r"|(?:road|highway) +(?:to|from|between|linking))"
    r" +(?:the +)?(?:\w+ +){0,3}$"
)
_FLED_BEFORE = re.compile(
    r" (?:fled|flee|flees|fleeing|escaped|escape|retreated|retreat|relocated|evacuated|displaced|heading|headed|refuge"
    r"|flights?|flown|transferred|shifted)\b[\w ]{0,50}? (?:to|into|towards?|for) +(?:the +)?(?:\w+ +){0,2}$"
)
_TITLE_BEFORE = re.compile(
    r" (?:(?:lawmakers?|mps?|senators?|governors?|council|councils|councillors?|chiefs?|members?|spokes(?:man|person|woman)"
    r"|representatives?|commanders?|heads?|mayors?|deputies|deputy|officials?|sources?|natives?|elders?) +(?:from|of|for)"
    r"|(?:lawmakers?|mps?|council|councillors?|governors?|members?|elders?|government|embassy|mission|consulate|police) +in)"
    r" +(?:the +)?(?:\w+ +){0,2}$"
)
_FACILITY = re.compile(r" (?:compound|embassy|office|residence|hospital|prison|jail|house|home|homes|convoy|mosque|school|consulate|hotel)\b")


def _confirmed(view: str) -> bool:
    """Return True when the sentence confirms (not "could not confirm") something."""
    return any(not view[max(0, m.start() - 4) : m.start()].endswith(("not", "n t")) for m in _CONFIRM.finditer(" " + view))

# "the latest city to fall", "the third provincial capital to fall": a fact, not an intention.
_FACT_TO_FALL = re.compile(r"\b(?:latest|last|first|second|third|fourth|fifth|\w+th|\d+(?:st|nd|rd|th))\s+(?:\w+\s+){0,3}to\s+fall\b", _IGNORE_CASE)
_MODAL_AFTER = re.compile(r"^[^,;]{0,60}?\b(?:would|could|might|may|will|can)\b", _IGNORE_CASE)
_PARTIAL_BETWEEN = re.compile(
    r"^\s*(?:\w+\s+){0,4}?(?:check\s*posts?|checkpoints?|outposts?|posts?|bases?|villages?|areas?|parts?|neighbou?rhoods?"
    r"|districts?|buildings?|headquarters|positions?|crossings?|offices?|territory|swath(?:e)?s|much|some)\b"
    r"[^,;]*?\b(?:in|within|of|inside|around|near|across)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}$",
    _IGNORE_CASE,
)
_TITLE_AFTER = re.compile(
    r"^(?:['’]s)?\s*(?:provincial\s+)?(?:lawmakers?|mps?|governors?|council|councillors?|officials?|spokes(?:man|person|woman)"
    r"|police|health|residents?|natives?|commanders?|university|embassy|compound|government|administration|prison|jail"
    r"|hospital|activists?|elders?|journalists?|correspondents?|sources?|security\s+sources?|airlines)\b",
    _IGNORE_CASE,
)
_CONTAINER_GAP = re.compile(r"^\s*(?:districts?|city|cities|towns?|villages?|areas?)?\s*(?:,|\bof\b|\bin\b)\s*(?:,\s*)?(?:the\s+)?(?:[\w’'-]+\s+){0,3}$", _IGNORE_CASE)
_GOVERNED_GAP = re.compile(r"^\s+(?:(?:the|a|an|their|its|taliban['’]?s?|militants['’]?|insurgents['’]?|enemy['’]?s?|an?|all|fresh|new|latest|major|large|massive|\w+-scale)\s+){0,3}$", _IGNORE_CASE)
_TRANSITIVE = re.compile(r"captur|seiz|over-?r|overt|conquer|took|taken|take|wrest|gain|assum|establish|controll|raise|hoist", _IGNORE_CASE)
_PASSIVE_BEFORE = re.compile(
    r"\b(?:was|were|been|being|is|are|be|got|get)\s+(?:\w+ly\s+|also\s+|now\s+|then\s+|soon\s+|already\s+)?$", _IGNORE_CASE
)
_WITHDRAWAL = re.compile(r"abandon|withdr|retreat|pull|fled", _IGNORE_CASE)
_GOVERNMENT_LEAVING = re.compile(
    r"\b(?:forces|troops|soldiers|police|policemen|army|commandos|defenders|garrison)\s+(?:\w+\s+){0,3}?$", _IGNORE_CASE
)
_LEFT_PLACE_GAP = re.compile(
    r"^\s*(?:from\s+)?(?:the\s+)?(?:(?:\w+\s+){0,2}?(?:city|district|town|cent(?:re|er)|headquarters|posts?|bases?"
    r"|positions?|check\s*points?|outposts?)\s+(?:of|in)\s+(?:the\s+)?)?$",
    _IGNORE_CASE,
)
_RELATIVE = re.compile(r"\b(?:which|that|whom)\b", _IGNORE_CASE)
_FRONTED_LOCATIVE = re.compile(r"^\W*(?:in|inside|at)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}$", _IGNORE_CASE)


def find_triggers(sentence: str, view: str | None = None) -> list[Trigger]:
    """Return the control triggers in `sentence`, in order, without overlaps.

    At one position the earlier table row wins ("recaptured" is government, not "captured").
    `view` may pass `text_view(sentence)` already computed.
    """
    padded = " " + (view if view is not None else text_view(sentence))
    found: list[Trigger] = []
    done = 0
    for word in _PREFIXED_WORD.finditer(padded):
        if word.start() < done:
            continue
        match = _TRIGGER_PATTERN.match(padded, word.start())
        if match is None:
            continue
        done = match.end()
        row = _TRIGGER_TABLE[int(match.lastgroup[1:])]
        start, end = match.start(), match.end() - 1
        found.append(Trigger(start, end, sentence[start:end], row[1], row[2], row[3]))
    if "tak" in sentence or "took" in sentence:  # a cheap test first: this scan cannot skip ahead
        for match in _TAKE_NAME.finditer(sentence):
            if not any(t.start < match.end() and match.start() < t.end for t in found):
                found.append(Trigger(match.start(), match.end(), match.group(0), TALIBAN, 0.85, False))
                found.sort(key=lambda t: t.start)
    return found


def clause_spans(sentence: str) -> list[tuple[int, int, bool]]:
    """Return (start, end, subordinate) for each clause of `sentence`."""
    cuts = [0]
    lead = _LEADING_SUBORDINATE.match(sentence)
    if lead:
        cuts.append(lead.end())
    for match in _CLAUSE_BREAK.finditer(sentence.lower()):
        if match.end() > cuts[-1] and match.start() > 0:
            cuts.append(match.end())
    cuts = sorted(set(cuts))
    spans = []
    for a, b in zip(cuts, cuts[1:] + [len(sentence)]):
        if b <= a:
            continue
        first = sentence[a:b].lstrip(" ,“”\"").split(" ", 1)[0].lower()
        subordinate = first in _SUBORDINATORS or first == "if"
        comma = sentence.find(", ", a + len(first) + 1, b) if subordinate else -1
        if comma > 0:  # "since they launched the offensive in May, the Taliban captured X"
            spans.append((a, comma + 1, True))
            spans.append((comma + 1, b, False))
        else:
            spans.append((a, b, subordinate))
    return spans


def clause_of(clauses: list[tuple[int, int, bool]], position: int) -> tuple[int, int, bool]:
    """Return the clause holding `position`."""
    for clause in clauses:
        if clause[0] <= position < clause[1]:
            return clause
    return clauses[-1]


def place_role_blocks(sentence: str, start: int, end: int, clause_start: int, view: str | None = None) -> str | None:
    """Return why the place at sentence[start:end] is no event here (None when it may be one).

    `view` may pass `text_view(sentence)` already computed.
    """
    view = text_view(sentence) if view is None else view
    before = " " + view[max(clause_start, start - 80) : start]
    if _REFERENCE_BEFORE.search(before):
        return "reference point"
    if _FLED_BEFORE.search(before):
        return "destination"
    if _TITLE_BEFORE.search(before) or _TITLE_AFTER.match(sentence[end : end + 40]):
        return "title or affiliation"
    return None


def is_container(gap: str) -> bool:
    """Return True when `gap` (the text between a place and a province) only locates the first."""
    return bool(_CONTAINER_GAP.match(gap))


def is_province_scale(clause: str) -> bool:
    """Return True when the clause speaks of several districts or crossings (so a province)."""
    return bool(_PROVINCE_SCALE.search(" " + text_view(clause)))


def judge(
    sentence: str, start: int, end: int, triggers: list[Trigger], clause: tuple[int, int, bool], view: str | None = None
) -> Verdict | None:
    """Return what `sentence` says about the place at [start, end), or None when nothing.

    The trigger nearest the place inside its clause decides; negated, intended or hypothetical
    triggers yield None. `view` may pass `text_view(sentence)` already computed.
    """
    view = text_view(sentence) if view is None else view
    c_start, c_end, _ = clause
    inside = [t for t in triggers if c_start <= t.start and t.end <= c_end and not (t.start < end and start < t.end)]
    if not inside:
        return None
    inside.sort(key=lambda t: (t.start - end if t.start >= end else start - t.end, t.start >= end))
    trigger = next((t for t in inside if _fits(sentence, start, end, t, c_start)), None)
    if trigger is None:
        return None
    if trigger.status == CONTESTED:
        # "repelled the attack on X", "foiled Taliban's attacks on X": the government verb decides
        governing = [t for t in inside if t.status == GOVERNMENT and t.end <= trigger.start]
        if governing and _GOVERNED_GAP.match(sentence[governing[-1].end : trigger.start]):
            trigger = governing[-1]
    before = " " + view[max(c_start, trigger.start - 60) : trigger.start]
    if _NEGATION_BEFORE.search(before):
        return None
    if _INTENT_BEFORE.search(before) and not _FACT_TO_FALL.search(sentence[max(c_start, trigger.start - 60) : trigger.end]):
        return None
    if trigger.nominal and _MODAL_AFTER.search(sentence[trigger.end : c_end]):
        return None
    status = trigger.status
    confidence = trigger.weight
    if status == TALIBAN and trigger.text.lower().startswith(("control", "in control")):
        if _GOVERNMENT_SUBJECT.search(" " + view[c_start : trigger.start]):
            status = GOVERNMENT  # "security forces are still in control of X"
    if trigger.start >= end:
        gap = sentence[end : trigger.start]
    else:
        gap = sentence[trigger.end : start]
    if len(gap) > 120:
        confidence -= 0.15
    if status == TALIBAN:
        partial = trigger.end <= start and _PARTIAL_BETWEEN.match(sentence[trigger.end : start])
        partial = partial or _PARTIAL_BEFORE_PLACE.search(" " + view[max(c_start, start - 40) : start])
        if partial:
            status = CONTESTED
        elif _CLAIM.search(" " + view[c_start:c_end]) and not _confirmed(view):
            status = CLAIMED
            confidence = min(confidence, 0.7)
    return Verdict(status, trigger.text, trigger.start, round(max(0.1, confidence), 2))


def _fits(sentence: str, start: int, end: int, trigger: Trigger, c_start: int) -> bool:
    """Return True when `trigger` can be about the place at [start, end).

    A capture verb after the place takes its object after it ("attacks in Nangarhar and captured
    some posts" says nothing of Nangarhar's capture) unless it is passive ("X was captured"), an
    object relative ("X, which the militants captured") or the place is a fronted locative
    ("In Kandahar, insurgents seized the governor's office").
    """
    if _WITHDRAWAL.search(trigger.text):
        # leaving X says X changed hands; leaving "the talks in X" says nothing of X
        return (
            trigger.end <= start
            and bool(_GOVERNMENT_LEAVING.search(sentence[max(c_start, trigger.start - 60) : trigger.start]))
            and bool(_LEFT_PLACE_GAP.match(sentence[trigger.end : start]))
        )
    if trigger.status != TALIBAN or trigger.start < end or not _TRANSITIVE.match(trigger.text):
        return True
    if trigger.text.lower().startswith("taken by"):  # passive by its own words
        return True
    if _PASSIVE_BEFORE.search(sentence[max(start, trigger.start - 30) : trigger.start]):
        return True
    if _RELATIVE.search(sentence[end : trigger.start]):
        return True
    return bool(_FRONTED_LOCATIVE.match(sentence[c_start:start]) and sentence[end : end + 2].startswith(","))


def facility_between(sentence: str, trigger_start: int, start: int, end: int) -> bool:
    """Return True when a facility (compound, house, ...) stands between the trigger and the place."""
    a, b = (end, trigger_start) if trigger_start >= end else (trigger_start, start)
    return bool(_FACILITY.search(" " + text_view(sentence[a:b])))
