"""A share of 总支出 (or 全部支出, 支出总额) is of the unit's whole spending, never of a breakdown whose 合计 is itself one
line of that whole (issue 10: "a share's operands are a part and its whole"). A department form states its total
(年度资金总额), its lines by nature (基本支出, 项目支出) and a 项目支出明细 whose 合计 equals 项目支出: 182.60 of 项目支出
1,052.36 is 17.35 %, of the whole 1,296.48 it is 14.08 %.

Unit: a general aviation airport management station (通用机场管理站).
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="部门整体支出绩效自评表.md", text=(
    "# 2025年度部门整体支出绩效自评表（建德市通用机场管理站）\n\n"
    "## 一、年度预算资金（单位：万元）\n\n"
    "| 资金项目 | 年初预算数 | 全年预算数 | 全年执行数 |\n|---|---:|---:|---:|\n"
    "| 年度资金总额 | 1,280.00 | 1,352.00 | 1,296.48 |\n"
    "| 按性质：基本支出 | 246.00 | 252.00 | 244.12 |\n"
    "| 项目支出 | 1,034.00 | 1,100.00 | 1,052.36 |\n\n"
    "## 二、项目支出明细（单位：万元）\n\n"
    "| 项目名称 | 全年预算数 | 全年执行数 |\n|---|---:|---:|\n"
    "| 跑道及助航灯光维护 | 420.00 | 401.26 |\n| 空管及气象保障 | 310.00 | 298.50 |\n"
    "| 消防救援保障 | 190.00 | 182.60 |\n| 飞行服务站运行 | 180.00 | 170.00 |\n| 合计 | 1,100.00 | 1,052.36 |\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_a_share_of_total_spending_is_of_the_whole():
    assert status("消防救援保障支出182.60万元，占总支出的14.08%。")["14.08%"] == "derived"


def test_a_share_of_total_spending_taken_of_the_project_breakdown_is_unsupported():
    assert status("消防救援保障支出182.60万元，占总支出的17.35%。")["17.35%"] == "unsupported"
    assert status("消防救援保障支出182.60万元，占全部支出的17.35%。")["17.35%"] == "unsupported"


def test_a_share_of_project_spending_is_of_the_breakdown():
    assert status("消防救援保障支出182.60万元，占项目支出的17.35%。")["17.35%"] == "derived"


SHEET = SourceText(name="部门整体支出绩效自评表.txt", text=(
    "2025年度部门整体支出绩效自评表\t\t\t\t\t\n"
    "部门（单位）名称\t建德市通用机场管理站\t\t\t单位：万元\t\n"
    "年度预算资金\t\t年初预算数\t全年预算数\t全年执行数\t执行率\n"
    "年度资金总额\t\t1280.00\t1352.00\t1296.48\t95.89%\n"
    "按来源分：区级财政拨款\t\t420.00\t420.00\t409.36\t97.47%\n"
    "省级通用机场运行补助\t\t860.00\t932.00\t887.12\t95.19%\n"
    "按性质分：基本支出\t\t246.00\t252.00\t244.12\t96.87%\n"
    "项目支出\t\t1034.00\t1100.00\t1052.36\t95.67%\n"
    "项目支出明细\t\t\t全年预算数\t全年执行数\t\n"
    "跑道及助航灯光维护\t\t\t420.00\t401.26\t\n"
    "空管及气象保障\t\t\t310.00\t298.50\t\n"
    "消防救援保障\t\t\t190.00\t182.60\t\n"
    "飞行服务站运行\t\t\t180.00\t170.00\t\n"
    "合计\t\t\t1100.00\t1052.36\t\n"))


def test_a_share_of_the_years_spending_in_an_excel_shaped_form_is_of_the_whole():
    # a sheet's lines by nature (基本支出 / 项目支出) and its 项目支出明细: the 明细's 合计 is no 全年支出
    said = lambda text: {m.text: m.status for m in check(text, [SHEET]).mentions}  # noqa: E731
    assert said("消防救援保障支出182.60万元，占全年支出的17.35%。")["17.35%"] == "unsupported"
    assert said("消防救援保障支出182.60万元，占全年支出的14.08%。")["14.08%"] == "derived"
    assert said("消防救援保障支出182.60万元，占项目支出的17.35%。")["17.35%"] == "derived"
