from frontmap.extract.capital_dates import cased_dates
from frontmap.extract.date_expressions import find_date_expressions


def test_a_headline_in_capitals_names_its_day():
    assert [e.text for e in find_date_expressions("TALIBAN SEIZE X ON TUESDAY")] == ["Tuesday"]
    assert [e.text for e in find_date_expressions("TALIBAN SEIZE X ON AUG 6")] == ["Aug 6"]
    assert [e.text for e in find_date_expressions("FIGHTING IN X SINCE AUG. 6")] == ["Aug. 6"]


def test_positions_kept_and_verbs_left_alone():
    line = "TALIBAN MAY SEIZE X ON  FRIDAY, OFFICIALS SAY"
    assert len(cased_dates(line)) == len(line)
    assert "MAY SEIZE" in cased_dates(line)
    assert cased_dates("the UN said on MONDAY it would act") == "the UN said on MONDAY it would act"


def test_every_month_and_weekday_in_capitals_is_read():
    for word, usual in (("SEPT", "Sept"), ("JUNE", "June"), ("JULY", "July"), ("DECEMBER", "December"), ("JAN", "Jan")):
        assert cased_dates(f"GUNMEN STORM X COMPOUND ON {word} 3") == f"GUNMEN STORM X COMPOUND on {usual} 3"
    assert cased_dates("GUNMEN STORM X COMPOUND LATE WEDNESDAY") == "GUNMEN STORM X COMPOUND late Wednesday"
    assert cased_dates("GUNMEN STORM X COMPOUND IN DAYLIGHT") == "GUNMEN STORM X COMPOUND IN DAYLIGHT"
