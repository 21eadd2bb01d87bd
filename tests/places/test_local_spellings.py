"""Local spellings that Afghan outlets write for districts, carved districts and crossings."""

from __future__ import annotations

import pytest

from geodata.gazetteer import Gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def _first(gaz: Gazetteer, query: str, context: str | None = None):
    matches = gaz.lookup(query, context)
    assert matches, f"{query!r} matched nothing"
    return matches[0].place


@pytest.mark.parametrize(
    ("query", "district", "province"),
    [
        ("Sholgar", "Sholgara", "AF-BAL"), ("Chamtal", "Chimtal", "AF-BAL"), ("Kushanda", "Kishindih", "AF-BAL"),
        ("Bano", "Andarab", "AF-BGL"), ("Banu", "Andarab", "AF-BGL"), ("Chesht", "Chisht-e Sharif", "AF-HER"),
        ("Kiran wa Monjan", "Kuran wa Munjan", "AF-BDS"), ("Khwaja Sabz Push", "Khwaja Sabz Posh", "AF-FYB"),
        ("Shiekh Ali", "Sheikh Ali", "AF-PAR"), ("Noorgram", "Nurgaram", "AF-NUR"),
        ("Pusht-e-Koh", "Shib Koh", "AF-FRA"), ("Posht Kuh", "Shib Koh", "AF-FRA"),
        ("Abu Nasr Farahi", "Shib Koh", "AF-FRA"), ("Milak", "Zaranj", "AF-NIM"),
        ("Ahmad Khel", "Laja Ahmad Khel", "AF-PIA"), ("Khoshamand", "Dila", "AF-PKA"),
        ("Torghandi", "Kushk", "AF-HER"), ("Torgondi", "Kushk", "AF-HER"), ("Sighan", "Sayghan", "AF-BAM"),
        ("Maymena", "Maimana", "AF-FYB"), ("Taringot", "Tarinkot", "AF-URU"), ("Shrana", "Sharan", "AF-PKA"),
        ("Lashkar Gar", "Lashkar Gah", "AF-HEL"), ("Mihterlam", "Mehtarlam", "AF-LAG"),
        ("Hazar Samooch", "Hazar Sumuch", "AF-TAK"), ("Heratan", "Kaldar", "AF-BAL"),
        ("Fayroz Koh", "Chaghcharan", "AF-GHO"), ("Firuzkoh", "Chaghcharan", "AF-GHO"), ("Mitarlam", "Mehtarlam", "AF-LAG"),
        ("Qala-e-No", "Qala-e Naw", "AF-BDG"), ("Qala-e-Nu", "Qala-e Naw", "AF-BDG"), ("Delaram", "Khash Rod", "AF-NIM"),
        ("Kuran-wo-Munjan", "Kuran wa Munjan", "AF-BDS"), ("Camp Shorabak", "Washir", "AF-HEL"), ("Camp Bastion", "Washir", "AF-HEL"),
        ("Namak Aab", "Namak Ab", "AF-TAK"), ("Towrgondi", "Kushk", "AF-HER"), ("Ube", "Obe", "AF-HER"), ("Sagar", "Saghar", "AF-GHO"),
        ("Kohmard", "Kahmard", "AF-BAM"),
        ("De Salah", "Deh Salah", "AF-BGL"), ("Rukhah", "Rokha", "AF-PAN"), ("Badpakh", "Mehtarlam", "AF-LAG"),
        ("Dara-i-Sawf", "Dara-e Suf-e Payin", "AF-SAM"), ("Dara-e Suf", "Dara-e Suf-e Payin", "AF-SAM"),
        ("Dara-e Suf Bala", "Dara-e Suf-e Bala", "AF-SAM"), ("Sibargan", "Sheberghan", "AF-JOW"),
        ("Mitharlam", "Mehtarlam", "AF-LAG"), ("Pul-e Chumri", "Pul-e Khumri", "AF-BGL"),
        ("Qal'at Naw", "Qala-e Naw", "AF-BDG"), ("Qal’at Naw", "Qala-e Naw", "AF-BDG"),
    ],
)
def test_local_spellings_resolve(gaz, query, district, province):
    place = _first(gaz, query)
    assert (place.district, place.province_code) == (district, province)


@pytest.mark.parametrize("query", ["Dawalat Abad", "Dawalt Abad", "Dawalabad"])
def test_misspelt_dawlatabad_follows_the_province_in_context(gaz, query):
    assert _first(gaz, query).province_code == "AF-BAL"
    assert _first(gaz, query, "Faryab province").province_code == "AF-FYB"
