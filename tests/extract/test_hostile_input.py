"""Property tests: whatever text arrives, read -> find_mentions -> extract_events raises nothing and
keeps its own promises (mention spans point at their surface text, events carry known statuses)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from frontmap.intake.articles import Article, article_id_for, date_in_text, read_corpus, split_articles
from frontmap.status import EVENT_STATUSES

PUBLISHED = dt.date(2021, 8, 8)

PLACES = [
    "Kunduz", "Herat", "Qala-e Naw", "Qala-i-Naw", "Lashkar Gah", "Kandahar", "Spin Boldak",
    "Sheberghan", "Taloqan", "Zaranj", "Pul-i-Khumri", "Ghazni", "Badakhshan", "Nangarhar",
    "Achin", "Pacher wa Agam", "Quetta", "Peshawar", "Chaman", "Kabul", "Mazar-i-Sharif",
    "کندز", "هرات", "قندهار", "لشکرگاه", "KUNDUZ", "herat", "Kunduz's", "Herat-based",
]
TRIGGERS = [
    "the Taliban captured", "fell to the Taliban", "was retaken by government forces",
    "heavy fighting in", "the Taliban claimed control of", "is under siege", "plans to capture",
    "isn't under threat", "in 2015 the Taliban failed to hold", "Afghan forces recaptured",
    "surrounded", "overran", "seized", "on Sunday", "on August 8", "last week", "yesterday",
    "on 12 August 2021", "(Reuters) -", "KABUL, Aug 8 -",
]
ODD = [
    "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f", "\u202a", "\u202b",
    "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2069", "\u0301", "\u0651", "\u064b",
    "\u00a0", "\u3000", "\u2028", "\u2029", "\x0b", "\x0c", "\x85", "\r", "\r\n", "\t",
    "\ud7ff", "\U0001f600", "\U0001f1e6\U0001f1eb", "ﷺ", "ß", "İ", "ﬁ", "Ⅻ", "٣", "۱۴۰۰",
    "...", "!!!", "???", "—", "–", "«", "»", "„", "‚", "’", "'", '"', ",", ";", ":", "(", ")",
    "<script>alert(1)</script>", "&amp;", "<b>", "</p>", "\\", "%s", "{0}", "$1", "*", "=",
]
PUNCTUATION_LINE = st.text(alphabet=st.sampled_from(list(".,;:!?-–—*=#~_/\\|'\"«»()[]{}…")),
                           min_size=1, max_size=80)

piece = st.one_of(
    st.sampled_from(PLACES),
    st.sampled_from(TRIGGERS),
    st.sampled_from(ODD),
    st.just("\n"),
    st.just("\n\n"),
    st.just(" "),
    PUNCTUATION_LINE.map(lambda line: f"\n{line}\n"),
    st.text(max_size=30),
    st.text(alphabet=st.characters(min_codepoint=0x0590, max_codepoint=0x06FF), max_size=30),
)
#: Sentences made of Afghan and foreign place names, control words, odd characters and noise.
mixed_text = st.lists(piece, max_size=40).map("".join)
#: Anything at all, plus the mixed kind.
any_text = st.one_of(st.text(max_size=400), mixed_text)
#: A place name at the very start and at the very end, with nothing around it.
edge_text = st.tuples(st.sampled_from(PLACES), mixed_text, st.sampled_from(PLACES)).map(
    lambda parts: f"{parts[0]} {parts[1]} {parts[2]}"
)


@pytest.fixture(scope="module")
def gazetteer():
    """The real gazetteer's mention finder, built once (find_mentions takes either)."""
    from geodata.gazetteer import Gazetteer
    from frontmap.extract.mentions import MentionFinder

    return MentionFinder(Gazetteer.load())


def article_for(text: str, published: dt.date | None = PUBLISHED) -> Article:
    """Return an Article holding `text` as the reader would make it (no manifest)."""
    return Article(
        article_id=article_id_for(text), file="hostile.txt", item=None, title=text[:80],
        outlet="", agency="", url="", published=published,
        date_source="manifest" if published else "undated", text=text,
    )


