"""The news agency a dateline names ("KABUL, Aug 6 (AP) -", "(Reuters)", "AFP |"), as the
article's agency and, when the manifest names none, its outlet."""

from __future__ import annotations

import re

#: Agency as datelines write it -> the outlet's name.
AGENCIES: dict[str, str] = {
    "AP": "Associated Press", "Reuters": "Reuters", "AFP": "Agence France-Presse",
    "dpa": "Deutsche Presse-Agentur", "Xinhua": "Xinhua", "ANI": "Asian News International",
    "IANS": "Indo-Asian News Service", "PTI": "Press Trust of India", "UPI": "United Press International",
    "EFE": "EFE", "Anadolu": "Anadolu Agency", "AA": "Anadolu Agency", "Kyodo": "Kyodo News",
    "Sputnik": "Sputnik", "TASS": "TASS", "IRNA": "IRNA", "APP": "Associated Press of Pakistan",
    "Pajhwok": "Pajhwok Afghan News", "Bloomberg": "Bloomberg", "RFE/RL": "RFE/RL",
}
_BY_KEY = {name.lower(): name for name in AGENCIES}
_NAME = "|".join(re.escape(name) for name in sorted(AGENCIES, key=len, reverse=True))
# Agencies are read only where datelines put them: in brackets, or as a line's label before a bar
# or dash; exact case for the short capitalised codes, so "ap" or "aa" in prose never match.
_PATTERNS = (
    re.compile(rf"\((?P<name>{_NAME})\)"),
    re.compile(rf"^\s*(?P<name>{_NAME})\s*(?:\||—|–|-\s)"),
    re.compile(rf"(?:\||—|–)\s*(?P<name>{_NAME})\s*$"),
)
_LINES = 6


def agency_in_dateline(text: str) -> str | None:
    """Return the agency named by a dateline in the opening lines of `text` (as AGENCIES spells
    it), or None."""
    lines = [line for line in text.split("\n") if line.strip()][:_LINES]
    for line in lines:
        for pattern in _PATTERNS:
            match = pattern.search(line[:200])
            if match:
                return _BY_KEY[match["name"].lower()]
    return None


def outlet_and_agency(text: str, outlet: str, agency: str) -> tuple[str, str]:
    """Return (outlet, agency): those given (from the manifest), with the blanks filled from the
    dateline's agency (the outlet then being the agency's name)."""
    if outlet and agency:
        return outlet, agency
    found = agency_in_dateline(text)
    if found is None:
        return outlet, agency
    return outlet or AGENCIES[found], agency or found
