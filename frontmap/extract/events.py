"""Control events: what each sentence that names a place says about who controls it, and when.

For every mention (and every back-reference such as "the city", "the provincial capital",
"the district" to the place just named), `frontmap.extract.rules` decides the status from the
trigger nearest the place in its clause, or that the sentence says nothing about control there.
`frontmap.extract.dates` dates the event, in this order of preference:

1. a date expression in the place's clause (the nearest one);
2. for a subordinate clause ("after the fall of X"), a date in the main clause;
3. a photo caption's date;
4. a sentence with no date expression at all continues the date of the previous sentence of the
   same paragraph when that one was dated by an expression;
5. the date of another event of the article for the same place and status told with a date
   ("the clashes in Herat" after "fierce clashes in Herat on July 30"; a headline "Taliban capture
   Kunduz" above "seized Kunduz on Sunday"): the article retells one event (only dates of the
   month before publication count: "the fall of Maimay last year" is history, not the news);
6. the publication date (``date_basis`` = ``manifest`` when it came from the manifest, else
   ``publication``).

Identical (place, status, date) events of one article are reported once (the first sentence,
with the highest confidence). Each event keeps its sentence as excerpt and the trigger words, and
the kind of fighting they report (`frontmap.extract.kinds`: ground, strike, nearby).
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import hashlib
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from frontmap.extract import rules as rules
from frontmap.extract.dates import DateExpression, find_date_expressions, is_caption, resolve_date
from frontmap.extract.kinds import event_kind
from frontmap.extract.mentions import Mention
from frontmap.extract.text import split_sentences, text_view
from frontmap.intake.split import headline_of
from frontmap.status import CLAIMED, TALIBAN

if TYPE_CHECKING:
    from frontmap.intake.articles import Article
    from geodata.gazetteer import Place

#: events.csv columns (a contract; see DESIGN.md), then the extra ones this module adds.
EVENT_COLUMNS: tuple[str, ...] = (
    "event_id", "article_id", "file", "item", "place", "district_id", "province_code", "status",
    "event_date", "date_basis", "excerpt", "confidence", "trigger", "kind",
)

_ANAPHOR = re.compile(  # starts with a letter class (no \b) so the scan skips ahead fast
    r"[Tt](?:he|his|hat)(?<!\w\w\w\w)\s+(?:(?!of\b|same\b)[a-z][a-z-]+\s+)?(city|town|district|capital|province)\b"
    r"(?!\s+(?:of|center|centre|hospital|police|council|governor|chief|headquarters|level)\b)"
)
_ANAPHOR_KINDS = {
    "city": ("capital", "town", "district", "carved_district"),
    "town": ("town", "district", "carved_district", "capital"),
    "capital": ("capital", "district", "town"),
    "district": ("district", "carved_district", "capital", "town"),
    "province": ("province",),
}
_ANAPHOR_REACH = 3  # sentences back to look for the place a back-reference means
_POSSESSIVE_GAP = re.compile(r"^['’]s\s+(?:\w+\s+)?$")


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
    kind: str = ""  # frontmap.extract.kinds: ground, strike or nearby; read from the trigger when not given

    def __post_init__(self) -> None:
        if not self.kind:
            object.__setattr__(self, "kind", event_kind(self.trigger, self.excerpt))

    def to_row(self) -> dict:
        """Return the event as a dict keyed by EVENT_COLUMNS (dates as ISO text, None as '')."""
        row = {name: getattr(self, name) for name in EVENT_COLUMNS}
        row["event_date"] = self.event_date.isoformat() if self.event_date else ""
        row["item"] = "" if self.item is None else self.item
        row["district_id"] = self.district_id or ""
        return row


@dataclass(frozen=True)
class _Target:
    """A place a sentence speaks of: a mention or a back-reference to one."""

    start: int  # offsets in the sentence
    end: int
    place: Place
    score: float
    anaphor: bool


def event_id_for(article_id: str, place_key: str, status: str, date: dt.date | None, sentence_index: int) -> str:
    """Return the stable id of an event (16 hex digits of a SHA-256)."""
    raw = f"{article_id}|{place_key}|{status}|{date.isoformat() if date else ''}|{sentence_index}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def extract_events(
    article: Article,
    mentions: Sequence[Mention],
    sentences: Sequence[tuple[int, int]] | None = None,
    view: str | None = None,
) -> list[ControlEvent]:
    """Return the control events `article` reports about the places in `mentions`, in text order.

    `sentences` may pass `split_sentences(article.text)` already computed (as the mentions used),
    and `view` `text_view(article.text)`.
    """
    text = article.text
    if sentences is None:
        sentences = split_sentences(text)
    if view is not None and (len(view) != len(text) or "\u03a3" in text):
        # A sentence's view is a slice of the article's only when lower-casing goes character by
        # character: no change of length, and no capital sigma (its lower case depends on the
        # letters around it, so on where the sentence ends).
        view = None
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sentence_index, []).append(mention)
    published = article.published
    fallback_basis = "manifest" if article.date_source == "manifest" else "publication"
    events: dict[tuple[str, str, dt.date | None], ControlEvent] = {}
    headline = " ".join(headline_of(text).split())
    seen_dates: dict[tuple[str, str], tuple[dt.date, str]] = {}
    previous_date: dt.date | None = None
    ordered = sorted(mentions, key=lambda m: m.start)
    starts = [a for a, _ in sentences]
    # Neighbouring sentences ask for the same date expressions and paragraph dates: compute each once.
    expressions_of = functools.cache(lambda i: find_date_expressions(text[sentences[i][0] : sentences[i][1]]))
    paragraph_date = functools.cache(lambda i: _paragraph_date(text, sentences, i, published, expressions_of))
    candidates = set(by_sentence)
    candidates.update(bisect.bisect_right(starts, m.start()) - 1 for m in _ANAPHOR.finditer(text))
    for index in sorted(candidates):
        s_start, s_end = sentences[index]
        sentence = text[s_start:s_end]
        s_view = view[s_start:s_end] if view is not None else text_view(sentence)
        triggers = rules.find_triggers(sentence, s_view)  # before the targets: cheaper, and often none
        if not triggers:
            continue
        targets = _targets(sentence, s_start, by_sentence.get(index, []), ordered)
        if not targets:
            continue
        reader = rules.SentenceReader(sentence, triggers, s_view)  # indexes the sentence once
        clauses = reader.clauses
        expressions = None
        before_sentence = previous_date
        for target in targets:
            clause = reader.clause_of(target.start)
            verdict = reader.judge(target.start, target.end)
            if verdict is None or rules.place_role_blocks(sentence, target.start, target.end, 0, s_view):
                continue
            place = target.place
            if place.kind == "province" and rules.facility_between(sentence, verdict.trigger_start, target.start, target.end):
                continue
            province_level = place.kind == "province" or (
                _shares_province_name(place)
                and not s_view[target.end : target.end + 6].strip().startswith("city")
                and reader.province_scale(clause)
            )
            if expressions is None:
                expressions = expressions_of(index)
            date, basis = _date_for(
                sentence, expressions, clauses, clause, target, published, before_sentence,
                lambda: paragraph_date(index),
            )
            key = place.province_code if province_level else (place.district_id or place.key)
            if date is None or basis == "publication":
                earlier = seen_dates.get((key, verdict.status))
                if earlier is not None:
                    date, basis = earlier
                elif date is not None:
                    basis = fallback_basis
                else:
                    basis = "undated"
            if basis not in ("manifest", "publication", "undated"):
                previous_date = date
            if date is not None and basis not in _IMPRECISE and _recent(date, published):
                seen_dates.setdefault((key, verdict.status), (date, basis))
            confidence = verdict.confidence * (0.85 if target.anaphor else 1.0) * min(1.0, 0.5 + target.score / 2)
            dedup = (key, verdict.status, date)
            kept = events.get(dedup)
            if kept is not None:
                if confidence > kept.confidence:
                    kept = events[dedup] = _with_confidence(kept, round(confidence, 2))
                if headline and kept.excerpt == headline:  # the body's sentence tells more
                    events[dedup] = _with_excerpt(kept, " ".join(sentence.split()), verdict.trigger)
                continue
            events[dedup] = ControlEvent(
                event_id=event_id_for(article.article_id, place.province_code if province_level else place.key,
                                      verdict.status, date, index),
                article_id=article.article_id,
                file=article.file,
                item=article.item,
                place=place.province if province_level else place.name,
                district_id=None if province_level else place.district_id,
                province_code=place.province_code,
                status=verdict.status,
                event_date=date,
                date_basis=basis,
                excerpt=" ".join(sentence.split()),
                confidence=round(confidence, 2),
                trigger=verdict.trigger,
            )
    return _settle_claims(_redate_imprecise(events, seen_dates, headline))


def _settle_claims(events: list[ControlEvent]) -> list[ControlEvent]:
    """Return the events without the Taliban claims about a place the article also reports taken
    as a fact (an official or the reporter confirms the claim)."""
    taken = {e.district_id or e.province_code for e in events if e.status == TALIBAN}
    return [e for e in events if e.status != CLAIMED or (e.district_id or e.province_code) not in taken]


_IMPRECISE = ("manifest", "publication", "undated")
_RETELL_REACH = dt.timedelta(days=31)


def _recent(date: dt.date, published: dt.date | None) -> bool:
    """Return True when `date` may be the news an undated sentence retells (not history)."""
    return published is None or published - _RETELL_REACH <= date <= published


def _redate_imprecise(
    events: dict[tuple[str, str, dt.date | None], ControlEvent], precise: dict[tuple[str, str], tuple[dt.date, str]],
    headline: str = "",
) -> list[ControlEvent]:
    """Return the events, those dated only by publication re-dated by a dated report of the same
    place and status in the article (a headline or a later summary retells the dated event)."""
    kept: dict[tuple[str, str, dt.date | None], ControlEvent] = {}
    for (key, status, date), event in events.items():
        better = precise.get((key, status))
        if event.date_basis in _IMPRECISE and better is not None:
            date, basis = better
            event = ControlEvent(**{
                **event.__dict__, "event_date": date, "date_basis": basis,
                "event_id": event_id_for(event.article_id, key, status, date, -1),
            })
        first = kept.get((key, status, date))
        if first is None:
            kept[(key, status, date)] = event
            continue
        if event.confidence > first.confidence:
            first = _with_confidence(first, event.confidence)
        if headline and first.excerpt == headline and event.excerpt != headline:
            first = _with_excerpt(first, event.excerpt, event.trigger)  # prefer the body's sentence
        kept[(key, status, date)] = first
    return list(kept.values())


def _paragraph_date(
    text: str,
    sentences: Sequence[tuple[int, int]],
    index: int,
    published: dt.date | None,
    expressions_of: Callable[[int], list[DateExpression]],
) -> tuple[dt.date, str] | None:
    """Return the date of the sentence before `index` when it is in the same paragraph and has one
    (`expressions_of(i)`: the date expressions of sentence i)."""
    if index == 0:
        return None
    start, end = sentences[index - 1]
    if "\n" in text[start : sentences[index][0]]:
        return None
    sentence = text[start:end]
    date, basis = resolve_date(sentence, published, expressions=expressions_of(index - 1))
    if date is None or basis in ("publication", "undated"):
        return None
    return date, basis


def _with_confidence(event: ControlEvent, confidence: float) -> ControlEvent:
    """Return `event` with a new confidence."""
    return ControlEvent(**{**event.__dict__, "confidence": confidence})


def _with_excerpt(event: ControlEvent, excerpt: str, trigger: str) -> ControlEvent:
    """Return `event` quoting another sentence (the body's, rather than the headline's)."""
    return ControlEvent(**{**event.__dict__, "excerpt": excerpt, "trigger": trigger})


def _shares_province_name(place: Place) -> bool:
    """Return True for a city named like its province (Herat, Kunduz), which may mean either."""
    return place.kind != "province" and place.name.lower() == place.province.lower()


def _targets(sentence: str, s_start: int, mentions: list[Mention], ordered: list[Mention]) -> list[_Target]:
    """Return the places `sentence` speaks of: its mentions (minus mere locators) and back-references."""
    targets: list[_Target] = []
    mentions = sorted(mentions, key=lambda m: m.start)
    for i, mention in enumerate(mentions):
        if _only_locates(sentence, s_start, mentions, i):
            continue
        targets.append(_Target(mention.start - s_start, mention.end - s_start, mention.place, mention.score, False))
    # "The latest city to fall was Taloqan": in a sentence that names its own town or district,
    # "the city" can only mean a place named in that sentence, not one named earlier.
    named_here = {m.place.key for m in mentions if m.place.kind != "province"}
    for match in _ANAPHOR.finditer(sentence):
        start, end = match.span()
        i = bisect.bisect_left(mentions, s_start + end, key=_mention_start)  # mentions starting before its end
        if i and mentions[i - 1].end - s_start > start:  # mentions never overlap: only the last can
            continue
        antecedent = _antecedent(ordered, s_start + start, match.group(1))
        if antecedent is not None and (not named_here or antecedent.place.key in named_here):
            targets.append(_Target(start, end, antecedent.place, antecedent.score, True))
    return targets


def _mention_start(mention: Mention) -> int:
    return mention.start


def _only_locates(sentence: str, s_start: int, mentions: list[Mention], i: int) -> bool:
    """Return True when mention `i` only says where the place named next to it lies.

    "Enjil district of Herat province", "Lashkar Gah, Helmand province": the province after a
    place it holds; "Ghazni's Andar district": a possessive before the next place.
    """
    mention = mentions[i]
    if i > 0 and mention.place.kind == "province":
        previous = mentions[i - 1]
        if previous.place.province_code == mention.place.province_code and rules.is_container(
            sentence[previous.end - s_start : mention.start - s_start]
        ):
            return True
    if i + 1 < len(mentions):
        gap = sentence[mention.end - s_start : mentions[i + 1].start - s_start]
        return bool(_POSSESSIVE_GAP.match(gap))
    return False


def _antecedent(ordered: list[Mention], position: int, noun: str) -> Mention | None:
    """Return the mention a back-reference at `position` ("the city") most likely means."""
    kinds = _ANAPHOR_KINDS[noun]
    # Mentions never overlap, so `ordered` (by start) is sorted by end too: bisect, not a scan,
    # keeps articles with thousands of mentions linear.
    count = bisect.bisect_right(ordered, position, key=lambda m: m.end)
    if not count:
        return None
    reach = ordered[count - 1].sentence_index - _ANAPHOR_REACH
    for mention in reversed(ordered[max(0, count - 64) : count]):
        if mention.sentence_index < reach:
            break
        if mention.place.kind in kinds:
            return mention
    return None


def _near(expressions: list, start: int, end: int, position: int, reach: int = 2) -> list:
    """Return the expressions (in order of position) starting in [start, end): the `reach` nearest
    `position` on each side, so a clause full of dates costs a bisect, not a scan."""
    lo = bisect.bisect_left(expressions, start, key=_start)
    hi = bisect.bisect_left(expressions, end, lo, key=_start)
    mid = bisect.bisect_left(expressions, position, lo, hi, key=_start)
    return expressions[max(lo, mid - reach) : min(hi, mid + reach)]


def _main_clauses_near(clauses: list[tuple[int, int, bool]], clause: tuple[int, int, bool]) -> list[tuple[int, int, bool]]:
    """Return the main clauses nearest `clause` on each side (those a subordinate clause hangs on)."""
    i = bisect.bisect_left(clauses, clause[0], key=_start_of_clause)
    before = next((c for c in clauses[max(0, i - 3) : i][::-1] if not c[2]), None)
    after = next((c for c in clauses[i + 1 : i + 4] if not c[2]), None)
    return [c for c in (before, after) if c is not None]


def _start(expression) -> int:
    return expression.start


def _start_of_clause(clause: tuple[int, int, bool]) -> int:
    return clause[0]


def _date_for(
    sentence: str,
    expressions: list,
    clauses: list[tuple[int, int, bool]],
    clause: tuple[int, int, bool],
    target: _Target,
    published: dt.date | None,
    previous: dt.date | None,
    carry,
) -> tuple[dt.date | None, str]:
    """Return (date, basis) for an event about `target` in `sentence` (see the module notes)."""
    if expressions:
        own = _near(expressions, clause[0], clause[1], target.start)
        if not own and clause[2]:
            own = [e for c in _main_clauses_near(clauses, clause) for e in _near(expressions, c[0], c[1], target.start)]
        if not own and is_caption(sentence):
            own = expressions
        if own:
            date, basis = resolve_date(sentence, published, position=target.start, previous=previous, expressions=own)
            if basis not in ("publication", "undated"):
                return date, basis
        else:
            # the sentence's dates belong to its other clauses: keep the paragraph's date
            return _date_for(sentence, [], clauses, clause, target, published, previous, carry)
        return (published, "publication") if published else (None, "undated")
    carried = carry()
    if carried is not None:
        return carried
    return (published, "publication") if published else (None, "undated")
