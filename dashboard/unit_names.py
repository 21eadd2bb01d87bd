"""Share links by name: `?unit=Kunduz` (with `&province=` to tell apart places of one name) is
resolved with the gazetteer to the id the map uses; ids keep working as they are."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from urllib.parse import parse_qs, urlencode

from geodata.names import normalize

Resolver = Callable[[str, str, str | None], tuple[str, str] | None]


def gazetteer_resolver(gazetteer) -> Resolver:
    """Return a function (name, layer, province) -> (layer, unit id) or None, answering from
    `gazetteer`: a district's id on the district layer, a province's code on the province layer; a
    name only a province bears opens the province layer."""

    def resolve(name: str, layer: str, province: str | None) -> tuple[str, str] | None:
        matches = gazetteer.lookup(name, context=province)
        if province:
            wanted = normalize(province)
            inside = [m for m in matches if wanted in (normalize(m.place.province), normalize(m.place.province_code))]
            matches = inside or matches
        districts = [m for m in matches if m.place.district_id]
        if layer == "district" and districts:
            return "district", districts[0].place.district_id
        if matches:
            return "province", matches[0].place.province_code
        return None

    return resolve


#: Longer than any district or province name: not looked up (a lookup is fuzzy, so not free).
MAX_NAME_CHARS = 80


def resolve_query(search: str | None, unit_ids: Mapping[str, Sequence[str]], resolve: Resolver) -> str | None:
    """Return `search` with a unit given by name replaced by its id (and its layer); unchanged when
    the unit is already an id, absent, or names no Afghan place (a query that is not text, or a name
    longer than any place name, is left for parse_query to refuse)."""
    if not isinstance(search, str):
        return search
    params = {key: values[0] for key, values in parse_qs(search.lstrip("?")).items() if values}
    unit = params.get("unit")
    layer = params.get("layer") if params.get("layer") in unit_ids else "district"
    if not unit or len(unit) > MAX_NAME_CHARS or unit in unit_ids.get(layer, ()):
        return search
    found = resolve(unit, layer, params.get("province"))
    if found is None or found[1] not in unit_ids.get(found[0], ()):
        return search
    params["layer"], params["unit"] = found
    params.pop("province", None)
    return "?" + urlencode(params)
