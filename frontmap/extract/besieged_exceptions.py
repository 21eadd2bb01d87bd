"""The place a sweep leaves out, told besieged by its own relative clause: in "every district is in
Taliban hands except X, the capital, which has been encircled for two weeks" X is not lost, but it is
not simply held either: the relative clause tells a siege, so X is fought over (contested)."""

from __future__ import annotations

import dataclasses
import re

from frontmap.status import CONTESTED

__all__ = ["besieged_instead"]

# after the excepted name: an optional appositive ("the capital", "the provincial capital"), then the siege clause
_SIEGE_AFTER = re.compile(
    r"(?:\s*,\s*(?:the|its)\s+(?:provincial\s+)?capital(?:\s+of\s+[A-Z][\w'’-]*(?:\s+province)?)?)?"
    r"\s*,?\s*(?:which|where)\s+(?:has\s+been|had\s+been|is|was|remains|has\s+remained|is\s+still|remained)\s+(?:now\s+|still\s+|largely\s+)?"
    r"(?P<cue>under\s+siege|besieged|encircled|surrounded|cut\s+off\s+and\s+besieged|under\s+attack)\b"
)


def besieged_instead(sentence: str, end: int, verdict):
    """Return `verdict` turned contested when the excepted place ending at `end` is told besieged
    or encircled by a relative clause after it, else None."""
    siege = _SIEGE_AFTER.match(sentence, end)
    if siege is None:
        return None
    return dataclasses.replace(verdict, status=CONTESTED, trigger=siege.group("cue"), trigger_start=siege.start("cue"), fought=False)
