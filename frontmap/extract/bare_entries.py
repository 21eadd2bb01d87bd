"""Entries and holds told with no place after them: "the Taliban moved in soon after", "the
militants walked in unopposed on Friday", "the insurgents are now in charge here".

Wire reports tell a town's fall so once the town was named just before ("Police left Kaldar late on
Tuesday. The Taliban moved in before dawn"): the verb's place is the one "it" would mean there, read
by `unsaid_places`. These patterns make such a verb a trigger only where nothing stands in its
object's place: the end of the clause, a day or time, or a word telling how it went. "Moved in on
the city" closes in on a place named after it, and "moved in large numbers" says how many came,
so neither is read here.
"""

from __future__ import annotations

# what may follow a bare "in" (in the text view: punctuation is spaces, so two spaces end a clause)
_AFTER_BARE_IN = (
    r"(?=\s\s|\s*$|\s+(?:unopposed|unchallenged|peacefully|without|soon|shortly|quickly|later|overnight|after|before|when|once|as|at|"
    r"late|early|this|last|that|the\s+(?:next|same|following)|within|hours|minutes|days|again|too|here|there|now|then|and|"
    r"on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d))\b)"
)
#: an intransitive entry (a branch of the trigger table's entries): "walked in", "moved in", "rolled in"
BARE_ENTRY = r"|\b(?:walk|stroll|roll|march|sw(?:ept|eep)|mov|pour|stream)(?:ed|s|ing|e)?\s+in\b" + _AFTER_BARE_IN
#: a hold with no place after it: "the insurgents are now in charge", "were in charge here"
BARE_IN_CHARGE = r"in (?:full |sole |firm )?charge\b(?=\s\s|\s*$|\s+(?:here|there|now|everywhere)\b)"
