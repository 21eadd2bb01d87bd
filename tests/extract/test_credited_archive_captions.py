"""An agency's credited caption of an older picture: none of its sentences is the report's news."""

import datetime as dt

from frontmap.extract.captions import archive_credit_paragraph

_DAY = dt.date(2021, 7, 25)
_OLD = ("CHAMAN, PAKISTAN - MARCH 3: Troops stand at the gate on March 3, 2017. Pakistan closed two crossings "
        "after an attack. (Photo by John Roe/Agency/Getty Images)")


def test_a_credited_caption_of_another_year_is_no_news():
    assert archive_credit_paragraph(_OLD, _DAY)


def test_a_credited_caption_of_the_reports_year_or_with_no_year_may_be_news():
    assert not archive_credit_paragraph(_OLD.replace("2017", "2021"), _DAY)
    assert not archive_credit_paragraph(_OLD.replace(", 2017", ""), _DAY)


def test_a_paragraph_with_no_credit_at_its_end_is_not_such_a_caption():
    assert not archive_credit_paragraph(_OLD.replace(" (Photo by John Roe/Agency/Getty Images)", ""), _DAY)
    assert not archive_credit_paragraph(_OLD, None)
