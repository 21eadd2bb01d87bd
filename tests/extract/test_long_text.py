"""Text of any shape reaches every stage in pieces of bounded length, and splitting stays linear."""

from __future__ import annotations

from frontmap.extract.text import MAX_SENTENCE_CHARS, split_sentences
from frontmap.intake.split import MIN_ARTICLE_CHARS, split_articles


def test_a_paragraph_without_sentence_ends_is_cut_at_spaces():
    text = "Taliban fighters " + "pushed into Kunduz and clashed near Herat, " * 2000
    spans = split_sentences(text)
    assert len(spans) > 1
    assert all(0 < end - start <= MAX_SENTENCE_CHARS for start, end in spans)
    assert all(text[end] == " " for _, end in spans[:-1])  # cut at a space, never inside a word
    assert all(not text[start].isspace() for start, _ in spans)
    assert "".join(text[start:end] for start, end in spans).replace(" ", "") == text.replace(" ", "")  # nothing lost


def test_text_without_any_space_is_cut_at_the_limit():
    text = "KunduzHeratGhazni" * 1000
    spans = split_sentences(text)
    assert [end - start for start, end in spans[:-1]] == [MAX_SENTENCE_CHARS] * (len(spans) - 1)
    assert spans[-1][1] == len(text)


def test_ordinary_sentences_are_not_touched():
    text = "Taliban fighters captured Kunduz on Sunday. Officials said the city fell after days of clashes."
    assert split_sentences(text) == [(0, 43), (44, len(text))]


def test_thousands_of_short_pieces_are_joined_into_one_article():
    pieces = [f"Short note {n} from the north\n=====\n" for n in range(5000)]
    (article,) = split_articles("".join(pieces))
    assert "Short note 0 from" in article and "Short note 4999 from" in article
    assert len(article) > MIN_ARTICLE_CHARS
