"""A text form headed by its field lines (项目名称：…, 实施单位：…, 单位：万元) is a form, not a report: those lines are
the form's fields, not prose — so a folder holding it beside a text log drafts (a city planning exhibition hall)."""

from __future__ import annotations

from drafter.forms import is_form

FORM = ("项目支出绩效自评表（2025年度）\n项目名称：城市规划展览馆运营与公众开放项目\n实施单位：某市城市规划展览馆\n单位：万元\n"
        "| 项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |\n|---|---|---|---|---|\n"
        "| 年度资金总额 | 150.00 | 138.00 | 131.22 | 95.09% |\n"
        "| 三级指标 | 年度指标值 | 实际完成值 |\n|---|---|---|\n| 接待参观人次 | ≥12万人次 | 13.6万人次 |\n")


def test_a_text_form_headed_by_field_lines_is_a_form(tmp_path):
    path = tmp_path / "自评表.txt"
    path.write_text(FORM, encoding="utf-8")
    assert is_form(path)


def test_a_report_with_a_table_stays_a_report(tmp_path):
    path = tmp_path / "自评报告.txt"
    path.write_text("2025年，我馆围绕城市规划宣传展示，全年接待参观13.6万人次，举办规划主题展览7场，讲解服务864场，"
                    "观众满意度92.7%。下一步将进一步完善展陈内容，提升讲解服务水平，扩大公众参与面。\n" + FORM.split("\n", 4)[4],
                    encoding="utf-8")
    assert not is_form(path)
