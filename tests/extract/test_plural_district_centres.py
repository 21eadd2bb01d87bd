""""The district centres" speaks of many districts at once: it points at no single district named
before (not the last of a list), where "the district centre" still points at one. Sentences of our
own, in the style of June 2021 reports."""

from __future__ import annotations

import pytest

from frontmap.extract.references import DEFINITE


@pytest.mark.parametrize(("text", "found"), [
    ("troops under siege in the district centres for weeks", False),
    ("troops under siege in the district centers for weeks", False),
    ("troops under siege in the district centre for weeks", True),
    ("troops under siege in the district for weeks", True),
])
def test_plural_district_centres_name_no_one_district(text, found):
    assert (DEFINITE.search(text) is not None) is found
