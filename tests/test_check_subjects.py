"""Which fact a figure belongs to (issue 10): a match needs value, unit and a compatible subject — the row of a
pasted form, the thing a figure counts, the year it is of, and whether it is a target or the result."""

from __future__ import annotations

from pathlib import Path

from drafter.check import SourceData, SourceText, check

HERE = Path(__file__).parent / "check_subjects"
# A relief station's self-evaluation form pasted as pipe text: indicator rows whose last cell (偏差原因) is empty.
RELIEF = SourceText(name="救助管理站自评表.txt", text=(HERE / "救助管理站自评表.txt").read_text(encoding="utf-8"))


def status(text: str, *sources: SourceText | SourceData) -> dict[str, str]:
    return {m.text: m.status for m in check(text, list(sources)).mentions if m.status != "ignored"}


def test_a_pipe_row_with_empty_cells_keeps_its_columns():
    got = status("护送返乡率96.8%，身份查询核实平均5天，人均救助成本2238元。", RELIEF)
    assert got == {"96.8%": "exact", "5天": "exact", "2238元": "exact"}, got


def test_a_pipe_row_value_does_not_belong_to_another_row():
    assert status("护送返乡率88.5%。", RELIEF) == {"88.5%": "unsupported"}
    assert status("受助人员满意度96.8%。", RELIEF) == {"96.8%": "unsupported"}
    assert status("受助人员满意度88.5%。", RELIEF) == {"88.5%": "exact"}


def test_the_goal_sentence_over_a_table_is_no_caption_of_its_rows():
    # the 年度总体目标 line above the indicator table names 护送返乡率, but the satisfaction row is not about it
    got = status("护送返乡率达到88.5%。", RELIEF)
    assert got == {"88.5%": "unsupported"}, got


def test_the_whole_relief_report_is_traced_as_labelled():
    text = ("2023年，救助管理经费全年预算352.60万元，执行318.45万元，执行率90.31%，结余34.15万元，"
            "较年初预算调减27.40万元。\n全年救助流浪乞讨人员1326人次，完成目标的88.4%，比目标少174人次；"
            "街面巡查236次，超出目标36次。\n护送返乡率96.8%，身份查询核实平均5天，人均救助成本2238元，"
            "控制在2500元以内。\n受助人员满意度88.5%，接近九成。\n")
    report = check(text, [RELIEF])
    assert report.ok, [(m.text, m.reason) for m in report.unsupported]
