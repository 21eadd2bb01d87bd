"""The Taliban's own name for their fighters, a mark of their voice.

"Mujahideen" ("the Mujahideen of the Islamic Emirate conquered the district centre") is the word
the group's statements, tweets and website use for its men; a wire reporter or an Afghan
official says "the Taliban" or "insurgents". A capture told with that word as its actor is the
group's telling retold: a claim unless someone else stands behind it (`frontmap.extract.cues`
reads it as a Taliban source, so an official or a witness in the sentence still confirms it).

Not the anti-Soviet fighters of the 1980s or their leaders ("a former mujahideen commander",
"the mujahideen government of 1992"): there the word names a past side, not the speaker.
"""

from __future__ import annotations

# the pattern text only, joined into the claim cues (its caller adds the leading space and \b)
MUJAHIDEEN = (
    r"(?<!former )(?<!ex )(?<!soviet )(?<!jihadi )(?<!veteran )(?<!afghan )mujah[ie]d(?:ee|i)n"
    r"(?! +(?:commanders?|leaders?|era|government|rule|parties|party|factions?|groups?|days|years|period|war|veterans?)\b)"
)
