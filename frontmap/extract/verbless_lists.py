"""Places a sentence lists without a verb of their own, and what is said of them.

A list sentence opens on a phrase that stands for the places it names ("The fallen districts are
X, Y and Z", "The districts that fell include X and Y", "Cities now under Taliban control include X
and Y", "They include X and Y", "This includes X and Y", "Among these were X and Y", "The first was X; the other two are Y and Z", "The same applies to X and Y") and names them after it. Its places take the verdict on the phrase that speaks of them,
looked for in this order:

1. the opening itself, when it holds the outcome ("the fallen districts", "the districts that
   fell"): no actor named, the outcome alone;
2. the subject of the next sentence when it speaks of them all ("... X and Y. They all fell on
   Sunday"; "All of them were retaken by the army"): dated by that sentence's verb;
3. the count of the sentence before ("Six districts fell in the past day. The districts include
   ..."), unless that sentence tells no outcome ("the districts they plan to take"): dated by that
   sentence's verb, not by the last date it gives ("... over the weekend, an official said on Monday").

A count the same sentence spells out after a colon or a dash ("seized three capitals: X; Y; and
Z") gives each listed place what the sentence says of the count. A place that only locates another
("X in Herat") takes nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from typing import TYPE_CHECKING, NamedTuple

from frontmap.extract import rules, section_heads
from frontmap.extract.date_scope import told_since
from frontmap.extract.gaps import only_locates
from frontmap.extract.text import has_any
from frontmap.extract.triggers import CAPTURE, FALL, HANDOVER, LOSE, RETAKE
from frontmap.status import TALIBAN

if TYPE_CHECKING:
    from frontmap.extract.events import _Reading as Reading

# the frontier's sites are counted and listed as towns are ("five border crossings: X, Y and Z")
_NOUNS = (r"(?:districts?|district\s+cent(?:re|er)s|capitals|provincial\s+capitals|cities|towns|provinces|places|areas"
          r"|(?:border\s+)?crossings|crossing\s+points|(?:border|dry|trade)\s+ports|(?:border|customs)\s+posts)")
_DATELINE = r"(?:[A-Z][A-Za-z’'.-]*(?:\s+[A-Z][A-Za-z’'.-]*)*,\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:\s*\([A-Za-z][\w .’'/-]{0,30}\))?\s*[-–—]+\s*)?"  # "FAIZABAD, July 5 - ", "KABUL, June 30 (AP) - "
_LIST_OPENING = (
    # "The districts that fell", "Cities now under Taliban control" (a bare plural: the sentence's first word)
    rf"\W*(?:(?:(?P<determiner>the|these|those)\s+|(?-i:(?=[A-Z])))(?P<adjective>[\w-]+\s+)?(?:[\w-]+\s+)?(?P<noun>{_NOUNS})"
    r"(?:\s+(?:that|which|the)\s+[^,.;:]{1,80}?|\s+(?:now\s+|\w+ly\s+)?(?:under|in|captured|seized|taken|retaken|recaptured|reclaimed|regained|liberated|lost|overrun|abandoned)(?:\s+[^,.;:]{1,50}?)?)?"
    r"(?:\s*,\s*[^,.;:]{1,40}?,)?"  # an aside: "The other capitals, fallen earlier, are"
    # "The first was X; the other two are Y and Z", "the rest were": members of the set the sentence before counts
    r"|(?:the\s+(?:first|second|third|last)(?:\s+one)?(?:\s+to\s+fall)?|the\s+(?:other|remaining)\s+(?:two|three|four|five|six|ones)|the\s+rest"
    r"|the\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}))"  # "The three were X, Y and Z": the count with its noun left out
    r"(?=\s+(?:was|were|are|is)\s+(?-i:[A-Z]))"  # a name right after: "the first was a blow to ..." lists nothing
    r"|they|these|those|others|among\s+(?:them|these|those)(?:\s+\w+)?"
    r"|(?:this|that)(?=\s+include[sd]?\b)"  # "This includes X and Y": the set the sentence before counts
    rf"|among\s+the\s+(?:[\w-]+\s+)?{_NOUNS}(?:\s+[^,.;:]{{1,60}}?)?)"  # "Among the districts lost overnight were"
    r"(?:\s+(?:are|were|is|was|include[sd]?|included)\b(?!\s+(?:not|no|still|now|under|in|being|expected|likely|at)\b)"
    r"|\s*:(?=\s*(?-i:[A-Z])))"  # "Capitals that have fallen since Friday: X, Y and Z"
)
_OPENING = re.compile("^" + _DATELINE + _LIST_OPENING, re.IGNORECASE)
# A dateline holds a day and a dash ("July 5 - "): a sentence with none is matched without trying
# one, which costs most of the match (a try from every word, the sentence being capitalised or not
# to a pattern ignoring case); the match is the same, the dateline being optional.
_UNDATED_OPENING = re.compile("^" + _LIST_OPENING, re.IGNORECASE)
_DATELINE_DAY = re.compile(r"\d(?:\s*\([^()]{0,30}\))?\s*[-–—]")
# "The same applies to X and Y", "the same was true of X": a name right after, its outcome the one told just before
_SAME = re.compile(
    r"^\W*the\s+same\s+(?:applies|applied|goes|went|is\s+true|was\s+true|happened)\s+(?:to|for|of|in)\s+(?=(?-i:[A-Z]))", re.IGNORECASE)
# "The other capitals, fallen earlier, are ...": a retold list with no day to date its places by
_UNDATED_PAST = re.compile(
    r"\b(?:earlier|previously|already|before|so\s+far|to\s+date)\b(?!\s+(?:this|that|on|in|today|last|the)\b)", re.IGNORECASE)
_OWN_NOUN = re.compile(rf"\b[\w-]+\s+{_NOUNS}\b|\b{_NOUNS}\b", re.IGNORECASE)
_FALLEN = frozenset("fallen captured lost seized overrun abandoned".split())
# "six district centres", "nine more districts", "several capitals": the count a list names
_COUNT = re.compile(
    r"(?:\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|both|several|dozens\s+of)\s+"
    r"(?:of\s+(?:the\s+)?(?:country|province|nation|afghanistan|its|their)(?:['’]s)?\s+)?"  # "five of the country's main crossings"
    r"(?:(?!(?:of|the|these|those|its|their|in|from)\s)\w[\w-]*\s+){0,2}?"
    + _NOUNS + r"\b"
    # "three fell on Sunday alone - X, Y and Z": a bare count, its noun in the sentence before, as the subject of "fell"
    r"|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d+)(?:\s+more)?(?=\s+fell\b))",
    re.IGNORECASE,
)
# "four districts in four provinces fell": where the counted places lie, between count and verb
_WHERE_AFTER_COUNT = re.compile(
    r"(?:\s+cent(?:re|er)s)?\s+(?:in|across|of)\s+(?:the\s+)?(?:\w+\s+){0,2}?(?:provinces?|regions?|country|north|south|east|west)\b"
    r"(?=\s+(?:\w+\s+){0,2}?(?:fell|fall|have|has|had|were|was|are|came|come|went|changed)\b)",  # the count is the verb's subject
    re.IGNORECASE,
)
_COUNTED_IN = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(?:(?:more|other)\s+)?(?:(?:district|city|town)s?\s+)?in\s+(?:the\s+)?$",
    re.IGNORECASE)
_ALL_OF_THEM = re.compile(r"^\W*(?:they\s+(?:all|both)|all\s+of\s+them|both\s+of\s+them|all\s+(?:three|four|five|six|seven)|both)\b", re.IGNORECASE)
_OUTCOMES = (CAPTURE, RETAKE, FALL, LOSE, HANDOVER)
_OUTCOME_REACH = 40  # characters into the next sentence its verb may start ("They all fell ...")
# words that make the sentence before a list tell no outcome ("the districts they plan to take")
# ("may" the modal, not the month a day number stands beside: "between 19 May and 13 July", "since May 4")
UNTOLD = re.compile(r"\b(?:not|never|no|failed|deni\w*|could|would|(?<!\d\s)may(?!\s+\d)|might|plan\w*|threat\w*|vow\w*|list|target|sights|line)\b|n't\b")


class ListReading(NamedTuple):
    """What a list sentence says of each place it names: the verdict, and the sentence and place
    of the verb that dates it, in the sentence after or the count's before (None when the list's
    own date in force dates it)."""

    verdict: rules.Verdict
    borrowed: tuple[int, int] | None


def opening_end(sentence: str) -> int:
    """Return where the opening of a list sentence ends ("The fallen districts are|"), or -1."""
    match = _opening(sentence)
    return match.end() if match else -1


def _opening(sentence: str) -> re.Match[str] | None:
    """Return the match of a list sentence's opening (`_OPENING`) at the start of `sentence`, or None."""
    match = (_OPENING if _DATELINE_DAY.search(sentence) else _UNDATED_OPENING).match(sentence)
    if match and match.group("noun") and not match.group("determiner") and match.group("noun")[-1:].lower() != "s":
        return None  # "Sangin district, which they took in May, is quiet": a named place, no list's opening
    return match


