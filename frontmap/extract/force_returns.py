"""Government forces coming back: "troops returned to Qaisar on Thursday", "police have returned
to the district centre", "police were back in the district compound", and with the place unsaid,
"government forces returned on Sunday" (read by `unsaid_places`).

A return tells a place won back only when the ones returning are forces or officials of the state
(the word before the verb, or its auxiliary): residents, refugees and families return home, and a
governor who "returned to Kabul" went where he was safe. What the return reaches is the place: not
a home, a base, a barracks, duty or the fight ("returned to their bases", "returned to the fight").
"""

from __future__ import annotations

# the ones returning, right before the verb or its auxiliary (the text view: lower case, single
# spaces); each a fixed-width look back, so the verb itself opens the match
_NOUNS = ("forces", "troops", "soldiers", "police", "policemen", "army", "commandos", "units", "personnel", "officials", "administration")
_RETURNING = "|".join(f"(?<={noun} {aux})" for noun in _NOUNS for aux in ("", "have ", "had ", "has ", "later ", "then ", "finally "))
_BACK = "|".join(f"(?<={noun} {verb} )" for noun in _NOUNS for verb in ("were", "are", "was", "is"))
# what a return does not win back: "their homes", "base", "duty", "the fight", the national capital
_NOT_A_PLACE = (
    r"(?!\s+(?:(?:their|his|its|the)\s+)?(?:homes?|houses?|villages?|families|bases?|barracks|camps?|normal|work|duty|fight|fighting"
    r"|positions|kabul|capital|country|afghanistan)\b)"
)
# "returned to X", "have returned to the district centre", "returned on Sunday" (the place unsaid)
RETURNED = (
    r"(?=returned\b)(?:" + _RETURNING + r")"
    r"(?:returned\s+(?:to|into)\b" + _NOT_A_PLACE + r"|returned\b(?=\s+(?:on|late|early|by|after|overnight|\w+day)\b|\s*$|\s\s))"
    # "police were back in the district compound": not "back in control" (a hold) or "in action"
    r"|(?=back\b)(?:" + _BACK + r")back\s+in(?:to)?\b(?!\s+(?:full\s+|firm\s+)?(?:control|charge|action|business|power|service|office)\b)" + _NOT_A_PLACE
)
