"""State leaders: the Afghan head of state and his deputies act for the government side.

"Taliban entered Kabul soon after Ghani and Saleh fled the capital", "the president left the
palace": the ones leaving are the government's leaders, so the capital is given up to the
Taliban, not left by them. A foreign head of state ("US President Joe Biden") or a former one
("former president Hamid Karzai") speaks for no side holding a place.
"""

from __future__ import annotations

# In a lower-cased view (punctuation read as spaces): the titles and the names of the leaders of
# the republic's last government.
STATE_LEADER = (
    r"(?<!\bus )(?<!\bu s )(?<!american )(?<!former )(?<!ex )(?:vice +)?president(?! +(?:joe +)?biden| +trump| +putin| +xi)"
    r"|(?:ashraf +)?ghani|amrullah +saleh"
)
