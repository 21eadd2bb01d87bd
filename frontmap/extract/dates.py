"""Dates: the day each event of an article happened (all of the extraction's dating policy).

`frontmap.extract.date_expressions` reads the date expressions of a sentence; this module decides
which of them dates which event, and what a sentence without one inherits. `ArticleDates` is the
article's discourse date, asked once per event by `frontmap.extract.events`:

1. Every expression has a role. An *event date* says when something happened. A *dateline* ("KABUL, Aug 9 -") is
   the report's, not the event's. A *reporting date* ("officials said Sunday", "told AFP on Sunday", "officials
   on Sunday said": `reporting_days`) says when a source spoke: the event happened no later than that day. A
   *period start* ("since May", "since the withdrawal began in May", "the group founded in 1994") dates
   something else and is ignored. A word of "now" with a day named beside it ("this morning (Tuesday)") takes
   that day (`date_glosses`).
2. The date in force: an event date carries to the following sentences and paragraphs until a new one is given
   ("On Monday the Taliban stormed Aybak. ... The city had fallen by nightfall" is Monday; up to 12 sentences
   back); a flashback (a day before the one its paragraph opened under) only to the end of its paragraph
   (`frontmap.extract.date_flashback`). History, vague windows ("two weeks ago", "in recent days"), plans and
   captions do not carry. Relative expressions ("the next day", "two days later") count from the date in force,
   within a sentence from the expression before them; a range "on Friday and Saturday" is in force from its first
   day. An undated report's weekday, or year-less day with no year of its own or of its corpus, names no day, nor then do the next sentences (`unknown_days`).
3. Within a sentence, a place takes the nearest event date of its clause; a place in a subordinate clause
   without one takes the main clause's; a place in an elaboration (after a colon, "first X, then Y") or under a
   fronted date ("On Monday, ...", "In 2001, ...") takes the last event date before it; a date across a
   coordinate clause boundary dates the other clause (`frontmap.extract.coordinate_dates`). Else the date in
   force, else the report's day (its dateline's, a day or two before publication), else the publication date. A
   reporting date caps whatever the place got; a state it tells ("still held X") is of its day. A bare "earlier"
   ("X fell earlier") puts a change a day before the date in force.
4. Captions of archive pictures ("FILE PHOTO:", "(File)", "Photo:", "pictured in 2019") tell no news
   (`tells_news`); a dated caption ("..., Kunduz, July 23, 2021.") is dated by its own date (``caption``).
5. Retelling: an event dated only by publication takes the date another sentence of the article gives the same
   place and status (a headline "Taliban capture Farah" above "captured Farah on Tuesday"), unless that is a
   vague window; a headline event, failing that, the one date the body gives the place (of the month before
   publication). A carried one takes the day another paragraph writes for it
   (`frontmap.extract.date_retelling`).

``date_basis`` values: ``explicit``, ``weekday``, ``relative``, ``year``, ``caption``, ``carried`` (the
date in force), ``reported`` (capped by a reporting date), ``manifest`` / ``publication`` (no date in
the text: the publication date from the manifest / the text), and ``undated``.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator, Sequence

from frontmap.extract.anchor_complements import complement
from frontmap.extract.answer_days import answered_day, spoke_after, told_long_after
from frontmap.extract.captions import CAPTION_LINE, archive_credit_paragraph, bracketed_caption, credited_caption_line, is_archive_caption, is_caption, is_undated_scene_caption, picture_word_positions
from frontmap.extract.coming_days import coming_role
from frontmap.extract.date_anchor import anchor_at, anchored_date
from frontmap.extract.date_expressions import (  # noqa: F401  (re-exported: the module's public names)
    MONTHS, WEEKDAYS, DateExpression, anchors, any_anchor, find_date_expressions, resolve_expression,
)
from frontmap.extract.date_flashback import carried_basis, goes_on, in_force_basis, is_flashback, later_of, month_outlived, only_a_window, paragraph_opening, paragraph_openings
from frontmap.extract.date_glosses import glossed
from frontmap.extract.date_lines import in_dated_run, is_heading, line_kind, live_page_day, live_page_title, opens_on_a_clock, reads_as_headline
from frontmap.extract.date_retelling import IMPRECISE_BASES, PUBLICATION_BASES, RETELLING_SUBJECT, Retellings, earlier_happening, tells_opposed  # noqa: F401
from frontmap.extract.date_ranges import joins_range, range_end_day, span_basis
from frontmap.extract.date_references import main_clause_day, reported_before, told_before
from frontmap.extract.date_scope import (
    Dated, after_a_dateline, capped, counts_since, goes_on_at, in_aside, looks_back, names_a_day, pick, reported_day, role_of, states_at,
    told_as_earlier,
)
from frontmap.extract.present_dates import after_force
from frontmap.extract.history_sequels import before_history_floor, history_followed
from frontmap.extract.quoted_days import closing_tag_days, quoted_now
from frontmap.extract.fight_starts import opens_fighting
from frontmap.extract.held_since import began_a_past_hold, holds_from
from frontmap.extract.start_days import began_on, starts_what_follows
from frontmap.extract.reported_states import later_state_day
from frontmap.extract.memo import per_index
from frontmap.extract.report_caps import speaker_days
from frontmap.extract.retold_windows import retold_window_day
from frontmap.extract.reading_limits import MAX_DATES_PER_RUN_ON, ReadingCuts, first_of_run_on
from frontmap.extract.report_now import lead_speaking_day, report_day, speaks_of_now
from frontmap.extract.since_background import dated_in_since
from frontmap.extract.stamp_lines import from_stamp
from frontmap.extract.state_origins import day_told_after
from frontmap.extract.tally_dates import carried_unless_tally
from frontmap.extract.unknown_days import unknown_days, with_unknown_days
from frontmap.extract.lent_weekdays import lent_reference
from frontmap.extract.reported_changes import earlier_reported_changes

_NOT_CARRIED = frozenset({"year", "caption"}) | IMPRECISE_BASES
_CAPTION_LINE, _CREDITED_LINE = CAPTION_LINE, 1200  # characters: a longer line is a paragraph, not a caption (unless an agency credits its picture)
_CARRY_REACH = 12  # sentences back a date in force is looked for
_COUNTED_FROM_FORCE = frozenset({"relative", "shift", "ordinal"})  # kinds that count from the date in force
_THAT_NIGHT, _THAT_DAY = (re.compile(p, re.IGNORECASE) for p in (r"overnight|tonight|(?:later\s+)?that\s+night", r"(?:later\s+|earlier\s+)?that\s+day|the\s+same\s+day"))
_SINCE_REACH, _RETELL_REACH = dt.timedelta(days=7), dt.timedelta(days=31)
_DATELINE_REACH, _DATELINE_SPAN = 3, 80  # sentences in which a dateline is looked for; characters of their start that may hold it


class ArticleDates:
    """The discourse dates of one article: ask `date_of` for each event, in any order."""

    def __init__(
        self, text: str, sentences: Sequence[tuple[int, int]], published: dt.date | None, date_source: str = "",
        in_force: dt.date | None = None, view: str | None = None, cuts: ReadingCuts | None = None, reference_year: int | None = None,
    ):
        """Prepare dating for `text` cut into `sentences`, published on `published`
        (`date_source` "manifest" when that date came from the manifest; `in_force` a date in
        force before the first sentence; `view` the text lower-cased, offsets kept, if at hand;
        `cuts` counts the dates of a run-on past its first ones, `reading_limits`; `reference_year` the corpus's year, `written_years`)."""
        self._text, self._sentences, self._published, self._cuts, self._year = text, sentences, published, cuts, reference_year
        basis = "undated" if published is None else "manifest" if date_source == "manifest" else "publication"
        self._fallback: tuple[dt.date | None, str] = (published, basis)
        self._pictures = picture_word_positions(text.lower() if view is None else view)
        self._dated: dict[int, list[Dated]] = {}
        self._in_force: dict[int, tuple[dt.date, str] | None] = {0: (in_force, "carried") if in_force else None}
        self._carry_out: dict[int, tuple[dt.date, str] | None] = {}
        self._source: dict[int, int | None] = {}  # the sentence whose date is in force at each sentence
        self._news_lines: dict[int, bool] = {}
        self._newlines: list[int] | None = None
        # what every place of a sentence shares, worked out once per sentence
        self._parts: dict[int, tuple[list[Dated], list[dt.date]]] = {}
        self._retellings = Retellings(self)
        self._now, self._now_read = published, False
        self._spoke: dt.date | None | bool = False  # the lead's speaking day, once read (`_now_of`)

    # ---- what a sentence says ---------------------------------------------------------------
    def tells_news(self, index: int) -> bool:
        """Return False for a sentence of a caption of an archive picture (a short line)."""
        start, end = self._sentences[index]
        line_start, line_end = self._line_around(start, end)
        if (line_end - line_start > _CAPTION_LINE and not (line_end - line_start < _CREDITED_LINE and archive_credit_paragraph(self._text[line_start:line_end], self._published))) or bracketed_caption(self._text, line_start, line_end):
            line_start, line_end = start, end  # measured before slicing: a long line is never copied (but an older picture's credited caption); a bracketed caption is its sentence's
        if line_start not in self._news_lines:
            line = self._text[line_start:line_end]
            at = bisect.bisect_left(self._pictures, line_start)
            pictured = at < len(self._pictures) and self._pictures[at] < line_start + len(line)
            self._news_lines[line_start] = not ((pictured and is_archive_caption(line)) or is_undated_scene_caption(line) or archive_credit_paragraph(line, self._published))
        return self._news_lines[line_start]

    def _line_around(self, start: int, end: int) -> tuple[int, int]:
        """Return the span of the line holding text[start:end] (from the newlines indexed once:
        searching for them per sentence would read a long paragraph once per sentence)."""
        if self._newlines is None:
            self._newlines = [m.start() for m in re.finditer("\n", self._text)]
        before = bisect.bisect_left(self._newlines, start)
        after = bisect.bisect_left(self._newlines, end)
        line_start = self._newlines[before - 1] + 1 if before else 0
        line_end = self._newlines[after] if after < len(self._newlines) else len(self._text)
        return line_start, line_end

    def is_headline(self, index: int) -> bool:
        """Return True for the article's first line when more text follows it and it is no lede sentence."""
        if index != 0 or len(self._sentences) < 2 or "\n" not in self._text[self._sentences[0][1] : self._sentences[1][0]]:
            return False
        return reads_as_headline(self._text[: self._sentences[1][0]])

    def date_of(
        self, index: int, clauses: Sequence[tuple[int, int, bool]], clause: tuple[int, int, bool], position: int, trigger: int | None = None,
    ) -> tuple[dt.date | None, str]:
        """Return (date, basis) of an event told at `position` of sentence `index` by the trigger at `trigger`
        (offsets in the sentence; `clauses` its clauses as `rules.clause_spans` gives them, `clause` the place's)."""
        dated, anchor = self._dated_of(index), anchor_at(self._anchors_of(index), position)
        if (history := history_followed(self, index)) is not None:
            return history, "year"  # "In October 2001, ... A month later, they fled Kabul": history
        if anchor is None:
            return self._plain_date(index, dated, clauses, clause, position, trigger)
        plain = lambda ds, cl, pos, trig: self._plain_date(index, ds, clauses, cl, pos, trig)
        return anchored_date(self._sentence(index), anchor, dated, clause, position, trigger, plain)

    def complement_span(self, index: int) -> tuple[int, int] | None:
        """Return the span of sentence `index` that "two days after" is after ("..., two days after it had fallen"), or None."""
        anchor = anchor_at(self._anchors_of(index), -1)
        return None if anchor is None else complement(self._sentence(index), anchor.expr)

    def is_history(self, date: dt.date | None, basis: str = "") -> bool:
        """Return True for a date in a year before publication (and before the campaign's): history, never news;
        in an undated report, a date told only by a year ("overran the city in 2015", "has fallen
        twice in recent years": some year before the report's, whichever it is)."""
        if self._published is None:
            return basis == "year"
        return before_history_floor(date, self._published)

    def _plain_date(
        self, index: int, dated: list[Dated], clauses: Sequence[tuple[int, int, bool]], clause: tuple[int, int, bool],
        position: int, trigger: int | None,
    ) -> tuple[dt.date | None, str]:
        """Return (date, basis) at `position` from the expressions `dated` (see the module notes, 3)."""
        events, reported = speaker_days(self._events_and_reports(index, dated), dated, trigger, self._sentence(index))  # "..., but X said on Wednesday that ..."
        sentence = self._sentence(index)
        found = day_told_after(sentence, events, position, trigger, pick(with_unknown_days(events, dated), clauses, clause, position, trigger, sentence))
        if found is not None and found.date is None:
            return (None, "year") if found.basis == "year" else self.undated()  # "on Friday": no day; "in recent years": history
        if found is not None:
            date, basis = later_state_day(sentence, dated, found, trigger) or range_end_day(sentence, found, trigger) or (found.range_start or found.date, span_basis(found, events))
            if found.expr.kind == "month_day" and self._sentence_is_caption(index):
                basis = "caption"
        else:  # a window the sentence before dated the change it retells by ("last week"), else the day in force, not a tally's
            date, basis = (index and retold_window_day(sentence, self._sentence(index - 1), self._dated_of(index - 1), self._published)) or carried_unless_tally(self, index) or self.undated()
            if basis == "carried" and index > 0:  # an answer to the statement just told is of its day, not the older one
                date = answered_day(self._dated_of(index - 1), sentence, date) or date
            if reported and basis == "carried" and (states_at(sentence, trigger) or goes_on_at(sentence, trigger) or told_long_after(date, reported)):
                return max(reported), "reported"  # "the governor said on Wednesday that forces still held X"; a statement weeks on
            if basis == "carried" and after_force(self, index, trigger):
                return self.undated()  # "X has since fallen", "Later they took X": after the day in force, known as of the report's
            if date is not None and told_as_earlier(self._sentence(index), clause[0], clause[1], trigger):
                date, basis = date - dt.timedelta(days=1), "relative"  # "Kunduz and Taloqan fell earlier"
        return capped(date, basis, reported)

    def _events_and_reports(self, index: int, dated: list[Dated]) -> tuple[list[Dated], list[dt.date]]:
        """Return the event dates among `dated` and the days of its reporting dates; worked out
        once per sentence when `dated` is the whole sentence's (what every place of it shares)."""
        whole = dated is self._dated.get(index)
        if whole and index in self._parts:
            return self._parts[index]
        parts = ([d for d in dated if d.role == "event" and d.date is not None], [d.date for d in dated if d.role == "reporting" and d.date is not None] or closing_tag_days(self._text, self._sentences, index, self._dated_of))  # a quotation's first sentences: its closing tag's day
        if whole:
            self._parts[index] = parts
        return parts

    @per_index
    def _anchors_of(self, index: int) -> list[Dated]:
        """Return the sentence's "two days after" expressions, in order (looked for once)."""
        return [d for d in self._dated_of(index) if d.role == "anchor"]

    # ---- retelling ----------------------------------------------------------------------------
    def remember(self, key: str, status: str, date: dt.date | None, basis: str, index: int) -> None:
        """Note an event's date, so that an undated retelling of it (`settled`) can take it (an
        undated lead's: the day of the paragraph after it that retells it, "... have overrun X. /
        The district fell on Sunday")."""
        if basis in IMPRECISE_BASES:
            self._retellings.note_undated(key, date, self.is_headline(index))  # the body tells of the place today too
            date, basis = self._retold_lead_day(index, status), "retold"
        if date is None or basis == "year" or only_a_window(self._dated_of(index), date):
            return  # "parts of the city have fallen in recent weeks", "in 2015" give no day to retell
        self._retellings.note(key, status, date, basis, self.is_headline(index), self._paragraph(index), self._recent(date))

    def settled(
        self, key: str, status: str, date: dt.date | None, basis: str, headline: bool, index: int | None = None,
    ) -> tuple[dt.date | None, str]:
        """Return the final (date, basis) of an event (of sentence `index`): a publication-dated one
        takes the date the article gives the same place and status elsewhere (`remember`), a
        carried one the day another paragraph gives it; a headline one, failing those, the one
        date the body gives the place."""
        paragraph, told = (None, "") if index is None else (self._paragraph(index), self._sentence(index))
        return self._retellings.settled(key, status, date, basis, headline, paragraph, told)

    def _paragraph(self, index: int) -> int:
        """Return the offset at which the paragraph of sentence `index` starts."""
        return self._line_around(*self._sentences[index])[0]

    # ---- internals ----------------------------------------------------------------------------
    def _retold_lead_day(self, index: int, status: str) -> dt.date | None:
        """Return the day of a paragraph after the lead sentence `index` (its dateline's, or the first
        under the headline) when, among the next two, one opens by retelling the lead's `status` change with
        its day ("The district centre fell early on Sunday", "The operation to retake X took place on
        Monday morning"), else None."""
        lead = index == 1 and self.is_headline(0) or any(d.role == "dateline" for d in self._dated_of(index))
        if index + 1 >= len(self._sentences) or not lead:
            return None
        if "\n" not in self._text[self._sentences[index][1] : self._sentences[index + 1][0]]:
            return None  # the lead's own paragraph goes on: its next sentence tells more, not the same
        for k in paragraph_openings(self._text, self._sentences, index + 1, 2):
            days = [d for d in self._dated_of(k) if d.role == "event" and self._carries(d) and self._recent_start(d.date) and not earlier_happening(self._sentence(k), d.expr.start)]
            if RETELLING_SUBJECT.match(self._sentence(k)) and days and not tells_opposed(self._sentence(k), status, self._sentence(index)):
                return days[0].date
        return None

    def _sentence(self, index: int) -> str:
        return self._text[slice(*self._sentences[index])]

    @per_index
    def _sentence_is_caption(self, index: int) -> bool:
        return is_caption(self._sentence(index)) or credited_caption_line(self._text[slice(*self._line_around(*self._sentences[index]))])

    def _recent(self, date: dt.date) -> bool:
        return self._published is None or self._published - _RETELL_REACH <= date <= self._published

    @per_index  # a flashback's test asks again for its paragraph's opening, place after place
    def _in_force_at(self, index: int) -> tuple[dt.date, str] | None:
        """Return the date in force before sentence `index`, carried from the nearest earlier one (`_CARRY_REACH`)."""
        if index not in self._in_force:
            k = index
            while k not in self._in_force and index - k < _CARRY_REACH:
                carried = self._carried_past(k - 1)
                if carried is not None:
                    self._in_force[k], self._source[k] = carried, k - 1
                    break
                k -= 1
            found = self._in_force.get(k)
            for i in range(k + 1, index + 1):
                self._in_force[i], self._source[i] = found, self._source.get(k)
        found, source = self._in_force[index], self._source.get(index)
        if source is not None and month_outlived(found, index - source) and not is_heading(self._sentence(source)):  # "In March, ...": background to its next sentence only (not a "May 2021" heading)
            return self._in_force_at(source)
        if source is not None and self._paragraph(source) != self._paragraph(index):  # a flashback: its paragraph only
            if self._published is None and self._year is not None:  # a day the corpus's year dated stays in its paragraph
                return None
            kind = line_kind(line := self._text[slice(*self._line_around(*self._sentences[source]))]) or live_page_title(line, source == 0 and self.is_headline(0)) or ("item" if opens_on_a_clock(self._text, self._paragraph(index)) else "")  # a timeline's line? a date line? a timed entry after it?
            opening = paragraph_opening(self._sentences, self._paragraph(source), source)
            told_under = later_of(*(self._in_force_at(k) for k in (opening, source) if not from_stamp(self, k)))  # or a later day told there (no stamp line's)
            back = kind not in ("heading", "title") and not is_heading(self._sentence(source)) and is_flashback(self._carry_out.get(source), told_under)
            if kind == "item" or back and not goes_on(self._text, self._sentences, source, index):
                return live_page_day(self, index) if kind == "item" else told_under
        return (found[0], in_force_basis(found)) if found is not None and found[0] is not None else None

    def _carried_past(self, index: int) -> tuple[dt.date, str] | None:
        """Return the date sentence `index` puts in force for the sentences after it, if any."""
        if index not in self._carry_out:
            self._carry_out[index] = None
            sentence = self._sentence(index)
            if any_anchor(sentence, days_only=True):
                dated = self._dated_of(index)
                # a recent start ("since Friday") dates its own sentence's fighting, not the next
                # sentences: they tell what happened within the period, on days it does not name
                events = [d for d in dated if d.role == "event" and self._carries(d) and (role_of(sentence, d.expr) != "period" or began_on(sentence, d.expr))
                          and not dated_in_since(sentence, d.expr.start)]  # "since X fell on 6 August": the clause's day only
                in_force = self._in_force_at(index)
                if not events and in_force is None:  # a quote's "said on Friday" keeps the day in force
                    events = self._earlier_reports(dated)
                elif not events and not (events := earlier_reported_changes(sentence, dated, in_force[0], self._carries)) and spoke_after(dated, in_force[0], self._today()):
                    self._carry_out[index] = (None, "undated")  # the report's own day again: the news is past the older day
                if events and self.tells_news(index) and (is_heading(sentence) or not self._sentence_is_caption(index)):  # a stamp "3 p.m., Aug 13, 2021"
                    self._carry_out[index] = (events[-1].range_start or events[-1].date, carried_basis(events[-1], events, self))
                elif not events and unknown_days(dated) and self.tells_news(index):
                    self._carry_out[index] = (None, "undated")  # the sentences after it tell of a day unknown
        return self._carry_out[index]

    def _earlier_reports(self, dated: list[Dated]) -> list[Dated]:
        """Return the reporting days before the report's own day ("..., officials said Friday" in a
        Saturday paper): the frame the sentences after it speak in, when no event day is named."""
        today = self._today()
        return [d for d in dated if d.role == "reporting" and self._carries(d) and today is not None and d.date < today]

    def _carries(self, dated: Dated) -> bool:
        """Return True when `dated` names a day that may stay in force: no history, vague window or plan."""
        if dated.date is None or dated.basis in _NOT_CARRIED or not names_a_day(dated.expr) or looks_back(dated.expr):
            return False
        return self._published is None or (dated.date <= self._published and not self.is_history(dated.date))

    def _recent_start(self, date: dt.date | None) -> bool:
        """Return True for the start of a period that began within a week of publication."""
        return date is not None and self._published is not None and date >= self._published - _SINCE_REACH

    def _today(self) -> dt.date | None:
        """Return the day the report speaks from (`report_now.report_day`: a dateline's a day or two
        before publication, else the publication date)."""
        if not self._now_read:
            self._now_read, self._now = True, report_day(self._heads(_DATELINE_SPAN), self._published, self._text)
        return self._now

    def _now_of(self, expr: DateExpression, at: int | None = None) -> dt.date | None:
        """Return the day `expr` (at `at` in the text, if known) counts from: the report's day, or for a word of "now" ("today", "last night")
        in a quotation whose tag gives a day, that day, or in a report printed the day after its lead's source spoke, that day."""
        if self._spoke is False and speaks_of_now(expr):
            self._spoke = lead_speaking_day(self._heads(), self._today()) if self._today() == self._published else None
        if expr.get("wd_local") and self._published is not None:
            return self._published  # "early Sunday local time" under a dateline abroad a day behind: the paper's week
        return (at is not None and speaks_of_now(expr) and quoted_now(self._text, at, self._today())) or (self._spoke if speaks_of_now(expr) else None) or self._today()

    def _heads(self, span: int | None = None) -> Iterator[str]:
        """Yield the starts (`span` characters, or whole) of the sentences that may hold the dateline."""
        return (self._sentence(i)[:span] for i in range(min(_DATELINE_REACH, len(self._sentences))))

    def undated(self) -> tuple[dt.date | None, str]:
        """Return the date of an event the text gives no day for: the report's own day, else the publication date."""
        return self._fallback if self._fallback[0] is None else (self._today(), self._fallback[1])

    def event_days(self, index: int) -> set[dt.date]:
        """Return the recent days (within the retelling reach of publication, no bare year) sentence
        `index` gives its events: no reporting day, no dateline's, no history ("last year")."""
        return {d.date for d in self._dated_of(index) if d.role == "event" and d.date is not None and d.basis != "year" and self._recent(d.date)}

    def _dated_of(self, index: int) -> list[Dated]:
        """Return the sentence's expressions with roles and dates (relative ones counted from the
        date in force, then from the expression before them)."""
        if index in self._dated:
            return self._dated[index]
        sentence = self._sentence(index)
        running: dt.date | None = None
        own_day: dt.date | None = None  # the last event day this sentence names itself
        found: list[Dated] = []
        for expr in first_of_run_on(find_date_expressions(sentence), len(sentence), MAX_DATES_PER_RUN_ON, self._cuts, index, "dates"):
            if running is None and (expr.kind in _COUNTED_FROM_FORCE or expr.get("wd_prev") or expr.get("wd_next")):  # "the previous (following) Friday"
                previous = index and self._dated_of(index - 1)
                in_force = main_clause_day(sentence, expr, find_date_expressions(sentence), lambda e: resolve_expression(e, self._now_of(e), None)[0]) or told_before(sentence, expr, previous) or reported_before(expr, previous, self._in_force_at(index)) or self._in_force_at(index)  # else the source's day: "the previous night's assault ..., officials said Sunday"
                running = in_force[0] if in_force else reported_day(sentence, self._today()) if looks_back(expr) else None
            role = role_of(sentence, expr, index <= _DATELINE_REACH and not after_a_dateline(self._sentence, index) and not in_dated_run(self._sentence, index, len(self._sentences)))
            date, basis = resolve_expression(expr, self._now_of(expr, self._sentences[index][0] + expr.start) or lent_reference(self, index, expr, found), running)  # undated: its written year, else the corpus's (a weekday: the week on from such a day)
            role = coming_role(role, date, self._published, bool(expr.get("wd_local")))  # "the Eid holiday that begins Thursday"
            if own_day is not None and (_THAT_NIGHT.fullmatch(expr.text) or (found and found[-1].role == "reporting" and _THAT_DAY.fullmatch(expr.text))):
                date = own_day  # "attacked on Monday and took it overnight": Monday's night; "fell Sunday, police said Tuesday, adding ... that day": Sunday
            if role == "period" and (self._recent_start(date) or opens_fighting(sentence, expr) or holds_from(sentence, expr) or began_a_past_hold(sentence, expr, date, self._published) or starts_what_follows(sentence, expr)) and not counts_since(sentence, expr):
                role = "event"  # "since Sunday", "fighting has raged since July 28": the start is the event's day
            start = None
            if found and found[-1].role == role == "event" and joins_range(sentence, found[-1].expr, expr):
                start = found[-1].range_start or found[-1].date
            found.append(Dated(expr, role, date, basis, start))
            if role in ("event", "reporting") and date is not None:
                running = start or date
            if role == "event" and date is not None and names_a_day(expr) and not in_aside(sentence, expr.start):  # not "X, seized in June, ..."
                own_day = start or date
        self._dated[index] = found = glossed(sentence, found)  # "this morning (Tuesday)": Tuesday
        return found

