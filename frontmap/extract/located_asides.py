"""A "located" aside between a place and its verb: "Ghazni, located on the road that links the
south to Kabul, and Herat were under Taliban control", or, with no comma, "the town of X bordering
Turkmenistan fell", "X district in the outskirts of the provincial capital, Y, was retaken". The
aside says where the place lies; the words after it still make the place the verb's subject, however
long the aside runs.
"""

from __future__ import annotations

import re

from frontmap.extract.use_asides import without_use_aside

# a leading comma, a participle of location, then up to a closing comma (no clause break within)
_LOCATED_ASIDE = re.compile(
    r"^\s*,\s*(?:(?:which|that)\s+(?:is\s+|are\s+)?)?(?:located|situated|lying|lies|sitting|sits|perched|nestled|set)\s+[^,;:()]{2,110},",
    re.IGNORECASE,
)
_CUES = ("located", "situated", "lying", "lies", "sitting", "sits", "perched", "nestled", " set ")
# with no comma: "bordering Turkmenistan", "on the border (frontier) with Iran", "between Herat and
# Turkmenistan", "along the Pakistani border" right
# after the place, a name or the border closing it (or the road: "on the main highway to Kabul")
_NAME = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
_BORDER_ASIDE = re.compile(
    rf"\s+(?:(?:bordering|on\s+the\s+(?:border|frontier)\s+with|between\s+(?:the\s+)?{_NAME}\s+and)\s+(?:the\s+)?{_NAME}"
    rf"|(?:on|along|near)\s+the\s+(?:{_NAME}\s+)?(?:border|frontier)(?!\s+with\b))(?=\s)"
)
# a route the place lies on, right after it: "X district on the Herat-Kandahar highway was overrun"
_ROUTE_ASIDE = re.compile(
    rf"\s+(?:on|along|astride|straddling)\s+the\s+(?:(?:main|key|strategic|vital|busy)\s+)?(?:{_NAME}(?:-{_NAME})?\s+)?(?:highway|road|ring\s+road)"
    rf"(?:\s+(?:to|from)\s+{_NAME})?(?=\s)"
)
# the town the place lies by, right after it: "the Arghandab district in the outskirts of the provincial capital,
# Kandahar City, was retaken", "Nad Ali, on the edge of Lashkar Gah, was recaptured", "X district near Y city fell"
_EDGE_ASIDE = re.compile(
    r"\s*,?\s+(?:(?:district|town)\s+)?(?:(?:just|right|located|lying|situated)\s+)?(?:(?:in|on|at)\s+the\s+"
    r"(?:(?:northern|southern|eastern|western)\s+)?(?:outskirts|edges?|fringes?)\s+of|near|outside|close\s+to|not\s+far\s+from)"
    rf"\s+(?:the\s+)?(?:(?:provincial\s+|national\s+)?(?:capital|city|town)\s*,?\s+(?:of\s+)?)?{_NAME}(?:\s+(?:city|town))?\s*,?(?=\s)"
)
# "the Torghundi crossing between Herat and ...": the name after "between" only locates the crossing before it
_BETWEEN_LOCATOR = re.compile(r"\b(?:crossing|post|port|gate|checkpoint|bridge|tunnel|pass)\s+between\s+(?:the\s+)?$", re.IGNORECASE)
_BORDER_ASIDE_AFTER_NAME = re.compile(r"(?<=[A-Za-z’'])" + _BORDER_ASIDE.pattern)  # "and Y along the border were": Y's


def dropped(gap: str) -> str:
    """Return `gap` (the words between a place and a verb after it) without a leading aside that
    only says where the place lies (or a border aside after the list's next name), or `gap` itself
    when it holds none; a use aside anywhere in it goes too (`frontmap.extract.use_asides`)."""
    gap = without_use_aside(gap)
    if (border := _BORDER_ASIDE.match(gap) or _ROUTE_ASIDE.match(gap) or _EDGE_ASIDE.match(gap)) is not None:
        return gap[border.end() :]
    if (border := _BORDER_ASIDE_AFTER_NAME.search(gap)) is not None:
        return gap[: border.start()] + gap[border.end() :]
    if "," not in gap[:4] or not any(cue in gap for cue in _CUES):
        return gap
    aside = _LOCATED_ASIDE.match(gap)
    return gap if aside is None else " " + gap[aside.end() :].lstrip()


def locates_another(sentence: str, start: int) -> bool:
    """Return True when the place starting at `start` follows "between" after a crossing or post
    ("the Torghundi crossing between Herat and Turkmenistan"): it says where that lies, no subject."""
    return _BETWEEN_LOCATOR.search(sentence, max(0, start - 40), start) is not None
