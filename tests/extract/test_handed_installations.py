"""Buildings handed over in a town the clause before locates (`frontmap.extract.handed_installations`)."""

from types import SimpleNamespace

from frontmap.extract.handed_installations import handed_installations


def _mention(sentence: str, name: str, kind: str = "district", key: str | None = None) -> SimpleNamespace:
    start = sentence.index(name)
    return SimpleNamespace(start=start, end=start + len(name), place=SimpleNamespace(kind=kind, key=key or name))


def _towns(sentence: str, *mentions: SimpleNamespace) -> list[str]:
    return [m.place.key for _s, _e, m in handed_installations(sentence, 0, list(mentions))]


def test_the_town_located_before_the_handover_clause_is_handed_over():
    s = "A few shots rang out in Sharan before all the government buildings were handed over to the Taliban."
    assert _towns(s, _mention(s, "Sharan")) == ["Sharan"]
    s = "Gunfire was heard in the provincial capital of Nili as the main government offices were taken over by the insurgents."
    assert _towns(s, _mention(s, "Nili")) == ["Nili"]


def test_an_apposed_province_between_does_not_hide_the_town():
    s = "Shots rang out in Qalat, the capital of Zabul, before all the provincial installations were surrendered to the insurgents."
    assert _towns(s, _mention(s, "Qalat"), _mention(s, "Zabul", "district", "Qalat")) == ["Qalat"]


def test_a_town_only_gone_to_is_not_where_the_buildings_stood():
    s = "Officials flew to Kabul before all the government offices were handed over to the Taliban."
    assert _towns(s, _mention(s, "Kabul")) == []


def test_buildings_with_their_own_place_are_read_from_it():
    s = "Shots were heard in Maimana before all the government offices in Andkhoy were surrendered to the insurgents."
    assert _towns(s, _mention(s, "Maimana"), _mention(s, "Andkhoy")) == []


def test_a_handover_asked_for_or_denied_is_none():
    s = "Elders in Ghazni asked that all the government buildings be handed over to the Taliban."
    assert _towns(s, _mention(s, "Ghazni")) == []
    s = "Elders met in Ghazni, and the government buildings were never handed over to the Taliban."
    assert _towns(s, _mention(s, "Ghazni")) == []
