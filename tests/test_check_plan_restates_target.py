"""A next year's plan that keeps this year's target (issue 10): 2026年…按不低于8万剂安排 / …保持300份以上 restates
the target the sources set for the item its words name — a plain 计划 figure or a bound (≥300份) — whether the plan
writes it as a bound or a bare figure. An invented plan quantity, or another item's target, stays unsupported.

Units of our own: 吐鲁番市苗医药研究所 (an indicator table, and a data file whose 计划 figures are bare, their measure
words in a legend).
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

INSTITUTE = [
    SourceText(name="吐鲁番市苗医药研究所2025年项目支出绩效自评表.txt", text=(
        "吐鲁番市苗医药研究所2025年项目支出绩效自评表\n"
        "一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\n"
        "产出指标\t数量指标\t苗药资源普查样本\t≥300份\t312份\n"
        "产出指标\t数量指标\t培训基层苗医\t≥120人次\t128人次\n")),
    SourceData(name="吐鲁番市苗医药研究所2025年制剂生产统计.yaml", data={
        "计量说明": {"院内制剂": "盒", "药材标本": "份"},
        "院内制剂": {"计划": 60000, "完成": 64800},
        "药材标本": {"计划": 450, "完成": 472},
    }),
]


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, INSTITUTE).mentions if m.status != "ignored"}


def test_a_plans_bound_restating_a_bare_target():
    got = status("## 六、改进措施\n\n2026年院内制剂生产按不低于6万盒安排，计划新增制剂品种2个。")
    assert got["6万盒"] == "exact"
    got = status("## 六、改进措施\n\n2026年院内制剂生产按不低于7万盒安排，计划新增制剂品种2个。")
    assert got["7万盒"] == "unsupported"  # no target of 7万盒


def test_a_plans_bare_figure_restating_a_bound():
    got = status("## 六、改进措施\n\n2026年苗药资源普查样本保持300份以上，力争完成全市普查。")
    assert got["300份"] == "exact"
    got = status("## 六、改进措施\n\n2026年苗药资源普查样本保持120份以上，力争完成全市普查。")
    assert got["120份"] == "unsupported"  # 培训's bound is 120人次, another item's
