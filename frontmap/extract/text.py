"""Text: an article's sentences and the one lower-cased view of it that every stage scans.

`split_sentences` cuts an article into sentence spans once; `text_view` folds it to lower case with
punctuation as spaces, keeping every offset. The build computes both once per article and hands
them to the mention finder and the event extractor.
"""

from __future__ import annotations

import re

from frontmap.extract.memo import per_article

# Sentence ends: terminal punctuation (plus closing quotes/brackets), space, then a capital,
# digit or opening quote. Line breaks always end a sentence (headlines, captions).
# The spaces are any but a line break, so one scan of the whole text finds the same ends as a
# scan of each line.
# Copied web pages often lose the space after a period ("fled the area.Spokesman for the ministry
# said"): a period glued between a lower-case word and a capitalised one ends a sentence too, unless
# the capitalised word runs on into another period or a lower-case letter ("news.Reuters.com").
# The stop may follow a year or a closing bracket and carry a closing quote ("in May 2021.The",
# "(AFP).Taliban", 'he wrote.”On Friday'): a decimal ("3.5") or an initial ("J.R.") has no such run.
# The pattern opens on the stop itself, shared by both forms (the glued one looks back at its
# lower-case letters once the stop is found), so the scan skips from one stop to the next.
_BOUNDARY = re.compile(
    r"[.!?…](?:[.!?…]*[\"'”’)\]]*[^\S\n]+(?=[\"“‘(\[]?[A-Z0-9])"
    r"|(?:(?<=[a-z]{2}\.)|(?<=\d{4}\.)|(?<=\w\)\.))[\"'”’)\]]*(?=[A-Z][a-z]*(?![\w.])))"
)
_LINE = re.compile(r"[^\s][^\n]*")  # a line from its first non-blank character
_RUN_ON_END = re.compile(r"(?:[a-z]{2}|,)\Z")  # a line's end a sentence runs on past: "in just the"
_BYLINE = re.compile(r"by\s+[A-Z]")  # "by News Desk": a byline under a headline, not a wrapped line
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr gen lt col maj capt cpt sgt adm brig gov sen rep pres prof st jr sr no nos vs
    etc inc ltd co corp dept est approx km kms mi ft min hrs jan feb mar apr jun jul aug sep sept
    oct nov dec mt ft u.s u.k u.n e.g i.e viz a.m p.m al""".split()
)
_NOT_WORD = re.compile(r"[^\w ]")  # "_" too, replaced apart: one class scans faster than an alternation
_SPOKESMAN_SURNAME = re.compile(r"(?<=ullah )m(?:ujahed|ajahid|ojahid|ojahed)\b|\bmujahed\b")  # the surname alone too ("Mujahed said")
_WORD_WINDOW = 24
#: The longest sentence any stage sees. News sentences stay well under it (the sample corpus's
#: longest is under 400 characters); a text with no sentence ends at all (one unbroken paragraph,
#: a list of names) is cut into pieces of at most this length, so no stage's cost per sentence
#: grows with the article.
MAX_SENTENCE_CHARS = 1000
#: A sentence longer than this that holds semicolons is a list written as one sentence (a roundup's
#: list of the districts fallen, "X and Y in Herat; Z in Ghor; ..."); no reporter's sentence of
#: prose runs so long (`reading_limits`), so its parts are read one by one.
LIST_CHARS = 600
_SEMICOLON = re.compile(r";[^\S\n]+")  # a semicolon and the spaces after it, within the line


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) spans of the sentences of `text`, in order.

    Every line is at least one sentence (headlines and photo captions often lack a final
    period); within a line, a sentence ends at . ! ? before a capital (after a space, or glued to
    both words: "the area.Spokesman", "in May 2021.The", "(AFP).Police"), unless the word before
    the period is an abbreviation ("U.S.", "Gen.", "km") or an initial. A sentence longer than
    MAX_SENTENCE_CHARS is cut at the last space before the limit (at the limit when there is none).
    """
    spans: list[tuple[int, int]] = []
    boundaries = list(_BOUNDARY.finditer(text))  # each lies inside one line: matched to it below
    next_boundary = 0
    for cut, end in _lines(text):
        while next_boundary < len(boundaries) and boundaries[next_boundary].start() < end:
            match = boundaries[next_boundary]
            next_boundary += 1
            stop = match.start()
            # Only the last few characters matter (abbreviations are short); a bounded window
            # keeps very long lines linear.
            window = max(cut, stop - _WORD_WINDOW)
            word = text[max(text.rfind(" ", window, stop), text.rfind("(", window, stop), window - 1) + 1 : stop].lower()
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                continue
            if text[stop] == "." and match.end() - stop <= 2 and "." in word and len(word) <= 4:
                continue  # "U.S. Air Force": a dotted abbreviation
            if elides(text, cut, stop):
                continue  # '"armed men are attacking ... Kandahar city from the west," he said': words left out
            spans.append((cut, stop + len(match.group(0).rstrip())))
            cut = match.end()
        tail = len(text[cut:end].rstrip())
        if tail:
            spans.append((cut, cut + tail))
    if any(end - start > LIST_CHARS for start, end in spans):
        spans = [part for span in spans for part in _list_parts(text, *span)]
    if any(end - start > MAX_SENTENCE_CHARS for start, end in spans):
        return [piece for span in spans for piece in _capped(text, *span)]
    return spans


