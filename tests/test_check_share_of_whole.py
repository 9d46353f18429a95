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
