"""Two readings of who did what to which place (invented sentences, real gazetteer):

- "regained control of X" is one retaking, not a retaking beside a standing "control" (a hold): the
  Taliban's regaining stands even when the article then tells, dated earlier, that the resistance
  had taken X first (`triggers`, `overruled.settle_holds`);
- a participle of result after a comma ("..., leaving X airport the only way out") opens a clause of
  its own: what the verb before it took says nothing of X (`object_clauses`).
"""

from __future__ import annotations

import datetime as dt

from real_reading import real_events

from frontmap.extract.triggers import find_triggers

SUNDAY = dt.date(2021, 8, 22)


def test_regained_control_is_one_trigger():
    for sentence in ("The militants regained control of the district.", "Troops retook the control of the town.",
                     "Insurgents have retaken full control of the area."):
        texts = [t.text.lower() for t in find_triggers(sentence)]
        assert len(texts) == 1 and texts[0].endswith("control"), (sentence, texts)


def test_a_taliban_regaining_stands_beside_an_earlier_resistance_retake():
    cases = (
        ("The Taliban have regained control of Deh Salah district in Baghlan province, sources said on Sunday.\n"
         "On Friday, resistance fighters had retaken Deh Salah from the Taliban.", "Deh Salah"),
        ("Taliban fighters retook the control of Pul-e Hesar district on Sunday, a local elder said.\n"
         "Militias loyal to the old government had taken Pul-e Hesar back on Friday.", "Pul-e Hesar"),
        ("The insurgents regained full control of Khost wa Fereng district, a spokesman said.\n"
         "Local uprising forces recaptured Khost wa Fereng on Friday.", "Khost wa Fereng"),
    )
    for text, place in cases:
        events = real_events("Headline\n" + text, SUNDAY)
        assert (place, "taliban") in events and (place, "government") in events, (text, events)


def test_a_place_after_a_result_participle_is_not_the_object_taken():
    cases = (
        ("They also took over the Torkham border post, leaving Kabul airport the only way out still in government hands.",
         "Torkham", "Kabul"),
        ("The militants seized the border town of Islam Qala, leaving Herat airport the only exit held by the army.",
         "Islam Qala", "Herat"),
        ("Fighters overran Sholgara district at dawn, prompting Mazar-i-Sharif airport to close.", "Sholgara", "Mazar-i-Sharif"),
    )
    for text, taken, other in cases:
        events = real_events("Headline\n" + text, SUNDAY)
        assert (taken, "taliban") in events, (text, events)
        assert not any(place == other and status in ("taliban", "contested") for place, status in events), (text, events)
