"""Control taken or lost with no place after the verb: "The Taliban overran X on Monday. Security
forces regained control on Wednesday", "the police fled and the insurgents took over", "by
evening government troops had lost control".

Wire reports often leave the place of such a verb unsaid when the sentence before named it: the
verb then speaks of the place "it" would mean at that point (as `references.resolve_pronoun`: the
last town or district named in the sentence or the one before, never a destination, a title's
place or the dateline's city), so "Uprising forces retook it, but the insurgents regained control
on Friday" is about the same place twice. Only a verb past every place its sentence speaks of is
read so, and only when nothing stands where its object would ("took control of the airport",
"took over the investigation" have one). A hold is read so only as a return ("were back in
control"), a whole hold ("were in complete control") or a charge ("are now in charge here"), and a person who "took over" took an office.
A verb in a quote whose speaker is placed after it ('"The police gave up without a fight," said a
farmer from X') speaks of the speaker's place (`quoted_references`). An entry with no place after
it ("the Taliban moved in", `bare_entries`) is read so too. A verb followed by "here" with no
town named just before speaks of the town the report is from, as "the town" would. Fighting that
goes on in a sentence naming no place ("Fighting was still going on on Thursday") is at the place
of the fight told just before (`continued_fights`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from frontmap.extract import continued_fights, facilities, references
from frontmap.extract.rules import PASSIVE_BEFORE  # a passive's subject is what was taken: "buildings were taken over by the Taliban"
from frontmap.extract.triggers import CAPTURE, ENTER, FIGHT, HANDOVER, HOLD, LOSE, RETAKE, Trigger

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

_KINDS = (CAPTURE, RETAKE, LOSE, HOLD, HANDOVER, ENTER)
# the verbs whose object may go unsaid: "(re)gained control", "took full control", "took over",
# "troops returned" (`force_returns`), "the governor had surrendered", "the police gave up", "the
# Taliban moved in" and "are now in charge" (`bare_entries`)
_ENDINGS = ("control", "over", "returned", "surrendered", "up", "in", "charge")
# right after the verb: the end of the clause, its day or time, or a word that opens an adjunct;
# never an object ("took over the city", "took control of X", "lost control to the Taliban"), nor
# a passive's agent ("taken over by the Taliban": "by" only before a time)
_NO_OBJECT_AFTER = (
    r"\s*(?:[,.;:!?)\"”]|$|by\s+(?:the\s+)?(?:[a-z]+day|dawn|dusk|noon|midday|midnight|nightfall|evening|morning|night|afternoon|then|now|late|early|mid)"
    r"|(?:on|after|when|late|early|overnight|last|this|yesterday|today|within|without|unopposed|here|now|soon"
    r"|following|before|once|again|quickly|completely|fully|briefly|in\s+(?:the\s+)?(?:early|late|morning|afternoon|evening|night|hours)"
    r"|at\s+(?:dawn|dusk|daybreak|nightfall|night|midnight|noon|midday|first\s+light|around|about|\d))\b)"
)
_NO_OBJECT = re.compile(_NO_OBJECT_AFTER, re.IGNORECASE)
# the same, for a whole text: the candidate sentences (the triggers of each sentence decide); the
# word's first letter opens the pattern so that the scan seeks it (a leading \b makes it try every position)
_SCAN = re.compile(
    r"[cousir](?<!\w[cousir])(?:(?<=c)(?:ontrol|harge)|(?<=o)ver|(?<=r)eturned|(?<=s)urrendered|(?<=u)p|(?<=i)n)\b(?=" + _NO_OBJECT_AFTER + ")",
    re.IGNORECASE,
)
# a hold only when it is a return: "the army was back in control", "the insurgents were again in
# control"; a whole hold ("by evening the militants were in complete control"); or a charge taken
# ("the insurgents are now in charge")
_BACK_IN = re.compile(r"\b(?:(?:back|again)\s+in\s+(?:full\s+|complete\s+|firm\s+)?|in\s+(?:full|complete|total|firm)\s+)$", re.IGNORECASE)
# a surrender gives the place up only when "the" governor, garrison or authorities surrender (some
# soldiers who "surrendered" gave up only themselves; "its governor surrendered" names its place)
_SURRENDERING_HEAD = re.compile(
    r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}?(?:governor|garrison|chief|commanders?|administration|authorities|officials|police|defenders)\s+(?:(?:had|has|have)\s+)?(?:(?:also|finally|reportedly|then)\s+)?$"
)
# a person who "took over" takes an office: "he took over after his predecessor resigned"
_PERSON_BEFORE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Ww]ho|I)\s+(?:[a-z]+\s+){0,2}$")
# besides what "it" never means: a place in a title ("a former police chief of Herat ... took over")
_NOT_MEANT = frozenset({"title or affiliation"})
_HERE = re.compile(r"\s+(?:now\s+)?here\b", re.IGNORECASE)
# a name that only qualifies what follows it: "a Kabul television station", "two Bamyan valleys"
_QUALIFIER = re.compile(rf"\b[A-Z][\w'’-]+(?:['’]s)?\s+(?:{facilities.BROADCASTER}|(?:valleys|villages)\b)")


def positions(text: str) -> Iterator[int]:
    """Yield where, in `text`, a control verb may end with its place unsaid ("regained control on
    Wednesday"): candidates only, the triggers of the sentence decide."""
    for match in _SCAN.finditer(text):
        yield match.end()
    yield from continued_fights.positions(text)


def unsaid_place(antecedents: references.Antecedents, sentence: str, s_start: int, index: int,
                 triggers: Sequence[Trigger], after: int = 0) -> tuple[Mention, int] | None:
    """Return the place a control verb of sentence `index` speaks of when it names none ("security
    forces regained control on Wednesday"), and where its object would stand; None when no verb
    of the sentence past offset `after` (the places it speaks of) leaves its place unsaid, or no
    town or district was named just before."""
    for trigger in triggers:
        if (trigger.start < after and not _quoted_before(sentence, trigger.end, after)) or trigger.kind not in _KINDS or trigger.nominal or not trigger.text.lower().endswith(_ENDINGS):
            continue
        if not _NO_OBJECT.match(sentence, trigger.end) or (trigger.kind == HOLD and not trigger.text.lower().endswith("charge") and not _BACK_IN.search(sentence, 0, trigger.start)):
            continue
        if trigger.kind == HANDOVER and not _SURRENDERING_HEAD.search(sentence, max(0, trigger.start - 60), trigger.start):
            continue
        if _PERSON_BEFORE.search(sentence, max(0, trigger.start - 40), trigger.start) or (trigger.kind != HOLD and PASSIVE_BEFORE.search(sentence, max(0, trigger.start - 30), trigger.start)):  # "were in charge" is no passive
            continue
        mention = references.resolve_pronoun(antecedents, index, s_start + trigger.end, also_not=_NOT_MEANT)
        if mention is None and _HERE.match(sentence, trigger.end):  # "are now in charge here": the town the report is from, as "the town" would mean
            mention = antecedents.resolve(s_start + trigger.end, "town", 1, references.NOT_ANTECEDENT | _NOT_MEANT)
        if mention is not None:
            if _QUALIFIER.search(sentence, 0, trigger.start):
                return None  # "told a Kabul television station the garrison gave up": no place of the verb
            return mention, trigger.end
    if after == 0 and any(t.kind == FIGHT for t in triggers):  # no place at all: fighting that goes on where it was
        return continued_fights.continued_place(antecedents, sentence, s_start, index)
    return None


def _quoted_before(sentence: str, at: int, places_end: int) -> bool:
    """Return True when offset `at` of `sentence` lies in a quote that closes before `places_end`
    ('"They are in charge here now," said a resident of X'): the places after the quote name its
    speaker, and the verb's unsaid place is the speaker's (`quoted_references`)."""
    before = sentence[:at]
    if before.rfind("“") <= before.rfind("”") and before.count('"') % 2 == 0:
        return False
    close = min((i for i in (sentence.find("”", at), sentence.find('"', at)) if i >= 0), default=-1)
    return 0 <= close < places_end