def _list_parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return [start, end) cut after each of its semicolons when it is longer than LIST_CHARS (a list
    of places by province, "X and Y in Herat; Z in Ghor; ...", too long for one sentence: each part
    is read as a sentence of its own), else [(start, end)] whole."""
    if end - start <= LIST_CHARS or text.find(";", start, end) < 0:
        return [(start, end)]
    parts, cut = [], start
    for semicolon in _SEMICOLON.finditer(text, start, end):
        parts.append((cut, semicolon.start() + 1))
        cut = semicolon.end()
    return parts + [(cut, end)] if cut < end else parts


# an ellipsis (three stops or the one character) and the word before it
_ELLIPSIS = re.compile(r"\.\.\.|…")
# words after which a quoted sentence cannot end: an ellipsis there marks words left out, not a stop
_OPEN_WORDS = frozenset("the a an of in on at to from into and or with by for against toward towards".split())


def elides(text: str, start: int, stop: int) -> bool:
    """Return True when the ellipsis at `stop` of `text` (in the line from `start`) leaves words out
    of a quotation rather than ending its sentence: a quote opened before it is still open, and the
    word before it is one a sentence does not end on (a preposition, an article, a verb in -ing
    wanting its object: "are attacking ... Kandahar city")."""
    if not _ELLIPSIS.match(text, stop) and not _ELLIPSIS.match(text, stop - 2):
        return False
    words = text[max(start, stop - 30) : stop].lower().split()
    word = words[-1].rstrip(".…") if words else ""
    if not (word in _OPEN_WORDS or (word.endswith("ing") and len(word) > 5)):
        return False
    before = text[start:stop]
    return (before.count("“") > before.count("”")) or (before.count('"') % 2 == 1)


def _lines(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) spans of the lines of `text`, a line a transcript wraps mid-sentence
    joined to the line it runs on into ("in just the\n\npast 24 hours including Kandahar"): one
    ending in a lower-case word or a comma, the next opening on a lower-case word that opens no
    byline ("Gardez captured\n\nby News Desk" is a headline over its byline)."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start, end = line.span()
        if spans and _runs_on(text, *spans[-1]) and text[start].islower() and not _BYLINE.match(text, start):
            start = spans.pop()[0]
        spans.append((start, end))
    return spans


def _runs_on(text: str, start: int, end: int) -> bool:
    """Return True when the line at [start, end) ends (past its trailing blanks) in a comma or in two
    lower-case letters. Only its end is read: a search of the whole line tried every position."""
    stop = len(text[start:end].rstrip())  # a line opens on a non-blank: what this strips is its last line's trailing blanks
    return _RUN_ON_END.search(text, max(start, start + stop - 2), start + stop) is not None


def _capped(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Return [start, end) cut into pieces of at most MAX_SENTENCE_CHARS, each ending before a space
    (the last in its second half) when there is one, and starting at a non-space."""
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        space = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, limit + 1)
        cut = space if space > start else limit
        stop = cut
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        pieces.append((start, stop))
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        pieces.append((start, end))
    return pieces


def usable_view(text: str, view: str | None) -> str | None:
    """Return `view` when a sentence's view is a slice of it, else None (computed per sentence).

    That holds only when lower-casing goes character by character: no change of length, and no
    capital sigma (its lower case depends on the letters around it, so on where the sentence ends).
    """
    if view is not None and (len(view) != len(text) or "\u03a3" in text):
        return None
    return view


# spellings outlets use for words the rules know in the house spelling, each of the same length
_HOUSE_SPELLINGS = re.compile(r"(?<=[Tt]al)e(?=ban)|(?<=TAL)E(?=BAN)|(?<=[Ss])ei(?=ge)|(?<=S)EI(?=GE)")


