"""Captions: dated photo captions ("Taliban fighters stand guard in Kunduz, July 23, 2021.", "People
wave flags in Chaman on July 14, 2021.", "Families reach a camp in Kabul, Afghanistan on August 10,
2021.") and
captions of archive or file pictures ("FILE PHOTO:", "(File)", "pictured in 2019"), which tell no
news; and where a text writes the words captions use (for `frontmap.extract.dates`).
"""

from __future__ import annotations

import datetime as dt
import re

from frontmap.extract.memo import per_article
from frontmap.extract.text import Stems

# "(AP Photo)", "(AP Photo/Jane Doe)", "(Reuters Photo)": an agency's photo credit in brackets
_AGENCY_PHOTO = r"\((?:AP|AFP|Reuters|EPA|Xinhua|Anadolu|Getty)\s+(?:Photo|Images?)\b[^()]{0,60}\)"
# "July 23, 2021": a month (full or short), its day and a year
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
)
_MONTH_DAY_YEAR = _MONTH + r"\.?\s+\d{1,2},?\s+(?:19|20)\d\d\.?"
_CAPTION_END = re.compile(r",\s*" + _MONTH_DAY_YEAR + r"\s*(?:\([^)]*\))?\s*$")
# "Taliban fighters stand guard ... in Kandahar on August 13, 2021.": a scene in the present tense
# dated with its year at the end (a news sentence tells the past: "The city fell on July 30, 2021.")
_SCENE_END = re.compile(r"\bon\s+" + _MONTH_DAY_YEAR + r"\s*(?:\([^)]*\)\.?)?\s*$")
_SCENE_VERB = re.compile(
    r"\b(?:stands?|gathers?|waves?|patrols?|sits?|walks?|rides?|drives?|poses?|looks?|holds?|carr(?:y|ies)|guards?"
    r"|inspects?|arrives?|waits?|celebrates?|prepares?|trains?|rests?|march(?:es)?|(?:is|are)\s+seen)\b"
)
# "... reach a park in Kabul, Afghanistan on August 10, 2021.", "... in Chaman, Pakistan July 9, 2021.": a
# picture agency places its photo in a town and its country, then dates it; a news sentence names the town alone
_PLACED_END = re.compile(
    r"\b[A-Z][\w'-]+,\s+(?:Afghanistan|Pakistan|Iran|Tajikistan|Uzbekistan|Turkmenistan),?\s+(?:on\s+)?" + _MONTH_DAY_YEAR
    + r"\s*(?:\([^)]*\)\.?)?\s*$"
)
# "..., Laghman province, Afghanistan, on July 8. Reuters" ("... Parwan Province Afghanistan June 29. - Reuters"):
# a picture placed in its country, dated
# (with or without its year) and credited to its agency by name alone; a news sentence does neither
_PLACED_AGENCY_END = re.compile(
    r"(?:,|\b[Pp]rovince)\s+Afghanistan,?\s+(?:on\s+)?" + _MONTH + r"\.?\s+\d{1,2}(?:,?\s+(?:19|20)\d\d)?\.\s*"
    r"(?:[-\u2013\u2014]\s*)?(?:Reuters|AFP|AP|EPA(?:-EFE)?|Getty\s+Images|Xinhua|Anadolu(?:\s+Agency)?)\s*\.?\s*$"
)
# "In this photo ...", "A file picture ...", and the agencies' "Photo taken on Aug. 6, 2021 shows ..."
_CAPTION_START = re.compile(
    r"^\s*(?:(?:In\s+)?(?:this|the|a)\s+(?:file\s+)?(?:picture|photo|photograph|image)\b|(?:photo|picture|image)\s+(?:taken|shows)\b)",
    re.IGNORECASE,
)
# "Soldiers pose for a picture in X on July 18.": people posing for the camera are a picture's scene
_POSE_WORDS = Stems("pos")
_POSED = re.compile(r"\bpos(?:e|es|ed|ing)\s+for\s+(?:a\s+)?(?:group\s+)?(?:picture|photo(?:graph)?)s?\b", re.IGNORECASE)
_ARCHIVE_CAPTION = re.compile(
    r"^\W*(?:file\s+(?:photo|picture|image)|photo|picture|image|archive(?:\s+photo)?)\s*[:|/-]"
    r"|\((?:file|archive|file\s+photo|file\s+picture)\)|\[(?:file|archive)\]"
    r"|\([^()]{0,40}\b(?:photo|picture)\b[^()]{0,40}[/,]\s*file\s*\)"  # an agency's credit of a file picture: "(AP Photo/File)"
    r"|\b(?:file|archive)\s+(?:photo|picture|image|footage)\b"
    r"|\b(?:pictured|photographed|taken|shown)\s+(?:here\s+)?in\s+(?:19|20)\d\d\b",
    re.IGNORECASE,
)


