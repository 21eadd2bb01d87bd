"""Mentions: where an article names a gazetteer place, resolved to one place.

One pass per article: an Aho-Corasick automaton over the gazetteer's aliases (as
`geodata.names.normalize` folds them), each padded with a space on both sides, runs over a
"view" of the text: lower case, accents folded to their base letter, every character that is not
a letter or digit turned into a space. The view has the text's length, so a hit's offsets are the
name's span in ``article.text`` with no offset table, and the padding spaces make every hit start
and end on a word boundary. Overlapping hits keep the longest ("Mazar-i-Sharif" over "Sharif",
"Lashkar Gah" over "Lashkar"). Text the view would fold differently from `normalize` (an
apostrophe inside a word such as "Qal'a", combining marks, "ß") takes the slower token path: word
tokens folded one by one with `normalize` and joined by single spaces, spans mapped back through
the tokens' offsets. (A character-level `normalize_with_offsets` over every article would cost
more than all the rest of the extraction.)

Foreign names (Quetta, Peshawar, Chaman, ...) are in the automaton too, so "Chaman" can block a
shorter Afghan alias inside a longer foreign name, but they yield no Mention. Lower-case hits are
skipped (English capitalises place names, so "heart" or "burqa" are words). Names that are part
of a person's name ("Mullah ...", "General ...", a title or first name before it: "lawmaker
Sherzad", "Hamid Kakar"; "said" or an apposition after it: "Sherzad, a lawmaker from ...") or of an
organisation ("Kandahar Police", "Khost Protection Force", "Kakar tribe") are skipped, and a name
that is also a tribe or surname (`geodata.names.WORD_LIKE`: Kakar, Zadran, Sherzad) counts only
beside a cue ("district", a province, a list ending in "districts"). An alias with several candidate places is resolved by the
word after it ("Herat province" -> the province, "Herat city" -> the city), then by the province
written beside it or after the list it opens ("Nawa in Ghazni", "Kohistan, Yaftal and Argo districts
of Badakhshan", "Ghazni's Nawa"), then by words calling a capital so (`same_name_capitals`), then by the sentence
and its neighbours, then by the whole article (`Gazetteer.disambiguate`); a name shared by a
province and its capital means the city unless the text says "province". A province named as
"the (provincial) capital of X province" stands for its capital ("X's capital" is one mention).

`MentionFinder(gazetteer)` builds the automaton once; reuse it across articles. `find_mentions`
is a thin wrapper for one-off calls.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import accumulate
from typing import TYPE_CHECKING

import ahocorasick

from frontmap.extract import capital_spellings, city_spellings, cued_names, district_words, facilities, locators
from frontmap.extract.capital_phrases import names_capitals_listed
from frontmap.extract.capital_words import capital_after, capital_before, capital_words_end, centre_before, city_before, seat_before, written_as_province
from frontmap.extract.city_wards import police_ward_before
from frontmap.extract.compound_heads import longer_compound
from frontmap.extract.dateline_provinces import filed_from
from frontmap.extract.district_memory import DistrictMemory
from frontmap.extract.headline_names import held_in_named_province
from frontmap.extract.listed_names import beside_listed_places
from frontmap.extract.lowercase_names import placed_in_lower_case
from frontmap.extract.persons import is_part_of_name, names_a_person, names_a_unit, names_an_outlet, word_joined_after
from frontmap.extract.place_cues import written_as_place
from frontmap.extract.province_seats import names_province_seat
from frontmap.extract.reading_limits import NameBudget, ReadingCuts
from frontmap.extract.river_names import names_a_river
from frontmap.extract.same_name_capitals import cued_capital
from frontmap.extract.text import reading_text, split_sentences, text_view
from frontmap.extract.unnamed_capitals import unnamed_capitals
from frontmap.extract.town_words import written_as_town
from frontmap.extract.villages import names_a_village
from frontmap.extract.wire_context import informative_context
from geodata.names import normalize

if TYPE_CHECKING:  # imported for annotations only, so this module loads without them
    from frontmap.intake.articles import Article
    from geodata.gazetteer import Gazetteer, Place

# A word: letters/digits and the combining marks of decomposed text ("Tari\u0304n"), with inner apostrophes ("Qal'a") but not a possessive "'s".
_TOKEN = re.compile(r"(?:[^\W_]|[\u0300-\u036f])+(?:['’`](?![sS]\b)[^\W_]+)*")

_MAX_CACHE = 200_000
_NEXT_WORD = re.compile(r"[\W_]*?([^\W_]+)")
# Text the fast path would fold differently from `normalize`: an apostrophe inside a word
# ("Qal'a", not "Herat's"/"isn't"), combining marks, the ayn/hamza modifier letters ("Qalʿa": letters to the view), characters whose case fold is not one char,
# a hyphen a line break left spaced inside a name ("Surkh-o- Parsa", "Qala-e- Naw": two spaces in the view).
# One character class opens the pattern so that the regex engine skips straight to those
# characters; the lookbehinds then tell which of the two kinds was found.
_NEEDS_TOKENS = re.compile(
    r"[\u0300-\u036f\u00df\u0130\ufb00-\ufb06ʹʻʽʾʿ'’`ʼ-]"
    r"(?:(?<=[\u0300-\u036f\u00df\u0130\ufb00-\ufb06ʹʻʽʾʿ])|(?<=[^\W\d_]['’`ʼ])(?=[^\W\d_])(?![sStTdDmM]\b|ll\b|re\b|ve\b)|(?<=[^\W\d_]-)(?=[ \t][A-Z]))"
)

# "in the western province of Herat" (the plural is left to place_scope.listed_as_provinces)
_PROVINCE_OF = re.compile(r"\bprovince\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_ACROSS = re.compile(r"\bacross\s+(?:the\s+)?$", re.IGNORECASE)  # "fighting across Kandahar": the province, not only its city
_CITY_LATER = re.compile(r"[^.!?\n]{0,160}?\b(?:the|this)\s+city\b", re.IGNORECASE)  # "across Kandahar ..., throughout the city": the city
# "through western Herat", "in the north of Kandahar": a part of the country is the province's, not its city's (not "to the north of": a bearing)
_COMPASS_PART = re.compile(r"\b(?:(?:north|south|east|west)(?:ern|-?(?:east|west)ern)|(?<!to )the\s+(?:north|south|east|west|(?:north|south)-?(?:east|west))\s+of)\s+$", re.IGNORECASE)
_PROVINCE_HINTS = frozenset({"province", "provinces", "wilayat"})
_CITY_HINTS = frozenset({"city", "town", "district", "districts", "centre", "center", "airport", "bazaar"})


@dataclass(frozen=True)
class Mention:
    """One place named in an article: where (sentence, span in article.text), what, how sure."""

    article_id: str
    sentence_index: int
    start: int
    end: int
    surface: str
    place: Place
    score: float
    capital: bool = False  # the place is (in) its province's capital district


class MentionFinder:
    """Finds gazetteer places in articles; build once per gazetteer, reuse for every article."""

    def __init__(self, gazetteer: Gazetteer):
        """Build the automaton over `gazetteer`'s aliases and foreign names."""
        if not hasattr(gazetteer, "aliases"):
            raise TypeError(f"gazetteer: expected a Gazetteer, got {type(gazetteer).__name__}")
        self.gazetteer = gazetteer
        self._fold_cache: dict[str, str] = {}
        self._pools: dict[tuple[str, str], tuple] = {}  # (alias key, next word) -> self._pool(...)
        self._automaton = ahocorasick.Automaton()
        self._candidates: dict[str, tuple[Place, ...]] = {}
        for alias, places in gazetteer.aliases().items():
            key = self._key(alias)
            if key and places:
                self._candidates[key] = tuple(dict.fromkeys(self._candidates.get(key, ()) + tuple(places)))
        foreign = {self._key(alias) for alias in gazetteer.foreign_aliases()} - {""}
        for key in foreign | set(self._candidates):
            # An Afghan place wins over a foreign homonym only when the gazetteer lists it as Afghan.
            is_foreign = key in foreign and key not in self._candidates
            self._automaton.add_word(f" {key} ", (len(key), key, is_foreign))
        if len(self._automaton):
            self._automaton.make_automaton()
        self._table = self._view_table()
        self._capitals = self._capital_places(gazetteer)
        self._capital_ids = frozenset(p.district_id for p in self._capitals.values())
        self._word_like = frozenset(self._key(a) for a in gazetteer.word_like_aliases())
        self._province_keys = frozenset(k for k, places in self._candidates.items() if any(p.kind == "province" for p in places))
        self._by_province = locators.districts_by_province(gazetteer.places())

    @staticmethod
    def _capital_places(gazetteer: Gazetteer) -> dict[str, Place]:
        """Return province_code -> the place standing for its capital (a named capital, else its district)."""
        wanted = dict(zip(gazetteer.provinces()["capital_district_id"], gazetteer.provinces()["province_code"]))
        capitals: dict[str, Place] = {}
        for place in gazetteer.places():
            code = wanted.get(place.district_id)
            if code is None or place.kind not in ("capital", "district"):
                continue
            if code not in capitals or place.kind == "capital":
                capitals[code] = place
        return capitals

    def _fold(self, token: str) -> str:
        """Return the normalised form of one token (cached)."""
        folded = self._fold_cache.get(token)
        if folded is None:
            if len(self._fold_cache) > _MAX_CACHE:
                self._fold_cache.clear()
            folded = normalize(token)
            self._fold_cache[token] = folded
        return folded

    def _key(self, alias: str) -> str:
        """Return `alias` in the token-joined form the automaton matches."""
        return " ".join(f for f in (self._fold(t) for t in _TOKEN.findall(alias)) if f)

    def _view_table(self) -> dict[int, str]:
        """Return the str.translate table of the fast path: accented letters to base letters."""
        table: dict[int, str] = {}
        for code in range(0x80, 0x3000):
            char = chr(code)
            if char.isalnum():
                base = unicodedata.normalize("NFKD", char)[:1].lower()
                if base != char and len(base) == 1 and base.isalnum() and base.isascii():
                    table[code] = base
        return table

    def _hits(self, text: str, view: str | None = None) -> list[tuple[int, int, str, bool]]:
        """Return (start, end, key, is_foreign) for every alias hit in `text`, by start then length.

        Fast path: the lower-cased text with every non-alphanumeric character turned into a space
        (same length, so offsets need no table) when the text has nothing that path folds
        differently from `normalize` (inner apostrophes, combining marks, special case folds).
        `view` may pass `text_view(text)` already computed.
        """
        view = text_view(text) if view is None else view
        if not text.isascii():
            view = view.translate(self._table)  # accented letters to their base letter
        if len(view) == len(text) and not _NEEDS_TOKENS.search(text):
            padded = f" {view} "
            hits = [(last - length - 1, last - 1, key, foreign) for last, (length, key, foreign) in self._automaton.iter(padded)]
        else:
            tokens = list(_TOKEN.finditer(text))
            folded = [self._fold(m.group()) or "_" for m in tokens]
            starts = list(accumulate((len(f) + 1 for f in folded), initial=1))
            hits = []
            for last, (length, key, foreign) in self._automaton.iter(" " + " ".join(folded) + " "):
                begin = last - length
                first = bisect.bisect_right(starts, begin) - 1
                final = bisect.bisect_right(starts, begin + length - 1) - 1
                hits.append((tokens[first].start(), tokens[final].end(), key, foreign))
        hits.sort(key=lambda h: (h[0], h[0] - h[1]))
        return hits

    def find(
        self, article: Article, sentences: Sequence[tuple[int, int]] | None = None, view: str | None = None,
        cuts: ReadingCuts | None = None,
    ) -> list[Mention]:
        """Return the places named in `article.text`, in text order, the names past the reading limits
        not looked up (`reading_limits.NameBudget`; `cuts` counts them).

        `sentences` may pass `split_sentences(article.text)` already computed, and `view`
        `text_view(article.text)` (the build shares both between mentions and events).
        """
        text = reading_text(article.text)  # as the rules read it: a Title Case headline's "Police" is a word
        if not text or not len(self._automaton):
            return []
        view = text_view(text) if view is None else view
        hits = self._hits(text, view)  # none at all: a place told only by description may still be there
        if sentences is None:
            sentences = split_sentences(text)
        sentence_starts, budget = [s for s, _ in sentences], NameBudget(sentences, cuts)
        mentions: list[Mention] = []
        held: list[Mention] = []  # names read as tribes or surnames, unless a list joins them to places
        decided: dict[tuple, list | dict] = {}  # (window, candidates) -> matches; (window) -> provinces it names
        covered_until, districts = -1, DistrictMemory(self._capital_ids)  # "took Balkh district ... an attack on Balkh": the district still
        for start, end, key, is_foreign in hits:
            if start < covered_until:
                continue  # inside a longer name already taken
            covered_until = end
            if is_foreign or (text[start].islower() and not placed_in_lower_case(text, start, end)):
                continue  # English text capitalises place names: "heart", "burqa" are words
            index = max(0, bisect.bisect_right(sentence_starts, start) - 1)
            if not budget.allows(index, start):
                continue  # a run-on or a text packed with names: read no further here
            before_word = _word_before(text, view, start)
            after = _NEXT_WORD.match(text, end)
            after_word = after.group(1) if after else ""
            if (is_part_of_name(before_word, word_joined_after(text, end, after)) or names_a_person(text, start, end, before_word)
                    or names_an_outlet(text, end) or names_a_unit(text, start, end) or names_a_village(text, start, end)
                    or names_a_river(text, end)):
                continue
            longer = longer_compound(self.gazetteer, text, (start, end), self._candidates.get(key, ()))
            if longer is not None:  # "Kushk-e Kohnah": the compound's own district, not its head's
                end = covered_until = longer[0]
                mentions.append(Mention(article.article_id, index, start, end, text[start:end], longer[1], longer[2]))
                continue
            hint = "city" if facilities.names_a_town_facility(text, end) or written_as_town(text, start, end) else after_word.lower()
            place, score = self._resolve(key, hint, text, sentences, index, decided, (start, end))
            if place is None:
                continue
            place = self._province_if_written_so(key, districts.recalled(place, text[start:end], hint, before_word), text, start, hint)
            place = district_words.district_if_listed(place, self._candidates.get(key, ()), text, (start, end))
            if key in self._word_like and not written_as_place(place, text, start, end, self._capital_ids):
                held.append(Mention(article.article_id, index, start, end, text[start:end], place, score))
                continue  # "Kakar", "Zadran": tribes and surnames unless the text says district or lists them so
            if place.kind == "province" and self._means_its_capital(place, text, start, end):
                place = self._capitals[place.province_code]  # "the provincial capital of X province"
                end = covered_until = capital_words_end(text, end)  # "X's capital fell": the verb's subject
            capital = place.district_id in self._capital_ids and place.kind != "province"
            mentions.append(Mention(article.article_id, index, start, end, text[start:end], place, score, capital))
        mentions += beside_listed_places(held, mentions, text, self._capital_ids)
        mentions += held_in_named_province(held, mentions, text)  # "Taliban seize Kiti, Daikundi officials say"
        mentions = capital_spellings.without_swallowed(mentions, self._cued(article, text, sentences, mentions))  # "Kot" in "Tareen Kot"
        for index, start, end, code in unnamed_capitals(text, sentences, mentions):
            mentions.append(Mention(article.article_id, index, start, end, text[start:end], self._capitals[code], 0.8, True))
        return locators.without_glued_provinces(sorted(mentions if text == article.text else [replace(m, surface=article.text[m.start : m.end]) for m in mentions], key=lambda m: m.start), text)  # "KABUL" as printed

    def _cued(self, article: Article, text: str, sentences: Sequence[tuple[int, int]], mentions: list[Mention]) -> list[Mention]:
        """Return mentions of district names the automaton does not know, where the text says "district" or places them (`cued_names`)."""
        ordered = sorted(mentions, key=lambda m: m.start)  # a sentence's own mentions by bisect, not a scan of all
        starts, taken = [m.start for m in ordered], [(m.start, m.end, m.place) for m in ordered]  # `text`: as `find` read it
        everywhere = {m.place.province_code for m in mentions}
        found: list[Mention] = []
        for index, (low, high) in enumerate(sentences):
            sentence = text[low:high]
            if not cued_names.may_cue(sentence):
                continue
            first, last = bisect.bisect_left(starts, low), bisect.bisect_left(starts, high)
            if first == last and "district" not in sentence and not city_spellings.may_name_city(sentence) and not capital_spellings.may_hold(sentence):
                continue  # no "district" cue, no mention to place a name by, no place's role: nothing to find
            here = {m.place.province_code for m in ordered[first:last] if m.place.kind == "province"}
            for start, end, place, score in cued_names.cued_places(sentence, low, taken[first:last], here or everywhere, self.gazetteer):
                found.append(Mention(article.article_id, index, start, end, text[start:end], place, score))
        return found

    def _province_if_written_so(self, key: str, place: Place, text: str, start: int, hint: str = "") -> Place:
        """Return the province named like `place` when the words before say so ("in the western province of Herat",
        "fighting across Kandahar", "western Herat", not "across Kandahar city": `hint` the word after), else `place`."""
        if place.kind == "province" or key not in self._province_keys:
            return place  # no province to prefer: the pattern need not run
        written = _PROVINCE_OF.search(text, max(0, start - 40), start) or (hint not in _CITY_HINTS and (
            (_ACROSS.search(text, max(0, start - 12), start) and not _CITY_LATER.match(text, start))
            or _COMPASS_PART.search(text, max(0, start - 20), start)))
        provinces = [p for p in self._candidates.get(key, ()) if p.kind == "province"] if written else []
        return provinces[0] if len(provinces) == 1 and place.kind != "province" else place

    def _means_its_capital(self, province: Place, text: str, start: int, end: int) -> bool:
        """Return True when a province's name stands for its capital: "the capital of X (province)",
        "the capitals of X and Y provinces", "the X capital", "X's provincial capital", "the center of X province",
        "PD7 of X province" (a police district is a city's ward)."""
        return province.province_code in self._capitals and bool(
            capital_before(text, start) or seat_before(text, start, end)
            or names_capitals_listed(text, start, end)
            or capital_after(text, end) or names_province_seat(text, start, end) or police_ward_before(text, start)
            or ((centre_before(text, start) or city_before(text, start)) and self._says_province(province, text, start, end))
        )

    def _says_province(self, province: Place, text: str, start: int, end: int) -> bool:
        """Return True when the name at [start, end) can only mean the province: written with the
        word "province", or a province whose capital has another name ("the center of Panjshir")."""
        if self._capitals[province.province_code].name.lower() != province.name.lower():
            return True
        return written_as_province(text, start, end)

    def _resolve(
        self, key: str, following: str, text: str, sentences: Sequence[tuple[int, int]], index: int,
        decided: dict[tuple, list | dict] | None = None, span: tuple[int, int] | None = None,
    ) -> tuple[Place | None, float]:
        """Return the place an alias means here (`following`: the next word; `span`: where the alias
        stands in `text`) and a score.

        `decided` memoises the context look-ups of one article: a name repeated thousands of times
        reads its sentence window, and the whole article, once per window, not once per mention.
        """
        decided = {} if decided is None else decided
        known = self._pools.get((key, following))
        if known is None:
            if len(self._pools) > _MAX_CACHE:
                self._pools.clear()
            known = self._pools[key, following] = self._pool(key, following)
        answer, pool, pool_key = known
        if answer is not None:  # one place, unless its province is written wrong ("Dawlat Shah in Faryab")
            return answer if span is None or answer[0] is None else (locators.slipped(answer[0], text, span, self.gazetteer.provinces_named, self._by_province), answer[1])
        located = locators.located(pool, text, span, self.gazetteer.provinces_named) if span is not None else None
        if located is locators.ELSEWHERE:
            return None, 0.0  # "Kohistan in Kapisa": a place of that province the gazetteer does not hold so
        if located is None and span is not None:  # "the provincial capital Faizabad", not Jowzjan's Fayzabad; else where the report placed it
            located = cued_capital(pool, self._capital_ids, text, span, self._capital_province) or decided.get(("placed", pool_key))
        if located is not None:
            decided["placed", pool_key] = located  # "Ghazni's Jaghatu district ... Jaghatu is the 13th district": Ghazni's still
            return located, 1.0
        lo, hi = max(0, index - 1), min(len(sentences), index + 2)
        if (lo, hi, pool_key) not in decided:
            if (lo, hi) not in decided:  # the window's provinces, counted once for every name in it
                window = text[sentences[lo][0] : sentences[hi - 1][1]] + " " + text[slice(*sentences[index])]  # its own sentence weighs double
                decided[lo, hi] = self.gazetteer.provinces_named(informative_context(window)) or filed_from(text, self._capital_province)
            decided[lo, hi, pool_key] = self.gazetteer.disambiguate(pool, "", decided[lo, hi])
        matches = decided[lo, hi, pool_key]
        if len(matches) > 1 and matches[0].score == matches[1].score:
            if (None, None, pool_key) not in decided:
                if (None, None) not in decided:
                    decided[None, None] = self.gazetteer.provinces_named(informative_context(text))
                decided[None, None, pool_key] = self.gazetteer.disambiguate(pool, "", decided[None, None])
            matches = decided[None, None, pool_key] or matches
        if not matches:
            return None, 0.0
        return matches[0].place, min(0.9, matches[0].score)

    def _capital_province(self, name: str) -> str | None:
        """Return the province code of the provincial capital `name` names, or None."""
        places = self._candidates.get(self._key(name), ())
        return next((p.province_code for p in places if p.district_id in self._capital_ids and p.kind != "province"), None)

    def _pool(self, key: str, following: str) -> tuple[tuple[Place | None, float] | None, tuple[Place, ...], tuple]:
        """Return what the alias and the word after it decide, whatever the text around them:
        (the answer, (), ()) when they decide it, else (None, the candidate places left, their keys)."""
        candidates = self._candidates.get(key, ())
        if len(candidates) <= 1:
            return ((candidates[0], 1.0) if candidates else (None, 0.0)), (), ()
        if following in _PROVINCE_HINTS:
            hinted = [p for p in candidates if p.kind == "province"]
        elif following in _CITY_HINTS:
            hinted = [p for p in candidates if p.kind != "province"]
        else:
            hinted = []
        if len(hinted) == 1:
            return (hinted[0], 1.0), (), ()
        pool = tuple(hinted or candidates)
        if len({p.province_code for p in pool}) == 1:
            # One province: the gazetteer's order puts its capital before the province itself.
            return (pool[0], 0.9), (), ()
        return None, pool, tuple(p.key for p in pool)


def _word_before(text: str, view: str, start: int) -> str:
    """Return the last word (letters and digits) in the 30 characters before `start`, "" if none;
    `view` is `text_view(text)`, where everything else is a space."""
    window = max(0, start - 30)
    kept = view[window:start].rstrip(" ")
    return text[window + kept.rfind(" ") + 1 : window + len(kept)]


def find_mentions(article: Article, gazetteer: Gazetteer | MentionFinder) -> list[Mention]:
    """Return the places named in `article`, in text order (builds a MentionFinder if needed)."""
    finder = gazetteer if isinstance(gazetteer, MentionFinder) else MentionFinder(gazetteer)
    return finder.find(article)
