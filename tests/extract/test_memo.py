"""The per-sentence and per-object answers of extract/memo.py are worked out once and kept."""

from frontmap.extract.memo import article_scope, once, per_article, per_index


class _Counting:
    def __init__(self):
        self.asked: list[int] = []
        self.read = 0

    @per_index
    def double(self, index: int) -> int:
        self.asked.append(index)
        return index * 2

    @once
    def cues(self) -> list[int]:
        self.read += 1
        return [self.read]


def test_an_index_is_worked_out_once_per_object():
    first, second = _Counting(), _Counting()
    assert [first.double(3), first.double(3), first.double(4)] == [6, 6, 8]
    assert first.asked == [3, 4]
    assert second.double(3) == 6 and second.asked == [3]


def test_a_none_answer_is_kept_too():
    class Nothing:
        calls = 0

        @per_index
        def answer(self, index: int) -> None:
            Nothing.calls += 1

    nothing = Nothing()
    assert nothing.answer(1) is None and nothing.answer(1) is None
    assert Nothing.calls == 1


def test_a_property_is_read_once_and_kept_on_its_object():
    first, second = _Counting(), _Counting()
    assert first.cues is first.cues
    assert first.read == 1 and second.cues == [1]
    assert isinstance(_Counting.cues, once)


_READ: list[str] = []


@per_article
def _words(sentence: str) -> list[str]:
    _READ.append(sentence)
    return sentence.split()


def test_inside_an_article_a_sentence_is_read_once_and_each_caller_gets_its_own_list():
    _READ.clear()
    with article_scope():
        first = _words("Forces retook the town")
        first.append("changed")
        assert _words("Forces retook the town") == ["Forces", "retook", "the", "town"]
        assert _words("Clashes went on") == ["Clashes", "went", "on"]
    assert _READ == ["Forces retook the town", "Clashes went on"]


def test_nothing_is_kept_from_one_article_to_the_next_nor_outside_one():
    _READ.clear()
    with article_scope():
        _words("The district fell")
    with article_scope():
        _words("The district fell")
    _words("The district fell")
    _words("The district fell")
    assert len(_READ) == 4


def test_a_sentence_view_is_worked_out_once_per_article_and_the_same_as_ever():
    from frontmap.extract.memo import article_scope
    from frontmap.extract.text import text_view

    sentence = "Taleban fighters entered Kunduz's main square, residents said."
    plain = text_view(sentence)
    with article_scope():
        first = text_view(sentence)
        assert text_view(sentence[:]) is first  # asked again by another rule: the view kept
        assert first == plain == "taliban fighters entered kunduz s main square  residents said "


def test_a_line_kind_is_read_once_per_article_and_the_same_as_ever(monkeypatch):
    from frontmap.extract import date_lines

    parsed = []
    monkeypatch.setattr(date_lines, "find_date_expressions", lambda text: parsed.append(text) or [])
    line = "12 August: the provincial council met in the morning"
    plain = date_lines.line_kind(line)
    with article_scope():
        assert [date_lines.line_kind(line), date_lines.line_kind(line), date_lines.is_heading(line)] == [plain] * 2 + [False]
    assert len(parsed) == 2  # once outside the article, once inside it


def test_answers_asked_again_within_an_article_are_kept_and_the_same_as_ever():
    from frontmap.extract import captions, coming_days, date_lookahead, place_scope, retracted_reports, text, turn_takers

    sentence = "Officials said the Taleban had taken Alpha city, but later said the report was wrong; Beta followed."
    view = text.text_view(sentence)
    asks = [
        (text.reading_text, (sentence,)), (turn_takers.takes_its_turn, (sentence, 86, 90)),
        (place_scope.called_a_city, (view, 37, 42, sentence)), (captions.is_caption, (sentence,)),
        (retracted_reports.withdrawn, (sentence, "taken")), (date_lookahead._dates_itself, ("Beta fell on Monday.",)),
        (coming_days.names_a_coming_day, ("a truce starting on ", "Friday")),
    ]
    plain = [ask(*args) for ask, args in asks]
    assert plain[0] == sentence.replace("Taleban", "Taliban") and plain[1] and plain[2] and plain[6]
    with article_scope():
        assert [ask(*args) for ask, args in asks] == plain == [ask(*args) for ask, args in asks]
    assert all(hasattr(ask, "__wrapped__") for ask, _ in asks)  # per article (memo.per_article)
