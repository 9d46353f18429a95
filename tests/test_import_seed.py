"""The seed — OCR text of a real 部门整体支出绩效自评表 — imports with every budget figure, task amount and
key-project figure of the hand transcription (examples/tianhe-2022/input.yaml); what the OCR garbled is
listed as warnings, never filled in."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.forms import import_form
from drafter.load import load_input

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "tianhe-2022"


@pytest.fixture(scope="module")
def seed():
    return import_form(EXAMPLE / "seed-ocr.txt")


@pytest.fixture(scope="module")
def transcribed():
    return load_input(EXAMPLE)


def test_seed_budget_figures_equal_the_transcription(seed, transcribed, tmp_path_factory):
    report = load_input(seed.write(tmp_path_factory.mktemp("seed") / "tianhe"))
    a, b = report.budget, transcribed.budget
    assert (a.unit, a.initial, a.adjusted, a.actual) == (b.unit, b.initial, b.adjusted, b.actual)
    assert (a.stated_completion_rate, a.stated_adjustment_rate) == (b.stated_completion_rate, b.stated_adjustment_rate)
    assert [(line.name, line.actual) for line in a.lines] == [(line.name, line.actual) for line in b.lines]
    assert (report.unit, report.year, report.form) == (transcribed.unit, transcribed.year, transcribed.form)


def test_seed_task_amounts_equal_the_transcription(seed, transcribed):
    tasks = seed.input["主要任务"]
    assert [t["任务"] for t in tasks] == [t.id for t in transcribed.tasks]
    assert [t["任务涉及金额"] for t in tasks] == [t.amount for t in transcribed.tasks]


def test_seed_key_project_figures_equal_the_transcription(seed, transcribed):
    got = [(p["项目名称"], p["全年预算数"], p["执行数"]) for p in seed.input["重点项目"]]
    assert got == [(p.name, p.budget, p.actual) for p in transcribed.key_projects]


def test_seed_indicators_read_are_those_of_the_transcription_and_the_rest_is_listed(seed, transcribed):
    from drafter.schema import Indicator

    expected = {i.name: i for t in transcribed.tasks for i in t.indicators}
    read = [(t["任务"], Indicator.model_validate(i)) for t in seed.input["主要任务"] for i in t.get("关键指标", [])]
    exact = [(task, i) for task, i in read if i.name in expected]
    assert len(exact) >= 12
    for _, i in exact:
        e = expected[i.name]
        assert (i.actual, i.unit if i.actual is not None else None) == (e.actual, e.unit if e.actual is not None else None)
    warnings = [str(w) for w in seed.warnings]
    assert any("第53行" in w and "无法逐一对应" in w for w in warnings), "任务2's wrapped indicators are listed"
    assert any("50.10" in w and "59.12" in w for w in warnings), "the OCR ghost amount is named, not hidden"
    assert any("100% 深化危险化学品安全监管" in w for w in warnings)


def test_seed_problems_and_measures_are_the_units_own_text(seed):
    assert seed.input["已填存在问题"] == ["实施项目过程中不确定因素较多,绩效指标设置难以全面涵盖。"]
    assert seed.input["已填改进措施"][0].startswith("一是加强绩效管理")


def test_seed_narrative_goes_to_logs_with_its_lines(seed):
    titles = [log.title for log in seed.logs]
    assert "任务1-目标完成情况" in titles and "正文" in titles
    assert all("第" in log.place for log in seed.logs)
