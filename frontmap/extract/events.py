"""Control events: what each sentence that names a place says about who controls it, and when.

For every mention (and every definite reference such as "the city", "the provincial capital",
"the district" to the place it means, `frontmap.extract.references`), `frontmap.extract.rules`
decides the status from the trigger nearest the place in its clause, or that the sentence says
nothing about control there. A place named only as a landmark, destination, institution, title or
locator is no event place (`references`). A province is the place of an event only when the
sentence names no town or district of it. `frontmap.extract.dates` dates each event (the
article's discourse date: the place's own date expression, else the date in force, capped by a
reporting date; a publication-dated retelling takes the date the article gives elsewhere).

Identical (place, status, date) events of one article are reported once: the first sentence (the
body's, for one the headline tells too), the highest confidence, the kind closest to the place.
A Taliban claim about a place the article also reports taken as a fact is dropped. Each event
keeps its sentence as excerpt, the trigger words, and the kind of fighting they report
(`frontmap.extract.kinds`: ground, strike, nearby; hold for a side still holding the place).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import hashlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from frontmap.extract import aimed_fights, attacked_holds, attributive_holds, attribution, bombing_references, border_sides, clauses, containers, datelines, district_sweeps, references, rejected_reports, restated_names, retracted_reports, retellings, seat_entries, seat_references, undone_changes
from frontmap.extract import district_lists, foreign_forces, fought_on, held_until, front_acronyms, headline_cities, headline_overstatements, rebel_sides, held_on, held_there, part_pronouns, repelled_answers
from frontmap.extract import additive_pairs, qualified_districts, battle_tolls, named_counts, dated_objects, reported_states, digit_groups, gerund_objects, gapped_objects, earlier_falls, excepted_states, last_standing, lead_days, memo, named_anchors, plural_references, pronoun_sides, ranked_lists, shrunk_holds, held_spans
from frontmap.extract import rules as rules
from frontmap.extract.area_references import area_subjects
from frontmap.extract.date_lookahead import dated_by_next
from frontmap.extract.dates import ArticleDates
from frontmap.extract.kinds import event_kind
from frontmap.extract.mentions import Mention
from frontmap.extract.province_appositions import called_a_province
from frontmap.extract import anchor_restatements, brief_holds, caption_lines, corrected_headlines, dated_run_ups, denied_claims, denied_falls, echoed_changes, forward_names, headings, overruled, own_places, page_chrome, partial_holds, place_scope, prior_holds, province_echoes, province_events, province_lists, qualified_denials, respective_days, retake_means, turn_takers, unit_tellings, unsaid_places, verbless_lists
from frontmap.extract.repelled_references import held_after_repelled
from frontmap.extract.reading_limits import MAX_TRIGGERS_PER_RUN_ON, PlaceBudget, ReadingCuts, first_of_run_on
from frontmap.extract.text import as_written, reading_text, split_sentences, text_view, usable_view
from frontmap.extract.targets import Target, sentence_targets
from frontmap.extract.triggers import CAPTURE, FALL, HANDOVER, LOSE, RETAKE
from frontmap.status import CONTESTED, TALIBAN

if TYPE_CHECKING:
    from frontmap.intake.articles import Article
    from geodata.gazetteer import Place

#: events.csv columns (a contract; see DESIGN.md), then the extra ones this module adds.
EVENT_COLUMNS: tuple[str, ...] = (
    "event_id", "article_id", "file", "item", "place", "district_id", "province_code", "status",
    "event_date", "date_basis", "excerpt", "confidence", "trigger", "kind",
)


@dataclass(frozen=True)
class ControlEvent:
    """One statement about control of one place on one date, with the sentence behind it."""

    event_id: str
    article_id: str
    file: str
    item: int | None
    place: str
    district_id: str | None
    province_code: str
    status: str
    event_date: dt.date | None
    date_basis: str
    excerpt: str
    confidence: float
    trigger: str
    kind: str = ""  # frontmap.extract.kinds: ground, strike, nearby or hold; read from the trigger when not given

    def __post_init__(self) -> None:
        if not self.kind:
            object.__setattr__(self, "kind", event_kind(self.trigger, self.excerpt, self.status))

    def to_row(self) -> dict:
        """Return the event as a dict keyed by EVENT_COLUMNS (dates as ISO text, None as '')."""
        row = {name: getattr(self, name) for name in EVENT_COLUMNS}
        row["event_date"] = self.event_date.isoformat() if self.event_date else ""
        row["item"] = "" if self.item is None else self.item
        row["district_id"] = self.district_id or ""
        return row


def event_id_for(article_id: str, place_key: str, status: str, date: dt.date | None, sentence_index: int) -> str:
    """Return the stable id of an event (16 hex digits of a SHA-256)."""
    raw = f"{article_id}|{place_key}|{status}|{date.isoformat() if date else ''}|{sentence_index}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def extract_events(
    article: Article,
    mentions: Sequence[Mention],
    sentences: Sequence[tuple[int, int]] | None = None,
    view: str | None = None,
    cuts: ReadingCuts | None = None,
) -> list[ControlEvent]:
    """Return the control events `article` reports about the places in `mentions`, in text order.

    `sentences` may pass `split_sentences(article.text)` already computed (as the mentions used),
    `view` `text_view(article.text)`, and `cuts` counts what the limits left unread (`reading_limits`).
    """
    sentences = split_sentences(article.text) if sentences is None else sentences
    read = _Reading.of(article, mentions, sentences, usable_view(article.text, view), cuts)
    drafts = undone_changes.before_their_undoing([draft for index in _candidate_sentences(read) for draft in _sentence_events(read, index)])
    drafts = prior_holds.without_prior_holds(brief_holds.brief_holds_as_fighting(shrunk_holds.without_shrunk_holds(rejected_reports.rejected_as_claims(seat_entries.seats_entered(drafts)))))
    across = (lambda i: read.sentence(i)[2], read.units_named, len(sentences))  # what readers of the next sentence ask
    drafts = attribution.demote_doubted(province_echoes.without_province_echoes(retracted_reports.without_retracted_next(drafts, across[0], across[2]), across[0]), *across, read.quoted)  # "the clashes in Faryab"
    drafts = named_anchors.dated_from_named(held_after_repelled(drafts, read), read)  # "... attacked X. Forces repelled the attack"
    drafts = fought_on.fought_against_claims(bombing_references.without_retold_bombings(drafts, *across), *across)
    drafts = attacked_holds.attacked_holds(repelled_answers.repelled_against_claims(held_on.held_against_claims(drafts, *across), *across), across[0])  # "..., whereas the attack was repelled"; "held X but came under attack"
    settled = _settled(read, last_standing.standing_as_holds(drafts, read.sentence, read.by_sentence))
    if read.written == read.article.text:
        return settled
    return [dataclasses.replace(event, excerpt=as_written(event.excerpt, read.written, read.article.text)) for event in settled]  # quoted as printed


@dataclass
class _Reading:
    """What every sentence of one article is read against."""

    article: Article
    sentences: Sequence[tuple[int, int]]
    view: str | None
    by_sentence: dict[int, list[Mention]]
    dates: ArticleDates
    antecedents: references.Antecedents
    places: PlaceBudget  # what the reading limits let each sentence read
    front_letters: tuple[str, ...] = ()  # the letters the report gave the resistance front (`front_acronyms`)
    quoted: frozenset[int] = frozenset()  # the sentences of a quotation the Taliban speak (`attribution.taliban_quoted`)
    written: str = ""  # the text as written, for the excerpts (`article.text` is read with the house spellings)

    @classmethod
    def of(cls, article: Article, mentions: Sequence[Mention], sentences: Sequence[tuple[int, int]], view: str | None,
           cuts: ReadingCuts | None = None) -> _Reading:
        """Return the reading of `article` with its `mentions`, `sentences` and `view` (`cuts`: see extract_events)."""
        by_sentence: dict[int, list[Mention]] = {}
        for mention in sorted(mentions, key=lambda m: m.start):
            by_sentence.setdefault(mention.sentence_index, []).append(mention)
        written, article = article.text, dataclasses.replace(article, text=reading_text(article.text))  # "Taleban" read as "Taliban"
        text, view = article.text, rebel_sides.article_view(view, article.text, article.published)
        return cls(
            article, sentences, view, by_sentence,
            ArticleDates(text, sentences, article.published, article.date_source, view=view, cuts=cuts, reference_year=article.reference_year),
            references.Antecedents(text, sentences, mentions, view), PlaceBudget(sentences, cuts), front_acronyms.defined_in(text),
            frozenset(attribution.taliban_quoted(text, sentences)), written)

    def units_named(self, index: int) -> set[str]:
        """Return the units (district ids or keys, province codes) sentence `index` names."""
        places = [m.place for m in self.by_sentence.get(index, [])]
        return {p.district_id or p.key for p in places} | {p.province_code for p in places if p.kind == "province"}

    @memo.per_index  # asked again for the sentences before and after by the lists, the dating and the settling
    def sentence(self, index: int) -> tuple[int, str, str]:
        """Return (start, text, view) of sentence `index`."""
        start, end = self.sentences[index]
        sentence = digit_groups.without_group_commas(self.article.text[start:end])  # "a city of 370,000 people,": one aside
        view = pronoun_sides.as_named_side(self, index, self.view[start:end] if self.view is not None else text_view(sentence))
        return start, *additive_pairs.as_plain_list(*clauses.list_semicolons_as_commas(sentence, front_acronyms.as_front(view, self.front_letters) if self.front_letters else view))


@dataclass(frozen=True)
class _Draft:
    """An event before the article-wide settling of dates and duplicates."""

    key: str  # the unit: district id (or place key), or province code for a province event
    id_key: str
    place: str
    district_id: str | None
    province_code: str
    status: str
    date: dt.date | None
    basis: str
    index: int
    excerpt: str
    confidence: float
    trigger: str


_UNDATED_HERE = frozenset({"carried", "manifest", "publication", "undated"})  # no date in the place's own words
_CARRIED_KINDS = (CAPTURE, RETAKE, FALL, LOSE, HANDOVER)  # outcomes a "came next" in the next sentence repeats


def _candidate_sentences(read: _Reading) -> list[int]:
    """Return the sentences that name a place or refer back to one, in order."""
    starts = [a for a, _ in read.sentences]
    candidates = set(read.by_sentence) | headings.after_headings(read.article.text, read.sentences, read.by_sentence) | forward_names.forward_sentences(read.article.text, read.sentences)
    candidates.update(bisect.bisect_right(starts, m.start()) - 1 for m in references.DEFINITE.finditer(read.article.text))
    candidates.update(bisect.bisect_right(starts, m.start()) - 1 for m in references.PRONOUN.finditer(read.article.text))
    candidates.update(bisect.bisect_right(starts, m.start()) - 1 for m in border_sides.SIDE.finditer(read.article.text))
    candidates.update(bisect.bisect_right(starts, m.start()) - 1 for m in seat_references.seats_in(read.article.text))
    candidates.update(bisect.bisect_right(starts, at) - 1 for at, _end in district_sweeps.sweep_spans(read.article.text))
    candidates.update(bisect.bisect_right(starts, at) - 1 for at in (*plural_references.back_references(read.article.text), *unsaid_places.positions(read.article.text), *own_places.positions(read.article.text), *part_pronouns.its_positions(read.article.text)))
    candidates.update(bisect.bisect_right(starts, at) - 1 for at, _end in area_subjects(read.article.text))
    return sorted(candidates - page_chrome.chrome_sentences(read.article.text, read.sentences))  # "RELATED: X falls": another report's news


def _sentence_events(read: _Reading, index: int) -> Iterator[_Draft]:
    """Yield the events sentence `index` tells."""
    if not read.dates.tells_news(index):
        return
    s_start, sentence, s_view = read.sentence(index)
    mentions = read.by_sentence.get(index, [])
    limit = read.places.limit(index, len(sentence), mentions)
    if limit == 0:
        return  # a run-on past the article's allowance: not read
    triggers = first_of_run_on(echoed_changes.with_echoes(sentence, rules.find_triggers(sentence, s_view)), len(sentence), MAX_TRIGGERS_PER_RUN_ON,
                               read.places.cuts, index, "triggers")  # before the targets: cheaper, and often none
    borrowed = None  # (sentence, place) of the verb of a list's outcome in the next sentence ("They all fell on Sunday") or the count's before
    if not triggers or any(turn_takers.takes_its_turn(sentence, m.start - s_start, m.end - s_start)
                           and turn_takers.first_in_line([t.start for t in triggers], m.start - s_start) for m in mentions):
        triggers = (_carried_outcome(read, index, sentence, s_start, mentions) + triggers) or battle_tolls.toll_triggers(s_view)  # "troops killed 30 Taliban in X"
    listing = verbless_lists.reading(read, index, sentence, s_view, triggers) if mentions else None
    roster = None if listing is None else listing.verdict  # "The fallen districts are X, Y and Z": one verdict for each
    if roster is not None:
        borrowed = listing.borrowed  # "The districts include X and Y. They all fell on Sunday."
        triggers = [rules.Trigger(0, 0, roster.trigger, roster.status, roster.confidence, False)]
    if not triggers:
        return
    targets = sentence_targets(sentence, s_start, index, mentions, triggers, read.dates, read.antecedents, limit=limit)
    read.places.spend(index, [s_start + t.end for t in targets], mentions)
    if not targets:
        return
    reader = rules.SentenceReader(sentence, triggers, s_view, TALIBAN if index in read.quoted else None)  # indexes the sentence once
    clauses = reader.clauses
    named: set[tuple[str, str]] = set()  # (place, status) the sentence tells by name
    excerpt = ""
    drafts: list[_Draft] = []
    excepted: set[str] = set()  # units a sweep left out ("every city except X")
    places_inside = _PlacesInside(targets, lambda: province_events.places_it_may_hold(
        sentence, s_start, s_view, datelines.outside_dateline(sentence, s_start, mentions)))
    for target in targets:
        clause = reader.clause_of(target.start)
        counted = district_lists.counted_verdict(reader, sentence, target, targets) if roster is None and not target.anaphor else None
        if roster is None:
            verdict = counted or qualified_districts.judged(reader, sentence, target, targets)
        else:  # a roster lists names: "the city" in it is not one of them
            verdict = roster if not target.anaphor and verbless_lists.names_for_the_list(sentence, target.start) else None
        verdict = foreign_forces.without_foreign_control(sentence, place_scope.only_a_part_taken(sentence, target, verdict, mentions), target.end)
        role = place_scope.role(sentence, s_start, s_view, target, mentions, verdict is not None)
        role = None if role not in (None, "exception") and attributive_holds.told_by_compound(sentence, verdict, target.start) else role  # "to Taliban-held X": its holder, wherever X stands
        if role == "exception":  # "every district except the capital has fallen": the capital held
            verdict, role = place_scope.held_when_excepted(reader, target.start, target.end), None
            excepted.add(target.place.district_id or target.place.key)
        if verdict is None or role or seat_references.seat_held(sentence, target.start, verdict.status) or containers.holds_the_districts(sentence, target) or held_there.told_of_another(sentence, verdict, target, targets) or aimed_fights.aimed_at_another(sentence, verdict, target, targets) or restated_names.restates_the_name_before(sentence, target, targets, drafts):
            continue
        place = target.place
        in_headline = index == 0 and read.dates.is_headline(0)
        if not target.anaphor and place_scope.stands_for_its_province(sentence, target, in_headline, read.by_sentence, index):
            continue  # "Taliban seize key Kandahar district": a district of the province, not the city
        if target.anaphor and (place.key, verdict.status) in named and not (held_there.goes_on_there(sentence, target.start, verdict) or reported_states.state_told_later(sentence, target.start, verdict.trigger_start)
                                                                            or dated_objects.own_day_object(sentence, target.start, target.end) or gapped_objects.on_its_own_day(s_view, target.start) or gerund_objects.own_day_gerund_object(sentence, target.start, target.end) or anchor_restatements.past_named_anchor(sentence, target, targets, verdict.trigger_start)):
            continue  # "X had given up the city": the named event, not a second one on another date
        if not target.anaphor:
            named.add((place.key, verdict.status))
        if place.kind == "province" and rules.facility_between(sentence, verdict.trigger_start, target.start, target.end):
            continue
        province_level = _is_province_level(place, s_view, target, clause, reader) or (
            verdict.status == CONTESTED and _shares_province_name(place) and not target.anaphor  # fighting spread over provinces
            and not place_scope.called_a_city(s_view, target.start, target.end)
            and province_lists.among_provinces(sentence, s_start, target.start, target.end, mentions))
        if province_level and province_events.not_of_the_province(reader, verdict, target, (targets, mentions, s_start),
                                                                  places_inside.of(target)):
            continue  # a province event only when the sentence names no town or district of it ("the province" neither)
        date_clause, date_at = _dating_clause(reader, clause, target.start, verdict.trigger_start)
        dated = dated_by_next(read, index, verdict.status, *read.dates.date_of(index, clauses, date_clause, date_at, verdict.trigger_start))
        dated = ranked_lists.listed_before_the_rank(sentence, target.start, dated, (drafts[0].date, drafts[0].basis) if drafts else None)
        dated = held_spans.held_for(sentence, verdict.trigger_start, target.end, dated, None if verdict.status == CONTESTED else verdict.trigger_start + len(verdict.trigger))  # "had controlled X for three weeks"; "X, in Taliban hands for two weeks now"
        date, basis = excepted_states.held_now(read.dates, (place.district_id or place.key) in excepted, dated)
        if borrowed is not None:
            date, basis = verbless_lists.date_in(read, *borrowed)
        elif counted is not None and basis in _UNDATED_HERE:  # "took three capitals over the weekend - X, Y and Z"
            count_at = counted.trigger_start
            date, basis = read.dates.date_of(index, clauses, reader.clause_of(count_at), count_at, count_at)
        if read.dates.is_history(date, basis) or retracted_reports.withdrawn(sentence, verdict.trigger):
            continue  # "In 2001 Kandahar fell": another year's news; a withdrawn account is no news, nor dates any
        key = place.province_code if province_level else (place.district_id or place.key)
        read.dates.remember(key, verdict.status, date, basis, index)
        confidence = verdict.confidence * (0.85 if target.anaphor else 1.0) * min(1.0, 0.5 + target.score / 2)
        excerpt = excerpt or " ".join(read.article.text[s_start : s_start + len(sentence)].split())  # as written, once per sentence
        draft = _Draft(
            key=key, id_key=place.province_code if province_level else place.key,
            place=place.province if province_level else place.name,
            district_id=None if province_level else place.district_id, province_code=place.province_code,
            status=verdict.status, date=date, basis=basis, index=index, excerpt=excerpt,
            confidence=round(confidence, 2), trigger=verdict.trigger,
        )
        drafts.append(draft)
        if verdict.fought:  # "forces repelled an attack on X": the attack was fighting at X
            read.dates.remember(key, CONTESTED, date, basis, index)
            drafts.append(dataclasses.replace(draft, status=CONTESTED))
    drafts += named_counts.counted_before(read, index, sentence, targets, min(t.start for t in triggers), drafts)  # "The districts of X and Y had ..." after a count
    yield from retake_means.means_dropped(place_scope.overruled_exceptions_dropped(drafts, excepted), sentence)


class _PlacesInside:
    """The places a province event of one sentence is checked against (its named places, and for a
    reference the places its other references mean too), listed once per sentence and only when asked for."""

    def __init__(self, targets: list[Target], mentions: Callable[[], list[Mention]]):
        self._targets, self._mentions = targets, mentions
        self._lists: dict[bool, list[Place]] = {}

    def of(self, target: Target) -> list[Place]:
        """Return the places to check `target`'s province against."""
        places = self._lists.get(target.anaphor)
        if places is None:
            places = [t.place for t in self._targets if t.anaphor and target.anaphor] + [m.place for m in self._mentions()]  # no dateline's city
            self._lists[target.anaphor] = places
        return places