def run_pipeline(text: str, gazetteer) -> list:
    """Split `text` like a corpus file, then find mentions and events in every piece and in the
    whole text as one article. Returns all events; checks each stage's promises on the way."""
    from frontmap.extract.events import extract_events
    from frontmap.extract.mentions import find_mentions

    pieces = split_articles(text)
    assert all(isinstance(p, str) and p for p in pieces)
    events = []
    for body, published in [(p, date_in_text(p)) for p in pieces] + [(text, PUBLISHED)]:
        article = article_for(body, published)
        mentions = find_mentions(article, gazetteer)
        for mention in mentions:
            assert 0 <= mention.start <= mention.end <= len(body)
            assert body[mention.start:mention.end] == mention.surface
            assert mention.article_id == article.article_id
        found = extract_events(article, mentions)
        for event in found:
            assert event.status in EVENT_STATUSES
            assert event.article_id == article.article_id
            assert event.province_code.startswith("AF-")
        events.extend(found)
    return events


QUICK = settings(max_examples=300, deadline=None, database=None,
                 suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@QUICK
@given(text=any_text)
def test_any_text_passes_the_pipeline(gazetteer, text):
    run_pipeline(text, gazetteer)


@QUICK
@given(text=edge_text)
def test_names_at_the_very_start_and_end(gazetteer, text):
    run_pipeline(text, gazetteer)


@settings(max_examples=60, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(text=any_text, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]))
def test_any_text_file_is_read_or_skipped_with_a_reason(tmp_path_factory, text, encoding):
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "article.txt").write_bytes(text.encode(encoding, errors="surrogatepass"))
    read = read_corpus(folder)
    assert len(read.articles) + len(read.skipped) >= 1
    for skipped in read.skipped:
        assert skipped.file == "article.txt" and skipped.reason


@pytest.mark.parametrize(
    "text",
    [
        "",
        "\n" * 1000,
        "\u200b" * 5000,
        "...\n!!!\n---\n***\n===\n",
        "Kunduz",
        "Kunduz fell to the Taliban",
        "\u202eKunduz fell to the Taliban on Sunday\u202c",
        "طالبان کندز را تصرف کردند. Taliban captured Kunduz. طالبان",
        "K\u200bunduz fell to the Taliban and Her\u200dat too.",
    ],
)
def test_hand_picked_oddities(gazetteer, text):
    run_pipeline(text, gazetteer)


def test_a_million_characters_without_a_newline(gazetteer):
    sentence = "The Taliban captured Kunduz and fighting raged in Herat, officials said. "
    text = (sentence * (1_000_000 // len(sentence) + 1))[:1_000_000]
    assert "\n" not in text and len(text) == 1_000_000
    events = run_pipeline(text, gazetteer)
    assert events, "a text full of captures must yield events"


def test_a_million_characters_of_one_unbroken_word(gazetteer):
    run_pipeline("x" * 999_990 + " Kunduz.", gazetteer)


@pytest.mark.slow
@settings(max_examples=10_000, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(text=st.one_of(mixed_text, edge_text, st.text(max_size=200)))
def test_ten_thousand_hostile_texts(gazetteer, text):
    run_pipeline(text, gazetteer)


CAPITALS = ["Zaranj", "Sheberghan", "Kunduz", "Taloqan", "Aybak", "Farah", "Fayzabad", "Ghazni",
            "Herat", "Kandahar", "Qalat", "Tarinkot"]
# a list of capitals means Badakhshan's capital, which the gazetteer spells Faizabad (not Jowzjan's Fayzabad)
CAPITAL_PLACES = {"Faizabad" if name == "Fayzabad" else name for name in CAPITALS}


def _captured(text: str, gazetteer) -> set[str]:
    from frontmap.extract.events import extract_events
    from frontmap.extract.mentions import find_mentions

    article = article_for("Report\n\n" + text)
    return {e.place for e in extract_events(article, find_mentions(article, gazetteer)) if e.status == "taliban"}


def test_a_long_list_in_one_written_sentence_is_read_whole(gazetteer):
    sentence = "In ten days the Taliban captured " + ", ".join(CAPITALS[:-1]) + f" and {CAPITALS[-1]}."
    assert _captured(sentence, gazetteer) == CAPITAL_PLACES


def test_a_run_on_cut_by_the_splitter_reads_only_its_first_places(gazetteer):
    from frontmap.extract.reading_limits import MAX_PLACES_PER_RUN_ON, RUN_ON_CHARS

    filler = " and then, according to several people who spoke on condition of anonymity," * 8
    run_on = "The Taliban captured " + ", ".join(CAPITALS) + filler
    assert len(run_on) > RUN_ON_CHARS
    assert 0 < len(_captured(run_on + ".", gazetteer)) <= MAX_PLACES_PER_RUN_ON
