"""Confirmations told after a claim in other words: the passive, and an official's admission.

`frontmap.extract.attribution` turns a Taliban claim into a fact when the next sentence has an
official confirm it ("the governor confirmed the news"). Reports also put it in the passive ("The
claim was confirmed by the Ghazni police spokesman", "his claim was also confirmed by local
authorities") or have an official admit the loss without naming the place again ("Officials
acknowledged that troops had pulled out", "the governor admitted the district had fallen").
Other verbs back a claim the same way ("a claim backed by a resident", "corroborated by
witnesses", "borne out by local officials"), and wire copy drops the auxiliary ("Information
confirmed by a resident."). An official admits the loss, too, in telling what the government does
about it: forces "temporarily relocated" from the place or "had pulled back" from it, efforts "launched to recapture the
crossing" or "under way to dislodge the insurgents" (a plan to retake says the place was lost;
a vow to defend it, or an operation to clear its outskirts, does not). A witness on the spot backs
a claim by telling what they see of the insurgents' hold ("a shopkeeper said the group's flags were
flying over the police headquarters", "residents said fighters were patrolling the bazaar").
"""

from __future__ import annotations

import itertools
import re

#: A verb that backs what was said, in the passive, up to its "by".
BACKING = (r"(?:confirmed|corroborated|verified|backed(?: +up)?|borne +out|supported|echoed) +by +")
_PASSIVE = re.compile(
    r" (?:claims?|reports?|news|information|accounts?|fall|capture|seizure|loss|takeover|this|it) +(?:\w+ +){0,2}?"
    r"(?:(?:was|were|is|are|(?:has|have|had) +(?:(?:since|also|now|later) +)?been) +)?(?:(?:also|later|since|independently|officially|separately) +)?"
    + BACKING + r"(?P<who>\w+(?: +\w+){0,5})"
)
_ADMISSION = re.compile(
    r" (?:acknowledg(?:ed|es|ing)?|admit(?:s|ted|ting)?|conceded?|concedes)(?: +(?:on +\w+|late +\w+|in +a +statement))?"
    r" +(?:that +)?(?:[a-z0-9]+ +){0,8}?(?:fallen|fell|captured|seized|overrun|overran|lost"
    r"|(?:pulled|pull) +out|withdr[ae]wn?|withdrew|retreated|left|abandoned|evacuated|surrendered)\b"
)
# "forces at the port had been temporarily relocated", "efforts had been launched to recapture the crossing"
_LOSS_ANSWERED = re.compile(
    r" (?:forces|troops|personnel|police|soldiers|guards|officials|staff) +(?:\w+ +){0,4}?(?:had|have|has) +been +(?:temporarily +)?relocated\b"
    r"| (?:efforts?|attempts?|an? +operations?) +(?:\w+ +){0,2}?(?:(?:had|have|has) +been|(?:were|was|are|is)(?: +now)?) +(?:launched|under +way|underway|started|begun|being +made)"
    r" +to +(?:recapture|retake|reclaim|regain|dislodge|evict|expel|drive +out|oust)\b"
    # "the district governor said his forces had pulled back to a nearby base": the official tells the withdrawal
    r"| (?:his|her|their|our|its|the|government|security|afghan) +(?:\w+ +){0,2}?(?:forces|troops|soldiers|police|policemen|men)"
    r" +(?:had|have|has) +(?:\w+ly +)?(?:pulled +(?:back|out)|withdrawn|retreated|fallen +back)\b(?! +(?:of|from)\b(?! +(?:the +area|there|the +region)\b))"  # "from X": its own event
)
_OFFICIAL = re.compile(
    r"\b(?:officials?|authorities|governor|ministry|police|provincial +council|council|lawmakers?|mps?|army|commander"
    r"|district +chief|spokes(?:man|person|woman)|government"
    r"|kabul(?! +(?:based|residents?|university|airport))"  # "confirmed by Kabul": the capital for its government
    r")\b"
)
_TALIBAN = re.compile(r"\b(?:taliban|insurgents?|militants?|mujahid|the +group)\b")
#: Independent witnesses: people on the spot and reporters.
WITNESSES = r"residents?|witness(?:es)?|locals|elders?|journalists?|reporters?|correspondents?"
_WITNESS = re.compile(rf"\b(?:{WITNESSES})\b")
_SPEAKER_REACH = 80  # characters before an admission in which the official is named


def confirmed_by_official(padded: str) -> bool:
    """Return True when the padded view has an official confirm, in the passive, what was said
    ("the claim was confirmed by the police spokesman"), or admit a loss ("officials acknowledged
    that troops had pulled out", "the ministry said efforts had been launched to recapture it"),
    no Taliban voice in the speaker's words."""
    if backings(padded) or witnessed_holds(padded):
        return True  # "confirmed by the police spokesman", "corroborated by residents", "a resident said their flags flew there"
    for match in itertools.chain(_ADMISSION.finditer(padded), _LOSS_ANSWERED.finditer(padded)):
        before = padded[max(0, match.start() - _SPEAKER_REACH) : match.start()]
        if _OFFICIAL.search(before) and not _TALIBAN.search(before):
            return True
    return False


def backings(padded: str) -> list[int]:
    """Return where the padded view has what was said backed, in the passive, by an official or an
    independent witness ("the claim was confirmed by the police", "a claim backed by a resident"),
    no Taliban voice among them."""
    found = []
    for match in _PASSIVE.finditer(padded):
        who = match.group("who")
        if (_OFFICIAL.search(who) or _WITNESS.search(who)) and not _TALIBAN.search(who) and not who.startswith(("their ", "its ")):
            found.append(match.start())  # "backed by their commander": the claimant's own man
    return found


# someone on the spot, then a verb of telling: "a shopkeeper in the district centre said by telephone"
_ON_THE_SPOT = re.compile(
    r" (?:an? +|one +|two +|three +|several +|many +)?(?:local +)?(?:residents?|shopkeepers?|traders?|villagers?|witness(?:es)?|eyewitness(?:es)?|journalists?|correspondents?)"
    r"(?: +(?!taliban\b)[a-z0-9]+){0,8}? +(?:said|says|told|reported|described|confirmed|saw)\b"
)
# what the witness sees of the insurgents' hold: their flags up, their men in the seats of the place
_HOLD_SEEN = re.compile(
    r" (?:(?:white +)?flags? +(?:(?:was|were|is|are|had +been|have +been|could +be +seen) +)?(?:flying|flown|hoisted|raised|up)"
    r"|(?:raised|hoisted|planted) +(?:the +|their +|its +)?(?:(?:group|taliban|movement) +s +)?(?:white +)?flags?"
    # "fighters had been patrolling the streets", "fighters were in the district compound", "saw fighters guarding the office"
    r"|(?:fighters|gunmen|insurgents|militants) +(?:were|are|(?:had|have) +been|(?=guarding|patrolling|manning)) *(?:now +)?(?:inside|in +charge +of|patrolling|manning|guarding|sitting +in"
    r"|in +(?:the|its) +(?:district +|main +)?(?:compound|headquarters|bazaar|governor s +office|district +cent(?:re|er))))\b"
)
_WITNESS_REACH = 120  # characters before the hold seen in which the witness speaks


def witnessed_holds(padded: str) -> list[int]:
    """Return where the padded view has a witness on the spot tell the insurgents' hold they see
    ("a shopkeeper said the group's flags were flying over the police headquarters")."""
    found = []
    for match in _HOLD_SEEN.finditer(padded):
        before = padded[max(0, match.start() - _WITNESS_REACH) : match.start() + 1]
        if _ON_THE_SPOT.search(before):
            found.append(match.start())
    return found
