"""Speaker asides: a sentence's view with the asides that may part a speaker from its verb blanked.

Agency copy puts an aside between a speaker and its reporting verb: "The Taliban (a terrorist group
banned in Russia) said they had captured X", "The Taliban, which is outlawed in Russia, said ...".
With the aside turned into spaces (every offset kept) the claim cues read "the taliban ... said" as
the group's own word, as they do when nothing stands between.
"""

from __future__ import annotations

import re

# "(banned in Russia)", ", which is outlawed in Russia,": a bracketed or a comma-bounded relative aside
_ASIDE = re.compile(r"\([^()]{1,80}\)|,\s+(?:which|who)\s+[^,;:.()]{1,60},")


def asides_blanked(sentence: str, view: str) -> str:
    """Return `view` (the view of `sentence`, of its length) with each bracketed aside and each
    comma-bounded relative aside of the sentence turned into spaces; `view` itself when there is none."""
    if len(view) != len(sentence) or ("(" not in sentence and ", wh" not in sentence):
        return view
    pieces, done = [], 0
    for aside in _ASIDE.finditer(sentence):
        pieces += [view[done : aside.start()], " " * (aside.end() - aside.start())]
        done = aside.end()
    return "".join(pieces) + view[done:] if pieces else view
