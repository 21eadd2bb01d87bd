"""Attribution across sentences: a report the next sentence doubts or denies is only a claim.

Wire reports often state a capture first and qualify it after: "Taliban fighters took X on
Monday, residents said. Provincial officials denied the report." or "... The claim could not be
independently verified." The sentence rules (`frontmap.extract.rules`) read one sentence at a
time, so the first sentence alone would map X as taken. Here a Taliban gain becomes `claimed`
when the sentence after it (or the one after that, when the next tells nothing) doubts or denies
it, unless an official source stood behind the first sentence: an official's word against
another's is left to the sentence rules. A quotation of several sentences whose speaker, named
before or after it, is the Taliban's is a claim in each of its sentences.

Doubt: "could not be (independently) verified", "officials have not confirmed", "unconfirmed",
"no independent confirmation". Denial: a denial verb whose object points back ("denied the
report", "rejected the claims", "dismissed it", "denied the fall of the districts"), or any
denial in a sentence that names the same place again. A denial the Taliban make is not one.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from collections.abc import Callable, Mapping, Sequence

from frontmap.extract import headline_voices, quote_backings
from frontmap.extract.claim_retellings import retold_as_claims
from frontmap.extract.claim_speakers import confirmed_by_taliban, says_nothing
from frontmap.extract.confirmations import WITNESSES, confirmed_by_official
from frontmap.extract.denials import DENIAL
from frontmap.extract.denied_gains import drop_denied_hearsay
from frontmap.extract.named_speakers import surname_spoken_as_claims
from frontmap.extract.own_doubts import doubts_own_news
from frontmap.extract.pronoun_speakers import spoken_on_as_claims
from frontmap.extract.scare_quotes import doubted_by_writer
from frontmap.extract.text import text_view
from frontmap.extract.told_drafts import DraftT as _T, as_claim
from frontmap.status import CLAIMED, CONTESTED, GOVERNMENT, TALIBAN

_DOUBT = re.compile(
    r" (?:(?:could|can|cannot|couldn t|can t)(?: +not)?(?: +be)?(?: +(?:independently|immediately))? +(?:verif|confirm)"
    r"|(?:difficult|impossible|hard|unable) +to +(?:independently +)?(?:verify|confirm)"
    r"|(?:has|have|had|was|were|is|are|did|do|does) +not +(?:yet +)?(?:been +)?(?:independently +)?(?:verif|confirm)"
    r"|(?:hasn t|haven t|didn t|wasn t|weren t) +(?:yet +)?(?:been +)?(?:independently +)?(?:verif|confirm)"
    r"|(?:would|could|did|does|do|will) +not +(?:immediately +|independently +)?(?:verif|confirm)|(?:declined|refused) +to +(?:confirm|verify)"
    r"|(?:no +(?:one|officials?|sources?)|nobody) +(?:\w+ +)?(?:would|could|can|was|were|has|had) +(?:able +to +)?(?:independently +)?(?:confirm|verif)"
    r"|yet +to +(?:be +)?(?:independently +)?(?:verif|confirm)|no +(?:independent +|official +)?(?:confirmation|verification)"
    r"|unverified|unconfirmed)"
)
# what a denial points back to: "the report", "such claims", "the fall of the districts", "it"
_BACK_OBJECT = re.compile(
    r" +(?:(?:the|these|those|such|this|that|its|their|any|all|taliban|media|earlier|the +taliban +s?)\s+){0,2}"
    r"(?:reports?|claims?|news|accounts?|assertions?|statements?|rumou?rs?|fall|capture|seizure|loss|takeover)\b"
    r"| +(?:it|this)(?: +|$)(?:$|saying|and|as|calling|adding|insisting)"
    # a that-clause retelling the capture without naming its place: "denied that the Taliban had taken control",
    # "rejected that the town had fallen"
    r"| +that +(?:(?:the +)?(?:taliban|insurgents|militants|group)|they) +(?:had +|have +|has +)?(?:taken|seized|captured|gained|won)"
    r" +(?:full +|complete +)?control(?! +(?:of|over)\b)"
    r"| +that +(?:the +|this +|that +)?(?:district|city|town|crossing|border +(?:post|town|crossing)|base|area) +(?:had +|has +)?"
    r"(?:fallen|been +(?:captured|seized|taken|overrun|lost))\b"
)
# the speaker's own word as what is doubted: "his account", "her statement", "the lawmaker s claims"
_SPEAKERS_WORD = re.compile(
    r" (?:his|her|their|(?:the|that|this) +(?:\w+ +)?(?:official|lawmaker|mp|governor|commander|spokes\w+|source|resident)s? +s)"
    r" +(?:own +)?(?:account|statement|claim|remark|word|assertion|version|report)s?\b"
)
# "forces also fled to Iran, but the ministry denied this": after a clause of its own sentence, "this" or "it" is that clause
_PRONOUN = re.compile(r" +(?:it|this)\b")
_BUT_SUBJECT = re.compile(r" +but +(?:[\w']+ +){1,5}$")
# a doubt that points back ("an official doubted the account", "officials cast doubt on the claim")
_DOUBT_VERB = re.compile(r" (?:doubt(?:ed|s|ing)|question(?:ed|s|ing)|cast(?:s|ing)? +doubts? +(?:on|over))\b")
_NOT_BEFORE = re.compile(r" (?:not|never|n t|neither) +(?:\w+ +)?(?:(?:confirm|verif|acknowledg)\w* +n?or +)?$")  # "did not deny", "did not confirm or deny"
_TALIBAN_SPEAKER = re.compile(r" (?:taliban|insurgents|militants|the +group|mujahid|islamic +emirate)\b")
_CONFIRM_BACK = re.compile(
    r" confirm(?:ed|s|ing)? +(?:\w+ +){0,2}?(?:(?:the|this|that|these|its|their|taliban +s?) +)?"
    r"(?:news|reports?|claims?|account|fall|capture|seizure|loss|takeover|it|this)\b"
)
# "the lawmaker confirmed (that) the two buildings have fallen", "confirmed the base had been handed
# over": a confirmation that names the loss
_CONFIRM_THAT = re.compile(
    r" confirm(?:ed|s|ing)? +(?:that +)?(?:[a-z0-9 ]{0,80}? )?(?:fallen|fell|captured|seized|overrun|overran|surrendered"
    r"|handed +over|abandoned|withdr[ae]wn?|withdrew|pulled +out|retreat(?:ed)?"
    r"|under +(?:full +|complete +)?(?:the +)?taliban +control|in +(?:the +)?(?:hands +of +the +taliban|taliban +hands))\b"
)
# "said the account was true", "says the reports are correct": a confirmation that calls what was said true
_TRUE_BACK = re.compile(
    r" (?:said|says|told +\w+|added|stated) +(?:that +)?(?:the|this|that|these|its|their|taliban +s?|group +s?) +(?:news|reports?|claims?|accounts?|statements?|announcement)"
    r" +(?:was|were|is|are) +(?:(?:entirely|quite|largely) +)?(?:true|correct|accurate)\b"
)
_BY_OFFICIAL = re.compile(
    r" +by +(?:the +|a +|an +|two +|several +)?(?:(?:local|provincial|district|security|government|afghan|kabul) +)?(?:officials?|governor|ministry|police|council"
    rf"|councill?ors?|lawmakers?|mps?|army|{WITNESSES})\b"
)
# a quotation in double quotes, or in single ones as many South Asian outlets print them (an
# apostrophe inside a word, "Taliban's", does not close it)
_QUOTE = re.compile(  # the opening mark first, shared by both forms: the scan skips to the next mark
    r"[\"“'‘](?:(?<=[\"“])[^\"“”]{1,1500}[\"”]"
    r"|(?<=['‘])(?<![\w'’]['‘])(?=[A-Z])(?:[^'‘’\"“”]|(?<=\w)['’](?=\w)){1,1500}['’](?=[\s,.;:)]|$))"
)
# commanders who act, not speak: "Taliban commanders and armed fighters took over the palace"
_COMMANDERS_ACTING = r"(?! +(?:and +(?:\w+ +){0,3}?(?:fighters|men|gunmen|militants)|(?:had +|have +|has +)?(?:took|taken|seized|captured|entered|overran|stormed|walked|rolled|marched))\b)"
_TALIBAN_VOICE = re.compile(
    r" (?:taliban +(?:s +)?(?:(?:chief|main|senior|official) +)?(?:spokes\w+|commanders?" + _COMMANDERS_ACTING + r"|officials?|statement)|(?:(?:official|chief|main) +)?spokes\w+ +for +the +(?:taliban|group|insurgents)|(?:an|the) +insurgent +spokes\w+|mujahid"
    r"|(?:yousuf|yousaf|yusuf|yusof) +ahmadi|bilal +karimi|islamic +emirate|group s +spokes\w+|(?:taliban|the +group|insurgents|militants) +(?:said|says|claimed|announced)"
    r"|statements? +(?:\w+ +){0,3}?(?:by|from) +(?:the +)?(?:taliban|group|insurgents|militants))\b"  # "the statement put out by the Taliban"
)
_OFFICIAL = re.compile(
    r" (?:officials?|authorities|governor|ministry|police|provincial +council|council +(?:member|head|chief)s?|lawmakers?"
    r"|parliamentarians?|members? +of +(?:the +)?(?:parliament|national +assembly|senate)|councill?ors?|mps?|army|corps|commander|district +chief|spokes(?:man|person|woman) +for +the"
    r" +(?:ministry|governor|police|army|province))\b"
    r"(?!(?: +s|['’]s) +(?:compound|office|offices|house|residence|headquarters|palace|guesthouse)\b)"  # "the governor's compound": a building
    # "police had won back X": the side acting, not a source speaking
    r"(?! +(?:\w+ly +)?(?:had +|have +|has +)?(?:\w+ly +)?(?:re ?(?:took|taken|captured|gained|claimed|occupied)|won +back|took +back|taken +back|captured|seized|cleared)\b)"
)
_CONFIRMED = re.compile(r" confirm(?:ed|s)?\b")
# what a speaker turns down that is no report: "rejected calls for", "dismissed the group's offer of talks"
_PROPOSAL = re.compile(r" +(?:(?:the|a|an|any|all|such|their|its|his|her|taliban|group|s)\s+){0,3}(?:\w+ +)?(?:calls?|demands?|requests?|appeals?|proposals?|offers?|pleas?|ultimatums?|invitations?)\b")
# "confirmed only the fall of X": the confirmation singles out one place, so others it tells as fought stay claims
# or a fight it tells as going on: "said the soldiers had withdrawn and that the district centre was still being fought over"
_CONTRAST = re.compile(r" (?:but|however|though|although|while|whereas|confirm(?:ed|s)? +only|only +confirm(?:ed|s)?"
                       r"|still +(?:being +)?(?:fought|contested|under +attack|under +siege|besieged))\b")
# a witness the claim's side does not speak for: "residents confirmed", "an AFP correspondent confirmed"
_INDEPENDENT = re.compile(
    r" (?:residents?|witness(?:es)?|locals|elders|journalists?|reporters?|correspondents?|(?:local|security|independent|hospital) +sources?)\b"
)


def doubts(view: str) -> bool:
    """Return True when the sentence (its view) doubts a report without naming it ("the claim
    could not be verified", "officials have not confirmed the fall of the district")."""
    return bool(_DOUBT.search(" " + view))


def doubts_speaker(view: str) -> bool:
    """Return True when the sentence (its view) doubts what a speaker said in so many words ("his
    account could not be confirmed", "their statements could not be independently verified"): the
    writer's doubt on the source's own word, which holds even when that source is an official."""
    return doubts(view) and bool(_SPEAKERS_WORD.search(" " + view))


def denies_back(view: str) -> bool:
    """Return True when a non-Taliban speaker denies or doubts something said before ("officials
    denied the report", "the ministry rejected the claims", "a spokesman denied it", "an official
    doubted the account")."""
    padded = " " + view
    return any((back := _BACK_OBJECT.match(padded, m.end())) and not _taliban_speaks(padded, m.start()) and not _NOT_BEFORE.search(padded, 0, m.start() + 1)
               and not (_PRONOUN.match(back.group()) and _after_own_clause(padded, m.start() + 1))
               for m in itertools.chain(DENIAL.finditer(padded), _DOUBT_VERB.finditer(padded)))


def _after_own_clause(padded: str, at: int) -> bool:
    """Return True when the denial at `at` follows "but" and its subject after a clause of at least six words."""
    but = _BUT_SUBJECT.search(padded, 0, at)
    return but is not None and len(padded[: but.start()].split()) >= 6


def denies(view: str) -> bool:
    """Return True when a non-Taliban speaker denies anything in the sentence (a report, not a call
    or an offer turned down: "rejected calls to send troops back after the Taliban took X")."""
    padded = " " + view
    return any(not _taliban_speaks(padded, m.start()) and not _NOT_BEFORE.search(padded, 0, m.start() + 1) and not _PROPOSAL.match(padded, m.end())
               for m in DENIAL.finditer(padded))


def official_source(view: str) -> bool:
    """Return True when the sentence names an official source (officials, governor, ministry,
    police, council, lawmakers, the army; not the Taliban's) or says something was confirmed (not
    by the Taliban's own spokesman: "Mujahid confirmed the fall of X" is their word)."""
    padded = " " + view
    return _official_named(view) or any(not confirmed_by_taliban(padded, m.start()) for m in _CONFIRMED.finditer(padded))


def taliban_voice(view: str) -> bool:
    """Return True when the sentence names a Taliban speaker ("a Taliban spokesman", "Mujahid",
    "the group said") and no official source."""
    return bool(_TALIBAN_VOICE.search(" " + view)) and not official_source(view)


def _official_named(view: str) -> bool:
    """Return True when the sentence names an official (not "a Taliban commander") who speaks:
    not one named only as a building ("over the governor's office") or as silent ("police did
    not respond")."""
    padded = _TALIBAN_VOICE.sub(" ", " " + view)
    return any(not says_nothing(padded, m.end()) for m in _OFFICIAL.finditer(padded))


def _taliban_speaks(padded: str, denial_at: int) -> bool:
    """Return True when the Taliban, not an official, are the ones denying."""
    before = padded[max(0, denial_at - 80) : denial_at + 1]
    return bool(_TALIBAN_SPEAKER.search(before)) and not _OFFICIAL.search(before)


def taliban_quoted(text: str, sentences: Sequence[tuple[int, int]]) -> set[int]:
    """Return the indices of the sentences inside a quotation the Taliban speak ("'X has been
    captured. Y was also taken,' a Taliban spokesman said"): the words just before the quotation
    or after its close, to the end of the sentence, name a Taliban speaker and no official."""
    starts = [a for a, _ in sentences]
    inside: set[int] = set()
    for quote in _QUOTE.finditer(text):
        first = bisect.bisect_right(starts, quote.start()) - 1
        last = bisect.bisect_right(starts, quote.end() - 1) - 1
        lead = _colon_lead(text, sentences, first, quote.start())
        if first < 0 or (first == last and lead is None):
            continue  # a quotation inside one sentence: the sentence rules read its speaker
        before = lead or text[sentences[first][0] : quote.start()]
        after = text[quote.end() : sentences[last][1]]
        if any(_TALIBAN_VOICE.search(" " + text_view(words)) and not official_source(text_view(words)) for words in (before, after)):
            inside.update(range(first, last + 1))
    return inside


def _colon_lead(text: str, sentences: Sequence[tuple[int, int]], first: int, quote_start: int) -> str | None:
    """Return the sentence before a quotation that opens its own sentence when that sentence ends
    on the colon introducing it ("a Taliban spokesman wrote on Twitter:"), else None."""
    if first < 1 or text[sentences[first][0] : quote_start].strip():
        return None
    lead = text[sentences[first - 1][0] : sentences[first - 1][1]]
    return lead if lead.rstrip().endswith(":") else None


def demote_doubted(drafts: Sequence[_T], view_of: Callable[[int], str], named_in: Callable[[int], set[str]],
                   sentence_count: int, quoted: set[int] = frozenset()) -> list[_T]:
    """Return `drafts` with the Taliban gains a following sentence doubts or denies, or a quotation
    of the Taliban tells (`quoted`: its sentences), turned into claims (see the module docstring),
    and without the hearsay gains the Taliban deny (`frontmap.extract.denied_gains`), a claim
    retold by a noun still a claim (`frontmap.extract.claim_retellings`), a gain in the writer's
    scare quotes a claim (`frontmap.extract.scare_quotes`), as is a gain "he added" after a Taliban
    speaker (`frontmap.extract.pronoun_speakers`) or told by a Taliban spokesman's surname
    (`frontmap.extract.named_speakers`) or an untitled spokesman under a headline giving the Taliban's word
    (`frontmap.extract.headline_voices`), but a quotation a witness backs a fact
    (`frontmap.extract.quote_backings`); `view_of(i)` is sentence i's view, `named_in(i)` the
    units it names."""
    told: dict[int, set[str]] = {}  # the units each sentence tells news of
    for d in drafts:
        told.setdefault(d.index, set()).add(d.key)
    doubted: dict[int, set[str]] = {}
    for index, units in _units_by_sentence(drafts, TALIBAN).items():
        speaks_of = _doubts_them if not official_source(view_of(index)) else lambda view, again: doubts_speaker(view)
        doubted[index] = _later_units(index, units, view_of, named_in, sentence_count, told, speaks_of)
    backed = quote_backings.backed(quoted, view_of, lambda view: _confirms_them(view, set()))
    confirmed: dict[int, set[str]] = {}
    for index, units in _units_by_sentence(drafts, CLAIMED).items():
        if index in backed or index + 1 in backed:  # "... a Taliban spokesman tweeted, a claim backed by a resident"
            confirmed[index] = units
        elif index not in quoted:
            confirmed[index] = _later_units(index, units, view_of, named_in, sentence_count, told, _confirms_them)
    confirmed = _not_told_otherwise(confirmed, drafts, view_of)
    settled = doubted_by_writer([_settled(d, quoted - backed, doubted, confirmed) for d in drafts], view_of, official_source)
    settled = spoken_on_as_claims(settled, view_of, (taliban_voice, official_source))
    settled = surname_spoken_as_claims(settled, view_of, (taliban_voice, official_source))
    settled = headline_voices.spokesman_as_claims(settled, view_of, (taliban_voice, official_source))  # "Taliban say ..." over "a spokesman said"
    settled = retold_as_claims(settled, view_of, official_source)
    return drop_denied_hearsay(settled, view_of, named_in, sentence_count, official_source)


def _not_told_otherwise(confirmed: dict[int, set[str]], drafts: Sequence[_T], view_of: Callable[[int], str]) -> dict[int, set[str]]:
    """Return the confirmed units without those a confirming sentence that sets one place against
    another tells as still fought or held ("confirmed the fall of X but said Y was still
    contested", "confirmed only the fall of X and said troops were fighting for Y": Y stays a claim; not "efforts are under way to retake it", which admits the loss)."""
    otherwise = {(d.index, d.key) for d in drafts if d.status in (CONTESTED, GOVERNMENT) and _CONTRAST.search(view_of(d.index))}
    return {index: {u for u in units if (index + 1, u) not in otherwise and (index + 2, u) not in otherwise}
            for index, units in confirmed.items()}


def _units_by_sentence(drafts: Sequence[_T], status: str) -> dict[int, set[str]]:
    """Return the units of the drafts with `status`, by sentence."""
    units: dict[int, set[str]] = {}
    for d in drafts:
        if d.status == status:
            units.setdefault(d.index, set()).add(d.key)
    return units


def _settled(d: _T, quoted: set[int], doubted: dict[int, set[str]], confirmed: dict[int, set[str]]) -> _T:
    """Return the draft as its attribution leaves it: a doubted or Taliban-quoted gain is a claim,
    a claim an official confirms in the next sentence a gain."""
    if d.status == TALIBAN and (d.index in quoted or d.key in doubted.get(d.index, ())):
        return as_claim(d)
    if d.status == CLAIMED and d.key in confirmed.get(d.index, ()):
        return dataclasses.replace(d, status=TALIBAN)
    return d


def _doubts_them(view: str, again: set[str]) -> bool:
    """Return True when a later sentence doubts or denies what an earlier one told."""
    return bool(again and denies(view)) or (doubts(view) and not doubts_own_news(view)) or denies_back(view)


def _confirms_them(view: str, again: set[str]) -> bool:
    """Return True when a later sentence has an official confirm what an earlier one told ("the
    governor confirmed the news", "a lawmaker confirmed that the compound had fallen", "the claim
    was confirmed by the police", "officials acknowledged that troops had pulled out"), without
    doubting it."""
    padded = " " + view
    if doubts(view) or denies(view):
        return False
    confirmations = itertools.chain(_CONFIRM_BACK.finditer(padded), _CONFIRM_THAT.finditer(padded), _TRUE_BACK.finditer(padded))
    return any((_confirmer_named(padded[max(0, m.start() - 80) : m.start()]) or _BY_OFFICIAL.match(padded, m.end())) and not _NOT_BEFORE.search(padded, 0, m.start() + 1)
               for m in confirmations) or confirmed_by_official(padded)  # not "officials neither confirmed nor denied that"


def _confirmer_named(before: str) -> bool:
    """Return True when the words before a confirmation name an official or an independent witness
    (residents, a correspondent), not the Taliban."""
    others = _TALIBAN_VOICE.sub(" ", " " + before)
    return bool(_OFFICIAL.search(others) or _INDEPENDENT.search(others))


def _later_units(index: int, units: set[str], view_of: Callable[[int], str], named_in: Callable[[int], set[str]],
                 sentence_count: int, told: Mapping[int, set[str]], speaks_of: Callable[[str, set[str]], bool]) -> set[str]:
    """Return the units of sentence `index` that the next sentence (or the one after, past a
    sentence that tells nothing or only of the same places) speaks of as `speaks_of` asks (all,
    unless it names some again)."""
    for later in (index + 1, index + 2):
        if later >= sentence_count:
            break
        view = view_of(later)
        again = named_in(later) & units
        if speaks_of(view, again):
            own = told.get(later, units)  # the places its own news is of
            return again or (units if own & units else set())  # not X's when only of others ("... flags over the compound in Y")
        if later in told and (not told[later] <= units or official_source(view)):
            break  # past a sentence that retells only the same places, unbacked ("photos showed their flag in X")
    return set()
