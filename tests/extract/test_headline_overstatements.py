"""A headline's capture of a whole province gives way when the body tells it as districts or
parts of the province (invented reports, shipped gazetteer, published Sunday 2021-08-01)."""

from __future__ import annotations

import pytest
from test_events import summary
from test_rules import finder  # noqa: F401  (finder: the shared fixture, over the shipped gazetteer)


@pytest.mark.parametrize(("text", "expected"), [
    # the body counts districts it does not name: no event of the province
    ("Taliban seize Badakhshan province\n\nThe Taliban captured a few districts in northeastern Badakhshan on Saturday, officials said.", []),
    ("Taliban take Takhar province\n\nTaliban fighters captured several districts of Takhar province on Saturday, including Darqad, officials said.",
     [("Darqad", "taliban", "2021-07-31")]),
    # the body tells the whole province taken: the headline stands with it
    ("Taliban seize Badakhshan province\n\nThe Taliban took control of the whole of Badakhshan province on Saturday, officials said.",
     [("Badakhshan", "taliban", "2021-07-31")]),
])
def test_a_headline_province_yields_to_the_body_s_districts(finder, text, expected):
    assert summary(finder, text) == expected
