"""接近 / 近 + a fraction word at its lower edge (issue 10): a share is read at a tenth of the word's step (a whole
percent for 一半 / 九成) — "占44.86%，接近一半" is near half (45 %), "占44.35%，接近一半" is not (44 %), and a share
above the word (50.20 %) is never 接近 it.

A township health centre's project form: the whole and three spending lines.
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="自评表.md", text=(
    "# 2024年度基本医疗设备更新项目支出绩效自评表（某乡卫生院）\n\n金额单位：万元\n\n"
    "| 项目 | 全年预算数 | 全年执行数 |\n| --- | --- | --- |\n| 项目资金合计 | 205.00 | 200.00 |\n"
    "| 其中：设备购置 | 92.00 | 89.72 |\n| 信息系统改造 | 90.00 | 88.70 |\n| 人员培训 | 23.00 | 21.58 |\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_a_share_a_half_percent_below_the_edge_is_near_half():
    got = status("项目执行200.00万元，其中设备购置89.72万元，占44.86%，接近一半。")
    assert (got["44.86%"], got["接近一半"]) == ("derived", "derived")  # 89.72 ÷ 200.00


def test_a_share_a_whole_percent_below_the_edge_is_not():
    got = status("项目执行200.00万元，其中信息系统改造88.70万元，占44.35%，接近一半。")
    assert (got["44.35%"], got["接近一半"]) == ("derived", "unsupported")


def test_a_share_above_the_word_is_never_near_it():
    got = status("项目执行200.00万元，设备购置与人员培训合计111.30万元，占55.65%，接近一半。")
    assert got["接近一半"] == "unsupported"
