"""结余 against a form whose amounts carry no unit (金额单位：元 above its table) (issue 10, point 2): a text at
another scale (结余2.57万元) is the difference of the row's budget and spending read in the form's base unit; a
结余 that names no item is the difference of the 合计 row's; a 结余率 right after it is that figure over the
budget.

A kindergarten (幼儿园) project form as a Markdown table.
"""

from __future__ import annotations

from drafter.check import SourceText, check

FORM = SourceText(name="幼儿园项目自评表.md", text=(
    "# 2024年区第一幼儿园保教质量提升项目 绩效自评表\n\n"
    "主管部门：区教育局　　金额单位：元\n\n## 一、项目资金\n\n"
    "| 支出内容 | 年初预算 | 调整后预算 | 实际支出 |\n"
    "| --- | --- | --- | --- |\n"
    "| 教玩具购置 | 420,000.00 | 396,000.00 | 371,452.80 |\n"
    "| 教师培训 | 180,000.00 | 180,000.00 | 176,400.00 |\n"
    "| 合计 | 600,000.00 | 576,000.00 | 547,852.80 |\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [FORM]).mentions if m.status != "ignored"}


def test_a_rows_balance_at_another_scale_is_its_budget_less_its_spending_in_the_forms_unit():
    text = "教玩具购置支出371,452.80元，调整后预算执行率93.80%，结余2.45万元。"
    assert status(text)["2.45万元"] == "derived"  # 396,000.00 − 371,452.80 = 24,547.20
    assert status(text.replace("2.45万元", "2.54万元"))["2.54万元"] == "unsupported"


def test_a_balance_naming_no_item_is_the_totals_and_its_rate_is_over_the_budget():
    text = "项目经费结余2.81万元，结余率约4.9%。"
    got = status(text)
    assert got["2.81万元"] == "derived"  # 576,000.00 − 547,852.80 (the 合计 row)
    assert got["约4.9%"] == "derived"  # 2.81万 ÷ 576,000
    assert status(text.replace("约4.9%", "约6%"))["约6%"] == "unsupported"


def test_a_rows_balance_at_another_scale_is_of_the_row_the_sentence_names():
    assert status("教师培训支出176,400.00元，结余0.36万元。")["0.36万元"] == "derived"  # 180,000 − 176,400
    assert status("教师培训支出176,400.00元，结余0.63万元。")["0.63万元"] == "unsupported"


def test_a_balance_after_words_naming_one_row_is_not_another_rows_balance():
    form = SourceText(name="幼儿园项目自评表.md", text=FORM.text.replace(
        "主管部门：区教育局　　金额单位：元\n\n## 一、项目资金\n\n", "金额单位：元\n\n"))
    got = lambda text: {m.text: m.status for m in check(text, [form]).mentions}  # noqa: E731
    assert got("教师培训支出176,400.00元，结余0.36万元。")["0.36万元"] == "derived"
    assert got("教师培训支出176,400.00元，结余2.45万元。")["2.45万元"] == "unsupported"  # 教玩具购置's
    assert got("项目经费结余2.81万元。")["2.81万元"] == "derived"  # naming no row: the 合计's
