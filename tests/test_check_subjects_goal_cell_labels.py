"""The official forms' own goal labels make their prose cell a target: 项目支出绩效自评表 heads its goal row 年度总体目标
(two qualifiers before 目标), and units write 总体绩效目标 / 年度绩效总目标. A report's result that uses the goal's
words ("集中供养优抚对象64人") traces to the indicator's actual, while the goal's figure given as the result stays
unsupported — a county 光荣院's project form as a Markdown table."""

from __future__ import annotations

import pytest

from drafter.check import SourceText, check


def form(label: str) -> SourceText:
    return SourceText(name="自评表.md", text=(
        "| 项目名称 | 优抚对象集中供养项目 | | |\n|---|---|---|---|\n"
        f"| {label} | 集中供养优抚对象60人，开展健康体检120人次 | | |\n\n"
        "| 三级指标 | 年度指标值 | 实际完成值 | 分值 |\n|---|---|---|---|\n"
        "| 集中供养人数 | ≥60人 | 64人 | 10 |\n"
        "| 健康体检 | ≥120人次 | 132人次 | 10 |\n"))


LABELS = ["年度总体目标", "总体绩效目标", "年度绩效总目标"]


@pytest.mark.parametrize("label", LABELS)
def test_a_result_in_the_goals_words_traces_to_the_indicators_actual(label):
    said = {m.text: m.status for m in check("全年集中供养优抚对象64人，开展健康体检132人次。", [form(label)]).mentions}
    assert said == {"64人": "exact", "132人次": "exact"}


@pytest.mark.parametrize("label", LABELS)
def test_the_goals_figure_given_as_the_result_is_unsupported(label):
    said = {m.text: m.status for m in check("全年集中供养优抚对象60人。", [form(label)]).mentions}
    assert said["60人"] == "unsupported"
