"""Names: how place names are folded and spelled, shared by the gazetteer and mention finding.

`normalize` folds a place name to the form the gazetteer indexes: decomposed and stripped of
diacritics, casefolded, apostrophes and quotes removed, hyphens/underscores/dots/commas turned into
spaces, whitespace collapsed. `normalize_with_offsets` does the same over a whole article and keeps,
for every output character, the index of the input character it came from, so a span found in the
normalised text maps back to the original.

English-language news romanises Dari and Pashto names in many ways. Two tools absorb that:

- `surface_variants(alias)` spells a normalised alias the other ways reporters write it (the -e-/-i-/-ye-
  connector written, glued or dropped; "wa"/"o" or nothing between two names; two short words run
  together), so an exact-match automaton over the text finds them;
- `loose_key(text)` folds what is left (e/i/y, o/u/ou, doubled letters, a final -ah, AIMS-style -i
  endings such as "Sari Pul", generic words such as "district") into one key for a second-chance lookup.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import product

# Removed outright: ASCII and typographic apostrophes/quotes, modifier letters used for ayn/hamza.
_DROP = frozenset("'\"`´‘’‚‛“”„‟′″ʹʻʼʽʾʿˈ")
# Become a space: hyphens and dashes of every kind, underscore, dot, comma.
_TO_SPACE = frozenset("-_.,‐‑‒–—―−﹣－")


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    """Return what one input character becomes (possibly '', possibly several characters)."""
    if char in _DROP:
        return ""
    if char in _TO_SPACE or char.isspace():
        return " "
    out = []
    for part in unicodedata.normalize("NFKD", char):
        if unicodedata.combining(part):
            continue
        if part in _DROP:
            continue
        if part in _TO_SPACE or part.isspace():
            out.append(" ")
        else:
            out.append(part.casefold())
    return "".join(out)


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """Return (normalised text, offsets): offsets[i] is the index in `text` of output char i.

    Runs of whitespace collapse to one space, which maps to the first input character of the run;
    leading and trailing whitespace is dropped.
    """
    if not isinstance(text, str):
        raise TypeError(f"text: expected str, got {type(text).__name__}")
    chars: list[str] = []
    offsets: list[int] = []
    pending_space = -1  # index of the input char that opened a run of spaces, -1 when none
    for index, char in enumerate(text):
        folded = _fold_char(char)
        for out in folded:
            if out == " ":
                if pending_space < 0:
                    pending_space = index
                continue
            if pending_space >= 0:
                if chars:
                    chars.append(" ")
                    offsets.append(pending_space)
                pending_space = -1
            chars.append(out)
            offsets.append(index)
    return "".join(chars), offsets


_ASCII_TABLE = str.maketrans({**{c: None for c in _DROP if c.isascii()},
                               **{c: " " for c in _TO_SPACE if c.isascii()}})


def normalize(text: str) -> str:
    """Return `text` folded for matching: no diacritics, casefolded, punctuation-light, single-spaced."""
    if not isinstance(text, str):
        raise TypeError(f"text: expected str, got {type(text).__name__}")
    if text.isascii():
        return " ".join(text.translate(_ASCII_TABLE).lower().split())  # fast path, same result
    # normalize_with_offsets without the offsets: every whitespace character folds to " ", so
    # splitting the folded text on whitespace and joining with single spaces collapses the same runs.
    return " ".join("".join(map(_fold_char, text)).split())


# words a query may carry around a name; "province" and "city"/"district" also hint at the kind wanted
GENERIC_WORDS = frozenset({
    "district", "districts", "city", "province", "provincial", "capital", "town", "village", "center",
    "centre", "the", "of", "wuluswali", "woleswali", "area", "valley", "port", "border", "crossing",
})
PROVINCE_WORDS = frozenset({"province", "provincial"})
NOT_PROVINCE_WORDS = frozenset({"district", "districts", "city", "town", "village", "center", "centre"})
CONNECTORS = ("e", "i", "ye")
_CONNECTOR_SET = frozenset({"e", "i", "ye", "yi", "y", "a"})
_AND_WORDS = ("wa", "o")
_AND_SET = frozenset({"wa", "va", "o", "u", "and"})
_MAX_VARIANTS = 24


def surface_variants(alias: str) -> set[str]:
    """Return other normalised spellings of normalised `alias` (without `alias` itself)."""
    tokens = alias.split()
    if len(tokens) < 2:
        return set()
    slots: list[tuple[str, ...]] = []
    for i, token in enumerate(tokens):
        inner = 0 < i < len(tokens) - 1
        if inner and token in _CONNECTOR_SET:
            slots.append((*CONNECTORS, "", "+e", "+i"))  # "+" glues the vowel to the previous word
        elif inner and token in _AND_SET:
            slots.append((*_AND_WORDS, ""))
        else:
            slots.append((token,))
    variants: set[str] = set()
    if any(len(s) > 1 for s in slots):
        for combo in product(*slots):
            variants.add(_join(combo))
            if len(variants) > _MAX_VARIANTS:
                break
    if len(tokens) == 2 and len(tokens[1]) <= 5 and len(tokens[0]) >= 3:
        variants.add(tokens[0] + tokens[1])  # Lashkar Gah / Lashkargah, Surkh Rod / Surkhrod
    variants.discard(alias)
    return {v for v in variants if v}


def _join(parts: tuple[str, ...]) -> str:
    words: list[str] = []
    for part in parts:
        if not part:
            continue
        if part.startswith("+") and words:
            words[-1] += part[1:]
        else:
            words.append(part)
    return " ".join(words)


def strip_generic(norm: str) -> tuple[str, str | None]:
    """Return (`norm` without generic words, kind hint "province" | "local" | None)."""
    tokens = norm.split()
    kept = [t for t in tokens if t not in GENERIC_WORDS]
    hint = None
    if any(t in PROVINCE_WORDS for t in tokens):
        hint = "province"
    elif any(t in NOT_PROVINCE_WORDS for t in tokens):
        hint = "local"
    return " ".join(kept), hint


# gh ~ g and q ~ k: Turkish and Russian wires write Qaramqol as Karamkol, Qurghan as Kurgan
_VOWEL_RUNS = [("aa", "a"), ("ee", "i"), ("oo", "u"), ("ou", "u"), ("gh", "g")]
_DOUBLED = re.compile(r"(.)\1+")
_CHAR_MAP = str.maketrans({"e": "i", "y": "i", "o": "u", "v": "w", "q": "k"})


def loose_key(norm: str) -> str:
    """Return the transliteration-loose key of a normalised name (generic words and connectors dropped)."""
    tokens = [t for t in norm.split() if t not in GENERIC_WORDS]
    kept: list[str] = []
    for i, token in enumerate(tokens):
        if i > 0 and (token in _CONNECTOR_SET or token in _AND_SET):
            continue
        if len(token) > 3 and token.endswith(("ah", "eh")):
            token = token[:-1]
        if i < len(tokens) - 1 and len(token) > 3 and token[-1] in "iey":
            token = token[:-1]  # Sari Pul ~ Sar-e Pul, Puli Khumri ~ Pul-e Khumri
        kept.append(token)
    key = "".join(kept)
    for old, new in _VOWEL_RUNS:
        key = key.replace(old, new)
    key = key.translate(_CHAR_MAP)
    return _DOUBLED.sub(_first_of_run, key)


def _first_of_run(match: re.Match[str]) -> str:
    """Return the letter a run of it stands for (a callable rather than the template "\\1",
    which is looked up again on every call: the gazetteer makes thousands of loose keys)."""
    return match.group(1)


# Aliases that are also everyday words, tribes or personal names in English-language news (Reg,
# Farsi, Kakar, Doshi, Zadran, ...). Lookup still resolves them; a mention finder should accept them
# only beside a cue such as "district" or a province name.
WORD_LIKE = frozenset({
    "reg", "bak", "kot", "chal", "chak", "pech", "dara", "kama", "nari", "nika", "naka", "dila", "tani",
    "zari", "obe", "oba", "argo", "jurm", "kang", "wama", "nesh", "omna", "umna", "giro", "gelan", "jaji",
    "sabri", "sabari", "khash", "andar", "spira", "waras", "saghar", "tulak", "wesh", "ragh", "azra",
    "nawa", "almar", "bangi", "farsi", "shamal", "kakar", "doshi", "dushi", "gurbuz", "gurbaz", "zadran",
    "shinwari", "shinwar", "mandozai", "khogyani", "khugyani", "musa khel", "nili", "pato", "keti", "kiti",
    "imam sahib", "kaldar", "mangal", "baraki", "panjab", "chora", "mizan",
    "farah", "sherzad", "shirzad", "bano", "banu", "chisht", "chesht", "shenwari",
})
# Of those, the district and town names the news writes on their own as places ("the Taliban took
# Imam Sahib", "fighting in Nawa"): a place wherever they are capitalised, with no cue needed.
NAMED_BARE = frozenset({
    "imam sahib", "kaldar", "nawa", "nili", "farah", "andar", "khash", "almar", "musa khel", "panjab",
    "chora", "mizan", "spira", "waras", "saghar", "tulak", "wesh", "shinwar", "gelan", "jurm",
})


def whole_word_hits(norm: str, words: str, alias: str) -> int:
    """Return how often `alias` stands in `norm` as whole words (`words`: `norm` with every
    character that is not a letter or digit as a space)."""
    hits, end = 0, len(alias)
    at = norm.find(alias)
    while at >= 0:
        hits += (at == 0 or words[at - 1] == " ") and words[at + end : at + end + 1] in ("", " ")
        at = norm.find(alias, at + 1)
    return hits
