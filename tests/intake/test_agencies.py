"""The agency and outlet of an article come from its dateline when the manifest names none."""

from __future__ import annotations

import pytest

from frontmap.intake.agencies import agency_in_dateline, outlet_and_agency


@pytest.mark.parametrize("text, agency", [
    ("Fighting in the north\n\nKUNDUZ, Afghanistan, Aug 6 (Reuters) - Clashes went on.", "Reuters"),
    ("KABUL (AP) - The airport road was closed on Monday.", "AP"),
    ("AFP | Kabul\nThe city was quiet on Sunday.", "AFP"),
    ("Headline\nHERAT, July 30 (AFP) - Government forces held the city.", "AFP"),
    ("The AP reported heavy fighting, and a map was published.", None),
    ("Headline\n\nThe Taliban took the town, officials said.", None),
])
def test_agency_in_dateline(text, agency):
    assert agency_in_dateline(text) == agency


def test_the_manifest_wins_and_blanks_are_filled():
    text = "KABUL (AP) - The road was closed."
    assert outlet_and_agency(text, "", "") == ("Associated Press", "AP")
    assert outlet_and_agency(text, "Kabul Times", "") == ("Kabul Times", "AP")
    assert outlet_and_agency(text, "Kabul Times", "Reuters") == ("Kabul Times", "Reuters")
    assert outlet_and_agency("No dateline here.", "", "") == ("", "")


def test_uploaded_article_gets_its_outlet_from_the_dateline(tmp_path):
    from frontmap.intake.articles import read_corpus

    (tmp_path / "a.txt").write_text(
        "Kunduz clashes\n\nKUNDUZ, Afghanistan, Aug 6 (Reuters) - Clashes went on in the city on Friday.\n",
        encoding="utf-8")
    article = read_corpus(tmp_path).articles[0]
    assert (article.outlet, article.agency) == ("Reuters", "Reuters")
