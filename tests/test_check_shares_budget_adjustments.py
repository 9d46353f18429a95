"""Budget-adjustment sentences (issue 10): a change of a budget whose own words name the funding line (省级农技补助调增
/ 县级配套资金追加) is that line's adjusted budget against its initial one — no other line's, nor the whole's —
and words naming no line (项目预算 / 全年预算) name the whole's; a rate of change written with no sign and no word
of its way (预算调整率4.12%) says the budget rose, so a source's −4.12 does not bear it out. Each positive case sits
beside its planted error: another line's change given to this one, a line's rate given to the whole, a cut written
as a rise.

A county agricultural-extension centre's project form (two funding lines, one raised) and a township cultural
station's department data (a negative 预算调整率), units of kinds in no corpus.
"""

from __future__ import annotations

from decimal import Decimal as D

from drafter.check import SourceData, SourceText, check

PROJECT = SourceText(name="基层农技推广项目自评表.md", text=(
    "# 2024年度基层农技推广体系建设项目支出绩效自评表（某县农业技术推广中心）\n\n"
    "## 项目资金（单位：万元）\n\n"
    "| 资金 | 年初预算数 | 全年预算数 | 全年执行数 |\n| --- | --- | --- | --- |\n"
    "| 年度资金总额 | 140.00 | 156.00 | 151.32 |\n"          # +16.00, +11.43 %
    "| 其中：省级农技补助 | 80.00 | 96.00 | 93.60 |\n"      # +16.00, +20.00 %
    "| 县级配套资金 | 60.00 | 60.00 | 57.72 |\n"))          # unchanged

STATION = SourceData(name="文化站部门整体支出.yaml", data={
    "部门名称": "某镇综合文化站", "被评价年度": 2024, "表格类型": "部门整体支出",
    "部门资金情况": {"单位": "万元", "年初预算": D("850.00"), "调整预算": D("815.00"), "实际支出": D("801.30"),
                     "预算调整率": D("-4.12")}})


def status(text: str, source: SourceText | SourceData) -> dict[str, str]:
    return [(m.text, m.status) for m in check(text, [source]).mentions if m.status != "ignored"]


def test_a_lines_raise_is_its_own_budgets_change_not_another_lines():
    # the lines named short (省级补助, 县级资金), as reports do
    got = status("项目全年预算156.00万元，执行151.32万元，省级补助追加16.00万元，县级资金调增16.00万元。", PROJECT)
    assert got[2] == ("16.00万元", "derived")  # 96.00 − 80.00
    # 县级配套资金 stayed at 60.00: the whole's 156.00 − 140.00 is no change of it
    assert got[3] == ("16.00万元", "unsupported")


def test_a_lines_rate_of_change_is_not_the_wholes():
    assert status("省级农技补助调增20.00%。", PROJECT) == [("20.00%", "derived")]  # 16.00 ÷ 80.00
    assert status("项目预算调增11.43%。", PROJECT) == [("11.43%", "derived")]  # 16.00 ÷ 140.00
    # the line's 20.00 % given to the whole budget
    assert status("项目预算调增20.00%，全年预算调增20.00%。", PROJECT) == [("20.00%", "unsupported"),
                                                                     ("20.00%", "unsupported")]


def test_a_rate_of_change_without_its_sign_or_word_is_a_rise():
    assert status("部门调整预算815.00万元，预算调整率-4.12%。", STATION)[1] == ("-4.12%", "exact")
    assert status("部门调整预算815.00万元，预算调减4.12%。", STATION)[1][1] in ("exact", "derived")
    # the cut written as a rise
    assert status("部门调整预算815.00万元，预算调整率4.12%。", STATION)[1] == ("4.12%", "unsupported")
