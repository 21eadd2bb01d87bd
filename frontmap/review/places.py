"""The place of an edit or of an analyst's event, from what the analyst typed: a name (the
gazetteer's lookup, as `frontmap places lookup`), "Name, Province" to tell apart places of one
name, or a district_id / province code (what the dashboard's place box sends)."""

from __future__ import annotations

from frontmap.review.model import PlaceRef, ReviewError
from geodata.gazetteer import Gazetteer


def _by_id(query: str, gazetteer: Gazetteer) -> PlaceRef | None:
    """Return the district or province whose id is `query`, or None."""
    districts = gazetteer.districts()
    hit = districts[districts["district_id"] == query]
    if len(hit):
        row = hit.iloc[0]
        return PlaceRef(str(row["district"]), str(row["district_id"]), str(row["province_code"]))
    provinces = gazetteer.provinces()
    hit = provinces[provinces["province_code"] == query.upper()]
    if len(hit):
        row = hit.iloc[0]
        return PlaceRef(str(row["province"]), None, str(row["province_code"]))
    return None


def resolve_place(query: str, gazetteer: Gazetteer | None = None) -> PlaceRef:
    """Return the place `query` names (the gazetteer's best match: "Kunduz" is the city's
    district, as in `frontmap places lookup`); ReviewError when it names no Afghan place, or
    names places in different districts equally well (the message lists them)."""
    text = (query or "").strip()
    if not text:
        raise ReviewError("place: required")
    gazetteer = gazetteer if gazetteer is not None else Gazetteer.load()
    found = _by_id(text, gazetteer)
    if found is not None:
        return found
    name, _, context = text.partition(",")
    matches = gazetteer.lookup(name.strip(), context=context.strip() or None)
    if not matches:
        raise ReviewError(f"place: {text!r} names no Afghan district or province")
    best = [m for m in matches if m.score == matches[0].score]
    districts = {m.place.district_id for m in best if m.place.district_id}
    if len(districts) > 1 or len({m.place.province_code for m in best}) > 1:
        listed = "; ".join(f"{m.place.name} ({m.place.district or '-'}, {m.place.province})" for m in best)
        raise ReviewError(f"place: {text!r} may be any of {listed}; add the province ('Name, Province') "
                          "or give the district_id")
    place = matches[0].place
    return PlaceRef(place.name, place.district_id, place.province_code)
