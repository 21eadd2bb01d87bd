"""Syndicated copies: copies of one wire story with small edits share a story; a story that
differs in a place name is another story; the timeline and the sources count a story once."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import numpy as np

from frontmap.intake.split import article_id_for
from frontmap.intake import stories
from frontmap.intake.stories import assign_stories, body_of, group_stories, one_copy_per_story, same_story
from intake.news_files import EXTRA_PARAGRAPH, PAGE_BODY, WIRE_BODY, wire_copy

ORIGINAL = wire_copy("Taliban push into centre of Lashkar Gah", WIRE_BODY)
NEW_HEADLINE_TRIMMED = wire_copy("Helmand capital under siege as insurgents reach bazaar", WIRE_BODY[:3])
EXTENDED = wire_copy("Fierce fighting in Lashkar Gah", [*WIRE_BODY, EXTRA_PARAGRAPH])
SMALL_EDITS = wire_copy("Lashkar Gah: Taliban reach city centre", [
    WIRE_BODY[0].replace("two provincial council members said", "according to two provincial council members"),
    WIRE_BODY[1].replace("several government offices", "a number of government offices"),
    *WIRE_BODY[2:4],
])
OTHER_PLACE = wire_copy("Taliban push into centre of Lashkar Gah",
                        [p.replace("Lashkar Gah", "Tarinkot").replace("Helmand", "Uruzgan") for p in WIRE_BODY])
ONE_PLACE_SWAPPED = wire_copy("Taliban push into centre of Lashkar Gah",
                              [*WIRE_BODY[:3], WIRE_BODY[3].replace("from Kabul", "from Kandahar"), WIRE_BODY[4]])
RESPELT = wire_copy("Taliban push into centre of Lashkar Gah",
                    [WIRE_BODY[0].replace("Lashkar Gah", "Lashkargah"), *WIRE_BODY[1:]])
UNRELATED = wire_copy("Taliban enter Badghis capital", PAGE_BODY)


def _stories(*texts: str) -> list[str]:
    story_of = assign_stories((article_id_for(t), t) for t in texts)
    return [story_of[article_id_for(t)] for t in texts]


def test_copies_with_other_headlines_trimmed_extended_or_edited_share_one_story():
    stories = _stories(ORIGINAL, NEW_HEADLINE_TRIMMED, EXTENDED, SMALL_EDITS, UNRELATED)
    assert len(set(stories[:4])) == 1
    assert stories[4] != stories[0]
    assert stories[0] == min(article_id_for(t) for t in (ORIGINAL, NEW_HEADLINE_TRIMMED, EXTENDED, SMALL_EDITS))


def test_story_that_differs_only_in_its_place_names_is_another_story():
    first, second = _stories(ORIGINAL, OTHER_PLACE)
    assert first != second
    assert not same_story(body_of(ORIGINAL), body_of(ONE_PLACE_SWAPPED))


def test_a_name_spelt_another_way_is_still_the_same_story():
    assert same_story(body_of(ORIGINAL), body_of(RESPELT))


def test_every_article_gets_a_story_and_order_does_not_matter():
    texts = [ORIGINAL, EXTENDED, UNRELATED, OTHER_PLACE, "Too short to tell.\n"]
    forward = assign_stories((article_id_for(t), t) for t in texts)
    backward = assign_stories((article_id_for(t), t) for t in reversed(texts))
    assert forward == backward and set(forward) == {article_id_for(t) for t in texts}
    assert forward[article_id_for("Too short to tell.\n")] == article_id_for("Too short to tell.\n")


def test_body_leaves_out_the_headline_and_marks_names():
    body = body_of(ORIGINAL)
    assert body.words[:3] == ("lashkar", "gah", "afghanistan")
    names = {w for w, name in zip(body.words, body.names) if name}
    assert {"taliban", "helmand", "kabul"} <= names and "the" not in names


def _event(event_id, article_id, status="taliban", day=dt.date(2021, 8, 3), basis="explicit"):
    return SimpleNamespace(event_id=event_id, article_id=article_id, district_id="D1",
                           province_code="AF-HEL", status=status, event_date=day, date_basis=basis)


def test_timeline_hook_keeps_one_copy_of_each_report():
    events = [_event("e1", "a1"), _event("e2", "a1"), _event("e3", "a2"), _event("e4", "a2", "contested"),
              _event("e5", "a3")]
    story_of = {"a1": "a1", "a2": "a1", "a3": "a3"}
    kept = [e.event_id for e in one_copy_per_story(events, story_of)]
    # a1's own two reports both count; its copy a2 adds only what a1 did not report; a3 is another story
    assert kept == ["e1", "e2", "e4", "e5"]


def test_copies_published_on_other_days_report_one_publication_dated_event():
    events = [_event("e1", "a1", "contested", dt.date(2021, 8, 3), "publication"),
              _event("e2", "a2", "contested", dt.date(2021, 8, 4), "publication"),
              _event("e3", "a2", "contested", dt.date(2021, 8, 5), "explicit")]
    kept = [e.event_id for e in one_copy_per_story(events, {"a1": "a1", "a2": "a1"})]
    assert kept == ["e1", "e3"]  # e2 is e1 published a day later; e3 reports another day


def _grouped(*texts: str) -> list[tuple[str, str, bytes]]:
    """Return (article_id, story id, signature) of `texts` as a build stores them once grouped."""
    by_id = {article_id_for(t): t for t in texts}
    grouping = group_stories(by_id.items(), (), by_id.get)
    return [(article_id_for(t), grouping.story_of[article_id_for(t)], grouping.signatures[article_id_for(t)])
            for t in texts]


def test_new_articles_grouped_with_stored_stories_end_as_if_all_were_grouped_at_once():
    stored, added = [ORIGINAL, OTHER_PLACE, UNRELATED], [EXTENDED, SMALL_EDITS, NEW_HEADLINE_TRIMMED]
    texts = {article_id_for(t): t for t in stored + added}
    grouped = _grouped(*stored)
    grouping = group_stories([(article_id_for(t), t) for t in added], grouped, texts.get)
    after = {article_id: story for article_id, story, _ in grouped} | grouping.story_of
    assert after == assign_stories(texts.items())
    assert set(grouping.signatures) == {article_id_for(t) for t in added}  # the stored keep theirs


def test_only_the_new_articles_and_their_likely_copies_are_read_again():
    read = []
    texts = {article_id_for(t): t for t in (ORIGINAL, UNRELATED, EXTENDED)}

    def text_of(article_id):
        read.append(article_id)
        return texts[article_id]

    group_stories([(article_id_for(EXTENDED), EXTENDED)], _grouped(ORIGINAL, UNRELATED), text_of)
    assert article_id_for(UNRELATED) not in read and article_id_for(ORIGINAL) in read


def test_a_stored_story_without_a_signature_is_signed_from_its_text():
    texts = {article_id_for(t): t for t in (ORIGINAL, EXTENDED)}
    grouped = [(article_id_for(ORIGINAL), article_id_for(ORIGINAL), None)]
    grouping = group_stories([(article_id_for(EXTENDED), EXTENDED)], grouped, texts.get)
    assert grouping.signatures[article_id_for(ORIGINAL)] == _grouped(ORIGINAL)[0][2]
    assert grouping.story_of[article_id_for(EXTENDED)] == min(texts)


def test_a_new_copy_with_a_place_name_swapped_stays_out_of_the_stored_story():
    texts = {article_id_for(t): t for t in (ORIGINAL, OTHER_PLACE)}
    grouping = group_stories([(article_id_for(OTHER_PLACE), OTHER_PLACE)], _grouped(ORIGINAL), texts.get)
    assert grouping.story_of == {article_id_for(OTHER_PLACE): article_id_for(OTHER_PLACE)}


PLACES = ["Tarinkot", "Qalat", "Zaranj", "Farah", "Sheberghan", "Maimana", "Pul-i-Khumri", "Taloqan",
          "Faizabad", "Aybak", "Sar-e Pul", "Chaghcharan", "Nili", "Bamyan", "Ghazni", "Gardez",
          "Khost", "Sharana", "Asadabad", "Mehtarlam", "Jalalabad", "Mahmud-i-Raqi", "Bazarak", "Charikar"]


def test_articles_alike_but_for_their_places_cost_a_bounded_number_of_comparisons(monkeypatch):
    # one wire template filled with many places: every article is a likely copy of every other
    texts = [wire_copy(f"Fighting in {place}", [p.replace("Lashkar Gah", place) for p in WIRE_BODY])
             for place in PLACES]
    compared = []
    real_same_story = stories.same_story
    monkeypatch.setattr(stories, "same_story", lambda a, b: compared.append(1) or real_same_story(a, b))
    story_of = assign_stories((article_id_for(t), t) for t in texts)
    assert len(set(story_of.values())) == len(texts)
    assert 0 < len(compared) <= stories.CHECKS_PER_ARTICLE * len(texts)


def _ahead_with(texts: dict[str, str], answered: list):
    """Return a group_stories `ahead` making checks_ahead's comparisons from `texts`, as workers would."""
    body = stories.bodies(texts.get)

    def ahead(wanted):
        for article_id, candidates in wanted:
            verdicts = stories.checks_ahead(article_id, candidates, body)
            answered.extend(verdicts)
            yield article_id, candidates, verdicts

    return ahead


