"""Civil takeovers: a company or a team taking over the running of a facility is no change of control.

After the fall of Kabul foreign technicians, firms and agencies took over airports, power
stations and border posts to keep them working: "a Qatari team took over the running of Herat
airport", "a Turkish firm took over operations at the airport", "a private company has taken over
the power station". Who holds the town or the facility is not changed by that, so a capture verb
whose doer is such a civilian body, or whose object is a facility's operation, says nothing.
"""

from __future__ import annotations

import re

from frontmap.extract.triggers import Trigger

# the doer right before the verb: "a qatari technical team took over", "a turkish company has taken over"
_CIVIL_DOER = re.compile(
    r"\b(?:compan(?:y|ies)|firms?|teams?|technicians|contractors?|operators?|consortium|airlines?|carriers?|engineers|experts"
    r"|specialists|crews?|staff|workers|agenc(?:y|ies)|corporation|enterprise)\s+(?:(?:has|have|had|on|late|early|then|also|formally|officially"
    r"|\w+day)\s+){0,3}$"
)
# the object is the work of running it: "took over the running of", "took over operations at", "took over managing"
_OPERATION_OBJECT = re.compile(
    r"\s+(?:the\s+)?(?:day\s+to\s+day\s+|technical\s+|daily\s+|civilian\s+)?(?:running|management|managing|operating|operations?|administration|maintenance)\b"
)
_TAKE = ("took", "take", "taken", "taking", "assum")


def civil_takeover(view: str, trigger: Trigger) -> bool:
    """Return True when the capture `trigger` (in the sentence's `view`) is a civilian body taking
    over a facility's running, which changes no one's control."""
    if not trigger.text.lower().startswith(_TAKE):
        return False
    return bool(_OPERATION_OBJECT.match(view, trigger.end) or _CIVIL_DOER.search(view, max(0, trigger.start - 60), trigger.start))
