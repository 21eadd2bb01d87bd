"""State armies: "the military", "the Afghan military", "the country's military" act for the government.

"It took the Afghan military several hours to withdraw from the district centre": the ones leaving
are the state's soldiers, so the district is given up to the Taliban, not left by them. The word
names the side only as a noun standing for the army; as an adjective ("the military base", "a
military operation", "Taliban military commanders") it names no one.
"""

from __future__ import annotations

# the nouns "military" describes rather than stands for (its bases, operations, officers' posts ...)
_DESCRIBED = (
    r"bases?|camps?|posts?|outposts?|positions?|compounds?|headquarters|installations?|facilit(?:y|ies)|airports?|airfields?|hospitals?"
    r"|academ(?:y|ies)|courts?|corps|zones?|vehicles?|equipment|hardware|aircraft|planes?|helicopters?|convoys?|flights?|uniforms?"
    r"|operations?|campaigns?|offensives?|action|strikes?|pressure|power|strength|victor(?:y|ies)|defeats?|setbacks?|advances?|gains|losses"
    r"|strateg(?:y|ies)|plans?|assessments?|intelligence|analysts?|experts?|sources?|contractors?|leadership|commission|council|chiefs?"
    r"|commanders?|wing|presence|pullout|withdrawal|mission|support|aid|assistance|help|training|targets?|capabilit(?:y|ies)|situation"
)
# In a lower-cased view (punctuation read as spaces): the army named by the word after "the",
# "Afghan" or the country as its owner ("the country's military"); not a foreign one ("the U.S.
# military", "Pakistan's military")
MILITARY = r"(?:(?<=the )|(?<=afghan )|(?<=country s )|(?<=afghanistan s )|(?<=nation s )|(?<=government s ))military(?! +(?:" + _DESCRIBED + r")\b)"
