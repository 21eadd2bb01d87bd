"""A driving-out named as a task still ahead: "complicates the task of driving the Taliban out of
the city", "commandos began the job of pushing the insurgents out of X".

The gerund after "the task (job, mission) of" is what someone has to do, not what was done:
no expulsion took place, so it is no retaking. The task is an attempt on the place, read as the
fighting it is by the attempt row of `frontmap.extract.triggers` (TASK_OF, after its nouns).
"""

from __future__ import annotations

import re

__all__ = ["TASK_NOUNS", "TASK_OF", "is_a_task_ahead"]

#: nouns that name what someone has to do (joined into the attempt row's list of attempt nouns)
TASK_NOUNS = r"tasks?|jobs?|missions?"
#: what follows one of them: "of" and the gerund of a driving-out or a taking
TASK_OF = r"of\s+(?:re\s?)?(?:captur|seiz|tak|overrunn|storm|enter|driv|push|clear|evict|expell|oust|dislodg|flush)ing\b"

# the words before a gerund trigger ("driving ... out") that make it such a task
_TASK_BEFORE = re.compile(r"\b(?:task|job|mission)s?\s+of\s+$")
_GERUND = re.compile(r"\w+ing\b")


def is_a_task_ahead(view: str, start: int) -> bool:
    """Return True when the trigger word at `start` of `view` (a sentence's lower-case view) is a
    gerund after "the task of" ("the task of driving the Taliban out"): something to do, not done."""
    return _GERUND.match(view, start) is not None and _TASK_BEFORE.search(view, max(0, start - 20), start) is not None