def _carried_outcome(read: _Reading, index: int, sentence: str, s_start: int, mentions: list[Mention]) -> list[rules.Trigger]:
    """Return, for a sentence whose place only "came next", "followed", "was also theirs" or took
    its turn ("it was the turn of X"), the last outcome verb of the sentence before, set at this
    one's start ("They took Gardez. Mehtarlam came next."); else an empty list."""
    if index == 0 or not any(turn_takers.takes_its_turn(sentence, m.start - s_start, m.end - s_start) for m in mentions):
        return []
    _, previous, p_view = read.sentence(index - 1)
    shared = [t for t in rules.find_triggers(previous, p_view) if t.kind in _CARRIED_KINDS]
    if not shared or verbless_lists.UNTOLD.search(p_view, 0, shared[-1].end) or verbless_lists.UNTOLD.search(text_view(sentence)):
        return []  # "did not take X. Y was next on their list": no outcome to carry
    return [dataclasses.replace(shared[-1], start=0, end=0)]


def _dating_clause(reader: rules.SentenceReader, clause: tuple[int, int, bool], start: int,
                   trigger_start: int) -> tuple[tuple[int, int, bool], int]:
    """Return the clause and position whose date dates the event: the place's, or the clause of its
    own verb when that comes after a relative clause ("X, which they held last year, fell on Monday")."""
    if trigger_start > start and not earlier_falls.in_fronted_list(reader.sentence, start, trigger_start):  # "After X and Y, they took Z"
        own = reader.clause_of(trigger_start)
        if own[0] > clause[0] and (not own[2] or held_until.ended_before(reader.sentence, trigger_start)):  # "held out for days before falling on Friday"
            return own, trigger_start
        if own == clause and "," in reader.sentence[start:trigger_start] and not respective_days.in_paired_list(reader.sentence, start):
            return clause, trigger_start  # "X, the crossing used in the 1990s, was captured on Thursday"
    return clause, start


