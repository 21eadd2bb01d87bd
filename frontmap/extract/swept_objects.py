"""Swept objects: "swept" as a capture when an armed side sweeps places it names as its object.

"The Taliban swept the capitals of Zabul and Uruzgan", "insurgents swept three districts of
Badghis": the verb takes the places as its direct object, as "overran" does ("swept through three
districts" is read with "through"). A sweep of no place ("violence swept the country") or one told
of a force of nature, a mood or a fight ("floods swept the valley towns", "unrest swept the
cities": `frontmap.extract.natural_forces` for the first) is no capture.
"""

from __future__ import annotations

# subjects that sweep without taking anything: a fight, a mood, a wave of unrest
_NOT_A_SIDE = "".join(
    f"(?<!{word} )" for word in ("fighting", "violence", "unrest", "protests", "clashes", "panic", "fear", "chaos", "war", "wave")
)
# the object: up to three words of count, rank or region, then a noun of place
_PLACE_OBJECT = (
    r"(?=\s+(?:(?:the|both|all|most|more|other|\d+|two|three|four|five|six|seven|several|remaining|key|provincial|rural"
    r"|neighbouring|neighboring|\w+ern)\s+){0,3}(?:cities|city|towns?|districts?|capitals?|provinces?)\b)"
)
SWEPT_OBJECT = _NOT_A_SIDE + r"\bsw(?:ept|eeps?|eeping)\b" + _PLACE_OBJECT
