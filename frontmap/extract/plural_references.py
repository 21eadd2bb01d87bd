"""A counted group that refers back to places named just before: "both districts", "all three
districts", "the two towns", "all four provinces" (the provinces named, even those that only located
a town: "took Qalat in Zabul and Tarinkot in Uruzgan. Both provinces are now theirs"), a group
that says it was named ("the aforementioned districts": all of them), or a count with no noun as
the subject of a verb ("All three fell by evening", "officials said both were abandoned": the places
named, never the dateline's city).

"Militias took X, Y and Z on Friday. All three districts fell back to the Taliban on Monday": the
group is the subject (or object) of its own verb, so each place it counts is read there again,
as a reference. The places are the last ones of that number named before the group, in its own
sentence or the one before (provinces and mere locators do not count); a count the text does not
match ("the three districts" after two names) means nothing. A count the sentence before does
not match is looked for one sentence further back ("militias took X, Y and Z. The Taliban took back
Z on Sunday. All three areas are theirs again"), or, for three or more, in the two together when
they name exactly that many ("took X and Y. Fighting goes on in Z. The Taliban claim all three
districts"; a pair, "both", is read from one sentence). "The districts" with no count is the last list of
two or more places, in its own sentence or the one before ("X, Y and Z ... the districts").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from frontmap.extract import held_there, pair_references
from frontmap.extract.area_references import area_objects
from frontmap.extract.date_expressions import NUMBER_WORDS
from frontmap.extract.references import NOT_ANTECEDENT, any_role, object_pronouns, only_locates
from frontmap.extract.speaking_places import speaker_seat
from frontmap.extract.text import has_any, text_view

if TYPE_CHECKING:
    from collections.abc import Callable

    from frontmap.extract.mentions import Mention
    from frontmap.extract.references import Antecedents

    _Picker = Callable[[Antecedents, int, list[Mention]], list[Mention]]

_COUNT = r"(?P<count>two|three|four|five|six|seven|eight|nine|ten)"
# "these two checkpoints", "both ports", "the two locations": border crossings named before (never towns or districts:
# "took Nawa and Marja ... the two posts" are two posts, not the districts)
_CROSSING_NOUN = (r"(?:(?:border|customs|trade|transit|crossing)\s+)?(?:crossings|crossing\s+points|checkpoints|points|ports|posts"
                  r"|terminals|gateways|gates)|locations|sites")
_NAMED = r"(?P<named>aforementioned|afore-?said|above-?mentioned|said)"  # every one of the list before
_GROUP_NOUN = (
    r"\s+(?:(?:northern|southern|eastern|western|central|key|strategic|embattled|remote|main|major|important)\s+)?(?:districts|district\s+(?:administrative\s+)?cent(?:re|er)s|towns|cities|(?:provincial\s+)?capitals|areas"
    r"|(?P<provinces>provinces)|(?P<crossings>" + _CROSSING_NOUN + r"))\b"
)
GROUP = re.compile(
    r"\b(?:(?P<both>[Bb]oth)|(?:[Aa]ll\s+(?:the\s+)?|[Tt]he\s+|[Tt]hese\s+|[Tt]hose\s+)" + _COUNT
    + r"|(?:[Aa]ll\s+)?(?:[Tt]he|[Tt]hese|[Tt]hose)\s+" + _NAMED + ")" + _GROUP_NOUN
)
# "the districts", uncounted: the list just named; never one followed by its own names ("the districts of X and Y")
# (its letter first, as in _GROUP_SEARCH: the scan over a whole text skips ahead fast)
_BARE = re.compile(r"[Tt](?<!\w[Tt])h(?:e|ese|ose)\s+(?:districts|areas)\b(?!\s*(?:(?:of|in|around|near|along|where|that|which)\b|[(:\u2014-]))")
# the same matches, its first letter read as a class (then looked back at, for the word it opens):
# the engine passes over every position without one of them at once, fast over a whole text
_GROUP_SEARCH = re.compile(
    r"[BbAaTt](?<!\w[BbAaTt])(?:(?<=[Bb])(?P<both>oth)|(?:(?<=[Aa])ll\s+(?:the\s+)?|(?<=[Tt])h(?:e|ese|ose)\s+)" + _COUNT
    + r"|(?:(?<=[Aa])ll\s+[Tt]|(?<=[Tt]))h(?:e|ese|ose)\s+" + _NAMED + ")" + _GROUP_NOUN
)
# "All three fell by evening", "all four were overrun": a count with no noun, the subject of a verb right after
# (its first letter read as a class, then looked back at: the engine skips to each "a" of a whole text at once)
# "Both were abandoned", "both had fallen": a nounless pair, only with a verb a place undergoes ("both were
# captured" may be two men)
_NOUNLESS = re.compile(  # one class first for both words, so the scan of a whole text stays a skip from letter to letter
    r"[AaBb](?:(?<=[Aa])(?<!\w[Aa])ll\s+" + _COUNT + r"(?=\s+(?:of\s+them\s+)?(?:(?:have|had|were|was|are)\s+(?:been\s+)?(?:\w+ly\s+)?(?:\w+ed|overrun|taken|retaken|lost|fallen)|fell)\b)"
    r"|(?<=[Bb])(?:(?<=\bsaid [Bb])|(?<=\bthat [Bb])|(?<![\w,] [Bb]))(?<!\w[Bb])oth(?=\s+(?:of\s+them\s+)?(?:(?:have|had|were|was|are)\s+(?:been\s+)?(?:\w+ly\s+)?(?:abandoned|evacuated|overrun|retaken|recaptured|fallen)|fell)\b))")
# "troops were still fighting in both", "a day after the Taliban overran both": a nounless "both" closing a clause
# (after a preposition or a verb only a place takes: "captured both" may be two men), the two places told last
_IN_BOTH = re.compile(r"\b(?:in|at|for|over|around|overr(?:an|un)|stormed|retook|retaken|recaptured)\s+(?P<both>both)(?=\s*(?:[.,;:]|$))")
_PAIR_REACH = 3  # sentences back in which the two places may be spread
_ADDED_ASIDE = re.compile(r"\b(?:[Ii]n\s+addition\s+to|[Bb]esides|[Aa]part\s+from|[Aa]side\s+from|[Bb]eyond)\s+$")
_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:and\s+)?(?:districts?\s*,?\s*(?:and\s+)?)?")  # "X, Y, and Z" / "X district and Y"
# "the Kunduz police spokesman said. Both districts ...": a place naming a speaker's office is no place the group counts
_NOT_COUNTED = NOT_ANTECEDENT | {"title or affiliation"}
_GROUP_NOUNS = ("districts", "centres", "centers", "towns", "cities", "capitals", "provinces", "areas",  # one ends every group: most sentences have none
                "crossings", "points", "ports", "posts", "terminals", "gateways", "gates", "locations", "sites")


def back_references(text: str) -> Iterator[int]:
    """Yield where each "it" or "the area" a control verb may govern stands (`references.object_pronouns`),
    then where a "there" or "it" may tell the place of a hold or a fight (`held_there`), then where
    each counted group ("both districts", "all three towns") stands in `text`."""
    yield from object_pronouns(text)
    yield from area_objects(text)
    yield from held_there.candidates(text)
    yield from (match.start() for match in _NOUNLESS.finditer(text))
    if "both" in text:  # the cheap test first: the pattern opens with a word boundary, so its scan tries every position
        yield from (match.start("both") for match in _IN_BOTH.finditer(text))
    yield from pair_references.reference_starts(text)  # "the latter fell"
    if not has_any(text, _GROUP_NOUNS):
        return  # every group ends in one of these nouns: half the texts hold none
    for match in _GROUP_SEARCH.finditer(text):
        yield match.start()
    for match in _BARE.finditer(text):
        yield match.start()


def group_places(antecedents: Antecedents, sentence: str, s_start: int, index: int,
                 own: list[Mention]) -> list[tuple[int, int, Mention]]:
    """Return (start, end, mention) for each place a counted group in `sentence` (sentence `index`
    at `s_start`, naming the places `own`) refers back to: the group's span, once per place."""
    found = [(match.start(), match.end(), m) for match in _NOUNLESS.finditer(sentence)
             for m in _last_named(antecedents, own, index, (s_start + match.start(), NUMBER_WORDS.get(match.group("count"), 2)), _undated_places)]
    if "both" in sentence:
        found.extend((match.start("both"), match.end("both"), m) for match in _IN_BOTH.finditer(sentence)
                     for m in _last_pair(antecedents, own, (sentence, s_start, index), s_start + match.start("both")))
    found.extend(pair_references.pair_places(antecedents, sentence, s_start, index, own, _undated_places))
    if not has_any(sentence, _GROUP_NOUNS):
        return found
    for match in _GROUP_SEARCH.finditer(sentence):
        count = 2 if match.group("both") else None if match.group("named") else NUMBER_WORDS[match.group("count")]
        if count is not None and _named_after(own, s_start + match.end(), count):
            continue  # "the three districts - X, Y and Z - fell": named there, read there
        if _ADDED_ASIDE.search(sentence, max(0, match.start() - 25), match.start()) and sentence.startswith(",", match.end()):
            continue  # "in addition to the four districts, fighters battled in Y": the group only sets the scene
        pick = _provinces if match.group("provinces") else _crossings if match.group("crossings") else _event_places
        places = (count and _labelled_list(sentence, s_start, own, s_start + match.start(), count)) or _last_named(antecedents, own, index, (s_start + match.start(), count), pick)
        found.extend((match.start(), match.end(), m) for m in places)
    for match in _BARE.finditer(sentence):
        if not _named_after(own, s_start + match.end(), 1, 12):
            found.extend((match.start(), match.end(), m) for m in _last_list(antecedents, own, index, s_start + match.start()))
    return found


