"""How much of a text shaped like no news report is read: the limits, and the note of what they cut.

Extraction costs time for every name looked up, every place judged, every control word and date
weighed. On a news report that is little; a hostile upload (one unbroken paragraph of names and
control words, a run of names, a page of markup) packs up to a hundred names into every thousand
characters. So reading is capped where no report reaches, and what a cap leaves unread is
counted (`ReadingCuts`), so that the build tells the user the article was read in part.

A run-on (a "sentence" longer than RUN_ON_CHARS, which the splitter had to cut: a pasted list,
markup, a hostile upload, a page that lost its full stops) reads its first
MAX_NAMES_PER_RUN_ON names, MAX_PLACES_PER_RUN_ON places, MAX_TRIGGERS_PER_RUN_ON control words
and MAX_DATES_PER_RUN_ON dates. An article reads its first RUN_ONS_IN_FULL run-ons so, and one more
for every 1,000 / RUN_ON_SHARE_PER_1000_CHARS characters; the others are not read at all. Any
article looks up at most NAMES_FLOOR names, and NAMES_PER_1000_CHARS more for every 1,000
characters before the name; past that, the rest of a sentence's names are not looked up. And any
article reads the places of at most SENTENCES_FLOOR sentences, and one more for every
CHARS_PER_SENTENCE_READ characters before the sentence (a page of markup turns every tag into a
short paragraph of its own: thousands of "sentences" of a name and a verb); past that, a sentence's
places are not read.

Where the limits stand, measured on the sample corpus, the challenge dev split and 458 real 2021
reports (1,276 articles in all): the longest sentence a reporter wrote has 489 characters; one
article holds a longer "sentence" (994 characters: a page that lost the spaces after its full
stops, which the splitter now cuts there) with 6 names, 8 control words and 2 dates, and no article holds two. No sentence names more
than 16 places, no article more than 33 (the name budget starts at 200); no article of 1,000
characters or more holds more than 26 names per 1,000 characters; no sentence has more than 8
control words or 5 dates. None of these texts is cut by any limit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Self, TypeVar

if TYPE_CHECKING:
    from frontmap.extract.mentions import Mention

RUN_ON_CHARS = 600
#: Places read in one written sentence: the longest lists in news name about a dozen.
MAX_PLACES_PER_SENTENCE = 24
MAX_NAMES_PER_RUN_ON, MAX_PLACES_PER_RUN_ON = 24, 8
MAX_TRIGGERS_PER_RUN_ON, MAX_DATES_PER_RUN_ON = 16, 16
RUN_ONS_IN_FULL, RUN_ON_SHARE_PER_1000_CHARS = 8, 0.25
NAMES_FLOOR, NAMES_PER_1000_CHARS = 200, 30
#: News averages one sentence per 150 characters or more, and few of them name a place.
SENTENCES_FLOOR, CHARS_PER_SENTENCE_READ = 400, 80

_Item = TypeVar("_Item")


def is_run_on(sentence_length: int) -> bool:
    """Return True when a sentence of `sentence_length` characters is longer than any a reporter writes."""
    return sentence_length > RUN_ON_CHARS


def unread_run_ons(sentences: Sequence[tuple[int, int]]) -> frozenset[int]:
    """Return the indices of the run-ons of an article (cut into `sentences`) that are not read: those
    past RUN_ONS_IN_FULL, and one more for every 1,000 / RUN_ON_SHARE_PER_1000_CHARS characters."""
    unread, read = set(), 0
    for index, (start, end) in enumerate(sentences):
        if is_run_on(end - start):
            if read < RUN_ONS_IN_FULL + start / 1000 * RUN_ON_SHARE_PER_1000_CHARS:
                read += 1
            else:
                unread.add(index)
    return frozenset(unread)


@dataclass
class ReadingCuts:
    """What the limits left unread in one article (all zero when it was read whole)."""

    names: int = 0  # names not looked up
    places: int = 0  # places named but not read for events
    triggers: int = 0  # control words not weighed
    dates: int = 0  # date expressions not weighed
    run_ons: int = 0  # run-ons not read at all
    sentences: set[int] = field(default_factory=set)  # the sentences read in part

    def cut(self, index: int, what: str, count: int = 1) -> None:
        """Count `count` items of kind `what` (names, places, triggers, dates) left unread in sentence `index`."""
        if count > 0:
            setattr(self, what, getattr(self, what) + count)
            self.sentences.add(index)

    def skip_run_ons(self, unread: frozenset[int]) -> None:
        """Note the run-ons `unread` (indices) as not read at all."""
        self.run_ons = len(unread)
        self.sentences |= unread

    def note(self) -> str:
        """Return what was left unread, in words ("" when the article was read whole)."""
        if not self.sentences:
            return ""
        counts = [f"{n:,} {label}" for n, label in (
            (self.run_ons, "run-ons not read"), (self.names, "names not looked up"), (self.places, "places not read"),
            (self.triggers, "control words not weighed"), (self.dates, "dates not weighed"),
        ) if n]
        count = len(self.sentences)
        return (f"read in part: {count:,} sentence{'s' if count != 1 else ''} longer or fuller of names than "
                f"any news report ({', '.join(counts)})")


def first_of_run_on(items: Sequence[_Item], sentence_length: int, limit: int,
                    cuts: ReadingCuts | None, index: int, what: str) -> Sequence[_Item]:
    """Return `items` of one sentence (of `sentence_length` characters, `index` in its article), only
    the first `limit` when it is a run-on; what is left out is counted in `cuts` as `what`."""
    if len(items) <= limit or not is_run_on(sentence_length):
        return items
    if cuts is not None:
        cuts.cut(index, what, len(items) - limit)
    return items[:limit]


class NameBudget:
    """The names one article may look up, asked name by name in text order (`allows`)."""

    def __init__(self, sentences: Sequence[tuple[int, int]], cuts: ReadingCuts | None = None):
        self._sentences = sentences
        self._cuts = cuts
        self._unread = unread_run_ons(sentences)
        if cuts is not None:
            cuts.skip_run_ons(self._unread)
        self._looked_up = 0
        self._index = -1
        self._left: int | None = None  # names the current sentence may still look up (None: no cap)

    def allows(self, index: int, start: int) -> bool:
        """Return True when the name at `start` in sentence `index` may be looked up (and count it)."""
        if index != self._index:
            self._index, self._left = index, self._sentence_allowance(index)
        if self._left != 0 and self._looked_up >= NAMES_FLOOR + start * NAMES_PER_1000_CHARS // 1000:
            self._left = 0  # the article's budget ran out in this sentence: the rest stays unread
        if self._left == 0:
            if self._cuts is not None:
                self._cuts.cut(index, "names")
            return False
        if self._left is not None:
            self._left -= 1
        self._looked_up += 1
        return True

    def _sentence_allowance(self, index: int) -> int | None:
        """Return how many names sentence `index` may look up (None: as many as the article may)."""
        if index in self._unread:
            return 0
        begin, end = self._sentences[index]
        return MAX_NAMES_PER_RUN_ON if is_run_on(end - begin) else None


class PlaceBudget:
    """The places each sentence of one article may read."""

    def __init__(self, sentences: Sequence[tuple[int, int]], cuts: ReadingCuts | None = None):
        self.cuts = cuts  # where what the limits leave unread is counted
        self._unread = unread_run_ons(sentences)
        self._starts = [start for start, _ in sentences]
        self._limit = 0  # the last sentence's
        self._read = 0  # sentences whose places were read

    def limit(self, index: int, length: int, mentions: Sequence[Mention]) -> int:
        """Return how many places sentence `index` (of `length` characters, naming `mentions`) may
        read; 0 (its places counted as not read) when it may read none."""
        if index in self._unread or self._read >= SENTENCES_FLOOR + self._starts[index] // CHARS_PER_SENTENCE_READ:
            self._limit = 0
            if self.cuts is not None:
                self.cuts.cut(index, "places", len(mentions))
        else:
            self._read += 1
            self._limit = MAX_PLACES_PER_RUN_ON if is_run_on(length) else MAX_PLACES_PER_SENTENCE
        return self._limit

    def spend(self, index: int, ends: Sequence[int], mentions: Sequence[Mention]) -> None:
        """Note the places sentence `index` read, ending at `ends` (offsets in the text): when it
        read as many as it may, its `mentions` after them were not read."""
        if ends and len(ends) == self._limit and self.cuts is not None:
            last = max(ends)
            self.cuts.cut(index, "places", sum(m.start >= last for m in mentions))


class Extraction(tuple):
    """(mentions, events) of one article, as an extractor returns them, with `cut_short`: the note
    of what the reading limits left unread ("" when the article was read whole)."""

    cut_short: str

    def __new__(cls, mentions: Sequence, events: Sequence, cut_short: str = "") -> Self:
        """Return the pair (mentions, events) noting `cut_short`."""
        pair = super().__new__(cls, (mentions, events))
        pair.cut_short = cut_short
        return pair

    def __reduce__(self):
        return (Extraction, (self[0], self[1], self.cut_short))