_PRINTED_SPELLING = re.compile(r"\b(?:tal[ie]ban|se(?:ie|ei)ge)", re.IGNORECASE)  # a word `reading_text` may respell


# the everyday words a Title Case headline capitalises ("Taliban Take Zaranj, Sheberghan in Weekend
# Push"), read in lower case as in a sentence; names (places, people, sides) keep their capitals
_HEADLINE_WORDS = frozenset(
    """a an the of in on at to for and or as by from with into amid after before over near but nor its their
    take takes took taken taking seize seizes seized capture captures captured claim claims claimed fall falls fell
    enter enters entered retake retakes retook recapture recaptures regain regains lose loses lost hand hands handed
    give gives gave up surrender surrenders surrendered push pushes attack attacks battle battles fight fights clash
    clashes siege besiege besieged storm storms stormed overrun overruns overran control controls say says said deny
    denies denied flee flees fled withdraw withdraws withdrew pull pulls out back again hold holds held
    city town district districts capital capitals province provinces key strategic border crossing gateway outpost
    base airport forces troops army police government officials governor defenders insurgents militants fighters
    another second third fourth fifth sixth seventh eighth ninth tenth latest last more two three four five
    admit admits loss losses press presses move moves advance advances close closes nears reach reaches reached
    neighbourhoods neighborhoods parts part areas area prison headquarters compound centre center palace office
    outskirts edge gates quit quits around toward towards alone holdout holdouts positions killed ambush foreign""".split()
)
_TITLE_WORD = re.compile(r"\b[A-Z][a-z]+\b")
_CAPS_WORD = re.compile(r"\b[A-Z][A-Z]*(?:-[A-Z]+)+\b|\b[A-Z][A-Z]+\b")  # ASCII only: a case change that keeps every offset
_MONTH_STEMS = frozenset("jan feb mar apr may jun jul aug sep oct nov dec".split())
_SMALL_WORDS = frozenset("is are was were has have had be been will may could would not no all new up".split())
_SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")  # headlines end with no full stop and hold no sentence end


def _sentence_cased_headline(text: str) -> str:
    """Return `text` with its first line, when it is a Title Case headline, in sentence case for
    the everyday words of `_HEADLINE_WORDS` (its first word kept): the rules read headlines as
    sentences, where "Take" before a name is a verb, not part of the name."""
    head_end = text.find("\n")
    head = text[: head_end if head_end >= 0 else len(text)]
    if _SENTENCE_STOP.search(head):
        return text  # a sentence, not a headline: its capitals are the writer's
    if _in_capitals(head):
        return _CAPS_WORD.sub(_caps_word_read, head) + text[len(head) :]
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", head)[1:] if len(w) > 3]  # AP style keeps "to", "in" small
    titled = [w for w in words if w[:1].isupper()]
    if len(titled) < 2 or len(titled) < 0.7 * len(words):
        return text
    first = re.match(r"\W*\w+", head)
    skip = first.end() if first else 0
    cased = head[:skip] + _TITLE_WORD.sub(lambda m: m.group().lower() if m.group().lower() in _HEADLINE_WORDS else m.group(), head[skip:])
    return cased + text[len(head) :]


def _in_capitals(head: str) -> bool:
    """Return True when the headline `head` is set in capitals ("TALIBAN TAKE SAR-E PUL ON SUNDAY")."""
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’-]*", head) if len(w) > 3]
    return len(words) >= 3 and sum(w.isupper() for w in words) >= 0.8 * len(words)


def _caps_word_read(match: re.Match[str]) -> str:
    """Return a word of a headline in capitals as a sentence writes it: an everyday word in lower
    case, a name with its first letter kept ("SAR-E PUL" as "Sar-e Pul"), a short acronym as
    printed ("US", "UN")."""
    word = match.group()
    if word.lower()[:3] in _MONTH_STEMS and re.match(r"\.?\s*\d", match.string[match.end() :]):
        return word[0] + word[1:].lower()  # "ON AUG 6", "MAY 14": a month before its day
    if word.lower() in _HEADLINE_WORDS or word.lower() in _SMALL_WORDS:
        return word.lower()
    if "-" in word:  # "MAZAR-I-SHARIF" as "Mazar-i-Sharif"
        return "-".join(part.lower() if len(part) == 1 or (k and part.lower() in ("ul", "al")) else part[0] + part[1:].lower()
                        for k, part in enumerate(word.split("-")))
    return word if len(word) <= 3 else word[0] + word[1:].lower()