@per_article  # asked of a sentence by the dating of each place, and of the sentences around it
def is_caption(sentence: str) -> bool:
    """Return True when `sentence` reads like a dated photo caption."""
    ending = max(0, len(sentence) - 80)
    if _CAPTION_END.search(sentence, ending) or _PLACED_END.search(sentence, ending) or _CAPTION_START.match(sentence):
        return True
    if _POSE_WORDS.found_in(sentence) and _POSED.search(sentence):  # the cheap test first: a case-blind scan tries every position
        return True
    return bool(_SCENE_END.search(sentence, ending) and _SCENE_VERB.search(sentence))


# what marks a line as a photo's caption wherever it stands: a scene verb, or a picture agency's credit
_PICTURE_MARK = re.compile(
    r"\b(?:(?:is|are)\s+(?:\w+ly\s+)?seen|photo|picture|image|epa|efe|getty|anadolu|xinhua|via\s+twitter)\b", re.IGNORECASE
)


# a photographer's credit after the agency's name: "REUTERS/Jane Doe"
_PHOTO_CREDIT = re.compile(r"\b[A-Z]{2,}/[A-Z][a-z]+\s+[A-Z][a-z]+")
# "(Stringer/Reuters)", "(Jane Doe/AFP via Getty Images)", "(Photo: Jane Doe/Getty)": a photographer and an agency in brackets end the line
_BRACKETED_CREDIT = re.compile(r"\(\s*(?:(?i:photo|picture|image)s?\s*:\s*)?[A-Z][\w.'’ -]{1,40}/\s*[A-Z][\w.'’ -]{1,40}\)\W*$")
# "... on Aug. 11, 2021. Photo: AFP", "... Picture: Reuters": a sentence, then the credit of the picture
# closing the line (a credit opening a line is the caption's own start, "Photo: Afghan soldiers at ...")
_TRAILING_CREDIT = re.compile(r"[.!?)]\s+(?i:photo|picture|image)s?\s*:\s*[A-Z][\w.&/ -]{0,40}$")


def captions_a_picture(line: str) -> bool:
    """Return True when `line` reads like a photo's caption (dated or not): it pictures a scene in
    the present ("fighters stand guard", "officials patrol"), credits a picture agency, or ends by
    placing and dating its picture ("... in Kabul, Afghanistan on August 10, 2021."), or credits
    its photographer ("REUTERS/Jane Doe")."""
    return bool(_SCENE_VERB.search(line) or _PICTURE_MARK.search(line) or _PLACED_END.search(line) or _PHOTO_CREDIT.search(line))


# "... JANE DOE/AFP via Getty Images", "... EFE-EPA/JANE DOE", "... (AP Photo/Jane Doe)": an agency's credit closing the line;
# "... in Herat on July 28, 2021 /AFP": the agency alone after a slash (a news sentence credits no picture)
_AGENCY_CREDIT_END = re.compile(
    r"(?:(?:\b[A-Z][\w.'’ -]{1,40}|\w\s)/\s*(?:AFP|AP|Reuters|REUTERS|EPA|Xinhua|XINHUA|Anadolu)(?:\s+via\s+Getty\s+Images)?"
    r"|\b(?:EFE-EPA|EPA-EFE|EPA|REUTERS|AFP|AP|XINHUA)/[A-Z][\w.'’ -]{1,40}"
    r"|" + _AGENCY_PHOTO + r")\s*\.?\s*$"
)


def credits_a_picture(line: str) -> bool:
    """Return True when `line` is surely a photo's caption: it credits the photographer or the
    agency ("REUTERS/Jane Doe", "(Stringer/Reuters)", "... Photo: AFP", "... JANE DOE/AFP via
    Getty Images", "(AP Photo)") or reads like a dated caption (`is_caption`)."""
    slash, tail = "/" in line, line[-100:]  # the cheap tests first: every credit but a trailing one holds a slash or a bracket
    return bool((slash and (_PHOTO_CREDIT.search(line) or _BRACKETED_CREDIT.search(line)))
                or (":" in line and _TRAILING_CREDIT.search(line.rstrip()))
                or (("/" in tail or ")" in tail) and _AGENCY_CREDIT_END.search(line, max(0, len(line) - 100))) or is_caption(line))


CAPTION_LINE = 320  # characters: a longer line is a paragraph, not a caption


def credited_caption_line(line: str) -> bool:
    """Return True when `line` (a whole line of a text) is short and credits a picture
    (`credits_a_picture`): a caption, whose day tells of its picture, not of the news after it."""
    return len(line) <= CAPTION_LINE and credits_a_picture(line)


# "(FILE PHOTO: soldiers on patrol in X, June 2021.)": an archive picture's caption set in brackets
_BRACKETED_ARCHIVE = re.compile(r"\((?:file\s+(?:photo|picture|image)|photo|picture|image|archive(?:\s+photo)?)\s*[:|/-][^()]*\)", re.IGNORECASE)


