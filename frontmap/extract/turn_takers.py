"""Turn takers: a place whose only verb is the outcome told just before it.

A run of falls is often told one place after another with the verb given once: "Kushk fell on
Thursday. Two days later Obe followed", "... Then it was the turn of Obe", "Obe's turn came on
Saturday", "Then came Obe", "This was followed by Obe the next day"; every name of a list so
opened takes its turn ("Then came Obe and Kushk"). The place takes the last outcome of the
sentence before (`frontmap.extract.events`), on the day its own sentence gives. This holds even
when the same sentence goes on to tell something else ("Two days later Obe followed, and on
Sunday insurgents attacked Karukh"): the carried outcome is added only for a place no verb of
its sentence comes before.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TypeVar

from frontmap.extract import clauses, gaps
from frontmap.extract.memo import per_article
from frontmap.extract.text import Stems

_V = TypeVar("_V")

# what may stand before a name in a run ("the strategic city of", "the northern provincial capital of")
_LEAD = r"(?:the\s+)?(?:(?:\w+\s+){0,2}?(?:district|city|town|provincial\s+capital|capital)\s+of\s+)?"
# a name before the place in the same run ("the turn of Kunduz and Y": Y takes its turn too)
_ITEM = _LEAD + r"(?-i:[A-Z][\w'’.-]*(?:[ -](?:e|i|ye|[A-Z][\w'’.-]*))*)(?:\s+(?:city|town|district))?"
# "it was the turn of (the district of) X", "then came the turn of X", "next came the turn of X";
# told without the turn: "Then came (the city of) X", "This was followed by X" (a bare name; "followed
# by clashes in X" or "then came the attack on X" name something else that happened)
_TURN_BEFORE = re.compile(
    r"(?:\b(?:it\s+was|(?:then\s+|next\s+)?came)\s+(?:the\s+)?turn\s+of"
    r"|(?:^|[.;:]\s*)(?:and\s+)?(?:then|next)\s+came|(?:^|[.;:]\s*)(?:this|that)\s+was\s+(?:then\s+|soon\s+|quickly\s+)?followed\s+by)"
    r"\s+(?:" + _ITEM + r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)){0,3}" + _LEAD + "$",
    re.IGNORECASE,
)
# "X's turn came (on Saturday)", "X's turn was next"
_TURN_AFTER = re.compile(r"['’]s\s+turn\s+(?:came|was\s+next)\b", re.IGNORECASE)
_REACH = 160  # characters before a place in which "the turn of" (and the names before it in a list) is looked for
_TURN_WORDS = Stems("turn", "came", "followed")  # one of them in every form _TURN_BEFORE reads: the cheap test first
# ", and on Sunday ...", ", while ...", "; ...": the next clause of a sentence that goes on to something else
_NEXT_CLAUSE = re.compile(r"\s*(?:,\s*(?:and|while|but|whereas)\b|;)")


@per_article  # asked for each place by the events, the carried outcome and the judging
def takes_its_turn(sentence: str, start: int, end: int) -> bool:
    """Return True when the place at `start`:`end` of `sentence` is told only as the next to go
    ("it was the turn of X", "X's turn came", "X followed", "X came next")."""
    reach = max(0, start - _REACH)  # asked for every place of every sentence with a verb: most have none of the words
    return (
        (_TURN_WORDS.found_in(sentence[reach:start]) and _TURN_BEFORE.search(sentence, reach, start) is not None)
        or _TURN_AFTER.match(sentence, end) is not None
        or gaps.follows_suit(sentence, end)
    )


def first_in_line(starts: list[int], start: int) -> bool:
    """Return True when no verb (their offsets `starts`) comes before the place at `start`: the
    outcome carried from the sentence before is then the only one that can be its verb."""
    return all(at >= start for at in starts)


def judged(sentence: str, span: tuple[int, int], own: Callable[[int, int], _V | None], shared: Callable[[int, int], _V | None]) -> _V | None:
    """Return the verdict for the place at `span`: that of the verbs about it (`own`), else that of
    the outcome it shares with the place before (`shared`); for a place that only takes its turn,
    the shared outcome first ("Obe followed, and on Sunday insurgents attacked Karukh": the attack
    is Karukh's, not Obe's). A gapped conjunct ("X fell on Monday, Y on Tuesday, and Z was
    retaken") is whole with its day: the verb of the clause after it is Z's, not Y's."""
    start, end = span
    if takes_its_turn(sentence, start, end) or clauses.gapped_conjunct_start(sentence, start, end) is not None:
        return shared(start, end) or own(start, end)
    return own(start, end) or shared(start, end)



def turn_end(sentence: str, span: tuple[int, int], clause_end: int) -> int:
    """Return where the clause of the place at `span` ends for the verbs that could be its own: for a
    place that only takes its turn, the next coordinate clause ("Obe followed, and on Sunday ...
    attacked Karukh": "attacked" is not Obe's), else `clause_end`."""
    start, end = span
    if not takes_its_turn(sentence, start, end):
        return clause_end
    found = _NEXT_CLAUSE.search(sentence, end, clause_end)
    return clause_end if found is None else found.start()
