"""Taliban subjects: a speaker clause whose subject is the Taliban, so what it says is their claim.

"The Taliban pressed on with their offensive, saying they had seized X on Monday": the participle
"saying" takes the subject of the clause it hangs on, so the capture is the group's word, though no
reporting verb follows "the Taliban" ("the Taliban said" is a claim cue of its own). The subject is
read at the start of the speaker clause, past a fronted time ("On Monday, the insurgents ..."), so
"officials said the Taliban advanced, saying ..." (an official speaks first) is not one.
"""

from __future__ import annotations

import re

# the clause's own subject (view text: punctuation is blanked, so "On Monday, the" has two spaces)
_TALIBAN_SUBJECT = re.compile(
    r" *(?:(?:on|late|early|earlier|later|overnight|by|after|yesterday|today|meanwhile|also)\b[a-z0-9 ]{0,40}?  +"
    r"|(?:(?:on|late|early) +)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: +(?:morning|afternoon|evening|night))? +)?"  # "On Sunday the group ..."
    r"(?:the +)?(?:taliban|insurgents|militants|rebels|(?:(?:hardline|islamist|militant|insurgent|armed) +)*group)"
    r"(?: +s)?(?: +(?:fighters|forces|militants|commanders|leadership))?"
    r" +(?!(?:was|were|is|are|had +been|have +been|has +been) +(?:accused|driven|pushed|repelled|routed|forced|beaten|expelled|blamed)\b)[a-z]"
)


def taliban_subject(view: str, clause_start: int) -> bool:
    """Return True when the clause starting at `clause_start` of `view` (a sentence's text view)
    has the Taliban as its subject ("the Taliban pressed on", "on Monday the insurgents moved")."""
    return _TALIBAN_SUBJECT.match(view, clause_start) is not None
