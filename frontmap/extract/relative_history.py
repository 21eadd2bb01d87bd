"""A year told in a relative clause after the place is the place's past, not the date of the verb
before the clause: in "took Kandahar, which the movement first ruled in the 1990s", the 1990s date
the earlier rule; the capture keeps the date the rest of the text gives it.

Coarse dates (a year, a decade, "last year", "last month", "years ago", a span such as "in recent months") are read so. A day in such a clause
("Kandahar, which they entered on Friday") often does tell when the verb before it happened, unless
the clause is told in the past perfect ("X, which they had lost in May": before the verb's time) or
closes before the verb's own date ("captured X, which they lost in May, on Monday"). A reduced relative
after the trigger, a participle with its agent ("regained the district captured by the Taliban
earlier this week"), dates its participle whatever the date: the verb before it keeps its own (not
a finite passive, "Two districts, X and Y, were lost to the Taliban on Sunday": the clause's own verb). So
does a restrictive relative on ground or posts that tells their loss ("retook X, pushing the
insurgents out of the areas that they seized last week") or on the units a retaking takes back
("recaptured three districts that fell to militias last week"), and an apposition's own relative
without "that" ("took X, the only province they had not seized last month"). A clause on a name
that a preposition sets beside the place ("took X, following Ghazni, which fell on Thursday") is
that name's, and dates nothing of the place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from frontmap.extract.date_expressions import DateExpression

# ", which ..."; also "which" and "where" without the comma, as many outlets write them ("X in Faryab which had fallen")
_RELATIVE_OPENER = re.compile(r",\s*(?:which|where|whose|who|whom)\b|\s(?:which|where)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:]|\s[-–—]\s")
# "... captured by the Taliban " / "... lost to the Taliban " right before the date: a participle and its agent
_REDUCED_RELATIVE = re.compile(
    r"\b(?:(?:captured|seized|taken|overrun|retaken|recaptured|held|attacked|besieged|lost)\s+by"
    r"|(?:lost|handed(?:\s+over)?|surrendered)\s+to)\s+(?:the\s+)?(?:[\w-]+\s+){1,3}$",
    re.IGNORECASE,
)
_REDUCED_REACH = 60
# "the areas that ...", "the posts which ...": a restrictive relative on the ground or posts the verb is about
_RESTRICTIVE_OPENER = re.compile(
    r"\b(?:areas?|parts?|territor(?:y|ies)|ground|villages?|positions?|(?:out|check)?posts?|checkpoints?|bases?)\s+(?:that|which)\b",
    re.IGNORECASE,
)
# "were lost to", "was captured by": a passive's auxiliary right before the participle
_FINITE_PASSIVE = re.compile(r"\b(?:was|were)\s+$", re.IGNORECASE)
# a word that opens another clause between the trigger and that passive ("after Y was captured by ...")
_CLAUSE_OPENER = re.compile(r"\b(?:which|that|who|after|before|when|as|while|since|because|until|but)\b|[;:]", re.IGNORECASE)
# "retook three districts (in the north) that fell to militias last week": a restrictive relative on
# the units a retaking takes back, telling the loss it undoes
_UNIT_OPENER = re.compile(
    r"\b(?:districts?|district\s+cent(?:re|er)s?|cit(?:y|ies)|towns?|capitals?)(?:\s+(?:in|of)\s+[^,;:]{1,40}?)?\s+(?:that|which)\b",
    re.IGNORECASE,
)
_PAST_PERFECT = re.compile(r"\b(?:had|'d)\s+(?:\w+ly\s+|not\s+|never\s+|also\s+|already\s+)?(?:been\s+)?\w+(?:ed|en|wn|st|ft|ld|ht|ught)\b", re.IGNORECASE)
# "retook X, which the Taliban captured in June", "wrested back control of X, which ...": the loss a retaking undoes came before it
_RETAKING = re.compile(r"(?:re-?(?:took|taken|take|captured?|gained?|occupied)|(?:took|taken|won|wrest(?:ed|s|ing)?)\s+back|regain\w*)\b", re.IGNORECASE)
_RETAKING_BEFORE = re.compile(_RETAKING.pattern + r"\s+$", re.IGNORECASE)
_LOSS = re.compile(r"\b(?:captured|seized|overran|overrun|took|taken|fell|fallen|lost|stormed)\b", re.IGNORECASE)
# an entry is the loss only when the insurgents made it ("which was entered by the Taliban on Wednesday"),
# not the retakers' own ("recaptured X which they entered on Tuesday night": the retaking itself)
_INSURGENT_ENTRY = re.compile(r"\b(?:(?:taliban|insurgents|militants)\s+(?:had\s+)?entered|entered\s+by\s+(?:the\s+)?(?:taliban|insurgents|militants))\b", re.IGNORECASE)
# the same for the units a retaking takes back, their loss told more loosely ("that slipped to militias")
_UNIT_LOSS = re.compile(
    r"\b(?:captured|seized|overran|overrun|took|taken|fell|fallen|lost|stormed|slipped|passed|went|handed|surrendered|abandoned)\b", re.IGNORECASE)
# "took X, joining several capitals the group had seized in the past three days": the places X joins, their own days
_JOINED_OTHERS = re.compile(
    r"\b(?:to\s+join|join(?:s|ed|ing)|add(?:s|ed|ing)?\s+to|adding\s+it\s+to)\s+(?:(?:the|a|several|other|many|\w+\s+other|\d+)\s+)*"
    r"(?:(?:provincial\s+)?capitals|cities|districts|towns|provinces|crossings)\b",
    re.IGNORECASE,
)
# "took X, the only province they had not seized last month", "X, one of the districts the army lost in June":
# an apposition on the place whose own relative clause (no "that") tells something else of it, with its own day;
# also the second of two joined appositions ("X, the last holdout of the resistance and the only province they ...")
_APPOSED_CONTACT_RELATIVE = re.compile(
    r",\s*(?:[^,;:]{0,80}?\s+and\s+)?(?:the|a|an|one\s+of\s+the)\s+(?:[\w’'-]+\s+){0,3}?(?:provinces?|districts?|cit(?:y|ies)|towns?|capitals?|areas?|valleys?|regions?|places?)"
    r"\s+(?:they|it|he|she|we|(?:the|its|their)\s+[\w’'-]+|taliban|insurgents|militants)\s+[^,;:]*$",
    re.IGNORECASE,
)
# "took X, following Ghazni, which fell on Thursday": the clause is of the name a preposition set beside the place
_NAME_BESIDE = re.compile(
    r"\b(?:after|following|behind|joining|like|unlike|besides|as\s+well\s+as)\s+(?:the\s+)?[A-Z][\w’'-]*(?:[\s-]+[A-Z][\w’'-]*){0,2}\s*$"
)
# "..., on Monday" past a clause, not "..., officials said on Monday": a source's day is no verb's
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|reported|confirmed|added)\b", re.IGNORECASE)


def dates_a_relative_past(
    sentence: str, expr: DateExpression, trigger: int | None, others: Sequence[DateExpression] = (),
) -> bool:
    """Return True when `expr`, inside a relative clause that opens after the trigger at `trigger`,
    is a year (or "last year", "years ago"), is told in the past perfect, tells the loss a retaking
    at the trigger undoes ("retook X, which they lost in June"), or is followed past the
    clause's closing comma by another of the sentence's dates `others`; or any date right after a
    participle with its agent there, or the clause is of a name set beside the place ("following
Ghazni, which fell on Thursday"): it dates something else than the trigger's event."""
    if trigger is None:
        return False
    if _reduced_relative(sentence, expr, trigger) or _restrictive_loss(sentence, expr, trigger) or _joined_others(sentence, expr, trigger):
        return True
    if _APPOSED_CONTACT_RELATIVE.search(sentence, trigger, expr.start) is not None:
        return True
    openers = [m for m in _RELATIVE_OPENER.finditer(sentence, trigger, expr.start)]
    if not openers or _CLAUSE_BREAK.search(sentence, openers[-1].end(), expr.start) is not None:
        return False
    if _NAME_BESIDE.search(sentence, trigger, openers[-1].start()):
        return True
    if _is_coarse(expr):
        return True
    if "," in sentence[openers[-1].end() : expr.start]:
        return False  # past the clause: "X, which had changed hands, and Y on Monday"
    if _PAST_PERFECT.search(sentence, openers[-1].end(), expr.start):
        return True
    if retakes(sentence, trigger) and (_LOSS.search(sentence, openers[-1].end(), expr.start) or _INSURGENT_ENTRY.search(sentence, openers[-1].end(), expr.start)):
        return True
    return _closed_before_a_date(sentence, expr, others)


def retakes(sentence: str, trigger: int) -> bool:
    """Return True when the trigger at `trigger` retakes, or is the "control" a retaking takes."""
    return _RETAKING.match(sentence, trigger) is not None or _RETAKING_BEFORE.search(sentence, max(0, trigger - 20), trigger) is not None


def _closed_before_a_date(sentence: str, expr: DateExpression, others: Sequence[DateExpression]) -> bool:
    """Return True when a comma closes the clause holding `expr` and another date follows it there:
    the date after the clause is the verb's own ("took X, which they lost in May, on Monday")."""
    closing = sentence.find(",", expr.end)
    if closing < 0 or _CLAUSE_BREAK.search(sentence, expr.end, closing):
        return False
    return any(o.start > closing and not _SAID_BEFORE.search(sentence, closing, o.start) for o in others)


def _is_coarse(expr: DateExpression) -> bool:
    """Return True for a year or decade, "last year" or "last month", a span of weeks, months or years back ("in
    recent weeks", "over the last few months": what the clause's own verb went on doing), or a
    count of years back."""
    if expr.kind == "relative":
        text = expr.text.lower()
        return (text.endswith(("year", "month")) and not text.startswith("this")) or text.endswith(("weeks", "months", "years"))
    return expr.kind == "year" or (expr.kind == "ago" and "year" in expr.text.lower())


def _reduced_relative(sentence: str, expr: DateExpression, trigger: int) -> bool:
    """Return True when `expr` follows a participle and its agent that come after the trigger
    ("regained X captured by the Taliban earlier this week")."""
    lo = max(trigger + 1, expr.start - _REDUCED_REACH)
    found = _REDUCED_RELATIVE.search(sentence, lo, expr.start) if lo < expr.start else None
    if found is None:
        return False
    # "Two districts, X and Y, were lost to the Taliban on Sunday": the finite passive of the
    # trigger's own clause, no participle set after it
    passive = _FINITE_PASSIVE.search(sentence, max(trigger, found.start() - 12), found.start())
    return passive is None or _CLAUSE_OPENER.search(sentence, trigger, passive.start()) is not None


def _joined_others(sentence: str, expr: DateExpression, trigger: int) -> bool:
    """Return True when `expr` dates the losses of the other places the trigger's place joins, in
    the same clause after the trigger ("took X, joining several capitals the group had seized
    during the past three days")."""
    joined = list(_JOINED_OTHERS.finditer(sentence, trigger, expr.start))
    if not joined:
        return False
    inside = sentence[joined[-1].end() : expr.start]
    return "," not in inside and _CLAUSE_BREAK.search(inside) is None and _LOSS.search(inside) is not None


def _restrictive_loss(sentence: str, expr: DateExpression, trigger: int) -> bool:
    """Return True when `expr` ends a restrictive relative on ground or posts, after the trigger,
    that tells their capture or loss ("the areas that they took control over last week"), or one on
    the units a retaking at the trigger takes back ("retook three districts that fell last week")."""
    openers, loss = list(_RESTRICTIVE_OPENER.finditer(sentence, trigger, expr.start)), _LOSS
    if not openers and retakes(sentence, trigger):
        openers, loss = list(_UNIT_OPENER.finditer(sentence, trigger, expr.start)), _UNIT_LOSS
    if not openers:
        return False
    inside = sentence[openers[-1].end() : expr.start]
    return "," not in inside and _CLAUSE_BREAK.search(inside) is None and loss.search(inside) is not None
