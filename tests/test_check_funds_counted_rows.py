"""Rows named by their count and kind, not their names (issue 10): 三个重点项目合计执行…万元 is the sum of the rows of
the one table of three rows its caption calls 重点项目, in the role the words name; 两个重点项目执行率相差…个百分点 the gap
between the two rows' rates, 结余合计 the sum of their balances. A wrong sum or gap stays unsupported, and a count that
fits no table (四个重点项目) names nothing.

Kind: a 法学会 (law society) form with a table of key projects, and a 贸促会 data file listing two.
"""

from __future__ import annotations

from drafter.check import SourceData, SourceText, check

FORM = SourceText(name="法学会部门自评表.md", text=(
    "# 部门整体支出绩效自评表（2024年度）\n\n金额单位：万元\n\n"
    "| 项目 | 年初预算数 | 全年预算数 | 全年执行数 |\n| --- | ---: | ---: | ---: |\n"
    "| 合计 | 318.60 | 332.40 | 324.18 |\n| 基本支出 | 214.60 | 214.60 | 212.35 |\n"
    "| 项目支出 | 104.00 | 117.80 | 111.83 |\n\n"
    "## 重点项目资金\n\n"
    "| 项目名称 | 全年预算数 | 全年执行数 |\n| --- | ---: | ---: |\n"
    "| 法学研究课题 | 46.00 | 44.12 |\n| 法治文化阵地建设 | 38.80 | 36.65 |\n| 法律服务进基层 | 33.00 | 29.86 |\n"))

DATA = SourceData(name="贸促会项目数据.json", data={
    "单位": "某市贸促会", "金额单位": "万元",
    "重点项目": [{"项目名称": "境外展会组展", "年初预算": 110.00, "调整后预算": 120.00, "实际支出": 116.40},
                 {"项目名称": "企业出海培训", "年初预算": 36.00, "调整后预算": 36.00, "实际支出": 34.56}]})


def status(text: str, source) -> dict[str, str]:
    return {m.text: m.status for m in check(text, [source]).mentions if m.status != "ignored"}


def test_the_rows_a_count_and_kind_name_are_summed_in_the_role_the_words_say():
    assert status("三个重点项目合计执行110.63万元。", FORM)["110.63万元"] == "derived"  # 44.12 + 36.65 + 29.86
    assert status("三个重点项目合计执行113.63万元。", FORM)["113.63万元"] == "unsupported"
    assert status("四个重点项目合计执行110.63万元。", FORM)["110.63万元"] == "unsupported"  # no table of four


def test_two_counted_rows_rate_gap_and_summed_balances():
    got = status("两个重点项目执行率相差1.00个百分点，结余合计5.04万元。", DATA)
    assert got["1.00个百分点"] == "derived"  # 97.00 % − 96.00 %
    assert got["5.04万元"] == "derived"  # 3.60 + 1.44
    got = status("两个重点项目执行率相差1.20个百分点，结余合计5.40万元。", DATA)
    assert got["1.20个百分点"] == "unsupported" and got["5.40万元"] == "unsupported"