def reading(read: Reading, index: int, sentence: str, s_view: str, triggers: list[rules.Trigger]) -> ListReading | None:
    """Return what the list sentence `index` says of the places it names, from its opening, the
    sentence after or the sentence before (in that order); None for any other sentence, or when
    its places have a verb of their own."""
    same = _SAME.match(sentence) if index > 0 else None
    match = _opening(sentence) or same
    if match is None:  # "Aug. 12 - Herat: the third-largest city." under "Capitals captured by the Taliban"
        verdict = section_heads.entry_verdict(read.article.text, read.sentences[index][0], sentence, triggers)
        return None if verdict is None else ListReading(verdict, None)
    if any(t.start >= match.end() for t in triggers) or _UNDATED_PAST.search(match.group()):
        return None
    if same is not None:  # "The same applies to X and Y": what the sentence before said of its place
        verdict = _from_place_before(read, index - 1)
        return None if verdict is None else ListReading(dataclasses.replace(verdict, trigger_start=0), None)
    verdict, borrowed = _from_opening(sentence, s_view, match, triggers), None
    if verdict is None and index + 1 < len(read.sentences):
        verdict, at = _from_sentence_after(*read.sentence(index + 1)[1:])
        borrowed = None if at is None else (index + 1, at)
    if verdict is None and index > 0 and (verdict := _from_count_before(*read.sentence(index - 1)[1:])) is not None:
        borrowed = (index - 1, verdict.trigger_start)  # "took six districts over the weekend. The districts were X, Y": the weekend's
    return None if verdict is None else ListReading(dataclasses.replace(verdict, trigger_start=0), borrowed)


