"""A long dash-bracketed list after a plural head stays one clause with its verb (`frontmap.extract.clauses`)."""

from frontmap.extract import clauses
from frontmap.extract.text import text_view


def _clauses(sentence: str) -> list[str]:
    text, _view = clauses.list_semicolons_as_commas(sentence, text_view(sentence))
    return [text[a:b] for a, b, _sub in clauses.clause_spans(text)]


def test_a_long_list_of_located_cities_is_an_aside():
    sentence = ("The three cities — Pul-i-Khumri, in Baghlan Province; Farah, the capital of the province of the same name; "
                "and Faizabad, in Badakhshan Province — fell to the Taliban on Tuesday.")
    assert len(_clauses(sentence)) == 1


def test_a_long_aside_without_a_plural_head_still_cuts():
    sentence = ("The Taliban pressed on — officials in Kabul said on Monday that reinforcements had been promised to the "
                "governor for weeks but never arrived in the north of the province — and took Khan Abad.")
    assert len(_clauses(sentence)) > 1