def _last_pair(antecedents: Antecedents, own: list[Mention], at: tuple[str, int, int], position: int) -> list[Mention]:
    """Return the last two towns or districts told before `position` (a dateline's city aside), in
    the sentence `index` (`own` its mentions) or spread over the few before it; empty when the
    sentence that completes the pair names more than two. `at` is (sentence text, its start, `index`)."""
    sentence, s_start, index = at
    found = [m for m in _undated_places(antecedents, index, [m for m in own if m.end <= position])
             if not speaker_seat(sentence, m.start - s_start, m.end - s_start)]  # "the ministry in Kabul said ... in both"
    earlier = index
    while len({m.place.key for m in found}) < 2 and earlier > 0 and index - earlier < _PAIR_REACH:
        earlier -= 1
        found = _undated_places(antecedents, earlier, antecedents.mentions_of(earlier)) + found
    keys: list[Mention] = []
    for m in found:
        if m.place.key not in {k.place.key for k in keys}:
            keys.append(m)
    return keys if len(keys) == 2 else []


def _named_after(own: list[Mention], position: int, count: int, reach: int = 80) -> bool:
    """Return True when the sentence names at least `count` places within `reach` characters after `position`."""
    return sum(1 for m in own if position <= m.start <= position + reach) >= count


_DISTRICTS_AFTER = re.compile(r"\s+districts\b")