def _is_province_level(place: Place, s_view: str, target: Target, clause: tuple[int, int, bool],
                       reader: rules.SentenceReader) -> bool:
    """Return True when the event is about the whole province: a province, or a city named like its
    province in a clause that speaks of several districts, or in a list the text calls provinces
    ("in Kandahar and Helmand, the southern provinces"), unless the text calls it a city."""
    if place.kind == "province":
        return True
    if not _shares_province_name(place) or place_scope.called_a_city(s_view, target.start, target.end, reader.sentence):
        return False
    sentence, start, end = reader.sentence, target.start, target.end  # "X, a region bordering Tajikistan": the province
    return reader.province_scale(clause) or place_scope.listed_as_provinces(sentence, start, end) or called_a_province(sentence, start, end)


def _settled(read: _Reading, drafts: list[_Draft]) -> list[ControlEvent]:
    """Return the events: dates settled across the article (`ArticleDates.settled`), one event per
    unit, status and date (the first sentence's, with the highest confidence)."""
    events: dict[tuple[str, str, dt.date | None], ControlEvent] = {}
    from_headline: set[tuple[str, str, dt.date | None]] = set()  # events whose excerpt is the headline
    told_in: dict[str, int] = {}  # each event's first sentence: the article's reading order
    headline, article = (0 if read.dates.is_headline(0) else -1), read.article
    told_in_body, head = {d.province_code for d in drafts if d.index != headline}, read.by_sentence.get(headline, [])
    parted = headline_overstatements.parts_told(article.text, read.by_sentence, headline)  # "several districts of X"
    for draft in retellings.own_days_first(drafts, headline):
        if headline_cities.told_below(draft, (headline, told_in_body), drafts, (head, read.article.text)) or headline_overstatements.overstated(draft, headline, parted) or qualified_denials.qualified_below(draft, headline, drafts) or corrected_headlines.corrected_below(draft, headline, drafts, article.text, read.by_sentence):
            continue  # "Clashes in Sar-e Pul province" (or "in Bamyan", "Taliban seize X province") above the districts the body names
        date, basis = lead_days.lead_dated(read, draft, drafts, headline, read.dates.settled(  # "... near X" above "... 15 km from X on Thursday"
            draft.key, draft.status, draft.date, draft.basis, draft.index == headline, draft.index
        ))
        index = draft.index if (date, basis) == (draft.date, draft.basis) else -1
        unit = (draft.key, draft.status, date)
        kept = events.get(unit)
        if kept is not None:
            if draft.confidence > kept.confidence:
                kept = events[unit] = dataclasses.replace(kept, confidence=draft.confidence)
            if unit in from_headline and draft.index != headline:  # the body's sentence tells more
                events[unit] = dataclasses.replace(kept, excerpt=draft.excerpt, trigger=draft.trigger, kind="")
                from_headline.discard(unit)
            events[unit] = unit_tellings.closer_telling(events[unit], draft.excerpt, draft.trigger)
            continue
        if draft.index == headline:
            from_headline.add(unit)
        events[unit] = ControlEvent(
            event_id=event_id_for(article.article_id, draft.id_key, draft.status, date, index),
            article_id=article.article_id, file=article.file, item=article.item, place=draft.place,
            district_id=draft.district_id, province_code=draft.province_code, status=draft.status,
            event_date=date, date_basis=basis, excerpt=draft.excerpt, confidence=draft.confidence, trigger=draft.trigger,
        )
        told_in[events[unit].event_id] = draft.index
    headline_ids = {events[unit].event_id for unit in from_headline}
    settled = overruled.settle_holds(overruled.settle_entries(overruled.settle_claims(list(events.values()), headline_ids), headline_ids | caption_lines.pictured_ids(article.text, read.sentences, told_in)), told_in)
    return denied_claims.add_denied_claims(denied_falls.settle_denied_falls(dated_run_ups.settle_run_ups(partial_holds.settle_partial_captures(settled, told_in, drafts))), article.published)


def _shares_province_name(place: Place) -> bool:
    """Return True for a city named like its province (Herat, Kunduz), which may mean either."""
    return place.kind != "province" and place.name.lower() == place.province.lower()
