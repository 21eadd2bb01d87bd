"""A capture told as the subject of a modal: "Capturing Lashkar Gah would be a major victory",
"the Taliban taking full control of X would mark a turning point". The gerund names an outcome
the sentence weighs, not one that happened, as "the fall of X would be a blow" does with a noun
(`frontmap.extract.cues.modal_after`).

A gerund after a preposition or a verb tells a fact ("after capturing X the fighters would move
on", "were seen taking X"), so only a gerund that opens its clause, or follows a bare subject of
a few words, counts.

A "but" or "yet" after a comma opens a new clause ("..., but taking X would be ..."), and an aside
set off by commas may stand between the gerund's object and its modal ("taking X, a city of
300,000, would be ..."), as `frontmap.extract.aside_modals` reads for a noun.

A present-tense verb of worth after the gerund's object weighs it the same way ("Holding X is
vital for the government", "Taking X holds great symbolic value"), as
`frontmap.extract.valued_captures` reads for "the capture of X is vital".
"""

from __future__ import annotations

import re

from frontmap.extract.aside_modals import NOT_HEARD, modal_after_aside
from frontmap.extract.valued_captures import weighed

# words before a gerund that make it a verb's or a preposition's, not a subject
_NOT_A_SUBJECT = frozenset(
    "is are was were be been being am has have had kept keep keeps began begin begins started start starts "
    "continued continue continues stopped after before by while since on in of for from without with despite "
    "upon through when then and or but also reportedly seen shown".split()
)
# the modal after the gerund's object ("may" only as a verb: "grew on May 3" names a month)
# (not into a relative clause: "fighting is going on in X, which could fall")
_MODAL_AFTER = re.compile(r"(?:(?! +(?:which|where|who)\b)[^,;]){0,60}?\b(?:would|(?:could|can)" + NOT_HEARD + r"|might|will|may(?=\s+(?:not\s+)?(?:be|have|become|give|mark|signal|prove|take|cost)\b))\b")
_MODAL_REACH = 70  # characters after the gerund in which its modal stands
_LEAD_WORDS = 4  # words a bare subject before the gerund may have ("the Taliban", "Taliban fighters")
_WORD = re.compile(r"[a-z']+")
_CLAUSE_OPENERS = frozenset(("but", "yet"))  # after a comma they open a clause of their own
_OPENER_AFTER_COMMA = re.compile(r",\s*(?:but|yet)\s")
# a clause opened inside the sentence's clause, after a comma (two spaces in the view): "X lies on the
# road, and losing it would cut ...", "..., but taking X would ..."
_OPENER_IN_VIEW = re.compile(r"  +(?:and|but|yet) +")


def _after_comma(sentence: str, clause_start: int, trigger_start: int) -> bool:
    """Return True when the clause's opening "but"/"yet" follows a comma in `sentence` (looked for
    from a few characters before `clause_start` up to `trigger_start`)."""
    return _OPENER_AFTER_COMMA.search(sentence.lower(), max(0, clause_start - 3), trigger_start) is not None


def hypothetical_gerund(view: str, clause: tuple[int, int], trigger_start: int, trigger_end: int, sentence: str = "") -> bool:
    """Return True when the trigger at [trigger_start, trigger_end) of the lower-case sentence
    `view` is a gerund heading the subject of its `clause` (start, end), and a modal follows it
    (`sentence`, the same text with its punctuation, shows a "but" after a comma and an aside), or
    a present-tense verb of worth does ("Holding X is vital for ...")."""
    return gerund_subject(view, clause[0], trigger_start, view[trigger_start:trigger_end], sentence) and (
        bool(_MODAL_AFTER.match(view, trigger_end, min(clause[1], trigger_end + _MODAL_REACH)))
        or modal_after_aside(sentence, trigger_end) or (bool(sentence) and weighed(sentence, trigger_end)))


def gerund_subject(view: str, clause_start: int, trigger_start: int, trigger_text: str, sentence: str = "") -> bool:
    """Return True when the trigger at `trigger_start` (`trigger_text`) is a gerund heading the
    subject of its clause, opened at `clause_start` of the lower-case sentence `view` (`sentence`:
    the same text with its punctuation, or empty)."""
    first = trigger_text.split(maxsplit=1)[0].lower() if trigger_text.strip() else ""
    if not first.endswith("ing"):
        return False
    opened = [m.end() for m in _OPENER_IN_VIEW.finditer(view, clause_start, trigger_start)]
    lead = _WORD.findall(view[opened[-1] if opened else clause_start:trigger_start])
    if lead and lead[0] in _CLAUSE_OPENERS and _after_comma(sentence, clause_start, trigger_start):
        lead = lead[1:]
    return len(lead) <= _LEAD_WORDS and not any(word in _NOT_A_SUBJECT for word in lead)
