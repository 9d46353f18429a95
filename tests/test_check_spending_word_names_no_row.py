"""支出 after a funding line is what the line spent, not the form's 基本支出 / 项目支出 rows: "市本级财政拨款286.30万元，
支出279.52万元" traces 279.52 to the 区本级 line's 全年执行数 — a word every spending row's name holds names none of them
(issue 10: a match needs a compatible subject, and a generic word is no subject). A row named by its own word
(基本支出279.52万元, when 279.52 is the 区本级 line's) stays a swapped subject.

Unit of our own: 永定区质量技术监督检测所 (its department-wide form, in Markdown and as the Excel workbook it keeps).
"""

from __future__ import annotations

from decimal import Decimal

from drafter.check import SourceIndex, SourceText, check

FORM = [SourceText(name="永定区质量技术监督检测所2025年部门整体支出绩效自评表.md", text=(
    "# 永定区质量技术监督检测所2025年部门整体支出绩效自评表\n\n单位：万元\n\n"
    "| 预算资金 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 | 结余 | 情况说明 |\n|---|---|---|---|---|---|---|\n"
    "| 年度资金总额 | 346.30 | 358.70 | 346.37 | 96.56% | 12.33 | |\n"
    "| 区本级财政拨款 | 286.30 | 286.30 | 279.52 | 97.63% | 6.78 | |\n"
    "| 上级补助 | 60.00 | 72.40 | 66.85 | 92.33% | 5.55 | 8月追加计量检定经费12.40万元 |\n"
    "| 基本支出 | 198.60 | 198.60 | 196.14 | 98.76% | 2.46 | 人员经费、日常公用经费 |\n"
    "| 项目支出 | 147.70 | 160.10 | 150.23 | 93.84% | 9.87 | |\n"))]


def statuses(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, FORM).mentions if m.status != "ignored"}


def test_what_a_funding_line_spent_traces_to_the_line():
    got = statuses("分资金来源看，区本级财政拨款286.30万元，支出279.52万元，执行率97.63%；上级补助72.40万元，"
                   "支出66.85万元，结余5.55万元。")
    assert got["279.52万元"] == "exact" and got["66.85万元"] == "exact", got


def test_a_spending_row_named_by_its_own_word_is_still_a_swap():
    assert statuses("分支出性质看，基本支出279.52万元。")["279.52万元"] == "unsupported"
    assert statuses("其中项目支出66.85万元，执行率92.33%。")["66.85万元"] == "unsupported"


def workbook(tmp_path):
    """The same form as a unit's workbook: a merged 预算资金 header, its lines indented under the total, a notes column."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "部门整体支出绩效自评表"
    ws.append(["永定区2025年度部门整体支出绩效自评表"])
    ws.append(["单位名称（盖章）", "永定区质量技术监督检测所", None, None, None, "单位：万元"])
    ws.append(["主管部门", "永定区市场监督管理局", None, "编制人数", 28, "实有人数", 26])
    ws.append(["预算资金", None, "年初预算数", "全年预算数", "全年执行数", "执行率", "结余", "情况说明"])
    ws.merge_cells("A4:B4")
    for row in (["年度资金总额", None, 346.3, 358.7, 346.37, 0.9656, 12.33, None],
                ["  区本级财政拨款", None, 286.3, 286.3, 279.52, 0.9763, 6.78, None],
                ["  上级补助", None, 60, 72.4, 66.85, 0.9233, 5.55, "8月追加计量检定经费12.40万元"],
                ["  基本支出", None, 198.6, 198.6, 196.14, 0.9876, 2.46, "人员经费、日常公用经费"],
                ["  项目支出", None, 147.7, 160.1, 150.23, 0.9384, 9.87, None]):
        ws.append(row)
    for r in range(5, 10):
        ws.cell(r, 6).number_format = "0.00%"
        for c in (3, 4, 5, 7):
            ws.cell(r, c).number_format = "0.00"
    path = tmp_path / "部门整体支出绩效自评表.xlsx"
    wb.save(path)
    return SourceIndex.build([path])


def test_what_a_funding_line_spent_traces_to_the_line_in_the_workbook(tmp_path):
    ix = workbook(tmp_path)
    got = {m.text: m.status for m in check("分资金来源看，区本级财政拨款286.30万元，支出279.52万元，执行率97.63%。", ix).mentions}
    assert got["279.52万元"] == "exact", got
    swapped = {m.text: m.status for m in check("分支出性质看，基本支出279.52万元。", ix).mentions}
    assert swapped["279.52万元"] == "unsupported"
    assert Decimal("279.52") != Decimal("196.14")  # (the 基本支出 row's own figure is another)