def bracketed_caption(text: str, start: int, end: int) -> bool:
    """Return True when the line text[start:end] holds an archive picture's caption in brackets
    with more words after them: only the sentence holding the brackets is the caption's."""
    match = _BRACKETED_ARCHIVE.search(text, start, end)
    return match is not None and bool(text[match.end() : end].strip(" .\n"))


def is_archive_caption(sentence: str) -> bool:
    """Return True when `sentence` captions an archive or file picture (it tells no news)."""
    return bool(_ARCHIVE_CAPTION.search(sentence))


# "..., Wardak Province, Afghanistan. (Reuters)": a picture placed in its country and credited to
# its agency, with no day: a news sentence names the town alone and is credited in its dateline
_PLACED_CREDIT_END = re.compile(r",\s+Afghanistan\s*\.?\s*\(\s*[A-Z][\w.&/ -]{1,30}\)\s*\.?\s*$")


# a convoy or a crowd moving in the picture ("a convoy leaves toward the front line"): only read as a
# scene beside a placed and credited end, since news tells such moves in the past
_GOING_VERB = re.compile(r"\b(?:leaves?|heads?|moves?|travels?|pass(?:es)?|cross(?:es)?|returns?|flees?)\b")


# "... in the city of Kandahar. (AP Photo)", "(AP Photo/Jane Doe)": an agency's photo credit closing the line
_MONTH_DAY = re.compile(r"\b" + _MONTH + r"\.?\s+\d{1,2}\b|\b\d{1,2}\s+" + _MONTH + r"\b")
_AGENCY_PHOTO_END = re.compile(_AGENCY_PHOTO + r"\s*\.?\s*$", re.IGNORECASE)
# "... through X on Monday, a day after ... (AP Photo/Jane Doe)": a weekday dates the scene in the
# report's own week, unless the credit marks an older picture ("(AP Photo/Jane Doe, File)")
_WEEKDAY = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b")
_FILE_CREDIT = re.compile(r"\bfile\b[^()]*\)\W*$", re.IGNORECASE)


def is_undated_scene_caption(line: str) -> bool:
    """Return True when `line` captions a picture: a scene in the present ("trucks gather near a
    site attacked ...") placed in Afghanistan and credited to an agency, undated or dated by
    month and day alone, or a line an agency's photo credit closes ("... (AP Photo)") that gives
    no day (a weekday counts unless the credit says "File"). A picture may be of any day, so it
    tells no news."""
    ending = max(0, len(line) - 80)
    if _AGENCY_PHOTO_END.search(line, ending) and not _MONTH_DAY.search(line) and not (
            _WEEKDAY.search(line) and not _FILE_CREDIT.search(line, ending)):
        return True  # a caption giving its day shows that day's scene ("... clashes in X, Aug. 1, 2021. (AP Photo)")
    placed = _PLACED_CREDIT_END.search(line, ending) or _PLACED_AGENCY_END.search(line, ending)
    return bool(placed and (_SCENE_VERB.search(line) or _GOING_VERB.search(line)))


# "... (Photo by Jane Doe/Anadolu Agency/Getty Images)": a picture agency's credit closing its caption
# or an agency's slash credit ("... 22 August 2016. EPA/STRINGER", "REUTERS/Jane Doe/File Photo")
_CREDIT_END = re.compile(r"\((?:photo|picture|image)s?\s*(?:by\b|:)\s*[^()]{2,90}\)\s*\.?\s*$"
                         r"|\b(?:epa(?:-efe)?|reuters|afp|ap|xinhua|anadolu|getty\s+images)/[A-Za-z][\w .'/-]{1,50}\s*$", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def archive_credit_paragraph(paragraph: str, published: dt.date | None) -> bool:
    """Return True when `paragraph` is an agency's caption of an older picture: it ends with the
    agency's photo credit and every year it gives is another than the report's ("Soldiers patrol
    the crossing on February 18, 2017. Pakistan closed two crossings after ... (Photo by ...)").
    None of its sentences is the report's news."""
    if published is None or not _CREDIT_END.search(paragraph, max(0, len(paragraph) - 120)):
        return False
    years = {int(year) for year in _YEAR.findall(paragraph)}
    return bool(years) and published.year not in years


_PICTURE_WORDS = ("photo", "pictur", "image", "file", "archive", "footage")


def picture_word_positions(low: str) -> list[int]:
    """Return the sorted positions in lower-cased text of the words a picture's caption uses
    ("photo", "file", ...)."""
    found = []
    for word in _PICTURE_WORDS:
        at = low.find(word)
        while at >= 0:
            found.append(at)
            at = low.find(word, at + 1)
    return sorted(found)
