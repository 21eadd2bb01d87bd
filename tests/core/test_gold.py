"""The gold measure: scripts/score_gold.py's rules, and the pipeline's recall and precision.

Targets (../shared/gold/README.md): recall >= 0.9 on required rows, precision >= 0.9.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from project_scripts import load_project_module

from frontmap.paths import PROJECT_ROOT

_GOLD = PROJECT_ROOT.parent / "shared" / "gold" / "events_dev.csv"

score_gold = load_project_module("scripts/score_gold.py")
D = dt.date


def gold_row(unit="D1", status="contested", date_from=D(2021, 7, 30), date_to=D(2021, 7, 31), required=True, item="1"):
    return score_gold.GoldRow("f.txt", item, "X", unit, status, date_from, date_to, required, "")


def pred(unit="D1", status="contested", date=D(2021, 7, 30), item="1", file="f.txt"):
    return score_gold.Prediction(file, item, unit, status, date)


def test_match_needs_file_item_unit_status_and_date_in_window():
    row = gold_row()
    assert row.matches(pred())
    assert row.matches(pred(date=D(2021, 7, 31)))
    assert not row.matches(pred(date=D(2021, 8, 1)))
    assert not row.matches(pred(date=None))
    assert not row.matches(pred(status="taliban"))
    assert not row.matches(pred(unit="D2"))
    assert not row.matches(pred(item=""))
    assert not row.matches(pred(file="g.txt"))


def test_recall_over_required_rows_precision_with_duplicates_once():
    gold = [gold_row(), gold_row(unit="D2", required=False), gold_row(unit="D3")]
    predictions = [
        pred(), pred(),  # the same unit+status+date in one article: counted once
        pred(unit="D2"),  # matches a row that is not required: still a right prediction
        pred(unit="D9"),  # wrong
        pred(unit="D9", file="other.txt"),  # a file the gold does not cover: not scored
    ]
    result = score_gold.score(gold, predictions)
    assert (result.matched_required, result.required) == (1, 2)
    assert result.recall == pytest.approx(0.5)
    assert (result.matched_predictions, result.predictions) == (2, 3)
    assert [r.unit for r in result.missed] == ["D3"]
    assert [p.unit for p in result.unmatched] == ["D9"]


def test_reads_gold_and_events_csv(tmp_path):
    events = tmp_path / "events.csv"
    events.write_text(
        "event_id,article_id,file,item,place,district_id,province_code,status,event_date,date_basis,excerpt,confidence\n"
        "e1,a1,f.txt,1,X,D1,AF-HER,contested,2021-07-30,explicit,Fighting.,0.8\n"
        "e2,a1,f.txt,1,Herat,,AF-HER,contested,2021-07-30,explicit,Fighting.,0.8\n",
        encoding="utf-8",
    )
    read = score_gold.read_predictions(events)
    assert [(p.unit, p.item, p.date) for p in read] == [("D1", "1", D(2021, 7, 30)), ("AF-HER", "1", D(2021, 7, 30))]
    gold = score_gold.read_gold(_GOLD)
    assert sum(row.required for row in gold) > 10
    assert all(row.date_from <= row.date_to for row in gold)


def test_pipeline_meets_the_targets_on_the_dev_gold(sample_corpus):
    result = score_gold.score(score_gold.read_gold(_GOLD), score_gold.predict(sample_corpus))
    missed = [f"{r.file}#{r.item} {r.place} {r.status}" for r in result.missed]
    unmatched = [f"{p.file}#{p.item} {p.place} {p.status} {p.date}" for p in result.unmatched]
    assert result.recall >= 0.9, missed
    assert result.precision >= 0.9, unmatched


def test_script_prints_figures(capsys, sample_corpus):
    assert score_gold.main(["--corpus", str(sample_corpus)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("recall") and "precision" in out


def test_script_names_a_missing_gold(tmp_path):
    with pytest.raises(SystemExit):
        score_gold.main(["--gold", str(tmp_path / "missing.csv")])


def test_gold_path_is_beside_the_project():
    assert Path(score_gold.DEFAULT_GOLD) == _GOLD