def _labelled_list(sentence: str, s_start: int, own: list[Mention], position: int, count: int) -> list[Mention]:
    """Return the list of exactly `count` places the sentence names as districts before `position`
    ("moved to X and Y districts ... retook the two districts"), whatever their role: a list the
    text itself calls districts is what its count means; empty when there is none."""
    runs: list[list[Mention]] = []
    for m in (m for m in own if m.end <= position and m.place.kind != "province"):
        if runs and _LIST_GAP.fullmatch(sentence[runs[-1][-1].end - s_start : m.start - s_start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    labelled = [run for run in runs if len({m.place.key for m in run}) == count and _DISTRICTS_AFTER.match(sentence, run[-1].end - s_start)]
    return labelled[-1] if labelled else []


def _last_list(antecedents: Antecedents, own: list[Mention], index: int, position: int) -> list[Mention]:
    """Return the list of two or more towns or districts ("X, Y and Z") named before `position`,
    in the sentence `index` (`own` its mentions) or else the one before; empty when there is none."""
    found = _list_run(antecedents, index, _event_places(antecedents, index, [m for m in own if m.end <= position]))
    if not found and index > 0:
        found = _list_run(antecedents, index - 1, _event_places(antecedents, index - 1, antecedents.mentions_of(index - 1)))
    return found


def _list_run(antecedents: Antecedents, index: int, places: list[Mention]) -> list[Mention]:
    """Return the run of `places` (of sentence `index`) that its text joins as a list (only commas
    and "and" between them) of two or more different places, when there is just one such run."""
    sentence, s_start = antecedents.sentence_text(index), antecedents.sentence_start(index)
    runs: list[list[Mention]] = []
    for m in places:
        if runs and _LIST_GAP.fullmatch(sentence[runs[-1][-1].end - s_start:m.start - s_start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    lists = [run for run in runs if len({m.place.key for m in run}) >= 2]
    return lists[0] if len(lists) == 1 else []  # two lists ("X and Y ..., while Z and W ..."): which one is meant?


def _last_named(antecedents: Antecedents, own: list[Mention], index: int, at: tuple[int, int | None], pick: _Picker) -> list[Mention]:
    """Return the last `count` towns or districts (what `pick` keeps of a sentence's mentions) named before `position`
    (`at` = (position, count)), in the group's sentence (`own` its mentions) or else the one before;
    an empty list when fewer are named there. With no count ("the aforementioned districts"), all
    of them, when they are more than one."""
    position, count = at
    before = [m for m in pick(antecedents, index, [m for m in own if m.end <= position]) if _role(antecedents, m) != "dateline"]  # "KABUL - ... both cities": not Kabul
    in_own = bool(before)
    if not before and index > 0:
        before = pick(antecedents, index - 1, antecedents.mentions_of(index - 1))
    if count is not None and len({m.place.key for m in before}) < count and index > 1:
        earlier = [m for m in pick(antecedents, index - 2, antecedents.mentions_of(index - 2))
                   if _role(antecedents, m) != "dateline"]  # one sentence further back
        # "took X and Y. Fighting goes on in Z. They claim all three": a list of three or more told over two sentences
        spread = [] if in_own or not before or count < 3 else earlier + before
        before = earlier if len({m.place.key for m in earlier}) == count else spread if len({m.place.key for m in spread}) == count else before  # there, only an exact count
    if count is None:  # every one named: not the dateline's city ("KUNDUZ, July 14 - ... X, Y and Z ... the aforementioned districts")
        before = [m for m in before if _role(antecedents, m) != "dateline"]
    keys: list[Mention] = []
    for m in reversed(before):
        if m.place.key not in {k.place.key for k in keys}:
            keys.append(m)
    count = count or max(2, len(keys))
    return list(reversed(keys[:count])) if len(keys) >= count else []


def _undated_places(antecedents: Antecedents, index: int, mentions: list[Mention]) -> list[Mention]:
    """Return the towns and districts of `mentions` (`_event_places`) but a dateline's city: "all
    three" with no noun counts only places the report told of."""
    return [m for m in _event_places(antecedents, index, mentions) if _role(antecedents, m) != "dateline"]


def _role(antecedents: Antecedents, mention: Mention) -> str | None:
    """Return the role of `mention` in its sentence (`references.any_role`)."""
    index = mention.sentence_index
    sentence, s_start = antecedents.sentence_text(index), antecedents.sentence_start(index)
    return any_role(sentence, mention.start - s_start, mention.end - s_start, text_view(sentence))


def _event_places(antecedents: Antecedents, index: int, mentions: list[Mention]) -> list[Mention]:
    """Return the towns and districts among `mentions` (of sentence `index`) that are no mere
    locators ("Khan Abad district in Kunduz": Kunduz only says where) nor landmarks, route ends or
    destinations ("the road that connects Kabul with the south": "both cities" never mean Kabul)
    nor names of a speaker's office ("the Kunduz police spokesman")."""
    sentence, s_start = antecedents.sentence_text(index), antecedents.sentence_start(index)
    view = text_view(sentence)
    return [
        m for i, m in enumerate(mentions)
        if m.place.kind != "province" and not only_locates(sentence, s_start, mentions, i)
        and any_role(sentence, m.start - s_start, m.end - s_start, view) not in _NOT_COUNTED
    ]


def _crossings(antecedents: Antecedents, index: int, mentions: list[Mention]) -> list[Mention]:
    """Return the border crossings among the event places of `mentions` (of sentence `index`)."""
    return [m for m in _event_places(antecedents, index, mentions) if m.place.kind == "crossing"]


def _provinces(_antecedents: Antecedents, _index: int, mentions: list[Mention]) -> list[Mention]:
    """Return the provinces among `mentions`, those that only locate a town too ("Qalat in Zabul"):
    "all four provinces" counts the provinces however they were named."""
    return [m for m in mentions if m.place.kind == "province"]