def _from_opening(sentence: str, view: str, match: re.Match[str], triggers: list[rules.Trigger]) -> rules.Verdict | None:
    """Return the verdict the opening holds ("the fallen districts", "the districts that fell"),
    or None when it holds no outcome."""
    noun = _OWN_NOUN.search(sentence, 0, match.end())
    if UNTOLD.search(view, 0, match.end()):
        return None  # "Cities that could have fallen by now: X, Y", "The districts that did not fall are X"
    if triggers and noun is not None:
        own = triggers[-1]
        return rules.SentenceReader(sentence, triggers, view).judge(noun.start(), noun.end()) or rules.Verdict(own.status, own.text, 0, 0.7)
    if (match.group("adjective") or "").strip().lower() in _FALLEN:
        return rules.Verdict(TALIBAN, match.group("adjective").strip(), 0, 0.7)
    return None


def _from_place_before(read: Reading, index: int) -> rules.Verdict | None:
    """Return the verdict sentence `index` gives the last place it names, or None when it names
    none or tells no outcome ("they did not take X")."""
    p_start, previous, p_view = read.sentence(index)
    places = read.by_sentence.get(index, [])
    if not places or UNTOLD.search(p_view):
        return None
    reader = rules.SentenceReader(previous, rules.find_triggers(previous, p_view), p_view)
    return reader.judge(places[-1].start - p_start, places[-1].end - p_start)


def count_in(sentence: str) -> str | None:
    """Return the words of the count `sentence` tells ("six district centres"), or None."""
    count = _COUNT.search(sentence)
    return None if count is None else count.group()


def from_count_before(previous: str, p_view: str) -> rules.Verdict | None:
    """Return the verdict the sentence `previous` gives its count (see `_from_count_before`)."""
    return _from_count_before(previous, p_view)


def _from_count_before(previous: str, p_view: str) -> rules.Verdict | None:
    """Return the verdict the sentence before gives its count ("government forces abandoned six
    district centres"), or None when it counts nothing or tells no outcome."""
    count = _COUNT.search(previous)
    if count is None or UNTOLD.search(p_view):
        return None
    where = _WHERE_AFTER_COUNT.match(previous, count.end())  # the count's subject ends after "in four provinces"
    reader = rules.SentenceReader(previous, rules.find_triggers(previous, p_view), p_view)
    return reader.judge(count.start(), where.end() if where else count.end())


def _from_sentence_after(following: str, f_view: str) -> tuple[rules.Verdict | None, int | None]:
    """Return the verdict the next sentence gives its subject when that speaks of them all ("They
    all fell on Sunday") and where its verb stands; (None, None) otherwise."""
    subject = _ALL_OF_THEM.match(following)
    if subject is None:
        return None, None
    triggers = [t for t in rules.find_triggers(following, f_view) if t.kind in _OUTCOMES and t.start < _OUTCOME_REACH]
    if not triggers:
        return None, None
    verdict = rules.SentenceReader(following, triggers, f_view).judge(subject.start(), subject.end())
    return (verdict, triggers[0].start) if verdict is not None else (None, None)


