"""Growth on last year of the quantity the words name (issue 10): "决算比上年增长9.5%" / "外包服务支付比上年增长9.7%"
where the paragraph states neither year's figure — the sources hold this year's figure and last year's of that very
quantity (a record's 决算数 and 上年决算数, a ledger's 合计 row and its 上年合计 row, the same words but the year's).
The growth of another quantity, or the right figure with the wrong direction word, stays unsupported.

A district archives: its department data (JSON) and a quarterly ledger of reading-room visits, digitised pages
and outsourcing payments (tab-separated, in 元).
"""

from __future__ import annotations

from decimal import Decimal as D

from drafter.check import SourceData, SourceText, check

ARCHIVES = SourceData(name="档案馆部门整体绩效.json", data={
    "单位": "某区档案馆", "年度": 2024, "金额单位": "万元",
    "预算执行": {"调整后预算": D("860.00"), "决算数": D("842.30"), "上年决算数": D("768.90")},  # +9.546 %
    "指标": [{"名称": "档案数字化加工", "目标值": "≥10万页", "完成值": "12.6万页"}]})
LEDGER = SourceText(name="分季度服务台账.txt", text=(
    "某区档案馆2024年分季度服务台账（金额单位：元）\n"
    "季度\t查阅（人次）\t数字化（万页）\t外包服务支付\n"
    "一季度\t980\t2.8\t296,500\n二季度\t1,040\t3.1\t338,200\n三季度\t1,120\t3.3\t372,900\n"
    "四季度\t1,070\t3.4\t377,400\n合计\t4,210\t12.6\t1,385,000\n上年合计\t3,980\t10.8\t1,262,400\n"))


def status(text: str) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [ARCHIVES, LEDGER]).mentions if m.status != "ignored"}


def test_growth_of_the_named_spending_is_on_its_own_last_year_figure():
    # (842.30 − 768.90) ÷ 768.90 = 9.55 %: the paragraph states neither figure (its other figure is of pages)
    got = status("全年数字化加工档案12.6万页，决算比上年增长9.5%。")
    assert got["9.5%"] == "derived"


def test_the_same_growth_with_a_fall_word_stays_unsupported():
    assert status("全年数字化加工档案12.6万页，决算比上年下降9.5%。")["9.5%"] == "unsupported"


def test_growth_of_a_ledger_column_is_its_total_row_over_its_last_year_total_row():
    # (1,385,000 − 1,262,400) ÷ 1,262,400 = 9.71 %
    got = status("全年查阅服务4210人次；外包服务支付比上年增长9.7%。")
    assert got["9.7%"] == "derived"


def test_growth_of_another_column_is_not_the_named_ones():
    # (4,210 − 3,980) ÷ 3,980 = 5.78 % is the reading room's growth, not the outsourcing payments'
    assert status("全年数字化加工档案12.6万页；外包服务支付比上年增长5.8%。")["5.8%"] == "unsupported"