def test_comparisons_made_ahead_are_not_made_again_and_the_stories_stay_the_same(monkeypatch):
    copies = [ORIGINAL, EXTENDED, SMALL_EDITS, NEW_HEADLINE_TRIMMED, OTHER_PLACE, ONE_PLACE_SWAPPED, UNRELATED]
    templated = [wire_copy(f"Fighting in {place}", [p.replace("Lashkar Gah", place) for p in WIRE_BODY])
                 for place in PLACES[:8]]
    texts = {article_id_for(t): t for t in copies + templated}
    compared, answered = [], []
    real_same_story = stories.same_story
    monkeypatch.setattr(stories, "same_story", lambda a, b: compared.append(1) or real_same_story(a, b))
    alone = group_stories(texts.items(), (), texts.get)
    compared_alone, compared[:] = len(compared), []
    ahead = group_stories(texts.items(), (), texts.get, _ahead_with(texts, answered))
    assert ahead == alone
    compared_here = len(compared) - len(answered)  # the grouping's own, besides those made ahead
    assert answered and compared_here < compared_alone / 2


def test_a_comparison_left_out_ahead_is_made_by_the_grouping():
    texts = {article_id_for(t): t for t in (ORIGINAL, EXTENDED, SMALL_EDITS, UNRELATED)}

    def nothing_answered(wanted):
        for article_id, candidates in wanted:
            yield article_id, candidates, {}

    assert group_stories(texts.items(), (), texts.get, nothing_answered) == group_stories(texts.items(), (), texts.get)


