"""Reading limits: a text shaped like no news report is read in part, and says so; a report is read whole."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

from frontmap.extract import reading_limits as limits
from frontmap.extract.reading_limits import (
    Extraction,
    ReadingCuts,
    first_of_run_on,
    unread_run_ons,
)
from frontmap.extract.text import split_sentences
from frontmap.intake.articles import Article, article_id_for

PUBLISHED = dt.date(2021, 8, 10)
TOWNS = ["Zaranj", "Sheberghan", "Taloqan", "Aybak", "Farah", "Fayzabad", "Qalat", "Tarinkot",
         "Maimana", "Gardez", "Mehtarlam", "Bamyan"]


@pytest.fixture(scope="module")
def extractor():
    from frontmap.build import PipelineExtractor
    from geodata.gazetteer import Gazetteer

    return PipelineExtractor(Gazetteer.load())


def article(text: str) -> Article:
    return Article(article_id=article_id_for(text), file="upload.txt", item=None, title=text[:60], outlet="",
                   agency="", url="", published=PUBLISHED, date_source="manifest", text=text)


def per_sentence(mentions) -> dict[int, list[str]]:
    found: dict[int, list[str]] = {}
    for m in mentions:
        found.setdefault(m.sentence_index, []).append(m.surface)
    return found


def test_a_report_with_a_long_list_is_read_whole(extractor):
    text = ("Taliban take a dozen provincial capitals in a week\n\n"
            f"Within seven days the insurgents had entered {', '.join(TOWNS[:-1])} and {TOWNS[-1]}, "
            "according to officials in Kabul. Fighting went on near Kandahar on Monday.\n")
    mentions, events = result = extractor(article(text))
    assert result.cut_short == ""
    assert set(TOWNS) <= {m.surface for m in mentions}
    assert events


def test_a_run_on_shaped_like_a_report_is_read_whole(extractor):
    # one "sentence" of about 700 characters, its statements joined by semicolons: too long for a
    # sentence, it is read as its parts (`text.LIST_CHARS`), each whole
    text = ("Aybak back in government hands\n\nSAMANGAN: Security forces recaptured the city of Aybak late on "
            "Sunday after a two-day push, the governor's office announced; shops in the old bazaar opened again by "
            "noon while police patrolled the main road; a resident reached by phone said most of the fighters had "
            "pulled back toward the hills west of the city; officials in Mazar-i-Sharif promised more troops for the "
            "province before the end of the week; teachers said the schools would stay closed until the roads to the "
            "outlying villages had been swept for mines and the bridges checked by engineers; aid workers said the "
            "price of flour in the city had doubled since the fighting began.\n")
    assert not any(end - start > limits.RUN_ON_CHARS for start, end in _sentences(text))
    assert len(_sentences(text)) == 7  # the headline, and the six parts of the run-on
    _, events = result = extractor(article(text))
    assert result.cut_short == ""
    assert any(e.place == "Aybak" and e.status == "government" for e in events)


def test_a_page_that_lost_the_spaces_after_its_full_stops_is_cut_at_them(extractor):
    text = ("Aybak back in government hands\n\nSAMANGAN: Security forces recaptured the city of Aybak late on "
            "Sunday after a two-day push, the governor's office announced.Shops in the old bazaar opened again by "
            "noon while police patrolled the main road.A resident said most of the fighters had pulled back.\n")
    assert not any(end - start > limits.RUN_ON_CHARS for start, end in _sentences(text))
    assert len(_sentences(text)) == 4
    _, events = extractor(article(text))
    assert any(e.place == "Aybak" and e.status == "government" for e in events)


def _sentences(text: str):
    from frontmap.extract.text import split_sentences

    return split_sentences(text)


def test_a_run_on_looks_up_only_its_first_names(extractor):
    run_on = " then ".join(TOWNS * 5)  # sixty names and no full stop
    assert len(run_on) > limits.RUN_ON_CHARS
    mentions, _ = result = extractor(article("Upload\n\n" + run_on + "\n"))
    assert [m.surface for m in mentions] == (TOWNS * 2)[: limits.MAX_NAMES_PER_RUN_ON]
    assert "names not looked up" in result.cut_short


def test_the_same_names_in_written_sentences_are_all_read(extractor):
    text = "Upload\n\n" + " ".join(f"{town} was quiet." for town in TOWNS * 5) + "\n"
    mentions, _ = result = extractor(article(text))
    assert len(mentions) == len(TOWNS) * 5
    assert result.cut_short == ""


def test_an_article_reads_its_first_run_ons_and_then_one_every_few_thousand_characters():
    spans = [(n * 1001, n * 1001 + 1000) for n in range(100)] + [(100_100, 100_200)]  # a written sentence last
    unread = unread_run_ons(spans)
    read = [n for n in range(100) if n not in unread]
    assert read[: limits.RUN_ONS_IN_FULL] == list(range(limits.RUN_ONS_IN_FULL))
    allowance = limits.RUN_ONS_IN_FULL + spans[99][0] / 1000 * limits.RUN_ON_SHARE_PER_1000_CHARS
    assert allowance - 1 <= len(read) <= allowance + 1
    assert any(n > 90 for n in read)  # read all the way through, not only at the start
    assert 100 not in unread


def test_run_ons_past_the_allowance_are_not_read(extractor):
    run_on = " then ".join(TOWNS * 5)
    text = "Upload\n\n" + "\n".join(f"{run_on} captured" for _ in range(40)) + "\n"
    mentions, _ = result = extractor(article(text))
    named = per_sentence(mentions)
    assert 0 < len(named) < 40
    assert all(len(names) == limits.MAX_NAMES_PER_RUN_ON for names in named.values())
    assert "run-ons not read" in result.cut_short


def test_a_text_packed_with_names_looks_up_a_budget_of_them_a_sentence_at_a_time(extractor):
    lines = [(TOWNS[n % 12], TOWNS[(n + 1) % 12], TOWNS[(n + 2) % 12]) for n in range(300)]
    text = "Upload\n\n" + "\n".join(f"{a}, {b} and {c} were calm." for a, b, c in lines) + "\n"
    mentions, _ = result = extractor(article(text))
    assert limits.NAMES_FLOOR < len(mentions) < 900
    named = per_sentence(mentions)
    assert max(named) > 250  # the budget grows with the text: its end is still read
    assert all(names == list(lines[index - 1][: len(names)]) for index, names in named.items())  # no holes
    assert any(len(names) < 3 for names in named.values())
    assert "names not looked up" in result.cut_short


def test_thousands_of_tiny_paragraphs_read_the_places_of_a_budget_of_them(extractor):
    # what a page of markup becomes: every tag a paragraph of its own, a name and a verb in each
    text = "Upload\n\n" + "\n\n".join(f"{TOWNS[n % 12]} & captured" for n in range(3000)) + "\n"
    budget = limits.PlaceBudget(split_sentences(text))
    allowed = [index for index in range(1, 3001) if budget.limit(index, 20, [])]
    assert limits.SENTENCES_FLOOR < len(allowed) < 3000
    assert allowed[: limits.SENTENCES_FLOOR] == list(range(1, limits.SENTENCES_FLOOR + 1))  # the first all read
    assert allowed[-1] > 2900  # the budget grows with the text: its end is still read
    result = extractor(article(text))
    assert "places not read" in result.cut_short


def test_a_long_report_reads_the_places_of_every_sentence():
    paragraph = "Officials said fighting went on near {} on Monday, and residents reported heavy clashes."
    text = "Long report\n\n" + "\n\n".join(paragraph.format(TOWNS[n % 12]) for n in range(600)) + "\n"
    budget = limits.PlaceBudget(split_sentences(text))
    assert all(budget.limit(index, 90, []) for index in range(1, 601))


def test_triggers_and_dates_of_a_run_on_are_cut_to_its_first_ones():
    cuts = ReadingCuts()
    items = list(range(30))
    assert first_of_run_on(items, limits.RUN_ON_CHARS, limits.MAX_TRIGGERS_PER_RUN_ON, cuts, 3, "triggers") == items
    assert first_of_run_on(items, limits.RUN_ON_CHARS + 1, limits.MAX_TRIGGERS_PER_RUN_ON, cuts, 3, "triggers") == items[:16]
    assert (cuts.triggers, cuts.sentences) == (14, {3})


def test_a_run_on_full_of_dates_weighs_its_first_ones(extractor):
    from frontmap.extract.events import extract_events

    days = ", ".join(f"then again on July {day}" for day in range(1, 29))
    text = f"Upload\n\nThe Taliban captured Qalat {days} and the days after\n"
    assert len(text) > limits.RUN_ON_CHARS
    cuts = ReadingCuts()
    events = extract_events(article(text), extractor.finder.find(article(text)), cuts=cuts)
    assert cuts.dates == 28 - limits.MAX_DATES_PER_RUN_ON
    assert any(e.place == "Qalat" for e in events)  # the place is still read


def test_the_note_says_what_was_left_unread():
    cuts = ReadingCuts()
    assert cuts.note() == ""
    cuts.cut(4, "names", 1200)
    cuts.cut(5, "places", 3)
    note = cuts.note()
    assert note.startswith("read in part: 2 sentences")
    assert "1,200 names not looked up" in note and "3 places not read" in note


def test_an_extraction_keeps_its_note_across_processes():
    pair = Extraction(["m"], ["e"], "read in part: 1 sentence")
    mentions, events = copied = pickle.loads(pickle.dumps(pair))
    assert (mentions, events, copied.cut_short) == (["m"], ["e"], "read in part: 1 sentence")