def names_for_the_list(sentence: str, start: int) -> bool:
    """Return True when the place at `start` of a list sentence is one of the places it lists,
    not one that locates another ("Obe in Herat": Herat only locates) or counted units ("two in
    Kandahar, one in Parwan": the province holds the districts counted)."""
    if _opening(sentence) is None and _SAME.match(sentence) is None and not section_heads.in_entry_head(sentence, start):
        return False  # an entry under a section heading: its place is the one before its colon
    before = ", " + sentence[max(0, start - 60) : start]  # "Arghanchkhaw in Badakhshan;" opening a part of a list: an entry before it all the same
    return not only_locates(before) and _COUNTED_IN.search(before) is None


def date_in(read: Reading, index: int, position: int) -> tuple[dt.date | None, str]:
    """Return (date, basis) of an event told by the verb at `position` of sentence `index`."""
    _, sentence, view = read.sentence(index)
    reader = rules.SentenceReader(sentence, rules.find_triggers(sentence, view), view)
    return read.dates.date_of(index, reader.clauses, reader.clause_of(position), position, position)


# "seized three more capitals: X; Y; and Z", "took three capitals over the weekend - X, Y and Z",
# "overran both towns, X and Y, on Monday"
_BESIDES_AFTER = re.compile(r"\s+(?:aside|apart)\s+from\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?")
# "Two more fell overnight: X and Y": a count with its noun left out, spelled out after a colon or dash
_ELLIPTIC_COUNT = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several)\s+(?:more|others)\b(?!\s+of\b)", re.IGNORECASE)
_ANY_COUNT = re.compile(f"(?:{_COUNT.pattern}|{_ELLIPTIC_COUNT.pattern})", re.IGNORECASE)
# "six district centres fell, officials said on Monday: X, Y and Z": who tells it, between the count and its list
_SAID_BEFORE_LIST = r"(?:,\s+[^.:;,—–]{0,40}?\b(?:said|says|say|told|reported|announced|confirmed|added)\b[^.:;,—–]{0,25}?)"
_ELABORATED_COUNT = re.compile(  # a colon or a dash, spaced or typed close ("government—X and Y"), or the comma right after
    _ANY_COUNT.pattern + f"(?:{_BESIDES_AFTER.pattern})?"
    + r"(?:[^.:;,—–]{0,40}?" + _SAID_BEFORE_LIST + r"?(?:(?::|\s(?:--|[—–-]))\s|(?<=\w)(?:[—–]|--)(?=(?-i:[A-Z])))|(?P<comma>,)\s)",
    re.IGNORECASE)
# "five of these have since fallen back to the Taliban, X in Badakhshan, Y in Nimroz and Z": a count
# (or "N of these") whose verb ends on the winner, then a run of the names it counts after a comma
# or a colon ("three of them have since fallen to the Taliban: X, Y and Z"); not a
# comma inside a list of where the count lies ("fell to the Taliban in Kunduz, Baghlan and Takhar
# provinces", "in the provinces of X, Y and Z": the provinces that hold the districts)
_COUNT_OR_SHARE = r"(?:" + _COUNT.pattern + r"|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|all|both)\s+of\s+(?:these|them|those))"
_NAMED_AFTER_WINNER = re.compile(
    "(?P<count>" + _COUNT_OR_SHARE + r")[^.:;,—–]{0,50}?\b(?:to|by)\s+the\s+(?:taliban|insurgents|militants)"
    r"(?:\s+(?:on|by|in(?!\s+(?:the\s+)?(?:provinces?\s+of\s+)?(?-i:[A-Z]))|late|early|overnight|this|last)\b[^.:;,—–]{0,25}?)?"
    r"(?P<comma>,|:)\s",
    re.IGNORECASE,
)
_CLOSING_DASH = re.compile(r"\s(?:--|[—–-])\s")
# "took at least six provincial capitals: X, Y": the quantifier belongs to the count the verb takes
# (not "over", the particle of "had taken over two other capitals: X and Y")
_QUANTIFIER_BEFORE = re.compile(r"\b(?:at\s+least|more\s+than|nearly|almost|about|some|up\s+to|as\s+many\s+as)\s+$", re.IGNORECASE)
# after a comma only a run of names is a list ("both towns, X and Y,"; not "two districts, Kunduz police said")
_NAME_RUN = re.compile(r"(?:[A-Z][\w’'-]*|and|in|of|wa|e|district|districts|province|,|\s)+")