def test_candidates_found_a_block_at_once_are_those_found_one_by_one():
    from frontmap.intake.story_index import CandidateIndex

    templated = [wire_copy(f"Fighting in {place}", [p.replace("Lashkar Gah", place) for p in WIRE_BODY])
                 for place in PLACES[:6]]
    texts = [ORIGINAL, UNRELATED, EXTENDED, "Too short to tell.\n", SMALL_EDITS, *templated, PAGE_BODY[0], RESPELT]
    signatures = [stories.story_signature(t) for t in texts]
    signed = np.array([s != stories.UNSIGNED for s in signatures])
    index = CandidateIndex(stories._matrix(signatures, signed), signed)
    numbers = range(len(texts))
    one_by_one = [index.candidates(n).tolist() for n in numbers]
    assert [found.tolist() for found in index.candidates_of(numbers)] == one_by_one
    assert one_by_one[2] == [0] and one_by_one[1] == [] and any(len(found) > 1 for found in one_by_one)


def test_only_the_articles_whose_story_id_moves_are_reported_changed():
    union = stories._Stories()
    recorded = {"b": "b", "c": "b", "d": "d", "e": "d", "f": "f", "a": ""}  # grouped before, and a new one
    for article_id, story in recorded.items():
        union.add(article_id, story)
    union.join("a", "c")  # the new article's id is the smallest: b's copies move to a
    union.join("f", "e")  # f joins d's story: d stays its id
    ids = list(recorded)
    every = {i: union.root(i) for i in ids if union.root(i) != recorded[i]}
    assert union.changed(ids, recorded.values()) == every == {"a": "a", "b": "a", "c": "a", "f": "d"}