@per_article  # both the mentions and the events read the article so
def reading_text(text: str) -> str:
    """Return `text` as the rules read it, of the same length so every offset stays the text's own:
    the spellings in the house form ("Taleban" as "Taliban", "seige" as "siege", case kept) and a
    Title Case headline in sentence case (`_sentence_cased_headline`)."""
    return _house_spelled(_sentence_cased_headline(text))


def _house_spelled(text: str) -> str:
    """Return `text` with the house spellings ("Taleban" as "Taliban", "seige" as "siege"), case kept."""
    if "aleban" not in text and "ALEBAN" not in text and "eige" not in text and "EIGE" not in text:
        return text
    return _HOUSE_SPELLINGS.sub(lambda m: {"e": "i", "E": "I", "ei": "ie", "EI": "IE"}[m.group()], text)


def as_written(excerpt: str, written: str, read: str) -> str:
    """Return `excerpt`, cut from `read` (`reading_text(written)`), as `written` prints it: the
    headline's own capitals, and the spellings ("Taliban" back to "Taleban"; a spelling the text
    prints both ways stays as read)."""
    read_head, written_head = (" ".join(t.split("\n", 1)[0].split()) for t in (read, written))
    if read_head != written_head and excerpt.startswith(read_head):
        excerpt = written_head + excerpt[len(read_head) :]
    for own in {match.group() for match in _PRINTED_SPELLING.finditer(written)}:
        house = _house_spelled(own)
        if house != own and house not in written:
            excerpt = excerpt.replace(house, own)
    return excerpt


@per_article  # the rules of one sentence ask for its view again and again (five times a sentence on average)
def text_view(text: str) -> str:
    """Return `text` lower-cased with every character but letters, digits and spaces turned into a
    space, always of the text's length (a character whose lower case is longer, such as "İ", is
    kept as it is): what the name automaton scans and, sliced, what the control rules scan, so an
    offset in the view is the same offset in the text."""
    view = text.lower()
    if len(view) != len(text):
        view = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    if "taleban" in view:  # the AFP spelling: one actor for every rule (same length, offsets kept)
        view = view.replace("taleban", "taliban")
    if "seige" in view:  # a misspelling wire copy carries ("under seige"): same length, offsets kept
        view = view.replace("seige", "siege")
    if "ullah m" in view or "mujahed" in view:  # the spokesman's surname as outlets spell it ("zabihullah mujahed"): one name
        view = _SPOKESMAN_SURNAME.sub("mujahid", view)
    return _NOT_WORD.sub(" ", view).replace("_", " ")


def has_any(text: str, words: tuple[str, ...]) -> bool:
    """Return True when one of `words` occurs in `text` (the cheap test run before a pattern that
    needs one of them)."""
    for word in words:  # a loop, not any(): asked hundreds of times per article
        if word in text:
            return True
    return False


def phrases_pattern(phrases: tuple[str, ...]) -> str:
    """Return a regex alternation of `phrases` (words separated by one space), any white space
    between their words: the pattern side of a list whose `Stems.of_phrases` is its cheap test."""
    return "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in phrases)


class Stems:
    """Word stems looked for in any case: the cheap test run before a pattern that needs one of them."""

    @classmethod
    def of_phrases(cls, phrases: tuple[str, ...]) -> Stems:
        """Return the stems of `phrases` (the longest word of each): a text `phrases_pattern`
        matches in holds one of them, so the pattern need not run on a text that holds none."""
        return cls(*dict.fromkeys(max(phrase.split(), key=len) for phrase in phrases))

    def __init__(self, *stems: str):
        """Keep `stems` (lower-case ASCII, what `found_in` compares lower-cased ASCII text with) and
        their alternation ignoring case, for other text."""
        if not all(stem.isascii() and stem == stem.lower() for stem in stems):
            raise ValueError(f"stems: expected lower-case ASCII words, got {stems!r}")
        self.stems = stems
        self._pattern = re.compile("(?i:" + "|".join(map(re.escape, stems)) + ")")

    def found_in(self, text: str) -> bool:
        """Return True when `text` holds one of the stems in any case. ASCII text is lower-cased and
        searched as it is (a pattern ignoring case tries every position); only letters outside
        ASCII need the pattern's case folding ("\u017f" is an "s" to it)."""
        if not text.isascii():
            return self._pattern.search(text) is not None
        low = text.lower()
        for stem in self.stems:  # a loop, not any(): asked for every date of a sentence
            if stem in low:
                return True
        return False
