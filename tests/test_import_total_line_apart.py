"""A space-aligned text form (a Word table saved as text, a fixed-width print) sets its labels apart by gaps, not
colons, and prints its 总分 row apart from the indicator table, after a blank line:

    年度总体目标      预期目标      全年举办公益培训不少于40期……
                      实际完成情况  全年举办公益培训43期……
    总分              100    96.32

The 预期目标 / 实际完成情况 lines are the form's goal fields; the 总分 line is its score row — 分值 then 得分. None of
them, nor the form's title line, is a sentence of the unit's narrative that the draft would quote as prose."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from drafter.forms import import_form

FORM = """项目支出绩效自评表
（2025年度）

项目名称          2025年乡镇综合文化站免费开放项目
主管部门          大理州文化和旅游局
实施单位          大理州群众艺术馆

资金（万元）            年初预算数    全年预算数    全年执行数    分值    执行率    得分
年度资金总额            86.00         86.00         80.12         10      93.16%    9.32

年度总体目标      预期目标      全年举办公益培训不少于40期，服务群众不少于2万人次。
                  实际完成情况  全年举办公益培训43期，服务群众2.36万人次。

一级指标     二级指标             三级指标               年度指标值   实际完成值   分值   得分   偏差原因分析及改进措施
产出指标     数量指标             公益培训期数           ≥40期        43期         30     30     —
效益指标     社会效益指标         服务群众人次           ≥2万人次     2.36万人次   30     30     —
满意度指标   服务对象满意度指标   群众满意度             ≥90%         88%          30     27     问卷显示夜间开放时段偏少；明年增开周末夜场。

总分              100    96.32

填报人：杨丽    联系电话：0872-2123456    填报日期：2026年2月12日
"""


def _form(tmp_path: Path) -> Path:
    path = tmp_path / "大理州群众艺术馆2025年项目支出绩效自评表.txt"
    path.write_text(FORM, encoding="utf-8")
    return path


def test_a_total_line_apart_from_the_table_is_the_forms_score(tmp_path):
    assert import_form(_form(tmp_path)).input["总分"] == Decimal("96.32")


def test_gap_separated_goal_lines_are_the_forms_goal_fields(tmp_path):
    result = import_form(_form(tmp_path))
    assert result.input["年度总体目标"] == ["全年举办公益培训不少于40期，服务群众不少于2万人次。"]
    done = {log.title: log.text for log in result.logs}["年度总体目标-实际完成情况"]
    assert done == "全年举办公益培训43期，服务群众2.36万人次。"


def test_no_label_line_total_line_or_title_of_the_form_is_narrative(tmp_path):
    narrative = "\n".join(log.text for log in import_form(_form(tmp_path)).logs)
    for furniture in ("总分", "预期目标", "实际完成情况", "绩效自评表"):
        assert furniture not in narrative, narrative
