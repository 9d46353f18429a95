"""A fraction word of the X分之Y kind right after an amount (issue 10): '师资课酬75.00万元，接近三分之一' is that amount's
share of its whole (31.25 %) read at the reach such a word has right after a stated rate — five points — not at
the digits of 33.33…; the wrong fraction still fails on its side (接近四分之一: 31.25 % is above a quarter).

A city youth palace's art-training project (drafter's project YAML: 全年执行数 and its tasks' 任务涉及金额).
"""

from __future__ import annotations

from decimal import Decimal as D

from drafter.check import SourceData, check

PALACE = SourceData(name="input.yaml", data={
    "项目名称": "2024年青少年公益艺术培训项目", "被评价年度": 2024, "表格类型": "项目支出", "实施单位": "某市青少年宫",
    "项目资金": {"单位": "万元", "年初预算数": D("250.00"), "全年预算数": D("248.00"), "全年执行数": D("240.00")},
    "主要任务": [
        {"编号": "任务1", "任务": "师资课酬", "任务涉及金额": D("75.00")},      # 31.25 %
        {"编号": "任务2", "任务": "场地与器材", "任务涉及金额": D("96.00")},    # 40.00 %
        {"编号": "任务3", "任务": "课程开发", "任务涉及金额": D("26.40")},      # 11.00 %
        {"编号": "任务4", "任务": "展演活动", "任务涉及金额": D("42.60")}]})    # 17.75 %


def last(text: str) -> tuple[str, str]:
    return [(m.text, m.status) for m in check(text, [PALACE]).mentions if m.status != "ignored"][-1]


def test_nearly_a_third_right_after_an_amount_is_read_at_a_fractions_reach():
    assert last("师资课酬75.00万元，接近三分之一。") == ("接近三分之一", "derived")  # 75.00 ÷ 240.00 = 31.25 %
    assert last("师资课酬75.00万元，约三分之一。") == ("约三分之一", "derived")
    assert last("师资课酬75.00万元，接近四分之一。") == ("接近四分之一", "unsupported")  # above a quarter
    assert last("展演活动42.60万元，接近三分之一。") == ("接近三分之一", "unsupported")  # 17.75 %