# the two patterns told first what a count opens with (a figure, or a count word's first letter):
# the engine then passes over every other position at once, about twice as fast
_OPENS_A_COUNT = r"(?=[\dtfsenbda])"
_ELABORATED_SEARCH = re.compile(_OPENS_A_COUNT + _ELABORATED_COUNT.pattern, re.IGNORECASE)
_WINNER_SEARCH = re.compile(_OPENS_A_COUNT + _NAMED_AFTER_WINNER.pattern, re.IGNORECASE)
# what every count the patterns find holds: a figure or a count word, then the counted noun, "more"
# or "others", "fell", or "of these"
_COUNT_WORDS = frozenset(
    ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "both", "several", "dozens", "all")
)
_COUNTED = ("district", "capitals", "cities", "towns", "provinces", "places", "areas", "crossing", "ports", "posts", "more", "others", "fell", "these", "them", "those")
_LETTERS = re.compile(r"[a-z]+")
# the letters outside ASCII that a pattern ignoring case reads as an ASCII letter of these words
# (dotless i, long s, dotted capital I, the Kelvin sign): any other letter leaves the test exact
_FOLDED_APART = ("\u0131", "\u017f", "\u0130", "\u212a")
_FIGURE = re.compile(r"\d")


def _may_count(sentence: str) -> bool:
    """Return False when `sentence` lacks what every count holds (whatever its case): no count pattern
    can match it, and their searches, slow on every sentence, are skipped."""
    if not sentence.isascii() and has_any(sentence, _FOLDED_APART):
        return True  # a pattern ignoring case matches these to "i", "s" and "k": lower() keeps them apart
    low = sentence.lower()
    if not has_any(low, _COUNTED):
        return False
    return _FIGURE.search(sentence) is not None or not _COUNT_WORDS.isdisjoint(_LETTERS.findall(low))


@functools.lru_cache(maxsize=64)  # asked once per place of a sentence: one search per sentence
def elaborated_count(sentence: str) -> tuple[int, int, int, int] | None:
    """Return (start, end, list start, list end) of a count the sentence goes on to list after a
    colon or a dash ("seized three more capitals: X; Y; and Z": to the sentence's end), or after a
    comma when a run of names follows ("overran both towns, X and Y, on Monday"; "five of these have
    fallen to the Taliban, X, Y and Z"), or None."""
    if not _may_count(sentence):
        return None
    match = _ELABORATED_SEARCH.search(sentence) or _WINNER_SEARCH.search(sentence)
    if match is None:
        return None
    count = _ANY_COUNT.match(sentence, match.start())
    span = _with_quantifier(sentence, count.span() if count is not None else match.span("count"))
    if not match.group("comma"):
        besides = _BESIDES_AFTER.match(sentence, span[1])  # "two cities aside from Kabul remain ...": the count's subject goes on
        closing = _CLOSING_DASH.search(sentence, match.end())  # "- X and Y - and fighting went on in Z": the list ends at its dash
        return span[0], besides.end() if besides else span[1], match.end(), closing.start() if closing else len(sentence)
    run = _NAME_RUN.match(sentence, match.end())
    listed = run is not None and sentence[match.end() : match.end() + 1].isupper() and " and " in run.group()
    return (span[0], span[1], match.end(), run.end()) if listed else None


def _with_quantifier(sentence: str, span: tuple[int, int]) -> tuple[int, int]:
    """Return the count's span widened back over a quantifier right before it ("at least six")."""
    quantifier = _QUANTIFIER_BEFORE.search(sentence, max(0, span[0] - 20), span[0])
    return (quantifier.start(), span[1]) if quantifier else span


def counted_verdict(reader: rules.SentenceReader, sentence: str, start: int) -> rules.Verdict | None:
    """Return the verdict on a count the sentence lists after a colon or dash ("seized three more
    capitals: X; Y; and Z") for the listed place at `start`, else None."""
    count = elaborated_count(sentence)
    if count is None or start < count[2] or start >= count[3] or not names_for_the_list(sentence, start):
        return None
    verdict = reader.judge(count[0], count[1])
    if verdict is None:
        return None
    # dated at the count, unless the verb after it tells a change since ("five have since fallen")
    since = verdict.trigger_start > count[0] and told_since(sentence, verdict.trigger_start)
    return verdict if since else dataclasses.replace(verdict, trigger_start=count[0])
