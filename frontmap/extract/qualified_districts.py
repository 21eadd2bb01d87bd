"""A province named before "district of" and one of its districts: "the Kunduz district of Imam Sahib".

Wire reports qualify a district with its province the other way round from "Arghandab district of
Kandahar": "the northern Kunduz district of Imam Sahib", "the Helmand province district of Nad Ali".
Which name is the district only the places tell: when the name before "district of" is a province
(or its capital, named like it) and the name after is a district of that province, the first only
qualifies the second. The district is then what the verb acts on, as the province's name would have
been, and the province (or its capital) gets no event of its own. The first name counts as the
province when it is written as the province's name even if a district took it ("the Uruzgan district
of Dehrawud", "Uruzgan" also naming Khas Uruzgan); a compass adjective or a plural may stand between
("Herat's western suburb of Injil", "Kandahar's northern districts of Ghorak and Khakrez").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from frontmap.extract.rules import SentenceReader, Verdict
    from frontmap.extract.targets import Target

__all__ = ["judged"]

# between the province and its district: " district of ", " province district of ", "'s western suburb of ", " border town of "
_QUALIFYING_GAP = re.compile(
    r"(?:['’]s)?\s+(?:province\s+)?(?:(?:border|frontier|key|strategic|remote|mountainous|rural|(?:(?:north|south)-?(?:east|west)?|east|west)ern)\s+)?"
    r"(?:district|suburb|town)s?\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def judged(reader: SentenceReader, sentence: str, target: Target, targets: Sequence[Target]) -> Verdict | None:
    """Return the verdict for `target`: None for a province only qualifying the district named after
    it, the province's verdict for that district when the district's own is None, else its own."""
    if not target.anaphor and _district_after(sentence, target, targets) is not None:
        return None
    verdict = reader.judge(target.start, target.end)
    if verdict is None and not target.anaphor and (province := _province_before(sentence, target, targets)) is not None:
        return reader.judge(province.start, province.end)
    return verdict


def _qualifies(sentence: str, province: Target, district: Target) -> bool:
    """Return True when `province` stands right before `district` as its qualifier ("the Kunduz district of Imam Sahib")."""
    place, unit = province.place, district.place
    # "Uruzgan" read as Khas Uruzgan: the words written are the province's name whatever unit took them
    written = sentence[province.start : province.end].lower().removesuffix(" district")
    named_as_province = place.kind == "province" or place.province.lower() in (place.name.lower(), written)
    return (named_as_province and unit.kind != "province" and unit.province_code == place.province_code
            and unit.key != place.key and 0 < district.start - province.end <= 30 and _QUALIFYING_GAP.match(_gap(sentence, province, district)) is not None)


def _gap(sentence: str, province: Target, district: Target) -> str:
    """Return the words between the two names, with the unit the province's mention took in
    ("Kunduz district" read as the city named with its unit) put back."""
    gap = sentence[province.end : district.start]
    return " district" + gap if sentence[province.start : province.end].lower().endswith(" district") else gap


def _district_after(sentence: str, target: Target, targets: Sequence[Target]) -> Target | None:
    """Return the district `target` qualifies as its province, if any."""
    if " of " not in sentence[target.end : target.end + 40]:
        return None
    return next((t for t in targets if not t.anaphor and _qualifies(sentence, target, t)), None)


def _province_before(sentence: str, target: Target, targets: Sequence[Target]) -> Target | None:
    """Return the province qualifying `target` from before it, if any."""
    if not sentence.endswith(("of ", "of the "), 0, target.start):
        return None
    return next((t for t in targets if not t.anaphor and _qualifies(sentence, t, target)), None)
