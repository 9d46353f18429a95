"""A form copied as text closes with its score line, "总分：91.55分　　自评等级：优": both are fields — 总分 is read as
the form's total, and neither that line nor the form's other field lines (项目名称：…, 单位：万元) is narrative. Before,
总分 was not read, and the line went into the form's 正文 log, from which the offline draft wrote "总分：91.55分自评
等级：优。" among the year's results. A free paragraph of the text is still 正文. Unit: a city labour-dispute
arbitration institute (劳动人事争议仲裁院)."""

from __future__ import annotations

from drafter.forms import import_form

FORM = """项目支出绩效自评表（2025年度）
项目名称：劳动人事争议调解仲裁项目
主管部门：衡阳市人力资源和社会保障局　　实施单位：衡阳市劳动人事争议仲裁院
单位：万元
| 项目资金 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |
| 年度资金总额 | 136.00 | 142.50 | 121.84 | 10 | 85.50% | 8.55 |
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 产出指标 | 数量指标 | 受理劳动人事争议案件 | ≥1800件 | 1926件 | 10 | 10 |
| 产出指标 | 质量指标 | 调解成功率 | ≥60% | 57.8% | 10 | 8 |
{extra}总分：91.55分　　自评等级：优
"""


def imported(tmp_path, extra: str = ""):
    path = tmp_path / "自评表.txt"
    path.write_text(FORM.format(extra=extra), encoding="utf-8")
    return import_form(path)


def test_the_score_line_gives_the_total_and_the_grade(tmp_path):
    got = imported(tmp_path)
    assert str(got.input["总分"]) == "91.55" and got.input["自评等级"] == "优"


def test_field_lines_are_no_narrative(tmp_path):
    narrative = "".join(log.text for log in imported(tmp_path).logs)
    assert "总分" not in narrative and "项目名称" not in narrative


def test_a_free_paragraph_is_still_narrative(tmp_path):
    got = imported(tmp_path, "说明：全年调解仲裁工作经局务会审定。\n")
    assert any("局务会审定" in log.text for log in got.logs if log.title == "正文")
