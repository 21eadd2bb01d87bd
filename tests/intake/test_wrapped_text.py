"""Hard-wrapped text files (lines cut at a fixed width, as plain-text wire feeds and mail print
them) are read like the same report with one paragraph a line."""

from __future__ import annotations

import textwrap

import pytest

from frontmap.intake.split import split_articles

REPORT = """Insurgents take Aybak after elders broker a deal
AYBAK, Aug 10 (Wire) - Taliban fighters moved into Aybak, the capital of Samangan province, on Monday after tribal elders persuaded the garrison to hand over the town without a fight, the deputy governor said on Tuesday.

He said soldiers had left for Mazar-i-Sharif overnight and that shops in the main bazaar had reopened by the afternoon, although the roads north of the town remained closed.
"""


def _wrapped(text: str, width: int) -> str:
    lines = text.split("\n")
    return "\n".join([lines[0]] + ["\n".join(textwrap.wrap(line, width)) if line.strip() else line for line in lines[1:]])


@pytest.mark.parametrize("width", [48, 60, 72, 80])
def test_a_hard_wrapped_report_reads_as_its_paragraphs(width):
    assert split_articles(_wrapped(REPORT, width)) == split_articles(REPORT)


def test_a_word_broken_at_its_hyphen_is_joined_whole():
    paragraph = "KABUL, Aug 14 - Taliban fighters entered the centre of Mazar-i-Sharif on Saturday after government forces fled towards the Uzbek border, officials said."
    text = "Fall of the north\n" + paragraph + "\n"
    broken = [width for width in range(44, 90) if any(line.endswith("-") for line in textwrap.wrap(paragraph, width))]
    assert broken  # the wrapping does cut the name at a hyphen somewhere
    for width in broken:
        assert split_articles(_wrapped(text, width)) == split_articles(text)


@pytest.mark.parametrize(
    "text",
    [
        "Timeline of a week\nAug 11 - FAIZABAD: The Badakhshan capital falls after the army retreats, a council member says.\n"
        "Aug 12 - GHAZNI: The city falls; its governor is later detained on the road to Kabul.\n",
        "Where the fronts stood\nKABUL, July 25 - Provincial officials gave this account of the south on Sunday.\n"
        "• Kandahar: Taliban fighters attacked the western edge of the city overnight.\n• Qalat: the roads were quiet.\n",
        "Border trade resumes\nTaliban fighters patrol in Zaranj, the capital of Nimroz province. REUTERS/Stringer\n"
        "ZARANJ, Aug 16 - Traders said on Monday that the crossing to Iran had reopened to trucks.\n",
    ],
    ids=["timeline", "bullets", "caption-then-dateline"],
)
def test_short_lines_of_their_own_stay_apart(text):
    assert split_articles(text)[0].split("\n") == text.strip().split("\n")


def test_a_report_with_one_paragraph_a_line_is_left_as_it_is():
    assert split_articles(REPORT) == [REPORT.strip()]


@pytest.mark.parametrize(
    "paragraph",
    [
        # a short report: one paragraph wrapped into two lines, only one of them full
        "GHAZNI, July 14 (Wire) - Insurgents overran the centre of Jaghatu district late on Tuesday, a provincial council member said.",
        # a day's number after a month's abbreviation is no numbered item
        "KABUL, Aug 15 - The first provincial capital to go was Zaranj, on Aug. 6. Sheberghan went the following day, and Kunduz, Sar-e Pul and Taloqan the day after that, officials said.",
        # a list's semicolons go on in the line after
        "KABUL, July 2 - Troops abandoned Khanabad in Kunduz; Burka in Baghlan; Almar in Faryab; Qaysar, Pashtun Kot and Bilchiragh in Faryab; and Chahar Sada in Ghor on Thursday.",
    ],
    ids=["two-lines", "month-abbreviation", "semicolons"],
)
def test_a_short_wrapped_paragraph_is_joined(paragraph):
    text = "District news\n" + paragraph + "\n"
    # widths whose breaks fall mid-sentence (a break after a full stop reads as a paragraph's end)
    widths = [w for w in range(60, 100) if len(lines := textwrap.wrap(paragraph, w)) > 1
              and not any(line.endswith((". ", "day.", "6.")) for line in lines[:-1])]
    assert widths
    for width in widths:
        assert split_articles(_wrapped(text, width)) == split_articles(text), width
